"""An act told on one day and how many days it went on (timing_shifts._for_days): ``for three days`` in
its clause or a verb conjoined to it runs from that day; ``over the next five days`` the days after it.
Not a perfect, a detention, or days that name another act. Sentences written by us."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2024, 8, 1)  # a Thursday

pytestmark = pytest.mark.slow


def test_for_days_in_a_conjoined_verb_runs_from_the_day(nlp: Language) -> None:
    text = (
        "About 200 miners walked out on 10 July and stayed away from the pits for four days, the union said."
    )
    assert bound_interval(nlp, text, "walked out", PUB) == ("2024-07-10", "2024-07-13")


def test_for_days_in_the_clause_runs_from_the_day(nlp: Language) -> None:
    text = "The stoppage began on 15 July and shut down bus services in the capital for three days."
    assert bound_interval(nlp, text, "shut down", PUB) == ("2024-07-15", "2024-07-17")


def test_over_the_next_days_keeps_the_day_written(nlp: Language) -> None:
    text = "The marches started in Kisumu on 20 July and spread over the next four days to five other towns."
    assert bound_interval(nlp, text, "marches", PUB) == ("2024-07-20", "2024-07-24")


def test_a_detention_or_a_perfect_keeps_its_day(nlp: Language) -> None:
    text = "Police detained six students on 12 July and held them for three days."
    assert bound_interval(nlp, text, "detained", PUB) == ("2024-07-12", "2024-07-12")
    text = "On Tuesday the nurses said they have been on strike for ten days."
    bound = bound_interval(nlp, text, "strike", PUB)
    assert bound is not None and bound[1] != "2024-08-08"


def test_days_that_name_another_act_do_not_stretch_it(nlp: Language) -> None:
    text = "On 10 July the movement called for three days of shutdowns and for a rally on 13 July."
    assert bound_interval(nlp, text, "rally", PUB) == ("2024-07-13", "2024-07-13")
