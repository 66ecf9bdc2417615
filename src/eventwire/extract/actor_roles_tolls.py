"""A record that carries its own toll: the people its force hurt are its victims, not its targets.

The roles line and S8 (docs/gold-format.md) make a crowd met by force a ``target`` when the
record's own account tells no harm, and a ``victim`` when the same act is told as hurting
people; M35 makes the police a riot hurt its ``victim``s. Binding (:mod:`.binding_implied`) reads
the harm in the act's own sentence and paragraph; this reads it on the finished record, after
coreference has joined the tellings of one act: a dispersal whose record holds an injury or death
toll ("Riot police used pepper spray to push the crowd back. … The health ministry said 22
protesters … sought medical help") was told as hurting the crowd it met, and a riot whose toll
counts officers ("17 officers were injured") hurt the force it fought.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Actor, replace
from .actor_roles_harm import force_told_hurt, struck_people
from .actor_roles_kinds import actor_kinds
from .actor_roles_scenes import STATE_MEASURES
from .actor_targets import FACILITY_NOUNS, PROPERTY_NOUNS
from .lexicon import word_set
from .syntax import char_span, doc_sents, lemma, lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import Magnitude
    from .coref import Draft

__all__ = ["forces_hurt_by_riot", "harmed_by_toll"]

# the tolls that tell harm to people (a crowd's size or a count of arrests tells none)
HARM_TOLLS = frozenset({"injuries", "fatalities"})
# words a toll may carry between its figure and the people it counts ("17 police officers")
_COUNT_GAP = 3
# a sentence that tells its toll as another incident's ("In an unrelated incident, three injured
# miners were taken to hospital"): the toll counts no one the act met
_OTHER_INCIDENT = frozenset({"unrelated", "separate", "elsewhere"})


def harmed_by_toll(doc: Doc, d: Draft) -> Draft:
    """``d`` with its people targets as victims when it is a dispersal carrying an injury or death
    toll of people other than the police (S8), or with the force it fought as victims when it is a
    riot whose toll counts members of the security forces (M35); buildings, vehicles and posts
    stay targets."""
    tolls = [m for m in d.magnitudes if m.kind in HARM_TOLLS and not _other_incident(doc, m)]
    if not tolls or d.status == "negated" or d.subtype in STATE_MEASURES:
        return d
    facilities = FACILITY_NOUNS | PROPERTY_NOUNS
    if d.type == "repression" and not all(_forces_counted(doc, m) for m in tolls):
        # not "Police used pepper spray to push them back. Fourteen officers were injured": the
        # crowd's stones hurt the police, the spray hurt no one told
        animate = word_set("animate")
        struck = [struck_people(doc, a, animate, facilities) for a in d.actors]
        actors = [a.replace(role="victim") if hit else a for a, hit in zip(d.actors, struck, strict=True)]
    elif d.type == "riot" and any(_forces_counted(doc, m) for m in tolls):
        actors = [a.replace(role="victim") if _force_met(doc, a, facilities) else a for a in d.actors]
    else:
        return d
    if actors == list(d.actors):
        return d
    seen: set[tuple[str, str | None]] = set()
    kept = []
    for a in actors:
        if a.role == "victim" and (a.name, a.role) in seen:
            continue  # the crowd already bound as the victims, once
        seen.add((a.name, a.role))
        kept.append(a)
    return replace(d, actors=tuple(kept))


def _other_incident(doc: Doc, m: Magnitude) -> bool:
    """The toll's sentence tells it, before the figure, as another incident's."""
    span = char_span(doc, m.start_char, m.end_char)
    if span is None:
        return False
    return any(t.lower_ in _OTHER_INCIDENT for t in doc[span.sent.start : span.start])


def _force_met(doc: Doc, a: Actor, facilities: frozenset[str]) -> bool:
    """The police or troops a riot fought (also when its object was their post or vehicle: M35), not
    a building named as its own actor."""
    if a.role != "target" or a.kind != "security_forces":
        return False
    if a.start_char is None or a.end_char is None:
        return True
    span = char_span(doc, a.start_char, a.end_char)
    return span is not None and len(span) > 0 and lemma(span.root) not in facilities


def _forces_counted(doc: Doc, m: Magnitude) -> bool:
    """The toll counts members of the security forces: "17 police officers were injured", "nine
    officers"."""
    span = char_span(doc, m.start_char, m.end_char)
    if span is None:
        return False
    kinds = actor_kinds()
    for tok in doc[span.end : span.end + _COUNT_GAP]:
        if tok.pos_ in ("NOUN", "PROPN") and kinds.get(lemma(tok)) == "security_forces":
            return True
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
    return False


# sentences after a riot's own in which its toll may follow ("Police said eight officers were hurt")
_TOLL_AFTER = 2


def forces_hurt_by_riot(doc: Doc, d: Draft, known: tuple[Actor, ...]) -> Draft:
    """``d`` with the security forces a riot hurt as its victims (M35), when its own sentence or one
    of the next two tells them hurt or killed ("37 police officers had been hurt by protesters who
    threw stones"; "… set fire to a police kiosk. Police said eight officers were injured") and the
    record holds no such victim yet; not past a sentence that tells another incident, nor a denied
    harm ("no officer was hurt")."""
    if d.type != "riot" or d.status == "negated":
        return d
    if any(a.role == "victim" and a.kind == "security_forces" for a in d.actors):
        return d
    told = char_span(doc, d.trigger.start, d.trigger.end)
    if told is None or len(told) == 0:
        return d
    first = told.sent
    sents = [first]
    low = lowers(doc)  # the per-Doc sentences and lower forms: no Span or Token built per riot
    for s in doc_sents(doc):
        if s.start < first.end:
            continue
        if len(sents) > _TOLL_AFTER or any(w in _OTHER_INCIDENT for w in low[s.start : s.end]):
            break
        sents.append(s)
    lo, hi = sents[0].start_char, sents[-1].end_char
    for a in known:
        if a.kind != "security_forces" or a.start_char is None or a.end_char is None:
            continue
        if not lo <= a.start_char < hi:
            continue
        span = char_span(doc, a.start_char, a.end_char)
        if span is None or len(span) == 0 or not force_told_hurt(span.root):
            continue
        victim = a.replace(role="victim")
        return replace(d, actors=(*d.actors, victim))
    return d
