"""The guards that keep different incidents apart, and the named victims they read.

Other named victims, another manner of death, two verbal triggers with their own different subjects,
other sufferers, an incident named inside the wave that counts it ("including six men hanged
together"): two events. A person dies once, so the same named victim links two mentions of one type.
"""

from __future__ import annotations

import re

from ..records import Actor
from .coref_draft import VICTIM_TYPES, Draft, shooting
from .coref_time_place import places_conflict

GROUP_WORDS = frozenset(
    {
        "university",
        "party",
        "forces",
        "force",
        "council",
        "committee",
        "committees",
        "government",
        "ministry",
        "police",
        "army",
        "rangers",
        "movement",
        "front",
        "union",
        "association",
        "agency",
        "prison",
        "guard",
        "guards",
        "service",
        "court",
        "brigade",
        "organisation",
        "organization",
        "league",
        "alliance",
        "news",
        "insaf",
        "workers",
        "students",
        "prisoners",
        "residents",
        "protesters",
        "civilians",
        "activists",
        "journalists",
        "members",
        "people",
        "group",
    }
)
NAME_PARTICLES = frozenset({"al", "bin", "ibn", "de", "da", "van", "von", "el", "abu", "ul", "e"})
# deaths told by their manner: a stabbing is not the shooting reported beside it
MANNER_LEMMAS = frozenset({"stab", "beat", "hack", "lynch", "strangle", "drown", "burn", "crush", "bludgeon"})
INCLUDING = re.compile(r"\b(?:including|among them|among whom|of whom|one of which|among those)\b", re.I)


def manner(d: Draft) -> str | None:
    if d.type != "killing":
        return None
    if d.head_lemma in MANNER_LEMMAS:
        return d.head_lemma
    return "shoot" if shooting(d) else None


def manners_differ(a: Draft, b: Draft) -> bool:
    """Two deaths told by how they were caused, in different ways (shot, stabbed, beaten): two events."""
    ma, mb = manner(a), manner(b)
    return ma is not None and mb is not None and ma != mb


def _individual(x: Actor) -> str | None:
    """A named person who suffered the event ("Rebwar Azizi", "Wasantha Mudalige"), not a group."""
    if x.role != "victim" or x.text is None:
        return None
    words = x.name.replace("-", " ").split()
    if not 2 <= len(words) <= 4 or any(w.lower() in GROUP_WORDS for w in words):
        return None
    if not all(w[0].isupper() or w.lower() in NAME_PARTICLES for w in words):
        return None
    return x.name


def same_person(a: Draft, b: Draft) -> bool:
    """Two mentions of one type whose victim is the same named person (one is beaten, then put in a
    punishment cell: ill-treatment is told as many acts, so torture is left out)."""
    if a.type != b.type or a.type not in VICTIM_TYPES or a.type == "torture":
        return False
    ours = {n for n in map(_individual, a.actors) if n}
    return bool(ours & {n for n in map(_individual, b.actors) if n})


def different_people(a: Draft, b: Draft) -> bool:
    """Both mentions name the person who suffered it, and no one is named in both."""
    if a.type != b.type or a.type not in VICTIM_TYPES:
        return False
    ours = {n for n in map(_individual, a.actors) if n}
    theirs = {n for n in map(_individual, b.actors) if n}
    return bool(ours) and bool(theirs) and not ours & theirs


def incident_of_wave(a: Draft, b: Draft) -> bool:
    """``b`` is named as one of the acts ``a`` counts ("at least 31 prisoners have been executed in ten
    days, including six men who were hanged together on Sunday"): the wave and its incident are two
    records (docs/gold-format.md, scope)."""
    if a.type != b.type or a.scope != "aggregate" or b.scope != "single":
        return False
    between = b.evidence.text[
        max(0, a.trigger.end - b.evidence.start) : max(0, b.trigger.start - b.evidence.start)
    ]
    return bool(INCLUDING.search(between))


def other_sufferers(a: Draft, b: Draft) -> bool:
    """``b`` names the people who suffered it, and none of them is ``a``'s ("police arrested two
    students ... police arrested a journalist")."""
    # people only: a property is named loosely ("the parliament building" ... "part of the building")
    theirs = {x.name for x in b.actors if x.role == "victim" and x.text is not None}
    return bool(theirs) and not theirs & {x.name for x in a.actors if x.role == "victim"}


def distinct_subjects(a: Draft, b: Draft) -> bool:
    """Two verbal triggers of one victim type, each with its own (different) noun subject.

    A death and the attack that caused it have different subjects by nature ("five guards were killed
    when gunmen attacked a post"): the victims and the attackers, one event."""
    return (
        a.type == b.type
        and a.type in VICTIM_TYPES
        and not a.nominal
        and not b.nominal
        and a.subject >= 0
        and b.subject >= 0
        and a.subject != b.subject
    )


def other_initiators(a: Draft, b: Draft) -> bool:
    """Both mentions name who held the act, and no one is named in both ("government supporters
    marched ... the opposition held a rally")."""
    ours = {x.name for x in a.actors if x.role == "initiator" and x.text is not None}
    theirs = {x.name for x in b.actors if x.role == "initiator" and x.text is not None}
    return bool(ours) and bool(theirs) and not ours & theirs


def under_fire_apart(a: Draft, b: Draft) -> bool:
    """A side fired on ("officers had come under fire from gunmen") and a killing or a verbal act told in
    another sentence ("they shot him like a dog", "the man was shot dead") are two acts, the one each side
    tells of the other, not one event told twice; a noun below may still name it ("wounded by gunfire").
    An attack on the very side that came under fire ("gunmen ambushed a convoy ... the convoy came under
    fire near a village") is the one act told from the other end."""
    if a.sent_start == b.sent_start:
        return False
    return any(
        x.type == "attack"
        and x.head_lemma == "come"
        and (y.type == "killing" or not y.nominal)
        and not (y.type == "attack" and _sufferers(x) & _sufferers(y))
        for x, y in ((a, b), (b, a))
    )


def _sufferers(d: Draft) -> set[str]:
    """The names of the targets and victims its own text writes."""
    return {x.name for x in d.actors if x.role in ("target", "victim") and x.text is not None}


CROWD_TYPES = frozenset({"protest", "strike", "riot"})


def crowds_apart(a: Draft, b: Draft) -> bool:
    """Two verbal crowd acts in one sentence, each with its own noun subject and its own places, none the
    same ("young men blocked roads in Makeni and Kabala, while in Freetown market women marched to State
    House"): two crowds at two sites, two events."""
    return (
        a.type == b.type
        and a.type in CROWD_TYPES
        and not a.nominal
        and not b.nominal
        and a.subject >= 0
        and b.subject >= 0
        and a.subject != b.subject
        and places_conflict(a, b)
    )
