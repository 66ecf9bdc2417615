"""A doer written as a count of a group ("dozens of police") is that group for the civilian-doer check."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.triggers import find_triggers
from tests.extract._event_helpers import trigger_texts

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, dozens of police and military officers surrounded the party headquarters.",
        "Hundreds of soldiers blocked the main highway into the city on Friday.",
    ],
)
def test_counted_security_forces_are_no_protesters(nlp: Language, text: str) -> None:
    assert trigger_texts(nlp, text, "protest") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Hundreds of students surrounded the ministry building on Monday.",
            "surrounded the ministry building",
        ),
        ("Thousands of farmers blocked the highway with tractors.", "blocked the highway"),
    ],
)
def test_counted_civilians_still_protest(nlp: Language, text: str, words: str) -> None:
    assert trigger_texts(nlp, text, "protest") == [words]


def test_counted_riot_police_attacking_a_gathering_is_repression(nlp: Language) -> None:
    text = "Dozens of riot police attacked the gathering outside the court on Sunday."
    found = {(t.type, text[t.start_char : t.end_char]) for t in find_triggers(nlp(text))}
    assert ("repression", "attacked") in found
    assert ("riot", "attacked") not in found


def test_counted_protesters_attacking_a_station_riot(nlp: Language) -> None:
    text = "Dozens of protesters attacked the police station and set fire to two cars."
    found = {(t.type, text[t.start_char : t.end_char]) for t in find_triggers(nlp(text))}
    assert ("riot", "attacked") in found
