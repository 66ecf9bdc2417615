"""Actor kinds by word: the dictionary of ``actor_kinds.yaml`` ("police" -> security_forces), loaded once."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..records import ActorKind
from .lexicon import load_yaml

if TYPE_CHECKING:
    pass

__all__ = [
    "actor_kinds",
]


@functools.cache
def actor_kinds() -> dict[str, ActorKind]:
    data = load_yaml("actor_kinds.yaml")
    out: dict[str, ActorKind] = {}
    for kind, words in data.items():
        for w in words:
            out.setdefault(str(w).lower(), kind)
    return out
