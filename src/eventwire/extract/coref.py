"""Within-document event coreference: one real-world event reported in several places is one record.

Two drafts merge when they share a type (or a shooting subtype), their statuses agree
(asserted absorbs attributed), their times and places do not conflict, and either they
sit in the same sentence or the later one refers back: a nominal back-reference ("the protests",
"this crackdown", however far up the report its event was told), a speaker's account or rival toll
of a deadly incident (up to four paragraphs down, unless it counts "since" some date), a denial
just below the report ("officials deny anyone was shot"), the very same written toll (anywhere in
the report when it counts three or more), the same named victim (a person dies once, whatever date
each telling gives), a bare verbal retelling with nothing of its own ("the building was later set
ablaze"), a trend summing up a tally ("the wave of executions"), barricades beside the crowd that
built or broke them, a raid whose only outcome is its detentions, a dateless (sub)headline and the act
told below it, the same written day and place, firing on people and the deaths in the next sentence,
deaths with no named killer and the attack told just below, a mention awaiting a called-for act ("in
anticipation of the march"). Mentions that tell another event apart stay apart: other named victims,
another manner of death, a written other day or place, a detainee count by another voice, "another",
"also", "again", an incident named inside its wave ("including six men hanged together"). A second
pass joins records that retell one toll. The merged record keeps its richest mention's trigger and
evidence; the others go to ``mentions``. Its status is the publisher's only where the publisher
tells the act in a verbal mention of its own (not a noun, a headline, or a relative clause pointing
back); a called-for act never becomes asserted by the words that describe it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..records import Actor, Magnitude, Place, Span, Time, replace

__all__ = ["Draft", "merge_drafts"]

WRITTEN_COUNT = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|"
    r"millions?|scores|tens|countless|twenty|thirty|forty|fifty)\b",
    re.IGNORECASE,
)
BACK_REFERENCE_DETS = frozenset({"the", "this", "these", "those", "that", "such", "its", "their"})
VIOLENT_ABSORB = {("repression", "killing"), ("attack", "killing")}
ABSORBED_SUBTYPES = frozenset({"excessive_force", "shooting"})
# attacks whose toll is theirs ("an attack on a police station killed eleven"); burnings and raids are not
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
        # a vehicle driven into people (docs/gold-format.md): "four Rangers were killed when a vehicle
        # driven by protesters rammed into them"
        "ram",
        "drive",
        # an armed clash: its deaths are its toll ("two militants were killed in an exchange of fire")
        "exchange",
        "firefight",
        "gunfight",
        "battle",
    }
)
VEHICLE_LEMMAS = frozenset({"ram", "drive"})
# an operation whose whole outcome is the detentions it made ("soldiers raided the village and detained
# 15 men", "officers raided a kitchen and took away nine volunteers"): one arrest, not a raid and an arrest
RAID_LEMMAS = frozenset({"raid", "storm", "search", "sweep", "swoop"})
# force that is shooting: its denial ("denied that anyone was shot", "denied its soldiers fired live
# rounds") answers the report of a shooting that killed
FIRE_LEMMAS = frozenset({"fire", "shoot", "open", "gun"})
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
SUFFERER_ROLES = ("victim", "target")
MODAL = frozenset({"predicted", "hypothetical"})
VICTIM_TYPES = frozenset({"killing", "execution", "torture", "arrest"})
ONCE_TYPES = frozenset({"killing", "execution"})  # what a named person suffers only once
BLOCKADE_LEMMAS = frozenset({"block", "blockade", "barricade"})
# a deadly incident has one toll however many speakers put a figure on it
TOLL_TYPES = frozenset({"killing", "attack"})
ACCOUNT_PARAS = 4  # how far down a report a speaker's toll of its lead event may come
NEXT_SENTENCE_CHARS = 300  # how close deaths must follow the firing that caused them
DENIAL_PARAS = 2  # how far below the report it answers an official's denial comes
HEADING_PARAS = 2  # how far below a dateless (sub)headline its act is told
FAR_TOLL = 3  # the least count that, retold further down than that, still names the same event
# types whose bare verbal repeat is a re-telling (protests, strikes and crackdowns go on in many acts)
REPEATABLE = frozenset({"riot", "killing", "execution", "torture", "arrest", "attack"})
# "another", "a second", "also", "again", "a separate", "a new", "further": not the one before
ANOTHER = re.compile(
    r"\b(another|second|third|also|again|separate|separately|new|further|more|other|later that|next day)\b",
    re.IGNORECASE,
)
TREND = re.compile(
    r"\b(waves?|surges?|rises?|spate|increases?|escalation|series|string|upsurge|uptick|rising|growing "
    r"number|step(?:s|ped|ping)? up|ramp(?:s|ed|ing)? up|intensif(?:y|ied|ies|ying))\s+(?:of\s+|in\s+)?"
    r"(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# a back-reference by a generic word ("the gathering", "the protest", "the strike") names no
# particular form
# a negative quantifier over the sufferers or the act, close before the trigger in its own clause
NONE_SUFFERED = re.compile(
    r"\b(?:no(?:\s+one|body|-one)|none|not\s+(?:a\s+single|one|even\s+one)|no(?=\s+[a-z]))\b"
    r"[^,;:.\"\u201c\u201d]{0,80}$",
    re.IGNORECASE,
)
INCLUDING = re.compile(r"\b(?:including|among them|among whom|of whom|one of which|among those)\b", re.I)
AWAITED = re.compile(
    r"\b(?:ahead\s+of|in\s+anticipation\s+of|in\s+preparation\s+for|to\s+prepare\s+for|in\s+the\s+run-up\s+to"
    r"|before|for)\s+(?:the|a|this|next\s+\w+'s|their|its)\s+(?:planned\s+|expected\s+|announced\s+|"
    r"called\s+|proposed\s+|upcoming\s+|coming\s+)?(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
GENERIC_SUBTYPES = frozenset({"demonstration", "labor_strike"})
DISTINCT_SUBTYPES = frozenset({"protest", "strike", "repression"})  # a march and a sit-in are two events


@dataclass(frozen=True, slots=True)
class Draft:
    """An event before ids and coreference: a trigger with everything bound to it."""

    type: str
    subtype: str | None
    status: str
    scope: str
    trigger: Span
    evidence: Span
    sent_start: int
    time: Time | None
    places: tuple[Place, ...]
    country: str | None
    actors: tuple[Actor, ...]
    magnitudes: tuple[Magnitude, ...]
    source: Actor | None
    claim_id: str | None
    nominal: bool
    phrase: bool
    hedged: bool
    back_reference: bool  # a definite/demonstrative nominal ("the protests")
    head_lemma: str
    linked: frozenset[int] = frozenset()  # trigger heads syntactically tied to this one in its sentence
    head: int = -1
    mentions: tuple[Span, ...] = ()
    time_inferred: bool = False  # the time came from the paragraph or the lead, not the event's sentence
    places_inferred: bool = False  # likewise the places
    para: int = 0  # paragraph number (line breaks before the sentence)
    verbal_assert: bool = False  # asserted by a verbal, non-headline mention (nominals do not assert)
    figure_sources: tuple[tuple[str, str | None, int], ...] = ()  # (kind, claim id, value) of merged figures
    subject: int = -1  # token index of a verbal trigger's own noun subject (-1: none, or a pronoun)

    def richness(self) -> float:
        return (
            (0.0 if self.nominal else 1.5)
            + (1.0 if self.time else 0.0)
            + 0.6 * min(len(self.places), 2)
            + 0.4 * min(len(self.actors), 3)
            + 0.8 * len(self.magnitudes)
            + (0.5 if self.status == "asserted" else 0.0)
        )


def _times_conflict(a: Time | None, b: Time | None) -> bool:
    if a is None or b is None or not (a.start and a.end and b.start and b.end):
        return False
    return a.end < b.start or b.end < a.start


def _places_conflict(a: Draft, b: Draft) -> bool:
    """Both name where it happened and nothing they name can be the same place or contain the other."""
    if not a.places or not b.places or a.places_inferred or b.places_inferred:
        return False
    for p in a.places:
        for q in b.places:
            if _same_or_within(p, q) or _same_or_within(q, p):
                return False
    return True


def _sites_within(a: Draft, b: Draft) -> bool:
    """Every place ``b`` names that conflicts with ``a``'s is a site the gazetteer does not know (an
    airport, a hospital, a street): it may lie inside the town ``a`` names, so the same toll retold
    there ("eight died in Ayacucho ... eight died of gunshot wounds at the airport") is one event."""
    known = tuple(p for p in b.places if p.name is not None or p.admin1 is not None)
    return not known or not _places_conflict(a, replace(b, places=known))


def _same_or_within(p: Place, q: Place) -> bool:
    """``p`` is ``q``, or ``q`` is a region (province, country) that contains ``p``."""
    pn, qn = (p.name or p.text).lower(), (q.name or q.text).lower()
    if pn == qn or pn in qn or qn in pn:
        return True
    if q.precision == "country" or q.feature == "country":
        return p.country is not None and p.country == q.country
    if q.precision == "admin1" or q.feature in ("admin1", "region"):
        return bool(p.admin1) and (p.admin1 or "").lower() in (qn, (q.admin1 or "").lower())
    return False


def _status_ok(a: Draft, b: Draft) -> bool:
    if a.status == b.status:
        return True
    if a.status in MODAL and _awaited(b):
        return True  # "called a march on Quito for Tuesday ... stocked up in anticipation of the march"
    if b.status == "negated" and a.status in ("asserted", "attributed") and b.source is not None:
        # a speaker's denial of an event already reported is a rival account of it; but a denial that
        # anyone suffered it at all ("no protester was killed by the police") of what the publisher
        # itself reports as fact is a counter-claim, a record of its own
        return (
            a.sent_start != b.sent_start
            and (a.status == "attributed" or not _none_suffered(b))
            and b.para - a.para <= DENIAL_PARAS
        )
    return {a.status, b.status} <= {"asserted", "attributed"}


def _awaited(d: Draft) -> bool:
    """A bare nominal mention of an act still to come: "ahead of the march", "in anticipation of the
    strike", "in preparation for the rally", "before the planned protest"."""
    if not d.nominal or d.magnitudes or d.status == "negated" or (d.time is not None and not d.time_inferred):
        return False
    return bool(AWAITED.search(_before_trigger(d)))


def _none_suffered(d: Draft) -> bool:
    """A denial by a negative quantifier in the trigger's own clause: "no one was killed", "nobody
    has been detained", "no protester was hurt", "not a single shot was fired", "none were arrested"."""
    if d.status != "negated":
        return False
    upto = d.evidence.text[: max(0, d.trigger.end - d.evidence.start)]  # the clause up to the trigger
    return bool(NONE_SUFFERED.search(upto))


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


def _types_ok(a: Draft, b: Draft, same_sentence: bool) -> bool:
    if a.type == b.type:
        return True
    if _violent_blockade(a, b, same_sentence) or _shooting_denial(a, b, same_sentence):
        return True
    if _fire_then_deaths(a, b, same_sentence):
        return True
    if (a.type, b.type) in VIOLENT_ABSORB or (b.type, a.type) in VIOLENT_ABSORB:
        linked = b.head in a.linked or a.head in b.linked
        other = b if a.type == "killing" else a
        weapon_attack = other.type == "attack" and (
            other.subtype in ("bombing", "air_strike", "missile_strike") or other.head_lemma in ATTACK_WORDS
        )
        if same_sentence:
            killing = a if a.type == "killing" else b
            if other.head_lemma in VEHICLE_LEMMAS and _manner(killing) is not None:
                return False  # "shot by soldiers when a military truck drove into the crowd": shot
            return linked and (weapon_attack or other.subtype in ABSORBED_SUBTYPES or _dispersal(other))
        if not weapon_attack or other.scope == "aggregate" or b.nominal:
            return False  # a wave of strikes has no one toll to tell
        if a.type == "attack":
            # the attack told, then its toll by a speaker or the very same toll again
            return b.status == "attributed" or _toll_retold(a, b)
        # deaths with no named killer told first, then the attack that caused them ("two officers
        # were killed by gunfire ... 'armed groups ambushed our police', the minister said"), by the
        # same voice or with the same toll, just below; troops that killed villagers after shelling
        # the area did two things
        return (
            0 <= b.para - a.para <= 2
            and not any(x.role == "perpetrator" and x.text is not None for x in a.actors)
            and (_same_voice(a, b) or _toll_retold(a, b))
        )
    return a.subtype == "shooting" and b.subtype == "shooting" and b.back_reference


def _fire_then_deaths(a: Draft, b: Draft, same_sentence: bool) -> bool:
    """Firing on people, and deaths reported in the next sentence, are one killing ("police opened fire
    on the crowd with rifles and pistols. At least three people were killed in Siloé that night"); so
    is the shooting told just after the deaths it caused."""
    if same_sentence or "killing" not in (a.type, b.type) or a.type == b.type:
        return False
    fire = b if a.type == "killing" else a
    if "aggregate" in (a.scope, b.scope) or _trend(fire) or (fire.nominal and not fire.back_reference):
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


def _shooting(d: Draft) -> bool:
    return d.subtype in ("shooting", "excessive_force") or d.head_lemma in FIRE_LEMMAS


def _shooting_denial(a: Draft, b: Draft, same_sentence: bool) -> bool:
    """An official's denial that anyone was shot (or killed) answers the shooting reported before it:
    "security forces opened fire on worshippers, killing dozens ... officials deny anyone was shot"."""
    if same_sentence or b.status != "negated" or a.status == "negated":
        return False
    if a.status == "asserted" and _none_suffered(b):
        return False
    pair = {a.type, b.type}
    if pair != {"killing", "repression"} or not _shooting(a) or not _shooting(b):
        return False
    # "the army denied its soldiers fired live rounds" answers the army's shooting, not gunmen's
    ours, theirs = ({x.name for x in d.actors if x.role == "perpetrator"} for d in (a, b))
    return not (ours and theirs and not ours & theirs)


def _manner(d: Draft) -> str | None:
    if d.type != "killing":
        return None
    if d.head_lemma in MANNER_LEMMAS:
        return d.head_lemma
    return "shoot" if _shooting(d) else None


def _manners_differ(a: Draft, b: Draft) -> bool:
    """Two deaths told by how they were caused, in different ways (shot, stabbed, beaten): two events."""
    ma, mb = _manner(a), _manner(b)
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


def _same_person(a: Draft, b: Draft) -> bool:
    """Two mentions of one type whose victim is the same named person."""
    if a.type != b.type or a.type not in VICTIM_TYPES:
        return False
    ours = {n for n in map(_individual, a.actors) if n}
    return bool(ours & {n for n in map(_individual, b.actors) if n})


def _different_people(a: Draft, b: Draft) -> bool:
    """Both mentions name the person who suffered it, and no one is named in both."""
    if a.type != b.type or a.type not in VICTIM_TYPES:
        return False
    ours = {n for n in map(_individual, a.actors) if n}
    theirs = {n for n in map(_individual, b.actors) if n}
    return bool(ours) and bool(theirs) and not ours & theirs


def _same_toll(a: Draft, b: Draft) -> bool:
    """A later mention of one type giving the very figure the record already has (not a single victim)."""
    return a.type == b.type and _toll_retold(a, b)


def _toll_retold(a: Draft, b: Draft) -> bool:
    """``b`` gives the very written figure ``a`` has, of the same kind, over the same extent.

    Within a few paragraphs any count of two or more will do; further down a report only a count of
    at least three (``FAR_TOLL``): a rights group's lead ("investigate the killing of at least four
    people by soldiers") and the body that tells it ("soldiers fired on the crowd, killing four"), a
    wire's lead and its recap ("of the 31 people executed in this period") are one event, while two
    single deaths or two pairs of arrests told far apart are often two."""
    if not b.magnitudes:
        return False
    ours: dict[str, set[int]] = {}
    for kind, _claim, value in _figures(a):
        ours.setdefault(kind, set()).add(value)
    # a written count, not a vague one ("tens of thousands" fits any big crowd)
    shared = [(m.kind, m.value) for m in b.magnitudes if m.kind in ours and m.qualifier != "vague"]
    if not shared or not all(ours[k] == {v} for k, v in shared):
        return False
    least = FAR_TOLL if b.para - a.para > ACCOUNT_PARAS else 2
    if not any(v >= least for _k, v in shared) or _headline(a):
        return False  # a headline has a rule of its own
    return _cumulative(a) == _cumulative(b) and not ANOTHER.search(_before_trigger(b))


def _before_trigger(d: Draft) -> str:
    return d.evidence.text[: max(0, d.trigger.start - d.evidence.start)]


def _barricade(d: Draft) -> bool:
    """Barricades named as a noun ("broke through police barricades", "built barricades from benches"):
    a part of the crowd's action in that sentence or the one before, not a protest of their own."""
    return d.type == "protest" and d.nominal and d.head_lemma in BLOCKADE_LEMMAS and not d.magnitudes


def _part_of(a: Draft, b: Draft) -> bool:
    """``b`` (barricades) is a part of the demonstration or riot ``a`` reported just before or beside it."""
    if not _barricade(b) or a.type not in ("protest", "riot") or _barricade(a):
        return False
    if b.status == "negated" or a.status == "negated" or _times_conflict(a.time, b.time):
        return False
    return a.sent_start == b.sent_start or (a.para == b.para and not _places_conflict(a, b))


def _dispersal(d: Draft) -> bool:
    """Crowd control that killed ("fired tear gas at the marchers, killing two"): the deaths are its toll."""
    return d.type == "repression" and d.subtype == "dispersal"


def _is_account(a: Draft, b: Draft) -> bool:
    """A speaker's account (a toll, a detail) of an event the report already described."""
    same = a.type == b.type or (a.type == "attack" and b.type == "killing")
    if a.type == "repression" and b.type == "repression" and a.head_lemma != b.head_lemma:
        # repression has no toll to tell: a speaker's other act of force ("lawyers said detainees
        # were beaten" after "police fired live ammunition") is another act, not an account of it
        return False
    return same and b.status == "attributed" and b.source is not None and not b.nominal


def _heads(a: Draft, b: Draft) -> bool:
    """``a`` is a headline or section heading without a date of its own, ``b`` the same act told just
    below it."""
    return (
        a.type == b.type
        and _headline(a)
        and (a.time is None or a.time_inferred)
        and 0 <= b.para - a.para <= HEADING_PARAS
        and not _trend(a)
    )


def _headline(d: Draft) -> bool:
    """A headline or title line: no closing punctuation, on a line of its own."""
    text = d.evidence.text.rstrip()
    if len(text) >= 160:
        return False
    # a heading may end on a quoted phrase ('Kurdish prisoner hanged after "forced confession"'); a
    # sentence ends its quotation with its own stop ('... said: "We will not stop."')
    text = text.rstrip('"\u201d\u2019')
    return bool(text) and text[-1] not in ".!?:;)"


def _compatible(a: Draft, b: Draft) -> bool:
    same_sentence = a.sent_start == b.sent_start
    if same_sentence and a.type == b.type and (_trend(a) or _trend(b)):
        # "prisoner executed in Urmia as wave of executions continues": the event and its backdrop
        return False
    if _part_of(a, b) or (same_sentence and _part_of(b, a)) or _trend_of(a, b):
        return True
    linked = same_sentence and (b.head in a.linked or a.head in b.linked)
    # one clause's event and the toll of it ("attacked the town, killing 10,000"): a place each names
    # differently (a people taken for a place, a district and its province) does not split them
    tied = linked and a.type == b.type
    toll = linked and a.type != b.type and "killing" in (a.type, b.type)
    if not _types_ok(a, b, same_sentence) or not (
        _status_ok(a, b) or (tied and b.status != "negated" and (b.status not in MODAL or a.status in MODAL))
    ):
        return False  # a participle tied to its clause's report shares its status ("marched ... chanting")
    if not same_sentence and _same_person(a, b):
        # "Azizi was arrested in October 2022 ... was held for 70 days in Urmia ... the agency denied he
        # had been mistreated": one person's detention (or ordeal) told in steps, whatever place or
        # paragraph date each sentence gives; a date written for each that differs still splits them
        written = not a.time_inferred and not b.time_inferred
        if a.type in ONCE_TYPES:
            # a person dies once: "as the country marked four years since Mahsa Amini died" (dated by
            # its sentence's anniversary) and "Amini ... died in hospital three days later" are one
            return not _figures_disagree(a, b)
        return not _figures_disagree(a, b) and not (written and _times_conflict(a.time, b.time))
    # "the protests" has no time of its own, nor has a denial ("a spokesman denied that prisoners were
    # tortured") beyond the paragraph's date of the statement
    loose = b.time_inferred and ((b.nominal and b.back_reference) or b.status == "negated")
    # nor has a relative clause on a definite noun ("the family of the man who was killed"): the date
    # in its sentence is its main clause's ("On Monday, the governor met the family of ...")
    loose = loose or (b.back_reference and not b.nominal and not same_sentence and b.type in ONCE_TYPES)
    # in one sentence, a toll's date guessed from the paragraph yields to the one written beside its
    # attack ("On Sunday, fighters attacked a police station, ..., claiming to have killed four")
    # and so does one clause's participle of the same act ("opened fire on worshippers on Sept. 30,
    # killing dozens")
    participle = tied and not b.nominal and b.trigger.text.lower().endswith("ing") and a.scope == b.scope
    loose = loose or (
        same_sentence and (a.type != b.type or participle) and (a.time_inferred or b.time_inferred)
    )
    # a retelling of the very toll told before ("eight people died ... the Ombudsman reported that eight
    # people died of gunshot wounds") takes its paragraph's date from the statement, not the deaths;
    # and a lead that only names the toll ("investigate the killing of at least four people") has no
    # date of its own beside the body's
    retold = not same_sentence and _same_toll(a, b)
    loose = loose or ((a.time_inferred or b.time_inferred) and retold)
    # a (sub)headline dated only by the article ("Tear gas fired onto a campus") is told, with its
    # date, in the paragraph below it
    loose = loose or _heads(a, b)
    # a speaker's account just after the report, with no date in its own sentence ("Her family has
    # said she was beaten in the van that took her away"), is not dated by its paragraph's other acts
    loose = loose or (
        b.time_inferred
        and not a.time_inferred
        and not same_sentence
        and 0 <= b.para - a.para <= 1
        and a.type in REPEATABLE  # a protest goes on in many acts; "people protesting" is no account
        and _is_account(a, b)
    )
    if not loose and _times_conflict(a.time, b.time):
        return False
    if _figures_disagree(a, b):
        return False  # "police said 950 were arrested ... the party said 4,000": two counts, two records
    if _different_people(a, b):
        return False  # "he was arrested in 2022 ... police arrested his brother, Karwan Azizi": two
    if _manners_differ(a, b):
        return False  # "fired on mourners, killing three ... a militiaman was stabbed to death": two
    if same_sentence and _distinct_subjects(a, b):
        return False  # "a man was shot in Omdurman and a second protester died in Bahri": two events
    if same_sentence and _incident_of_wave(a, b):
        return False  # "31 executed in ten days, including six men hanged together on Sunday": both
    if (
        _places_conflict(a, b)
        and not (b.back_reference and b.nominal and not same_sentence)
        and not (tied or toll)
        and not (retold and _sites_within(a, b))
    ):
        return False  # a back-referring nominal does not carry its sentence's place
    if a.claim_id != b.claim_id and a.claim_id is not None and b.claim_id is not None and same_sentence:
        return False
    if same_sentence:
        if not linked and "toll" in (a.head_lemma, b.head_lemma):
            return False  # "…, killing at least 13 people, as the death toll from six days passed 100"
        return a.type == b.type or linked
    if _same_toll(a, b) or _speakers_retelling(a, b):
        return True  # "shot dead at least 13 people ... the commission said 13 people had been killed"
    if (a.type, b.type) == ("killing", "attack") or (a.type == "attack" and _toll_retold(a, b)):
        return True  # a deadly attack and its toll told apart, as the type check allowed
    if _fire_then_deaths(a, b, same_sentence):
        return True
    bare = b.back_reference and b.nominal and not b.magnitudes
    # a headline's scope is a guess unless it gives a count ("At least 31 prisoners executed in a week")
    headline = _headline(a) and all(m.value <= 1 for m in a.magnitudes)
    if a.scope != b.scope and b.places and not b.places_inferred and not bare and not headline:
        # "attacked the gathering" does not carry its sentence's place, so no scope of its own either;
        # "the marches took place in at least nine other towns" does
        return False
    if (
        a.subtype
        and b.subtype
        and a.subtype != b.subtype
        and a.type == b.type
        and a.type in DISTINCT_SUBTYPES
        and not (
            b.back_reference
            and b.nominal
            and b.subtype in GENERIC_SUBTYPES
            and (b.time is None or b.time_inferred)
        )
    ):
        return False
    if b.back_reference or (_headline(a) and a.type == b.type and _same_period(a, b) and not _trend(a)):
        return True
    # an official's denial comes late in a report; two denials of one thing are one
    if a.status == b.status == "negated":
        # one denial told twice ("the government said no death was linked to the security forces ...
        # its spokesperson said no protester was killed by the police")
        return b.para - a.para <= 1
    denial = b.status == "negated" and a.status != "negated"  # an official's denial comes late in a report
    if (_is_account(a, b) and _account_near(a, b)) or denial:
        # a speaker's account (a toll, a detail) of the event the report already described
        if a.status == "asserted":
            return b.time is None or a.time is not None
        # a second speaker's account of an event the first speaker reported: same scope, no other date
        same_day = b.time is None or b.time_inferred or (a.time is not None and a.time.start == b.time.start)
        other_voice = a.source is None or b.source is None or a.source.name != b.source.name
        # a bare toll ("nine people were killed") names no place of its own, so no scope either
        same_scope = (
            a.scope == b.scope
            or (b.type == "killing" and (not b.places or b.places_inferred))
            or b.status == "negated"  # "denied that any teacher had been arrested" answers all the arrests
        )
        return a.status == "attributed" and same_scope and same_day and other_voice
    if _bare_repeat(a, b) or _wave_named_first(a, b) or _same_day_and_place(a, b):
        return True
    return b.head_lemma == a.head_lemma and b.nominal and a.nominal and bool(a.places) and bool(b.places)


def _incident_of_wave(a: Draft, b: Draft) -> bool:
    """``b`` is named as one of the acts ``a`` counts ("at least 31 prisoners have been executed in ten
    days, including six men who were hanged together on Sunday"): the wave and its incident are two
    records (docs/gold-format.md, scope)."""
    if a.type != b.type or a.scope != "aggregate" or b.scope != "single":
        return False
    between = b.evidence.text[
        max(0, a.trigger.end - b.evidence.start) : max(0, b.trigger.start - b.evidence.start)
    ]
    return bool(INCLUDING.search(between))


def _trend(d: Draft) -> bool:
    """The mention names a trend, not an event: "a sharp rise in air strikes", "the wave of executions",
    "stepped up arrests of activists", "a surge in executions"."""
    before = d.evidence.text[: max(0, d.trigger.start - d.evidence.start)]
    return d.nominal and not d.magnitudes and _searched(TREND, before)


def _trend_of(a: Draft, b: Draft) -> bool:
    """A trend and the tally of the same acts it summarises (either told first) are one record.

    The tally must be of acts that happened ("the gallows will be busier still" is no tally to sum up);
    the trend may be told in any mood but denial ("the regime's answer has been to step up executions").
    """
    if a.type != b.type:
        return False
    real = ("asserted", "attributed")
    if _trend(b) and not _trend(a):
        return a.scope == "aggregate" and a.status in real and b.status != "negated"
    if _trend(a) and not _trend(b):
        return b.scope == "aggregate" and b.status in real and a.status != "negated" and not a.mentions
    return False


def _wave_named_first(a: Draft, b: Draft) -> bool:
    """A wave named first by a bare plural ("since demonstrations over prices began last week") and then
    told with its extent ("Nigerians have taken to the streets in at least 20 states"): one wave."""
    return (
        a.type == b.type == "protest"
        and a.nominal
        and not a.magnitudes
        and a.trigger.text.lower().endswith("s")
        and not b.nominal
        and b.scope == "aggregate"
        and 0 <= b.para - a.para <= ACCOUNT_PARAS
        and {a.status, b.status} <= {"asserted", "attributed"}
    )


def _speakers_retelling(a: Draft, b: Draft) -> bool:
    """The same speaker tells again, in the next paragraphs, the act it reported ("700 were detained
    last week, the commission said ... it said police had carried out mass arrests and that many were
    being held"): nothing of its own (no figure, no written date), not "another" or "new" arrests,
    not a trend."""
    return (
        a.type == b.type
        and a.status == b.status == "attributed"
        and a.source is not None
        and b.source is not None
        and a.source.name == b.source.name
        and not b.magnitudes
        and (b.time is None or b.time_inferred)
        # ill-treatment and force come in many acts: "beaten" and "mock executions" are two
        and (a.type not in ("torture", "repression") or a.head_lemma == b.head_lemma)
        and 0 <= b.para - a.para <= 2
        and not _trend(b)
        and not ANOTHER.search(b.evidence.text[: max(0, b.trigger.start - b.evidence.start)])
    )


def _same_day_and_place(a: Draft, b: Draft) -> bool:
    """Both mentions write the same day and name the same place (or one within the other): "seven men
    who were hanged together at Qezel Hesar on Sunday ... the seven men executed in Qezel Hesar on
    Sunday were transferred ...". Not another act ("two other men were hanged"), not other people."""
    if a.type != b.type or a.time is None or b.time is None or a.time_inferred or b.time_inferred:
        return False
    if a.time.precision != "day" or (a.time.start, a.time.end) != (b.time.start, b.time.end):
        return False
    if not a.places or not b.places or a.places_inferred or b.places_inferred or _places_conflict(a, b):
        return False
    return not _other_sufferers(a, b) and not ANOTHER.search(_before_trigger(b))


def _bare(d: Draft) -> bool:
    """A verbal mention with nothing of its own: no figure, and its time and place (if any) guessed
    from its paragraph ("Part of the building was later set ablaze.")."""
    return (
        not d.nominal
        and not d.magnitudes
        and (d.time is None or d.time_inferred)
        and (not d.places or d.places_inferred)
        and not ANOTHER.search(d.evidence.text[: max(0, d.trigger.start - d.evidence.start)])
    )


def _bare_repeat(a: Draft, b: Draft) -> bool:
    """``b`` tells again, in the same or the next paragraph, an act of ``a``'s type with nothing new."""
    crowd_control = a.type == "repression" and _dispersal(a) and _dispersal(b)
    return (
        a.type == b.type
        and (a.type in REPEATABLE or crowd_control)
        and _bare(b)
        and 0 <= b.para - a.para <= 1
        and {a.status, b.status} <= {"asserted", "attributed"}
        and not _other_sufferers(a, b)
    )


def _other_sufferers(a: Draft, b: Draft) -> bool:
    """``b`` names the people who suffered it, and none of them is ``a``'s ("police arrested two
    students ... police arrested a journalist")."""
    # people only: a property is named loosely ("the parliament building" ... "part of the building")
    theirs = {x.name for x in b.actors if x.role == "victim" and x.text is not None}
    return bool(theirs) and not theirs & {x.name for x in a.actors if x.role == "victim"}


def _account_near(a: Draft, b: Draft) -> bool:
    """A speaker's toll comes within two paragraphs of the report it tells, or later when it is a toll of
    that one event: wire reports give the narrator's lead first and the rival tolls (rights group,
    ministry, party) several paragraphs down; a tally over a wider extent is its own record."""
    gap = b.para - a.para
    return gap <= 2 or (gap <= ACCOUNT_PARAS and not _cumulative(b) and not _headline(a))


CUMULATIVE = re.compile(
    r"\b(since (the|last|early|late|mid|its|his|her|their|then|independence|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|\d{4})\b|so far\b|to date\b|in total\b|"
    r"altogether\b|cumulative|overall (death )?toll)",
    re.IGNORECASE,
)


def _cumulative(d: Draft) -> bool:
    """The mention's sentence counts over a stretch of time: "since the coup", "so far", "to date"."""
    return _searched(CUMULATIVE, d.evidence.text)


@functools.lru_cache(maxsize=8192)
def _searched(pattern: re.Pattern[str], text: str) -> bool:
    """``pattern.search(text)`` found something; remembered: the pairwise checks of coreference ask it
    of each mention's sentence again and again."""
    return pattern.search(text) is not None


def _figures_disagree(a: Draft, b: Draft) -> bool:
    """Different figures of one kind that are counts of different things: over different periods, or a
    speaker's tally over a wider extent than one event's toll.

    One count per period ("12 killed on Monday ... 30 killed this week") or a tally "since the coup"
    are separate records, and so are two speakers' counts of detainees ("police said 950 were arrested
    in the capital; the party said 4,000 of its workers were detained across the province"). Two
    speakers' tolls of one deadly incident ("the monitor said 41 were killed, the ministry put the toll
    at 12") are one record with a contested figure: each count stays in its speaker's claim and the
    record carries none of them as its own.
    """
    theirs = {(m.kind, m.value) for m in b.magnitudes}
    if not theirs:
        return False
    ours = {(f[0], f[2]) for f in _figures(a)}
    kinds = {k for k, _ in theirs} & {k for k, _ in ours}
    if not kinds or all(
        {v for k, v in theirs if k == kind} == {v for k, v in ours if k == kind} for kind in kinds
    ):
        return False
    voices = a.status == "attributed" and b.status == "attributed" and a.claim_id != b.claim_id
    other = not (a.source and b.source and a.source.name == b.source.name)
    if voices and other and not {a.type, b.type} <= TOLL_TYPES:
        return True  # counts of detainees by two speakers are often of two sweeps, in two places
    if _cumulative(b) and not _cumulative(a):
        # a tally over a wider extent ("4,000 killed since the coup", "the toll so far") than one
        # event's toll
        own = {f[1] for f in _figures(a) if f[0] in kinds}
        if b.claim_id is None or b.claim_id not in own:
            return True
    # the later mention names a period of its own ("1,100 detained since April 2023") that is not the
    # anchoring mention's, whether that one's date is written in its sentence or in its paragraph
    return (
        a.time is not None
        and b.time is not None
        and not b.time_inferred
        and (a.time.start, a.time.end) != (b.time.start, b.time.end)
    )


def _same_period(a: Draft, b: Draft) -> bool:
    """``b`` names no period of its own, or the same one as ``a`` (a headline's event is the lead's).

    A date ``a`` only took from the article or its paragraph is no period of its own either."""
    if b.time is None or b.time_inferred or a.time is None or a.time_inferred:
        return True
    return (a.time.start, a.time.end) == (b.time.start, b.time.end)


def _distinct_subjects(a: Draft, b: Draft) -> bool:
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


def _merge(a: Draft, b: Draft, contested: Callable[[Draft, Draft], set[str]]) -> Draft:
    rich, poor = (a, b) if a.richness() >= b.richness() else (b, a)
    if rich.status == "negated" and poor.status != "negated":
        rich, poor = poor, rich  # a denial never outranks the report it denies
    if rich.places_inferred and poor.places and not poor.places_inferred:
        rich, poor = (
            replace(rich, places=poor.places, places_inferred=False),
            replace(poor, places=rich.places),
        )
    places = list(rich.places) + [
        p for p in poor.places if (p.name or p.text) not in {(q.name or q.text) for q in rich.places}
    ]
    actors = list(rich.actors)
    names = {(x.name, x.role) for x in actors}
    implicit_roles = {x.role for x in actors if x.text is not None}
    for x in poor.actors:
        if (x.name, x.role) in names or (x.text is None and x.role in implicit_roles):
            continue
        actors.append(x)
    actors = [
        x
        for x in actors
        if x.text is not None or x.role not in {y.role for y in actors if y.text is not None}
    ]
    voice = _voice(a, b)
    publisher = _asserting(a) or _asserting(b)
    first = a if a.trigger.start <= b.trigger.start else b
    if first.status in MODAL and a.sent_start == b.sent_start:
        # a participle tied to a call or a threat ("urged supporters to march on Friday, chanting ...")
        # shares the clause's mood: what is called for is not asserted by the words that describe it
        voice, publisher = first, False
    elif a.status in MODAL and b.status not in MODAL and _awaited(b):
        voice, publisher = a, False  # "in anticipation of the march" awaits the march called for
    status = "asserted" if publisher else voice.status
    if poor.status == "negated":
        status = rich.status
    sources = (*_figures(a), *_figures(b))
    mags = [
        m
        for d in (rich, poor)
        for m in d.magnitudes
        if (status != "asserted" or d.status == "asserted")
        and _keeps(d, rich, m.kind, status, sources, contested(a, b))
    ]
    seen: set[tuple[str, int, int]] = set()
    uniq: list[Magnitude] = []
    for m in mags:
        if (m.kind, m.start_char, m.end_char) not in seen:
            seen.add((m.kind, m.start_char, m.end_char))
            uniq.append(m)
    by_kind: dict[str, Magnitude] = {}
    for m in sorted(uniq, key=lambda g: not WRITTEN_COUNT.search(g.text)):
        by_kind.setdefault(m.kind, m)  # a written count beats an implied single victim
    killing = next((d for d in (a, b) if d.type == "killing"), None)
    attack = next((d for d in (a, b) if d.type == "attack" and d.subtype not in ABSORBED_SUBTYPES), None)
    etype, subtype, head_lemma = rich.type, rich.subtype, rich.head_lemma
    dispersal = next((d for d in (a, b) if _dispersal(d)), None)
    if poor.status == "negated" and rich.status != "negated":
        pass  # a denial answers the event it denies: the report keeps its type
    elif attack is not None and killing is not None:
        # the toll of a bombing or a strike is the attack's
        etype, subtype, head_lemma = "attack", attack.subtype, attack.head_lemma
    elif {a.type, b.type} == {"protest", "riot"}:
        etype, subtype = "riot", None  # a blockade with burning tyres is a violent demonstration
    elif dispersal is not None and killing is not None:
        etype, subtype, head_lemma = "repression", "dispersal", dispersal.head_lemma
    elif killing is not None and a.type != b.type:
        etype, subtype = "killing", "shooting"
    # the same people as victims of the killing and targets of the attack: one actor, in the role
    # the merged record's type gives them (those killed in an attack are its victims; a crowd fired
    # on in a dispersal is its target)
    role = "target" if etype in ("repression", "riot") else "victim"
    both = {x.name for x in actors if x.role == "victim"} & {x.name for x in actors if x.role == "target"}
    actors = [x for x in actors if x.name not in both or x.role not in SUFFERER_ROLES or x.role == role]
    return replace(
        rich,
        type=etype,
        subtype=subtype or poor.subtype,
        head_lemma=head_lemma,
        status=status,
        source=voice.source if status != "asserted" else None,
        claim_id=voice.claim_id if status != "asserted" else None,
        verbal_assert=publisher,
        scope="aggregate"
        if "aggregate" in (a.scope, b.scope) and a.sent_start == b.sent_start
        else rich.scope,
        time=_better_time(rich, poor),
        time_inferred=rich.time_inferred and poor.time_inferred,
        places_inferred=rich.places_inferred and poor.places_inferred,
        places=tuple(places),
        country=rich.country or poor.country,
        actors=tuple(actors),
        magnitudes=tuple(by_kind.values()),
        mentions=(*rich.mentions, poor.trigger, *poor.mentions),
        linked=rich.linked | poor.linked,
        hedged=rich.hedged and poor.hedged,
        figure_sources=sources,
    )


def _keeps(
    d: Draft,
    rich: Draft,
    kind: str,
    status: str,
    sources: tuple[tuple[str, str | None, int], ...],
    contested: set[str],
) -> bool:
    """Whether ``d``'s figure of ``kind`` survives the merge.

    Agreeing figures all survive. Where the mentions give different figures ("17 abducted" and "82
    cases"; "950 arrested" and "4,000 detained" by another speaker), the record keeps its own
    representative's figure, but only if that figure is the narrator's or the one speaker's: figures
    contested between different speakers stay in their claims, never becoming the record's figure.
    """
    values = {f[2] for f in sources if f[0] == kind}
    if len(values) <= 1:
        return True
    speakers = {f[1] for f in sources if f[0] == kind}
    if kind in contested or len(speakers) > 1:
        # different voices disagree: only the narrator's own figure of an asserted record stands
        return status == "asserted" and d.claim_id is None and d is rich
    return d is rich


def _asserting(d: Draft) -> bool:
    """The publisher tells the event in its own voice, by a verbal mention outside any account. A toll
    ("as the death toll from six days of unrest passed 100") counts a wider whole; it asserts no
    particular incident it is merged with; nor does a relative clause that only points back at one
    ("the family of the man who was killed")."""
    if d.mentions:
        return d.verbal_assert
    return d.verbal_assert and d.head_lemma != "toll" and not (d.back_reference and not d.nominal)


def _voice(a: Draft, b: Draft) -> Draft:
    """Whose status the merged record takes: a verbal mention's over a nominal's or a headline's."""
    plain = [
        d
        for d in (a, b)
        if not d.nominal
        and not _headline(d)
        and d.status != "negated"
        and (d.status != "asserted" or _asserting(d) or not d.verbal_assert)
    ]
    if len(plain) == 1:
        return plain[0]
    told = [d for d in (a, b) if d.status != "negated"]
    if len(told) == 1:
        return told[0]  # a denial joined to a speaker's account never speaks for the record
    return a if a.richness() >= b.richness() else b


def _better_time(rich: Draft, poor: Draft) -> Time | None:
    """A time written in the event's own sentence beats one inferred from the paragraph or lead."""
    if rich.time is None:
        return poor.time
    if (
        poor.time is not None
        and not rich.time_inferred
        and not poor.time_inferred
        and _times_conflict(rich.time, poor.time)
    ):
        # two written dates for one act (a named person's death told at its anniversary): a retelling
        # is dated by when it is told, the act by when it happened, the earlier
        return min(rich.time, poor.time, key=lambda t: t.start or "")
    if (
        rich.time_inferred
        and poor.time is not None
        and not poor.time_inferred
        and (poor.trigger.start < rich.trigger.start or _headline(rich))
    ):
        # the first telling's written date anchors the record, not a later paragraph's; a headline
        # dated only by the article takes its story's date
        return poor.time
    # the later mention's own date refines the anchor's paragraph date ("on Monday" within "this
    # week"), but a different period written elsewhere does not re-date the anchoring mention
    if (
        rich.time_inferred
        and poor.time is not None
        and not poor.time_inferred
        and (poor.sent_start == rich.sent_start or _within(poor.time, rich.time))
    ):
        return poor.time
    return rich.time


def _within(inner: Time, outer: Time) -> bool:
    if not (inner.start and inner.end and outer.start and outer.end):
        return True
    return outer.start[:10] <= inner.start[:10] and inner.end[:10] <= outer.end[:10]


def _figures(d: Draft) -> tuple[tuple[str, str | None, int], ...]:
    return d.figure_sources or tuple((m.kind, d.claim_id, m.value) for m in d.magnitudes)


def _contested(a: Draft, b: Draft) -> set[str]:
    """Kinds for which the two drafts carry different figures from different sources."""
    out: set[str] = set()
    for ma in a.magnitudes:
        for mb in b.magnitudes:
            if ma.kind == mb.kind and ma.value != mb.value and (a.claim_id or b.claim_id):
                out.add(ma.kind)
    return out


def _raids_into_arrests(drafts: Sequence[Draft]) -> list[Draft]:
    """Fold a raid whose only outcome in its clause is detentions into that arrest.

    "Soldiers raided the village and detained 15 young men": one arrest, with the raid's place. A raid
    that did more ("raided the camp, beating demonstrators and arresting nine") stays an act of force
    of its own beside the arrests.
    """
    out = list(drafts)
    for raid in drafts:
        if raid.type != "repression" or raid.head_lemma not in RAID_LEMMAS or raid.status == "negated":
            continue
        tied = [
            o
            for o in drafts
            if o is not raid
            and o.sent_start == raid.sent_start
            and (o.head in raid.linked or raid.head in o.linked)
        ]
        arrests = [o for o in tied if o.type == "arrest" and o.status == raid.status]
        if len(arrests) != 1 or len(tied) != 1 or arrests[0] not in out or raid not in out:
            continue
        arrest = arrests[0]
        folded = _merge(
            arrest,
            replace(raid, type="arrest", subtype=arrest.subtype, head_lemma=arrest.head_lemma, nominal=True),
            _contested,
        )
        if folded.trigger != arrest.trigger:  # the arrest stays the record's trigger, the raid a mention
            rest = tuple(m for m in folded.mentions if m != arrest.trigger)
            folded = replace(folded, trigger=arrest.trigger, mentions=(*rest, raid.trigger))
        folded = replace(folded, type="arrest", subtype=arrest.subtype, head_lemma=arrest.head_lemma)
        out[out.index(arrest)] = folded
        out.remove(raid)
    return out


def merge_drafts(drafts: Sequence[Draft], window: int = 6) -> list[Draft]:
    """Merge coreferent drafts (text order in, text order out by each record's first mention)."""
    merged: list[Draft] = []
    for d in sorted(_raids_into_arrests(drafts), key=lambda x: x.trigger.start):
        target = None
        # a bare back-reference ("keep the demonstrations peaceful") may point back to the story's
        # main event however far up the report it was told
        bare_reference = d.back_reference and d.nominal and not d.magnitudes
        reach = len(merged) if bare_reference or _trend(d) else window * 3
        for k in range(len(merged) - 1, max(-1, len(merged) - 1 - reach), -1):
            if _compatible(merged[k], d):
                target = k
                if (
                    d.sent_start == merged[k].sent_start
                    or d.back_reference
                    or _barricade(d)
                    or _bare(d)
                    or _trend(d)
                ):
                    break
        # an account by a speaker joins the earliest compatible event (the lead), not the nearest
        if target is None:
            merged.append(d)
        else:
            merged[target] = _merge(merged[target], d, _contested)
    return _join_tolls(merged)


def _join_tolls(records: list[Draft]) -> list[Draft]:
    """Join records that the first pass left apart though one retells the other's very toll.

    The first pass merges each mention into one record; a toll named in a report's lead ("investigate
    the killing of at least four people") may then stand apart from the body's record of the same
    act when the body's first mention carried no figure ("soldiers fired live ammunition at a crowd
    ... killing at least four")."""
    out: list[Draft] = []
    for d in records:
        target = next(
            (k for k, a in enumerate(out) if a.type == d.type and _toll_retold(a, d) and _compatible(a, d)),
            None,
        )
        if target is None:
            out.append(d)
        else:
            out[target] = _merge(out[target], d, _contested)
    return out
