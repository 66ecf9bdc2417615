"""A dated day or month in a relative clause ("X, who was arrested in May 2021, …") is a person's or
thing's background: the month-days told after it keep the publication's year."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.timing_narrative import narrative_times
from eventwire.resolve.times import find_times

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 11, 3)

pytestmark = pytest.mark.slow


def _day(nlp: Language, text: str, expression: str) -> str | None:
    doc = nlp(text)
    times = narrative_times(doc, find_times(doc, published=PUB), PUB)
    return next(t.start for t in times if t.text == expression)


def test_a_date_in_a_relative_clause_does_not_move_the_story(nlp: Language) -> None:
    text = (
        "The lawyer said Rahimi, who was detained in Tabriz in May 2021 during a strike, had been "
        "held in solitary confinement.\n\n"
        "Another prisoner, Ali Nouri, was hanged in Qom on October 8, the group said."
    )
    assert _day(nlp, text, "October 8") == "2025-10-08"


def test_an_adverbial_date_still_moves_the_story(nlp: Language) -> None:
    text = (
        "In May 2021, security forces detained Rahimi in Tabriz during a strike.\n\n"
        "He was moved to a prison in Qom on June 8, his lawyer said."
    )
    assert _day(nlp, text, "June 8") == "2021-06-08"


def test_a_date_on_the_noun_of_an_after_phrase_does_not_move_the_story(nlp: Language) -> None:
    text = (
        "His brother said Karimi had been beaten in custody after his arrest in April 2023.\n\n"
        "Another detainee, Reza Amini, died in Evin prison on 12 October, the group said."
    )
    assert _day(nlp, text, "12 October") == "2025-10-12"
