"""A march others hold, which a crowd is told to join: the crowd takes part in the holders' act.

"Thousands of citizens took part in a march ..., led by notables and imams", "thousands of people
joined the march, organised by a coalition of civic groups": those who lead or organise it are its
``initiator``s (K13), the crowd that joins or takes part its ``participant``s (the session-5 roles
line: groups said to join or take part in someone else's act).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import Actor
from .actor_doers import by_phrases
from .actor_roles import actor_at, conjuncts
from .syntax import kids, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["organised_crowds"]


# Verbs that tell who holds a march told as a noun: "the march, organised / called / led by X".
ORGANISE_LEMMAS = frozenset({"organise", "organize", "call", "lead", "head", "convene", "stage"})


def _joined(head: Token) -> Token | None:
    """The verb by which people join the march ``head`` names: "joined the march", "took part in a
    march", "participated in the rally"."""
    gov = head.head
    if head.dep_ == "dobj" and lemma(gov) == "join":
        return gov
    if head.dep_ == "pobj" and gov.lower_ == "in":
        verb = gov.head
        if lemma(verb) == "participate" or (lemma(verb) == "part" and lemma(verb.head) == "take"):
            return verb if lemma(verb) == "participate" else verb.head
        if lemma(verb) == "take" and any(c.lower_ == "part" for c in kids(verb)):
            return verb
    return None


def _holders(head: Token, joined: Token) -> list[Token]:
    """The by-agents of "organised / called / led by" told of the march ``head`` names, hung on the
    march or on the joining verb ("took part in a march …, led by notables")."""
    out: list[Token] = []
    for t in (*head.subtree, *kids(joined)):
        if t.dep_ in ("acl", "advcl") and t.tag_ == "VBN" and lemma(t) in ORGANISE_LEMMAS:
            out.extend(k for g in by_phrases(t) for k in conjuncts(g))
    return out


def organised_crowds(head: Token, etype: str, actors: list[Actor], known: Sequence[Actor]) -> list[Actor]:
    """A protest's crowd as ``participant``s of the holders of a march it is told to join or take
    part in ("thousands of citizens took part in a march led by notables and imams"), the holders
    its ``initiator``s."""
    if etype != "protest":
        return actors
    out = list(actors)
    joined = _joined(head) if head.pos_ == "NOUN" else None
    if joined is not None:
        holders = [a for t in _holders(head, joined) if (a := actor_at(t, known, "initiator")) is not None]
        if holders:
            subj = [c for c in kids(joined) if c.dep_ == "nsubj"]
            span = [(s.left_edge.idx, s.right_edge.idx + len(s.right_edge.text)) for s in subj]
            out = [
                a.replace(role="participant")
                if a.role == "initiator"
                and a.start_char is not None
                and any(lo <= a.start_char < hi for lo, hi in span)
                else a
                for a in out
            ]
            have = {a.name for a in out}
            out.extend(h for h in holders if h.name not in have)
            return out
    return out
