"""A weekday the present tense governs directly is the coming one ("talks resume Friday"); one that only
qualifies a noun stays behind ("what residents call Friday's killings")."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.times import find_times

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2026, 1, 20)  # a Tuesday

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Union leaders meet the labour minister on Thursday.", "2026-01-22"),
        ("Talks between the two parties resume Friday in the capital.", "2026-01-23"),
    ],
)
def test_a_weekday_of_a_present_tense_verb_is_ahead(nlp: Language, text: str, value: str) -> None:
    (time,) = find_times(nlp(text), published=PUB)
    assert time.value == value


def test_a_weekday_qualifying_a_noun_stays_behind(nlp: Language) -> None:
    (time,) = find_times(nlp("This is what residents call Friday's killings."), published=PUB)
    assert time.value == "2026-01-16"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the day written after an inquiry's matter dates the act inquired into, not the call
        (
            "The forum calls for an independent inquiry into the killing of two farmers by police in "
            "Harwick, Dell district, on Sunday.",
            "2026-01-18",
        ),
        # a day of another verb after the inquiry stays ahead
        ("The forum calls for an inquiry into the killings and will march on Sunday.", "2026-01-25"),
    ],
)
def test_a_weekday_after_an_inquiry_matter_is_the_past_one(nlp: Language, text: str, value: str) -> None:
    (time,) = find_times(nlp(text), published=PUB)
    assert time.value == value
