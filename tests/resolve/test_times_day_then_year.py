"""A calendar day written without its year takes the year written just after it."""

from __future__ import annotations

from datetime import date

import spacy

from eventwire.resolve.times import find_times

PUB = date(2026, 5, 12)


def _days(text: str) -> dict[str, str | None]:
    doc = spacy.blank("en")(text)
    return {t.text: t.start for t in find_times(doc, published=PUB) if t.precision == "day"}


def test_holiday_then_year_is_that_years_holiday() -> None:
    assert _days("She was flogged for taking part in a May Day rally in 2025.")["May Day"] == "2025-05-01"


def test_day_month_then_year_is_that_years_day() -> None:
    assert _days("The teacher was shot dead on 3 March in 2023.")["3 March"] == "2023-03-03"


def test_weekday_then_year_is_not_moved() -> None:
    assert _days("Protests on Monday in 2024 were larger.")["Monday"] == "2026-05-11"


def test_day_without_a_year_after_it_keeps_the_publication_year() -> None:
    assert _days("Workers marked May Day in Tehran.")["May Day"] == "2026-05-01"
