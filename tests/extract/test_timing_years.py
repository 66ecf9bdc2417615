"""A year that qualifies a noun ("the 1979 revolution", "the 2020 war") dates that noun, not the event."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2026, 1, 20)

pytestmark = pytest.mark.slow


def _interval(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None] | None:
    return bound_interval(nlp, text, trigger, PUB)


def test_a_day_after_a_qualifying_year_keeps_its_own_year(nlp: Language) -> None:
    text = "Veterans of the 2008 war urged students to rally outside parliament on February 11."
    assert _interval(nlp, text, "rally") == ("2026-02-11", "2026-02-11")
    text = "To mark the 1989 uprising, the council urged students to rally on February 11."
    assert _interval(nlp, text, "rally") == ("2026-02-11", "2026-02-11")


def test_a_qualifying_year_yields_to_the_day_of_the_event(nlp: Language) -> None:
    text = "Veterans of the 2008 war were beaten by guards on January 12, their lawyers said."
    assert _interval(nlp, text, "beaten") == ("2026-01-12", "2026-01-12")


def test_a_bare_year_of_the_sentence_still_dates_its_month(nlp: Language) -> None:
    text = "The region was hit by bombings in 2015, including an attack on a market in March."
    assert _interval(nlp, text, "attack") == ("2015-03-01", "2015-03-31")


def test_a_dated_noun_after_of_does_not_move_the_story_s_year(nlp: Language) -> None:
    text = (
        "Most of the prisoners were sentenced in the mass trial of November 2024.\n\n"
        "On 12 December, guards beat two of the prisoners in their cells, a relative said."
    )
    assert _interval(nlp, text, "beat") == ("2025-12-12", "2025-12-12")


def test_the_night_of_a_dated_day_still_moves_the_story_s_year(nlp: Language) -> None:
    text = (
        "Riot police stormed the square on the night of 3 November 2024.\n\n"
        "On 12 December, guards beat two of the prisoners in their cells, a relative said."
    )
    assert _interval(nlp, text, "beat") == ("2024-12-12", "2024-12-12")
