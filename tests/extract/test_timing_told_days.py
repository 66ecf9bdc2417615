"""A definite count of days or nights in the event's clause ("detained during the three days of unrest",
"over the two days") names the days the story told, from the story's first day; "over the past two days"
still counts back from the reference day."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2026, 7, 22)  # a Wednesday

pytestmark = pytest.mark.slow

LEAD = (
    "KAMPALA, July 22 (Wire) - Riots broke out in three districts of Kampala on Saturday after a motorcycle "
    "taxi driver died in police custody, and unrest went on through Monday.\n\n"
)


def _interval(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None] | None:
    return bound_interval(nlp, text, trigger, PUB)


def test_during_the_three_days_runs_from_the_storys_first_day(nlp: Language) -> None:
    text = LEAD + "A police spokesman said 312 people had been detained during the three days of looting."
    assert _interval(nlp, text, "detained") == ("2026-07-18", "2026-07-20")


def test_over_the_two_nights(nlp: Language) -> None:
    text = LEAD + "Residents said at least 40 shops were looted over the two nights."
    assert _interval(nlp, text, "looted") == ("2026-07-18", "2026-07-19")


def test_the_past_two_days_still_counts_back(nlp: Language) -> None:
    text = LEAD + "Police have detained 85 people over the past two days, a spokesman said."
    assert _interval(nlp, text, "detained") != ("2026-07-18", "2026-07-19")
