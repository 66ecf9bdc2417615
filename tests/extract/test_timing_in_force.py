"""A measure told as still holding ("until further notice", "that remains in force") runs from its day to
the publication day (gold-format T2: told as still going on); a measure lifted, or another act in the
sentence, keeps its day."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 3, 14)  # a Friday

pytestmark = pytest.mark.slow


def test_until_further_notice_runs_to_publication(nlp: Language) -> None:
    text = (
        "The governor imposed a curfew on the port city on Tuesday, from 9 pm to 5 am, until further notice."
    )
    assert bound_interval(nlp, text, "imposed", PUB) == ("2025-03-11", "2025-03-14")


def test_a_relative_clause_that_remains_in_force(nlp: Language) -> None:
    text = "On Wednesday night the army imposed a dusk-to-dawn curfew that remains in force."
    assert bound_interval(nlp, text, "imposed", PUB) == ("2025-03-12", "2025-03-14")


def test_another_act_of_the_sentence_keeps_its_day(nlp: Language) -> None:
    text = (
        "Police shot dead two protesters on Tuesday, and the governor said a curfew would remain "
        "until further notice."
    )
    assert bound_interval(nlp, text, "shot", PUB) == ("2025-03-11", "2025-03-11")


def test_a_curfew_with_no_such_words_keeps_its_day(nlp: Language) -> None:
    text = "The governor imposed a curfew on the port city on Tuesday."
    assert bound_interval(nlp, text, "imposed", PUB) == ("2025-03-11", "2025-03-11")
