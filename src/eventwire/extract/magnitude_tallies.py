"""Magnitudes: counts written without one number, and figures written in parts.

A written list of three or more towns (a count of places), an ordinal's place in a tally ("the third
prisoner to die"), a count and a single victim conjoined ("four soldiers and a policeman were killed":
five), and two figures of one kind that are parts of one count.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..nlp.text import ents as doc_ents
from ..records import Magnitude, MagnitudeKind
from .magnitude_numbers import _Table
from .magnitude_verb_clues import _verb_lemma
from .syntax import kids, lowers, token_at

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

__all__ = ["_coordinated_totals", "_ordinal_tallies", "_place_lists", "written_in_parts"]


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
        if tok.dep_ in ("attr", "appos"):
            # "this is the fourth of our officials killed since April": the ordinal heads the phrase
            noun = next((g for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "of" for g in kids(p)), tok)
            if noun is tok or noun.pos_ != "NOUN" or not 0 < noun.i - i <= 4:
                continue
        else:
            if tok.dep_ != "amod" or noun.pos_ != "NOUN" or not 0 < noun.i - i <= 3:
                continue
            # "he was the third …", "Kasozi, the third …", "… on Monday, the fourth driver killed in Lima":
            # who the victim is in the tally
            # (the phrase after a comma, whatever the parser makes of it: npadvmod, dobj, nsubj)
            after_comma = i >= 2 and doc[i - 2].text == ","
            if noun.dep_ not in ("attr", "appos") and not after_comma:
                continue
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
    # one list of any length: "two soldiers, three police officers and four civilians", whose items
    # the parser chains as conjuncts or hangs side by side from the verb
    ra, rb = _list_start(a), _list_start(b)
    return ra.i == rb.i or _listed_together(ra, rb) or _listed_together(rb, ra)


def _list_start(tok: Token) -> Token:
    """The first item of the coordination ``tok`` is in ("civilians" -> "officers" in "officers and
    four civilians")."""
    for _ in range(len(tok.doc)):
        if tok.dep_ != "conj" or tok.head.i == tok.i or tok.head.pos_ not in NOMINAL_POS:
            break  # not "nurses" -> "killing" when the parser hangs a list item from the verb
        tok = tok.head
    return tok


LIST_ITEM_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})


def _listed_together(first: Token, other: Token) -> bool:
    """``first`` and ``other`` are items of one comma list the parser hung side by side from one word
    ("killing two soldiers, three police officers and …": two objects of "killing", or the second a
    conjunct of the verb)."""
    if first.i >= other.i or first.head.i != other.head.i or first.dep_ not in LIST_ITEM_DEPS:
        return False
    if other.dep_ != first.dep_ and not (other.dep_ == "conj" and other.pos_ in NOMINAL_POS):
        return False
    # one comma between them, whichever the parser hangs it from; every other word is the first's
    gap = first.doc[first.i + 1 : other.left_edge.i]
    commas = [t for t in gap if t.text == ","]
    if len(commas) == 1 and all(t.text == "," or t.i <= first.right_edge.i for t in gap):
        return True
    return _elided_part(first, other, list(gap))


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _elided_part(first: Token, other: Token, gap: Sequence[Token]) -> bool:
    """A second figure whose noun is left out, with a place phrase each: "shot dead six protesters in
    Nairobi and three in Kisumu", "arrested 40 people in Tehran and 12 in Karaj" (the parser hangs the
    bare number and the first place phrase from the verb)."""
    if other.pos_ != "NUM" or other.dep_ != "conj":
        return False
    if not any(
        c.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in PLACE_ENTS for o in kids(c))
        for c in kids(other)
    ):
        return False  # a place of its own: not "five were arrested on Monday and seven on Tuesday"
    head = first.head
    between = {t.i for c in kids(head) if c.dep_ == "prep" and first.i < c.i < other.i for t in c.subtree}
    return any(t.lower_ in ("and", ",") for t in gap) and all(
        t.lower_ in ("and", ",") or t.i <= first.right_edge.i or t.i in between for t in gap
    )
