"""Whether two mentions' types and statuses let them be one event.

Asserted absorbs attributed; a speaker's denial just below a report answers it; a mention awaiting a
called-for act joins the call. Different types join where one act is told by two words: a killing and
the weapon attack or dispersal that caused it, a blockade with burning tyres and the riot it was, an
official's denial that anyone was shot and the shooting, firing on people and the deaths in the next
sentence.
"""

from __future__ import annotations

from .coref_draft import (
    BLOCKADE_LEMMAS,
    FIRE_LEMMAS,
    MODAL,
    Draft,
    awaited,
    dispersal,
    named_in_call,
    none_suffered,
    shooting,
    trend,
)
from .coref_guards import manner
from .coref_tolls import toll_retold

VIOLENT_ABSORB = {("repression", "killing"), ("attack", "killing")}
ABSORBED_SUBTYPES = frozenset({"excessive_force", "shooting"})
# attacks whose toll is theirs ("an attack on a police station killed eleven"); burnings are not, nor
# raids typed otherwise (a police raid)
ATTACK_WORDS = frozenset(
    {
        "attack",
        "assault",
        "ambush",
        "shell",
        "shelling",
        "strike",
        "airstrike",
        "bomb",
        "bombing",
        "overrun",  # "fighters overran the camp, killing more than 100"
        "storm",  # "gunmen stormed the village, killing 20"
        "raid",  # "armed men raided Kpata village at dawn, killing nine" (a raid typed attack: K10)
        # a vehicle driven into people (docs/gold-format.md): "four Rangers were killed when a vehicle
        # driven by protesters rammed into them"
        "ram",
        "drive",
        # an armed clash: its deaths are its toll ("two militants were killed in an exchange of fire")
        "exchange",
        "clash",
        "firefight",
        "gunfight",
        "battle",
    }
)
VEHICLE_LEMMAS = frozenset({"ram", "drive"})
WEAPON_SUBTYPES = frozenset({"bombing", "air_strike", "missile_strike"})
ATTACK_POINTERS = frozenset({"attack", "assault"})  # words that may name a riot told before them
NEXT_SENTENCE_CHARS = 300  # how close deaths must follow the firing that caused them
DENIAL_PARAS = 2  # how far below the report it answers an official's denial comes


def status_ok(a: Draft, b: Draft) -> bool:
    if a.status == b.status:
        return True
    if a.status in MODAL and awaited(b):
        return True  # "called a march on Quito for Tuesday ... stocked up in anticipation of the march"
    if a.status in ("asserted", "attributed") and named_in_call(b) and a.sent_start != b.sent_start:
        return True  # "police shot dead four protesters ... Hengaw calls for an inquiry into the killings"
    if b.status == "negated" and a.status in ("asserted", "attributed") and b.source is not None:
        # a speaker's denial of an event already reported is a rival account of it; but a denial that
        # anyone suffered it at all ("no protester was killed by the police") of what the publisher
        # itself reports as fact is a counter-claim, a record of its own
        return (
            a.sent_start != b.sent_start
            and (a.status == "attributed" or not none_suffered(b))
            and b.para - a.para <= DENIAL_PARAS
        )
    return {a.status, b.status} <= {"asserted", "attributed"}


def _violent_blockade(a: Draft, b: Draft, same_sentence: bool) -> bool:
    """ "young men blocked roads with burning tyres and looted a supermarket": one violent demonstration
    (a riot), not a protest and a riot."""
    if not same_sentence or {a.type, b.type} != {"protest", "riot"}:
        return False
    protest = a if a.type == "protest" else b
    if protest.nominal or protest.head_lemma not in BLOCKADE_LEMMAS:
        return False
    linked = b.head in a.linked or a.head in b.linked
    return linked and (a.subject == b.subject or -1 in (a.subject, b.subject))


def riot_called_attack(a: Draft, b: Draft) -> bool:
    """ "the attack" pointing back at a riot told before it ("workers vandalised and set fire to a
    factory, and outsiders had led the attack", "a group attacked the party's building, smashing
    windows ... the chairman said the attack would not intimidate them"): the riot, named by its deed."""
    return (
        a.type == "riot"
        and b.type == "attack"
        and b.subtype is None
        and b.nominal
        and b.back_reference
        and not b.magnitudes
        and b.head_lemma in ATTACK_POINTERS
        and 0 <= b.para - a.para <= 1
    )


def types_ok(a: Draft, b: Draft, same_sentence: bool) -> bool:
    if a.type == b.type or riot_called_attack(a, b):
        return True
    if _violent_blockade(a, b, same_sentence) or _shooting_denial(a, b, same_sentence):
        return True
    if fire_then_deaths(a, b, same_sentence):
        return True
    if (a.type, b.type) in VIOLENT_ABSORB or (b.type, a.type) in VIOLENT_ABSORB:
        linked = b.head in a.linked or a.head in b.linked
        other = b if a.type == "killing" else a
        weapon_attack = other.type == "attack" and (
            other.subtype in WEAPON_SUBTYPES or other.head_lemma in ATTACK_WORDS
        )
        if same_sentence:
            killing = a if a.type == "killing" else b
            if other.head_lemma in VEHICLE_LEMMAS and manner(killing) is not None:
                return False  # "shot by soldiers when a military truck drove into the crowd": shot
            if linked and (weapon_attack or other.subtype in ABSORBED_SUBTYPES or dispersal(other)):
                return True
            return told_toll(a, b)
        if not weapon_attack or other.scope == "aggregate" or b.nominal:
            return False  # a wave of strikes has no one toll to tell
        if a.type == "attack":
            # the attack told, then its toll by a speaker or the very same toll again
            return b.status == "attributed" or toll_retold(a, b)
        # deaths with no named killer told first, then the attack that caused them ("two officers
        # were killed by gunfire ... 'armed groups ambushed our police', the minister said"), by the
        # same voice or with the same toll, just below; troops that killed villagers after shelling
        # the area did two things
        return (
            0 <= b.para - a.para <= 2
            and not any(x.role == "perpetrator" and x.text is not None for x in a.actors)
            and (_same_voice(a, b) or toll_retold(a, b))
        )
    return a.subtype == "shooting" and b.subtype == "shooting" and b.back_reference


def told_toll(a: Draft, b: Draft) -> bool:
    """A weapon attack and, later in its sentence, the deaths a speaker puts on it, the parser linking
    the two through the speech verb only ("fighters attacked a post with drones, the group said, claiming
    to have killed six soldiers", "aircraft bombed the town, residents said, adding that nine people
    died"): one attack and its toll. Not when the deaths name killers of their own, or the attackers
    among the dead ("troops pursued the attackers and killed five of them")."""
    if {a.type, b.type} != {"attack", "killing"} or a.sent_start != b.sent_start:
        return False
    attack, killing = (a, b) if a.type == "attack" else (b, a)
    weapon = attack.subtype in WEAPON_SUBTYPES or attack.head_lemma in ATTACK_WORDS
    if not weapon or attack.nominal or killing.nominal or attack.trigger.start > killing.trigger.start:
        return False
    if attack.status != killing.status or killing.status in MODAL or killing.status == "negated":
        return False
    if attack.scope == "aggregate" or killing.scope == "aggregate":
        return False
    doers = {x.name for x in attack.actors if x.role == "perpetrator"}
    killers = {x.name for x in killing.actors if x.role == "perpetrator" and x.text is not None}
    dead = {x.name for x in killing.actors if x.role == "victim" and x.text is not None}
    return killers <= doers and not dead & doers


def fire_then_deaths(a: Draft, b: Draft, same_sentence: bool) -> bool:
    """Firing on people, and deaths reported in the next sentence, are one killing ("police opened fire
    on the crowd with rifles and pistols. At least three people were killed in Siloé that night"); so
    is the shooting told just after the deaths it caused."""
    if same_sentence or "killing" not in (a.type, b.type) or a.type == b.type:
        return False
    fire = b if a.type == "killing" else a
    if "aggregate" in (a.scope, b.scope) or trend(fire) or (fire.nominal and not fire.back_reference):
        return False  # "Shootings", "a wave of shooting broke out": many acts, not the one that killed
    if not (
        (fire.type == "repression" and fire.subtype != "dispersal" and fire.head_lemma in FIRE_LEMMAS)
        or (fire.type == "attack" and fire.subtype == "shooting" and not fire.magnitudes)
    ):
        return False
    if "negated" in (a.status, b.status) or not 0 <= b.para - a.para <= 1:
        return False
    ours, theirs = ({x.name for x in d.actors if x.role == "perpetrator" and x.text} for d in (a, b))
    if ours and theirs and not ours & theirs:
        return False  # "gunmen fired on the bus ... two soldiers were killed in a separate ambush"
    # from the end of the sentence (or the last mention) that told the one to the other's trigger
    last = max((s.end for s in (a.trigger, *a.mentions) if s.start < b.trigger.start), default=a.trigger.end)
    if b.trigger.start >= a.evidence.start:
        last = max(last, min(a.evidence.end, b.trigger.start))
    return b.trigger.start - last <= NEXT_SENTENCE_CHARS


def _same_voice(a: Draft, b: Draft) -> bool:
    """Both mentions are one speaker's account ("Government Minister Marco Oviedo" ... "Oviedo")."""
    if a.status != "attributed" or b.status != "attributed" or a.source is None or b.source is None:
        return False
    x, y = a.source.name.lower(), b.source.name.lower()
    return x == y or x.split()[-1] == y.split()[-1] or (min(len(x), len(y)) > 3 and (x in y or y in x))


def _shooting_denial(a: Draft, b: Draft, same_sentence: bool) -> bool:
    """An official's denial that anyone was shot (or killed) answers the shooting reported before it:
    "security forces opened fire on worshippers, killing dozens ... officials deny anyone was shot"."""
    if same_sentence or b.status != "negated" or a.status == "negated":
        return False
    if a.status == "asserted" and none_suffered(b):
        return False
    pair = {a.type, b.type}
    if pair != {"killing", "repression"} or not shooting(a) or not shooting(b):
        return False
    # "the army denied its soldiers fired live rounds" answers the army's shooting, not gunmen's
    ours, theirs = ({x.name for x in d.actors if x.role == "perpetrator"} for d in (a, b))
    return not (ours and theirs and not ours & theirs)
