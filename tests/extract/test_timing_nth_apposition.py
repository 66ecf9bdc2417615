"""T3 told as an apposition to the day: "on Tuesday, its sixth day", "on Wednesday, the third day of
protests" is the run of N days ending on that day; not "the seventh day after the funeral", a call,
or an arrest made on that day."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_timing_clocks import _bind

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_its_nth_day_after_the_day_runs_back(nlp: Language) -> None:
    text = "A strike by bakers in Lagos spread to a dozen more districts on Wednesday, its fourth day."
    assert _bind(nlp, text, "spread") == ("2024-07-28", "2024-07-31")


def test_the_nth_day_of_protests_after_the_day_runs_back(nlp: Language) -> None:
    text = (
        "Farmers blocked highways at 25 points across Paraguay on Tuesday, the second day of protests "
        "against a land bill."
    )
    assert _bind(nlp, text, "blocked") == ("2024-07-29", "2024-07-30")


def test_an_arrest_on_the_nth_day_is_that_day(nlp: Language) -> None:
    text = "Police detained 40 people in Asuncion on Tuesday, the second day of protests against a land bill."
    assert _bind(nlp, text, "detained") == ("2024-07-30", "2024-07-30")


def test_the_nth_day_after_an_event_is_no_run(nlp: Language) -> None:
    text = "Mourners gathered at the cemetery on Wednesday, the third day after the burial of the student."
    assert _bind(nlp, text, "gathered") == ("2024-07-31", "2024-07-31")


def test_another_act_on_the_nth_day_of_a_stoppage_is_that_day(nlp: Language) -> None:
    text = "Two bus drivers were shot dead in Lome on Wednesday, the third day of a general strike over fuel."
    assert _bind(nlp, text, "shot") == ("2024-07-31", "2024-07-31")
    text = "Nurses marched to the ministry on Wednesday, on the third day of a strike over unpaid wages."
    assert _bind(nlp, text, "marched") == ("2024-07-31", "2024-07-31")


def test_the_stoppage_held_on_the_nth_day_runs_back(nlp: Language) -> None:
    text = "Traders kept their stalls shut on Wednesday, the third day of a strike over the new levy."
    assert _bind(nlp, text, "kept") == ("2024-07-29", "2024-07-31")
