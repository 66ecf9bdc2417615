"""Magnitudes: counts, sizes and tolls with qualifiers and kinds.

Digits ("1,500", "2.5 million"), number words ("forty-one", "a dozen"), ranges
("between 200 and 300", "200-300") and ACLED's vague amounts ("dozens" = 12,
"hundreds" = 100, "tens of thousands" = 10000, ``vague=True``). The qualifier in
front sets the bounds (``more than 100`` → low 101; ``nearly 200`` → high 200).
The kind comes from the verb that governs the count ("41 were killed", "detained
300") or else from the counted noun ("in 20 cities"). Years, dates, ages, times,
percentages, money and ordinals are not magnitudes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..nlp.text import doc_text
from ..nlp.text import ents as doc_ents
from ..records import Magnitude, MagnitudeKind, Qualifier
from .lexicon import load_yaml, word_set
from .magnitude_asides import verb_past_aside
from .magnitude_stoppages import downs_tools
from .syntax import kids, lemma, lowers, token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_magnitudes", "names_places", "written_in_parts"]

DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$|^\d+\.\d+$")
RANGE_TOKEN = re.compile(r"^(\d[\d,]*)[-–](\d[\d,]*)$")
EXCLUDED_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"})
RANGE_JOINERS = frozenset({"-", "–", "to", "or"})
# Verbs whose active subject is the one it happens to ("41 people died").
ACTIVE_VICTIM_VERBS = frozenset({"die", "perish"})
# Nouns of an act done to people: "the execution of 31 prisoners" counts executions.
VICTIM_NOUN_KINDS = frozenset({"executions", "arrests", "fatalities", "injuries"})
CALENDAR_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov"}
    | {"dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "year", "years"}
    | {"month", "months", "week", "weeks", "day", "days", "decade", "decades", "century", "ago", "today"}
    | {"yesterday", "tomorrow", "last", "next", "past", "since", "until", "century", "hour", "hours"}
    | {"season", "spring", "summer", "autumn", "winter", "anniversary", "era", "s", "'s"}
)
TALLY_NOUNS = frozenset({"number", "tally", "total", "count", "figure"})
ESTIMATE_VERBS = frozenset({"estimate", "put", "number", "peg", "place"})
CASE_NOUNS = frozenset({"case", "incident", "instance", "count", "report", "complaint", "allegation"})
# "taken to hospital", "rushed to hospitals", "treated in hospital": the count is of the injured
HOSPITAL_VERBS = frozenset(
    {"take", "rush", "admit", "transfer", "send", "treat", "carry", "bring", "evacuate"}
)
BODY_PARTS = frozenset({"eye", "ear", "leg", "arm", "hand", "foot", "knee", "lung", "kidney", "side"})
# verbs of a hospital taking people in: with their wounds, the people are the injured
RECEIVING_VERBS = HOSPITAL_VERBS | {"receive"}
HOSPITALS = frozenset({"hospital", "hospitals", "clinic", "clinics", "infirmary"})


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


def _excluded(doc: Doc, num: _Number, t: _Table) -> bool:
    first, last = doc[num.start], doc[num.end - 1]
    nxt = doc[num.end] if num.end < len(doc) else None
    prev = doc[num.start - 1] if num.start > 0 else None
    if not num.vague and any(
        doc[k].ent_type_ in EXCLUDED_ENTS and not _miscalled_date(doc, k) for k in range(num.start, num.end)
    ):
        return True
    if num.vague and any(
        doc[k].ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT") for k in range(num.start, num.end)
    ):
        return True
    if nxt is not None and (nxt.lower_ in t.not_counts or nxt.lower_.startswith("-year") or nxt.text == "%"):
        return True
    if (
        nxt is not None
        and nxt.text == "-"
        and num.end + 1 < len(doc)
        and doc[num.end + 1].lower_ in t.not_counts
    ):
        return True
    if prev is not None and (prev.lower_ in t.not_before or prev.text in ("$", "€", "£")):
        return True
    if prev is not None and _numbered(doc, num.start - 1):
        return True
    if _an_age(doc, num.start):
        return True
    if prev is not None and _month_day(prev, first, num):
        return True
    if nxt is not None and _day_month(first, nxt, num):
        return True
    if first.lower_ == "one":
        if (
            nxt is None
            or nxt.lower_ in ("of", "another", "day", "side", "way", "thing", "after")
            or (
                nxt.lower_ in BODY_PARTS  # "blinded in one eye"
            )
        ):
            return True
        if prev is not None and prev.lower_ in ("no", "any", "each", "every", "the", "this"):
            return True
        if prev is not None and prev.lower_ in ("that", "which"):
            # "that one", "which one"; not "in which one officer was killed", "said that one man died"
            return not (first.dep_ == "nummod" and nxt.pos_ == "NOUN")
    if (
        DIGITS.match(first.lower_)
        and "," not in first.text
        and len(first.text) == 4
        and num.end == num.start + 1
    ):
        year = int(first.text)
        if 1800 <= year <= 2100 and not (nxt is not None and _noun_kind(nxt, t) is not None):
            return True
    if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")":
        return True
    # a number between a name and a single place is part of its name ("the Delmas 32 neighbourhood":
    # 32 neighbourhoods are plural)
    if (
        prev is not None
        and prev.pos_ == "PROPN"
        and num.end == num.start + 1
        and first.text.isdigit()
        and nxt is not None
        and nxt.tag_ == "NN"
        and _noun_kind(nxt, t) in ("localities", "provinces")
    ):
        return True
    # "Flight 752", "Ward 209": a bare number after a capitalised name is an identifier
    if prev is not None and prev.pos_ == "PROPN" and DIGITS.match(first.lower_) and last is first:
        return prev.ent_type_ not in ("GPE", "LOC", "NORP") and not (nxt is not None and nxt.pos_ == "NOUN")
    # ages: "Mahsa, 22," and "aged 17"
    return (
        prev is not None
        and prev.text == ","
        and nxt is not None
        and nxt.text == ","
        and num.start >= 2
        and doc[num.start - 2].pos_ == "PROPN"
    )


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


def _noun_kind(tok: Token, t: _Table) -> MagnitudeKind | None:
    kind = t.nouns.get(lemma(tok)) or t.nouns.get(tok.lower_)
    if kind is None and lemma(tok) in CASE_NOUNS:
        # "at least 82 cases of abductions", "12 instances of torture"
        for prep in kids(tok):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in kids(prep):
                    if obj.dep_ == "pobj":
                        return t.nouns.get(lemma(obj)) or t.nouns.get(obj.lower_)
    return kind


def names_places(tok: Token) -> bool:
    """``tok`` is a noun the magnitude table counts places with ("cities", "provinces", "villages")."""
    return _noun_kind(tok, _table()) in ("localities", "provinces")


def _possessor(doc: Doc, k: int) -> bool:
    """``Turkey`` or ``'s`` of ``Turkey's 81 provinces``: a possessor before the counted noun."""
    tok = doc[k]
    if tok.tag_ == "POS" or tok.lower_ in ("'s", "’s"):
        return True
    return k + 1 < len(doc) and doc[k + 1].tag_ == "POS" and tok.pos_ in ("NOUN", "PROPN")


def _denominator(doc: Doc, num: _Number, t: _Table) -> bool:
    """The size of the whole in a partitive: ``81`` in "55 of Turkey's 81 provinces", ``eight`` in
    "seven of the country's eight refineries" — not a count of anything that happened."""
    k = num.start - 1
    while k >= 0 and (_possessor(doc, k) or doc[k].lower_ in ("the", "its", "their")):
        k -= 1
    if k < 1 or doc[k].lower_ != "of" or k == num.start - 1:
        return False
    before = doc[k - 1]
    if not (
        before.like_num or before.lower_ in ("dozens", "hundreds", "thousands") or _unit_value(before, t)
    ):
        return False
    # a whole of places or things ("81 provinces", "eight refineries"); "two of the 12 detainees" still
    # counts twelve people held
    noun = doc[num.end] if num.end < len(doc) else None
    if noun is None or noun.pos_ != "NOUN":
        return False
    return _noun_kind(noun, t) in ("localities", "provinces", None) and lemma(noun) not in t.people


def _compound_head(tok: Token) -> Token:
    """``government supporters``, ``contract workers``: the noun a compound modifier belongs to."""
    cur = tok
    while cur.dep_ == "compound" and cur.head.i > cur.i and cur.head.i - tok.i <= 3:
        cur = cur.head
    if _name_before_noun(cur):
        return cur.head  # "several hundred University of Liberia students": the students
    return cur


def _name_before_noun(tok: Token) -> bool:
    """A name modifying the common noun after it ("University of Liberia students", parsed as the
    noun's ``nmod``): the count is of that noun's people, not of the named place."""
    head = tok.head
    return tok.pos_ == "PROPN" and tok.dep_ == "nmod" and head.pos_ == "NOUN" and 0 < head.i - tok.i <= 5


def _counted_noun(doc: Doc, num: _Number) -> Token | None:
    last = doc[num.end - 1]
    n = len(doc)
    j = num.end
    if j < n and doc[j].lower_ == "of":
        # "hundreds of protesters", "dozens of members of the security forces"; a partitive passes over
        # the whole's possessor and size: "55 of Turkey's 81 provinces", "20 of the country's 36 states"
        for k in range(j + 1, min(j + 7, n)):
            if _possessor(doc, k):
                continue
            if doc[k].pos_ in ("NOUN", "PROPN"):
                return _compound_head(doc[k])
            if doc[k].pos_ not in ("DET", "ADJ", "NUM", "PUNCT"):
                break
        return None
    if last.dep_ == "nummod" and last.head.pos_ in ("NOUN", "PROPN") and last.head.i > last.i:
        return _compound_head(last.head)  # "11 hunger strikers": the strikers, not the hunger
    for k in range(j, min(j + 4, n)):
        if doc[k].pos_ in ("NOUN", "PROPN"):
            return doc[k]
        if (doc[k].pos_ not in ("ADJ", "PUNCT", "DET") and doc[k].dep_ != "amod") or doc[k].text in (
            ",",
            ";",
            ".",
        ):
            break  # "a few hundred masked protesters": a participle modifier is passed over
    return None


def _verb_lemma(tok: Token, t: _Table) -> str:
    """The token's lemma, or the lexicon verb its past form spells when the lemmatiser slips
    ("staged" → "stag")."""
    lem = lemma(tok)
    if lem in t.verbs or tok.tag_ not in ("VBD", "VBN") or not tok.lower_.endswith("ed"):
        return lem
    for cut in (1, 2):
        if tok.lower_[:-cut] in t.verbs:
            return tok.lower_[:-cut]
    return lem


def _verb_kind(tok: Token, t: _Table) -> MagnitudeKind | None:
    """The kind a governing verb gives a count: climb from the counted phrase to its verb."""
    cur = tok
    via = ""
    prep = ""
    for _ in range(6):
        lem = _verb_lemma(cur, t)
        if lem == "lose" and any(lemma(c) in ("life", "lives") for c in kids(cur)):
            return "fatalities"  # "14 people lost their lives"
        if (
            lem in SUFFERING_VERBS
            and via == "nsubj"
            and any(c.dep_ == "dobj" and c.lower_ in WOUND_NOUNS for c in kids(cur))
        ):
            return "injuries"  # "four police officers received minor injuries"
        if cur.pos_ == "NOUN" and prep == "of" and t.nouns.get(lem) in VICTIM_NOUN_KINDS:
            return t.nouns[lem]  # "the execution of at least 31 prisoners"
        if cur.pos_ == "VERB" and via == "dobj" and lem not in DEATH_SENTENCES and _to_death(cur):
            return "executions" if lem == "put" else "fatalities"  # "beat and burned to death three men"
        if lem == "take" and any(c.lower_ == "away" or _into_custody(c) for c in kids(cur)):
            return "arrests"  # "took away four merchants", "took 18 of them into custody"
        if lem == "take" and via == "dobj" and _into_custody_below(cur):
            return "arrests"  # "took seven men who had acted as spokespeople ... into custody"
        if (
            lem in CONVEYING_VERBS
            and via in ("nsubjpass", "dobj")
            and any(_to_the_police(c) for c in kids(cur))
        ):
            return "arrests"  # "were driven to the police station", "delivered to the police department"
        if lem == "take" and via in ("nsubjpass", "dobj") and any(_taken_off(c) for c in kids(cur)):
            return "arrests"  # "taken from their homes", "took 14 students to a police station"
        if lem in HOSPITAL_VERBS and via in ("nsubjpass", "dobj") and (_to_hospital(cur) or _for_wounds(cur)):
            return "injuries"  # "taken to hospital", "treated for injuries"
        if lem == "treat" and via in ("nsubjpass", "dobj") and cur.pos_ == "VERB" and not _treated_as(cur):
            return "injuries"  # "23 were treated for the effects of tear gas", "had treated 37 people"
        if lem in STRIKING_VERBS and via == "nsubjpass" and _struck_by_missile(cur):
            return "injuries"  # "at least nine demonstrators had been hit by rubber bullets"
        if (
            lem in RECEIVING_VERBS
            and via in ("nsubjpass", "dobj")
            and (_with_wounds(cur) or _with_wounds(tok))
        ):
            return "injuries"  # "the hospital received 11 people with injuries", "admitted with burns"
        if lem == "leave" and via == "dobj":
            # "left one officer wounded", "left dozens of members of the security forces dead"
            for c in kids(cur):
                if c.dep_ in ("oprd", "acomp", "advcl", "xcomp", "ccomp", "amod") and c.lower_ in t.after:
                    return t.after[c.lower_]
            if _with_wounds(cur) or _with_wounds(tok):
                return "injuries"  # "leaving three people with minor injuries"
        if cur.pos_ == "VERB" and lem not in t.verbs and via == "nsubjpass":
            # "two farmers were tied up and shot": a victim verb conjoined to the one that governs them
            for c in kids(cur):
                conj = _verb_lemma(c, t)
                if c.dep_ == "conj" and conj in t.verbs and t.verbs[conj] != "participants":
                    return t.verbs[conj]
        if cur.pos_ in ("VERB", "AUX", "ADJ") and lem in t.verbs:
            kind = t.verbs[lem]
            if kind == "participants" and cur.dep_ == "amod":
                return None
            if (
                via in ("nsubj", "csubj")
                and kind != "participants"
                and lem not in ACTIVE_VICTIM_VERBS
                and not _absolute_participle(cur)
            ):
                # the active subject does the act: "200 students held a sit-in", "three gunmen shot …"
                return "participants" if lem == "hold" else None
            return kind
        if cur.pos_ == "VERB" and _gathers(cur, via):
            return "participants"  # "hundreds of thousands began a sit-in", "bused 10,000 in for a rally"
        if cur.pos_ in ("VERB", "AUX") and _on_action(cur, lem, via):
            return "participants"  # "700 workers have been on strike", "a strike involving 800 inmates"
        if cur.pos_ in ("VERB", "AUX") and lem not in ("be", "have", "leave"):
            # "killing 41 people" (acl/advcl): the count belongs to the verb, even when unknown
            return None
        if cur.head == cur:
            return None
        via = cur.dep_
        prep = cur.lower_ if cur.dep_ == "prep" else ""
        cur = cur.head
    return None


def _absolute_participle(verb: Token) -> bool:
    """A bare past participle with its own subject, "with" before it ("with more than 140 believers
    detained"): the subject is what the act was done to."""
    return (
        verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in kids(verb))
        and any(c.dep_ == "mark" and c.lower_ == "with" for c in kids(verb))
    )


# what a crowd begins, holds or is brought in for: the count is of its participants
GATHERING_NOUNS = frozenset(
    {"protest", "rally", "march", "demonstration", "sit-in", "strike", "vigil", "boycott", "walkout",
     "blockade", "occupation", "gathering", "procession", "picket"}
)  # fmt: skip


# "sentenced 14 people to death" condemns them; "beat/stabbed/burned three men to death" kills them
DEATH_SENTENCES = frozenset({"sentence", "condemn"})


def _to_death(verb: Token) -> bool:
    """``to death`` hanging from ``verb`` or from the verb it is conjoined to ("beat and burned to death")."""
    for v in (verb, *(c for c in kids(verb) if c.dep_ == "conj")):
        for prep in kids(v):
            if prep.dep_ == "prep" and prep.lower_ == "to" and any(o.lower_ == "death" for o in kids(prep)):
                return True
    return False


def _into_custody(prep: Token) -> bool:
    return prep.lower_ == "into" and any(o.lower_ == "custody" for o in kids(prep))


# where people taken by force are taken to ("taken to a police station", "to an unknown location")
CUSTODY_PLACES = frozenset(
    {"station", "prison", "jail", "custody", "detention", "cell", "cells", "headquarters", "location",
     "court", "base", "barracks", "centre", "center", "facility", "compound", "precinct", "office"}
)  # fmt: skip


# verbs of carrying people somewhere: to a police station or a cell, the people carried are held
CONVEYING_VERBS = frozenset(
    {"bring", "deliver", "drive", "bundle", "drag", "haul", "cart", "escort", "frogmarch"}
)
POLICE_PLACES = frozenset(
    {"station", "prison", "jail", "cell", "cells", "custody", "detention", "precinct", "van"}
)


def _to_the_police(prep: Token) -> bool:
    """``to the district police station``, ``into a police van``, ``to the police department``: a
    place of police custody (not any office or headquarters: "drove supporters to the party offices")."""
    if prep.dep_ != "prep" or prep.lower_ not in ("to", "into"):
        return False
    return any(
        o.dep_ == "pobj" and (lemma(o) in POLICE_PLACES or any(c.lower_ == "police" for c in kids(o)))
        for o in kids(prep)
    )


def _into_custody_below(verb: Token) -> bool:
    """``into custody`` anywhere in the clause of "took" (the parser often hangs it on a noun of a
    relative clause between: "took seven men who had acted for the villages into custody"), when the
    taking is no taking part."""
    if any(c.dep_ == "dobj" and c.lower_ == "part" for c in kids(verb)):
        return False
    return any(d.dep_ == "prep" and _into_custody(d) for d in verb.subtree)


def _taken_off(prep: Token) -> bool:
    """``from`` anywhere ("taken from their homes", "from their vehicles at a checkpoint") or ``to`` a
    place of custody ("to a police station", "to an unknown location") under a verb of taking: the
    people taken are held (not "took to the streets", "taken to hospital")."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "from":
        return any(o.dep_ == "pobj" for o in kids(prep))
    return prep.lower_ == "to" and any(o.dep_ == "pobj" and o.lower_ in CUSTODY_PLACES for o in kids(prep))


def _gathering(tok: Token) -> bool:
    if lemma(tok) in GATHERING_NOUNS:
        return True
    return tok.lower_ in ("in", "ins") and any(c.lower_ == "sit" for c in kids(tok))  # "sit - in"


def _gathers(verb: Token, via: str) -> bool:
    """The counted people begin or hold a protest ("hundreds of thousands of people began a sit-in") or
    are brought in for one ("bused tens of thousands of supporters into the capital for a rally")."""
    if via in ("nsubj", "csubj"):
        return any(c.dep_ == "dobj" and _gathering(c) for c in kids(verb))
    if via == "dobj":
        # "bused 10,000 in for a rally", "brought tens of thousands onto the streets"
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("for", "to", "onto", "into")
            and any(_gathering(g) or (c.lower_ != "for" and g.lower_ == "streets") for g in kids(c))
            for c in kids(verb)
        )
    return False


# "have been / remain / stay on (hunger) strike": the subject is the act's people
ON_ACTION_VERBS = frozenset({"be", "remain", "stay"})


def _on_action(verb: Token, lem: str, via: str) -> bool:
    """The counted people are in the act the verb puts them in: the subject of "have been on (hunger)
    strike" ("about 700 workers have been on strike since Monday", "three of them have been on hunger
    strike") or the object of a gathering's "involving" ("a strike involving some 800 inmates")."""
    if via == "dobj" and lem == "involve":
        return verb.dep_ == "acl" and _gathering(verb.head)
    if via != "nsubj" or lem not in ON_ACTION_VERBS:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(o.dep_ == "pobj" and _gathering(o) for o in kids(c))
        for c in kids(verb)
    )


WOUND_NOUNS = frozenset(
    {"injury", "injuries", "wound", "wounds", "burn", "burns", "bruise", "bruises", "cut", "cuts", "fracture",
     "fractures"}
)  # fmt: skip
# "four officers received minor injuries", "suffered gunshot wounds": the subject is hurt
SUFFERING_VERBS = frozenset({"receive", "suffer", "sustain"})


def _with_wounds(tok: Token) -> bool:
    """``with (minor) injuries``, ``with gunshot wounds`` hanging from ``tok``."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(o.dep_ == "pobj" and o.lower_ in WOUND_NOUNS for o in kids(c))
        for c in kids(tok)
    )


def _for_wounds(verb: Token) -> bool:
    """``treated for (gunshot) wounds``, ``treated for injuries`` hanging from ``verb``."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(o.dep_ == "pobj" and o.lower_ in WOUND_NOUNS for o in kids(c))
        for c in kids(verb)
    )


# "were hit by rubber bullets", "struck by tear gas canisters": the people struck are hurt
STRIKING_VERBS = frozenset({"hit", "strike"})
MISSILES = frozenset(
    {"bullet", "pellet", "round", "birdshot", "buckshot", "shot", "canister", "cartridge", "grenade",
     "shrapnel", "projectile", "stone", "rock", "brick", "bottle", "baton", "truncheon", "club"}
)  # fmt: skip
# "treated as criminals", "treated harshly": a way of dealing with people, not medical care
TREATED_AS = frozenset(
    {"as", "like", "harshly", "badly", "fairly", "unfairly", "well", "differently", "equally"}
)


def _treated_as(verb: Token) -> bool:
    return any(c.dep_ in ("prep", "advmod", "acomp") and c.lower_ in TREATED_AS for c in kids(verb))


def _struck_by_missile(verb: Token) -> bool:
    """``hit by rubber bullets``, ``struck by a tear gas canister``: the agent is thrown or fired."""
    return any(
        c.dep_ in ("agent", "prep")
        and c.lower_ == "by"
        and any(o.dep_ == "pobj" and lemma(o) in MISSILES for o in kids(c))
        for c in kids(verb)
    )


def _to_hospital(verb: Token) -> bool:
    for prep in kids(verb):
        if (
            prep.dep_ == "prep"
            and prep.lower_ in ("to", "in", "into", "at")
            and any(o.dep_ == "pobj" and o.lower_ in HOSPITALS for o in kids(prep))
        ):
            return True
    return False


def _relcl_kind(noun: Token, t: _Table) -> MagnitudeKind | None:
    """ "40 people who were arrested", "seven men hanged": the clause says what happened to the noun
    (not "eight shops whose owners refused")."""
    for c in kids(noun):
        lem = _verb_lemma(c, t)
        if c.dep_ not in ("relcl", "acl") or lem not in t.verbs:
            continue
        subj = next((g for g in kids(c) if g.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in ("who", "that", "which"):
            return t.verbs[lem]
    return None


def _toll_kind(tok: Token, t: _Table) -> MagnitudeKind | None:
    """``the death toll rose to 41`` / ``put the toll at 12`` / ``the toll … has reached 122``."""
    verb = tok
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    around = [*verb.subtree]
    if verb.dep_ in ("advcl", "relcl", "acl") and verb.head.pos_ == "NOUN":
        around.append(
            verb.head
        )  # "The death toll since the coup has reached 122" (parsed as a clause of toll)
    for w in around:
        if lemma(w) == "toll":
            return "fatalities"
        if lemma(w) in TALLY_NOUNS and w.pos_ == "NOUN":
            # "the number of those detained has risen to 500", "the tally of dead"; "the number of
            # executions will exceed 1,500", "the number of people who have died"
            for d in w.subtree:
                if d.lower_ in t.after:
                    return t.after[d.lower_]
            for d in w.subtree:
                kind = _noun_kind(d, t) if d.pos_ == "NOUN" else None
                if kind is None and d.pos_ == "VERB" and d.i > w.i:
                    kind = t.verbs.get(_verb_lemma(d, t))
                if kind in VICTIM_NOUN_KINDS:
                    return kind
    return None


def _kind(doc: Doc, num: _Number, t: _Table, qstart: int | None = None) -> MagnitudeKind:
    nxt = doc[num.end] if num.end < len(doc) else None
    if nxt is not None and nxt.lower_ in t.after:
        return t.after[nxt.lower_]
    if nxt is not None and nxt.lower_ in ("others", "more") and num.end + 1 < len(doc):
        done = _done_to_others(doc, num.end + 1, t)
        if done is not None:
            return done  # "were killed and 27 others injured", "at least 150 more were wounded"
    first = num.start if qstart is None else qstart
    prev = doc[first - 1] if first > 0 else None
    if prev is not None and prev.pos_ == "VERB" and prev.dep_ != "amod":
        # "… and killed at least seven villagers, …" even when the parse loses the object
        lem = _verb_lemma(prev, t)
        counted = _counted_noun(doc, num)
        if t.verbs.get(lem) not in (None, "participants") and not (
            counted is not None and _counts_events(counted, t)
        ):
            return t.verbs[lem]
    if first >= 2 and doc[first - 1].lower_ in ("by", "of") and _gathering(doc[first - 2]):
        return "participants"  # "a march by thousands of students", "a rally of about 40 people"
    after_who = _who_was(doc, num.end, t)
    if after_who is not None:
        return after_who  # "including 43 who were detained", "two who had been shot"
    noun = _counted_noun(doc, num)
    anchor = noun if noun is not None else doc[num.end - 1]
    if _passive_doers(anchor, t):
        return "participants"  # "seized by four men", "shot dead by two gunmen": the doers, not the victims
    if noun is not None and _partitive(doc, num) and _harmed_in_custody(anchor):
        return "other"  # "three of the detainees had been beaten": the tortured, not a second arrest count
    if noun is not None and lemma(noun) in TALLY_NOUNS:
        noun = None  # "bringing to 41 the number of people who have died": the tally says what it counts
        anchor = doc[num.end - 1]
    by_noun = _noun_kind(noun, t) if noun is not None else None
    if noun is not None and lemma(noun) in t.people and _predicate_faces_execution(noun):
        return "executions"  # "three prisoners held in Zahedan are at imminent risk of execution"
    if noun is not None and by_noun not in ("localities", "provinces"):
        # "40 people who were arrested"; not "17 cities, including Tehran, …, chanting": a count of
        # places stays one whatever its clause says the people there did
        rel = _relcl_kind(noun, t)
        if rel == "participants":
            # "two friends who laid flowers were detained": what was done to them counts them
            done = _verb_kind(anchor, t)
            if done is not None and done != "participants":
                return done
        if rel is not None:
            return rel
    if by_noun in VICTIM_NOUN_KINDS and _partitive(doc, num) and _share_acts(doc[num.end - 1], anchor, t):
        return "participants"  # "eleven of the detainees have been on hunger strike since Monday"
    if by_noun in ("localities", "provinces", "executions", "arrests", "injuries"):
        return by_noun
    if noun is not None and _counts_events(noun, t):
        return "other"  # "held dozens of general strikes": a count of the acts, not of their people
    by_verb = _verb_kind(anchor, t)
    if by_verb is not None and by_verb != "participants":
        return by_verb
    if by_noun is not None:
        return by_noun
    if by_verb == "participants" and (
        noun is None
        or lemma(noun) in t.people
        or noun.pos_ == "PROPN"
        or _people_acting(noun, t)
        or _gathering_subject(noun)
    ):
        return "participants"
    if noun is not None and by_verb is None and _subject_come_to_act(noun, t):
        return "participants"  # "thousands of people braved the cold to protest"
    if noun is None:
        # "a crowd of several thousand", "a crowd of tens of thousands" (the first word is the count)
        held = _holder_kind(doc[num.end - 1], t) or _holder_kind(doc[num.start], t)
        if held is not None:
            return held
    toll = _toll_kind(doc[num.end - 1], t)
    if toll is not None and noun is None:
        return toll
    if noun is not None and lemma(noun) in t.people and _facing_execution(noun):
        return "executions"
    if by_verb is None and noun is not None and _people_acting(noun, t):
        return "participants"
    if noun is not None and _people_noun(noun, t) and downs_tools(noun):
        return "participants"  # "about 6,000 nurses had downed tools"
    aside = verb_past_aside(doc, anchor, t.verbs, lambda v: _verb_lemma(v, t), _people_noun(noun, t))
    if aside is not None:
        return aside  # "hundreds of young people, many of them taxi riders, blocked roads"
    return "other"


def _people_noun(noun: Token | None, t: _Table) -> bool:
    """The counted noun names people who may be a crowd (a bare count counts people too), not the
    security forces or armed men."""
    if noun is None:
        return True
    lem = lemma(noun)
    if lem in word_set("security_nouns") or lem in word_set("armed_doers"):
        return False
    return lem in t.people or lem in word_set("animate") or _agent_noun(noun)


# verbs of ill-treatment: a count of people they are done to is no count of arrests or deaths
ILL_TREATMENT_VERBS = frozenset(
    {"beat", "torture", "slap", "kick", "punch", "whip", "flog", "mistreat", "ill-treat", "abuse",
     "electrocute", "burn", "rape", "assault"}
)  # fmt: skip


def _passive_doers(tok: Token, t: _Table) -> bool:
    """The counted phrase is the ``by``-agent of a passive act done to people ("was seized outside his
    home by four men", "was shot dead by two men on a motorcycle"): it counts who did it."""
    # only the agent itself: a conjoined noun is often a second clause's subject the parser hung there
    # ("killed by security forces and more than 29,000 people arrested")
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ not in ("agent", "prep"):
        return False
    verb = prep.head
    if verb.i == prep.i or verb.tag_ != "VBN":
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(verb)) or verb.dep_ in ("acl", "relcl")
    kind = t.verbs.get(_verb_lemma(verb, t))
    if kind is None and lemma(verb) in ILL_TREATMENT_VERBS:
        kind = "other"
    if lemma(verb) == "take" and any(
        c.lower_ == "away" or _into_custody(c) or _taken_off(c) for c in kids(verb)
    ):
        kind = "arrests"  # "taken away / taken from his home by a dozen officers"
    return passive and kind is not None and kind != "participants"


def _partitive(doc: Doc, num: _Number) -> bool:
    """``three of the detainees``, ``two of them``: a share of people told as a whole elsewhere."""
    return num.end + 1 < len(doc) and doc[num.end].lower_ == "of"


def _share_acts(share: Token, anchor: Token, t: _Table) -> bool:
    """A share of people told as victims elsewhere ("eleven of the detainees", "two of the prisoners")
    is the active subject of a crowd's act of its own ("have been on hunger strike", "staged a
    sit-in"): it counts that act's participants, not a second count of the whole's kind."""
    return share.dep_ == "nsubj" and _verb_kind(anchor, t) == "participants"


def _harmed_in_custody(tok: Token) -> bool:
    """The share's clause verb is one of ill-treatment ("two of the detainees had been beaten",
    "three of those arrested were kicked"): its count is of the ill-treated."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        via, cur = cur.dep_, cur.head
        if cur.pos_ in ("VERB", "AUX") and via in ("nsubjpass", "nsubj", "dobj", "pobj", "prep"):
            if lemma(cur) in ILL_TREATMENT_VERBS:
                return via in ("nsubjpass", "dobj")
            if via in ("nsubjpass", "nsubj", "dobj"):
                return False
    return False


def _counts_events(noun: Token, t: _Table) -> bool:
    """The counted noun is a plural act of a crowd ("dozens of general strikes", "three protests")."""
    return noun.tag_ == "NNS" and _gathering(noun) and lemma(noun) not in t.nouns


def _gathering_subject(noun: Token) -> bool:
    """The counted noun is the subject of a verb whose object is a gathering ("about 300 traders at
    the market staged a protest"): they are its participants, whatever the noun."""
    subj = _subject(noun)
    return subj is not None and _gathers(subj.head, "nsubj")


def _subject(noun: Token) -> Token | None:
    """The subject the counted noun stands in: itself, or the amount it is counted by ("thousands of
    people" → "thousands")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "nsubj":
        return noun.head.head
    return noun if noun.dep_ == "nsubj" else None


def _subject_come_to_act(noun: Token, t: _Table) -> bool:
    """The counted people are the subject of a verb with a purpose clause naming a crowd's act
    ("thousands braved the cold to protest", "hundreds came out to march")."""
    subj = _subject(noun)
    if subj is None or lemma(noun) not in t.people:
        return False
    return any(t.verbs.get(_verb_lemma(v, t)) == "participants" for v in _purposes(subj.head))


def _purposes(verb: Token) -> list[Token]:
    """The verbs of ``verb``'s purpose clauses ("… to protest"), also when the parser takes "to" for a
    preposition ("defied the rain to march": ``march`` its object)."""
    out = [
        c
        for c in kids(verb)
        if c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))
    ]
    for p in kids(verb):
        if p.dep_ == "prep" and p.lower_ == "to":
            out.extend(o for o in kids(p) if o.dep_ == "pobj" and o.tag_ == "VB")
    return out


def _people_acting(noun: Token, t: _Table) -> bool:
    """The counted noun names people (the lexicon's people and animate nouns, not the security forces
    or armed men) who are the active subject of an act of a crowd (:func:`_acting_verb`)."""
    lem = lemma(noun)
    known = lem in t.people or lem in word_set("animate")
    if noun.pos_ != "NOUN" or not (known or _agent_noun(noun)):
        return False
    if lem in word_set("security_nouns") or lem in word_set("armed_doers"):
        return False
    return _acting_verb(noun, t) is not None


AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ent")


def _agent_noun(noun: Token) -> bool:
    """A plural noun of doers the lexicon does not list ("depositors", "squatters", "taxi drivers"): a
    crowd's act told with it as the subject counts people, not things (inanimate nouns are left out)."""
    lem = lemma(noun)
    return noun.tag_ == "NNS" and lem.endswith(AGENT_SUFFIXES) and lem not in word_set("inanimate")


def _acting_verb(noun: Token, t: _Table) -> Token | None:
    """The act of a crowd the counted people do themselves, as the active subject of its verb,
    directly or through the collective noun that holds them: "thousands of war veterans blocked
    the roads", "a group of about 150 people broke off and hurled stones" (the conjoined verb),
    "about 300 employees … stayed off the job", "some 40 conscripts began a hunger strike". The verb
    (or one conjoined to it) is a crowd's act of the lexicon, a stoppage or the start of a protest;
    a passive or a verb of saying is none ("three of the detainees told their lawyers")."""
    subj = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "NUM", "PRON"):
        subj = noun.head.head  # "a group of about 150 people", "thousands of war veterans"
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(verb)):
        return None
    for v in (verb, *(c for c in kids(verb) if c.dep_ in ("conj", "xcomp"))):
        if t.verbs.get(_verb_lemma(v, t)) == "participants" or _off_work(v) or _gathers(v, "nsubj"):
            return verb
    return None


def _off_work(verb: Token) -> bool:
    """``stayed off the job``, ``remained off work``: out of work together, a stoppage."""
    return any(
        c.dep_ == "prep" and c.lower_ == "off" and any(lemma(o) in ("job", "work") for o in kids(c))
        for c in kids(verb)
    )


# "at imminent risk of execution", "moved to solitary confinement ahead of execution", "face execution"
_FACING_EXECUTION = re.compile(
    r"\b(?:risk\s+of|ahead\s+of|face|faces|facing|await|awaits|awaiting)\s+(?:(?:their|his|her)\s+)?"
    r"(?:(?:imminent|possible)\s+)?(?:execution\b|being\s+(?:executed|hanged|put\s+to\s+death)\b)",
    re.IGNORECASE,
)


def _facing_execution(noun: Token) -> bool:
    """The counted people are said to face execution: "three activists who are at imminent risk of
    execution", "20 prisoners have been moved to solitary confinement ahead of execution" (the
    clause they are the subject of, or the clause that describes them)."""
    clauses = [c for c in kids(noun) if c.dep_ in ("relcl", "acl")]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        clauses.append(noun.head)
    text = doc_text(noun.doc)
    for c in clauses:
        first, last = c.left_edge, c.right_edge
        if _FACING_EXECUTION.search(text, first.idx, last.idx + len(last.text)):
            return True
    return False


def _predicate_faces_execution(noun: Token) -> bool:
    """The counted people are the subject of a predicate of facing execution, whatever clause
    describes them ("five more men held on the same charges are at imminent risk of being put to
    death": the risk, not the holding, is what the sentence tells of them)."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    start, last = noun.right_edge.i + 1, verb.right_edge
    if start > last.i:
        return False
    return (
        _FACING_EXECUTION.search(doc_text(noun.doc), noun.doc[start].idx, last.idx + len(last.text))
        is not None
    )


_WHO_AUX = frozenset({"was", "were", "had", "have", "has", "been", "being", "later", "then", "reportedly"})


def _who_was(doc: Doc, end: int, t: _Table) -> MagnitudeKind | None:
    """A bare count followed by what was done to those it counts: "43 who were detained", "two who
    had been shot", "11 in Bandar Abbas who were taken from their vehicles" (the relative clause,
    however it is parsed, names the act)."""
    n = len(doc)
    if end + 1 < n and doc[end].lower_ in ("in", "at", "from") and doc[end + 1].is_title:
        town = end + 1  # the town they were counted in, before the clause
        end = town
        while end < min(n, town + 4) and doc[end].is_title:
            end += 1
    if end >= n or doc[end].lower_ not in ("who", "that"):
        return None
    k = end + 1
    while k < n and doc[k].lower_ in _WHO_AUX:
        k += 1
    if k == end + 1 or k >= n or doc[k].tag_ != "VBN":
        return None  # "43 who set fire …": what they did, not what was done to them
    lem = _verb_lemma(doc[k], t)
    if lem == "take" and any(_taken_off(c) for c in kids(doc[k])):
        return "arrests"
    kind = t.verbs.get(lem)
    return kind if kind not in (None, "participants") else None


def _done_to_others(doc: Doc, k: int, t: _Table) -> MagnitudeKind | None:
    """What was done to "N others" / "N more", told from token ``k`` on: "27 others injured", "two more
    wounded", "150 more were wounded" (the auxiliaries passed over)."""
    n = len(doc)
    start = k
    while k < n and doc[k].lower_ in _WHO_AUX:
        k += 1
    if k >= n:
        return None
    if doc[k].lower_ in t.after:
        return t.after[doc[k].lower_]
    kind = t.verbs.get(_verb_lemma(doc[k], t)) if k > start and doc[k].tag_ == "VBN" else None
    return kind if kind != "participants" else None


def _holder_kind(last: Token, t: _Table) -> MagnitudeKind | None:
    """A bare count that measures a noun: "a crowd of several thousand", "crowds estimated at 20,000"."""
    prep = last.head
    if last.dep_ != "pobj" or prep.dep_ not in ("prep", "agent"):
        return None
    holder = prep.head
    if prep.lower_ == "of" and holder.pos_ == "NOUN":
        return _noun_kind(holder, t)
    if prep.lower_ == "at" and lemma(holder) in ESTIMATE_VERBS:
        noun = holder.head if holder.dep_ in ("acl", "relcl") else None
        noun = noun or next((c for c in kids(holder) if c.dep_ in ("nsubjpass", "dobj", "nsubj")), None)
        if noun is not None and noun.pos_ == "NOUN":
            return _noun_kind(noun, t)
    return None


def _bounds(qual: Qualifier, num: _Number) -> tuple[int | None, int | None, Qualifier]:
    v = num.value
    if num.high is not None:
        return v, num.high, "range"  # the value is the upper figure (docs/gold-format.md)
    if num.vague and qual == "exact":
        return v, None, "vague"
    if qual == "exact":
        return v, v, "exact"
    if qual == "more_than":
        return v + 1, None, qual
    if qual == "at_least":
        return v, None, qual
    if qual == "at_most":
        return None, v, qual
    if qual == "fewer_than":
        return None, max(v - 1, 0), qual
    return None, None, qual


def find_magnitudes(doc: Doc) -> list[Magnitude]:
    """Every magnitude in ``doc.text``, sorted by offset."""
    t = _table()
    out: list[Magnitude] = []
    lows = lowers(doc)
    i = 0
    n = len(doc)
    while i < n:
        if not _may_start(lows[i], t):
            i += 1  # what _parse_number would say, without building tokens
            continue
        num = _parse_number(doc, i, t)
        if num is None:
            i += 1
            continue
        start = num.start
        # "between 200 and 300", "200 to 300", "two or three"
        joiner = doc[num.end] if num.end < n else None
        if num.high is None and not num.vague and joiner is not None:
            between = start > 0 and doc[start - 1].lower_ == "between"
            if joiner.lower_ in RANGE_JOINERS or (between and joiner.lower_ == "and"):
                other = _parse_number(doc, num.end + 1, t) if num.end + 1 < n else None
                if other is not None and not other.vague and other.value > num.value:
                    num = _Number(num.value, num.start, other.end, high=other.value)
                    if between:
                        start -= 1
        if _excluded(doc, num, t) or _denominator(doc, num, t):
            i = num.end
            continue
        qual, qstart = _qualifier(doc, start, t)
        if qual == "approximate" and doc[start - 1].lower_ == "some" and num.vague:
            qual, qstart = "exact", start
        if num.high is not None:
            qstart = start  # a range is its own qualifier
        if qual == "exact" and num.approximate:
            qual = "approximate"
        low, high, qualifier = _bounds(qual, num)
        if num.vague and qualifier != "range" and qual == "exact":
            qualifier = "vague"  # "more than a dozen" keeps its qualifier; plain "dozens" is vague
        first = doc[qstart]
        last = doc[num.end - 1]
        s, e = first.idx, last.idx + len(last.text)
        out.append(
            Magnitude(
                kind=_kind(doc, num, t, qstart),
                value=num.value if num.high is None else num.high,
                low=low,
                high=high,
                qualifier=qualifier,
                text=doc_text(doc)[s:e],
                start_char=s,
                end_char=e,
                vague=num.vague,
            )
        )
        i = num.end
    out.extend(_place_lists(doc, out))
    out.extend(_ordinal_tallies(doc, t))
    out.sort(key=lambda m: m.start_char)
    return _coordinated_totals(doc, out, t)


# a name's words: a period only inside one ("D.C") or after a short abbreviation ("St. Louis"), never a
# sentence's last ("… Najaf and Basra. In Nasiriyah …" is no town of the list)
_WORD = r"(?:(?:St|Ste|Mt|Ft)\.|[A-Z][\w'’-]*(?:\.[\w'’-]+)*)"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
_PLACE_LIST = re.compile(rf"\b(?:in|across|to)\s+(?P<list>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})")


def _sentence_bounds(doc: Doc, char: int) -> tuple[int, int]:
    tok = token_at(doc, char)
    if tok is None:
        return char, char + 1
    sent = tok.sent
    return sent.start_char, sent.end_char


def _place_lists(doc: Doc, found: list[Magnitude]) -> list[Magnitude]:
    """A written list of three or more towns is a count of places ("protests in Gondar, Kobo and
    Woldia": three localities), when the tagger calls one of its names a place and no more than half
    of them persons, and the sentence writes no count of places of its own."""
    text = doc_text(doc)
    if " and " not in text:
        return []
    places = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in ("GPE", "LOC")]
    # persons' full names as half the items make it a list of people ("John Smith and Mary Jones")
    people = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "PERSON" and " " in e.text]
    if not places:
        return []
    out: list[Magnitude] = []
    for m in _PLACE_LIST.finditer(text):
        start, end = m.start("list"), m.end("list")
        while end > start and text[end - 1] in ".,;:":
            end -= 1
        names = [
            (start + i.start(), start + i.end())
            for i in re.finditer(r"[^,]+?(?=\s*(?:,|\band\b|$))", text[start:end])
            if i.group().strip() and i.group().strip() != "and"
        ]
        names = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in names]
        names = [(a + 4, b) if text[a:b].startswith("and ") else (a, b) for a, b in names]
        if len(names) < 3 or any(f.start_char < end and start < f.end_char for f in found):
            continue  # two names are as often one act in two towns ("internet was cut in Ahvaz and Shadegan")
        sent = _sentence_bounds(doc, start)
        if any(f.kind in ("localities", "provinces") and sent[0] <= f.start_char < sent[1] for f in found):
            continue  # "in Khartoum, Omdurman and Bahri and in at least nine other towns": the written count
        if not any(pa < nb and na < pb for na, nb in names for pa, pb in places):
            continue
        named = sum(any(pa < nb and na < pb for pa, pb in people) for na, nb in names)
        if 2 * named >= len(names):
            continue
        n = len(names)
        out.append(
            Magnitude(
                kind="localities",
                value=n,
                low=n,
                high=n,
                qualifier="exact",
                text=text[start:end],
                start_char=start,
                end_char=end,
                vague=False,
            )
        )
    return out


VICTIM_KINDS = frozenset({"fatalities", "arrests", "injuries", "executions"})
ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "twentieth": 20,
}  # fmt: skip
_ORDINAL_DIGITS = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$")


def _ordinal_tallies(doc: Doc, t: _Table) -> list[Magnitude]:
    """ "the third supporter found dead this year", "the seventh prisoner to die in custody": the
    victim's place in a tally is the count so far of those it happened to."""
    out: list[Magnitude] = []
    for i, low in enumerate(lowers(doc)):
        m = _ORDINAL_DIGITS.match(low)
        value = ORDINALS.get(low) or (int(m.group(1)) if m else None)
        if value is None or value < 2 or i == 0 or doc[i - 1].lower_ != "the":
            continue
        tok = doc[i]
        noun = tok.head
        if tok.dep_ != "amod" or noun.pos_ != "NOUN" or not 0 < noun.i - i <= 3:
            continue
        if noun.dep_ not in ("attr", "appos"):
            continue  # "he was the third …", "Kasozi, the third …": who the victim is in the tally
        # the act written right after the noun: "found dead", "arrested", "to die", "to be hanged"
        k = noun.i + 1
        if k < len(doc) and doc[k].lower_ == "to":
            k += 1
            if k < len(doc) and doc[k].lower_ == "be":
                k += 1
        if k >= len(doc) or doc[k].pos_ != "VERB":
            continue
        lem = _verb_lemma(doc[k], t)
        kind: MagnitudeKind | None = t.verbs.get(lem)
        if lem == "find" and k + 1 < len(doc) and doc[k + 1].lower_ == "dead":
            kind = "fatalities"
        if kind not in VICTIM_KINDS or kind is None:
            continue
        out.append(
            Magnitude(
                kind=kind,
                value=value,
                low=value,
                high=value,
                qualifier="exact",
                text=tok.text,
                start_char=tok.idx,
                end_char=tok.idx + len(tok.text),
                vague=False,
            )
        )
    return out


ONE_DETS = frozenset({"a", "an", "one", "another"})


def _one_of(tok: Token) -> bool:
    """``a policeman``, ``another student``: one person written without a number."""
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in ONE_DETS for c in kids(tok))
    )


def _coordinated_totals(doc: Doc, mags: list[Magnitude], t: _Table) -> list[Magnitude]:
    """The victims of one verb counted in parts: "four Rangers personnel and a policeman were killed"
    is five killed, "killed a commander and two of his guards" three: the count of the first part
    becomes the total, written over both parts."""
    out = list(mags)
    for k, m in enumerate(out):
        if m.kind not in VICTIM_KINDS or m.vague or m.qualifier not in ("exact", "at_least", "more_than"):
            continue
        num = token_at(doc, m.end_char - 1)
        if num is None:
            continue
        noun = num.head if num.dep_ == "nummod" else num
        partner = None
        if noun.dep_ == "conj" and _one_of(noun.head):
            partner = noun.head  # "a commander … and two of his guards"
        else:
            partner = next((c for c in kids(noun) if c.dep_ == "conj" and _one_of(c)), None)
        if partner is None or any(o.start_char <= partner.idx < o.end_char for o in out):
            continue
        first = min(partner.left_edge.idx, m.start_char) if partner.i < num.i else m.start_char
        last = max(m.end_char, partner.idx + len(partner.text), noun.idx + len(noun.text))
        value = m.value + 1
        out[k] = replace(
            m,
            value=value,
            low=(m.low + 1) if m.low is not None else None,
            high=(m.high + 1) if m.high is not None else None,
            text=doc_text(doc)[first:last],
            start_char=first,
            end_char=last,
        )
    return out


def _counted_by(doc: Doc, m: Magnitude) -> Token | None:
    """The noun a figure counts ("21" -> "civilians" in "21 civilians"), or its number when it counts none."""
    num = token_at(doc, m.end_char - 1)
    if num is None:
        return None
    return num.head if num.dep_ == "nummod" else num


def written_in_parts(doc: Doc, first: Magnitude, other: Magnitude) -> bool:
    """Two figures of one kind written as parts of one count, the counted nouns conjoined: "21 civilians
    and six police officers were killed", "two soldiers and five assailants died", "at least 14 priests
    and one bishop have been arrested" (gold-format I12: one magnitude per written figure, never their
    sum)."""
    if first.kind != other.kind or first.kind not in VICTIM_KINDS or first.start_char == other.start_char:
        return False
    a, b = _counted_by(doc, first), _counted_by(doc, other)
    if a is None or b is None or a.i == b.i:
        return False
    return (b.dep_ == "conj" and b.head.i == a.i) or (a.dep_ == "conj" and a.head.i == b.i)
