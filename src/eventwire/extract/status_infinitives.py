"""Acts in a to-infinitive that completes a word of obligation, permission, ability or likelihood:
"we have to arrest the guilty", "they are free to arrest us", "leaders are likely to be arrested",
"it was the government's responsibility to apprehend the planner", "would have no alternative than to
arrest them" — what someone must, may or is likely to do, not an act told as done (the modal's
meaning in other words: "must arrest" is `hypothetical`, "will be arrested" `predicted`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import EventStatus
from .status_syntax import _condition_mark, _infinitive, _past
from .syntax import kids, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["infinitive_mood"]

# "we have to arrest", "police need to detain", "ought to be jailed": a modal in other words
OBLIGATION_VERBS = frozenset({"have", "need", "ought"})
# "are free to arrest us", "is ready to detain", "were willing to shoot"
LEAVE_ADJECTIVES = frozenset(
    {"free", "ready", "willing", "entitled", "obliged", "empowered", "authorised", "authorized"}
)
# "are likely to be arrested": a forecast
LIKELY_ADJECTIVES = frozenset({"likely"})
# "the responsibility to apprehend", "no alternative than to arrest them", "the power to detain"
# (not "the right to protest", "freedom to assemble": a standing right, no act)
LEAVE_NOUNS = frozenset(
    {"responsibility", "duty", "obligation", "need", "power", "alternative", "option", "choice"}
    | {"authority", "permission", "mandate", "licence", "license"}
)


def _infinitive_top(head: Token) -> Token | None:
    """The to-infinitive verb the act is, or the first of two it shares "to" with ("to allow our
    programme or arrest us")."""
    if _infinitive(head):
        return head
    if (
        head.dep_ == "conj"
        and head.tag_ == "VB"
        and _infinitive(head.head)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in kids(head))
    ):
        return head.head
    return None


def infinitive_mood(head: Token) -> EventStatus | None:
    """``hypothetical`` for an act that completes a word of obligation or leave, ``predicted`` for one
    that completes "likely"; None otherwise (a past "had to arrest" or "were able to" tells the act)."""
    if head.pos_ != "VERB":
        return None
    top = _infinitive_top(head)
    if top is None or top.head == top:
        return None
    gov = top.head
    dep = top.dep_
    word = lemma(gov)
    if dep == "xcomp" and gov.pos_ in ("VERB", "AUX") and word in OBLIGATION_VERBS:
        # "had to fire", "have had to rally": an obligation met, the act told
        return None if _past(gov) or gov.tag_ == "VBN" else "hypothetical"
    if dep == "xcomp" and gov.pos_ == "ADJ":
        if gov.lower_ in LIKELY_ADJECTIVES:
            # "was likely to strike again if it believed …": a forecast on a condition (N4)
            conditioned = any(
                c.dep_ == "advcl" and _condition_mark(c) for v in (top, gov, gov.head) for c in kids(v)
            )
            return "hypothetical" if conditioned else "predicted"
        if gov.lower_ in LEAVE_ADJECTIVES:
            return "hypothetical"
        return None
    if dep in ("acl", "advcl", "xcomp") and gov.pos_ == "NOUN" and word in LEAVE_NOUNS:
        return "hypothetical"
    if dep in ("xcomp", "advcl") and word == "be" and _up_to(gov):
        return "hypothetical"  # "it is up to the government to allow our march or arrest us": its choice
    return None


def _up_to(be: Token) -> bool:
    """ "it is up to X to …": the clause leaves the act to someone's choice (a modal in other words)."""
    return any(
        c.dep_ == "prep" and c.lower_ == "up" and any(g.dep_ == "prep" and g.lower_ == "to" for g in kids(c))
        for c in kids(be)
    )
