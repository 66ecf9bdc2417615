"""Two written months in a row are one interval of both months; a strike or protest told in its own
sentence as going on since its day ("and the strike has since spread") runs to the reference day (T2)."""

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


def test_two_months_in_a_row_are_both_months(nlp: Language) -> None:
    text = "The dispute recalls September and October 2021, when a long strike by dock workers ended."
    assert _interval(nlp, text, "strike") == ("2021-09-01", "2021-10-31")


def test_a_strike_that_has_since_spread_runs_to_the_reference_day(nlp: Language) -> None:
    text = (
        "LUSAKA, March 14 (Wire) - Some 900 miners walked out on Monday over unpaid bonuses, and the "
        "strike has since spread to two more shafts, their union said."
    )
    assert _interval(nlp, text, "walked out") == ("2025-03-10", "2025-03-14")


def test_a_protest_that_has_since_spread_runs_to_the_reference_day(nlp: Language) -> None:
    text = "Nurses protested at the ministry on Tuesday, and the protests have since spread to four towns."
    assert _interval(nlp, text, "protested") == ("2025-03-11", "2025-03-14")


def test_people_since_deported_are_another_act(nlp: Language) -> None:
    text = "Police detained 40 porters on Monday, and several of them have since been deported."
    assert _interval(nlp, text, "detained") == ("2025-03-10", "2025-03-10")


def test_two_months_in_a_row_in_another_clause_date_a_background_act(nlp: Language) -> None:
    text = (
        "Farmers blockaded the highway in September and October 2023; the blockade ended with a raid in "
        "which dozens were detained."
    )
    assert _interval(nlp, text, "detained") == ("2023-09-01", "2023-10-31")


def test_a_present_perfect_in_an_undated_paragraph_runs_from_the_lead_s_day(nlp: Language) -> None:
    text = (
        "KAMPALA, March 14 (East Wire) - Gunmen killed a village chief in his home on Tuesday night, his "
        "family said.\n\n"
        "The killers are known to everyone in the village, and not one of them has been arrested.\n\n"
        "The police have warned that anyone who takes the law into their own hands will be punished."
    )
    assert _interval(nlp, text, "arrested") == ("2025-03-11", "2025-03-14")
    assert _interval(nlp, text, "warned") == ("2025-03-11", "2025-03-11")
