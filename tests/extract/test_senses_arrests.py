"""Arrest words in another sense are no arrest: "apprehended that" (feared), a mob that "detained it" (a
vehicle), "virtual house arrest" (a likeness), a kidnapping done by a boss's henchmen (session 57, R lever 3;
sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The intelligence note apprehended that the marchers would try to reach the bridge at night.",
        "The crowd surrounded the inspector's jeep near the market and detained it for ten minutes.",
        "After two weeks of virtual house arrest, the villagers were finally free to visit the fields.",
        "The broker planned the kidnapping of the trader, which was carried out by his henchmen.",
    ],
)
def test_an_arrest_word_in_another_sense_is_no_arrest(nlp: Language, text: str) -> None:
    assert [e.type for e in events(nlp, text) if e.type == "arrest"] == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Officers apprehended the two suspects at the bus station on Friday.",
        "Police detained him at the gate and took him to the district headquarters.",
        "The opposition leader was placed under house arrest on Monday.",
        "The governor told reporters that strikers who block the depot will be arrested.",
    ],
)
def test_arrests_stay_arrests(nlp: Language, text: str) -> None:
    assert "arrest" in [e.type for e in events(nlp, text)], text
