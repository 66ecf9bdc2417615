"""Arrests told only by a participle: "the arrested workers were released later", "buses to carry the
detained marchers", "many of those detained", "among those arrested". A participle that refers back to an
arrest the text already tells adds no record (the told arrest is the record); one in a text that tells no
arrest otherwise is the only telling of the act, and is its record."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .syntax import kids, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .triggers import Trigger

__all__ = ["participle_arrest", "told_by_participle"]

# verbs whose participle before or after its people tells that they were seized ("the jailed
# politician" is a state; "the held men" no English)
SEIZING = frozenset({"arrest", "detain"})
FREEING = frozenset({"release", "free"})


def participle_arrest(head: Token, trig: Trigger) -> bool:
    """ "the arrested workers", "those detained", "among those arrested": an arrest's participle on the
    people it seized, made definite by "the" or told of "those"."""
    if trig.type != "arrest" or trig.phrase or head.tag_ != "VBN" or lemma(head) not in SEIZING:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in kids(head)):
        return False  # a clause of its own, not a participle on its people
    people = head.head
    if _freed(people):
        return False  # "urged the authorities to release those detained": a call, no arrest told
    if head.dep_ == "amod":
        return any(c.dep_ == "det" and c.lower_ == "the" for c in kids(people))
    return head.dep_ == "acl" and people.lower_ == "those"


def _freed(people: Token) -> bool:
    """The people are what a release frees: "release those detained", "the release of the arrested men"."""
    if people.dep_ == "dobj" and lemma(people.head) in FREEING:
        return True
    return people.dep_ == "pobj" and people.head.lower_ == "of" and lemma(people.head.head) in FREEING


def told_by_participle(kept: Sequence[Trigger], participles: Sequence[Trigger]) -> list[Trigger]:
    """The kept triggers, with the first arrest participle when no kept trigger is an arrest."""
    if not participles or any(t.type == "arrest" for t in kept):
        return list(kept)
    first = participles[0]
    return sorted([*kept, first], key=lambda t: t.start_char)
