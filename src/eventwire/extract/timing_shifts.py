"""Moving or stretching an event's day by what its clause says: ``a day after``, ``three days
after the vote``, ``a three-day strike``, ``which lasted five days``, ``in the days that followed``,
``had been on strike for seven months``, ``overnight``, ``for several weeks``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import Time
from ..resolve.timex_grammar import NUMBERS
from .syntax import clause_head, kids, lowers, parse_tree
from .timing_clauses import _in_clause, _own_subject, _token_at
from .timing_days import _DURATION, _FOR, _back, _interval, _next_month_end
from .timing_usable import _durations

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SEVERAL_WEEKS = re.compile(
    r"\b(?:for|over)\s+(?:several|many|a\s+few|some)\s+weeks\b|\bin\s+the\s+weeks\s+that\s+followed\b"
    r"|\bin\s+the\s+following\s+weeks\b",
    re.IGNORECASE,
)


def _several_weeks(sent: Span, head: Token) -> bool:
    """``for several weeks``, ``in the weeks that followed`` in the event's clause."""
    doc = head.doc
    for m in _SEVERAL_WEEKS.finditer(doc_text(doc), sent.start_char, sent.end_char):
        tok = _token_at(doc, m.start())
        if tok is not None and _in_clause(tok, head):
            return True
    return False


# "in the weeks that followed", "in the days after the vote", "during the weeks of protests that followed"
_FOLLOWED = re.compile(
    r"\b(?:in|during|over)\s+the\s+(?P<u>days|weeks)\s+(?:that\s+followed|after|following)\b"
    r"|\bduring\s+the\s+(?P<v>days|weeks)\s+of\s+[\w-]+(?:\s+[\w-]+)?\s+that\s+followed\b"
    r"|\b(?:in|during|over)\s+the\s+(?:following|ensuing|subsequent)\s+(?P<w>days|weeks)\b",
    re.IGNORECASE,
)


def _followed(head: Token, sent: Span, time: Time | None) -> Time | None:
    """``In the days after the vote, thousands took to the streets``, ``killed during the weeks of
    protests that followed``, ``arrested in the following days`` (I8): the stretch after the day the
    story gives, a week for "days", to the end of the next month for "weeks" (as "for several weeks"
    from a month)."""
    if time is None or not time.start or time.start != time.end or time.precision != "day":
        return time
    doc = head.doc
    for m in _FOLLOWED.finditer(doc_text(doc), sent.start_char, sent.end_char):
        tok = _token_at(doc, m.start())
        if tok is None or not (_in_clause(tok, head) or m.start() <= head.idx < m.end()):
            continue
        day = date.fromisoformat(time.start[:10])
        if (m["u"] or m["v"] or m["w"]).lower() == "days":
            return _interval(time, time.start, (day + timedelta(days=7)).isoformat())
        return _interval(time, time.start, _next_month_end(time.start))
    return time


def _had_lasted(head: Token, sent: Span, times: Sequence[Time], time: Time | None) -> Time | None:
    """``workers who had been on strike for seven months``, ``the sit-in had lasted six weeks``: a
    pluperfect state that ran up to the day the story is told at runs back from that day."""
    if time is None or not time.start or time.start != time.end or time.precision != "day":
        return time
    verb = clause_head(head)
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in kids(verb)):
        return time
    doc = head.doc
    text = doc_text(doc)
    for t in _durations(times, doc):
        if not sent.start_char <= (t.start_char or 0) < sent.end_char:
            continue
        m = _DURATION.match(t.value or "")
        tok = _token_at(doc, t.start_char or 0)
        if m is None or m["u"] == "H" or tok is None or not _in_clause(tok, head):
            continue
        before = text[max(0, (t.start_char or 0) - 30) : t.start_char or 0]
        if _FOR.search(before) is None and not (verb.lemma_.lower() == "last" and tok.i > verb.i):
            continue
        start = _back(time.end or time.start, int(m["n"]), m["u"])
        if start is not None:
            return _interval(time, start, time.end)
    return time


def _overnight(doc: Doc, time: Time | None, head: Token | None = None) -> Time | None:
    """``opened fire overnight``, ``detained in overnight raids``: the night runs from the day it is
    read as into the next (T7); ``an overnight curfew``, a regime of nights, has no two days of its own."""
    if time is None or time.start_char is None or not time.start or time.start != time.end:
        return time
    if time.text.lower() != "overnight":
        return time
    tok = _token_at(doc, time.start_char)
    if tok is None:
        return time
    noun = tok.head if tok.dep_ in ("amod", "compound", "nmod") else None
    if noun is None and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN":
        noun = doc[tok.i + 1]
    if noun is not None and (noun.lemma_.lower() in _NIGHTLY or not _means_of(noun, head)):
        # "the overnight shooting took place where crowds had gathered": another act's night
        return time
    try:
        after = (date.fromisoformat(time.start[:10]) + timedelta(days=1)).isoformat()
    except ValueError:
        return time
    return _interval(time, time.start, after)


def _means_of(noun: Token, head: Token | None) -> bool:
    """``noun`` is the event's own (``an overnight raid``) or the act it was done in (``detained … in
    overnight raids``, ``cleared the square in an overnight operation``)."""
    if head is None:
        return False
    if noun == head:
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head == clause_head(head)


# nouns an "overnight" qualifies as a recurring regime of nights, not one night's act
_NIGHTLY = frozenset({"curfew", "curfews", "shift", "shifts", "vigil", "vigils"})
_SPAN_UNITS = {"hour": 0, "day": 1, "night": 1, "week": 7}
# "a day after", "eleven days after", "twenty days before": the counts written as words
_COUNTS = NUMBERS


def _after(head: Token, best: Time) -> Time | None:
    """``killed two villagers on Tuesday, a day after soldiers raided the village``: the event of the
    ``after``/``before`` clause sits that far from the day of the clause it hangs from (``hours after``
    is the same day; ``days after``, with no count, has no day of its own)."""
    if not best.start or best.start != best.end or best.precision != "day":
        return best
    verb = clause_head(head)
    # "a day after armed separatists ambushed …" parsed with "after" a preposition of "day" and the clause's
    # subject its object (the clause then hangs as a conjunct or an adverbial)
    unit, mark = _unit_with_after(verb)
    if unit is None:
        for _ in range(3):  # "a day after he was chased and beaten": the conjoined verb shares the clause
            if verb.dep_ != "conj" or _own_subject(verb) or verb.head == verb:
                break
            verb = clause_head(verb.head)
        marker = next((c for c in kids(verb) if c.dep_ == "mark"), None)
        if verb.dep_ != "advcl" or marker is None:
            return best
        # the count hangs from the clause's verb or, parsed otherwise, from its "after" ("four days after
        # agents arrested him": "days" an npadvmod of "after")
        mark = marker.lower_
        unit = next(
            (
                c
                for c in (*kids(verb), *kids(marker))
                if c.dep_ == "npadvmod" and c.lemma_.lower() in _SPAN_UNITS
            ),
            None,
        )
    if mark not in ("after", "before"):
        return best
    tok = _token_at(head.doc, best.start_char or 0)
    if tok is None or clause_head(tok) == verb or verb.left_edge.i <= tok.i <= verb.right_edge.i:
        # the day is the ``after`` clause's own, also inside a clause below its verb ("a week after security
        # forces opened fire on worshippers leaving Friday prayers on 30 September 2022")
        return best
    if unit is None:
        return best
    n = _count_of(unit)
    days = _SPAN_UNITS[unit.lemma_.lower()]
    if days == 0:
        return best
    if n is None:
        return None
    day = date.fromisoformat(best.start[:10])
    when = (day - timedelta(days=n * days) if mark == "after" else day + timedelta(days=n * days)).isoformat()
    return _interval(best, when, when)


_ENDING = frozenset({"end", "conclude", "finish", "wrap", "close", "suspend", "call"})


def _lasting(head: Token, best: Time, durations: list[Time]) -> Time | None:
    """``began a three-day strike on Monday`` runs Monday to Wednesday; ``ended a week-long strike on
    Friday`` runs back from Friday (a ``48-hour`` strike is two days)."""
    if not best.start or best.start != best.end or best.precision != "day":
        return None
    doc = head.doc
    for t in durations:
        m = _DURATION.match(t.value or "")
        days = _lasted(doc, head, t, m, best)
        if days is not None:
            # "a shutdown on January 14, which lasted five days": forward from that day
            day = date.fromisoformat(best.start[:10])
            return _interval(best, best.start, (day + timedelta(days=days - 1)).isoformat())
        last = _token_at(doc, (t.end_char or 1) - 1)
        if m is None or last is None or last.i >= head.i or head.pos_ != "NOUN" or head not in last.ancestors:
            continue
        if last.head != head and last.head.head != head:
            continue
        if any(not (doc[i].is_punct or doc[i] in head.subtree) for i in range(last.i, head.i)):
            continue
        n = int(m["n"])
        days = {"D": n, "W": 7 * n, "H": -(-n // 24)}.get(m["u"])
        if days is None or days < 2:
            return None
        day = date.fromisoformat(best.start[:10])
        if head.head.lemma_.lower() in _ENDING:
            return _interval(best, (day - timedelta(days=days - 1)).isoformat(), best.start)
        return _interval(best, best.start, (day + timedelta(days=days - 1)).isoformat())
    return None


def _lasted(doc: Doc, head: Token, t: Time, m: re.Match[str] | None, best: Time) -> int | None:
    """The days of ``which lasted five days`` / ``lasting three days`` / ``and lasted a week`` said of
    the event (a relative or participle clause on its noun or on its day, or a verb conjoined to its
    own)."""
    if m is None or m["u"] not in ("D", "W"):
        return None
    tok = _token_at(doc, t.start_char or 0)
    if tok is None:
        return None
    verb = clause_head(tok)
    if verb.lemma_.lower() != "last" or verb.i < head.i:
        return None
    mine = clause_head(head)
    if not (
        (
            verb.dep_ in ("relcl", "acl")
            and (verb.head == head or (best.start_char or 0) <= verb.head.idx < (best.end_char or 0))
        )
        or (verb.dep_ == "conj" and verb.head == mine and not _own_subject(verb))
        or (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head == mine)
    ):
        return None
    days = int(m["n"]) * (7 if m["u"] == "W" else 1)
    return days if 2 <= days <= 62 else None


def _unit_with_after(verb: Token) -> tuple[Token | None, str | None]:
    """The ``day`` of "a day after <subject> <verb>" when the parser hangs "after" from it and the subject
    from "after": the unit before the clause's subject, and "after" or "before" (a verb with a subject of its
    own is the clause the day is told of: "residents marched on Sunday, a day after …")."""
    if any(k.dep_ in ("nsubj", "nsubjpass") for k in kids(verb)):
        return None, None
    for c in kids(verb):
        if c.dep_ != "npadvmod" or c.lemma_.lower() not in _SPAN_UNITS or c.i > verb.i:
            continue
        prep = next(
            (k for k in kids(c) if k.dep_ == "prep" and k.lower_ in ("after", "before") and k.i == c.i + 1),
            None,
        )
        if prep is not None and any(k.dep_ == "pobj" for k in kids(prep)):
            return c, prep.lower_
    return None, None


def _count_of(unit: Token) -> int | None:
    count = [c for c in kids(unit) if c.dep_ in ("det", "nummod")]
    if not count:
        return None
    word = count[0].lower_
    return int(word) if word.isdigit() else _COUNTS.get(word)


def _after_that(head: Token, best: Time) -> Time | None:
    """``arrested 12 protesters three days after the election on July 28``: that many days from the
    day of the thing the event follows (``hours after`` it is the same day)."""
    if not best.start or best.start != best.end or best.precision != "day":
        return best
    tok = _token_at(head.doc, best.start_char or 0)
    verb = clause_head(head)
    if tok is None:
        return best
    doc = tok.doc
    _pos, dep, heads = parse_tree(doc)  # indices, not Tokens: ``.ancestors`` builds a Token per step
    low = lowers(doc)
    prep: Token | None = None
    j = tok.i
    while heads[j] != j:  # ``tok.ancestors``, nearest first
        j = heads[j]
        if low[j] in ("after", "before") and dep[j] == "prep" and heads[j] == verb.i:
            prep = tokens(doc)[j]
            break
    if prep is None:
        return best
    unit = next((c for c in kids(prep) if c.dep_ == "npadvmod" and c.lemma_.lower() in _SPAN_UNITS), None)
    if unit is None or _SPAN_UNITS[unit.lemma_.lower()] == 0:
        return best
    n = _count_of(unit)
    if n is None:
        return None  # "days after the vote on Sunday": no day of its own
    step = timedelta(days=n * _SPAN_UNITS[unit.lemma_.lower()])
    day = date.fromisoformat(best.start[:10])
    when = (day + step if prep.lower_ == "after" else day - step).isoformat()
    return _interval(best, when, when)


def _after_noun(head: Token, best: Time) -> Time | None:
    """``died on Friday, two days after his arrest``: the event named in the ``after`` phrase sits that
    many days before the day of the clause (``hours after`` is the same day; ``days after``, with no
    count, has no day of its own)."""
    prep = head.head
    if (
        head.pos_ != "NOUN"
        or head.dep_ != "pobj"
        or prep.dep_ != "prep"
        or prep.lower_ not in ("after", "before")
        or not best.start
        or best.start != best.end
        or best.precision != "day"
    ):
        return best
    tok = _token_at(head.doc, best.start_char or 0)
    if tok is None or tok in prep.subtree:
        return best
    unit = next((c for c in kids(prep) if c.dep_ == "npadvmod" and c.lemma_.lower() in _SPAN_UNITS), None)
    if unit is None or _SPAN_UNITS[unit.lemma_.lower()] == 0:
        return best
    n = _count_of(unit)
    if n is None:
        return None
    step = timedelta(days=n * _SPAN_UNITS[unit.lemma_.lower()])
    day = date.fromisoformat(best.start[:10])
    when = (day - step if prep.lower_ == "after" else day + step).isoformat()
    return _interval(best, when, when)


# "over the next five days", "over the following three days": the days after the one the story gives
_NEXT_DAYS = re.compile(r"\b(?:over|in|during)\s+the\s+(?:next|following|coming|ensuing)\s+$", re.IGNORECASE)
_NEXT_WORDS = frozenset({"next", "following", "coming", "ensuing"})
# "held them for three days", "jailed for 15 days", "banned for five days": a detention or a penalty, whose
# days are no run of the act that opens it
_NOT_A_RUN = frozenset(
    {"hold", "detain", "jail", "imprison", "sentence", "ban", "suspend", "keep", "lock", "confine", "bar"}
)


def _for_days(head: Token, sent: Span, times: Sequence[Time], time: Time | None) -> Time | None:
    """``downed tools on 15 November and stayed off the job for three days``, ``began on 28 July and
    paralysed transport for three days``, ``kept up the sit-in for four days``: an act told on one day
    and how many days it went on, in its clause or a verb conjoined to it, runs from that day for that
    many days; ``began in Arak on Oct. 21 and spread over the next five days``, ``were arrested over the
    following three days`` (the day told in an earlier sentence): the days after that day, the first
    kept when the sentence writes it. Not a perfect (``has been on strike for ten days`` runs back, see
    :func:`_had_lasted`), nor a detention or penalty (``held them for three days``)."""
    if time is None or not time.start or time.start != time.end or time.precision != "day":
        return time
    doc = head.doc
    text = doc_text(doc)
    mine = clause_head(head)
    for t in _durations(times, doc):
        at = t.start_char or 0
        m = _DURATION.match(t.value or "")
        if not sent.start_char <= at < sent.end_char or m is None or m["u"] not in ("D", "W"):
            continue
        days = int(m["n"]) * (7 if m["u"] == "W" else 1)
        tok = _token_at(doc, at)
        if tok is None or not 2 <= days <= 31 or at < head.idx - 200:
            continue
        verb = clause_head(tok)
        # a verb conjoined to the event's own, also when the parser hangs it lower ("began on Oct. 21
        # after a vendor set himself on fire when agents seized his cart, and spread over ...")
        if not (verb == mine or (verb.dep_ == "conj" and not _own_subject(verb) and mine in verb.ancestors)):
            continue
        unit = _token_at(doc, (t.end_char or 1) - 1)
        if unit is not None and any(c.lower_ == "of" for c in kids(unit)) and head not in unit.subtree:
            continue  # "called for three days of 'ville morte' and for a march": the days name another act
        if any(c.lemma_.lower() == "have" and c.dep_ == "aux" for c in kids(verb)):
            continue
        before = text[max(0, at - 30) : at]
        nxt = (
            _NEXT_DAYS.search(before) is not None
            or tok.lower_ in _NEXT_WORDS
            or (tok.lower_ == "the" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _NEXT_WORDS)
        )
        day = date.fromisoformat(time.start[:10])
        if nxt:
            own = time.start_char is not None and sent.start_char <= time.start_char < sent.end_char
            first = day if own else day + timedelta(days=1)
            return _interval(time, first.isoformat(), (day + timedelta(days=days)).isoformat())
        held = verb.lemma_.lower() in _NOT_A_RUN and not any(c.dep_ == "prt" for c in kids(verb))
        if _FOR.search(before) is not None and not held:
            return _interval(time, time.start, (day + timedelta(days=days - 1)).isoformat())
    return time
