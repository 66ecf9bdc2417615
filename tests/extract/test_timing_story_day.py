"""A sentence with no time of its own goes on in the story's last day, not in the day of a
statement told in between ("Police charged the march on Monday. The ministry said on Tuesday …")."""

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


def test_the_story_day_outlasts_a_statement_day(nlp: Language) -> None:
    text = (
        "Teachers have been on strike across the province this week.\n\n"
        "Riot police charged a march of teachers in the capital on Monday. The ministry said on Tuesday "
        "that the march had not been authorised. Several teachers were beaten with batons."
    )
    assert _interval(nlp, text, "beaten") == ("2026-03-09", "2026-03-09")


def test_a_statement_day_alone_still_dates_the_next_sentence(nlp: Language) -> None:
    text = (
        "Teachers have been on strike across the province this week.\n\n"
        "The ministry said on Tuesday that the march had not been authorised. "
        "Several teachers were beaten with batons."
    )
    assert _interval(nlp, text, "beaten") == ("2026-03-10", "2026-03-10")
