"""Arson by gunmen, militants or rebels is an attack whatever they burn; by a crowd it is a riot."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.triggers import find_triggers

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _types(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(t.type, text[t.start_char : t.end_char]) for t in find_triggers(nlp(text))]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "On 25 September, gunmen set fire to a primary school in the village, residents said.",
            "set fire to",
        ),
        ("Suspected militants torched a health centre in Borno state overnight.", "torched"),
        (
            "Rebels set the district office on fire before withdrawing into the forest.",
            "set the district office on fire",
        ),
    ],
)
def test_arson_by_armed_men_is_an_attack(nlp: Language, text: str, words: str) -> None:
    assert ("attack", words) in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters set fire to a police station in the town centre.",
        "Rioters torched two buses near the stadium on Saturday night.",
    ],
)
def test_arson_by_a_crowd_stays_a_riot(nlp: Language, text: str) -> None:
    types = {t for t, _ in _types(nlp, text)}
    assert "riot" in types
    assert "attack" not in types
