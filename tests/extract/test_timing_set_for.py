"""The day a participle on an event noun sets it for ("a march planned for Sunday", "a strike
scheduled for Monday") is that noun's own day, read ahead of the story; the day the sentence's verb
is told on stays the verb's."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 3, 14)  # a Friday

pytestmark = pytest.mark.slow

LEAD = "HARARE, March 14 (Wire) - "


def test_a_march_planned_for_sunday_takes_the_coming_sunday(nlp: Language) -> None:
    text = LEAD + "Police arrested four vendors on Thursday over a march planned for Sunday in the capital."
    assert bound_interval(nlp, text, "march", PUB) == ("2025-03-16", "2025-03-16")
    assert bound_interval(nlp, text, "arrested", PUB) == ("2025-03-13", "2025-03-13")


def test_a_strike_scheduled_for_monday_ahead_of_which_raids_came(nlp: Language) -> None:
    text = (
        LEAD
        + "Officers raided union offices in the city ahead of a strike scheduled for Monday, the union said."
    )
    assert bound_interval(nlp, text, "strike", PUB) == ("2025-03-17", "2025-03-17")
