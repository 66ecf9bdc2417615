"""People removed by vehicle ("driven away in a police vehicle", "taken from their cars") are detained."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import trigger_texts

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Witnesses said two of the students were driven away in an unmarked van.",
            "driven away in an unmarked van",
        ),
        (
            "Two journalists were taken from their cars at a checkpoint outside the city.",
            "taken from their cars",
        ),
        ("The opposition leader was led away by plainclothes officers after the rally.", "led away"),
    ],
)
def test_removed_by_vehicle_is_a_detention(nlp: Language, text: str, words: str) -> None:
    assert words in trigger_texts(nlp, text, "arrest")


@pytest.mark.parametrize(
    "text",
    [
        "The family drove away in a rented car before dawn.",
        "Residents were taken from their vehicles by rescuers after the flood.",
    ],
)
def test_no_detention_in_a_drive_or_a_rescue(nlp: Language, text: str) -> None:
    assert trigger_texts(nlp, text, "arrest") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Witnesses said at least 15 students were dragged into unmarked vans during the raid.",
            "dragged into unmarked vans",
        ),
        ('"Then they pushed him and three other men into a van," his sister said.', "pushed him"),
        (
            "The ministry said 212 people had been placed in police custody after the riots.",
            "placed in police custody",
        ),
        ("Police placed the five organisers in custody on Sunday.", "placed the five organisers in custody"),
    ],
)
def test_forced_into_a_vehicle_or_placed_in_custody_is_a_detention(
    nlp: Language, text: str, words: str
) -> None:
    assert any(t.startswith(words) for t in trigger_texts(nlp, text, "arrest"))


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers pushed the damaged car into a ditch.",
        "Workers pushed the carts into the truck before dawn.",
        "The ministry placed the funds in custody of the central bank.",
    ],
)
def test_no_detention_when_things_are_pushed_or_kept(nlp: Language, text: str) -> None:
    assert trigger_texts(nlp, text, "arrest") == []
