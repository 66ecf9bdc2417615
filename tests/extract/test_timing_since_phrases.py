"""The date of a noun a ``since`` phrase names ("the largest rally since the protests against the law in
May 2019") bounds a comparison; the next paragraph's acts are not moved to it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2026, 7, 20)  # a Monday

pytestmark = pytest.mark.slow


def test_a_since_phrase_date_does_not_move_the_next_paragraph(nlp: Language) -> None:
    text = (
        "Thousands rally in Sofia against media law\n\n"
        "Daily Herald | 20 July 2026\n\n"
        "Thousands of people marched through Sofia on Sunday evening against the government's new media "
        'law, in the largest rally in the capital since the protests against the "gag law" in May 2019.\n\n'
        "The march ended outside the parliament building, where police pushed back a group of students. "
        "Medics treated two people at the scene. Police detained six people, among them a student leader."
    )
    assert _interval(nlp, text, "detained") == ("2026-07-19", "2026-07-19")


def _interval(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None] | None:
    return bound_interval(nlp, text, trigger, PUB)
