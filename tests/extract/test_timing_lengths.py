"""A stated length from a stated start (timing_lengths.stated_length): ``for 48 hours from Monday
evening``, ``a 72-hour strike from Friday``, ``for three days from 15 April`` run forward from the day
after ``from`` for that length, hours counted on the clock the start gives. Without a ``from`` the day
stays one day. Sentences written by us."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.timing_lengths import _days, _start_hour
from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2024, 8, 1)  # a Thursday


def test_hours_are_counted_on_the_clock_of_the_start() -> None:
    assert _start_hour("6 pm on Monday") == 18
    assert _start_hour("Monday evening") == 18
    assert _start_hour("Friday") == 0
    assert _days("PT36H", 18) == 3  # 6 pm Monday to 6 am Wednesday
    assert _days("PT36H", 12) == 2  # noon to midnight the next day
    assert _days("PT72H", 0) == 3
    assert _days("P3D", 0) == 3
    assert _days("P2W", 0) == 14


@pytest.mark.slow
def test_for_hours_from_an_evening_runs_into_the_third_day(nlp: Language) -> None:
    text = "Authorities suspended mobile internet across the district for 48 hours from Monday evening."
    assert bound_interval(nlp, text, "suspended", PUB) == ("2024-07-29", "2024-07-31")


@pytest.mark.slow
def test_for_days_from_a_date_runs_forward(nlp: Language) -> None:
    text = "Traders in the old town kept their shops shut for three days in protest from 15 July."
    assert bound_interval(nlp, text, "shut", PUB) == ("2024-07-15", "2024-07-17")


@pytest.mark.slow
def test_an_hour_length_on_the_noun_from_a_clock_time(nlp: Language) -> None:
    text = "The government declared a 36-hour curfew covering the whole capital from 6 pm on Monday."
    assert bound_interval(nlp, text, "curfew", PUB) == ("2024-07-29", "2024-07-31")


@pytest.mark.slow
def test_without_from_the_day_stays_one_day(nlp: Language) -> None:
    text = "Police detained six students on 12 July and held them for three days."
    assert bound_interval(nlp, text, "detained", PUB) == ("2024-07-12", "2024-07-12")
