"""Figures written in parts (gold-format I12): one magnitude per written figure, never their sum."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.magnitudes import find_magnitudes, written_in_parts

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

IN_PARTS = [
    "Twelve protesters and three officers were killed in the clashes.",
    "At least 11 teachers and one union leader have been arrested since January.",
    "The ministry said 140 police and 18 civilians were injured.",
]


@pytest.mark.parametrize("text", IN_PARTS)
def test_magnitudes_parts_of_one_count_are_in_parts(nlp: Language, text: str) -> None:
    doc = nlp(text)
    first, other = find_magnitudes(doc)[:2]
    assert written_in_parts(doc, first, other)


NOT_IN_PARTS = [
    "Twelve protesters were killed and 40 were wounded.",
    "Five people were arrested on Monday and seven on Tuesday in another town.",
]


@pytest.mark.parametrize("text", NOT_IN_PARTS)
def test_magnitudes_separate_counts_are_not_in_parts(nlp: Language, text: str) -> None:
    doc = nlp(text)
    first, other = find_magnitudes(doc)[:2]
    assert not written_in_parts(doc, first, other)
