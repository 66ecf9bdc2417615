"""An act whose sentence gives only the day a statement about it was made takes the day of the episode it
continues (H1): a count or an arrest runs from that day to the statement's (K6, L15); and a count of weeks
whose start the story writes elsewhere starts on that written day."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 3, 14)  # a Friday

pytestmark = pytest.mark.slow


def _interval(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None] | None:
    return bound_interval(nlp, text, trigger, PUB)


def test_an_act_told_with_a_later_statement_day_keeps_the_episode_day(nlp: Language) -> None:
    text = (
        "QUITO, March 14 (Wire) - Thousands of farmers marched through the capital on Wednesday against "
        "a rise in fuel prices, the largest protest of the year.\n\n"
        '"Officers used only water cannon to push the crowd back from the palace," the police chief '
        "said on Thursday."
    )
    assert _interval(nlp, text, "used only") == ("2025-03-12", "2025-03-12")


def test_arrests_told_with_a_later_statement_day_run_to_it(nlp: Language) -> None:
    text = (
        "QUITO, March 14 (Wire) - Thousands of farmers marched through the capital on Wednesday against "
        "a rise in fuel prices, the largest protest of the year.\n\n"
        "Police detained 22 people for throwing stones, a spokesman said on Thursday."
    )
    assert _interval(nlp, text, "detained") == ("2025-03-12", "2025-03-13")


def test_a_statement_a_month_later_still_dates_the_act(nlp: Language) -> None:
    text = (
        "Farmers marched through the capital on 2 January against a rise in fuel prices.\n\n"
        "Police detained 22 people, a spokesman said on Thursday."
    )
    assert _interval(nlp, text, "detained") == ("2025-03-13", "2025-03-13")


def test_a_counted_week_starts_on_the_day_the_story_writes(nlp: Language) -> None:
    text = (
        "LIMA, March 14 (Wire) - A strike by dock workers entered its third week on Friday with no sign "
        "of talks.\n\n"
        "The stoppage began on 1 March, when the port authority cut night-shift pay."
    )
    assert _interval(nlp, text, "strike") == ("2025-03-01", "2025-03-14")
