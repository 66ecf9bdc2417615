"""A cut whose own clause goes on to tell its end with the auxiliary left out (timing_ranges._RESTORED):
``restricted from Saturday evening and fully restored on Monday morning``, ``cut … on Sunday afternoon,
restoring it on Monday`` run from the cut's day to the day it was restored (N18). Sentences written by us."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2024, 8, 1)  # a Thursday


@pytest.mark.slow
def test_a_cut_and_restored_with_no_auxiliary_runs_to_the_restoring_day(nlp: Language) -> None:
    text = (
        "Mobile internet in the city was restricted from Saturday evening and fully restored on Monday "
        "morning, the ministry said."
    )
    assert bound_interval(nlp, text, "restricted", PUB) == ("2024-07-27", "2024-07-29")


@pytest.mark.slow
def test_a_cut_restored_on_the_next_day_in_a_participle_clause(nlp: Language) -> None:
    text = "The authorities cut mobile internet in the city on Sunday afternoon, restoring it on Monday."
    assert bound_interval(nlp, text, "cut", PUB) == ("2024-07-28", "2024-07-29")


@pytest.mark.slow
def test_order_restored_ends_no_cut(nlp: Language) -> None:
    text = "Police imposed a curfew in the town on Sunday and restored order on Tuesday."
    assert bound_interval(nlp, text, "curfew", PUB) != ("2024-07-28", "2024-07-30")
