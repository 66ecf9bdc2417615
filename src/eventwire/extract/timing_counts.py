"""Counts and states running up to the reference day: the day the report speaks from,
perfect and reported counts (``have been killed``, ``police said they had arrested 600``),
the episode a statement's act continues, durations running back (``for 20 days``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Time
from .syntax import clause_head, kids
from .timing_clauses import _in_clause, _token_at
from .timing_context import _lead_as_read
from .timing_days import _DURATION, _FOR, _back, _interval
from .timing_saying import _SAYING
from .timing_since import _since_once

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_BACKWARD = re.compile(r"\b(?:over|in|during|for|throughout)\s+(?:the\s+)?(?:past|last|previous)\s+$", re.I)


def _reference(
    doc: Doc, head: Token, sent: Span, times: Sequence[Time], published: date | None
) -> str | None:
    """The day the report speaks from: the day of the reporting verb above the event, else publication."""
    pub = published.isoformat() if published else None
    cur = clause_head(head)
    for _ in range(4):
        if cur.dep_ not in ("ccomp", "conj", "xcomp") or cur.head == cur:
            break
        cur = clause_head(cur.head)
        for t in times:
            if not (
                sent.start_char <= (t.start_char or 0) < sent.end_char
                and t.precision == "day"
                and t.end
                and (pub is None or t.end <= pub)
            ):
                continue  # checked before finding the token: most times are in other sentences
            tok = _token_at(doc, t.start_char or 0)
            if (
                tok is not None
                and (clause_head(tok) == cur or _statement_of(tok, cur))
                and not _since_once(doc, t)
            ):
                # "have kept up a sit-in since 22 January, and three have been on hunger strike since
                # Saturday": the other clause's "since" day starts its own state, it is no report's day
                return t.end
    return pub


def _statement_of(tok: Token, verb: Token) -> bool:
    """``In a statement issued on Tuesday, Amnesty said …``: the day of the statement the verb reports."""
    clause = clause_head(tok)
    return clause.dep_ == "acl" and clause.head.dep_ == "pobj" and clause.head.head.head == verb


def _present_perfect(head: Token) -> bool:
    """``have been killed``: a count running up to the time of writing."""
    verb = clause_head(head)
    auxes = [c.lower_ for c in kids(verb) if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and any(a in ("has", "have", "'ve") for a in auxes)


def _reported_perfect(head: Token) -> bool:
    """``police said they had arrested 600``: a pluperfect in reported speech is the speaker's present
    perfect ("we have arrested 600"), a count running up to the time of the statement."""
    verb = clause_head(head)
    auxes = [c.lower_ for c in kids(verb) if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ != "VBN" or not any(a in ("had", "'d") for a in auxes):
        return False
    if verb.dep_ not in ("ccomp", "parataxis") or verb.head.lemma_.lower() not in _SAYING:
        return False
    # a count of people ("74 people had been arrested", "had detained more than 600"), not one act
    return _counted(verb)


def _counted(verb: Token) -> bool:
    """The clause of ``verb`` counts its subject or object ("74 people had been arrested"; a number
    after the noun, "the road linking the east since Oct. 12", counts nothing)."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj")
        and any((n.dep_ == "nummod" or n.like_num) and n.i <= c.i for n in c.subtree)
        for c in kids(verb)
    )


def _running_count(doc: Doc, t: Time) -> bool:
    """``t`` bounds a running count ("16 people had been killed since Monday", "received 52 bodies since
    Tuesday", "6,000 wounded since the protests began on Tuesday"), not a state ("have blocked the road
    since Oct. 12")."""
    tok = _token_at(doc, t.start_char or 0)
    if tok is None:
        return False
    verb = clause_head(tok)
    if _counted(verb):
        return True
    # "… wounded since the protests began on Tuesday", "registered 31 people killed since April 28"
    since = verb.dep_ == "acl" or any(c.dep_ == "mark" and c.lower_ == "since" for c in kids(verb))
    if not since or verb.head == verb:
        return False
    up = clause_head(verb.head)
    # "… had been killed and more than 6,000 wounded since the protests began on Tuesday": the participle
    # on a number counts it
    number = up.dep_ == "acl" and (up.head.like_num or any(c.dep_ == "nummod" for c in kids(up.head)))
    return _counted(up) or number


def _story_before(doc: Doc, usable: Sequence[Time], sent: Span, published: date | None) -> Time | None:
    """The story's last past time written before ``sent`` in its paragraph (not a ``since`` bound)."""
    para = doc_text(doc).rfind("\n", 0, sent.start_char) + 1
    pub = published.isoformat() if published else None
    for t in reversed(usable):
        at = t.start_char or 0
        if at >= sent.start_char:
            continue
        if at < para:
            return None
        if t.start and t.end and not (pub and t.end > pub) and not _since_once(doc, t):
            return t
    return None


def _episode_before(
    doc: Doc,
    head: Token,
    usable: Sequence[Time],
    sent: Span,
    stated: Time,
    lead: Time | None,
    published: date | None,
) -> Time | None:
    """``Tens of thousands marched on Thursday evening. / Police detained 14 people, a spokeswoman said
    on Friday``: an act told in the past whose sentence has only the day of the statement about it
    takes the day of the episode it continues (H1), the paragraph's last day before it or the lead's,
    when that day lies before the statement's and at most a week before it."""
    verb = clause_head(head)
    auxes = _auxes(verb)
    if auxes & _NOT_PAST:
        return None
    if not (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes & {"was", "were", "had", "'d"}))):
        return None
    story = _story_before(doc, usable, sent, published)
    if story is None and lead is not None and (lead.start_char or 0) < sent.start_char:
        story = _lead_as_read(doc, lead, list(usable))
    if story is None or story.precision != "day" or not (story.start and story.end and stated.start):
        return None
    try:
        gap = (date.fromisoformat(stated.start[:10]) - date.fromisoformat(story.end[:10])).days
    except ValueError:
        return None
    if not 0 < gap <= 7:
        return None
    text = doc_text(doc)
    if (_counted(verb) or verb.lemma_.lower() in _ARRESTS) and _TIED.search(
        text, sent.start_char, sent.end_char
    ) is None:
        # K6, L15: a count or an arrest told in a report of a later day runs from the act's day to the
        # report's; tied to the act ("in the operation", "during the clashes") it is the act's day
        return _interval(story, story.start, stated.end)
    return story


def _auxes(verb: Token) -> set[str]:
    """The auxiliaries of ``verb``; a second conjunct with none and no subject of its own shares its first
    conjunct's ("was slapped and kicked", "had been arrested and taken away")."""
    own = {c.lower_ for c in kids(verb) if c.dep_ in ("aux", "auxpass")}
    if own or verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head is verb:
        return own
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return own
    return {c.lower_ for c in kids(verb.head) if c.dep_ in ("aux", "auxpass")}


_ARRESTS = frozenset({"arrest", "detain", "hold", "round"})
# "arrested 19 over / following / after Monday's violence": the day of the act the arrests answer
_TIED_BY = frozenset({"over", "after", "following", "for"})


def _arrests_since_act(
    doc: Doc, head: Token, tok: Token | None, best: Time, ref: str | None, said: bool
) -> Time | None:
    """``Police said on Tuesday that they had detained 61 people over Monday's violence``, ``Police have
    arrested 19 following Monday's violence``: arrests told in a report of a later day, tied to an act by
    that act's day written on its noun, run from the act's day to the report's (K6, L15), as a count
    told as done up to the time of writing; the day alone in plain narration ("arrested 19 after
    Monday's clashes", no report) or an undated report stays the act's day."""
    if tok is None or ref is None or best.precision != "day" or not best.start or best.start != best.end:
        return None
    verb = clause_head(head)
    if verb.lemma_.lower() not in _ARRESTS or not (said or _present_perfect(head)):
        return None
    if not _tied_possessive(tok, verb):
        return None
    try:
        gap = (date.fromisoformat(ref[:10]) - date.fromisoformat(best.end[:10])).days
    except ValueError:
        return None
    return _interval(best, best.start, ref) if 0 < gap <= 7 else None


def _tied_possessive(tok: Token, verb: Token) -> bool:
    """``tok`` is a day written on the noun of an ``over`` / ``following`` phrase of ``verb``'s clause
    ("over Monday's violence")."""
    cur = tok
    for _ in range(2):
        if cur.dep_ == "poss":
            break
        cur = cur.head
    else:
        return False
    noun = cur.head
    prep = noun.head
    return (
        noun.dep_ == "pobj" and prep.lower_ in _TIED_BY and prep.dep_ == "prep" and clause_head(prep) == verb
    )


_NOT_PAST = frozenset(
    {"has", "have", "'ve", "is", "are", "will", "would", "'s", "am", "can", "could", "may", "might"}
)
_TIED = re.compile(r"\b(?:during|in\s+the\s+(?:operation|raid|raids|clash|clashes|crackdown))\b", re.I)


# the verbs of a toll of people (not "had burned eleven offices", one wave of arson)
_TOLLS = frozenset({"arrest", "detain", "kill", "die", "injure", "wound", "execute", "abduct", "disappear"})


def _running_since(doc: Doc, head: Token, usable: Sequence[Time], sent: Span, ref: str) -> Time | None:
    """``At least 16 people had been killed since Monday. … The attorney general said 1,262 people had
    been arrested``: a reported count with no time of its own runs, like the count told before it in
    its paragraph or the one before, from that count's ``since`` day to the reference day."""
    if not _reported_perfect(head) or clause_head(head).lemma_.lower() not in _TOLLS:
        return None
    text = doc_text(doc)
    para = text.rfind("\n", 0, sent.start_char) + 1
    prev = text.rfind("\n", 0, max(para - 1, 0))
    while prev > 0 and not text[prev + 1 : para].strip():
        prev = text.rfind("\n", 0, prev)
    for t in reversed(usable):
        at = t.start_char or 0
        if at >= sent.start_char:
            continue
        if at <= prev:
            return None
        if _since_once(doc, t) and t.start and t.start <= ref and _running_count(doc, t):
            return _interval(t, t.start, ref)
    return None


def _hangs_above(tok: Token, verb: Token) -> bool:
    """``counted 14 activists detained across three regions in the past ten days``: a stretch on a clause
    the event's reduced clause (no subject of its own) hangs in, however the parser placed it; not on a
    verb of saying."""
    above = clause_head(tok)
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return False  # "…, while workers staged strikes": a clause with its own subject has its own time
    return above in verb.ancestors and above.lemma_.lower() not in _SAYING


def _running(doc: Doc, head: Token, durations: list[Time], ref: str | None) -> Time | None:
    """``has been on hunger strike for 20 days``, ``over the past week``: back from the reference day."""
    if ref is None:
        return None
    verb = clause_head(head)
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'ve") for c in kids(verb))
    for t in durations:
        m = _DURATION.match(t.value or "")
        tok = _token_at(doc, t.start_char or 0)
        if m is None or tok is None:
            continue
        before = doc_text(doc)[max(0, (t.start_char or 0) - 30) : t.start_char or 0]
        backward = _BACKWARD.search(before) is not None or t.text.lower().startswith(("the past", "the last"))
        if not (_in_clause(tok, head) or (backward and _hangs_above(tok, verb))):
            continue
        if not (backward or (perfect and _FOR.search(before) is not None)):
            continue
        n, unit = int(m["n"]), m["u"]
        if unit == "H":  # "in the past 24 hours": back as many calendar days as the hours reach
            n, unit = -(-n // 24) + 1, "D"
        elif unit == "D" and backward:
            n += 1  # "in the past ten days": the reference day minus ten (T4); "for ten days" counts ten (M5)
        start = _back(ref, n, unit)
        if start is not None:
            return _interval(t, start, ref)
    return None


# "arrested during the three days", "over the two days", "during the two nights": the story's own days
_TOLD_DAYS = re.compile(r"\b(?:over|during|throughout|in)\s+the\s+$", re.I)
_DAYS_COUNT = re.compile(r"^(?:\w+|\d+)\s+(?:days|nights)$", re.I)


def _told_days(doc: Doc, head: Token, durations: Sequence[Time], time: Time | None) -> Time | None:
    """``1,214 people had been detained during the three days of "vandalism"``: a definite count of days
    or nights in the event's clause names the days the story told, from the first day the event is
    otherwise dated by (the story's first day); not "over the past two days", a count back from the
    reference day."""
    if time is None or not time.start or len(time.start) < 10:
        return None
    text = doc_text(doc)
    for t in durations:
        m = _DURATION.match(t.value or "")
        tok = _token_at(doc, t.start_char or 0)
        if m is None or m["u"] != "D" or tok is None or not _DAYS_COUNT.match(t.text):
            continue
        if not _TOLD_DAYS.search(text[max(0, (t.start_char or 0) - 20) : t.start_char or 0]):
            continue
        if not _in_clause(tok, head):
            continue
        n = int(m["n"])
        if not 2 <= n <= 14:
            continue
        try:
            first = date.fromisoformat(time.start[:10])
        except ValueError:
            return None
        return _interval(t, first.isoformat(), (first + timedelta(days=n - 1)).isoformat())
    return None
