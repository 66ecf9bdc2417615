"""``since 1 October`` / ``since August`` written without a year run from the latest such day or month on
or before the reference day, even when an older dated day was told earlier in the story (T1)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2026, 3, 12)  # a Thursday

pytestmark = pytest.mark.slow


def _interval(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None] | None:
    return bound_interval(nlp, text, trigger, PUB)


def test_since_a_day_after_an_older_dated_day(nlp: Language) -> None:
    text = (
        "The miners' leader was jailed after the clashes of 14 February 2023, when police shot two "
        "workers in Kolwezi.\n\n"
        "Eleven of his fellow inmates have been on hunger strike since 2 March, the union said."
    )
    assert _interval(nlp, text, "hunger strike") == ("2026-03-02", "2026-03-12")


def test_since_a_month_after_an_older_dated_month(nlp: Language) -> None:
    text = (
        "In November 2025, police beat students who occupied the faculty.\n\n"
        "Parents of students expelled in 2025 have held a sit-in outside the rectorate since January."
    )
    assert _interval(nlp, text, "sit-in") == ("2026-01-01", "2026-03-12")


def test_since_a_dated_day_keeps_its_year(nlp: Language) -> None:
    text = "Eleven inmates have been on hunger strike since 2 March 2025, the union said."
    assert _interval(nlp, text, "hunger strike") == ("2025-03-02", "2026-03-12")
