"""Magnitudes: counts, sizes and tolls with qualifiers and kinds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Magnitude

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_magnitudes"]


def find_magnitudes(doc: Doc) -> list[Magnitude]:
    """Every magnitude in ``doc.text``, sorted by offset."""
    return []
