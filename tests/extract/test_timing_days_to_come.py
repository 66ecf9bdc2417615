"""A day still to come that names another noun ("before next month's elections") or another clause
("the vote scheduled for next week") does not date an act told as done; the act takes the story's day."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 3, 14)  # a Friday

pytestmark = pytest.mark.slow

LEAD = "HARARE, March 14 (Wire) - Riot police broke up a rally of vendors in the capital on Wednesday. "


def _interval(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None] | None:
    return bound_interval(nlp, text, trigger, PUB)


def test_next_months_elections_do_not_date_a_past_raid(nlp: Language) -> None:
    text = LEAD + "Officers detained 30 opposition activists in a raid before next month's elections."
    assert _interval(nlp, text, "detained") == ("2025-03-12", "2025-03-12")


def test_next_weeks_vote_does_not_date_a_deployment(nlp: Language) -> None:
    text = LEAD + "The army deployed troops to the townships ahead of next week's vote."
    assert _interval(nlp, text, "deployed") == ("2025-03-12", "2025-03-12")


def test_a_vote_scheduled_next_month_does_not_date_an_attack(nlp: Language) -> None:
    text = LEAD + "Gunmen attacked a polling office before the elections scheduled for next month."
    assert _interval(nlp, text, "attacked") == ("2025-03-12", "2025-03-12")


def test_a_planned_act_keeps_its_day_to_come(nlp: Language) -> None:
    text = LEAD + "Vendors will march to parliament before next month's budget vote."
    assert _interval(nlp, text, "march") == ("2025-04-01", "2025-04-30")


def test_a_past_day_qualifying_a_noun_still_dates_the_act(nlp: Language) -> None:
    text = "Security forces arrested the candidate in the run-up to the 2024 election."
    assert _interval(nlp, text, "arrested") == ("2024-01-01", "2024-12-31")
