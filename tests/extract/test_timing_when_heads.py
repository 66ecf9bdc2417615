"""An act told in a ``when`` clause takes the time the clause follows, however the parser hangs it and
whatever stands between (a place, the noun a year qualifies, a comparison's "since"); an expression of its
own inside that time dates it more closely, and a month-day written without a year takes that year."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2026, 7, 20)  # a Monday

pytestmark = pytest.mark.slow

LEAD = (
    "LISBON, July 20 (Wire) - A roadside bomb killed four police officers near the northern town of Braga "
    "on Sunday, officials said.\n\n"
)


def _interval(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None] | None:
    return bound_interval(nlp, text, trigger, PUB)


def test_a_comparison_since_still_dates_its_when_clause(nlp: Language) -> None:
    text = LEAD + (
        "The ambush was the deadliest in Minho since the summer of 2013, when a car bomb outside a border "
        "post in Valenca killed five guards."
    )
    assert _interval(nlp, text, "killed five") == ("2013-06-01", "2013-08-31")


def test_a_when_whatever_the_parse_but_not_across_another_verb(nlp: Language) -> None:
    text = LEAD + (
        "The bombing was the worst in the region since the spring of 2011, when an explosive device outside "
        "a barracks in Viana wounded nine recruits."
    )
    assert _interval(nlp, text, "wounded") == ("2011-03-01", "2011-05-31")
    text = LEAD + "When the officers arrived, the crowd had already burned two cars on Saturday."
    assert _interval(nlp, text, "burned") == ("2026-07-18", "2026-07-18")


def test_a_place_between_the_date_and_when(nlp: Language) -> None:
    text = LEAD + (
        "Residents compared it with the events of 12 March 2019 in Porto, when soldiers fired on striking "
        "dockers after Friday prayers, wounding dozens of people."
    )
    assert _interval(nlp, text, "fired") == ("2019-03-12", "2019-03-12")


def test_a_month_day_without_its_year_takes_the_year_of_the_noun(nlp: Language) -> None:
    text = LEAD + (
        "Many recalled the aftermath of the 2015 referendum, when police charged demonstrators in the "
        "capital on 3 May, injuring forty people."
    )
    assert _interval(nlp, text, "charged") == ("2015-05-03", "2015-05-03")


def test_an_own_expression_inside_the_head_dates_the_act_more_closely(nlp: Language) -> None:
    text = LEAD + (
        "Such violence had not been seen since the early 1970s, when hundreds of students were jailed in the "
        "summer of 1972."
    )
    assert _interval(nlp, text, "jailed") == ("1972-06-01", "1972-08-31")
