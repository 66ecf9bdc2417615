"""When an event happened: the time of its clause, sentence, paragraph or lead, as an interval.

``since X`` and ``between X and Y`` become intervals (``since`` runs to the publication
date); a predicted event never keeps a resolved past weekday or month-day. DURATION
and SET expressions never date an event.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..records import Time
from .syntax import clause_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["adjust_for_status", "bind_time", "lead_time"]

WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
YEAR = re.compile(r"\b\d{4}\b")
RANGE_OPENERS = frozenset({"between", "from"})
RANGE_CLOSERS = frozenset({"and", "to", "until", "till", "through"})


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span[0]


def _in_clause(tok: Token, head: Token) -> bool:
    """``tok`` sits in the clause of ``head`` (not in a conjoined or subordinate clause below it)."""
    return tok == head or clause_head(tok) == clause_head(head)


def _usable(times: Sequence[Time]) -> list[Time]:
    return [
        t for t in times if t.type in ("DATE", "TIME") and t.start_char is not None and t.value is not None
    ]


def _since(doc: Doc, t: Time) -> bool:
    """``since March``, ``since the start of 2023``, ``since the protests began on November 28``."""
    if t.text.lower().startswith("since "):
        return True
    tok = _token_at(doc, t.start_char or 0)
    if tok is None:
        return False
    if tok.i > 0 and doc[tok.i - 1].lower_ == "since":
        return True
    cur = tok
    for _ in range(4):
        if cur.head == cur:
            return False
        if cur.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "mark" and c.lower_ == "since" for c in cur.children)
        cur = cur.head
    return False


def _interval(t: Time, start: str | None, end: str | None) -> Time:
    return Time(
        text=t.text,
        start_char=None,
        end_char=None,
        value=f"{start}/{end}" if start and end else t.value,
        start=start,
        end=end,
        precision="unknown",
        anchor=t.anchor,
        type="DATE",
    )


def _pair(doc: Doc, pool: list[Time]) -> Time | None:
    """``between 1980 and 1988`` / ``from Monday to Wednesday`` as one interval."""
    ordered = sorted(pool, key=lambda t: t.start_char or 0)
    for a, b in itertools.pairwise(ordered):
        ta, tb = _token_at(doc, a.start_char or 0), _token_at(doc, b.start_char or 0)
        if ta is None or tb is None or ta.i == 0 or tb.i == 0:
            continue
        if (
            doc[ta.i - 1].lower_ in RANGE_OPENERS
            and doc[tb.i - 1].lower_ in RANGE_CLOSERS
            and a.start
            and b.end
        ):
            return _interval(a, a.start, b.end)
    return None


def bind_time(
    head: Token, sent: Span, times: Sequence[Time], *, published: date | None = None, lead: Time | None = None
) -> tuple[Time | None, bool]:
    """The time governing the trigger's clause, else its sentence, else the paragraph's, else the lead's;
    and whether it was inferred (paragraph or lead) rather than written in the event's own sentence."""
    usable = _usable(times)
    doc = head.doc
    in_sent = [t for t in usable if sent.start_char <= (t.start_char or 0) < sent.end_char]
    clause = [
        t for t in in_sent if (tok := _token_at(doc, t.start_char or 0)) is not None and _in_clause(tok, head)
    ]
    pool = clause or in_sent
    if pool:
        pair = _pair(doc, pool)
        if pair is not None:
            return pair, False
        best = min(pool, key=lambda t: abs((t.start_char or 0) - head.idx))
        if _since(doc, best) and best.start:
            return _interval(best, best.start, published.isoformat() if published else best.end), False
        return best, False
    para = doc.text.rfind("\n", 0, sent.start_char) + 1
    before = [t for t in usable if para <= (t.start_char or 0) < sent.start_char and not _since(doc, t)]
    if before:
        return before[-1], True
    return lead, True


def lead_time(doc: Doc, times: Sequence[Time]) -> Time | None:
    """The first day-precise time of the lead paragraph (the first paragraph of prose, not the dateline)."""
    text = doc.text
    pos = 0
    for para in text.split("\n"):
        start, end = pos, pos + len(para)
        pos = end + 1
        if len(para) < 80 or not re.search(r"[.!?][\"”’]?\s*$", para.strip()):
            continue
        inside = [t for t in _usable(times) if start <= (t.start_char or 0) < end and t.precision == "day"]
        return inside[0] if inside else None
    return None


def adjust_for_status(time: Time | None, status: str, published: date | None) -> Time | None:
    """A predicted event dated to a resolved past weekday or month-day moves to the next one."""
    if time is None or published is None or status != "predicted" or not time.start or not time.end:
        return time
    try:
        start, end = date.fromisoformat(time.start[:10]), date.fromisoformat(time.end[:10])
    except ValueError:
        return time
    if end >= published:
        return time
    if WEEKDAY.search(time.text) and (published - start).days < 7:
        shift = timedelta(days=7)
    elif not YEAR.search(time.text) and time.precision in ("day", "month"):
        shift = timedelta(days=366 if _leap_gap(start) else 365)
    else:
        return time
    new_start, new_end = start + shift, end + shift
    return Time(
        text=time.text,
        start_char=time.start_char,
        end_char=time.end_char,
        value=new_start.isoformat() if time.precision == "day" else new_start.isoformat()[:7],
        start=new_start.isoformat(),
        end=new_end.isoformat(),
        precision=time.precision,
        anchor="context",
        type=time.type,
    )


def _leap_gap(start: date) -> bool:
    try:
        return (start.replace(year=start.year + 1) - start).days == 366
    except ValueError:
        return True
