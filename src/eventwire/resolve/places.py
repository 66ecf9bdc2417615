"""Places: recognise toponyms and resolve them against the gazetteer."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..records import Actor, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Gazetteer", "find_places", "load_gazetteer"]


class Gazetteer:
    """The offline GeoNames index."""


def load_gazetteer(cache_dir: Path, additions: Sequence[Path] = ()) -> Gazetteer:
    return Gazetteer()


def find_places(doc: Doc, gazetteer: Gazetteer, *, actors: Sequence[Actor] = ()) -> list[Place]:
    """Every toponym in ``doc.text``, resolved where possible, sorted by offset."""
    return []
