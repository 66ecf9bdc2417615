"""A stoppage begun on a day and told still going on a later day of its sentence runs to that day
(timing_ranges.still_out, T2): ``walked out on Tuesday … and were still on strike on Thursday``. Sentences
written by us."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2024, 8, 2)  # a Friday


@pytest.mark.slow
def test_a_walkout_still_on_strike_on_a_later_day_runs_to_it(nlp: Language) -> None:
    text = (
        "About 3,000 workers at two garment factories walked out on Tuesday over unpaid wages and were "
        "still on strike on Thursday."
    )
    assert bound_interval(nlp, text, "walked", PUB) == ("2024-07-30", "2024-08-01")


@pytest.mark.slow
def test_a_walkout_with_no_still_stays_its_day(nlp: Language) -> None:
    text = (
        "About 3,000 workers walked out on Tuesday over unpaid wages and marched to the ministry on Thursday."
    )
    assert bound_interval(nlp, text, "walked", PUB) == ("2024-07-30", "2024-07-30")
