"""Magnitudes: what the words around a count's verb say of its kind.

The lexicon verb a past form spells, and the clues that turn a verb's count into victims or
participants: "to death", "into custody", "taken from their homes", "driven to the police station",
"taken to hospital", "with injuries", "hit by rubber bullets", "began a sit-in", "on strike".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .magnitude_numbers import _Table
from .syntax import kids, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "CONVEYING_VERBS",
    "DEATH_SENTENCES",
    "HOSPITAL_VERBS",
    "RECEIVING_VERBS",
    "STRIKING_VERBS",
    "SUFFERING_VERBS",
    "WOUND_NOUNS",
    "_absolute_participle",
    "_for_wounds",
    "_gathering",
    "_gathers",
    "_into_custody",
    "_into_custody_below",
    "_on_action",
    "_sought_care",
    "_struck_by_missile",
    "_taken_off",
    "_to_death",
    "_to_hospital",
    "_to_the_police",
    "_treated_as",
    "_verb_lemma",
    "_with_wounds",
]


# "taken to hospital", "rushed to hospitals", "treated in hospital": the count is of the injured
HOSPITAL_VERBS = frozenset(
    {"take", "rush", "admit", "transfer", "send", "treat", "carry", "bring", "evacuate"}
)


# verbs of a hospital taking people in: with their wounds, the people are the injured
RECEIVING_VERBS = HOSPITAL_VERBS | {"receive"}


HOSPITALS = frozenset({"hospital", "hospitals", "clinic", "clinics", "infirmary"})


def _verb_lemma(tok: Token, t: _Table) -> str:
    """The token's lemma, or the lexicon verb its past form spells when the lemmatiser slips
    ("staged" → "stag")."""
    lem = lemma(tok)
    if lem in t.verbs or tok.tag_ not in ("VBD", "VBN") or not tok.lower_.endswith("ed"):
        return lem
    for cut in (1, 2):
        if tok.lower_[:-cut] in t.verbs:
            return tok.lower_[:-cut]
    return lem


def _absolute_participle(verb: Token) -> bool:
    """A bare past participle with its own subject, "with" before it ("with more than 140 believers
    detained"): the subject is what the act was done to."""
    return (
        verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in kids(verb))
        and any(c.dep_ == "mark" and c.lower_ == "with" for c in kids(verb))
    )


# what a crowd begins, holds or is brought in for: the count is of its participants
GATHERING_NOUNS = frozenset(
    {"protest", "rally", "march", "demonstration", "sit-in", "strike", "vigil", "boycott", "walkout",
     "blockade", "occupation", "gathering", "procession", "picket", "stoppage", "shutdown"}
)  # fmt: skip


# "sentenced 14 people to death" condemns them; "beat/stabbed/burned three men to death" kills them
DEATH_SENTENCES = frozenset({"sentence", "condemn"})


def _to_death(verb: Token) -> bool:
    """``to death`` hanging from ``verb`` or from the verb it is conjoined to ("beat and burned to death")."""
    for v in (verb, *(c for c in kids(verb) if c.dep_ == "conj")):
        for prep in kids(v):
            if prep.dep_ == "prep" and prep.lower_ == "to" and any(o.lower_ == "death" for o in kids(prep)):
                return True
    return False


def _into_custody(prep: Token) -> bool:
    return prep.lower_ == "into" and any(o.lower_ == "custody" for o in kids(prep))


# where people taken by force are taken to ("taken to a police station", "to an unknown location")
CUSTODY_PLACES = frozenset(
    {"station", "prison", "jail", "custody", "detention", "cell", "cells", "headquarters", "location",
     "court", "base", "barracks", "centre", "center", "facility", "compound", "precinct", "office"}
)  # fmt: skip


# verbs of carrying people somewhere: to a police station or a cell, the people carried are held
CONVEYING_VERBS = frozenset(
    {"bring", "deliver", "drive", "bundle", "drag", "haul", "cart", "escort", "frogmarch"}
)


POLICE_PLACES = frozenset(
    {"station", "prison", "jail", "cell", "cells", "custody", "detention", "precinct", "van"}
)


def _to_the_police(prep: Token) -> bool:
    """``to the district police station``, ``into a police van``, ``to the police department``: a
    place of police custody (not any office or headquarters: "drove supporters to the party offices")."""
    if prep.dep_ != "prep" or prep.lower_ not in ("to", "into"):
        return False
    return any(
        o.dep_ == "pobj" and (lemma(o) in POLICE_PLACES or any(c.lower_ == "police" for c in kids(o)))
        for o in kids(prep)
    )


def _into_custody_below(verb: Token) -> bool:
    """``into custody`` anywhere in the clause of "took" (the parser often hangs it on a noun of a
    relative clause between: "took seven men who had acted for the villages into custody"), when the
    taking is no taking part."""
    if any(c.dep_ == "dobj" and c.lower_ == "part" for c in kids(verb)):
        return False
    return any(d.dep_ == "prep" and _into_custody(d) for d in verb.subtree)


def _taken_off(prep: Token) -> bool:
    """``from`` anywhere ("taken from their homes", "from their vehicles at a checkpoint") or ``to`` a
    place of custody ("to a police station", "to an unknown location") under a verb of taking: the
    people taken are held (not "took to the streets", "taken to hospital")."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "from":
        return any(o.dep_ == "pobj" for o in kids(prep))
    if prep.lower_ != "to":
        return False
    return any(o.dep_ == "pobj" and o.lower_ in CUSTODY_PLACES for o in kids(prep)) or _to_the_police(prep)


def _gathering(tok: Token) -> bool:
    if lemma(tok) in GATHERING_NOUNS:
        return True
    if lemma(tok) == "chain" and any(c.lower_ == "human" for c in kids(tok)):
        return True  # "a human chain of about 500 people": the people who form it
    return tok.lower_ in ("in", "ins") and any(c.lower_ == "sit" for c in kids(tok))  # "sit - in"


def _gathers(verb: Token, via: str) -> bool:
    """The counted people begin or hold a protest ("hundreds of thousands of people began a sit-in") or
    are brought in for one ("bused tens of thousands of supporters into the capital for a rally")."""
    if via in ("nsubj", "csubj"):
        return any(c.dep_ == "dobj" and _gathering(c) for c in kids(verb))
    if via == "dobj":
        # "bused 10,000 in for a rally", "brought tens of thousands onto the streets"
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("for", "to", "onto", "into")
            and any(_gathering(g) or (c.lower_ != "for" and g.lower_ == "streets") for g in kids(c))
            for c in kids(verb)
        )
    return False


# "have been / remain / stay on (hunger) strike": the subject is the act's people
ON_ACTION_VERBS = frozenset({"be", "remain", "stay"})


def _on_action(verb: Token, lem: str, via: str) -> bool:
    """The counted people are in the act the verb puts them in: the subject of "have been on (hunger)
    strike" ("about 700 workers have been on strike since Monday", "three of them have been on hunger
    strike") or the object of a gathering's "involving" ("a strike involving some 800 inmates")."""
    if via == "dobj" and lem == "involve":
        return verb.dep_ == "acl" and _gathering(verb.head)
    if via != "nsubj" or lem not in ON_ACTION_VERBS:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "on" and any(o.dep_ == "pobj" and _gathering(o) for o in kids(c))
        for c in kids(verb)
    )


WOUND_NOUNS = frozenset(
    {"injury", "injuries", "wound", "wounds", "burn", "burns", "bruise", "bruises", "cut", "cuts", "fracture",
     "fractures"}
)  # fmt: skip


# "four officers received minor injuries", "suffered gunshot wounds": the subject is hurt
SUFFERING_VERBS = frozenset({"receive", "suffer", "sustain"})


# "22 protesters sought medical help", "nine students needed hospital treatment": the subject is hurt
CARE_VERBS = frozenset({"seek", "need", "receive", "require", "get"})
CARE_NOUNS = frozenset({"treatment", "help", "attention", "care", "assistance"})
MEDICAL_WORDS = frozenset({"medical", "hospital", "emergency", "first"})


def _sought_care(verb: Token) -> bool:
    """``sought medical help``, ``needed hospital treatment``, ``received medical attention`` on
    ``verb``: the people it is said of are the hurt."""
    if lemma(verb) not in CARE_VERBS:
        return False
    return any(
        c.dep_ == "dobj"
        and lemma(c) in CARE_NOUNS
        and any(m.dep_ in ("amod", "compound") and m.lower_ in MEDICAL_WORDS for m in kids(c))
        for c in kids(verb)
    )


def _with_wounds(tok: Token) -> bool:
    """``with (minor) injuries``, ``with gunshot wounds`` hanging from ``tok``."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(o.dep_ == "pobj" and o.lower_ in WOUND_NOUNS for o in kids(c))
        for c in kids(tok)
    )


def _for_wounds(verb: Token) -> bool:
    """``treated for (gunshot) wounds``, ``treated for injuries`` hanging from ``verb``."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(o.dep_ == "pobj" and o.lower_ in WOUND_NOUNS for o in kids(c))
        for c in kids(verb)
    )


# "were hit by rubber bullets", "struck by tear gas canisters": the people struck are hurt
STRIKING_VERBS = frozenset({"hit", "strike"})


MISSILES = frozenset(
    {"bullet", "pellet", "round", "birdshot", "buckshot", "shot", "canister", "cartridge", "grenade",
     "shrapnel", "projectile", "stone", "rock", "brick", "bottle", "baton", "truncheon", "club"}
)  # fmt: skip


# "treated as criminals", "treated harshly": a way of dealing with people, not medical care
TREATED_AS = frozenset(
    {"as", "like", "harshly", "badly", "fairly", "unfairly", "well", "differently", "equally"}
)


def _treated_as(verb: Token) -> bool:
    return any(c.dep_ in ("prep", "advmod", "acomp") and c.lower_ in TREATED_AS for c in kids(verb))


def _struck_by_missile(verb: Token) -> bool:
    """``hit by rubber bullets``, ``struck by a tear gas canister``: the agent is thrown or fired."""
    return any(
        c.dep_ in ("agent", "prep")
        and c.lower_ == "by"
        and any(o.dep_ == "pobj" and lemma(o) in MISSILES for o in kids(c))
        for c in kids(verb)
    )


def _to_hospital(verb: Token) -> bool:
    for prep in kids(verb):
        if (
            prep.dep_ == "prep"
            and prep.lower_ in ("to", "in", "into", "at")
            and any(o.dep_ == "pobj" and o.lower_ in HOSPITALS for o in kids(prep))
        ):
            return True
    return False
