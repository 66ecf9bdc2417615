"""Binding: attach actors and magnitudes to an event trigger (places and country: :mod:`.placing`).

Everything is chosen from the parse around the trigger: the clause it heads or sits
in first, then its sentence, then (times only) the paragraph's narrative time. The scoring
of figures is in :mod:`.binding_magnitudes`, the parties found beyond the clause in
:mod:`.binding_parties`, the parties an event implies beyond its clause in
:mod:`.binding_implied` and the word lists in :mod:`.binding_words`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import tokens
from ..records import Actor, inferred
from .actor_doers import (
    ADJUNCT_FORCE_LEMMAS,
    CUSTODY_NOUNS,
    NOT_AMID_KINDS,
    RAID_LEMMAS,
    accused,
    amid_doers,
    bare_passive,
    by,
    by_phrases,
    called_on,
    claimed_by,
    declaring_subject,
    dispersed,
    driven_by,
    escorts,
    heard_as,
    held_by_crowd,
    hurt_when,
    killed_when,
    lost_passive_subject,
    misparsed_subject,
    more_agents,
    named_subject,
    place_like,
    protest_holders,
    second_subjects,
    stray_passive,
    telegraphic_passive,
)
from .actor_doers_calls import callers_of
from .actor_doers_credits import in_credit
from .actor_names import (
    AIMED_LEMMAS,
    NOT_PERSON_ENTITIES,
    PERSON_NOUNS,
    SINGLE_PERSON_PRONOUNS,
    VAGUE_SOME,
    actor_root,
    believed_to_be,
    body_of,
    described_antecedent,
    described_as,
    full_name,
    held,
    identified_as,
    including,
    known_as,
    named_body,
    named_person,
    part_of,
    person_noun,
    the_group,
)
from .actor_roles import (
    BODILY_FORCE_LEMMAS,
    DIE_LEMMAS,
    FOUND_LEMMAS,
    HARM_LEMMAS,
    HIT_LEMMAS,
    HOSTILE_LEMMAS,
    INITIATOR_TYPES,
    actor_at,
    apposed_name,
    conjuncts,
    idle_doer,
    in_uniform,
    listed_names,
    listed_text,
    member_of,
    named_head,
    np_actor,
    others,
    relative_doer,
    roles,
    unrelative,
)
from .actor_roles_scenes import (
    dateline,
)
from .actor_targets import (
    FACILITY_NOUNS,
    PROPERTY_NOUNS,
    facility,
    network,
    networks,
    owner_of,
    shop_owners,
)
from .binding_implied import complete_actors
from .binding_magnitudes import naming_governor
from .binding_parties import (
    _without_credits,
    joining,
)
from .binding_words import (
    CALL_LEMMAS,
    CLASH_LEMMAS,
    CONFINING_TYPES,
    DO_LEMMAS,
    ORGANISE_LEMMAS,
    POSSESSED_TYPES,
    VICTIM_TYPES,
)
from .implicit_actors_antecedents import (
    antecedent,
    org_antecedent,
)
from .syntax import (
    agent,
    is_animate,
    kids,
    lemma,
    parse_tree,
    patient,
    phrase_head,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["bind_actors"]


def _object_by(verb: Token, agent_tok: Token) -> bool:
    """``police used tear gas to break up a march by students``: an active verb has no agent, so a
    "by" phrase after its object names the object's holders, not the verb's doer."""
    if verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in kids(verb)):
        return False
    return any(c.dep_ == "dobj" and c.i < agent_tok.i for c in kids(verb))


# Participles that tell the people an attack or riot hurt: "…, wounding two officers".
TOLL_PARTICIPLE_LEMMAS = frozenset({"kill", "wound", "injure", "hurt", "maim"})


def toll_participle_people(verb: Token, animate: frozenset[str]) -> list[Token]:
    """The people a participle after the act tells it hurt: "shelled the camp, wounding four soldiers"."""
    return [
        g
        for c in kids(verb)
        if c.dep_ in ("advcl", "xcomp")
        and c.tag_ == "VBG"
        and c.i > verb.i
        and lemma(c) in TOLL_PARTICIPLE_LEMMAS
        for g in kids(c)
        if g.dep_ == "dobj" and is_animate(g, animate)
    ]


def bind_actors(
    head: Token, trigger_tokens: Sequence[int], etype: str, subtype: str | None, known: Sequence[Actor]
) -> list[Actor]:
    """Actors of an event from the dependency structure around its trigger head, with roles."""
    from .lexicon import word_set

    animate = word_set("animate")
    pairs: list[tuple[Token, str]] = []
    own = set(trigger_tokens)
    doc = head.doc
    known = _without_credits(doc, known)  # "HANOI, June 18 (Vietnam Information Agency) - …"
    trigger_lemma = lemma(head)
    toks = tokens(doc)  # the cached Token list: ``doc[i]`` builds a new Token each time
    force_lemma = next(
        (lemma(toks[i]) for i in trigger_tokens if lemma(toks[i]) in BODILY_FORCE_LEMMAS), trigger_lemma
    )  # "drove into crowds": the act, whichever word heads the trigger
    verbs = [toks[i] for i in trigger_tokens if toks[i].pos_ == "VERB"]
    if head.pos_ not in ("VERB", "AUX") and verbs:
        head = verbs[0]  # "went on strike", "took to the streets": the verb carries the arguments
    elif len(trigger_tokens) > 1:
        inside = set(trigger_tokens)
        heads = parse_tree(doc)[2]
        roots = [toks[i] for i in trigger_tokens if heads[i] not in inside or heads[i] == i]
        if roots:
            head = roots[0]  # "a sit-in": the phrase's root carries its place in the sentence
    verbal = head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB")
    if verbal:
        s = None if stray_passive(head) is not None else (named_subject(head) or misparsed_subject(head))
        if s is not None and s.dep_ == "appos" and s.like_num and s.head.pos_ == "PROPN":
            s = s.head  # "Tamerlan, 26, died": an age, not a dateline's apposition
        called = called_on(head, etype)
        if etype == "attack" and lemma(head) == "come":
            # "officers came under fire from criminal elements": the fired-on side, then the shooters
            if s is not None:
                pairs.append((s, "patient"))
                s = None
            pairs.extend(
                (g, "doer")
                for t in (head, *(toks[i] for i in trigger_tokens))
                for c in kids(t)
                if c.dep_ == "prep" and c.lower_ == "from"
                for g in kids(c)
                if g.dep_ == "pobj" and g.i not in own
            )
        if s is not None and (bare_passive(head) or telegraphic_passive(head, s)):
            pairs.append((s, "patient"))  # "rights groups reported 16 people killed": they were killed
            s = None
        if s is not None:
            s = driven_by(relative_doer(head, s))  # "a vehicle driven by protesters rammed into them"
        found_body = etype == "killing" and lemma(head) in FOUND_LEMMAS
        if found_body:
            s = None  # "residents found the body of X": who found it did not kill
        # the caller of "called on supporters to demonstrate" stays an initiator beside those called
        if s is not None and not idle_doer(head, s):
            pairs.append((s, "doer"))
            # "The Workers' Unitary Centre (CUT), Chile's largest labour federation, … have called": an
            # apposition the parser made a second subject; the name is the doer as much as the description
            pairs.extend((c, "doer") for c in second_subjects(head, s))
        if s is None and (lost := lost_passive_subject(head)) is not None:
            pairs.append((lost, "patient"))
        a = agent(head)
        if a is not None and not _object_by(head, a):
            pairs.append((a, "doer"))
        pairs.extend((x, "doer") for x in more_agents(head, etype))
        pairs.extend((x, "doer") for x in accused(head))
        pairs.extend((x, "doer") for x in called)
        if etype in INITIATOR_TYPES:
            # "farmers marched on parliament, led by the Samyukt Kisan Morcha": who leads it starts it
            pairs.extend(
                (g, "doer")
                for c in (*kids(head), *(kids(s) if s is not None else ()))
                if c.dep_ in ("advcl", "acl") and c.tag_ == "VBN" and lemma(c) in ORGANISE_LEMMAS
                for g in by_phrases(c)
            )
        pairs.extend((x, "patient") for x in hurt_when(head, etype))
        pairs.extend((x, "doer-only") for x in killed_when(head, etype))
        p = patient(head)
        if found_body and p is not None:
            p = body_of(p)  # "found the body of X": X
        if (
            etype in INITIATOR_TYPES
            and head.dep_ in ("amod", "acl")
            and head.tag_ in ("VBG", "VBN", "VBD")
            and head.head.pos_ in ("NOUN", "PROPN")
            and head.head.i not in own
            and is_animate(head.head, animate)
        ):
            # "striking teachers", "retirees gathered outside parliament": the people so described do it
            pairs.append((head.head, "doer"))
            if p is not None and p.i == head.head.i:
                p = None
        if p is not None and dateline(p):  # "TABRIZ (Wire) — Two men were hanged": the men
            p = next((c for c in kids(head) if c.dep_ == p.dep_ and c.i != p.i), None)
        if (p is None or (p.i in own and etype == "repression")) and head.pos_ == "VERB":
            # "riot police beat and detained dozens of supporters": the object the conjoined verbs share;
            # "fired tear gas and beat workers with batons": the object of the verb joined to the trigger's
            shared = next(
                (
                    g
                    for c in kids(head)
                    if c.dep_ == "conj"
                    and c.pos_ == "VERB"
                    and c.i > head.i
                    and (p is None or lemma(c) in BODILY_FORCE_LEMMAS)
                    for g in kids(c)
                    if g.dep_ == "dobj"
                ),
                None,
            )
            p = shared if shared is not None else p
        if p is None and etype in ("riot", "attack") and head.pos_ == "VERB":
            # "crowds looted and torched shops" parsed with "torched" an adjective of "shops", itself
            # a conjunct of the verb: the property the conjoined acts fell on
            p = next(
                (
                    c
                    for c in kids(head)
                    if c.dep_ == "conj"
                    and c.i > head.i
                    and c.pos_ == "NOUN"
                    and (lemma(c) in FACILITY_NOUNS or lemma(c) in PROPERTY_NOUNS)
                ),
                None,
            )
        if p is None and head.dep_ == "pcomp" and any(c.lower_ == "being" for c in kids(head)):
            # "died in custody after being tortured": the one who died
            gov = head.head.head
            p = (
                next((c for c in kids(gov) if c.dep_ in ("nsubj", "nsubjpass")), None)
                if gov.i != head.i
                else None
            )
        stray = stray_passive(head)
        if p is None and stray is not None and stray.dep_ == "nsubjpass":
            p = stray  # "… that he was held, beaten and subjected to shocks": he
        if p is not None and p.i not in own:
            pairs.append((p, "patient"))
        elif p is not None and etype == "repression" and shop_owners(p) is not None:
            pairs.append((p, "patient"))  # "sealed at least 40 shops": the trigger's own object
        if etype == "repression":
            # "fired tear gas to clear several hundred drivers": whom the purpose clause names
            pairs.extend((g, "patient") for g in dispersed(head) if g.i not in own)
        if etype == "repression" and p is not None:
            # "tried to clear a highway blockade mounted by supporters of X": those holding it were targeted
            pairs.extend((g, "patient") for g in protest_holders(p))
        elif (
            p is not None
            and etype in ("riot", "attack")
            and p.i != head.i
            and (lemma(p) in FACILITY_NOUNS or lemma(p) in PROPERTY_NOUNS)
        ):
            pairs.append((p, "patient"))  # "smashed shop windows": the property is the trigger's object
        if etype in VICTIM_TYPES:
            for c in kids(head):  # "dozens were arrested, including two journalists and a lawyer"
                if c.dep_ == "prep" and c.lower_ == "including":
                    pairs.extend((g, "patient") for g in kids(c) if g.dep_ == "pobj" and g.i not in own)
        if etype in ("repression", "attack") and lemma(head) in RAID_LEMMAS:
            # "troops raided the camp, beating demonstrators and arresting nine": whom the raid was on
            for c in kids(head):
                if (
                    c.dep_ == "advcl"
                    and c.tag_ == "VBG"
                    and c.i > head.i
                    and lemma(c) in ADJUNCT_FORCE_LEMMAS
                ):
                    pairs.extend((g, "patient") for g in kids(c) if g.dep_ == "dobj")
        if etype in ("attack", "riot"):
            # "troops burned 300 houses and killed seven villagers": the attack's victims too
            for c in kids(head):
                if c.dep_ == "conj" and lemma(c) in HARM_LEMMAS and (hurt := patient(c)) is not None:
                    pairs.append((hurt, "patient"))
            # "opened fire on a police post, wounding two officers": the side it struck, harmed (G6)
            pairs.extend((g, "patient") for g in toll_participle_people(head, animate))
        if lemma(head) in DIE_LEMMAS and head.dep_ == "xcomp":
            # "he was the seventh political prisoner to die": the one named by the copula
            pairs.extend((c, "patient") for c in kids(head.head) if c.dep_ == "attr")
        holders = [head]
        if p is not None:
            # "fired [tear gas and water cannon] at X": the prep may hang off the object
            holders.extend(conjuncts(p))
        preps: tuple[str, ...] = ("on", "against")
        if etype not in CONFINING_TYPES:
            preps = (*preps, "into")  # "fired into the crowd"; not "bundled into police trucks": where to
        if etype in ("riot", "attack", "repression") or trigger_lemma in AIMED_LEMMAS:
            preps = (*preps, "at")  # "fired at protesters"; not "pronounced dead at the military hospital"
        if etype in ("riot", "attack") and any(lemma(c) == "fire" for c in kids(head) if c.dep_ == "dobj"):
            preps = (*preps, "to")  # "set fire to a police vehicle"
        if etype in ("riot", "attack") and lemma(head) in CLASH_LEMMAS | {"fight", "scuffle", "brawl"}:
            preps = (*preps, "with")  # "protesters clashed with police": the other side
        for h in holders:
            for c in [x for k in kids(h) if k.dep_ == "prep" for x in (k, *k.conjuncts)]:
                if c.dep_ in ("prep", "conj") and c.pos_ == "ADP" and c.lower_ in preps:
                    for g in kids(c):
                        if g.dep_ != "pobj" or g.i in own:
                            continue
                        if (
                            c.lower_ == "at"
                            and etype not in ("attack", "riot")
                            and lemma(g) in FACILITY_NOUNS
                        ):
                            continue  # "opened fire on worshippers at a mosque": where, not whom
                        pairs.append((g, "patient"))
    else:
        for c in kids(head):
            if (
                c.dep_ == "acl"
                and c.tag_ == "VBN"
                and etype in ("riot", "attack")
                and lemma(c) not in ORGANISE_LEMMAS
            ):
                pairs.extend((g, "doer") for g in by_phrases(c))  # "stones thrown by hooded youths"
            if c.dep_ == "acl" and lemma(c) in ORGANISE_LEMMAS and etype in INITIATOR_TYPES:
                # "the strike, called by the party and backed by traders' associations"
                pairs.extend((g, "doer") for g in by_phrases(c))
                for k in c.conjuncts:
                    pairs.extend((g, "doer") for g in by_phrases(k))
        if (
            etype in ("attack", "killing")
            and lemma(head) not in CLASH_LEMMAS  # "wounded in a clash with smugglers": one side of it
            and head.dep_ == "pobj"
            and head.head.lower_ in ("in", "during", "with")
            and lemma(head.head.head) in HARM_LEMMAS
            and head.head.head.pos_ == "VERB"
        ):
            verb = head.head.head  # "accused the army of killing civilians in air strikes"
            doer = named_subject(verb)
            pairs.extend((x, "doer") for x in ([doer] if doer is not None else accused(verb)))
            if (hurt := patient(verb)) is not None:
                pairs.append((hurt, "patient"))
        if etype in POSSESSED_TYPES:
            for c in kids(head):  # "the arrest on 26 May of the rapper X": "of" hung on the date
                if c.dep_ == "prep" and c.lower_ in ("on", "in", "last"):
                    for g in kids(c):
                        if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME"):
                            pairs.extend(
                                (x, "patient")
                                for o in kids(g)
                                if o.dep_ == "prep" and o.lower_ == "of"
                                for x in kids(o)
                                if x.dep_ == "pobj" and x.ent_type_ not in ("DATE", "TIME")
                            )
        for c in kids(head):
            if c.dep_ == "poss" and c.i not in own and etype in POSSESSED_TYPES:
                pairs.append((c, "patient"))  # "his arrest", "Khan's execution": the one it is done to
            elif c.dep_ in ("compound", "poss", "amod", "nmod") and c.i not in own and c.i < head.i:
                pairs.append((c, "doer"))
            if c.dep_ == "prep":
                for g in kids(c):
                    if g.dep_ != "pobj" or g.i in own:
                        continue
                    if c.lower_ == "by":
                        pairs.append((g, "doer"))
                    elif c.lower_ == "of":
                        pairs.append((g, "doer" if etype in INITIATOR_TYPES else "patient"))
                    elif c.lower_ in ("on", "against"):
                        pairs.append((g, "patient"))
                    elif c.lower_ == "between" and etype in ("riot", "attack") and g.conjuncts:
                        # "clashes between inmates and guards": the first side starts, the other is the target
                        pairs.append((g, "doer-only"))
                        pairs.extend((k, "patient") for k in g.conjuncts if k.i > g.i)
                    elif c.lower_ == "between":
                        pairs.append((g, "doer"))
                    elif c.lower_ == "with" and etype in ("attack", "riot") and lemma(head) in CLASH_LEMMAS:
                        pairs.append((g, "patient"))  # "a clash with armed smugglers": the other side
        if lemma(head.head) == "leave" and head.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "advcl", "amod"):
            left = patient(head.head)  # "the attack left dozens of members of the security forces dead"
            if left is not None and left.i not in own:
                pairs.append((left, "patient"))
        if (
            head.dep_ == "nsubj"
            and etype in ("attack", "killing", "riot")
            and lemma(head.head) in HIT_LEMMAS
            and (hit := patient(head.head)) is not None
            and hit.i not in own
        ):
            pairs.append((hit, "patient"))  # "a drone attack targeted the air base"
            # "a drone hit a school, injuring four people": those the strike's verb tells it hurt
            pairs.extend((g, "patient") for g in toll_participle_people(head.head, animate))
        if (
            head.dep_ == "pobj"
            and head.head.dep_ == "agent"
            and etype in ("attack", "riot")
            and lemma(head.head.head) in HIT_LEMMAS
        ):
            # "the federal building was shattered by an explosion"
            pairs.extend((x, "patient") for x in kids(head.head.head) if x.dep_ == "nsubjpass")
        if etype in ("attack", "riot"):
            for c in kids(head):  # "an attack at a cafe", "the bombing at the checkpoint"
                if c.dep_ == "prep" and c.lower_ == "at":
                    pairs.extend(
                        (g, "patient") for g in kids(c) if g.dep_ == "pobj" and lemma(g) in FACILITY_NOUNS
                    )
        if (
            head.dep_ == "dobj"
            and head.head.pos_ == "VERB"
            and etype not in INITIATOR_TYPES
            and lemma(head.head) in DO_LEMMAS
        ):
            # "police fired rubber bullets at students", "launched air strikes on the town"
            verb = head.head
            s = named_subject(verb)
            if s is not None and s.i not in own:
                pairs.append((s, "doer"))
            for c in kids(verb):
                if c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "into"):
                    pairs.extend((g, "patient") for g in kids(c) if g.dep_ == "pobj" and g.i not in own)
        if etype in POSSESSED_TYPES and not any(w == "patient" for _, w in pairs):
            for c in kids(head):  # "the death in custody of Jina Mahsa Amini"
                if c.dep_ == "prep" and c.lower_ in ("in", "under"):
                    for g in kids(c):
                        for c2 in kids(g) if g.dep_ == "pobj" else ():
                            if c2.dep_ == "prep" and c2.lower_ == "of":
                                pairs.extend((x, "patient") for x in kids(c2) if x.dep_ == "pobj")
            if not any(w == "patient" for _, w in pairs) and head.i + 3 < len(doc):
                # the same with "in custody" hung on the verb: "followed the death in custody of X"
                prep, hold, of = doc[head.i + 1], doc[head.i + 2], doc[head.i + 3]
                if prep.lower_ in ("in", "under") and lemma(hold) in CUSTODY_NOUNS and of.lower_ == "of":
                    pairs.extend((x, "patient") for x in kids(of) if x.dep_ == "pobj")
        # "would call a 36-hour strike and a march": the second act is the verb's object as the first is
        obj = head.head if head.dep_ == "conj" and head.head.dep_ in ("dobj", "attr", "oprd") else head
        if (
            obj.dep_ in ("dobj", "attr", "oprd")
            and obj.head.pos_ == "VERB"
            and etype in INITIATOR_TYPES
            and naming_governor(obj) is None  # "in what organisers called a strike": they only name it
            and lemma(obj.head) not in HOSTILE_LEMMAS
        ):
            # "urged workers to join a rally", "said they would join the strike": who is to join
            # someone else's act takes part in it; who holds or stages it starts it
            doing = "joiner" if joining(obj.head) else "doer"
            urged = called_on(obj.head, etype)
            s = named_subject(obj.head)
            if s is not None:  # the federation that urged workers to join its rally holds it
                subject_doing = "doer" if urged else doing
                pairs.append((s, subject_doing))
                pairs.extend((c, subject_doing) for c in second_subjects(obj.head, s))
            # "called on Venezuelans abroad to hold vigils": those called on hold them
            pairs.extend((x, doing) for x in urged)
        elif (
            etype in INITIATOR_TYPES
            and head.dep_ == "dobj"
            and head.head.pos_ == "VERB"
            and (any(c.dep_ == "nsubj" for c in kids(head.head)) or head.head.dep_ in ("xcomp", "advcl"))
            and any(by(c) and c.i > head.i for c in kids(head.head))
        ):
            # "security forces broke up the sit-in by supporters of Morsi": an active verb has no
            # agent, so the "by" phrase the parser gave it names who held the sit-in
            pairs.extend(
                (g, "doer")
                for c in kids(head.head)
                if by(c) and c.i > head.i
                for g in kids(c)
                if g.dep_ == "pobj"
            )
        elif (
            etype in INITIATOR_TYPES
            and head.dep_ == "appos"
            and head.head.pos_ in ("NOUN", "PROPN")
            and head.head.i < head.i
            and is_animate(head.head, animate)
        ):
            pairs.append((head.head, "doer"))  # "Workers at the plant downed tools" parsed as an apposition
        elif (
            etype in INITIATOR_TYPES
            and head.dep_ == "pobj"
            and head.head.lower_ == "in"
            and joining(head.head.head)
        ):
            verb = head.head.head  # "urged to take part in the boycott", "will participate in the march"
            urged = called_on(verb, etype)
            s = named_subject(verb)
            pairs.extend((x, "joiner") for x in urged)
            if s is not None:
                pairs.append((s, "doer" if urged else "joiner"))
        elif (
            etype in INITIATOR_TYPES
            and head.dep_ == "pobj"
            and head.head.lower_ == "on"
            and head.head.head.pos_ in ("NOUN", "PROPN")
            and is_animate(head.head.head, animate)
        ):
            pairs.append((head.head.head, "doer"))  # "refuse collectors, on strike since March 6"
        elif (
            etype in INITIATOR_TYPES
            and head.dep_ == "pobj"
            and head.head.lower_ == "on"
            and head.head.head.pos_ in ("VERB", "AUX")
            and lemma(head.head.head) in ("be", "remain", "stay", "go", "continue", "keep")
        ):
            s = named_subject(head.head.head)  # "Fathy has been on hunger strike since April": who strikes
            if s is not None:
                pairs.append((s, "doer"))
        elif (
            etype in INITIATOR_TYPES
            and head.dep_ == "pobj"
            and head.head.lower_ == "for"
            and lemma(head.head.head) in CALL_LEMMAS
        ):
            call = head.head.head
            s = named_subject(call) or misparsed_subject(call)  # "activists called for protests"
            if s is not None:
                pairs.append((s, "doer"))
    if etype in ("attack", "riot") and not verbal:
        pairs.extend(heard_as(head))
    if etype in ("attack", "killing", "riot") and not verbal:
        pairs.extend((x, "doer") for x in claimed_by(head))
    if etype in ("attack", "killing") and not verbal:
        # "wounded by gunfire from criminal structures", "shots from the rooftops": who fired
        pairs.extend(
            (g, "doer")
            for c in kids(head)
            if c.dep_ == "prep" and c.lower_ == "from"
            for g in kids(c)
            if g.dep_ == "pobj" and g.ent_type_ not in NOT_PERSON_ENTITIES
        )
    pairs.extend((x, "doer") for t, w in list(pairs) if w == "doer" for x in escorts(t))
    callers = {x.i for x in callers_of(head)} if etype in INITIATOR_TYPES else set()
    amid = amid_doers(head, etype)
    pairs.extend((x, "doer") for x in amid)
    pairs.extend((doc[i], "doer") for i in sorted(callers))
    if etype == "repression" and subtype == "internet_shutdown":
        pairs.extend((x, "patient") for x in networks(head, trigger_tokens))
    out: list[Actor] = []
    weak: list[Actor] = []
    seen: set[tuple[str, str | None]] = set()
    for tok, which in pairs:
        # "several hundred civil servants, doctors and teachers": the conjuncts of the phrase's head
        listing = [named_head(tok)] if which == "doer-only" else listed_names(named_head(tok))
        listed = listed_text(listing)
        for t in listing:
            hd = phrase_head(t)
            animate_patient = (is_animate(hd, animate) or lemma(hd) in PERSON_NOUNS) and not place_like(hd)
            doer_role, patient_role = roles(etype, subtype, animate_patient, force_lemma)
            role = doer_role if which in ("doer", "doer-only") else patient_role
            if which == "joiner":
                role = "participant"
            if etype == "killing" and trigger_lemma in DIE_LEMMAS and which == "doer":
                role = "victim"  # "26 people died": the subject of dying is the victim
            t = unrelative(t)
            t = part_of(t)  # "set part of the parliament building on fire": the building
            ph = named_head(t)  # asked a dozen times below
            if dateline(ph) or in_credit(ph):
                continue  # "SHIRAZ (Agency) — …": the dateline and its agency are no party to the event
            actor = (
                full_name(ph, known, role)
                or believed_to_be(ph, known, role)
                or identified_as(ph, known, role)
                or apposed_name(ph, known, role)
                or named_body(ph, known, role)
                or member_of(ph, known, role)
                or in_uniform(ph, known, role)
                or (owner_of(ph, known, etype) if which == "patient" else None)
                or (shop_owners(ph) if which == "patient" and etype == "repression" else None)
                or (
                    held_by_crowd(ph, roles(etype, subtype, True, force_lemma)[1])
                    if which == "patient" and etype in ("attack", "repression")
                    else None
                )
                or actor_at(t, known, role)
                or (facility(ph, known, role, etype) if which == "patient" else None)
                or (network(ph) if which == "patient" and subtype == "internet_shutdown" else None)
            )
            if actor is None and t.lower_ in ("it", "its"):
                actor = org_antecedent(t, known, role)  # "the agency said it had arrested seven tailors"
            if actor is None:
                actor = the_group(ph, known, role)  # "the group has claimed 160 attacks"
            if actor is None and (role == "victim" or (role == "initiator" and which == "doer")):
                actor = named_person(ph, role)  # "Tamerlan, 26, died after a gunfight"
            if actor is None and which != "patient" and t.lower_ in ("he", "she", "they"):
                # "the factions warned they would escalate attacks", "he was the seventh prisoner to die"
                actor = antecedent(t, known, role, forces_too=True)
                if actor is None and t.lower_ == "they" and (said := declaring_subject(t)) is not None:
                    actor = actor_at(said, known, role)  # "mining cooperatives said they would join"
            if (
                actor is None
                and which == "patient"
                and t.lower_ in VAGUE_SOME
                and t.n_lefts + t.n_rights == 0
            ):
                actor = others(t, known, role)  # "lawyers for the detainees said several had been beaten"
            if actor is None and which == "patient" and lemma(ph) == "other":
                actor = others(ph, known, role)  # "killed three of the terrorists and arrested two others"
            if actor is None and which == "patient" and etype in VICTIM_TYPES | {"repression", "riot"}:
                # a riot's or attack's "them" may be the police; an arrest's or beating's is not
                forces_too = etype in ("riot", "attack")
                actor = antecedent(ph, known, role, forces_too=forces_too)
            if actor is None and tok.i in callers and ph.pos_ in ("NOUN", "PROPN"):
                actor = np_actor(ph, "unknown", role)  # "calls by radical groups": whoever they are
            if actor is None and t.lower_ in SINGLE_PERSON_PRONOUNS:
                actor = described_antecedent(t, role)  # "a street vendor died … two days after his arrest"
            if actor is None and person_noun(ph, animate) and which == "patient":
                # "assaulting two of their colleagues": people named by a noun no dictionary or lexicon
                # knows are still the event's, when nothing better turns up for their role
                person = np_actor(ph, "civilians", role)
                parts = [x for x in including(ph) if x != person.text]  # "three members, including X"
                if parts:
                    person = inferred(
                        person.replace(aliases=tuple(dict.fromkeys(parts))), person, "binding.including"
                    )
                weak.append(person)
            if actor is None:
                continue
            if tok in amid and actor.kind in NOT_AMID_KINDS:
                continue  # "police fired during the protest": no protester
            if listed and listed != actor.text and listed not in actor.aliases:
                # "shops, banks and police stations"
                actor = inferred(actor.replace(aliases=(*actor.aliases, listed)), actor, "binding.listed")
            described = actor_root(doc, actor) or ph
            extra_names = [
                x
                for x in (
                    *known_as(described),
                    *including(described),
                    # an arrest's own victims named by their noun ("students", "two journalists") keep
                    # it; only the bare "people" it held also go by "detainee"
                    *(held(described) if etype != "arrest" or described.lower_ == "people" else ()),
                    *described_as(described),
                )
                if x not in actor.aliases
            ]
            if extra_names:
                actor = inferred(
                    actor.replace(aliases=(*actor.aliases, *extra_names)), actor, "binding.described"
                )
            if (
                etype == "attack"
                and actor.role == "victim"
                and actor.kind in ("security_forces", "armed_group")
                and trigger_lemma not in HARM_LEMMAS
                and not (ph.dep_ in ("nsubjpass", "dobj") and lemma(ph.head) in HARM_LEMMAS)
            ):  # "two officers had been wounded by gunfire" were hurt: victims
                actor = actor.replace(
                    role="target"
                )  # an attack on forces targets them; its victims are civilians
            key = (actor.name, "patient" if actor.role in ("victim", "target") else actor.role)
            if key in seen:
                # "men, women and children" all coded civilians: the one kept also goes by the others' words
                at = next(
                    i
                    for i, x in enumerate(out)
                    if (x.name, "patient" if x.role in ("victim", "target") else x.role) == key
                )
                kept = out[at]
                more = [
                    x
                    for x in (actor.text, *actor.aliases)
                    if x and x != kept.text and x != kept.name and x not in kept.aliases
                ]
                if more:
                    # and by its aliases: "the party called on its supporters" keeps "supporters"
                    # (each name keeps the step that inferred it for the actor merged in)
                    carried = tuple(x for x in actor.inferred_names if x.name in more)
                    merged = kept.replace(
                        aliases=(*kept.aliases, *dict.fromkeys(more)),
                        inferred_names=(*kept.inferred_names, *carried),
                    )
                    kept = out[at] = inferred(merged, kept, "binding.merged")
                if etype in ("attack", "riot") and kept.role == "target" and actor.role == "victim":
                    # "shelled an army base, wounding four soldiers": the side struck, told hurt (G6)
                    out[at] = kept.replace(role="victim")
                continue
            seen.add(key)
            out.append(actor)
    return complete_actors(head, etype, subtype, known, out, weak, force_lemma, animate)
