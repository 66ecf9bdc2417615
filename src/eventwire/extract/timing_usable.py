"""Which of a document's time expressions can date an event at all: not a dateline, not a
``now`` that qualifies a noun, not the bound of a comparison (``the largest since 2019``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import Time
from .syntax import kids, lemmas, lowers, parse_tree, per_doc
from .timing_clauses import _token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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
# a release's place and date in ordinary case: "Dhaka, 12 November 2025 - ASK expresses …", "Asunción,
# 25 November 2026 - …" (a dash must follow: "Nairobi, 18 February 2026" alone proves nothing)
_PLAIN_DATELINE_BEFORE = re.compile(
    r"^\s*[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ž'’.-]+(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ž'’.-]+){0,2}"
    r"(?:, [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ž .'’-]{1,30})?,\s*$"
)
# an agency's or group's names, then the date and a stop before the first sentence
_NAMES_BEFORE = re.compile(r"^\s*[A-Z][A-Za-z .'’()&/-]{0,50}(?:[.;:,]|\s[-–—])\s*$")
_NAMES_AFTER = re.compile(r"^(?:[.:]|\s*[-–—])\s+[A-Z\"“]")
# … or the agency after a comma and a full stop: "Bishkek, 5 November 2025, Kabar. Officers of …"
_PLAIN_DATELINE_AFTER = re.compile(
    r"^\s*(?:\([^()\n]{1,60}\)\s*)?(?:—|–|--|-\s)|^,\s*[A-Z][\w’'&-]*(?:\s[A-Z][\w’'&-]*){0,3}\.\s+[A-Z]"
)


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


# "shortly after 10 p.m.", "at dawn": a clock time with no day of its own; its day is only the last day
# named before it (often a quotation's "today"), so alone in its sentence it leaves the event to the
# story's day ("on July 22 troops raided the camp before dawn" keeps it: the day is written beside it)
_BARE_CLOCK = re.compile(
    r"(?:(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*[ap]\.?\s?m\b\.?|(?:[01]\d|2[0-3]):[0-5]\d|noon|midday|midnight"
    r"|dawn|dusk|daybreak)(?:\s*(?:GMT|UTC|[A-Z]{3,4}|local\s+time))?",
    re.IGNORECASE,
)


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
    if doc is not None and any(_BARE_CLOCK.fullmatch(t.text) for t in out):
        out = [t for t in out if not _BARE_CLOCK.fullmatch(t.text) or _day_beside(doc, t, out)]
    if doc is not None:
        doc.user_data[_USABLE] = (times, out)
        return list(out)
    return out


_USABLE = "eventwire.usable_times"


def _day_beside(doc: Doc, clock: Time, times: Sequence[Time]) -> bool:
    """Another expression of the clock time's sentence names a day (or more)."""
    tok = _token_at(doc, clock.start_char or 0)
    if tok is None:
        return False
    sent = tok.sent
    return any(
        t is not clock
        and sent.start_char <= (t.start_char or 0) < sent.end_char
        and not _BARE_CLOCK.fullmatch(t.text)
        for t in times
    )


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


def _durations(times: Sequence[Time], doc: Doc) -> list[Time]:
    """The durations among ``times`` with an offset and a value, remembered per Doc for each ``times``
    sequence asked (asked per event candidate with the same few sequences: the memo holds each one, so
    its id names it while the Doc is in use). Do not mutate the list."""
    memo: dict[int, tuple[Sequence[Time], list[Time]]] = per_doc(doc, _DURATIONS, dict)
    found = memo.get(id(times))
    if found is None:
        out = [t for t in times if t.type == "DURATION" and t.start_char is not None and t.value]
        found = memo[id(times)] = (times, out)
    return found[1]


_DURATIONS = "eventwire.durations"


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
    if _ranked_in(tok):
        return True
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


_ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest"}
)
_THIS = frozenset({"this", "so"})


def _ranked_in(tok: Token) -> bool:
    """``the largest protest against the government this year``, ``the second killing of a land defender
    in the valley this month``: "this year" hangs from a noun ranked by a superlative or an ordinal, and
    names the period the ranking runs over, not the day of the act."""
    unit = tok.head if tok.dep_ == "det" else tok
    if tok.lower_ not in _THIS or unit.dep_ != "npadvmod" or unit.lower_ not in ("year", "month", "week"):
        return False
    noun = unit.head
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in _ORDINALS) for c in noun.children
    )
