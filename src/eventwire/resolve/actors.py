"""Actors: the packaged dictionary, user overlays, and resolution of mentions in text."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ActorDictionary", "find_actors"]


class ActorDictionary:
    """Canonical actors with aliases and kinds."""

    version = "0"

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> ActorDictionary:
        return cls()


def find_actors(doc: Doc, dictionary: ActorDictionary) -> list[Actor]:
    """Actor mentions (named and generic) with offsets; ``role`` is None here."""
    return []
