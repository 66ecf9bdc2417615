"""A sentence with no time of its own after one whose last time opens a ``since`` interval goes on in
that interval ("… had died since Friday. Five of the deaths were …")."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.timing import bind_time, lead_time
from eventwire.resolve.times import find_times

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2026, 3, 12)  # a Thursday

pytestmark = pytest.mark.slow


def _interval(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None] | None:
    doc = nlp(text)
    times = find_times(doc, published=PUB)
    at = text.index(trigger)
    span = doc.char_span(at, at + len(trigger), alignment_mode="expand")
    assert span is not None
    time, _ = bind_time(span.root, span.root.sent, times, published=PUB, lead=lead_time(doc, times))
    return None if time is None else (time.start, time.end)


def test_the_next_sentence_goes_on_in_the_since_interval(nlp: Language) -> None:
    text = (
        "Miners have blocked the highway since Saturday, the union said.\n\n"
        "The health ministry said 11 people had died since Saturday. Four of them were shot by soldiers."
    )
    assert _interval(nlp, text, "shot") == ("2026-03-07", "2026-03-12")


def test_a_day_after_the_since_clause_still_dates_the_next_sentence(nlp: Language) -> None:
    text = (
        "Miners have blocked the highway since Saturday.\n\n"
        "Hundreds have been detained since Saturday, and police fired tear gas on Tuesday. "
        "Two students were beaten in custody."
    )
    assert _interval(nlp, text, "beaten") == ("2026-03-10", "2026-03-10")
