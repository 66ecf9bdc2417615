"""Arrest words in another sense (session 57, from the outside develop half): "the letter apprehended that
…" (feared), a mob that "detained it" (a vehicle), a town under "virtual house arrest" (a likeness)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import kids, lemma, patient

if TYPE_CHECKING:
    from .senses_context import MatchContext

__all__ = ["_not_feared_clause", "_not_likeness", "_not_thing_pronoun"]

# what "it" stands for when it is seized: a thing (people are "him", "her", "them"); not "this" or "that",
# which the parser also makes the object when it is the "that" of a clause
THING_PRONOUNS = frozenset({"it"})
# "a virtual house arrest", "a de facto siege": a likeness of the act, not the act
LIKENESS = frozenset({"virtual", "virtually"})


def _not_feared_clause(c: MatchContext) -> bool:
    """ "the letter apprehended that pilgrims planned to march": "apprehend that" is to fear, no arrest."""
    h = c.head
    if lemma(h) != "apprehend":
        return True
    doc = h.doc
    if h.i + 1 < len(doc) and doc[h.i + 1].lower_ == "that":
        return False
    return not any(ch.dep_ == "ccomp" for ch in kids(h))


def _not_thing_pronoun(c: MatchContext) -> bool:
    """ "the mob stopped the police vehicle and detained it": "it" is a thing held up, not a person."""
    h = c.head
    if h.pos_ != "VERB":
        return True
    p = patient(h)
    return p is None or p.dep_ != "dobj" or p.tag_ != "PRP" or p.lower_ not in THING_PRONOUNS


def _not_likeness(c: MatchContext) -> bool:
    """ "after a fortnight of virtual house arrest, residents …": a likeness, not an arrest."""
    h = c.head
    near = [*kids(h), *(g for ch in kids(h) if ch.dep_ == "compound" for g in kids(ch))]
    return not any(ch.dep_ in ("amod", "advmod") and ch.lower_ in LIKENESS for ch in near)
