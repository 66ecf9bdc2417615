"""A stated length from a stated start: ``suspended mobile internet for 48 hours from Monday evening``,
``a 72-hour "armed strike" from Friday``, ``observe three days of "dead city" from Wednesday``, ``kept
their shops shut for three days from 15 April``.

The act runs forward from the day after ``from`` / ``starting`` / ``beginning`` for the length its
clause states (T3 counts a stretch from its stated day; a coder reads "for three days from 15 April"
as 15–17 April). Hours are counted on the clock when the start gives one (``from 6 pm on Monday``,
``from Monday evening``: 36 hours run into Wednesday), else from the start of the day (``72 hours from
Friday`` is Friday to Sunday).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Time
from .syntax import clause_head
from .timing_clauses import _foreign, _own_subject, _token_at
from .timing_days import _DURATION, _interval

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["stated_length"]

# the words that open a stretch's first day, just before the time expression
_OPENS = re.compile(r"\b(?:from|starting(?:\s+(?:on|from))?|beginning(?:\s+(?:on|from))?)\s+$", re.IGNORECASE)
_CLOCK = re.compile(r"\b(?P<h>\d{1,2})(?::\d{2})?\s*(?P<m>[ap])\.?m\b", re.IGNORECASE)
_PARTS = (
    ("midnight", 0),
    ("dawn", 5),
    ("morning", 6),
    ("noon", 12),
    ("afternoon", 12),
    ("evening", 18),
    ("night", 21),
)
_LONGEST = 62  # days: a stated length longer than two months is no one act's


def _start_hour(text: str) -> int:
    """The clock hour a start gives (``6 pm on Monday`` 18, ``Monday evening`` 18), else 0."""
    m = _CLOCK.search(text)
    if m:
        h = int(m["h"]) % 12
        return h + 12 if m["m"].lower() == "p" else h
    low = text.lower()
    return next((h for word, h in _PARTS if word in low), 0)


def _days(value: str, hour: int) -> int | None:
    """The calendar days ``value`` (``P3D``, ``PT48H``, ``P1W``) covers from ``hour`` of the first day."""
    m = _DURATION.match(value)
    if m is None:
        return None
    n, unit = int(m["n"]), m["u"]
    if unit == "H":
        return (hour + n - 1) // 24 + 1 if n > 0 else None
    return {"D": n, "W": 7 * n}.get(unit)


def stated_length(head: Token, best: Time, durations: Sequence[Time]) -> Time | None:
    """The stretch ``best`` opens when a ``from`` / ``starting`` puts it first and the event's clause
    states a length (:mod:`timing_lengths`); None when the clause says no such thing."""
    if not best.start or best.start != best.end or best.start_char is None:
        return None
    doc = head.doc
    text = doc_text(doc)
    if not _OPENS.search(text[max(0, best.start_char - 20) : best.start_char]):
        return None
    mine = clause_head(head)

    def ours(tok: Token | None) -> bool:
        # in the event's clause, a participle or relative clause below it with no subject of its own
        # ("declared a 36-hour curfew covering the capital from 6 pm on Monday"), or the clause the
        # event's participle hangs from ("announced a 72-hour strike from Friday, ordering residents to
        # stay at home"); not another event's clause with its own subject
        if tok is None or _foreign(tok, head):
            return False
        return tok in mine.subtree or (not _own_subject(mine) and mine in clause_head(tok).subtree)

    if not ours(_token_at(doc, best.start_char)):
        return None
    for t in durations:
        if not t.value or not ours(_token_at(doc, t.start_char or 0)):
            continue
        days = _days(t.value, _start_hour(best.text))
        if days is None or not 2 <= days <= _LONGEST:
            continue
        try:
            first = date.fromisoformat(best.start[:10])
        except ValueError:
            return None
        return _interval(best, best.start, (first + timedelta(days=days - 1)).isoformat())
    return None
