"""Magnitudes: the number table and the reading of a written number.

The lexicon table (units, multipliers, vague amounts, qualifiers, the kinds of nouns and verbs), the
parse of a number expression at a token (digits, number words, ranges, vague amounts), the qualifier
before it, and the signs that a number is a date, a day of a month, an age or a numbering.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..nlp.text import ents as doc_ents
from ..records import MagnitudeKind, Qualifier
from .lexicon import load_yaml
from .syntax import lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "DIGITS",
    "_Number",
    "_Table",
    "_an_age",
    "_day_month",
    "_may_start",
    "_miscalled_date",
    "_month_day",
    "_numbered",
    "_parse_number",
    "_qualifier",
    "_table",
    "_unit_value",
]


DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$|^\d+\.\d+$")


RANGE_TOKEN = re.compile(r"^(\d[\d,]*)[-–](\d[\d,]*)$")


CALENDAR_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov"}
    | {"dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "year", "years"}
    | {"month", "months", "week", "weeks", "day", "days", "decade", "decades", "century", "ago", "today"}
    | {"yesterday", "tomorrow", "last", "next", "past", "since", "until", "century", "hour", "hours"}
    | {"season", "spring", "summer", "autumn", "winter", "anniversary", "era", "s", "'s"}
)


@dataclass(frozen=True, slots=True)
class _Table:
    units: dict[str, int]
    multipliers: dict[str, int]
    vague: tuple[tuple[tuple[str, ...], int], ...]
    vague_first: frozenset[str]  # first words of the vague phrases: most tokens start none
    qualifiers: tuple[tuple[tuple[str, ...], Qualifier], ...]
    not_counts: frozenset[str]
    not_before: frozenset[str]
    nouns: dict[str, MagnitudeKind]
    people: frozenset[str]
    verbs: dict[str, MagnitudeKind]
    after: dict[str, MagnitudeKind]
    persons: frozenset[str] = frozenset()  # role nouns that name one person ("the spokesman")


@functools.cache
def _table() -> _Table:
    data: dict[str, Any] = load_yaml("magnitudes.yaml")

    def inverse(section: dict[str, list[str]]) -> dict[str, MagnitudeKind]:
        out: dict[str, Any] = {}
        for kind, words in section.items():
            for w in words:
                out.setdefault(str(w).lower(), kind)
        return out

    vague = sorted(((tuple(k.split()), int(v)) for k, v in data["vague"].items()), key=lambda x: -len(x[0]))
    quals = sorted(((tuple(k.split()), v) for k, v in data["qualifiers"].items()), key=lambda x: -len(x[0]))
    return _Table(
        units={str(k): int(v) for k, v in data["units"].items()},
        multipliers={str(k): int(v) for k, v in data["multipliers"].items()},
        vague=tuple(vague),
        vague_first=frozenset(words[0] for words, _ in vague if words),
        qualifiers=tuple(quals),
        not_counts=frozenset(str(w).lower() for w in data["not_counts"]),
        not_before=frozenset(str(w).lower() for w in data["not_count_before"]),
        nouns=inverse(data["nouns"]),
        people=frozenset(str(w) for w in data["people"]),
        verbs=inverse(data["verbs"]),
        after=inverse(data["after"]),
        persons=frozenset(str(w).lower() for w in data.get("persons", [])),
    )


@dataclass(frozen=True, slots=True)
class _Number:
    value: int
    start: int  # first token index
    end: int  # one past the last token index
    vague: bool = False
    high: int | None = None  # for ranges
    approximate: bool = False  # "half a dozen", "a dozen or so"


def _unit_value(tok: Token, t: _Table) -> int | None:
    low = tok.lower_
    if DIGITS.match(low):
        if "." in low:
            return None
        return int(low.replace(",", ""))
    if low in t.units:
        return t.units[low]
    return None


def _parse_number(doc: Doc, i: int, t: _Table) -> _Number | None:
    """A number expression starting at token ``i``."""
    tok = doc[i]
    low = tok.lower_
    n = len(doc)
    # vague amounts
    vague = _vague(doc, i, t)
    if vague is not None:
        return vague
    # "several tens of thousands", "many thousands", "a few hundreds": the quantifier adds no number
    skip = (
        2 if low == "a" and i + 1 < n and doc[i + 1].lower_ == "few" else 1 if low in VAGUE_QUANTIFIERS else 0
    )
    if skip and i + skip < n:
        inner = _vague(doc, i + skip, t)
        if inner is not None and _word(doc[inner.end - 1]).endswith("s"):
            return _Number(inner.value, i, inner.end, vague=True)
    # "a couple of hundred", "a couple thousand": two of them, roughly
    if low == "a" and i + 2 < n and doc[i + 1].lower_ == "couple":
        j = i + 3 if doc[i + 2].lower_ == "of" else i + 2
        if j < n and doc[j].lower_ in t.multipliers:
            return _Number(2 * t.multipliers[doc[j].lower_], i, j + 1, approximate=True)
    # "a dozen", "half a dozen", "a hundred", "a thousand"
    if low in ("a", "an") and i + 1 < n and doc[i + 1].lower_ in t.multipliers:
        mult = t.multipliers[doc[i + 1].lower_]
        return _Number(mult, i, i + 2)
    if low == "half" and i + 2 < n and doc[i + 1].lower_ == "a" and doc[i + 2].lower_ == "dozen":
        return _Number(6, i, i + 3, approximate=True)
    m = RANGE_TOKEN.match(low)
    if m:
        a, b = int(m.group(1).replace(",", "")), int(m.group(2).replace(",", ""))
        if a < b:
            return _Number(a, i, i + 1, high=b)
        return None
    if DIGITS.match(low) and "." in low:
        if i + 1 < n and doc[i + 1].lower_ in ("million", "billion", "thousand"):
            return _Number(int(float(low) * t.multipliers[doc[i + 1].lower_]), i, i + 2)
        return None
    unit = _unit_value(tok, t)
    if unit is None:
        return None
    value = unit
    j = i + 1
    # hyphenated number words: "forty - one" / "forty-one"
    if j + 1 < n and doc[j].text == "-" and doc[j + 1].lower_ in t.units and value >= 20 and value % 10 == 0:
        value += t.units[doc[j + 1].lower_]
        j += 2
    while j < n and doc[j].lower_ in t.multipliers:
        value *= t.multipliers[doc[j].lower_]
        j += 1
        if j + 1 < n and doc[j].lower_ == "and" and _unit_value(doc[j + 1], t) is not None:
            value += _unit_value(doc[j + 1], t) or 0
            j += 2
    return _Number(value, i, j)


VAGUE_QUANTIFIERS = frozenset({"several", "many"})


# Words other than digits, units and vague amounts that _parse_number can start from.
_OTHER_STARTS = VAGUE_QUANTIFIERS | {"a", "an", "half"}


def _may_start(low: str, t: _Table) -> bool:
    """Whether :func:`_parse_number` can find a number at a token written ``low`` (lower case):
    a digit first (DIGITS and RANGE_TOKEN need one), a unit word, the first word of a vague
    amount, or one of the words its other branches check."""
    return (
        low[:1].isdigit()
        or low in t.units
        or low in _OTHER_STARTS
        or DIGIT_PLURALS.get(low, low) in t.vague_first
    )


# Plural figures written in digits: "10s of thousands", "100s of people".
DIGIT_PLURALS = {"10s": "tens", "100s": "hundreds", "1000s": "thousands", "1,000s": "thousands"}


# Plural multipliers that scale a vague count before them: "dozens of thousands" = 12 x 1,000.
PLURAL_MULTIPLIERS = {"hundreds": 100, "thousands": 1000, "millions": 1000000, "billions": 1000000000}


def _word(tok: Token) -> str:
    low = tok.lower_
    return DIGIT_PLURALS.get(low, low)


def _vague(doc: Doc, i: int, t: _Table) -> _Number | None:
    """A vague amount at token ``i`` ("tens of thousands", "tens-of-thousands", "10s of thousands")."""
    if _word(doc[i]) not in t.vague_first:
        return None
    n = len(doc)
    idx: list[int] = []  # the words from i on, hyphens between them skipped
    j = i
    while j < n and len(idx) < 5:
        if doc[j].text in ("-", "–") and idx and j + 1 < n:
            j += 1
            continue
        idx.append(j)
        j += 1
    words_at = [_word(doc[k]) for k in idx]
    for words, value in t.vague:
        if len(words) <= len(words_at) and tuple(words_at[: len(words)]) == words:
            end = idx[len(words) - 1] + 1
            if len(words) == 1 and words[0] in ("scores", "tens") and not _counting(doc, end):
                return None  # "the scores", "tens" alone: not an amount
            k = len(words)
            if (
                k == 1
                and words[0] in ("tens", "dozens", "scores", "hundreds")
                and len(words_at) > 2
                and words_at[1] == "of"
                and words_at[2] in PLURAL_MULTIPLIERS
                and PLURAL_MULTIPLIERS[words_at[2]] > value
            ):
                # "dozens of thousands", "scores of thousands": the count scales the plural after it
                return _Number(value * PLURAL_MULTIPLIERS[words_at[2]], i, idx[2] + 1, vague=True)
            return _Number(value, i, end, vague=True)
    return None


def _counting(doc: Doc, end: int) -> bool:
    """ "scores of people", "scores were hurt", "scores injured": followed by "of" or a verb."""
    if end >= len(doc):
        return False
    prev = doc[end - 2] if end >= 2 else None
    if prev is not None and prev.pos_ in ("DET", "PRON"):
        return False  # "the scores of the two teams"
    return doc[end].lower_ == "of" or doc[end].pos_ in ("AUX", "VERB")


def _qualifier(doc: Doc, start: int, t: _Table) -> tuple[Qualifier, int]:
    low = lowers(doc)  # the per-Doc list: no Token built per word compared
    for words, qual in t.qualifiers:
        k = len(words)
        if start - k < 0:
            continue
        if all(low[start - k + m] == w for m, w in enumerate(words)):
            # "some" and "over"/"under" only as determiners/prepositions right before the number
            return qual, start - k
    return "exact", start


def _numbered(doc: Doc, k: int) -> bool:
    """Token ``k`` ends a numbering sign: "colony No. 22", "Prison No 3" (the tokenizer splits "No."
    in two, so the "no." of the not-count-before list never meets it)."""
    if doc[k].text == "." and k >= 1 and doc[k - 1].lower_ in ("no", "nos"):
        return doc[k - 1].idx + len(doc[k - 1].text) == doc[k].idx  # "No." written as one word
    return doc[k].text in ("No", "Nos") and not doc[k].is_sent_start


MONTH_WORDS = frozenset(
    {"january", "february", "march", "april", "june", "july", "august", "september", "october"}
    | {"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov"}
    | {"dec"}
)


AGE_WORDS = frozenset({"age", "ages"})


def _an_age(doc: Doc, start: int) -> bool:
    """The number closes "at the age of" ("arrested in 2014 at the age of 17"): an age, no count."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in AGE_WORDS


def _month_day(prev: Token, first: Token, num: _Number) -> bool:
    """ "Oct. 19", "on March 5": the day of a month the tagger did not call a date ("May" is left out:
    "may 12 …" is too often the verb)."""
    return (
        prev.lower_.rstrip(".") in MONTH_WORDS
        and prev.text[:1].isupper()
        and num.end == num.start + 1
        and first.text.isdigit()
        and 1 <= int(first.text) <= 31
    )


def _day_month(first: Token, nxt: Token, num: _Number) -> bool:
    """ "9 October", "the night of 30 Sept.": a day written before its month (May included: "12 may"
    is not written with a capital)."""
    return (
        (nxt.lower_.rstrip(".") in MONTH_WORDS or nxt.lower_ == "may")
        and nxt.text[:1].isupper()
        and num.end == num.start + 1
        and first.text.isdigit()
        and 1 <= int(first.text) <= 31
    )


def _miscalled_date(doc: Doc, k: int) -> bool:
    """A count the tagger called a DATE ("put the toll at 76", "between 50 and 60 people"): its entity
    has no calendar word, and it is no year."""
    tok = doc[k]
    if tok.ent_type_ != "DATE" or (tok.like_num and len(tok.text) == 4):
        return False
    if tok.is_alpha:
        return True  # "in February two police officers …": dates are written in digits, counts in words
    ent = next((e for e in doc_ents(doc) if e.start <= k < e.end), None)
    if ent is None:
        return False
    return not any(w.lower_ in CALENDAR_WORDS or (w.like_num and len(w.text) == 4) for w in ent)
