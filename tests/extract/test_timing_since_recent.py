"""``since 1 October`` / ``since August`` written without a year run from the latest such day or month on
or before the reference day, even when an older dated day was told earlier in the story (T1, K17)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

CASES = [
    # a day after an older dated day in the paragraph before
    ("The miners' leader was jailed after the clashes of 14 February 2023, when police shot two workers "
     "in Kolwezi.\n\nEleven of his fellow inmates have been on hunger strike since 2 March, the union said.",
     "hunger strike", ("2026-03-02", "2026-03-12")),
    # a month after an older dated month
    ("In November 2025, police beat students who occupied the faculty.\n\nParents of students expelled in "
     "2025 have held a sit-in outside the rectorate since January.", "sit-in", ("2026-01-01", "2026-03-12")),
    # a day written with its year keeps it
    ("Eleven inmates have been on hunger strike since 2 March 2025, the union said.", "hunger strike",
     ("2025-03-02", "2026-03-12")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_since_a_yearless_day_or_month_is_the_latest_before_the_reference(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert bound_interval(nlp, text, trigger, date(2026, 3, 12)) == expected
