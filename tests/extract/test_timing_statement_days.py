"""The day a statement was made dates no act told in the sentences after it: an act with no time of
its own there takes the story's time (the lead's), not the day of the saying before it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2024, 7, 23)  # a Tuesday

pytestmark = pytest.mark.slow


def _interval(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None] | None:
    return bound_interval(nlp, text, trigger, PUB)


def test_an_act_retold_after_a_dated_statement_keeps_the_story_s_day(nlp: Language) -> None:
    text = (
        "MANILA, July 23 (Wire) - Riot police fired tear gas at thousands of students outside the "
        "senate on Sunday evening.\n\n"
        "A police spokesman told reporters on Monday that no officer carried firearms. He said the "
        "tear gas had been fired after warnings were read out."
    )
    assert _interval(nlp, text, "fired after") == ("2024-07-21", "2024-07-21")


def test_a_count_after_a_dated_statement_is_not_dated_by_it(nlp: Language) -> None:
    text = (
        "LIMA, July 23 (Wire) - Protesters and police clashed in the capital on Saturday.\n\n"
        "The interior minister said on Monday that order had been restored. Officers were attacked "
        "with stones and 30 people were detained."
    )
    assert _interval(nlp, text, "detained") == ("2024-07-20", "2024-07-20")


def test_a_dated_act_before_still_dates_the_next_sentence(nlp: Language) -> None:
    text = "Teachers marched to the ministry on Monday. Officers detained 12 of them outside the gates."
    assert _interval(nlp, text, "detained") == ("2024-07-22", "2024-07-22")
