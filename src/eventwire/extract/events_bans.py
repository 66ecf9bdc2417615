"""Gatherings named only as what a ban forbids (docs/gold-format.md M130).

A ban on gatherings told as done is no record, and neither are the gatherings it names: "the
authorities have banned all public demonstrations", "imposed a ban on all street protests", "Street
demonstrations have been banned since 2018", "all demonstrations remain banned", "the governor banned
the march". The words name the kind of act forbidden, not a gathering held or called; what the text
tells beside the ban (a march held anyway, the arrests of those who defied it) keeps its own records.

Kept: a gathering the text tells as its own — one owned or planned ("Should the government ban our
march planned for 7 February"), or dated ("the rally on Friday was banned"), or a definite singular
subject of the passive ("The march, called by the alliance, had been banned by the ministry": the
story's march, whose ban is its circumstance).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import kids, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["banned_gathering"]

GATHERING_TYPES = frozenset({"protest", "strike"})
BAN_VERBS = frozenset({"ban", "prohibit", "outlaw", "forbid"})
# the lemmas a ban verb shows, with the participles the tagger leaves unlemmatised as adjectives
BAN_LEMMAS = BAN_VERBS | {"banned", "prohibited"}
BAN_NOUNS = frozenset({"ban", "prohibition"})
# the verbs a ban is told as holding with: "all demonstrations remain banned"
STATE_VERBS = frozenset({"remain", "be", "stay"})
DATING_ENTS = frozenset({"DATE", "TIME"})
PLAN_WORDS = frozenset({"plan", "call", "schedule", "announce", "organise", "organize"})
DEFINITE = frozenset({"the", "this", "that"})


def _ban_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "ADJ", "AUX") and lemma(tok) in BAN_LEMMAS


def _own_gathering(noun: Token) -> bool:
    """The noun names one gathering of the story: owned ("our march"), planned or called ("the march
    planned for Saturday"), or dated in its own phrase."""
    for ch in kids(noun):
        if ch.dep_ == "poss":
            return True
        if ch.dep_ in ("acl", "relcl") and lemma(ch) in PLAN_WORDS:
            return True
    # a date after the noun, in its own phrase (not a dateline's "March 9 -" the parser hangs on it)
    return any(t.ent_type_ in DATING_ENTS for t in noun.subtree if t.i > noun.i and t.head.i == noun.i)


def _definite_singular(noun: Token) -> bool:
    return noun.tag_ in ("NN", "NNP") and any(ch.dep_ == "det" and ch.lower_ in DEFINITE for ch in kids(noun))


def banned_gathering(head: Token, kind: str) -> bool:
    """M130: the protest or strike noun names only what a ban forbids: the object of "ban" ("banned
    all street protests", "a ban on demonstrations", "the prohibition of gatherings"), or the subject
    of a passive ban ("Street protests have been banned", "all demonstrations remain banned")."""
    if kind not in GATHERING_TYPES or head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = head
    for _ in range(4):  # "all meetings, marches and press statements": the list's first item
        if noun.dep_ != "conj" or noun.head == noun:
            break
        noun = noun.head
    if _own_gathering(noun) or _own_gathering(head):
        return False
    gov = noun.head
    if noun.dep_ == "dobj" and _ban_verb(gov):
        return True  # "the authorities have banned all public demonstrations"
    if noun.dep_ == "pobj" and gov.lower_ in ("on", "of"):
        # "despite the ban on all street protests"; "extended the ban on rallies", the "on" hung on the verb
        owner = gov.head
        if lemma(owner) in BAN_NOUNS or any(
            ch.dep_ == "dobj" and lemma(ch) in BAN_NOUNS for ch in kids(owner)
        ):
            return True
    if gov.dep_ in ("aux", "auxpass") and lemma(gov) in STATE_VERBS:
        gov = gov.head  # "all demonstrations remain banned", parsed with "remain" as the auxiliary
    if noun.dep_ in ("nsubjpass", "nsubj") and _ban_verb(gov):
        # "Street demonstrations have been banned since 2018", "all demonstrations remain banned"
        return not _definite_singular(noun)
    # "all demonstrations remain banned", "gatherings are prohibited"
    if (
        noun.dep_ == "nsubj"
        and lemma(gov) in STATE_VERBS
        and any(ch.dep_ not in ("nsubj", "nsubjpass", "dobj") and _ban_verb(ch) for ch in kids(gov))
    ):
        return not _definite_singular(noun)
    return False
