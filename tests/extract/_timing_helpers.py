"""Shared helper of the timing tests: the interval ``bind_time`` gives one trigger of a parsed text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.extract.timing import bind_time
from eventwire.extract.timing_lead import lead_time
from eventwire.resolve.times import find_times

if TYPE_CHECKING:
    from datetime import date

    from spacy.language import Language


def bound_interval(
    nlp: Language, text: str, trigger: str, published: date
) -> tuple[str | None, str | None] | None:
    """(start, end) of the time bound to the first ``trigger`` in ``text``, or None when none is."""
    doc = nlp(text)
    times = find_times(doc, published=published)
    at = text.index(trigger)
    span = doc.char_span(at, at + len(trigger), alignment_mode="expand")
    assert span is not None
    time, _ = bind_time(span.root, span.root.sent, times, published=published, lead=lead_time(doc, times))
    return None if time is None else (time.start, time.end)
