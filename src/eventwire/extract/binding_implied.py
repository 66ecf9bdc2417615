"""The parties an event implies beyond those its clause names: joiners of a strike, the state that
imposes a measure, the condemned of an execution, the held of torture, protesters met by a crackdown,
the default initiators of a protest or riot, and the story's group and members (the last step of
:func:`.binding.bind_actors`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Actor, ActorRole, inferred
from .actor_doers import crowd_antecedent, crowd_in_sentence
from .actor_doers_calls import called_for, followers, joiners
from .actor_members import with_members
from .actor_names import person_actor, person_noun
from .actor_roles import BODILY_FORCE_LEMMAS, INITIATOR_TYPES, actor_at, np_actor, roles, sentence_victim
from .actor_roles_harm import attack_harm_around, harm_around, harm_told, struck_people
from .actor_roles_scenes import (
    STATE_MEASURES,
    at_funeral,
    bereaved,
    funeral_scene,
    funeral_told,
    mourning,
    state_measure_doer,
)
from .actor_targets import (
    FACILITY_NOUNS,
    POPULATION_MEASURES,
    PROPERTY_NOUNS,
    dwellers,
    dwellings_struck,
    population,
    shopkeepers,
)
from .binding_parties import (
    THREATENED_TYPES,
    _also_named,
    _held_too,
    _threatening_state,
    held_subject,
    warned_anyone,
)
from .binding_words import CROWD_HARM_TYPES, IMPLICIT_PERPETRATOR_TYPES, NOT_EXECUTIONER_KINDS
from .implicit_actors import (
    crowd_before,
    generic_as,
    implicit_initiator,
    implicit_perpetrator,
    in_custody,
    protesting,
    unnamed_actor,
    vague_people,
)
from .implicit_actors_antecedents import party_named, story_group, with_story_group
from .implicit_actors_protest import PROTESTER_NAMES, as_protesters, at_protest
from .syntax import kids, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["complete_actors"]


def complete_actors(
    head: Token,
    etype: str,
    subtype: str | None,
    known: Sequence[Actor],
    out: list[Actor],
    weak: list[Actor],
    force_lemma: str,
    animate: frozenset[str],
) -> list[Actor]:
    """The actors bound from the clause (``out``), completed with those the event implies; ``weak``
    are people named by a noun nothing better knows, kept for a role nobody else fills."""
    doc = head.doc
    if etype in ("strike", "protest"):
        names = {a.name for a in out}
        # I10: those urged to stay home for a shutdown the caller only calls for do it themselves
        leading = {t.i for t in followers(head)} if called_for(head) else set()
        for t in joiners(head):
            joined = actor_at(t, known, "participant") or (
                np_actor(t, "civilians", "participant") if person_noun(t, animate) else None
            )
            if joined is not None and joined.name not in names:
                names.add(joined.name)
                out.append(joined.replace(role="initiator" if t.i in leading else "participant"))
    doers = {a.start_char for a in out if a.role in ("perpetrator", "initiator") and a.start_char is not None}
    out = [
        a for a in out if not (a.role in ("victim", "target") and a.start_char in doers)
    ]  # one mention, one side
    text = doc_text(doc)
    out = [party_named(a, known, text, doc) for a in out]
    protest_setting = etype in ("repression", "killing", "arrest", "torture") and at_protest(head)
    if etype == "repression" and subtype in STATE_MEASURES and not any(a.role == "perpetrator" for a in out):
        out.append(state_measure_doer(head, known))
    if (
        etype == "repression"
        and subtype in POPULATION_MEASURES
        and not any(a.role in ("victim", "target") and a.kind != "unknown" for a in out)
    ):
        out.append(population(subtype))  # a curfew or an internet cut falls on the people of the place
    if etype == "execution":
        # "the execution of a man arrested during the protests": no protester, worker or rights group
        # puts anyone to death; the state does (the judiciary when nobody else is named)
        out = [a for a in out if not (a.role == "perpetrator" and a.kind in NOT_EXECUTIONER_KINDS)]
    if etype in THREATENED_TYPES and not any(a.role == "perpetrator" for a in out):
        out.extend(_threatening_state(head, known, etype))
    if etype == "attack" and not any(a.role == "perpetrator" for a in out) and _driven_into(head):
        # "a car drove into students blocking a street": whoever drove it, not unknown gunmen
        out.append(unnamed_actor("Driver", ("driver", "motorist"), "civilians", "perpetrator"))
    if etype == "attack" and lemma(head) in RAM_LEMMAS:
        # "drove into a column of marchers, hitting a 21-year-old student": the people it hit
        names = {a.name for a in out}
        for t in _run_down(head):
            hit = actor_at(t, known, "victim") or (
                np_actor(t, "civilians", "victim") if person_noun(t, animate) else None
            )
            if hit is not None and hit.name not in names:
                names.add(hit.name)
                out.append(hit.replace(role="victim"))
    if etype in IMPLICIT_PERPETRATOR_TYPES and not any(a.role == "perpetrator" for a in out):
        out.extend(
            implicit_perpetrator(
                head,
                etype,
                known,
                out,
                protest_setting=protest_setting,
                bodily=force_lemma in BODILY_FORCE_LEMMAS,
            )
        )
    if etype == "killing" and in_custody(head):
        out = [generic_as(a, "Detainees") for a in out]
    elif etype in ("killing", "attack") and not protest_setting:
        out = [generic_as(a, "Civilians") for a in out]
    if etype in ("execution", "arrest") and not any(a.role == "victim" for a in out):
        out.extend(sentence_victim(head, known, out))
    if etype == "arrest" and not any(a.role == "victim" for a in out) and warned_anyone(head):
        out.append(_warned(head, known))
    if etype == "execution" and not any(a.role == "victim" for a in out):
        out.append(
            unnamed_actor("Prisoners", ("condemned prisoners", "death-row prisoners"), "civilians", "victim")
        )  # "41 executions in October": whoever is put to death was held and condemned first
    if etype == "execution":  # "48 people were executed in October": so are people written generically
        out = [generic_as(a, "Prisoners") if a.role == "victim" else a for a in out]
    if (
        etype == "torture"
        and not any(a.role == "victim" for a in out)
        and any(w.role == "victim" for w in weak)
    ):
        # "two of her clients were kicked and punched": people held, so detainees too
        out.extend(_held_too(w) for w in weak if w.role == "victim")
    if etype == "torture" and not any(a.role == "victim" for a in out):
        out.extend(_held_too(a) for a in held_subject(head, known))
    if etype == "torture" and not any(a.role == "victim" for a in out):
        # torture is what is done to those held; the clause often names them only by a pronoun
        out.append(unnamed_actor("Detainees", ("prisoners",), "civilians", "victim"))
    for w in weak:
        if not any(a.role == w.role for a in out):
            out.append(w)
    if etype in ("repression", "killing", "arrest") and protest_setting:
        out = [as_protesters(a) for a in out]
        if not any(a.role in ("victim", "target") for a in out):
            implied: ActorRole = (
                roles(etype, subtype, True, force_lemma)[1] if etype == "repression" else "victim"
            )
            crowd = crowd_in_sentence(head, known, out) if etype == "repression" else None
            if crowd is not None:
                # "youths smashed shop windows …, and police responded with tear gas": at them
                out.append(crowd.replace(role=implied))
            else:
                out.append(unnamed_actor("Protesters", ("demonstrators",), "protesters", implied))
    if etype in ("repression", "arrest", "killing") and funeral_scene(head):
        # unnamed people a crackdown met at a funeral are mourners (ACLED: protesters, mourning)
        out = [mourning(a) if a.role in ("victim", "target") else a for a in out]
    if etype in INITIATOR_TYPES:
        leaders = [a for a in out if a.role == "initiator"]
        if not leaders and etype == "protest" and funeral_told(head):
            out.append(bereaved())  # "X's funeral will be held": the family's and mourners', not the story's
        elif not leaders or all(person_actor(doc, a) for a in leaders) or called_for(head):
            # a march "led by" named people is still its movement's: the story's protagonists join them;
            # so does a called act (M33: its caller leads it, and the story's group still holds it)
            out.extend(
                a for a in implicit_initiator(head, etype, known, out) if a.name not in {x.name for x in out}
            )
        if subtype == "shop_closure" and not any(
            a.role in ("initiator", "participant")
            and "shopkeepers" in {x.lower() for x in (a.name, a.text or "", *a.aliases)}
            for a in out
        ):
            out.append(shopkeepers())  # shops that stay shut are their keepers' strike, whoever called it
        if etype == "protest":
            out = [protesting(a) if a.role == "initiator" else a for a in out]
            if at_funeral(head):
                out = [mourning(a) if a.role == "initiator" else a for a in out]
        else:
            out = [as_protesters(a) if a.role == "initiator" else a for a in out]
            if etype == "riot":  # whoever riots, unnamed, is a rioter ("thugs", "youths", "a mob")
                out = [
                    inferred(a.replace(aliases=(*a.aliases, "rioters")), a, "binding_implied.rioters")
                    if a.role == "initiator"
                    and (a.identifier is None or a.identifier.startswith("ew:generic-"))
                    and a.kind not in ("state", "security_forces", "political_party")
                    and "rioters" not in a.aliases
                    and a.name != "Rioters"
                    else a
                    for a in out
                ]
    if etype in ("protest", "riot") and not any(a.role == "initiator" for a in out):
        crowd = Actor(
            text=None,
            start_char=None,
            end_char=None,
            name="Protesters" if etype == "protest" else "Rioters",
            aliases=("demonstrators",) if etype == "protest" else PROTESTER_NAMES,  # a crowd turned violent
            kind="protesters",
            role="initiator",
            country=None,
        )
        out.append(inferred(crowd, None, "binding_implied.crowd"))
    if (
        etype == "attack"
        and not any(a.role in ("victim", "target") and a.kind == "civilians" for a in out)
        and dwellings_struck(head)
    ):
        out.append(dwellers())  # "soldiers burned 20 houses in the village": its villagers (G6 below)
    if (
        etype in ("repression", "riot", "attack")
        and subtype not in STATE_MEASURES
        and any(a.role == "target" for a in out)
        and (
            harm_told(head, force_lemma)
            or (etype == "repression" and harm_around(head))
            or (etype == "attack" and attack_harm_around(head))  # G6: the side struck, told hurt
        )
    ):
        # "fired rubber bullets at crowds, leaving two people blinded": people struck are victims
        facilities = FACILITY_NOUNS | PROPERTY_NOUNS
        out = [a.replace(role="victim") if struck_people(doc, a, animate, facilities) else a for a in out]
    if etype == "repression":
        # "students marched … police fired tear gas as the crowd reached the avenue": the crowd is they
        out = [
            _also_named(a, crowd_antecedent(doc, a, known)) if a.role in ("victim", "target") else a
            for a in out
        ]
    if etype in INITIATOR_TYPES or etype in ("repression", "killing", "arrest", "torture"):
        group = story_group(doc, known)
        out = [with_story_group(a, group) if a.role != "perpetrator" else a for a in out]
    if etype in CROWD_HARM_TYPES and any(a.role in ("victim", "target") and vague_people(a) for a in out):
        # "Police fired tear gas at the demonstrators … 11 people were arrested": the people are they
        crowd = crowd_before(doc, known, head.idx)
        held = protest_holders_before(head)  # "relatives gathered outside the office … 30 people"
        out = [
            _also_held(_also_named(a, crowd), held)
            if a.role in ("victim", "target") and vague_people(a)
            else a
            for a in out
        ]
    out = with_members(head, etype, out, known)  # "Both were arrested": the two the story named
    if etype in ("protest", "riot"):
        _hold_protest(head, out)
    return out


# The initiators written for each protest or riot bound so far in a Doc, by the trigger's offset
# (events are bound in text order, so those told before an arrest are known when it is bound).
_HOLDERS = "eventwire.binding_implied.protest_holders"


def _hold_protest(head: Token, actors: list[Actor]) -> None:
    holders = [a for a in actors if a.role == "initiator" and a.text is not None]
    if holders:
        head.doc.user_data.setdefault(_HOLDERS, {})[head.idx] = holders


def protest_holders_before(head: Token) -> list[Actor]:
    """Who held the protest or riot told last before ``head``: the crowd that bare "people" arrested,
    hurt or killed after it are of ("Relatives gathered outside the governor's office … Police
    detained at least 30 people": relatives; "Hundreds of opposition supporters marched … 14 people
    were arrested": the supporters)."""
    told: dict[int, list[Actor]] = head.doc.user_data.get(_HOLDERS, {})
    before = [k for k in told if k < head.idx]
    return told[max(before)] if before else []


def _also_held(a: Actor, holders: list[Actor]) -> Actor:
    for h in holders:
        a = _also_named(a, h)
    return a


def _warned(head: Token, known: Sequence[Actor]) -> Actor:
    """Who "anyone who blocks roads will be arrested" warns: the crowd the story named before, or
    protesters when it named none."""
    crowd = crowd_before(head.doc, known, head.idx)
    if crowd is not None:
        return crowd.replace(role="victim")
    return unnamed_actor("Protesters", ("demonstrators",), "protesters", "victim")


# verbs by which a vehicle is driven into people, and the vehicles so driven
RAM_LEMMAS = frozenset({"ram", "drive", "plough", "plow", "steer", "smash", "barrel", "career", "plunge"})
VEHICLE_NOUNS = frozenset(
    {"car", "vehicle", "truck", "lorry", "van", "suv", "bus", "minibus", "pickup", "jeep", "motorist", "taxi"}
)

# words that tell whose vehicle it is: "a military truck", "an official car"
SIDE_ADJECTIVES = frozenset({"military", "official", "armoured", "armored", "government", "unmarked"})


def _driven_into(head: Token) -> bool:
    """ "a car drove into students", "a van ploughed into the marchers": the vehicle, written with nothing
    that names its side ("a police vehicle rammed …" is the police's), is the doer's only mention."""
    if lemma(head) not in RAM_LEMMAS:
        return False
    s = next((c for c in kids(head) if c.dep_ == "nsubj"), None)
    if s is None or lemma(s) not in VEHICLE_NOUNS:
        return False
    for c in kids(s):
        if c.dep_ in ("compound", "nmod", "poss", "acl", "relcl", "prep", "appos"):
            return False  # "a police vehicle", "a vehicle belonging to the security forces"
        if c.dep_ == "amod" and lemma(c) in SIDE_ADJECTIVES:
            return False  # "a military truck"
    return True


# what a vehicle driven into people does to them, told as its participle
RUN_DOWN_LEMMAS = frozenset({"hit", "injure", "wound", "hurt", "kill", "strike", "crush", "knock"})


def _run_down(head: Token) -> list[Token]:
    """ "drove into the marchers, hitting a 21-year-old student", "…, injuring two young women": the people
    the participle names as hit."""
    return [
        g
        for c in kids(head)
        if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and lemma(c) in RUN_DOWN_LEMMAS
        for g in kids(c)
        if g.dep_ == "dobj"
    ]
