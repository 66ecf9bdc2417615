"""The person of the story that a later, shorter mention of a speaker stands for: a title and a
surname ("Superintendent Kiala", "SACP Mrisho", "Mr Mutasa") after the full name ("Superintendent
Nelson Kiala"), or "the" and a title ("the Deputy Commissioner") after a name written with that
title before it ("Deputy Commissioner Róger Aráuz Lacayo"), however far back in the story.

The nearer searches of :mod:`.speaker_antecedents` look at the speakers so far and the last
paragraphs; this one reads every person named in full before the mention, outside quotations, and is
tried only when they found nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from .speaker_heads import _stem
from .syntax import kids

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["NamedPerson", "named_people", "story_person"]

# courtesy titles written before a surname alone
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "barrister", "sir"})
# what the parser takes a name for when it is no person's
_NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "DATE", "TIME", "CARDINAL"})


@dataclass(frozen=True, slots=True)
class NamedPerson:
    """A person named in full before the mention: the name (given names and surname, no title), where
    it starts, and the title words written right before it (as stems)."""

    name: str
    start: int
    end: int
    surname: str
    titles: frozenset[str]


def _title_word(tok: Token, person_nouns: frozenset[str]) -> bool:
    """A word of a title before a name: a courtesy title, an office noun ("Superintendent",
    "Commissioner"), an abbreviation in capitals ("SACP", "ASP") or a rank abbreviation ("Brig.")."""
    word = tok.lower_.rstrip(".")
    if word in _COURTESY or word in person_nouns:
        return True
    if tok.text.isupper() and len(tok.text) >= 2:
        return True
    return tok.text.endswith(".") and len(tok.text) <= 6


def named_people(
    head: Token, quoted: tuple[tuple[int, int], ...], person_nouns: frozenset[str]
) -> list[NamedPerson]:
    """Every person the story names with a given name and a surname before ``head``, outside
    quotations, in text order."""
    doc = head.doc
    text = doc_text(doc)
    out = []
    for tok in doc[: head.i]:
        if tok.pos_ != "PROPN" or tok.dep_ == "compound":
            continue
        if any(a <= tok.idx < b for a, b in quoted):
            continue
        lefts = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        given = [t for t in lefts if not _title_word(t, person_nouns)]
        labels = {tok.ent_type_, *(t.ent_type_ for t in given)}
        if not given or ("PERSON" not in labels and labels & _NOT_PEOPLE):
            continue  # a place, a body or a date the parser names
        first = min(given, key=lambda t: t.i)
        end = tok.idx + len(tok.text)
        line = text.rfind("\n", 0, first.idx) + 1
        before = text[max(first.idx - 60, line) : first.idx]
        titles = {_stem(w) for w in re.findall(r"[\w'-]+", before.split(",")[-1])}
        titles |= {_stem(t.text) for t in lefts if t.i < first.i}
        for c in kids(tok):
            if c.dep_ == "appos":
                titles |= {_stem(w.text) for w in c.subtree if w.i <= c.i}
        if tok.dep_ == "appos":
            titles |= {_stem(w.text) for w in tok.head.subtree if w.i <= tok.head.i}
        out.append(NamedPerson(text[first.idx : end], first.idx, end, tok.text, frozenset(titles)))
    return out


def story_person(head: Token, people: list[NamedPerson], person_nouns: frozenset[str]) -> NamedPerson | None:
    """The person named in full before ``head`` that a short mention of a speaker stands for:
    a surname after titles only ("SACP Mrisho": the last full name with that surname), or "the" and a
    title ("the Deputy Commissioner": the last full name with every word of it written before)."""
    lefts = [t for t in head.lefts if t.dep_ != "punct"]
    definite = bool(lefts) and lefts[0].lower_ == "the"
    if head.pos_ == "PROPN" and not definite and not head.text.isupper():
        words = [t for t in lefts if t.dep_ == "compound"]
        if not words or len(words) != len(lefts) or not all(_title_word(t, person_nouns) for t in words):
            return None  # a surname alone is the nearer search's; a given name makes it a full name
        return next((p for p in reversed(people) if p.surname == head.text), None)
    if not lefts or lefts[0].lower_ != "the" or head.tag_ in {"NNS", "NNPS"}:
        return None
    if head.lemma_.lower() not in person_nouns and head.lower_ not in person_nouns:
        return None
    rest = lefts[1:]
    if any(t.dep_ not in {"compound", "amod"} or not t.text[:1].isupper() for t in rest):
        return None
    if not head.text[:1].isupper():
        return None  # "the spokesman": any of several; "the Deputy Commissioner": a title
    need = {_stem(t.text) for t in rest} | {_stem(head.text)}
    for prep in (t for t in head.rights if t.dep_ == "prep"):
        # "the Minister of Labour": the office's own words after the title must be written before
        # the name too ("Minister of Finance Peter Osei" is another minister)
        need |= {_stem(w.text) for w in prep.subtree if w.is_alpha}
    return next((p for p in reversed(people) if need <= p.titles), None)
