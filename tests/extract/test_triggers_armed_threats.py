"""Attack triggers of session 19 (sentences written for these tests): an assault by armed youths or one
made with guns or grenades is an attack, not a riot (K10); an armed answer threatened with its future on
the governing verb ("would not hesitate to respond decisively") or in other words ("with all its
strength", "even more crushingly") is an attack threat (N2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import trigger_texts

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of armed youths attacked the police station at Wau on Friday night.",
        "A group of men attacked the guards with rifles and grenades near the depot.",
    ],
)
def test_an_armed_assault_is_an_attack_not_a_riot(nlp: Language, text: str) -> None:
    assert trigger_texts(nlp, text, "attack") == ["attacked"]
    assert trigger_texts(nlp, text, "riot") == []


def test_a_crowd_that_attacks_with_stones_stays_a_riot(nlp: Language) -> None:
    text = "Hundreds of youths attacked the police station with stones on Friday night."
    assert trigger_texts(nlp, text, "riot") == ["attacked"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The army said it would not hesitate to respond decisively to any incursion.", "respond decisively"),
        (
            'The militia warned it would respond "with all its strength" to any raid.',
            'respond "with all its strength',
        ),
        (
            "The ministry said any new raid would be answered even more crushingly.",
            "answered even more crushingly",
        ),
    ],
)
def test_an_armed_answer_threatened(nlp: Language, text: str, trigger: str) -> None:
    assert trigger_texts(nlp, text, "attack") == [trigger]


def test_a_past_response_is_no_threat(nlp: Language) -> None:
    text = "The army had hesitated to respond decisively to the incursion last year."
    assert trigger_texts(nlp, text, "attack") == []
