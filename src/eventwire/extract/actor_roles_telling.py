"""Words that name no party to an act: the one a statement is told to or goes out on ("told state
television that …"), and force as a manner ("evicted by force").

Split from :mod:`.actor_roles`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import kids, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["bare_force", "told_through"]


# Prepositions of whom or through what a statement is told: "told to reporters", "said on state television".
_TOLD_THROUGH_PREPS = frozenset({"to", "on", "in"})
# Verbs of speaking that take the outlet spoken on ("answered on state television", "appeared on IRIB").
_SPOKEN_ON_LEMMAS = frozenset({"answer", "speak", "appear", "reply", "respond", "explain"})


def told_through(root: Token, reporting: frozenset[str]) -> bool:
    """The one told or the outlet a statement goes out on, or the outlet a speaker belongs to: "told
    state television that 32 … had been arrested", "said on state television", "quoting the ministry",
    "the provincial network of state television reported" — a party to the telling, not to the act."""
    if root.dep_ in ("dobj", "dative", "iobj") and lemma(root.head) in reporting:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in _TOLD_THROUGH_PREPS:
        verb = root.head.head
        return lemma(verb) in reporting or lemma(verb) in _SPOKEN_ON_LEMMAS
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        owner = root.head.head  # "the network of state television reported"
        return owner.dep_ == "nsubj" and lemma(owner.head) in reporting
    return False


def bare_force(tok: Token) -> bool:
    """``evicted by force``, ``dispersed by force``: force as a manner (a singular noun with no
    determiner, owner or modifier), not a security force."""
    return (
        tok.lower_ == "force"
        and tok.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss", "compound", "amod", "nmod", "nummod") for c in kids(tok))
    )
