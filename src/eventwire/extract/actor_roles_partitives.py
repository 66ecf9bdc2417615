"""Parts of a group told with "of them": "some of them threw bottles", "a few hundred of them marched".

Split from :mod:`.actor_roles`: which "them" a part of a group belongs to, and the bare counts of
"people" that name no group to carry over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import kids, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Actor

__all__ = ["BARE_PEOPLE", "DOER_ROLES", "NOT_CROWD_KINDS", "bare_people", "partitive_them"]


DOER_ROLES = frozenset({"initiator", "participant", "perpetrator"})
# Words that name people by no group: "several thousand people gathered …; some of them …".
BARE_PEOPLE = frozenset({"people", "person", "persons", "individuals", "citizens"})
# Bodies that are no crowd a protest's "some of them" may be part of.
NOT_CROWD_KINDS = frozenset(
    {"armed_group", "security_forces", "state", "judiciary", "media", "international"}
)
# Words of a count written before "people": "several thousand people".
_COUNT_WORDS = frozenset({"a", "about", "around", "some", "several", "many", "few", "thousand", "thousands"})
_COUNT_WORDS |= {"hundred", "hundreds", "dozen", "dozens", "of", "the", "at", "least", "more", "than"}


def bare_people(a: Actor) -> bool:
    """An actor written only as a count of "people" ("several thousand people"), no group."""
    words = [w for w in (a.text or "").lower().split() if w not in _COUNT_WORDS and not w[:1].isdigit()]
    return bool(words) and all(w in BARE_PEOPLE for w in words)


# Nouns of a part of a group: "dozens of them", "a group of them", "the rest of them".
_PART_OF_GROUP_NOUNS = frozenset(
    {"dozen", "hundred", "thousand", "score", "group", "number", "majority", "rest"}
)


def partitive_them(tok: Token) -> Token | None:
    """The "them" of a part of a group: "some of them", "a few hundred of them", "many of them"."""
    if tok.lower_ == "them" and tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return tok
    if tok.pos_ not in ("DET", "NUM", "PRON", "ADJ") and lemma(tok) not in _PART_OF_GROUP_NOUNS:
        return None
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in kids(c):
                if g.dep_ == "pobj" and g.lower_ == "them":
                    return g
    return None
