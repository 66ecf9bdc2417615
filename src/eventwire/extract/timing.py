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
dated by the expression itself, not the open interval. A predicted event never keeps a
resolved past weekday or month-day. SET expressions never date an event.

What does not date the event: the day a statement about it was made (``…, the union said on
Friday``) yields to any time in the event's own clause and is used only when nothing else in the
sentence dates it (the lead prefers an event's day to a statement's, and a past day to a possible
one), and a denial ("denied that officers fired", "no miner was shot") takes the paragraph's or
the lead's time before its statement's day; comparison frames (``the largest since 2019``,
``compared with the same month last year``); a possessive qualifying another noun (``at this
year's congress``) when anything else is there.
Day arithmetic: ``a day after soldiers raided …`` / ``three days after the vote on Sunday`` count
from the other clause's day; ``began a three-day strike on Monday`` runs forward, ``ended a
week-long strike on Friday`` back; ``entered its second week on Thursday`` runs back a week;
``two weeks ago`` is that day; ``the strike, which began on 15 July`` runs to the reference day;
``spread to 30 cities on Tuesday, its sixth day`` runs back like ``for a sixth day`` (not for an arrest
made that day). A bare clock time or ``dawn`` names no day: it is read on a day written in its own
sentence (``a dusk-to-dawn curfew on Wednesday``), else on the story's last day, never the dateline's.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import Time
from .syntax import (
    char_span,
    clause_head,
    doc_word_set,
    kids,
    lemmas,
    lowers,
    parse_tree,
    per_doc,
    sentence_starts,
    subtree_indices,
)
from .syntax import token_at as syntax_token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["adjust_for_status", "bind_time", "lead_time"]

WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
YEAR = re.compile(r"\b\d{4}\b")
RANGE_OPENERS = frozenset({"between", "from"})
RANGE_CLOSERS = frozenset({"and", "to", "until", "till", "through"})
_DAYS = frozenset({"day", "night", "evening"})
_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
_NTH_UNIT = re.compile(
    r"\b(?:(?P<for>for\s+)?(?:a|the|their|its|his|her)|(?P<enter>(?:enter(?:ed|s|ing)?|(?:now\s+)?in|into)\s+(?:its|their|his|her)))"
    r"\s+(?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|\d{1,3}(?:,\d{3})*(?:st|nd|rd|th))\s+(?P<row>straight\s+|consecutive\s+|successive\s+)?"
    r"(?P<u>day|night|evening|week|month)\b"
    # "the sixth day of a hunger strike", "their 2,900th day of a roadside protest" (not "a ninth day of
    # nationwide strikes", one day of action in a series)
    r"(?:(?P<of>\s+of\s+(?:a|an|the|their|its|his|her)\b)|(?!\s+of\b))(?P<run>\s+(?:in\s+a\s+row|running))?",
    re.IGNORECASE,
)
_DASH = re.compile(r"\s*[-–]\s*")
_TO = re.compile(r"\s*(?:to|until|till|through|and)\s+", re.IGNORECASE)
_COORDINATED = re.compile(r"\s*,?\s*(?:and|or|&)\s+(?:on\s+|in\s+)?", re.IGNORECASE)
# "TEHRAN, Sept 20 (Agency) —", and the agency before the date: "ISTANBUL (AA) - 21.03.2025 - …"
# (capitals with accents, and two places: "SAN JOSÉ, Costa Rica, August 12 (…) -", "GOMA/KINSHASA, Oct 8")
# capitals beyond Latin-1 too: "CHIȘINĂU", "ŁÓDŹ", "ŞANLIURFA"
_DATELINE_BEFORE = re.compile(
    r"^[\s(]*[A-ZÀ-ÖØ-ÞĀ-žȘ-ț][A-ZÀ-ÖØ-ÞĀ-žȘ-ț .'’/-]+(?:,[^,()\n—–]{1,40})?"
    r"(?:,|\s*\([^()\n]{1,40}\)\s*(?:—|–|--|-))\s*$"
)
# then a dash, the agency in brackets before a dash or a full stop ("30 November (Moldinfo). Law …"),
# or the agency after a comma and before a dash ("Oct. 14, GNNS - The Minister …")
_DATELINE_AFTER = re.compile(
    r"^\s*(?:\([^()\n]{1,60}\)\s*)?(?:—|–|--|-\s|\(|$)"
    r"|^\s*\([^()\n]{1,60}\)\.\s+[A-Z\"“]"
    r"|^,\s*[A-Z][\w’'&-]*(?:\s[A-Z][\w’'&-]*){0,3}\s*(?:—|–|--|-\s)"
)
# a rights group's release: "(Nairobi, February 18, 2026) –", "(Beirut, 3 May 2024) -"
_PAREN_DATELINE_BEFORE = re.compile(r"^\s*\([A-Z][^\n(),]{1,40}(?:,[^\n(),]{1,40})?,\s*$")
_PAREN_DATELINE_AFTER = re.compile(r"^\)\s*(?:—|–|--|-|:)")
# a release's place and date in ordinary case: "Dhaka, 12 November 2025 - ASK expresses …" (a dash
# must follow: "Nairobi, 18 February 2026" alone proves nothing)
_PLAIN_DATELINE_BEFORE = re.compile(
    r"^\s*[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){0,2}(?:, [A-Z][A-Za-z .'’-]{1,30})?,\s*$"
)
# an agency's or group's names, then the date and a stop before the first sentence
_NAMES_BEFORE = re.compile(r"^\s*[A-Z][A-Za-z .'’()&/-]{0,50}(?:[.;:,]|\s[-–—])\s*$")
_NAMES_AFTER = re.compile(r"^(?:[.:]|\s*[-–—])\s+[A-Z\"“]")
# … or the agency after a comma and a full stop: "Bishkek, 5 November 2025, Kabar. Officers of …"
_PLAIN_DATELINE_AFTER = re.compile(
    r"^\s*(?:\([^()\n]{1,60}\)\s*)?(?:—|–|--|-\s)|^,\s*[A-Z][\w’'&-]*(?:\s[A-Z][\w’'&-]*){0,3}\.\s+[A-Z]"
)
_AGO = re.compile(r"(?P<n>\w+)\s+(?P<u>day|week|month|year)s?\s+ago", re.IGNORECASE)
_MODALS = frozenset({"will", "would", "could", "might", "may", "shall", "'ll", "’ll", "wo", "ca"})
_WILLING = frozenset({"vow", "threaten", "plan", "promise", "pledge", "intend", "warn", "expect", "aim"})
_SEVERAL_WEEKS = re.compile(
    r"\b(?:for|over)\s+(?:several|many|a\s+few|some)\s+weeks\b|\bin\s+the\s+weeks\s+that\s+followed\b"
    r"|\bin\s+the\s+following\s+weeks\b",
    re.IGNORECASE,
)
_DURATION = re.compile(r"^PT?(?P<n>\d+)(?P<u>[DWMYH])$")
# "for 20 days", "for more than 2,700 days", "for nearly seven months"
_FOR = re.compile(
    r"\bfor\s+(?:(?:more|less|fewer)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|around\s+"
    r"|at\s+least\s+|some\s+)?$",
    re.IGNORECASE,
)
_BACKWARD = re.compile(r"\b(?:over|in|during|for|throughout)\s+(?:the\s+)?(?:past|last|previous)\s+$", re.I)


def _token_at(doc: Doc, char: int) -> Token | None:
    return syntax_token_at(doc, char)


def _in_clause(tok: Token, head: Token) -> bool:
    """``tok`` sits in the clause of ``head`` (not in a conjoined or subordinate clause below it)."""
    return tok == head or clause_head(tok) == clause_head(head)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in kids(verb))


_OWN_TIME = frozenset({"begin", "start", "erupt", "break", "take", "happen", "occur", "hold", "unfold"})
_BEGIN = frozenset({"begin", "start"})


def _began(doc: Doc, t: Time, head: Token) -> bool:
    """``the strike, which began on 15 July``: the expression is the start of the event."""
    tok = _token_at(doc, t.start_char or 0)
    if tok is None:
        return False
    verb = clause_head(tok)
    return (
        verb.dep_ == "relcl"
        and (verb.head == head or _began_of(verb, head))
        and verb.lemma_.lower() in _BEGIN
        and not any(c.lower_ == "with" for c in kids(verb))  # "began with small demonstrations in …"
    )


def _began_of(verb: Token, head: Token) -> bool:
    """``The strike by truck drivers, which began on January 12, …``: a "which began" clause the parser
    hung on the noun of the event noun's own "by" / "of" phrase tells when the event began."""
    noun = verb.head
    return (
        verb.dep_ == "relcl"
        and verb.lemma_.lower() in _BEGIN
        and head.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.lower_ in ("by", "of")
        and noun.head.head == head
    )


def _foreign(tok: Token, head: Token) -> bool:
    """``tok`` is in another event's clause: a clause with its own subject that does not contain the
    event ("their bodies were found on Sunday", "since the military seized power in October 2021"),
    unless it is a ``since`` clause of the event's own ("since the protests began on November 28")."""
    mine = clause_head(head)
    if _across_semicolon(tok, head, mine):
        return True
    above = {mine.i, *(a.i for a in mine.ancestors)}
    if mine.tag_ == "VBG" and mine.dep_ == "advcl" and not _own_subject(mine):
        # "rockets hit the airport on Sunday, the cell said, causing no casualties": the participle
        # hangs from the reporting verb but belongs to the reported clause
        above |= {c.i for c in kids(mine.head) if c.dep_ == "ccomp"}
    cur = clause_head(tok)
    for _ in range(20):
        if cur.i in above:
            return False
        if (
            cur.dep_ == "relcl"
            and cur.head == head
            and head.pos_ == "NOUN"
            and (
                cur.lemma_.lower() in _OWN_TIME
                or any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in kids(cur))
            )
        ) or _began_of(cur, head):
            # "the strike, which began on 15 July, …", "the protests, which brought thousands onto the
            # streets in 2018": the event's own time
            return False
        if _temporal_clause_of(cur, mine):
            return False  # "When word of the verdict spread on 11 February, relatives gathered …"
        if cur.pos_ in ("VERB", "AUX") and _own_subject(cur):
            if _gapped(cur, mine) and tok.i > cur.i:
                return False  # "48 were killed and 200 wounded in 2025": the closing time is both verbs'
            since = cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in kids(cur))
            # "104 had been killed and 6,000 wounded since the protests began on Tuesday": a since
            # clause on a verb conjoined to the event's (sharing its subject) runs for both
            return not (since and (cur.head.i in above or _shares(cur.head, mine)))
        if cur.head == cur:
            return False
        cur = cur.head
    return False


_WHEN_MARKS = frozenset({"when", "while"})


def _temporal_clause_of(clause: Token, mine: Token) -> bool:
    """``clause`` is a "when" / "while" clause opening on the event's own verb: its time is the
    event's ("When news of the verdict spread on Tuesday, students marched"), not another event's."""
    return (
        clause.dep_ == "advcl"
        and clause.head == mine
        and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _WHEN_MARKS and c.i < clause.i for c in kids(clause)
        )
    )


def _gapped(verb: Token, mine: Token) -> bool:
    """``at least 48 were killed and 200 wounded``: a participle conjoined to the event's verb that
    has a subject but no auxiliary of its own (it shares the event's "were")."""
    return (
        verb.dep_ == "conj"
        and verb.head == mine
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in kids(verb))
        and any(c.dep_ in ("aux", "auxpass") for c in kids(mine))
    )


def _across_semicolon(tok: Token, head: Token, mine: Token) -> bool:
    """``three were detained; on Sunday a court sentenced them``: a clause with its own subject that
    opens with its time beyond a semicolon is another event's, however the parser joined the halves."""
    lo, hi = sorted((tok.i, head.i))
    doc = tok.doc
    low = lowers(doc)
    semi = next((i for i in range(hi - 1, lo, -1) if low[i] == ";"), None)
    if semi is None:
        return False
    theirs = clause_head(tok)
    if theirs == mine or theirs.pos_ not in ("VERB", "AUX") or not _own_subject(theirs):
        return False
    # fronted: only a preposition or a determiner between the semicolon and the time
    return tok.i < theirs.i and all(doc[i].pos_ in ("ADP", "DET", "PUNCT") for i in range(semi + 1, tok.i))


def _shares(tok: Token, mine: Token) -> bool:
    """``tok`` reaches the event's clause head, or a verb conjoined to it, through words with no
    subject of their own ("killed and more than 6,000 wounded since …": the wounded hang from the
    killed, the since clause from the wounded)."""
    heads = {mine.i}
    if mine.dep_ == "conj" and not _own_subject(mine):
        heads.add(mine.head.i)
    cur = tok
    for _ in range(6):
        if cur.i in heads:
            return True
        if cur.pos_ in ("VERB", "AUX") and _own_subject(cur):
            return False
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def _dateline(doc: Doc, t: Time) -> bool:
    """``ZAHEDAN, Iran, Feb 7 (Caspian Wire) —``: the date of the report, not of an event."""
    start, end = t.start_char or 0, t.end_char or 0
    text = doc_text(doc)
    line = text.rfind("\n", 0, start) + 1
    if start - line >= 60:
        return False
    before = text[line:start]
    if _PAREN_DATELINE_BEFORE.match(before) and _PAREN_DATELINE_AFTER.match(text[end : end + 8]):
        return True
    if _PLAIN_DATELINE_BEFORE.match(before) and _PLAIN_DATELINE_AFTER.match(text[end : end + 70]):
        return True
    if (
        _NAMES_BEFORE.match(before)
        and all(w[:1].isupper() or not w[:1].isalnum() for w in before.split())
        and _NAMES_AFTER.match(text[end : end + 8])
    ):
        return True  # "ASTANA. KAZINFORM – January 5, 2026. Law …", "Group (GR); 20 January 2026: At …"
    return bool(_DATELINE_BEFORE.match(before) and _DATELINE_AFTER.match(text[end : end + 70]))


def _usable(times: Sequence[Time], doc: Doc | None = None) -> list[Time]:
    if doc is not None:  # asked per event with the same times: remembered per Doc
        memo: tuple[Sequence[Time], list[Time]] | None = doc.user_data.get(_USABLE)
        if memo is not None and memo[0] is times:
            return list(memo[1])
    out = [
        t
        for t in times
        if t.type in ("DATE", "TIME")
        and t.start_char is not None
        and t.value is not None
        and (doc is None or not (_dateline(doc, t) or _idle_now(doc, t)))
    ]
    if doc is not None:
        doc.user_data[_USABLE] = (times, out)
        return list(out)
    return out


_USABLE = "eventwire.usable_times"


# a time of day with no day of its own: "shortly after 5 a.m.", "after midnight", "dusk-to-dawn"
_BARE_CLOCK = re.compile(
    r"(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b\.?|\d\d:\d\d|noon|midday|midnight|dawn|dusk|daybreak)"
    r"(?:\s*\(?(?:[A-Z]{3,4}|local\s+time)\)?)?",
    re.IGNORECASE,
)


def _bare_clock(t: Time) -> bool:
    """A clock time or a bare ``dawn`` that the recogniser dated by the last day named before it."""
    return t.anchor == "context" and t.precision == "day" and _BARE_CLOCK.fullmatch(t.text) is not None


def _clock_day(doc: Doc, days: list[Time], t: Time, published: str) -> str | None:
    """The day of a bare clock time: it names no day, so it is read on a day written in its own sentence
    (``a dusk-to-dawn curfew on Wednesday``, ``at 5 a.m. … on Tuesday``), else on the story's last day
    named before it; never on the dateline's day or on the day a statement was made, nor on a day still
    to come when the clock was read in the past ("raided homes at dawn ahead of the vote on 30 November").
    None when there is no such day."""
    at = t.start_char or 0

    def story_day(o: Time) -> bool:
        return (
            o.precision == "day"
            and bool(o.start)
            and o.type == "DATE"
            and o.start_char is not None
            and not _dateline(doc, o)
            and not _said_of(doc, o, None)
        )

    sent = _sentence_of(doc, t)
    past = (t.start or "") <= published
    own = [
        o
        for o in days
        if story_day(o) and _sentence_of(doc, o) == sent and not (past and (o.end or "") > published)
    ]
    if own:
        near = min(own, key=lambda o: abs((o.start_char or 0) - at))
        return (near.start or "")[:10] or None
    for o in reversed(days):
        if (o.start_char or 0) < at and story_day(o):
            return (o.start or "")[:10] or None
    return None


def _idle_now(doc: Doc, t: Time) -> bool:
    """``the party now in power``, ``a standoff now in its third week``: a ``now`` that qualifies a noun
    or a phrase, not a verb, says nothing of when an event happened."""
    if t.value != "PRESENT_REF" or t.text.lower() != "now":
        return False
    tok = _token_at(doc, t.start_char or 0)
    # "for now", "until now" govern their verb; "now in power" qualifies the noun before it
    if tok is None or tok.dep_ == "pobj" or (tok.i > 0 and tok.doc[tok.i - 1].pos_ == "ADP"):
        return False
    return tok.head.pos_ in ("NOUN", "PROPN", "ADP", "NUM")


def _durations(times: Sequence[Time]) -> list[Time]:
    return [t for t in times if t.type == "DURATION" and t.start_char is not None and t.value]


def _since(doc: Doc, t: Time) -> bool:
    """``since March``, ``since the start of 2023``, ``since the June 2024 protests``,
    ``since the protests began on November 28``."""
    if t.text.lower().startswith("since "):
        return True
    tok = _token_at(doc, t.start_char or 0)
    if tok is None:
        return False
    low = lowers(doc)
    if tok.i > 0 and low[tok.i - 1] == "since":
        return True
    pos, dep, heads = parse_tree(doc)  # indices, not Tokens: ``.head`` builds a Token per step
    cur = tok.i
    for _ in range(4):
        up = heads[cur]
        if up == cur:
            return False
        if pos[cur] in ("VERB", "AUX"):
            return any(c.dep_ == "mark" and c.lower_ == "since" for c in kids(tokens(doc)[cur]))
        if dep[cur] == "pobj" and low[up] == "since":
            return True
        cur = up
    return False


_SINCE = "eventwire.timing.since"


def _since_once(doc: Doc, t: Time) -> bool:
    """:func:`_since`, remembered per Doc (asked of the paragraph's times per event)."""
    memo: dict[tuple[int | None, str], bool] = per_doc(doc, _SINCE, dict)
    key = (t.start_char, t.text)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _since(doc, t)
    return found


_SAYING = frozenset(
    {
        "say",
        "tell",
        "report",
        "announce",
        "add",
        "claim",
        "state",
        "confirm",
        "write",
        "note",
        "allege",
        "accuse",
        "deny",
    }
)


def _saying(tok: Token) -> Token | None:
    """The reporting verb whose own clause holds ``tok`` ("the union said in a statement on Friday")."""
    verb = clause_head(tok)
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep":
        # "In a statement read on state radio on Friday, the spokesman said …": the statement's day
        up = verb.head.head.head
        if up.lemma_.lower() in _SAYING and any(c.dep_ in ("ccomp", "parataxis") for c in kids(up)):
            return up
    if verb.lemma_.lower() not in _SAYING or not any(c.dep_ in ("ccomp", "parataxis") for c in kids(verb)):
        return _said_before(tok)
    if verb.i < tok.i <= verb.i + 6:
        return verb  # "said on Friday", "said in a statement on Friday"
    if tok.i < verb.i:
        # "On Friday, the ministry said …": only the subject (and commas) between them
        subject = {t.i for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        tail = {t.i for t in tok.head.subtree} if tok.head.dep_ == "prep" else {tok.i}
        if all(i in subject or i in tail or tok.doc[i].is_punct for i in range(tok.i, verb.i)):
            return verb
    return _said_before(tok)


def _said_before(tok: Token) -> Token | None:
    """Written right after a reporting verb whatever the parse ("Police said on Friday they had arrested
    …", "told reporters late on Tuesday that …"): the time of the saying (not "said last month's
    discovery …", a possessive of the reported clause)."""
    doc = tok.doc
    toks = tokens(doc)  # cached Tokens and head indices: ``.head`` and ``doc[k]`` build a Token each time
    pos, dep, heads = parse_tree(doc)
    up = heads[tok.i]
    if any(c.tag_ == "POS" for c in (*kids(tok), *kids(toks[up]))):
        return None
    if dep[tok.i] in ("amod", "compound", "nummod", "poss") or (pos[up] == "NOUN" and up > tok.i):
        return None  # "reported third-quarter net income": the time qualifies the report's object
    k = tok.i - 1
    low = lowers(doc)
    while k >= 0 and low[k] in ("on", "late", "early", "this", "last", "in", "the", "of"):
        k -= 1
    if k < 0:
        return None
    verb = toks[k]
    if dep[k] == "dobj" and heads[k] < k and toks[heads[k]].lemma_.lower() == "tell":
        verb = toks[heads[k]]  # "told reporters on Friday"
    if verb.lemma_.lower() not in _SAYING or verb.pos_ != "VERB":
        return None
    if not any(c.dep_ in ("ccomp", "parataxis") for c in kids(verb)):
        return None
    return verb if k - verb.i <= 3 else None


def _said_of(doc: Doc, t: Time, head: Token | None) -> bool:
    """``t`` dates the saying of a report, not the event reported (``police arrested 12 people, the union
    said on Friday``): the day of the statement bounds the event but is not its time."""
    tok = _token_at(doc, t.start_char or 0)
    if tok is None:
        return False
    verb = _saying(tok)
    if verb is None:
        return False
    if head is None:
        return True
    mine = clause_head(head)
    return mine != verb and verb in mine.ancestors


def _comparison(doc: Doc, t: Time, head: Token | None = None) -> bool:
    """``the largest since 2019``, ``the deadliest attack since April``, ``was the worst since …``,
    ``compared with the same month last year``, ``more than last year``: the expression bounds a
    comparison, not the event."""
    return _compared(_comparison_of(doc, t), head)


def _compared(found: Token | bool, head: Token | None) -> bool:
    """:func:`_comparison` from :func:`_comparison_of`'s answer: a "compared with" / "than" word
    bounds every event but one inside its own phrase ("compared with a loss of $3 million last year")."""
    if isinstance(found, bool):
        return found
    return head is None or head not in found.subtree


def _comparison_of(doc: Doc, t: Time) -> Token | bool:
    """Whether ``t`` bounds a comparison whatever the event (a bool), or the "compare" / "than" word
    it hangs from (it bounds every event outside that word's phrase)."""
    tok = _token_at(doc, t.start_char or 0)
    if tok is None:
        return False
    toks, lems, low = tokens(doc), lemmas(doc), lowers(doc)  # indices, not Tokens: ``.ancestors`` builds
    pos, dep, heads = parse_tree(doc)  # a Token per step
    j = tok.i
    for _ in range(4):  # ``itertools.islice(tok.ancestors, 4)``
        if heads[j] == j:
            break
        j = heads[j]
        if lems[j] == "compare" or (low[j] == "than" and dep[j] == "prep"):
            return toks[j]
        if pos[j] in ("VERB", "AUX") and dep[j] != "prep":
            break
    since = tok if tok.lower_ == "since" else toks[tok.i - 1] if tok.i > 0 else None
    if since is None or since.lower_ != "since" or since.dep_ != "prep":
        return False
    up = toks[heads[since.i]]
    if up.tag_ == "JJS" or any(c.dep_ == "amod" and c.tag_ == "JJS" for c in kids(up)):
        return True
    return (
        up.pos_ in ("AUX", "VERB")
        and up.lemma_ == "be"
        and any(
            c.dep_ in ("attr", "acomp")
            and (c.tag_ == "JJS" or any(g.dep_ == "amod" and g.tag_ == "JJS" for g in kids(c)))
            for c in kids(up)
        )
    )


def _since_own(tok: Token | None, head: Token) -> bool:
    """``no elected president since Moise was assassinated in July 2021``: the event is the one the
    ``since`` clause tells, and the expression in that clause is its own time, not an open interval
    (unless the clause tells a beginning)."""
    if tok is None:
        return False
    verb = clause_head(head)
    if verb.lemma_.lower() in _BEGAN or (
        verb.lemma_.lower() == "walk"
        and any(c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in kids(verb))
    ):
        # "since the protests began on 28 September", "since refuse collectors walked out two weeks
        # ago": an onset, still going on from that day (T2)
        return False
    return clause_head(tok) == verb and any(c.dep_ == "mark" and c.lower_ == "since" for c in kids(verb))


def _appositive(tok: Token, head: Token) -> bool:
    """``a march by thousands of students, the third such confrontation in the capital this year``: an
    expression inside an apposition that does not hold the event qualifies the apposition's noun."""
    doc = tok.doc
    pos, dep, heads = parse_tree(doc)  # indices, not Tokens: ``.head`` builds a Token per step
    cur, own = tok.i, head.i
    for _ in range(6):
        if pos[cur] in ("VERB", "AUX") or heads[cur] == cur:
            return False
        if dep[cur] == "appos":
            return own != cur and own not in subtree_indices(tokens(doc)[cur])
        cur = heads[cur]
    return False


def _dates(doc: Doc, t: Time, head: Token) -> bool:
    """The event is dated by the expression itself: it hangs from it ("since April, when an air strike …")
    or is the thing it modifies ("since the June 2024 protests", when the protests are the event)."""
    span = char_span(doc, t.start_char or 0, t.end_char or 0)
    if span is None:
        return False
    inside = {tok.i for tok in span}
    if any(a.i in inside for a in head.ancestors):
        return True
    cur = span.root
    for _ in range(4):
        if cur.head == cur or cur.pos_ in ("VERB", "AUX"):
            return False
        if cur.head.lower_ == "since":
            return cur.i != span.root.i and (cur == head or cur in head.ancestors)
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


def _months_in_a_row(a: Time, b: Time) -> bool:
    if a.precision != "month" or b.precision != "month" or not (a.end and b.start):
        return False
    try:
        return date.fromisoformat(a.end) + timedelta(days=1) == date.fromisoformat(b.start)
    except ValueError:
        return False


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
        if _DASH.fullmatch(gap) or (b.text.isdigit() and _TO.fullmatch(gap)):
            return a, b  # "29-30 July", "July 29-30", "the night of July 23 to 24"
        if doc[ta.i - 1].lower_ in RANGE_OPENERS and doc[tb.i - 1].lower_ in RANGE_CLOSERS:
            return a, b
        if doc[tb.i - 1].lower_ == "by" and _negated(tb):
            return a, b  # "cut on Friday and not restored by Monday"
        if gap.strip().lower() == "and" and _months_in_a_row(a, b):
            return a, b  # "in October and November 2024"
    return None


_DENY = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})
_NOBODY = frozenset({"no", "not", "none", "nobody", "neither"})


def _denied(head: Token) -> bool:
    """The event is told as denied ("denied that police had fired live rounds", "no protester was
    killed", "not a single shop has closed"): the day of the denial is not the day of the act."""
    verb = clause_head(head)
    if any(c.dep_ == "neg" for c in kids(verb)) or any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and (c.lower_ in _NOBODY or c.left_edge.lower_ in _NOBODY)
        for c in kids(verb)
    ):
        return True  # "no miner was shot", "not a single shop has closed", "nobody was hurt"
    cur = verb
    for _ in range(3):
        if cur.head == cur:
            return False
        if cur.dep_ in ("ccomp", "dobj", "xcomp") and cur.head.lemma_.lower() in _DENY:
            return True
        cur = clause_head(cur.head)
    return False


def _negated(tok: Token) -> bool:
    """The verb ``tok`` hangs from is negated ("had not been fully restored by Monday")."""
    cur = tok
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "neg" for c in kids(cur))
        if cur.head == cur:
            return False
        cur = cur.head
    return False


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


def _back(end: str, n: int, unit: str) -> str | None:
    try:
        day = date.fromisoformat(end[:10])
    except ValueError:
        return None
    if unit == "D" or unit in _DAYS:
        return (day - timedelta(days=max(n - 1, 0))).isoformat()
    if unit in ("W", "week"):
        return (day - timedelta(days=7 * n)).isoformat()
    if unit in ("M", "month"):
        total = day.year * 12 + day.month - 1 - n
        y, m = divmod(total, 12)
        for d in (day.day, 30, 29, 28):
            try:
                return date(y, m + 1, d).isoformat()
            except ValueError:
                continue
    if unit in ("Y", "year"):
        try:
            return day.replace(year=day.year - n).isoformat()
        except ValueError:
            return day.replace(year=day.year - n, day=28).isoformat()
    return None


def _ago(t: Time, published: date | None) -> str | None:
    """``since they walked out two weeks ago``: the day itself, not the week it falls in."""
    m = _AGO.fullmatch(t.text)
    if m is None or published is None:
        return None
    n = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}.get(m["n"].lower())
    n = n if n is not None else int(m["n"]) if m["n"].isdigit() else None
    if n is None:
        return None
    return _back(published.isoformat(), n + 1 if m["u"].lower() == "day" else n, m["u"].lower())


def _recent_start(t: Time, ref: str | None) -> str | None:
    """The start of ``since X`` running to ``ref``: a month or day written without a year ("have been on
    hunger strike since 1 October", "since August") is the latest such one on or before ``ref``, not
    one in the year of an older date told earlier in the story (T1: the stretch runs from X to the
    reference day, and a writer names the year of an X more than a year back)."""
    if not t.start or ref is None or YEAR.search(t.text) or t.precision not in ("day", "month"):
        return t.start
    try:
        start, end = date.fromisoformat(t.start[:10]), date.fromisoformat(ref[:10])
    except ValueError:
        return t.start
    for year in (end.year, end.year - 1):
        try:
            moved = start.replace(year=year)
        except ValueError:
            continue
        if moved <= end:
            return moved.isoformat() if moved != start else t.start
    return t.start


def _several_weeks(sent: Span, head: Token) -> bool:
    """``for several weeks``, ``in the weeks that followed`` in the event's clause."""
    doc = head.doc
    for m in _SEVERAL_WEEKS.finditer(doc_text(doc), sent.start_char, sent.end_char):
        tok = _token_at(doc, m.start())
        if tok is not None and _in_clause(tok, head):
            return True
    return False


def _next_month_end(end: str) -> str:
    """The last day of the month after ``end``'s (several weeks from a month spill into the next)."""
    day = date.fromisoformat(end[:10])
    first = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
    return ((first + timedelta(days=32)).replace(day=1) - timedelta(days=1)).isoformat()


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
    return since and verb.head != verb and _counted(clause_head(verb.head))


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
    auxes = {c.lower_ for c in kids(verb) if c.dep_ in ("aux", "auxpass")}
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


_ARRESTS = frozenset({"arrest", "detain", "hold", "round"})
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


def _irrealis(head: Token) -> bool:
    """The event's clause speaks of the future or the possible ("will rise", "vowed to strike")."""
    verb = clause_head(head)
    for _ in range(3):
        auxes = [c.lower_ for c in kids(verb) if c.dep_ in ("aux", "auxpass")]
        if any(a in _MODALS for a in auxes):
            return "have" not in auxes  # "may have been killed" is a past event
        if verb.dep_ != "xcomp" or verb.head == verb:
            return False
        verb = verb.head
        if verb.lemma_ in _WILLING:
            return True
    return False


def _modal_elsewhere(tok: Token, head: Token) -> bool:
    """``tok`` sits in a future or possible clause other than the event's own (or its noun's) and not
    above it (``would not allow a repeat of 2014, when protests left 160 dead`` dates the protests)."""
    theirs = clause_head(tok)
    if theirs.dep_ != "conj" or theirs == clause_head(head) or theirs in head.ancestors:
        return False  # "expected to join in April, as part of marking …" shares the time
    if head.pos_ == "NOUN" and tok in head.subtree:
        return False
    return _irrealis(tok)


def _open_since(head: Token) -> bool:
    """The event's clause runs ``since`` something that is not a date ("since the coup")."""
    if "since" not in doc_word_set(head.doc):
        return False  # asked per event: most articles have no "since" at all
    verb = clause_head(head)
    verbs = {verb, *(c for c in kids(verb) if c.dep_ == "conj" and not _own_subject(c))}
    if verb.dep_ == "conj" and not _own_subject(verb):
        verbs.add(verb.head)  # "have killed 4,000 civilians and arrested 24,000 since the coup"
    at = _since_at(head.doc)
    for v in verbs:
        lo = bisect_left(at, v.left_edge.i)
        if lo == len(at) or at[lo] > v.right_edge.i:
            continue  # no "since" anywhere in the verb's subtree
        for t in v.subtree:
            if t.lower_ == "since" and t.dep_ == "prep" and clause_head(t) == v:
                return any(c.dep_ == "pobj" for c in kids(t))
            if _since_began(t, v) is not None:
                return True
    return False


_SINCE_AT = "eventwire.timing.since_at"


def _since_at(doc: Doc) -> list[int]:
    """The token indices of "since", in order, once per Doc."""
    return per_doc(doc, _SINCE_AT, lambda: [i for i, w in enumerate(lowers(doc)) if w == "since"])


_BEGAN = frozenset({"begin", "start", "erupt", "break", "launch"})


def _since_began(t: Token, verb: Token) -> Token | None:
    """``had been detained since the strike began``: the subject of a ``since`` clause on ``verb`` that
    tells only when something began (its day, if any, is written elsewhere)."""
    if t.lower_ != "since" or t.dep_ != "mark":
        return None
    began = t.head
    if began.dep_ != "advcl" or began.head != verb or began.lemma_.lower() not in _BEGAN:
        return None
    return next((c for c in kids(began) if c.dep_ == "nsubj"), None)


_ONSET = frozenset({"start", "beginning", "outbreak", "onset", "launch"})


def _since_start(doc: Doc, head: Token, usable: Sequence[Time], sent: Span) -> Time | None:
    """``since the coup`` / ``since the start of the strike``: the last time written before the sentence
    in a sentence that names the same thing (``the coup of February 2021``, ``The strike, which began
    on March 2``)."""
    verb = clause_head(head)
    verbs = [verb, *(c for c in kids(verb) if c.dep_ == "conj")]
    if verb.dep_ == "conj":
        verbs.append(verb.head)
    noun = None
    for v in verbs:
        for t in v.subtree:
            if t.lower_ == "since" and t.dep_ == "prep":
                noun = next((c for c in kids(t) if c.dep_ == "pobj"), None)
                break
            noun = _since_began(t, v)  # "since the strike began": the strike
            if noun is not None:
                break
        if noun is not None:
            break
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.lemma_.lower() in _ONSET:  # "since the start of the strike": the strike
        of = next((c for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in kids(of) if c.dep_ == "pobj"), None) if of is not None else None
        if noun is None:
            return None
    lemma = noun.lemma_.lower()
    family = _FAMILY.get(lemma)
    for time in reversed(usable):
        if (time.start_char or 0) >= sent.start_char or time.precision not in ("day", "month"):
            continue
        tok = _token_at(doc, time.start_char or 0)
        if tok is None:
            continue
        named = [
            w for w in tok.sent if w.lemma_.lower() == lemma or (family is not None and _names(w, family))
        ]
        if not named:
            continue
        # the time nearest the thing named there, not the day a statement about it was made
        pool = [
            t
            for t in usable
            if tok.sent.start_char <= (t.start_char or 0) < tok.sent.end_char
            and t.precision in ("day", "month")
            and not _said_of(doc, t, None)
        ]
        if not pool:
            return None
        return min(pool, key=lambda t: min(abs((t.start_char or 0) - w.idx) for w in named))
    return None


# the words one thing is named by when "since the coup", "since the start of the work stoppage" looks
# back for the day it was dated ("the army seized power in February 2021", "the strike began on May 22")
_FAMILIES = {
    "seizure": ("coup", "takeover", "putsch"),
    "strike": ("strike", "walkout", "stoppage", "shutdown"),
    "protest": ("protest", "demonstration", "rally", "uprising", "unrest"),
}
_FAMILY = {word: name for name, words in _FAMILIES.items() for word in words}
_POWER_VERBS = frozenset({"seize", "take", "grab", "assume", "usurp"})


def _names(w: Token, family: str) -> bool:
    """``w`` names a thing of ``family``: "walkout" a strike, "seized / took power" a coup."""
    low = w.lemma_.lower()
    if _FAMILY.get(low) == family:
        return True
    if family == "seizure" and low in _POWER_VERBS:
        return any(c.dep_ == "dobj" and c.lower_ == "power" for c in kids(w))
    return (
        family == "strike" and low == "walk" and any(c.dep_ == "prt" and c.lower_ == "out" for c in kids(w))
    )


_STILL_ON = frozenset({"since", "still"})
_IT = frozenset({"it", "action", "movement", "dispute"})


def _since_spread(head: Token) -> bool:
    """``walked out on Monday, and the strike has since spread to two more plants``: a strike or protest
    told in a perfect clause of its own sentence as going on since that day runs to the reference day
    (T2); "several of them have since been deported" is another act."""
    verb = clause_head(head)
    family = next((f for f in ("strike", "protest") if _names(head, f) or _names(verb, f)), None)
    if family is None and verb.lemma_.lower() in ("strike", "walk", "down"):
        family = "strike"  # "struck", "walked out" (the parser's "out" an advmod), "downed tools"
    for conj in verb.conjuncts:
        if conj.i < verb.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        auxes = [c.lower_ for c in kids(conj) if c.dep_ in ("aux", "auxpass")]
        if not any(a in ("has", "have") for a in auxes):
            continue
        if not any(c.lower_ in _STILL_ON and c.dep_ == "advmod" for c in kids(conj)):
            continue
        subj = [c for c in kids(conj) if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and (subj[0].lower_ in _IT or (family is not None and _names(subj[0], family))):
            return True
    return False


def _nested(tok: Token, head: Token) -> bool:
    """The expression names something else inside a noun phrase ("the anniversary of the November
    2019 protests"), not the event's own time."""
    doc = tok.doc
    pos, dep, heads = parse_tree(doc)  # indices, not Tokens: ``.head`` builds a Token per step
    low = lowers(doc)
    cur, own = tok.i, head.i
    for _ in range(8):
        up = heads[cur]
        if up == cur or pos[cur] in ("VERB", "AUX") or cur == own:
            return False
        if dep[cur] == "pobj" and low[up] == "of" and pos[heads[up]] == "NOUN":
            # "the riots of March 2021": the event's own time
            return heads[up] != own and own not in subtree_indices(tokens(doc)[cur])
        cur = up
    return False


def _qualifier(tok: Token | None, end: int | None) -> bool:
    """``Friday prayers``, ``the 2019 election``: the expression qualifies the noun after it."""
    return (
        tok is not None
        and (
            tok.dep_ in ("compound", "nmod")
            or (tok.dep_ == "nummod" and YEAR.fullmatch(tok.text) is not None)
        )
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.head.idx >= (end if end is not None else tok.idx + len(tok))
    )


def _possessive(tok: Token, head: Token, end: int | None = None) -> bool:
    """``this year's conference``, ``last year's protests``: the time of another noun's referent; so is
    a bare qualifier of another noun (``leaving Friday prayers``, ``the 2019 election results``)."""
    if _qualifier(tok, end):  # not "Saturday morning": the noun after the whole expression
        return tok.head != head and head not in tok.head.subtree
    doc = tok.doc
    pos, dep, heads = parse_tree(doc)  # indices, not Tokens: ``.head`` builds a Token per step
    cur, own = tok.i, head.i
    for _ in range(3):
        up = heads[cur]
        if dep[cur] == "poss" and pos[up] in ("NOUN", "PROPN"):
            return up != own and own not in subtree_indices(tokens(doc)[up])
        if up == cur:
            return False
        cur = up
    return False


def _done(head: Token) -> bool:
    """The event is a verb told as done ("detained", "were arrested", "have raided"), not a plan."""
    verb = clause_head(head)
    return (
        head.pos_ == "VERB"
        and verb.tag_ in ("VBD", "VBN")
        and not _irrealis(head)
        and not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in kids(verb))
    )


def _still_to_come(t: Time, tok: Token | None, head: Token, published: date) -> bool:
    """``t`` lies wholly after the publication day and dates another noun ("next month's elections",
    "ahead of next week's vote") or another clause ("the vote scheduled for next month")."""
    if tok is None or not t.start or t.start[:10] <= published.isoformat():
        return False
    return _possessive(tok, head, t.end_char) or not _in_clause(tok, head)


def _nth(doc: Doc, head: Token, sent: Span) -> tuple[int, str, str, bool] | None:
    """``for a third day``, ``for the eighth week in a row`` in the event's clause."""
    for m in _nth_matches(doc, sent):
        tok = _token_at(doc, sent.start_char + m.start("n"))
        if tok is None or not _in_clause(tok, head):
            continue
        if not (m["for"] or m["row"] or m["run"] or m["enter"] or m["of"]):
            continue
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
        if tok is None or not _in_clause(tok, head):
            continue
        n = _count(m)
        if n >= 2:
            return n, m["u"].lower(), m[0], False
    return None


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


def _first_conjunct(verb: Token) -> Token:
    """The first of the verbs coordinated with ``verb`` ("burned … and threw … and responded": burned)."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb


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


def _running(doc: Doc, head: Token, durations: list[Time], ref: str | None) -> Time | None:
    """``has been on hunger strike for 20 days``, ``over the past week``: back from the reference day."""
    if ref is None:
        return None
    verb = clause_head(head)
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'ve") for c in kids(verb))
    for t in durations:
        m = _DURATION.match(t.value or "")
        tok = _token_at(doc, t.start_char or 0)
        if m is None or tok is None or not _in_clause(tok, head):
            continue
        before = doc_text(doc)[max(0, (t.start_char or 0) - 30) : t.start_char or 0]
        backward = _BACKWARD.search(before) is not None or t.text.lower().startswith(("the past", "the last"))
        if not (backward or (perfect and _FOR.search(before) is not None)):
            continue
        n, unit = int(m["n"]), m["u"]
        if unit == "H":  # "in the past 24 hours": back as many calendar days as the hours reach
            n, unit = -(-n // 24) + 1, "D"
        start = _back(ref, n, unit)
        if start is not None:
            return _interval(t, start, ref)
    return None


def bind_time(
    head: Token, sent: Span, times: Sequence[Time], *, published: date | None = None, lead: Time | None = None
) -> tuple[Time | None, bool]:
    """The time governing the trigger's clause, else its sentence, else the paragraph's, else the lead's;
    and whether it was inferred (paragraph or lead) rather than written in the event's own sentence."""
    time, inferred = _bind_time(head, sent, times, published=published, lead=lead)
    return _had_lasted(head, sent, times, _followed(head, sent, _overnight(head.doc, time))), inferred


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
    for t in _durations(times):
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


def _overnight(doc: Doc, time: Time | None) -> Time | None:
    """``opened fire overnight``: the night runs from the day it is read as into the next; ``an
    overnight raid``, a noun's qualifier, stays that night's day."""
    if time is None or time.start_char is None or not time.start or time.start != time.end:
        return time
    if time.text.lower() != "overnight":
        return time
    tok = _token_at(doc, time.start_char)
    if tok is None or tok.dep_ == "amod" or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN"):
        return time
    try:
        after = (date.fromisoformat(time.start[:10]) + timedelta(days=1)).isoformat()
    except ValueError:
        return time
    return _interval(time, time.start, after)


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
        # "against the arrest of a prominent lawyer on Saturday": the noun's own expression first
        own = [t for t in pool if (tok := toks[id(t)]) is not None and tok in head.subtree]
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
        pool = clause = [when]  # "as they did in September 2019, when hundreds were arrested"
    nth = _nth(doc, head, sent)
    ref = _reference(doc, head, sent, times, published)
    in_durations = [t for t in _durations(times) if sent.start_char <= (t.start_char or 0) < sent.end_char]
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
        opened = _open_from(doc, best, head) and not _dates(doc, best, head)
        if (opened or _began(doc, best, head)) and best.start and ref and best.start <= ref:
            held = _still_held(doc, best, in_sent, ref) if opened else None
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
        return best, False
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
    if lead is not None:
        lead = _lead_as_read(doc, lead, usable)
    past = _background(doc, head, sent, usable, lead, published) if own_times else None
    if past is not None:
        return past, True
    return (_nth_back(lead, nth) if lead is not None else None), True


def _background(
    doc: Doc, head: Token, sent: Span, usable: list[Time], lead: Time | None, published: date | None
) -> Time | None:
    """``… had cut the highway in October and November 2024; that blockade was lifted after an
    operation in which dozens were detained``: a sentence of background whose only time, in another
    clause, lies in an earlier year than the story's dates the event better than the lead's day."""
    if not _past_tense(head):
        return None
    present = lead.start if lead is not None and lead.start else published.isoformat() if published else None
    if present is None:
        return None
    inside = [
        t
        for t in usable
        if sent.start_char <= (t.start_char or 0) < sent.end_char
        and t.start
        and t.end
        and not _since(doc, t)
        and not _said_of(doc, t, None)
    ]
    mine = [t for t in inside if YEAR.search(t.text)]
    if not mine or any(t.end[:4] >= present[:4] for t in mine if t.end):
        return None
    months = _pair_of(doc, inside)
    if months is not None and months[1] in mine and _months_in_a_row(*months):
        mine = [months[0], *mine]  # "October and November 2024": the year written once covers both
    return _pair(doc, mine) or _hull(doc, mine[-1], mine)


_DAYS_LATER = re.compile(r"^(?P<n>a|an|one|two|three|four|five|six|seven|\d)\s+days?\s+later$", re.I)


def _since_earlier(t: Time, head: Token) -> Time:
    """``He was detained on 24 September. Two days later his family was told he had died. He was beaten
    during interrogation``: a day told as "N days later" in an earlier sentence, carried over to an act
    undergone or already done, spans from the day it counts from to that day (it happened between)."""
    m = _DAYS_LATER.match(t.text.strip())
    verb = clause_head(head)
    # told as undergone or as already done ("was beaten", "had been tortured"), not the story going
    # on ("Two days later, he called a shutdown. Police fired tear gas at him.")
    undergone = any(c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lower_ == "had") for c in kids(verb))
    if m is None or not undergone or not t.start or t.start != t.end or t.precision != "day":
        return t
    n = int(m["n"]) if m["n"].isdigit() else _COUNTS[m["n"].lower()]
    try:
        start = (date.fromisoformat(t.start[:10]) - timedelta(days=n)).isoformat()
    except ValueError:
        return t
    return _interval(t, start, t.end)


def _earlier_story(
    doc: Doc, head: Token, usable: list[Time], para: int, lead: Time | None, published: date | None
) -> Time | None:
    """A paragraph with no time of its own that goes on telling an earlier story: the previous
    paragraph (or the one before it) ended in a year before the lead's, and the event is told in the
    past tense ("On January 5, 2022, the city hall was stormed. ¶ Armed men attacked the airport …")."""
    if not _past_tense(head) or clause_head(head).lemma_.lower() in _SAYING:
        return None  # "…, Castro said": the present story's statement
    text = doc_text(doc)
    prior = [t for t in usable if (t.start_char or 0) < para]
    if not prior or text.count("\n", prior[-1].start_char or 0, para) > 4:
        return None
    last_tok = _token_at(doc, prior[-1].start_char or 0)
    if last_tok is None:
        return None
    last_sent = last_tok.sent.start_char  # one sentence span, not one per time
    # a day or month written with its year that moves the story ("On January 5, 2022, …", "in March
    # 2021"), not a background qualifier ("last year's unrest", "the 2019 protests")
    candidates = [
        t
        for t in prior
        if (t.start_char or 0) >= last_sent
        and t.precision in ("day", "month")
        and YEAR.search(t.text)
        and _CTX_OPENERS.search(text[max(0, (t.start_char or 0) - 12) : t.start_char or 0])
        and not _since(doc, t)
        and not _said_of(doc, t, None)
    ]
    if not candidates:
        return None
    found = min(reversed(candidates), key=lambda t: _RANK.get(t.precision, 9))
    present = lead.start if lead is not None and lead.start else published.isoformat() if published else None
    if not found.end or present is None or found.end[:4] >= present[:4]:
        return None
    return found


def _past_tense(head: Token) -> bool:
    """The event's clause, and every clause above it, is told in the simple past (``attacked``, ``were
    detained``, ``238 died, including 19 who were killed``): not the present or the present perfect,
    and not a report of what someone said ("… said nine had been killed")."""
    verb = clause_head(head)
    for _ in range(6):
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _SAYING:
            return False
        auxes = {c.lower_ for c in kids(verb) if c.dep_ in ("aux", "auxpass")}
        if auxes & {"has", "have", "'ve", "is", "are", "will", "would", "'s", "am"}:
            return False
        if not (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes & {"was", "were", "had"}))):
            return False
        if verb.head == verb:
            return True
        verb = clause_head(verb.head)
    return False


def _lead_as_read(doc: Doc, lead: Time, usable: list[Time]) -> Time:
    """The lead's time as the narrative reads it (``One year ago today`` is last year's day), and as
    the interval it opens (``Between 26 and 28 June``)."""
    start, end = lead.start_char or 0, lead.end_char or 0
    read = next(
        (t for t in usable if (t.start_char or 0) <= start and end <= (t.end_char or 0) and t is not lead),
        lead,
    )
    after = [t for t in usable if (t.start_char or 0) >= end][:1]
    pair = _pair(doc, [read, *after]) if after else None
    return pair or read


def _when_of(doc: Doc, head: Token, in_sent: list[Time], *, own: bool = False) -> Time | None:
    """The expression a ``when`` clause holding the event follows (``in September 2019, when hundreds
    of people were arrested``, ``on 6 June, when security forces detained …``): it dates the clause
    however the parser attached it."""
    verb = clause_head(head)
    when = None
    # the event's clause, or one it hangs in ("since April, when the government ordered …, a decision
    # that set off protests")
    for clause in itertools.islice(itertools.chain((verb,), verb.ancestors), 1 if own else 6):
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        when = next(
            (c for c in kids(clause) if c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i), None
        )
        if when is not None:
            break
    if when is None:
        return None
    text = doc_text(doc)
    for t in in_sent:
        if (
            t.end_char is not None
            and t.end_char <= when.idx
            and not text[t.end_char : when.idx].strip(" ,\"”’'")
        ):
            return t
    return None


def _own_time(head: Token, in_sent: list[Time], toks: dict[int, Token | None], when: Time) -> bool:
    """Some expression other than ``when`` lies inside the event's clause (its span of tokens)."""
    mine = clause_head(head)
    lo, hi = mine.left_edge.i, mine.right_edge.i
    return any(t is not when and (tok := toks.get(id(t))) is not None and lo <= tok.i <= hi for t in in_sent)


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


def _heading_time(doc: Doc, usable: Sequence[Time], para: int) -> Time | None:
    """The time of the subheading right above the paragraph (a short line with no closing full stop)."""
    text = doc_text(doc)
    end = len(text[:para].rstrip())
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end].strip()
    if not line or start == 0 or len(line) > 80 or line.endswith((".", '"', "”")):
        return None
    prose = any(len(p) >= 80 and re.search(r"[.!?][\"”’]?$", p.strip()) for p in text[:start].split("\n"))
    if not prose:
        return None  # the headline above the lead, not a subheading of the body
    inside = [t for t in usable if start <= (t.start_char or 0) < end and t.start and t.end]
    return inside[-1] if len(inside) == 1 else None


_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4, "decade": 5}


def _sentence_of(doc: Doc, t: Time) -> int:
    tok = _token_at(doc, t.start_char or 0)
    return sentence_starts(doc)[tok.i] if tok is not None else -1  # ``tok.sent.start``


_SPAN_UNITS = {"hour": 0, "day": 1, "night": 1, "week": 7}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _after(head: Token, best: Time) -> Time | None:
    """``killed two villagers on Tuesday, a day after soldiers raided the village``: the event of the
    ``after``/``before`` clause sits that far from the day of the clause it hangs from (``hours after``
    is the same day; ``days after``, with no count, has no day of its own)."""
    verb = clause_head(head)
    for _ in range(3):  # "a day after he was chased and beaten": the conjoined verb shares the clause
        if verb.dep_ != "conj" or _own_subject(verb) or verb.head == verb:
            break
        verb = clause_head(verb.head)
    if verb.dep_ != "advcl" or not best.start or best.start != best.end or best.precision != "day":
        return best
    mark = next((c.lower_ for c in kids(verb) if c.dep_ == "mark"), None)
    if mark not in ("after", "before"):
        return best
    tok = _token_at(head.doc, best.start_char or 0)
    if tok is None or clause_head(tok) == verb:
        return best
    unit = next((c for c in kids(verb) if c.dep_ == "npadvmod" and c.lemma_.lower() in _SPAN_UNITS), None)
    if unit is None:
        return best
    count = [c for c in kids(unit) if c.dep_ in ("det", "nummod")]
    n = _COUNTS.get(count[0].lower_) if count else None
    if n is None and count and count[0].lower_.isdigit():
        n = int(count[0].lower_)
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


# "… and had still not been restored on Wednesday", "and remained so on Thursday", "was still down on Sunday"
_STILL = re.compile(
    r"\b(?:still|remained|remains|stayed|not\s+(?:yet\s+)?(?:been\s+)?(?:restored|lifted|reopened))\b",
    re.IGNORECASE,
)


def _still_held(doc: Doc, best: Time, in_sent: Sequence[Time], ref: str) -> Time | None:
    """``internet was cut from Tuesday morning and had still not been restored on Wednesday``: a state
    told "from X" runs to the later day the sentence says it still held (N18), not the story's day."""
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
            and _STILL.search(text, best.end_char or 0, t.start_char)
        ):
            return _interval(best, best.start, t.end)
    return None


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


def lead_time(doc: Doc, times: Sequence[Time]) -> Time | None:
    """The first day-precise time (or weekend) of the lead paragraph (the first paragraph of prose,
    not the dateline)."""
    text = doc_text(doc)
    pos = 0
    statement: Time | None = None  # the day of a statement, when the lead gives nothing else
    for para in text.split("\n"):
        start, end = pos, pos + len(para)
        pos = end + 1
        if len(para) < 80 or not re.search(r"[.!?][\"”’]?\s*$", para.strip()):
            continue
        inside = [
            t
            for t in _usable(times, doc)
            if start <= (t.start_char or 0) < end
            and (t.precision == "day" or (t.value or "").endswith("-WE"))
        ]
        if not inside:
            return statement
        # the day of an event before the day a statement about it was made
        events = [t for t in inside if not _said_of(doc, t, None) and not _irrealis_at(doc, t)]
        if not events and statement is None and all(_said_of(doc, t, None) for t in inside):
            # "… must open an inquiry, the group said today." The story's days start in the next
            # paragraph ("Between 26 and 28 June, thousands took to the streets …")
            statement = inside[0]
            continue
        inside = events or inside
        first = _sentence_of(doc, inside[0])
        main = [t for t in inside if _sentence_of(doc, t) == first and _main_clause(doc, t)]
        return main[0] if main else inside[0]
    return statement


def _irrealis_at(doc: Doc, t: Time) -> bool:
    """``could come as early as Tuesday``: the expression sits in a future or possible clause."""
    tok = _token_at(doc, t.start_char or 0)
    return tok is not None and _irrealis(tok)


def _main_clause(doc: Doc, t: Time) -> bool:
    """``t`` sits in the main clause of its sentence (not in ``two days after police shot … on Sunday``)."""
    tok = _token_at(doc, t.start_char or 0)
    return tok is not None and clause_head(tok) == tok.sent.root


def adjust_for_status(
    time: Time | None, status: str, published: date | None, *, head: Token | None = None
) -> Time | None:
    """A predicted event dated to a resolved past weekday or month-day moves to the next one; not a
    day its expression says is past ("on strike since last Wednesday", "two days ago"), nor, given the
    event's ``head``, a day taken from another sentence that dates a past act there ("workers gathered
    on Saturday. Three who called on them to block the road were detained": the call was that day)."""
    if status == "negated" and head is not None:
        return _still_denied(time, head, published)
    if time is None or published is None or status != "predicted" or not time.start or not time.end:
        return time
    if _PAST_WORDS.search(time.text):
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


def _past_act_at(doc: Doc, t: Time) -> bool:
    """``t`` dates a past act of its own ("gathered on Saturday"), not one that asks for another
    ("urged the faithful to rally after Friday prayers", whose day may be the rally's)."""
    tok = _token_at(doc, t.start_char or 0)
    return tok is not None and _past_at(doc, t) and not any(c.dep_ == "xcomp" for c in kids(clause_head(tok)))


_PAST_WORDS = re.compile(r"\b(?:last|ago|earlier|yesterday|previous|past)\b", re.IGNORECASE)


def _leap_gap(start: date) -> bool:
    try:
        return (start.replace(year=start.year + 1) - start).days == 366
    except ValueError:
        return True


# ---------------------------------------------------------------- narrative time

_NARRATIVE_CACHE: list[tuple[object, object, int, date | None, list[Time]]] = []
_CTX_BLOCKERS = re.compile(
    r"\b(?:since|until|till|before|by|than|after)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE
)
_HOURS_LATER = re.compile(
    r"(?:about\s+|some\s+|nearly\s+|an?\s+)?(?:\w+\s+)?(?:minutes?|hours?)\s+(?:later|earlier|after)", re.I
)
_FOLLOWING = re.compile(r"the\s+(?:following|ensuing|subsequent)\s+(?P<u>year|month|week)", re.I)
# "the mass trial of July 2024", "the elections of 30 November 2020": a date after "of" qualifies the
# noun before it, unless that noun is a part of time ("the night of 9 October 2019")
_OF_A_NOUN = re.compile(r"\b(?P<noun>[a-z]+)\s+of\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_TIME_NOUNS = frozenset(
    {
        "night",
        "nights",
        "morning",
        "evening",
        "afternoon",
        "day",
        "days",
        "dawn",
        "week",
        "weekend",
        "end",
        "start",
    }
)


def _of_a_noun(text: str, start: int) -> bool:
    """The date at ``start`` hangs on "of" after a noun that is no part of time."""
    m = _OF_A_NOUN.search(text, max(0, start - 40), start)
    return m is not None and m["noun"].lower() not in _TIME_NOUNS


_CTX_OPENERS = re.compile(
    r"(?:^|\b(?:on|in|at|by|of|dawn|night|morning|evening))\s*(?:early\s+|late\s+|mid-?)?$", re.I
)
_WEEK_NAMED = re.compile(r"(?:next|this|last|the\s+following|the\s+coming)\s+week$", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def narrative_times(doc: Doc, times: Sequence[Time], published: date | None) -> list[Time]:
    """The document's times read as a narrative (computed once per document and list).

    - A month-day written without a year (``on 11 April``, ``July 22``) that follows, in the same
      or the next paragraph, a date whose year is not the publication's (``On 6 April 2019``,
      ``in October 2020``) and falls after it in that year takes that year; so does the chain of
      month-days after it, and a ``that night`` / ``the same day`` read from a re-dated day. A day
      read from the publication date (``today``, ``on Monday``) returns the story to the present.
    - ``Two years ago today`` is that day, ``two years ago``.
    - ``on Wednesday next week`` is the Wednesday of that week.
    """
    if _NARRATIVE_CACHE:
        c_doc, c_times, n, c_pub, result = _NARRATIVE_CACHE[0]
        if c_doc is doc and c_times is times and n == len(times) and c_pub == published:
            return result
    result = _compute_narrative(doc, times, published)
    _NARRATIVE_CACHE[:] = [(doc, times, len(times), published, result)]
    return result


def _day_time(text: str, start_char: int, end_char: int, day: date) -> Time:
    iso = day.isoformat()
    return Time(
        text=text[start_char:end_char],
        start_char=start_char,
        end_char=end_char,
        value=iso,
        start=iso,
        end=iso,
        precision="day",
        anchor="context",
        type="DATE",
    )


def _merged_day(text: str, prev: Time | None, t: Time, published: date) -> Time | None:
    """``Two years ago today``; ``Wednesday next week``."""
    if prev is None or prev.end_char is None or prev.start_char is None:
        return None
    if t.start_char is None or t.end_char is None:
        return None
    gap = text[prev.end_char : t.start_char]
    if _written_day_after(prev, t, gap):
        # "The next day, 13 August, …", "Five days later, on 11 April, …": the date written out is the day,
        # in the year of the story the count runs in
        written = date.fromisoformat((t.start or "")[:10])
        try:
            day = written.replace(year=int((prev.start or "")[:4]))
        except ValueError:
            return None
        return _day_time(text, prev.start_char, t.end_char, day)
    if gap.strip(" ,"):
        return None
    if t.text.lower() == "today" and prev.anchor == "document":
        back = _ago(prev, published)
        if back is not None:
            return _day_time(text, prev.start_char, t.end_char, date.fromisoformat(back))
    wd = WEEKDAY.fullmatch(prev.text.strip())
    if wd is not None and _WEEK_NAMED.fullmatch(t.text.strip()) and t.start and t.precision == "week":
        try:
            monday = date.fromisoformat(t.start)
        except ValueError:
            return None
        monday -= timedelta(days=monday.weekday())
        day = monday + timedelta(days=_WEEKDAYS.index(wd[1].lower()))
        return _day_time(text, prev.start_char, t.end_char, day)
    return None


def _merged_context(
    merged: Time, published: date, paragraphs: Callable[[int], int]
) -> tuple[date, int] | None:
    """A merged day of an earlier year ("Five days later, on 11 April" in a story of 2019) keeps the story
    in that year for the days written after it; any other merged day brings the story back to the present."""
    if merged.anchor != "context" or not merged.start or merged.start_char is None:
        return None
    day = date.fromisoformat(merged.start[:10])
    return (day, paragraphs(merged.start_char)) if day.year != published.year else None


def _written_day_after(prev: Time, t: Time, gap: str) -> bool:
    """``prev`` is a day counted from the story ("the next day", "five days later") and ``t``, right after
    it behind a comma (and "on"), the same day written out with its month."""
    return (
        prev.anchor == "context"
        and prev.precision == "day"
        and not re.search(r"\d", prev.text)
        and t.precision == "day"
        and t.anchor in ("document", "absolute")
        and _MONTH_NAME.search(t.text) is not None
        and re.search(r"\d", t.text) is not None
        and re.fullmatch(r"\s*,\s*(?:on\s+)?", gap) is not None
    )


def _compute_narrative(doc: Doc, times: Sequence[Time], published: date | None) -> list[Time]:
    if published is None:
        return list(times)
    text = doc_text(doc)
    paragraphs = _paragraphs(text)
    out: list[Time] = []
    ctx: tuple[date, int] | None = None  # the narrative's day and the paragraph it was written in
    dated: tuple[int, int] | None = None  # the year of the last day or month written with one, its paragraph
    shift: tuple[str | None, str | None, int] | None = None  # the last re-dated day: old start, end, years
    year_of: tuple[int, int] | None = None  # a bare year ("in 2015") and the sentence it is written in
    for t in times:
        merged = _merged_day(text, out[-1] if out else None, t, published)
        if merged is not None:
            out[-1] = merged
            ctx, shift = _merged_context(merged, published, paragraphs), None
            continue
        if t.type not in ("DATE", "TIME") or not t.start or not t.end or t.start_char is None:
            out.append(t)
            continue
        clock = t.anchor == "context" and t.precision == "day" and t.type == "TIME"
        if clock or _HOURS_LATER.fullmatch(t.text.strip()):
            # "Shortly after 8 a.m., …", "About 20 minutes later, a gunship fired …": the story's last
            # day named, not the day a statement was made ("…, the group said today.")
            day = next(
                (
                    o.start[:10]
                    for o in reversed(out)
                    if o.precision == "day" and o.start and o.type == "DATE" and not _said_of(doc, o, None)
                ),
                None,
            )
            if day is not None and day != t.start[:10]:
                value = f"{day}T{t.value.partition('T')[2]}" if t.value and "T" in t.value else day
                out.append(t.replace(start=day, end=day, value=value, anchor="context"))
                continue
        following = _FOLLOWING.fullmatch(t.text.strip())
        lead_in = text[max(0, t.start_char - 12) : t.start_char].lower().split()
        if (
            following is not None
            and t.anchor == "context"
            and lead_in
            and lead_in[-1] in ("over", "during", "within", "in", "throughout")
        ):
            # "… staged a coup on 25 October 2021; … shot dead 120 of them over the following year": the
            # year after that day, not the calendar year after it
            day = next(
                (
                    o.start[:10]
                    for o in reversed(out)
                    if o.precision == "day" and o.start and o.type == "DATE"
                ),
                None,
            )
            if day is not None:
                unit = following["u"].lower()
                end = _forward(date.fromisoformat(day), unit)
                if end is not None:
                    out.append(
                        t.replace(
                            start=day,
                            end=end.isoformat(),
                            value=f"{day}/{end.isoformat()}",
                            precision="unknown",
                        )
                    )
                    continue
        para = paragraphs(t.start_char)
        try:
            start = date.fromisoformat(t.start[:10])
        except ValueError:
            out.append(t)
            continue
        if t.anchor == "absolute" and t.precision == "year" and YEAR.fullmatch(t.text):
            # "the anniversary of the 1979 revolution on February 11": a year qualifying a noun is not
            # the sentence's year
            qualifies = _qualifier(_token_at(doc, t.start_char), t.end_char)
            year_of = None if qualifies else (start.year, _sentence_of(doc, t))
        elif (
            year_of is not None
            and t.anchor == "document"
            and t.precision in ("day", "month")
            and start.year != year_of[0]
            and _MONTH_NAME.search(t.text)
            and not YEAR.search(t.text)
            and not _RELATIVE_WORD.search(t.text)
            and _sentence_of(doc, t) == year_of[1]
        ):
            # "struck by attacks in 2015, including the attack on the museum in March": that year's March
            moved_to = _in_year(t, year_of[0])
            if moved_to is not None:
                out.append(moved_to)
                continue
        if t.anchor == "absolute" and YEAR.search(t.text) and t.precision in ("day", "month"):
            dated = (start.year, para)
        if (
            t.anchor == "document"
            and t.precision == "day"
            and start > published
            and dated is not None
            and dated[0] < published.year
            and para - dated[1] <= 1
            and re.search(r"\d", t.text)
            and not YEAR.search(t.text)
            and _past_at(doc, t)
        ):
            # "Between 9 and 12 August 2020 … killed … on 10 August", written on 9 August 2021: a day
            # just after publication read as coming belongs to the earlier year the story is in (when
            # told in the past: "has called a day of action on 10 August" is still to come)
            try:
                back = start.replace(year=dated[0])
            except ValueError:
                back = None
            if back is not None and back <= published:
                out.append(_day_time(text, t.start_char, t.end_char or t.start_char, back))
                continue
        if t.anchor == "absolute" and YEAR.search(t.text):
            # a dated day or month sets the narrative's year; a bare year ("in 2019") leaves it open
            blocked = _CTX_BLOCKERS.search(text[max(0, t.start_char - 20) : t.start_char])
            # an adverbial date moves the story ("On 6 April 2019, …", "in October 2020"); a date that
            # qualifies a noun ("following the August 1988 cease-fire") is background
            adverbial = _CTX_OPENERS.search(text[max(0, t.start_char - 12) : t.start_char]) is not None
            adverbial = adverbial and not _of_a_noun(text, t.start_char)
            after = _token_at(doc, (t.end_char or t.start_char) + 1)
            modifier = (
                after is not None and after.pos_ in ("NOUN", "PROPN") and after.idx == (t.end_char or 0) + 1
            )
            ctx = (
                (start, para)
                if t.precision in ("day", "month")
                and adverbial
                and not blocked
                and not modifier
                and not _aside(doc, t)
                else None
            )
            shift = None
            out.append(t)
            continue
        if t.anchor == "context":
            if shift is not None and (t.start, t.end) == shift[:2] and t.precision == "day":
                try:
                    moved = start.replace(year=start.year + shift[2])
                except ValueError:
                    out.append(t)
                    continue
                out.append(_day_time(text, t.start_char, t.end_char or t.start_char, moved))
                ctx = (moved, para)
                continue
            if start.year != published.year and t.precision == "day":
                ctx = (start, para)
            out.append(t)
            continue
        numeric_day = t.precision == "day" and re.search(r"\d", t.text) and not YEAR.search(t.text)
        if (
            numeric_day
            and ctx is not None
            and ctx[0].year != published.year
            and para - ctx[1] <= 2
            # a day read as coming stays ("has called a strike on 20 October"), unless told in the past
            and (start <= published or _past_at(doc, t))
        ):
            redated: date | None
            try:
                redated = start.replace(year=ctx[0].year)
            except ValueError:  # 29 February
                redated = None
            if redated is not None and ctx[0] <= redated <= published:
                out.append(_day_time(text, t.start_char, t.end_char or t.start_char, redated))
                shift = (t.start, t.end, redated.year - start.year)
                ctx = (redated, para)
                continue
        if t.anchor == "document":
            ctx, shift = None, None  # back to the present
        out.append(t)
    return _clock_days(doc, out, published.isoformat())


def _clock_days(doc: Doc, times: list[Time], published: str) -> list[Time]:
    """Each bare clock time on the day :func:`_clock_day` reads it on (``times`` as the narrative reads
    them)."""
    if not any(_bare_clock(t) for t in times):
        return times
    days = [o for o in times if not _bare_clock(o)]
    out = list(times)
    for k, t in enumerate(times):
        if not _bare_clock(t) or not t.start or t.start_char is None:
            continue
        day = _clock_day(doc, days, t, published)
        if day is not None and day != t.start[:10]:
            value = f"{day}T{t.value.partition('T')[2]}" if t.value and "T" in t.value else day
            out[k] = t.replace(start=day, end=day, value=value)
    return out


_MONTH_NAME = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![\w-])", re.IGNORECASE
)
_RELATIVE_WORD = re.compile(r"\b(?:last|next|this|coming|past|ago|later|earlier|previous)\b", re.IGNORECASE)


def _in_year(t: Time, year: int) -> Time | None:
    """``t`` (a month-day or a month written without a year) in ``year``."""
    try:
        first = date.fromisoformat((t.start or "")[:10]).replace(year=year)
    except ValueError:
        return None
    if t.precision == "day":
        return t.replace(
            value=first.isoformat(), start=first.isoformat(), end=first.isoformat(), anchor="context"
        )
    first = first.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    return t.replace(
        value=first.isoformat()[:7], start=first.isoformat(), end=last.isoformat(), anchor="context"
    )


def _aside(doc: Doc, t: Time) -> bool:
    """``Ghaderi, who was arrested in September 2022, had been held …``: a date in a relative clause
    tells a person's or thing's background; the story does not move to it."""
    tok = _token_at(doc, t.start_char or 0)
    return tok is not None and clause_head(tok).dep_ == "relcl"


def _past_at(doc: Doc, t: Time) -> bool:
    """The clause of ``t`` is told in the simple past ("On July 22, troops raided the camp")."""
    tok = _token_at(doc, t.start_char or 0)
    if tok is None:
        return False
    verb = clause_head(tok)
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in kids(verb)
    )


def _forward(day: date, unit: str) -> date | None:
    """The same day one week, month or year later."""
    if unit == "week":
        return day + timedelta(days=7)
    months = 1 if unit == "month" else 12
    total = day.year * 12 + day.month - 1 + months
    y, m = divmod(total, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return date(y, m + 1, d)
        except ValueError:
            continue
    return None


def _paragraph(text: str, char: int) -> int:
    """How many non-empty lines come before ``char``."""
    return _paragraphs(text)(char)


def _paragraphs(text: str) -> Callable[[int], int]:
    """:func:`_paragraph` for one text, its lines counted once."""
    breaks: list[int] = []
    counts = [0]
    end = -1
    for line in text.split("\n")[:-1]:
        end += len(line) + 1
        breaks.append(end)
        counts.append(counts[-1] + (1 if line.strip() else 0))
    return lambda char: counts[bisect_left(breaks, char)]
