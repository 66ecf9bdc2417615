"""Times adjusted for an event's status: a predicted event dated to a past day moves to the
next one; a denial that a stoppage exists runs to the publication day."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..records import Time
from .syntax import clause_head, kids
from .timing_clauses import _MONTH_NAME, _past_at, _token_at
from .timing_days import WEEKDAY, YEAR, _interval, _leap_gap

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["adjust_for_status"]


def adjust_for_status(
    time: Time | None,
    status: str,
    published: date | None,
    *,
    head: Token | None = None,
    kind: str | None = None,
) -> Time | None:
    """A predicted event dated to a resolved past weekday or month-day moves to the next one; not a
    day its expression says is past ("on strike since last Wednesday", "two days ago"), nor, given the
    event's ``head``, a day taken from another sentence that dates a past act there ("workers gathered
    on Saturday. Three who called on them to block the road were detained": the call was that day).
    A predicted execution (``kind``) keeps only a time still to come (I3)."""
    if status == "negated" and head is not None:
        return _still_denied(time, head, published)
    if time is None or published is None or status != "predicted" or not time.start or not time.end:
        return time
    if kind == "execution" and time.end <= published.isoformat():
        # "sentenced two men to death on Sunday", "at imminent risk of execution" in a story dated
        # today: the day of the sentence, of the report or of the story is not the execution's (I3)
        return None
    if _PAST_WORDS.search(time.text):
        return time
    if head is not None and _called_before(head):
        return time
    if head is not None and time.start_char is not None:
        sent = head.sent
        if not sent.start_char <= time.start_char < sent.end_char and _past_act_at(head.doc, time):
            return time
    try:
        start, end = date.fromisoformat(time.start[:10]), date.fromisoformat(time.end[:10])
    except ValueError:
        return time
    if end >= published:
        return time
    if WEEKDAY.search(time.text) and (published - start).days < 7:
        shift = timedelta(days=7)
    elif (
        not YEAR.search(time.text)
        and time.precision in ("day", "month")
        and (_MONTH_NAME.search(time.text) or re.search(r"\d", time.text))
    ):
        # a month-day written without its year ("on 12 March") read as past is next year's; a word of
        # the story's own days ("overnight", "tonight") names no other year
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


def _still_denied(time: Time | None, head: Token, published: date | None) -> Time | None:
    """``"There is no strike," the minister said``: a denial that a stoppage exists at all answers a
    strike still going on, so the past day the context gives it (the strike's first day) opens an
    interval that runs to the publication day (H5). "Shops operated normally" may answer one day's
    stoppage, and keeps that day."""
    if time is None or published is None or not time.start or not time.end or time.precision == "year":
        return time
    pub = published.isoformat()
    if time.end >= pub or not _no_stoppage_now(head):
        return time
    return _interval(time, time.start, pub)


def _no_stoppage_now(head: Token) -> bool:
    """``there is no strike``, ``there are no hunger strikes``: "no" on the event's noun, the subject of a
    present-tense existential "be"."""
    verb = head.head
    return (
        head.pos_ == "NOUN"
        and head.dep_ in ("attr", "nsubj")
        and verb.lemma_.lower() == "be"
        and verb.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "expl" for c in kids(verb))
        and any(w.lower_ == "no" for w in head.subtree if w.i < head.i)  # "no (hunger) strike"
    )


def _called_before(head: Token) -> bool:
    """``The coalition had called on traders to close their shops on Wednesday``: a call told in the past
    perfect was made before a past moment the story has reached, so the day it named may have come and
    gone (the text goes on to tell whether it was heeded); its past day stays."""
    verb = clause_head(head)
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in kids(verb)) and verb.tag_ == "VBN":
            return True
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head is verb:
            return False
        verb = verb.head
    return False


def _past_act_at(doc: Doc, t: Time) -> bool:
    """``t`` dates a past act of its own ("gathered on Saturday"), not one that asks for another
    ("urged the faithful to rally after Friday prayers", whose day may be the rally's)."""
    tok = _token_at(doc, t.start_char or 0)
    return tok is not None and _past_at(doc, t) and not any(c.dep_ == "xcomp" for c in kids(clause_head(tok)))


_PAST_WORDS = re.compile(r"\b(?:last|ago|earlier|yesterday|previous|past)\b", re.IGNORECASE)
