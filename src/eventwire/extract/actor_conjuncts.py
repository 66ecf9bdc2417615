"""The doers coordinated with a record's doer: each conjunct holds the same role.

The spec's actors are one entry per person or body, and the gold guide writes every member of a
coordinated phrase as an actor of its own ("Soldiers and police killed …": two `perpetrator`s; "most
of them by police and pro-government paramilitaries"). The binding steps expand a coordination where
they read the act's own subject; a doer they found by another path (the agent of a toll's "most of
them by …", a body that "responded" before the operation that followed, a record joined from
another telling) came without its conjuncts. This reads the finished record: the written
coordination of a doer's head noun in the record's own sentence gives the other nouns of that phrase
the doer's role, when they name people or bodies and the record does not hold them already.

Not here: the people an act fell on (see ``_ROLES``); places; the sides of a clash ("clashes between
soldiers and farmers", "X fought Y"), which the roles lines give different roles; a speaker or a
source; a conjunct the record holds in any role.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import Actor, replace
from .actor_doers import place_like
from .actor_roles_phrases import actor_at
from .syntax import char_span, kids, lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .coref import Draft

__all__ = ["coordinated_actors"]

# roles a conjunct takes from the actor it is coordinated with: the doers. Not the people an act fell
# on: a victim's coordination often lists places ("in Phnom Penh and Kampong Cham"), kin named after
# it ("and his wife María …") or the people of another clause ("a blockade that farmers and transport
# workers had held"); read over the open sets' firings, victims were right less than half the time
_ROLES = frozenset({"perpetrator", "initiator", "participant"})
# words whose coordinated objects are the two sides of one fight, each with a role of its own
_SIDES_WORDS = frozenset(
    {"between", "clash", "fight", "battle", "confront", "exchange", "gunfight", "skirmish", "against"}
)
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_NOT_PEOPLE_ENTS = frozenset({"GPE", "LOC", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "FAC"})


def coordinated_actors(doc: Doc, d: Draft, known: Sequence[Actor]) -> Draft:
    """``d`` with the conjuncts of its actors' head nouns as actors in the same role."""
    if not d.actors:
        return d
    held = [
        (a.start_char, a.end_char) for a in d.actors if a.start_char is not None and a.end_char is not None
    ]
    added: list[Actor] = []
    for a in d.actors:
        if a.role not in _ROLES or a.start_char is None or a.end_char is None:
            continue
        if not (d.evidence.start <= a.start_char and a.end_char <= d.evidence.end):
            continue  # an actor the record took from another sentence (a story's default, an antecedent)
        span = char_span(doc, a.start_char, a.end_char)
        if span is None or len(span) == 0:
            continue
        head = span.root
        if head.pos_ not in _NOUN_POS:
            continue
        for other in _coordination(head):
            if other.i == head.i or other.pos_ not in _NOUN_POS or other.ent_type_ in _NOT_PEOPLE_ENTS:
                continue
            if place_like(other) or place_like(head):
                continue  # "stormed parliament and police opened fire": a place is no one's conjunct
            if any(lo <= other.idx < hi for lo, hi in held):
                continue  # the record holds it already, in this role or another
            new = actor_at(other, known, a.role)
            if new is None or new.start_char is None or new.end_char is None:
                continue
            if any(lo < new.end_char and new.start_char < hi for lo, hi in held):
                continue
            new = new.replace(role=a.role)
            added.append(new)
            held.append((new.start_char, new.end_char))  # type: ignore[arg-type]
    if not added:
        return d
    return replace(d, actors=(*d.actors, *added))


def _coordination(tok: Token) -> list[Token]:
    """Every noun of the coordination ``tok`` belongs to (``tok`` included), or ``[tok]`` when it
    stands alone or the coordination names the sides of a fight."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if _sides(first):
        return [tok]
    found = [first]
    for w in found:  # grows as it is walked: each conjunct's own conjuncts
        found.extend(c for c in kids(w) if c.dep_ == "conj" and c.i > w.i)
    return found if len(found) > 1 else [tok]


def _sides(first: Token) -> bool:
    """The coordination is the two sides of a fight: the object of "between"/"against", or the
    subject or object of a verb of fighting ("soldiers and farmers clashed")."""
    gov = first.head
    if first.dep_ == "pobj" and gov.lower_ in _SIDES_WORDS:
        return True
    if gov.i != first.i and lemma(gov) in _SIDES_WORDS:
        return True
    return any(lemma(c) == "each" or c.lower_ == "other" for c in kids(gov)) if gov.i != first.i else False
