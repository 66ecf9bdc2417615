"""Arrests tied to an earlier day's act, and a stoppage told as beginning on a day.

``Police said on Thursday they had detained 40 people over Tuesday's riots`` runs from the act's day to
the report's (gold-format K6, L15), as ``have arrested 19 following Monday's clashes`` runs to the time
of writing; with no report the act's day stands. ``The strike began on Monday in the port city`` tells
when a stoppage still going on began, and runs to the reference day (T2); a protest that began on a
day, or a strike whose sentence tells its end, keeps the day.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 3, 14)  # a Friday

pytestmark = pytest.mark.slow


def test_reported_arrests_over_an_earlier_days_act_run_to_the_report(nlp: Language) -> None:
    text = "Police said on Thursday that they had detained 40 people over Tuesday's riots in the port."
    assert bound_interval(nlp, text, "detained", PUB) == ("2025-03-11", "2025-03-13")


def test_perfect_arrests_following_an_earlier_days_act_run_to_the_time_of_writing(nlp: Language) -> None:
    text = (
        "Police in the capital have arrested 19 suspected cadres following Wednesday's clashes at the market."
    )
    assert bound_interval(nlp, text, "arrested", PUB) == ("2025-03-12", "2025-03-14")


def test_arrests_after_an_earlier_days_act_told_without_a_report_keep_the_day(nlp: Language) -> None:
    text = "Police arrested 19 suspected cadres after Wednesday's clashes at the market."
    assert bound_interval(nlp, text, "arrested", PUB) == ("2025-03-12", "2025-03-12")


def test_strike_that_began_on_a_day_runs_to_the_reference_day(nlp: Language) -> None:
    text = "The strike began on Monday in the port city, when drivers parked their lorries along the quay."
    assert bound_interval(nlp, text, "strike", PUB) == ("2025-03-10", "2025-03-14")


def test_strike_whose_end_is_told_keeps_its_day(nlp: Language) -> None:
    text = "The strike began on Monday and ended on Wednesday after the company agreed to pay."
    assert bound_interval(nlp, text, "strike", PUB) == ("2025-03-10", "2025-03-10")


def test_protest_that_began_on_a_day_keeps_the_day(nlp: Language) -> None:
    text = "The protests began on Monday in the eastern district of the city."
    assert bound_interval(nlp, text, "protests", PUB) == ("2025-03-10", "2025-03-10")
