""" "This year" / "this month" hanging from a noun ranked by a superlative or an ordinal ("the largest
march this year", "the third raid on the camp this month") names the period the ranking runs over: it
dates no act, and the act keeps its own day."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 3, 14)  # a Friday

pytestmark = pytest.mark.slow

LEAD = "LUSAKA, March 14 (Wire) - "


def test_the_largest_rally_this_year_keeps_its_day(nlp: Language) -> None:
    text = LEAD + ("Teachers marched in Lusaka on Wednesday in the largest rally against the cuts this year.")
    assert bound_interval(nlp, text, "rally", PUB) == ("2025-03-12", "2025-03-12")


def test_the_third_raid_this_month_keeps_its_day(nlp: Language) -> None:
    text = LEAD + (
        "Soldiers raided the camp on Tuesday, the third raid on the settlement this month, residents said."
    )
    assert bound_interval(nlp, text, "raid ", PUB) == ("2025-03-11", "2025-03-11")
