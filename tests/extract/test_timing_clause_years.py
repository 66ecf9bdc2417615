"""A date inside a clause on a noun below the event ("the execution of a man arrested in 2022") dates that
clause's act, not the event; "since" that opens the expression itself ("since the start of the year and
more than 150 arrested") runs to the reference day, however the parser hangs the clause."""

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
    "OSLO, July 20 (Wire) - Police detained five opposition activists in the capital on Friday after a rally "
    "against the new tax law.\n\n"
)


def _interval(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None] | None:
    return bound_interval(nlp, text, trigger, PUB)


def test_a_year_in_a_clause_below_the_noun_dates_that_clause_only(nlp: Language) -> None:
    text = LEAD + "Monitors also recorded the execution of a teacher arrested in 2021."
    assert _interval(nlp, text, "execution") != ("2021-01-01", "2021-12-31")
    assert _interval(nlp, text, "arrested") == ("2021-01-01", "2021-12-31")


def test_since_the_start_of_the_year_with_an_elided_second_count(nlp: Language) -> None:
    text = LEAD + (
        "Our own tally shows that at least 30 party members have been killed since the start of the year "
        "and more than 120 arrested."
    )
    assert _interval(nlp, text, "arrested") == ("2026-01-01", "2026-07-20")
    assert _interval(nlp, text, "killed") == ("2026-01-01", "2026-07-20")


def test_a_start_told_on_the_noun_below_still_dates_the_event(nlp: Language) -> None:
    text = LEAD + "The strike by dock workers, which began on July 13 in the port, spread to three cities."
    assert _interval(nlp, text, "strike") == ("2026-07-13", "2026-07-20")


def test_a_year_in_a_clause_on_the_place_does_not_date_the_act(nlp: Language) -> None:
    text = LEAD + "Smaller crowds laid flowers at the places where demonstrators fell in 2019."
    assert _interval(nlp, text, "laid") == ("2026-07-17", "2026-07-17")


def test_a_clause_on_the_subject_still_dates_a_background_act(nlp: Language) -> None:
    text = LEAD + "The civil war in the region, which ended with a truce in May 2019, killed thousands."
    assert _interval(nlp, text, "killed") == ("2019-05-01", "2019-05-31")
