"""M82: ill-treatment in a custody the text bounds on both sides takes the custody's stretch.

``detained 16 men on 15 October … Two of the men, released after a week, said soldiers had beaten
them``, ``arrested him on 14 September. He was held for six days …, where officers beat him``,
``released last week after five weeks in a cell, he said interrogators beat him``: ill-treatment told
with no time of its own, in a custody the text bounds by a dated arrest and a release, a dated arrest
and a stated length, or a release and a length, runs from the arrest's first day to the release's (or
the length's) last day, as M17 takes the stretch from an arrest to a death. Lengths count as M5 and T3
count them: N days both ends included, weeks seven days on, months to the last day of the month N
months on, years to the same day N years on. A custody with one side only ("held for months", "later
freed") is not this rule's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Time
from .syntax import clause_head, segment
from .timing_clauses import _token_at
from .timing_context import _custody_words
from .timing_days import _DURATION
from .timing_usable import _durations

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["custody_bounds"]

# the participle of a release: "released after a week", "freed on Monday", "dumped at the roadside"
_FREED = frozenset({"release", "free", "dump"})
# the words of a custody whose clause may state its length: "held for six days", "after eleven days in
# detention", "spent three weeks in a cell"
_HELD = frozenset({"hold", "detain", "spend", "jail", "imprison", "release", "free", "dump"})
# a length told as the custody's: "for six days", "after a week", "for more than a year" (not "eight days
# after security agents detained him", a distance between two acts)
_BEFORE_LENGTH = re.compile(
    r"\b(?:for|after)\s+(?:(?:more|less)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
_AFTER_LENGTH = re.compile(r"^\s*(?:before|ago|later|earlier|on)\b", re.IGNORECASE)
_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4}
_SPAN = 400  # days: an arrest and a release further apart are not one custody the text bounds


def custody_bounds(
    head: Token, sent: Span, times: Sequence[Time], bind: Callable[[Token], Time | None]
) -> Time | None:
    """The custody's stretch for ill-treatment ``head`` (told with no time of its own), or None when
    the text does not bound the custody on both sides near it. ``bind`` gives a word's own time."""
    dated = [t for t in times if t.type == "DATE" and t.start_char is not None]
    mine = clause_head(head)
    if any(tok is not None and clause_head(tok) == mine for tok in _tokens_of(dated, sent)):
        return None  # "was beaten on Tuesday": its own day
    window = _window(sent)
    lengths = {id(t): t for t in _durations(times, head.doc)}
    release: Time | None = None
    length: tuple[int, str] | None = None
    after = False  # the length is told with the release ("released last week after five weeks")
    for s in window:
        durations = [t for t in lengths.values() if s.start_char <= (t.start_char or 0) < s.end_char]
        for tok in s:
            low = tok.lemma_.lower()
            if release is None and _freed(tok):
                at = _tokens_of(dated, s)
                if any(a is not None and clause_head(a) == tok for a in at):
                    told = bind(tok)
                    if told is not None and told.start and told.end:
                        release = told
                        own = _length_of(tok, durations)
                        if own is not None:
                            length, after = own, True
            if length is None and low in _HELD and tok.pos_ == "VERB":
                length = _length_of(tok, durations)
    arrest = None
    _, taken = _custody_words(head)
    for tok in taken[:6]:
        told = bind(tok)
        if told is not None and told.start and told.end:
            arrest = told
            break
    stretch = _stretch(arrest, release, length, after=after)
    if stretch is None:
        return None
    start, end, ends = stretch
    precision = max(ends, key=lambda t: _RANK.get(t.precision, 0)).precision
    base = arrest or release
    assert base is not None
    return Time(
        text=base.text,
        start_char=None,
        end_char=None,
        value=f"{start}/{end}",
        start=start,
        end=end,
        precision=precision if precision in _RANK else "day",
        anchor=base.anchor,
        type="DATE",
    )


def _stretch(
    arrest: Time | None, release: Time | None, length: tuple[int, str] | None, *, after: bool
) -> tuple[str, str, list[Time]] | None:
    try:
        if release is not None and length is not None and after:
            n, unit = length
            r0, r1 = _ends(release)
            start = _backward(date.fromisoformat(r0[:10]), n, unit)
            return (start.isoformat(), r1, [release]) if start else None
        if arrest is not None and release is not None and arrest.start != release.start:
            (a0, _), (r0, r1) = _ends(arrest), _ends(release)
            a, r = date.fromisoformat(a0[:10]), date.fromisoformat(r1[:10])
            if a <= date.fromisoformat(r0[:10]) and (r - a).days <= _SPAN:
                return a0, r1, [arrest, release]
            return None
        if length is None:
            return None
        n, unit = length
        if arrest is not None:
            a0, a1 = _ends(arrest)
            end = _forward(date.fromisoformat(a1[:10]), n, unit)
            return (a0, end.isoformat(), [arrest]) if end else None
        if release is not None:
            r0, r1 = _ends(release)
            start = _backward(date.fromisoformat(r0[:10]), n, unit)
            return (start.isoformat(), r1, [release]) if start else None
    except ValueError:
        return None
    return None


def _ends(t: Time) -> tuple[str, str]:
    """The first and last day of a side found bounded (a ValueError, read as no stretch, if not)."""
    if not t.start or not t.end:
        raise ValueError(t.text)
    return t.start, t.end


def _freed(tok: Token) -> bool:
    """A release told as done: "released after a week", "freed on Monday", "dumped at the roadside";
    a misparsed participle ("One of them, released the next day, told …") with no object of its own."""
    if tok.lemma_.lower() not in _FREED:
        return False
    return tok.tag_ == "VBN" or (tok.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in tok.children))


def _forward(day: date, n: int, unit: str) -> date | None:
    if unit == "D":
        return day + timedelta(days=n - 1)
    if unit == "W":
        return day + timedelta(days=7 * n)
    if unit == "M":
        total = day.year * 12 + day.month - 1 + n + 1
        y, m = divmod(total, 12)
        return date(y, m + 1, 1) - timedelta(days=1)
    if unit == "Y":
        return day.replace(year=day.year + n, day=28 if (day.month, day.day) == (2, 29) else day.day)
    return None


def _backward(day: date, n: int, unit: str) -> date | None:
    if unit == "D":
        return day - timedelta(days=n - 1)
    if unit == "W":
        return day - timedelta(days=7 * n)
    if unit == "M":
        total = day.year * 12 + day.month - 1 - n
        y, m = divmod(total, 12)
        return date(y, m + 1, 1)
    if unit == "Y":
        return date(day.year - n, 1, 1)
    return None


def _length_of(verb: Token, durations: list[Time]) -> tuple[int, str] | None:
    """The length a custody word's clause states ("held for six days", "released after a week")."""
    for t in durations:
        tok = _token_at(verb.doc, t.start_char or 0)
        if tok is None or clause_head(tok) != verb:
            continue
        text = doc_text(verb.doc)
        start, end = t.start_char or 0, t.end_char or 0
        if not _BEFORE_LENGTH.search(text[max(0, start - 30) : start]) or _AFTER_LENGTH.match(
            text[end : end + 12]
        ):
            continue
        m = _DURATION.match(t.value or "")
        if m is not None and m["u"] in "DWMY" and int(m["n"]) > 0:
            return int(m["n"]), m["u"]
    return None


def _tokens_of(times: list[Time], sent: Span) -> list[Token | None]:
    return [
        _token_at(sent.doc, t.start_char or 0)
        if sent.start_char <= (t.start_char or 0) < sent.end_char
        else None
        for t in times
    ]


def _window(sent: Span) -> list[Span]:
    """The sentence and its neighbours in the same paragraph."""
    doc = sent.doc
    text = doc_text(doc)
    out = [sent]
    if sent.start > 0:
        before = segment(doc[sent.start - 1])
        if "\n" not in text[before.end_char : sent.start_char]:
            out.insert(0, before)
    if sent.end < len(doc):
        after = segment(doc[sent.end])
        if "\n" not in text[sent.end_char : after.start_char]:
            out.append(after)
    return out
