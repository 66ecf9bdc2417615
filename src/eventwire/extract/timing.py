"""When an event happened: the time of its clause, sentence, paragraph or lead, as an interval.

Which expression governs: one in the event's own clause first; else one elsewhere in the
sentence that is not in another event's clause (a conjoined clause with its own subject,
a subordinate or relative clause that does not contain the event); else the nearest
earlier sentence of the paragraph that has one (its most precise expression); else the
lead's. A dateline ("TEHRAN, Sept 20 (Agency) —") dates the report, never an event, and
an event with no expression anywhere gets no time (the publication date alone is not
evidence of when it happened).

Intervals: ``since X`` runs to the time the statement was made (a reporting verb's
own day) or else to the publication date, as does ``from X`` on a verb with no closing
``to``/``until``; ``between X and Y``, ``from X to Y`` and coordinated ``on Friday and
Saturday`` / ``2014 and 2017`` span both; ``for a third day on Tuesday`` runs from two
days before Tuesday; a perfect ``has been on hunger strike for 20 days`` and ``over the
past week`` run back from the reference day (20 days counted inclusively; a week is
seven days). An event in the ``when`` clause of ``since September 2022, when …`` is
dated by the expression itself, not the open interval, and so is one in the ``when`` clause of a
comparison (``the deadliest since the summer of 2016, when …``) or of a noun a year qualifies (``the 2018
elections, when … on 1 August``: a month-day without its year takes that year); an own expression inside
the ``when`` time dates the act more closely. ``during the three days`` / ``over the two nights`` count
the story's days from the event's first. A denial that a stoppage is going on (``the bazaar is working
normally``) runs from the first day of the stoppages told before it. A predicted event never keeps a
resolved past weekday or month-day. SET expressions never date an event.

What does not date the event: the day a statement about it was made (``…, the union said on
Friday``) yields to any time in the event's own clause and is used only when nothing else in the
sentence dates it (the lead prefers an event's day to a statement's, and a past day to a possible
one), and a denial ("denied that officers fired", "no miner was shot") takes the paragraph's or
the lead's time before its statement's day; comparison frames (``the largest since 2019``,
``compared with the same month last year``); a possessive qualifying another noun (``at this
year's congress``) when anything else is there; a lead dated only by a statement or by calm's return
(``Calm returned on Wednesday …``) for a past act told later with no time of its own, which takes the
story's last day told before it.
Day arithmetic: ``a day after soldiers raided …`` / ``three days after the vote on Sunday`` count
from the other clause's day; ``began a three-day strike on Monday`` runs forward, ``ended a
week-long strike on Friday`` back; ``entered its second week on Thursday`` runs back a week;
``two weeks ago`` is that day; ``the strike, which began on 15 July`` runs to the reference day;
``spread to 30 cities on Tuesday, its sixth day`` runs back like ``for a sixth day`` (not for an arrest
made that day). ``for 48 hours from Monday evening`` / ``a 72-hour strike from Friday`` run forward
the stated length from the stated start (``timing_lengths``). A bare clock time or ``dawn`` names no
day: it is read on a day written in its own sentence (``a dusk-to-dawn curfew on Wednesday``), else on
the story's last day, never the dateline's.

This module binds the time (:func:`bind_time`); the rules it draws on live in ``timing_*`` modules named
after what they hold: ``timing_clauses`` (which clause an expression is in), ``timing_usable``
(datelines, comparisons), ``timing_saying`` (the day of a statement), ``timing_since``,
``timing_ranges``, ``timing_counts`` (the reference day, running counts), ``timing_shifts`` (day
arithmetic from the clause), ``timing_lengths`` (a stated length from a stated start),
``timing_context`` (times from outside the sentence), ``timing_days``,
``timing_narrative`` (the times as the story reads them), ``timing_lead`` (:func:`lead_time`) and
``timing_status`` (:func:`adjust_for_status`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Time
from .syntax import clause_head, per_doc, segment
from .timing_clauses import (
    _BEGIN,
    _appositive,
    _began,
    _dates,
    _denied,
    _done,
    _first_conjunct,
    _foreign,
    _in_clause,
    _inside_when,
    _irrealis,
    _modal_elsewhere,
    _nested,
    _own_subject,
    _own_time,
    _possessive,
    _qualifier,
    _sentence_of,
    _set_for,
    _still_to_come,
    _token_at,
    _under_clause,
    _when_of,
)
from .timing_context import (
    _ILL_TOLD,
    _answered_report,
    _background,
    _custody_words,
    _denied_stoppage,
    _earlier_story,
    _heading_time,
    _ill_word,
    _lead_as_read,
    _place_carried,
    _since_earlier,
    _stoppage_mentions,
    _stoppage_start,
    _story_day_before,
)
from .timing_counts import (
    _TOLLS,
    _arrests_since_act,
    _episode_before,
    _present_perfect,
    _reference,
    _reported_perfect,
    _running,
    _running_since,
    _story_before,
    _told_days,
)
from .timing_custody import custody_bounds
from .timing_days import _DAYS, _RANK, _ago, _back, _interval, _next_month_end, _recent_start
from .timing_episodes import episode_year
from .timing_lengths import stated_length
from .timing_narrative import narrative_times
from .timing_ranges import (
    _hull,
    _open_from,
    _pair,
    _pair_of,
    _restored_next,
    _still_held,
    in_force,
    still_out,
)
from .timing_saying import _SAYING, _said_of, _saying
from .timing_shifts import (
    _after,
    _after_noun,
    _after_that,
    _followed,
    _for_days,
    _had_lasted,
    _lasting,
    _overnight,
    _several_weeks,
)
from .timing_since import _open_since, _since, _since_once, _since_own, _since_spread, _since_start
from .timing_usable import _compared, _comparison_of, _durations, _usable

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["bind_time"]

_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
_NTH_UNIT = re.compile(
    r"\b(?:(?P<for>(?:for|into)\s+)?(?:a|the|their|its|his|her)|(?P<enter>(?:enter(?:ed|s|ing)?|(?:now\s+)?in|into)\s+(?:its|their|his|her)))"
    r"\s+(?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|\d{1,3}(?:,\d{3})*(?:st|nd|rd|th))\s+(?P<row>straight\s+|consecutive\s+|successive\s+)?"
    r"(?P<u>day|night|evening|week|month)\b"
    # "the sixth day of a hunger strike", "their 2,900th day of a roadside protest" (not "a ninth day of
    # nationwide strikes", one day of action in a series; but "the 12th straight night of demonstrations"
    # counts the run of the demonstrations it names)
    r"(?:(?P<of>\s+of\s+(?:a|an|the|their|its|his|her)\b)|(?(row)(?P<bare>\s+of\b)|(?!))|(?!\s+of\b))"
    r"(?P<run>\s+(?:in\s+a\s+row|running))?",
    re.IGNORECASE,
)


def _nth(doc: Doc, head: Token, sent: Span) -> tuple[int, str, str, bool] | None:
    """``for a third day``, ``for the eighth week in a row`` in the event's clause."""
    for m in _nth_matches(doc, sent):
        tok = _token_at(doc, sent.start_char + m.start("n"))
        if tok is None or not _run_clause(tok, head):
            continue
        if not (m["for"] or m["row"] or m["run"] or m["enter"] or m["of"]):
            continue
        if m["bare"] and not _run_of(doc, head, sent.start_char + m.end("bare")):
            continue  # "police fired tear gas on Friday, the 12th straight night of demonstrations": that day
        plain_of = m["of"] and not (m["for"] or m["row"] or m["run"] or m["enter"])
        if plain_of and _another_act(doc, head, sent.start_char + m.start("of")):
            continue  # "marched on Thursday, on the third day of a strike": the march's day
        n = _count(m)
        if n >= 2:
            return n, m["u"].lower(), m[0], bool(m["enter"])
    if clause_head(head).lemma_.lower() in _TOLLS or _irrealis(head):
        return None  # "police detained 40 people on Tuesday, the third day of protests": that day
    at = per_doc(doc, _NTH_AT, lambda: [m.start() for m in _NTH_WORD.finditer(doc_text(doc))])
    lo = bisect_left(at, sent.start_char)
    if lo == len(at) or at[lo] >= sent.end_char:
        return None  # no count word in the sentence
    for m in _NTH_APPOS.finditer(doc_text(doc), sent.start_char, sent.end_char):
        tok = _token_at(doc, m.start("n"))
        day = _token_at(doc, m.start())
        # the count or the day it stands beside ("kept roads blocked … on Thursday, the fourth day of
        # protests": the day dates the event in its participle, the count hangs from the main verb)
        if tok is None or not (_run_clause(tok, head) or (day is not None and _run_clause(day, head))):
            continue
        if _another_act(doc, head, m.end()):
            continue  # "shot dead on Thursday, the second day of a general strike": that day
        n = _count(m)
        if n >= 2:
            return n, m["u"].lower(), m[0], False
    return None


def _run_clause(tok: Token, head: Token) -> bool:
    """``tok`` is in the event's clause, or the two clauses are joined by a participle with no subject of
    its own: "kept markets shut across Punjab for a second day" (the count in the participle on the
    event's noun), "kept roads blocked … on Thursday" (the event the participle, the day on the verb it
    hangs from)."""
    if _in_clause(tok, head):
        return True
    mine, theirs = clause_head(head), clause_head(tok)
    for low, high in ((theirs, mine), (mine, theirs)):
        if low.dep_ in ("acl", "xcomp") and not _own_subject(low) and clause_head(low.head) == high:
            return True
    return False


# verbs that hold a stoppage or a protest on ("kept their shutters down on Wednesday, the third day of a
# strike"): the event is the run the count names
_HOLDING = frozenset({"keep", "stay", "remain", "continue", "strike", "shut", "close", "boycott", "extend"})
_OF = re.compile(r"\s+of\b", re.IGNORECASE)
# the runs a count of days can belong to that are a stoppage, not the acts told on one of its days
_STOPPAGES = frozenset(
    {"strike", "stoppage", "shutdown", "boycott", "walkout", "stay-away", "hartal", "morte"}
)


def _another_act(doc: Doc, head: Token, at: int) -> bool:
    """A count ``the Nth day of <a stoppage>`` read at ``at`` (just after its unit) counts the days of
    that stoppage: an act of another kind told on that day ("teachers marched on Thursday, on the third
    day of a strike", "police fired tear gas to break up a sit-in on the third day of a strike", "two
    men were shot dead on Thursday, the second day of a general strike") is that day alone (T3 counts
    the run's own days). Not when the event is the run itself (its noun or the words it spans) or a
    verb that holds it on; a run of protests counts the acts told on its days too."""
    m = _OF.match(doc_text(doc), at)
    if m is None:
        return False
    of = _token_at(doc, m.end() - 2)
    if of is None or of.lower_ != "of":
        return False
    run = [t for t in of.subtree if t.i > of.i]
    if head in run or not any(t.lemma_.lower() in _STOPPAGES for t in run[:4]):
        return False  # the run itself; or a run of protests, whose acts are its days too
    return clause_head(head).lemma_.lower() not in _HOLDING


def _run_of(doc: Doc, head: Token, of_end: int) -> bool:
    """``head`` is the noun of the bare ``of`` phrase ending at ``of_end`` (``night of demonstrations``)."""
    of = _token_at(doc, of_end - 2)
    return of is not None and head.dep_ == "pobj" and head.head == of


def _count(m: re.Match[str]) -> int:
    """The ordinal of a count match ("third" 3, "13th" 13)."""
    word = m["n"].lower()
    return _ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)


_ON_GAP = re.compile(r"\s+on\s+")


def _nth_of_day(doc: Doc, head: Token, sent: Span, best: Time) -> tuple[int, str, str, bool] | None:
    """``burned tyres and threw stones for a second day on Monday, and police fired tear gas``: a count
    written with the very day the event is dated by, in a clause coordinated with the event's, counts
    the event's days too (T3: the N days ending on that day); not in a clause of another kind ("…
    for a third day on Tuesday, while police arrested 79 people": that day)."""
    if best.start_char is None:
        return None
    text = doc_text(doc)
    for m in _nth_matches(doc, sent):
        end = sent.start_char + m.end()
        if not m["for"] or not _ON_GAP.fullmatch(text, end, best.start_char):
            continue
        tok = _token_at(doc, sent.start_char + m.start("n"))
        if tok is None or _first_conjunct(clause_head(tok)) != _first_conjunct(clause_head(head)):
            continue
        n = _count(m)
        if n >= 2:
            return n, m["u"].lower(), m[0], False
    return None


# a day and, in apposition, its place in a run: "spread to 30 cities on Tuesday, its sixth day", "on
# Wednesday, the third day of protests" (T3: the N days ending on that day)
_NTH_APPOS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\s*,\s+"
    r"(?:its|their|the)\s+(?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d{1,3}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?(?P<u>day)\b"
    r"(?!\s+(?:after|before|since|following|from)\b)",  # "on Sunday, the seventh day after the funeral"
    re.IGNORECASE,
)


_NTH = "eventwire.timing.nth"


def _nth_matches(doc: Doc, sent: Span) -> list[re.Match[str]]:
    """:data:`_NTH_UNIT` over the sentence's text, found once per sentence (asked per event)."""
    cache: dict[tuple[int, int], list[re.Match[str]]] = per_doc(doc, _NTH, dict)
    key = (sent.start_char, sent.end_char)
    found = cache.get(key)
    if found is None:
        # the count opens a word after a space, so a match holds one of the document's count words
        # that starts in the sentence (most sentences have none: the pattern is not tried there)
        at = per_doc(doc, _NTH_AT, lambda: [m.start() for m in _NTH_WORD.finditer(doc_text(doc))])
        lo = bisect_left(at, sent.start_char)
        if lo == len(at) or at[lo] >= sent.end_char:
            found = cache[key] = []
        else:
            found = cache[key] = list(_NTH_UNIT.finditer(doc_text(doc)[sent.start_char : sent.end_char]))
    return found


_NTH_AT = "eventwire.timing.nth_at"
_NTH_WORD = re.compile(
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d(?:st|nd|rd|th)",
    re.IGNORECASE,
)


def bind_time(
    head: Token, sent: Span, times: Sequence[Time], *, published: date | None = None, lead: Time | None = None
) -> tuple[Time | None, bool]:
    """The time governing the trigger's clause, else its sentence, else the paragraph's, else the lead's;
    and whether it was inferred (paragraph or lead) rather than written in the event's own sentence."""
    time, inferred = _bind_time(head, sent, times, published=published, lead=lead)
    if inferred and time is not None:
        # "soldiers arrived at around 6 a.m., a day after separatists ambushed a military vehicle", the
        # arrival dated by the paragraph or the lead: the ambush a day before that day
        time = _after(head, time)
    died = False  # M17 took the stretch from an arrest to a death
    if inferred and time is not None and _ill_word(head, _ILL_TOLD):
        stretched = _custody_stretch(head, time, times, published, lead)
        died, time = stretched is not time, stretched
    report = _answered_report(head, sent) if inferred else None
    if report is not None:
        # M12, M15: the denial of a detainee's ill-treatment with no time of its own takes the time of the
        # report it answers (that of the arrest it follows), not the day it was made
        told, _ = bind_time(report, segment(report), times, published=published, lead=lead)
        if told is not None:
            return told, True
    if time is not None and _denied_stoppage(head):
        # "the bazaar is working normally", "there is no strike": from the first day of the stoppage it
        # answers to the denial's own day
        starts = []
        for tok in _stoppage_mentions(head, sent)[:8]:
            told, _ = _bind_time(tok, segment(tok), times, published=published, lead=lead)
            if told is not None and told.start:
                if time.start and told.start[:10] >= time.start[:10]:
                    break  # a stoppage of the denial's own day, told last: the one it answers
                starts.append(told.start)
        time = _stoppage_start(time, starts)
    if time is not None:
        # "detained during the three days of unrest": the story's days from its first
        durations = [
            t for t in _durations(times, head.doc) if sent.start_char <= (t.start_char or 0) < sent.end_char
        ]
        told = _told_days(head.doc, head, durations, time)
        if told is not None and told.end and (published is None or told.end <= published.isoformat()):
            time = told
    year = episode_year(head, published)
    if year is not None and not (time is not None and time.start and time.start[:4] == year.text):
        time, inferred = year, False  # "a 2023 strike involving 800 inmates": that year, not the story's
    time = _had_lasted(head, sent, times, _followed(head, sent, _overnight(head.doc, time, head)))
    time = _for_days(head, sent, times, time)
    time = _spread_wave(head, time, times, published)
    if time is not None and not died and _ill_word(head, _ILL_TOLD):
        # M82: ill-treatment in a custody the text bounds on both sides takes the custody's stretch
        bounded = custody_bounds(
            head,
            sent,
            times,
            lambda tok: _bind_time(tok, segment(tok), times, published=published, lead=lead)[0],
        )
        time = bounded or time
    return in_force(head, sent, time, published.isoformat() if published else None), inferred


# the nouns of a wave that "spreads" ("as protests over power cuts spread to six townships")
_WAVES = frozenset(
    {
        "protest",
        "demonstration",
        "unrest",
        "strike",
        "riot",
        "rioting",
        "violence",
        "clash",
        "uprising",
        "stoppage",
    }
)
_OPENS = frozenset({"begin", "start", "erupt", "break"})


def _spread_wave(
    head: Token, time: Time | None, times: Sequence[Time], published: date | None
) -> Time | None:
    """``police fired tear gas on Tuesday as protests against the levy spread to 19 counties``, with ``the
    protests began on July 2`` told in the story: the wave that spreads runs from the day the story says
    it began to the day it spread (T2: begun and told as going on), not that one day alone."""
    if time is None or not time.start or not time.end or time.precision != "day":
        return time
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() != "spread" or head.lemma_.lower() not in _WAVES:
        return time
    doc = head.doc
    usable = _usable(narrative_times(doc, times, published), doc)  # only for a wave that spreads
    for t in usable:
        tok = _token_at(doc, t.start_char) if t.start_char is not None else None
        if tok is not None and clause_head(tok) == verb and not (tok.i > 0 and doc[tok.i - 1].lower_ == "by"):
            # "On Wednesday, demonstrations spread to 30 cities": that day's spread ("by Thursday" sums up)
            return time
    starts = []
    for t in usable:
        if t.precision != "day" or not t.start or t.start >= time.start or t.start_char is None:
            continue
        tok = _token_at(doc, t.start_char)
        if tok is None:
            continue
        v = clause_head(tok)
        if v.dep_ == "advcl" and v.lemma_.lower() not in _OPENS:
            v = v.head  # "the unrest began after he died on Monday"
        if v.lemma_.lower() in _OPENS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _WAVES for c in v.children
        ):
            starts.append(t.start)
    if not starts:
        return time
    start = min(starts)
    if (date.fromisoformat(time.end[:10]) - date.fromisoformat(start[:10])).days > 31:
        return time
    return _interval(time, start, time.end)


_CUSTODY_SPAN = 31  # days from an arrest to a death in custody the ill-treatment lies between


def _custody_stretch(
    head: Token, time: Time, times: Sequence[Time], published: date | None, lead: Time | None
) -> Time:
    """M17: ill-treatment of a detainee who died in custody, with no time of its own, dated to the day of
    the death (``was arrested at a checkpoint on 30 July. He died on 3 August … his family said his body
    bore bruises``) runs from the arrest's day to the death's: the text bounds it on both sides. Only when a
    death told before it falls on that very day and an arrest told before it on an earlier day, within a
    month; the denial of it takes the same stretch (M12, through the report it answers)."""
    if not time.start or time.start != time.end or time.precision != "day":
        return time
    deaths, arrests = _custody_words(head)
    day = date.fromisoformat(time.start[:10])

    def days_of(words: list[Token]) -> list[tuple[date, int]]:
        out = []
        for tok in words:
            told, _ = _bind_time(tok, segment(tok), times, published=published, lead=lead)
            if told is not None and told.start and told.start == told.end:
                out.append((date.fromisoformat(told.start[:10]), tok.i))
        return out

    died = days_of(deaths[:4])
    if not died:
        return time
    taken = days_of(arrests[:6])
    # dated to the death ("his body bore bruises"): the arrest before it opens the stretch
    if any(d == day for d, _ in died):
        first = next((a for a, _ in taken if a < day and (day - a).days <= _CUSTODY_SPAN), None)
        if first is not None:
            return _interval(time, first.isoformat(), time.start)
    # dated to the arrest it followed (M15's reading of "beaten during interrogation"): a death told after
    # that arrest, on a later day, closes it (not a mention of the death in a lead written before it)
    at = min((i for a, i in taken if a == day), default=None)
    if at is not None:
        last = next((d for d, i in died if i > at and day < d and (d - day).days <= _CUSTODY_SPAN), None)
        if last is not None:
            return _interval(time, time.start, last.isoformat())
    return time


_SENT_FACTS = "eventwire.timing.sentence_facts"
# per usable time of a sentence: its token, what it compares (see :func:`_comparison_of`) and the
# reporting verb whose own clause holds it (:func:`_saying`); none of these depend on the event
_Facts = tuple["Token | None", "Token | bool", "Token | None"]


def _sentence_facts(
    doc: Doc, times: Sequence[Time], usable: list[Time], sent: Span
) -> list[tuple[Time, _Facts]]:
    """The usable times of ``sent`` with what :func:`_bind_time` asks of each, once per sentence
    (it is asked per event candidate; the answers are the event's only through ``head``)."""
    memo: tuple[Sequence[Time], dict[tuple[int, int], list[tuple[Time, _Facts]]]] | None
    memo = doc.user_data.get(_SENT_FACTS)
    if memo is None or memo[0] is not times:
        memo = (times, {})
        doc.user_data[_SENT_FACTS] = memo
    key = (sent.start_char, sent.end_char)
    found = memo[1].get(key)
    if found is None:
        found = []
        for t in usable:
            if not sent.start_char <= (t.start_char or 0) < sent.end_char:
                continue
            tok = _token_at(doc, t.start_char or 0)
            verb = _saying(tok) if tok is not None else None
            found.append((t, (tok, _comparison_of(doc, t), verb)))
        memo[1][key] = found
    return found


def _bind_time(
    head: Token, sent: Span, times: Sequence[Time], *, published: date | None, lead: Time | None
) -> tuple[Time | None, bool]:
    doc = head.doc
    times = narrative_times(doc, times, published)
    usable = _usable(times, doc)
    facts = _sentence_facts(doc, times, usable, sent)
    in_sent = [
        t
        for t, (tok, compared, _) in facts
        if not (_compared(compared, head) and not _dates(doc, t, head))
        and not (tok is not None and _appositive(tok, head))
    ]
    mine = clause_head(head)
    said_by = {id(t): verb for t, (_, _, verb) in facts}
    said = [
        t for t in in_sent if (verb := said_by[id(t)]) is not None and mine != verb and verb in mine.ancestors
    ]
    in_sent = [t for t in in_sent if t not in said]
    tok_of = {id(t): tok for t, (tok, _, _) in facts}
    toks = {id(t): tok_of[id(t)] for t in in_sent}
    when = _when_of(doc, head, in_sent)
    if in_sent and not _irrealis(head):
        # "23 people had been arrested and would appear in court on Friday": the day of what is
        # still to come does not date what happened
        in_sent = [
            t for t in in_sent if t is when or (tok := toks[id(t)]) is None or not _modal_elsewhere(tok, head)
        ]
    clause = [t for t in in_sent if (tok := toks[id(t)]) is not None and _in_clause(tok, head)]
    near = [t for t in in_sent if (tok := toks[id(t)]) is not None and not _foreign(tok, head)]
    flat = [t for t in near if (tok := toks[id(t)]) is not None and not _nested(tok, head)]
    pool = [t for t in clause if t in flat] or flat or clause or near
    # "Yesterday, at this year's conference, Jobs unveiled …": a possessive dates the noun it qualifies
    kept = [t for t in pool if (tok := toks[id(t)]) is not None and not _possessive(tok, head, t.end_char)]
    if kept and len(kept) < len(pool):
        # a weekday qualifying a noun ("after Friday prayers last week") yields only to a time as precise
        best_rank = min(_RANK.get(t.precision, 9) for t in kept)
        dropped = [t for t in pool if t not in kept and _qualifier(toks[id(t)], t.end_char)]
        if any(_RANK.get(t.precision, 9) < best_rank for t in dropped):
            kept = [*kept, *dropped]
    pool = kept or pool
    if published is not None and _done(head):
        # "detained 30 activists before next month's elections": a day still to come names the
        # elections, not an act told as done; the act takes its day from the story
        pool = [t for t in pool if not _still_to_come(t, toks[id(t)], head, published)]
    if head.pos_ == "NOUN":
        # "detained activists over a rally planned for Saturday": the day the noun is set for is its own
        pool = [t for t in in_sent if (tok := toks[id(t)]) is not None and _set_for(tok, head)] or pool
        # "against the arrest of a prominent lawyer on Saturday": the noun's own expression first
        own = [t for t in pool if (tok := toks[id(t)]) is not None and tok in head.subtree]
        # "the execution of a man arrested during the 2022 protests": a clause on a noun below the event
        # dates that clause's own act, not the event
        below = [t for t in own if _under_clause(toks[id(t)], head) and not _since(doc, t)]
        if below:
            own = [t for t in own if t not in below]
            pool = [t for t in pool if t not in below]
        pool = own or pool
    if not clause and _irrealis(head):
        # "funerals would take place on Wednesday and mourners would gather" shares the time;
        # "called for a strike next Monday and said protests would continue" does not
        pool = [t for t in pool if (tok := toks[id(t)]) is not None and _irrealis(tok)]
        if not pool:
            return None, False
    if (
        when is not None
        and _own_time(head, in_sent, toks, when)
        and _when_of(doc, head, in_sent, own=True) is None
    ):
        when = None  # "…, when crowds rallied against the revolution that brought him to power 41 years ago"
    if when is not None:
        # "as they did in September 2019, when hundreds were arrested"; an own expression inside it
        # dates the act more closely
        pool = clause = [_inside_when(when, [t for t in clause if t is not when]) or when]
    nth = _nth(doc, head, sent)
    ref = _reference(doc, head, sent, times, published)
    in_durations = [
        t for t in _durations(times, doc) if sent.start_char <= (t.start_char or 0) < sent.end_char
    ]
    if not clause:
        running = _running(doc, head, in_durations, ref)
        if running is not None:
            return running, False
    if pool:
        pair = _pair(doc, pool)
        if pair is None:
            ends = _pair_of(doc, near)
            # "31 executed between 10 and 19 January, including six men who were hanged on Sunday": a
            # range outside the clause does not replace the clause's own expression
            if ends is not None and not (clause and ends[0] not in clause and ends[1] not in clause):
                pair = _interval(ends[0], ends[0].start, ends[1].end)
        if pair is not None:
            return pair, False
        best = min(pool, key=lambda t: abs((t.start_char or 0) - head.idx))
        if (
            _since(doc, best)
            and best.start
            and not _dates(doc, best, head)
            and when is None
            and not _since_own(toks.get(id(best)), head)
        ):
            start = _ago(best, published) or _recent_start(best, ref)
            return _interval(best, start, ref or best.end), False
        length = stated_length(head, best, in_durations)
        if length is not None:
            return length, False  # "suspended mobile internet for 48 hours from Monday evening"
        # "would stop hauling goods from Monday": a plan's first day, not a state running to the report
        opened = _open_from(doc, best, head) and not _dates(doc, best, head) and not _irrealis(head)
        if (opened or _began(doc, best, head)) and best.start and ref and best.start <= ref:
            held = _still_held(doc, best, in_sent, ref) if opened else None
            if held is None and opened:
                held = _restored_next(doc, head, sent, best, usable, ref)
            if held is not None:
                return held, False
            if (
                opened
                and lead is not None
                and lead.end
                and (lead.start_char or 0) < sent.start_char
                and best.start <= lead.end < ref
            ):
                # "internet was cut from Saturday evening" in a story told of the weekend: up to the
                # story's day, not to the publication day after it
                return _interval(best, best.start, lead.end), False
            return _interval(best, best.start, ref), False
        tied = _arrests_since_act(doc, head, toks.get(id(best)), best, ref, bool(said))
        if tied is not None:
            return tied, False  # "said on Tuesday they had detained 61 people over Monday's violence"
        best = _hull(doc, best, pool)
        if best.precision == "month" and best.end and _several_weeks(sent, head):
            return _interval(best, best.start, _next_month_end(best.end)), False
        if nth is None:
            nth = _nth_of_day(doc, head, sent, best)
        if (
            nth is not None
            and (nth[1] in _DAYS or nth[3])
            and best.start
            and best.end
            and best.start == best.end
        ):
            # "for a third day on Tuesday" (two days back), "entered its second week on Thursday" (one week)
            start = _back(best.end, nth[0] if nth[1] in _DAYS else nth[0] - 1, nth[1])
            if start is not None:
                return _interval(best, _told_start(doc, usable, start, best.end) or start, best.end), False
        shifted = _after(head, best)
        if shifted is best:
            shifted = _after_that(head, best)
        if shifted is best:
            shifted = _after_noun(head, best)
        if shifted is not best:
            return shifted, False
        lasting = _lasting(head, best, in_durations)
        if lasting is not None:
            return lasting, False
        carried = best.precision == "day" and best.start and best.end and ref and best.end < ref
        if carried and ref and _since_spread(head):
            return _interval(best, best.start, ref), False  # T2
        exact = _ago(best, published) if best.precision == "week" else None
        if exact is not None:
            return _interval(best, exact, exact), False  # "two weeks ago, police arrested …": that day
        restored = _restored_next(doc, head, sent, best, usable, ref) if ref else None
        if restored is None and ref and best.precision == "day":
            # "walked out on Tuesday … and were still on strike on Thursday"
            restored = still_out(doc, best, in_sent, ref)
        return restored or best, False
    if nth is not None and ref is not None and nth[1] in ("week", "month"):
        start = _back(ref, nth[0] - 1, nth[1])
        if start is not None:
            start = _told_start(doc, usable, start, ref) or start
            return Time(
                text=nth[2],
                start_char=None,
                end_char=None,
                value=f"{start}/{ref}",
                start=start,
                end=ref,
                precision="unknown",
                anchor="document",
                type="DATE",
            ), True
    if _irrealis(head):
        return None, False  # "the whole province will rise": a past day from the context cannot date it
    if _open_since(head):
        # "have killed 4,000 civilians since the coup": from the day the coup was dated earlier on, else
        # an open interval whose start is unknown
        began = _since_start(doc, head, usable, sent)
        if began is not None and began.start and ref and began.start <= ref:
            return _interval(began, began.start, ref), True
        return None, False
    stated = said[0] if said and said[0].start and said[0].precision == "day" else None
    # a denial is not dated by the day it was made ("The police, in a statement on Tuesday, denied that
    # officers had fired live rounds"): it takes the act's time from the context, as gold-format has it
    denial = stated is not None and _denied(head)
    if stated is not None and not denial:
        # nothing in the clause dates it: the day of the statement is the nearest bound there is; a
        # count told in reported speech ("police said on Wednesday they had detained 600 people")
        # runs from the story's day up to that day, as "have detained" runs to the time of writing
        if _reported_perfect(head):
            story = _story_before(doc, usable, sent, published) or lead
            if story is not None and story.start and stated.start and story.start < stated.start:
                return _interval(stated, story.start, stated.end), True
        episode = _episode_before(doc, head, usable, sent, stated, lead, published)
        if episode is not None:
            return episode, True
        return stated, True
    para = doc_text(doc).rfind("\n", 0, sent.start_char) + 1
    running = _running_since(doc, head, usable, sent, ref) if ref is not None else None
    if running is not None:
        return running, True
    before = [
        t
        for t in usable
        if para <= (t.start_char or 0) < sent.start_char
        and not _since_once(doc, t)
        and not (t.end and published and t.end > published.isoformat())
    ]
    if before:
        last_sent = _sentence_of(doc, before[-1])
        candidates = [t for t in before if _sentence_of(doc, t) == last_sent]
        unsaid = [t for t in candidates if not _said_of(doc, t, None)]
        if not unsaid:
            # "In a statement on Friday, the army said … He denied that any civilians had been killed",
            # "… a spokesman told reporters on Monday. He said the water cannon had been used …": the day
            # a statement was made dates no act told after it; the story's time does
            before = []
        candidates = unsaid or candidates
    if before:
        found = min(reversed(candidates), key=lambda t: _RANK.get(t.precision, 9))
        # "stopped work on Monday and Tuesday. Drivers marched …": the interval carries on
        found = _pair(doc, candidates) or _hull(doc, found, candidates)
        if _present_perfect(head) and found.start and found.end and ref and found.end < ref:
            return _interval(
                found, found.start, ref
            ), True  # "The war began in April 2023. 14,000 have been killed"
        return _since_earlier(_nth_back(found, nth), head), True
    heading = _heading_time(doc, usable, para)
    if heading is not None:
        return heading, True  # "What happened on May 9?" / "And July 9?" over the paragraph
    own_times = any(sent.start_char <= (t.start_char or 0) < sent.end_char for t in usable)
    earlier = None if own_times else _earlier_story(doc, head, usable, para, lead, published)
    if earlier is not None:
        return earlier, True
    if lead is None and denial:
        return stated, True
    story = None if own_times else _story_day_before(doc, head, usable, para, lead)
    if story is not None:
        return story, True
    if lead is not None:
        lead = _lead_as_read(doc, lead, usable)
    placed = None if own_times else _place_carried(doc, sent, usable, para, lead, published)
    if placed is not None:
        return placed, True
    past = _background(doc, head, sent, usable, lead, published) if own_times else None
    if past is not None:
        return past, True
    if (
        lead is not None
        and _present_perfect(head)
        and clause_head(head).lemma_.lower() not in _SAYING_OR_WARNING
        and lead.start
        and lead.end
        and ref
        and lead.end < ref
    ):
        # "The killers are known to everyone, and not one of them has been arrested": from the story's
        # day up to the time of writing, as after a day earlier in the paragraph
        return _interval(lead, lead.start, ref), True
    return (_nth_back(lead, nth) if lead is not None else None), True


# "The ministry has warned that …": a statement, not an act running up to the time of writing
_SAYING_OR_WARNING = _SAYING | {"warn", "vow", "threaten", "promise", "pledge", "urge", "call"}


def _told_start(doc: Doc, usable: Sequence[Time], counted: str, end: str | None) -> str | None:
    """``The strike entered its fourth week on Thursday`` in a story that says elsewhere ``the stoppage
    began on 23 October``: the day the text gives for the start, when it lies within a week of the
    start the count gives (a count of weeks is rough; the written day is not), before ``end``."""
    if not end:
        return None
    try:
        near = date.fromisoformat(counted[:10])
    except ValueError:
        return None
    found: list[tuple[int, str]] = []
    for t in usable:
        if t.precision != "day" or not t.start or t.start != t.end or t.start >= end[:10]:
            continue
        tok = _token_at(doc, t.start_char or 0)
        if tok is None or clause_head(tok).lemma_.lower() not in _BEGIN:
            continue
        gap = abs((date.fromisoformat(t.start[:10]) - near).days)
        if gap <= 7:
            found.append((gap, t.start))
    return min(found)[1] if found else None


def _nth_back(t: Time, nth: tuple[int, str, str, bool] | None) -> Time:
    """``shops stayed shut for a second day`` dated by an earlier sentence's day: back from that day."""
    if nth is None or nth[1] not in _DAYS or nth[3]:
        return t
    if not t.start or t.start != t.end or t.precision != "day":
        return t
    start = _back(t.end, nth[0], nth[1])
    return t if start is None else _interval(t, start, t.end)
