"""Ranges written with two expressions (``between X and Y``, ``from X to Y``, ``on Friday and
Saturday``) and open starts (``suspended from Sunday``) with the day a state still held."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Time
from .syntax import clause_head
from .timing_clauses import _negated, _own_subject, _token_at
from .timing_days import _interval, _months_in_a_row

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["RANGE_CLOSERS", "RANGE_OPENERS", "curfew_in_force", "in_force"]


RANGE_OPENERS = frozenset({"between", "from"})
RANGE_CLOSERS = frozenset({"and", "to", "until", "till", "through"})
_DASH = re.compile(r"\s*[-–]\s*")
_TO = re.compile(r"\s*(?:to|until|till|through|and)\s+", re.IGNORECASE)
# the first day of "the night of 8 to 9 May", written without its month (the month follows the second day)
_BARE_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?", re.IGNORECASE)
_COORDINATED = re.compile(r"\s*,?\s*(?:and|or|&)\s+(?:on\s+|in\s+)?", re.IGNORECASE)


def _pair(doc: Doc, pool: list[Time]) -> Time | None:
    """``between 1980 and 1988`` / ``from Monday to Wednesday`` as one interval; two months in a row
    written as one ("in October and November 2024") are both months, ``month``."""
    found = _pair_of(doc, pool)
    if found is None:
        return None
    a, b = found
    paired = _interval(a, a.start, b.end)
    if _months_in_a_row(a, b):
        return replace(paired, precision="month")
    return paired


def _pair_of(doc: Doc, pool: list[Time]) -> tuple[Time, Time] | None:
    """The two expressions of :func:`_pair`'s interval."""
    ordered = sorted(pool, key=lambda t: t.start_char or 0)
    for a, b in itertools.pairwise(ordered):
        ta, tb = _token_at(doc, a.start_char or 0), _token_at(doc, b.start_char or 0)
        if ta is None or tb is None or ta.i == 0 or tb.i == 0:
            continue
        if not (a.start and b.end and a.start <= b.end):
            continue
        gap = doc_text(doc)[a.end_char or 0 : b.start_char or 0]
        if _DASH.fullmatch(gap) or ((b.text.isdigit() or _BARE_DAY.fullmatch(a.text)) and _TO.fullmatch(gap)):
            return a, b  # "29-30 July", "July 29-30", "the night of July 23 to 24", "the night of 8 to 9 May"
        if doc[ta.i - 1].lower_ in RANGE_OPENERS and doc[tb.i - 1].lower_ in RANGE_CLOSERS:
            return a, b
        if doc[tb.i - 1].lower_ == "by" and _negated(tb):
            return a, b  # "cut on Friday and not restored by Monday"
        if gap.strip().lower() == "and" and _months_in_a_row(a, b):
            return a, b  # "in October and November 2024"
    return None


def _hull(doc: Doc, best: Time, pool: list[Time]) -> Time:
    """``on Friday and Saturday``, ``2014 and 2017``: the coordinated expressions as one interval."""
    ordered = sorted(pool, key=lambda t: t.start_char or 0)
    i = ordered.index(best)
    lo = hi = i
    while lo > 0 and _COORDINATED.fullmatch(
        doc_text(doc)[ordered[lo - 1].end_char or 0 : ordered[lo].start_char or 0]
    ):
        lo -= 1
    while hi + 1 < len(ordered) and _COORDINATED.fullmatch(
        doc_text(doc)[ordered[hi].end_char or 0 : ordered[hi + 1].start_char or 0]
    ):
        hi += 1
    group = ordered[lo : hi + 1]
    if len(group) < 2 or any(not t.start or not t.end for t in group):
        return best
    return _interval(best, min(t.start or "" for t in group), max(t.end or "" for t in group))


# "… and had still not been restored on Wednesday", "and remained so on Thursday", "was still down on Sunday"
_STILL = re.compile(
    r"\b(?:still|remained|remains|stayed|not\s+(?:yet\s+)?(?:been\s+)?(?:restored|lifted|reopened))\b",
    re.IGNORECASE,
)


def _still_held(doc: Doc, best: Time, in_sent: Sequence[Time], ref: str) -> Time | None:
    """``internet was cut from Tuesday morning and had still not been restored on Wednesday``: a state
    told "from X" runs to the later day the sentence says it still held (N18), not the story's day."""
    return _runs_to_later_day(doc, best, in_sent, ref, _STILL)


def _runs_to_later_day(
    doc: Doc, best: Time, in_sent: Sequence[Time], ref: str, still: re.Pattern[str]
) -> Time | None:
    """``best`` run to the first later day of its sentence, not after ``ref``, with ``still`` written
    between the two ("… and had still not been restored on Wednesday", "… and were still on strike on
    Thursday")."""
    text = doc_text(doc)
    for t in in_sent:
        if (
            t.precision == "day"
            and t.start_char is not None
            and t.start_char > (best.end_char or 0)
            and t.start
            and t.end
            and best.start
            and best.start < t.start
            and t.end <= ref
            and still.search(text, best.end_char or 0, t.start_char)
        ):
            return _interval(best, best.start, t.end)
    return None


# "walked out on Tuesday … and were still on strike on Thursday": a stoppage told still going on a later day
_STILL_OUT = re.compile(
    r"\bstill\s+(?:on\s+(?:(?:a|an|their|his|her)\s+)?(?:hunger\s+)?strike|out\s+on\s+strike|striking|off\s+work)\b",
    re.IGNORECASE,
)


def still_out(doc: Doc, best: Time, in_sent: Sequence[Time], ref: str) -> Time | None:
    """``about 3,000 workers walked out on Tuesday over unpaid wages and were still on strike on Thursday``:
    a stoppage begun on a day and told still going on a later day of its sentence runs to that day (T2)."""
    return _runs_to_later_day(doc, best, in_sent, ref, _STILL_OUT)


def _open_from(doc: Doc, t: Time, head: Token) -> bool:
    """``suspended from Sunday``: a verb's open-ended start, with no closing ``to``/``until``."""
    tok = _token_at(doc, t.start_char or 0)
    if tok is None or tok.i == 0 or doc[tok.i - 1].lower_ != "from" or head.pos_ != "VERB":
        return False
    after = doc_text(doc)[t.end_char or 0 : (t.end_char or 0) + 20].lower()
    closed = re.match(r"\s*(?:evening|morning|night|afternoon)?\s*(?:to|until|till|through|and)\b", after)
    if closed is not None and closed.group().strip() == "to":
        # "took to the streets from 1 August to protest against …": an infinitive, not the closing day
        to = _token_at(doc, (t.end_char or 0) + closed.end() - 2)
        return to is not None and to.i + 1 < len(doc) and doc[to.i + 1].tag_ == "VB"
    if closed is not None and closed.group().strip() == "and":
        # "cut from Tuesday morning and had still not been restored on Wednesday": "and" opens a clause
        # (a verb follows), not the second day of "from Monday and Tuesday"
        conj = _token_at(doc, (t.end_char or 0) + closed.end() - 3)
        return conj is not None and conj.i + 1 < len(doc) and doc[conj.i + 1].pos_ in ("AUX", "VERB", "ADV")
    return closed is None


# "Services had returned to normal by Tuesday morning", "Access had still not been restored by Friday
# morning", "Service was restored on Wednesday morning", "The curfew was lifted on Saturday"
_RESTORED = re.compile(
    r"\b(?:(?:had|has|have)\s+(?:still\s+)?not\s+(?:yet\s+)?been\s+(?:fully\s+)?restored"
    r"|(?:was|were|had\s+been)\s+(?:fully\s+|partially\s+|gradually\s+|being\s+(?:gradually\s+)?)?(?:restored|lifted)"
    r"|(?:had\s+)?returned\s+to\s+normal"
    # "restricted from Saturday evening and fully restored on Monday morning", "cut … on Sunday afternoon,
    # restoring it only after midnight": the cut's own clause goes on to tell its end
    r"|(?:and|but)\s+(?:was\s+|were\s+)?(?:fully\s+|partially\s+|gradually\s+|only\s+)?(?:restored|lifted)"
    r"|restoring)\b",
    re.IGNORECASE,
)
# what is cut off and then restored: a connection, a service, a curfew
_CUT_OFF = frozenset(
    {
        "restrict",
        "cut",
        "suspend",
        "shut",
        "block",
        "switch",
        "disconnect",
        "impose",
        "curfew",
        "blackout",
        "shutdown",
    }
)


def _restored_next(
    doc: Doc, head: Token, sent: Span, best: Time, times: Sequence[Time], ref: str
) -> Time | None:
    """``Mobile internet was restricted on Monday night. Services had returned to normal by Tuesday
    morning``, ``internet, restricted on Friday evening, was being gradually restored on Sunday``: a cut
    whose end the rest of its sentence or the next sentence of the paragraph dates runs to that day
    (N18); so does one whose sentence tells it still held on a later day."""
    if head.lemma_.lower() not in _CUT_OFF and clause_head(head).lemma_.lower() not in _CUT_OFF:
        return None
    if not best.start or best.start != best.end or best.end_char is None:
        return None
    # "was cut on Tuesday evening and was still down on Wednesday": told on a day, held to a later one
    held = _still_held(
        doc, best, [t for t in times if sent.start_char <= (t.start_char or 0) < sent.end_char], ref
    )
    if held is not None:
        return held
    text = doc_text(doc)
    regions = [(best.end_char, sent.end_char)]
    if sent.end < len(doc):
        nxt = doc[sent.end].sent
        begin = max(nxt.start_char, sent.end_char)  # a segment's sentence may go on past the segment
        if begin < nxt.end_char and "\n" not in text[head.idx : begin]:
            regions.append((begin, nxt.end_char))
    for begin, end in regions:
        said = _RESTORED.search(text, begin, end)
        if said is None or "order" in text[begin:end].lower():
            continue  # "police restored order on Thursday" ends no cut
        if any(begin <= (t.start_char or 0) < said.start() for t in times):
            return None  # "A curfew imposed on Tuesday was lifted on Friday": another cut, its own day
        for t in times:
            if (
                said.end() <= (t.start_char or 0) < end
                and t.precision == "day"
                and t.start
                and t.end
                and best.start < t.start
                and t.end <= ref
            ):
                return _interval(best, best.start, t.end)
        return None
    return None


# a measure told as still holding when the text is written: "a curfew that remains in force", "banned
# gatherings until further notice", "would take effect immediately and remain until further notice"
_IN_FORCE = re.compile(
    r"\buntil\s+further\s+notice\b"
    r"|\b(?:remains?|is|are|stays?)\s+(?:still\s+)?in\s+(?:force|place|effect)\b"
    r"|\bstill\s+in\s+(?:force|place|effect)\b",
    re.IGNORECASE,
)


def in_force(head: Token, sent: Span, time: Time | None, published: str | None) -> Time | None:
    """``imposed a night-time curfew on Wednesday … "until further notice"``, ``imposed a dusk-to-dawn
    curfew that remains in force``: a measure its own clause (or a relative or conjoined clause on it)
    tells as still holding runs from its day to the publication day (T2: an event told as still going
    on runs to the last day the text has it going on)."""
    if time is None or not time.start or not time.end or not published or not time.end < published:
        return time
    if time.start[:10] != time.end[:10] or time.start > published:
        return time  # a single day (or a night read on one day), before the text is written
    doc = head.doc
    mine = clause_head(head)
    for m in _IN_FORCE.finditer(doc_text(doc), sent.start_char, sent.end_char):
        tok = _token_at(doc, m.start())
        if tok is None or m.start() < head.idx:
            continue
        verb = clause_head(tok)
        if (
            verb == mine
            or (verb.dep_ == "conj" and verb.head == mine and not _own_subject(verb))
            or (verb.dep_ == "relcl" and clause_head(verb.head) == mine)
        ):
            return _interval(time, time.start, published)
    return time


# M30: the end of a curfew a text tells: a length ("a 36-hour curfew", "for three days"; not "after two
# days of rioting"), or a lifting told as done ("was lifted four days later", "relaxed the curfew on 5
# August"); a lifting asked for or to come ("urged the government to lift the curfew", "should be
# lifted") is none
_CURFEW_LENGTH = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\w+-four|\w+-eight)-"
    r"(?:hours?|days?|weeks?|months?)\b(?![- ]old)"
    r"|\bfor\s+(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:more\s+)?(?:hours?|days?|weeks?|months?)\b",
    re.IGNORECASE,
)
_CURFEW_ENDED = re.compile(
    r"(?<!to be )(?<!will be )(?<!would be )(?<!should be )(?<!must be )(?<!could be )"
    r"\b(?:lifted|relaxed|eased|ended|expired|revoked|rescinded|scrapped|withdrawn|called\s+off)\b",
    re.IGNORECASE,
)
_CURFEW_SPAN = 14  # days back from the publication day a curfew's imposition is still this story's


def curfew_in_force(head: Token, time: Time | None, published: str | None) -> Time | None:
    """M30: ``Authorities imposed a curfew on the port city on Sunday`` in a text published on Tuesday:
    a curfew is an order in force until an authority lifts it, so one imposed on a day before the
    publication day, whose text tells no length, end or lifting of a curfew, runs from that day to the
    publication day; its nightly hours ("from 8 p.m. to 6 a.m.") are no end. (Not N18's cuts and
    blockades told "from X", which end on the story's day.)"""
    if time is None or not time.start or not time.end or not published:
        return time
    if not 0 < _days(time.start, published) <= _CURFEW_SPAN or _days(time.end, published) <= 0:
        return time
    if _days(time.start, time.end[:10]) > 1:
        return time  # a stretch of days the text gives, not a day (or a night) of imposing
    doc = head.doc
    for s in doc.sents:
        said = s.text
        if "curfew" not in said.lower():
            continue
        if _CURFEW_LENGTH.search(said) or _CURFEW_ENDED.search(said):
            return time
    # days from the imposing to the publication: still a time told in days (a retelling of the same
    # imposing, run to the same day, stays one record with it)
    return replace(_interval(time, time.start, published), precision=time.precision)


def _days(first: str, last: str) -> int:
    """Days from the day of ``first`` to ``last`` (-1 when either is no day)."""
    try:
        return (date.fromisoformat(last[:10]) - date.fromisoformat(first[:10])).days
    except ValueError:
        return -1
