"""Sense checks: is this trigger word used of a political event here, or of something else?

Each check takes the match context and returns True when the event sense survives
("killing time", "the strike price", "a heart attack", a football "attack" do not).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from .lexicon import word_set
from .syntax import (
    agent,
    char_span,
    doc_lemma_set,
    doc_sents,
    doc_word_set,
    is_animate,
    kids,
    lemma,
    lemmas,
    lowers,
    patient,
    per_doc,
    subject,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["CHECKS", "MatchContext", "passes"]

VERBAL_ATTACK_MODIFIERS = frozenset(
    {
        "verbal",
        "personal",
        "scathing",
        "blistering",
        "rhetorical",
        "written",
        "stinging",
        "sharp",
        "political",
        # attacks on computers, not people: "a cyber attack on the ministry's servers"
        "cyber",
        "cyber-",
        "hacker",
        "hacking",
        "ransomware",
        "phishing",
        "ddos",
        "malware",
        "online",
        "digital",
    }
)
MILITARY_MODIFIERS = frozenset(
    {
        "air",
        "missile",
        "drone",
        "rocket",
        "military",
        "nuclear",
        "preemptive",
        "pre-emptive",
        "retaliatory",
        "precision",
        "first",
        "lightning",
        "aerial",
        "israeli",
        "american",
        "russian",
        "us",
        "allied",
    }
)
LABOR_WORDS = frozenset(
    {
        "worker",
        "union",
        "teacher",
        "wage",
        "pay",
        "labour",
        "labor",
        "employee",
        "driver",
        "shopkeeper",
        "merchant",
        "bazaar",
        "nurse",
        "doctor",
        "strike",
        "striker",
        "salary",
        "pension",
        "pensioner",
        "factory",
    }
)
FORCE_WORDS = frozenset(
    {
        "police",
        "policeman",
        "policemen",
        "security",
        "force",
        "forces",
        "guard",
        "guards",
        "agent",
        "agents",
        "soldier",
        "soldiers",
        "officer",
        "officers",
        "baton",
        "batons",
        "militia",
        "militiaman",
        "basij",
        "troops",
        "army",
        "interrogator",
        "gendarme",
        "riot",
        "plainclothes",
        "thug",
        "thugs",
        "vigilante",
    }
)
METAPHOR_OF = frozenset(
    {
        "colour",
        "color",
        "colours",
        "colors",
        "laughter",
        "emotion",
        "emotions",
        "sound",
        "sounds",
        "flavour",
        "flavor",
        "flavours",
        "flavors",
        "optimism",
        "excitement",
        "activity",
        "ideas",
        "words",
        "music",
        "finance",
        "finances",
        "economy",
        "truth",
        "democracy",
        "justice",
        "language",
    }
)
KILL_WORDS = frozenset(
    {
        "kill",
        "killing",
        "dead",
        "death",
        "die",
        "slay",
        "slain",
        "fatally",
        "toll",
        "lethal",
        "body",
        "bodies",
    }
)


# Subjects of "clash" that make it a fight between groups of people (a riot), not a quarrel.
CLASH_GROUPS = frozenset(
    {
        "supporter",
        "member",
        "protester",
        "protestor",
        "demonstrator",
        "student",
        "youth",
        "resident",
        "villager",
        "group",
        "gang",
        "fan",
        "crowd",
        "mob",
        "worker",
        "rioter",
        "inmate",
        "prisoner",
    }
)
_PROTEST_DOC_KEY = "eventwire_protest_document"
# Verbs whose xcomp the crowd itself does ("asked them to disperse", "refused to disperse").
REQUEST_VERBS = frozenset(
    {"ask", "urge", "tell", "refuse", "call", "appeal", "request", "order", "plead", "beg", "decline"}
)
# Words in a strike's own sentence that make it a military one (no labour words there)
STRIKE_WEAPONS = frozenset(
    {"missile", "rocket", "drone", "warplane", "artillery", "shell", "bomb", "bombard", "airstrike", "mortar"}
)
# modifiers only a work stoppage takes: "a national strike", "an indefinite strike", "an 18-day strike"
LABOR_STRIKE_MODIFIERS = frozenset(
    {
        "national",
        "nationwide",
        "general",
        "indefinite",
        "open-ended",
        "unlimited",
        "rolling",
        "day",
        "week",
        "hunger",
        "transport",
        "warning",
        "token",
        "wildcat",
        "sympathy",
        "solidarity",
        "paro",
        "civic",
    }
)
# protest words that make a bare "strike" a stoppage in a document with weapons in it
STRIKE_PROTEST_WORDS = frozenset(
    {
        "protester",
        "protesters",
        "demonstrator",
        "demonstrators",
        "blockade",
        "blockades",
        "march",
        "marched",
        "rally",
        "rallies",
        "picket",
        "pickets",
    }
)
# weapons of a war in a document: its "strikes" are military ones, even with protesters in the story
WAR_STRIKE_WORDS = frozenset(
    {
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "drone",
        "drones",
        "warplane",
        "warplanes",
        "artillery",
        "airstrike",
        "airstrikes",
        "mortar",
        "mortars",
        "jets",
        "aircraft",
    }
)
STRIKE_IMPACT_VERBS = frozenset({"hit", "target", "destroy", "strike", "land", "flatten", "damage"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
WAR_MACHINES = frozenset(
    {
        "helicopter",
        "gunship",
        "jet",
        "warplane",
        "drone",
        "aircraft",
        "plane",
        "tank",
        "artillery",
        "airstrike",
    }
)
ARMED_SIDES = frozenset(
    {
        "army",
        "troops",
        "troop",
        "forces",
        "militia",
        "militias",
        "paramilitary",
        "rebels",
        "fighters",
        "soldiers",
    }
)
ACCIDENT_MODIFIERS = frozenset(
    {"accidental", "gas", "boiler", "industrial", "volcanic", "population", "cylinder"}
)
SPORTS_LEAGUES = frozenset(
    {
        "premier",
        "champions",
        "football",
        "soccer",
        "rugby",
        "hockey",
        "basketball",
        "cricket",
        "europa",
        "pro",
        "major",
    }
)
# Words for a crowd that say nothing of why it is there ("a crowd gathered for the opening of a hall").
CROWD_WORDS = frozenset(
    {"crowd", "gathering", "mourner", "worshipper", "funeral", "vigil", "banner", "banners", "mob", "mobs"}
)
CALL_ON_VERBS = frozenset(
    {"call", "urge", "ask", "appeal", "invite", "encourage", "summon", "mobilise", "mobilize"}
)
SPORTS_OWNERS = frozenset({"team", "side", "club", "squad", "eleven"})


@dataclass(frozen=True, slots=True)
class MatchContext:
    """A candidate trigger: its head token, all matched tokens and its sentence's words."""

    head: Token
    tokens: tuple[Token, ...]
    sent: Span
    words: frozenset[str]  # lemmas and lower forms of the sentence's other tokens

    def has(self, name: str) -> bool:
        return bool(self.words & word_set(name))


def sentence_words(sent: Span, skip: set[int]) -> frozenset[str]:
    out: set[str] = set()
    low, lem = lowers(sent.doc), lemmas(sent.doc)
    for i in range(sent.start, sent.end):
        if i in skip:
            continue
        out.add(low[i])
        out.add(lem[i])
    return frozenset(out)


def _modifiers(tok: Token) -> set[str]:
    return {lemma(c) for c in kids(tok) if c.dep_ in ("compound", "amod", "nmod", "npadvmod")} | {
        c.lower_ for c in kids(tok) if c.dep_ in ("compound", "amod", "nmod")
    }


def _animate_patient(c: MatchContext) -> bool:
    """The patient, when there is one, is not a known thing ("killing time", "arrest the decline")."""
    p = patient(c.head)
    if p is None or p.i in {t.i for t in c.tokens}:
        return True
    inanimate = word_set("inanimate") | word_set("abstract")
    return lemma(p) not in inanimate and p.lower_ not in inanimate


def _strict_animate_patient(c: MatchContext) -> bool:
    """The patient is a person or people (word list, entity, pronoun, number, agent noun)."""
    p = patient(c.head)
    if p is None or p.i in {t.i for t in c.tokens}:
        return c.head.pos_ in ("NOUN", "PROPN") or c.head.lower_ in ("hanged", "executed")
    return is_animate(p, word_set("animate")) and _animate_patient(c)


# what is seized or captured when it is a place, not a person: "fighters seized Goma", "protesters seized
# the Government House", "rebels captured the town"
TAKEN_PLACES = frozenset(
    {"town", "city", "village", "base", "camp", "building", "house", "headquarters", "airport", "port"}
    | {"palace", "parliament", "office", "station", "capital", "territory", "area", "district", "bridge"}
)


def _not_place_patient(c: MatchContext) -> bool:
    """Seizing or capturing a town or a building is no arrest ("M23 fighters seized Goma")."""
    p = patient(c.head)
    if p is None:
        return True
    return not (p.ent_type_ in ("GPE", "LOC", "FAC") or lemma(p) in TAKEN_PLACES)


def _held_person(c: MatchContext) -> bool:
    """ "50 persons were held" / "picked up by police", not "a meeting was held"."""
    h = c.head
    if any(t.lower_ == "police" or t.lower_ == "security" for t in c.tokens):
        return True
    if h.lower_ != "held" or not any(ch.dep_ == "auxpass" for ch in kids(h)):
        return False
    if c.words & WITHOUT_TRIAL and any(t.lower_ == "without" for t in c.sent):
        return True  # "held for up to 48 hours without charge", "held without trial"
    p = patient(h)
    if p is not None and p.tag_ in ("WP", "WDT") and h.dep_ == "relcl" and h.head != h:
        p = h.head  # "people who were held": the noun the clause describes
    return p is not None and is_animate(p, word_set("animate")) and lemma(p) not in word_set("inanimate")


WITHOUT_TRIAL = frozenset({"charge", "charges", "trial", "warrant"})


def _not_accountable(c: MatchContext) -> bool:
    """ "will be held accountable", "held responsible", "held to account": blame, not detention."""
    doc = c.head.doc
    nxt = {doc[j].lower_ for j in range(c.head.i + 1, min(len(doc), c.head.i + 3))}
    blame = {"accountable", "responsible", "liable", "hostage", "captive", "ransom", "account"}
    if lemma(c.head) == "hold" and c.head.i + 1 < len(doc) and doc[c.head.i + 1].lower_ == "up":
        return False  # "held up at a checkpoint" (not "held for up to 48 hours"), nor "picked up by police"
    return not (nxt & blame)


def _inanimate_patient(c: MatchContext) -> bool:
    """ "burned the police post" (arson), not "many of the victims were burned" (people harmed)."""
    h = c.head
    p = patient(h)
    if p is None and h.tag_ == "VBN" and not any(ch.dep_ == "aux" and lemma(ch) == "have" for ch in kids(h)):
        # "many of them burned beyond recognition": a participle without "were" is still passive
        p = next((ch for ch in kids(h) if ch.dep_ == "nsubj"), None)
    if p is None or p.i in {t.i for t in c.tokens}:
        return True
    if p.pos_ == "PROPN" or p.ent_type_ in ("ORG", "GPE", "FAC", "LOC"):
        return True  # "torched the ANC's offices in Durban", "set ablaze the BTV"
    return not is_animate(p, word_set("animate"))


def _aircraft_patient(c: MatchContext) -> bool:
    """ "shot down a drone", "brought down the airliner", not "shot down every peace proposal"."""
    p = patient(c.head)
    if p is None:
        return True
    aircraft = word_set("air") | word_set("weapon") | {"airliner", "balloon", "satellite", "flight"}
    return lemma(p) in aircraft or p.lower_ in aircraft or p.pos_ == "PROPN"


# a clash named by its guns needs no armed men beside it: "was surrounded after a gun battle"
GUN_CLASH_WORDS = frozenset({"gun", "gunbattle", "firefight"})


def _armed_context(c: MatchContext) -> bool:
    """Armed men in the sentence ("heavy fighting between the army and the RSF"), or a clash named by
    its guns ("a gun battle that lasted several hours", "a firefight")."""
    armed = word_set("armed_clash") | word_set("armed_doers") | ARMED_SIDES | word_set("clan_sides")
    return bool(c.words & armed) or any(t.lower_ in GUN_CLASH_WORDS for t in c.tokens)


def _not_accidental(c: MatchContext) -> bool:
    """ "a gas explosion", "two accidental explosions", "the device detonated accidentally": no attack."""
    if _modifiers(c.head) & ACCIDENT_MODIFIERS:
        return False
    return not (c.words & {"accidental", "accidentally", "leak", "leaking", "cylinder", "boiler"})


# what kills with nobody's hand in it: "the canopy collapsed, killing 15", "a fire swept through the
# prison, killing eight", "the bus plunged into a ravine, killing 20"
ACCIDENT_VERBS = frozenset(
    {
        "collapse",
        "crash",
        "capsize",
        "sink",
        "derail",
        "plunge",
        "overturn",
        "topple",
        "cave",
        "sweep",
        "engulf",
    }
)
ACCIDENT_NOUNS = frozenset(
    {
        "fire",
        "blaze",
        "flood",
        "flooding",
        "storm",
        "earthquake",
        "quake",
        "landslide",
        "stampede",
        "accident",
        "crash",
        "collapse",
        "cyclone",
        "hurricane",
        "typhoon",
        "avalanche",
        "heatwave",
    }
)


def _not_accident_toll(c: MatchContext) -> bool:
    """ ", killing 15 people" after a collapse, a crash or a fire: deaths whose cause nobody alleges."""
    h = c.head
    if h.dep_ != "advcl" or h.tag_ != "VBG" or h.head == h:
        return True
    gov = h.head
    if lemma(gov) in ACCIDENT_VERBS:
        return False
    doer = next((ch for ch in kids(gov) if ch.dep_ in ("nsubj", "nsubjpass")), None)
    return doer is None or lemma(doer) not in ACCIDENT_NOUNS


# Degree words that grant some harm: "nobody was badly hurt" tells people hurt, it denies nothing.
HARM_DEGREES = frozenset({"badly", "seriously", "severely", "critically", "gravely"})
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})


def _not_unhurt_outcome(c: MatchContext) -> bool:
    """ "No one was hurt" is a denial (S7, G9) only as someone's word against harm; the publisher's own
    "no one was hurt" after a fire or a bomb it tells is how that act ended, and "nobody was badly hurt"
    grants harm. A sentence with a reporting verb, "according to" or a quotation keeps the denial."""
    h = c.head
    if any(ch.dep_ == "advmod" and ch.lower_ in HARM_DEGREES for ch in kids(h)):
        return False
    own = {t.i for t in c.tokens} | {h.i}
    if h.dep_ in ("xcomp", "oprd", "acomp") and h.head != h:
        own.add(h.head.i)  # "Nobody was reported hurt": the publisher's own wording
    if sum(t.text in QUOTE_MARKS for t in c.sent if t.i < h.i) % 2:
        return True  # inside a quotation: someone's word
    for t in c.sent:
        if t.i in own:
            continue
        if t.lower_ == "according":
            return True
        if t.pos_ in ("VERB", "AUX") and lemma(t) in word_set("reporting_verbs") | {"deny"}:
            return True
    return False


def _not_armed_abductor(c: MatchContext) -> bool:
    """Gunmen, bandits or militants abducting people: part of their attack, not a state detention."""
    s = _antecedent(subject(c.head) or agent(c.head))
    armed = word_set("armed_clash") | {"kidnapper", "gang", "gangs", "assailant", "assailants"}
    if s is not None:
        return not ({lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree}) & armed
    return not (c.words & armed)


def _not_caused_closure(c: MatchContext) -> bool:
    """ "shops stayed closed because the army blocked the roads": a closure caused by something else,
    not a shutdown by the shopkeepers."""
    own = word_set("protest") | LABOR_WORDS | {"boycott", "solidarity", "shutdown"}
    for tok in (c.head, *c.head.ancestors):
        for ch in kids(tok):
            marked = ch.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "because" for g in kids(ch))
            causal = marked or (ch.dep_ == "prep" and ch.lower_ in ("because", "due", "owing"))
            if causal and not any(lemma(g) in own or g.lower_ in own for g in ch.subtree):
                return False  # "because of the strike" is the strike's own closure
        if tok.dep_ in ("ROOT", "ccomp"):
            break
    return True


def _not_death_setting(c: MatchContext) -> bool:
    """ "two gunmen died in an exchange of fire with police", "killed in fighting": the clash only sets
    the scene of the deaths reported."""
    h = c.head
    if h.dep_ != "pobj" or h.head.lower_ not in ("in", "during", "amid"):
        return True
    gov = h.head.head
    return lemma(gov) not in ("die", "kill", "killed", "dead", "perish", "wound", "injure")


def _not_idiom_way(c: MatchContext) -> bool:
    """ "bomb their way out of the crisis", "shoot their way to power": a manner idiom, no act."""
    p = patient(c.head)
    return p is None or lemma(p) != "way"


ARREST_VERBS = frozenset({"arrest", "detain", "abduct", "seize", "apprehend", "nab", "kidnap"})


def _not_raid_of_arrest(c: MatchContext) -> bool:
    """ "soldiers raided the village and detained 15 young men", "raided shops and took away four
    merchants": the raid is how the arrest was made, one event (an arrest)."""
    for conj in c.head.conjuncts:
        if lemma(conj) in ARREST_VERBS:
            return False
        prts = {ch.lower_ for ch in kids(conj) if ch.dep_ == "prt"}
        if lemma(conj) in ("take", "haul", "drag", "round") and prts & {"away", "in", "up", "off"}:
            return False
    return True


def _not_at_armed_men(c: MatchContext) -> bool:
    """ "guards fired warning shots at armed smugglers": force against armed men, not a crowd."""
    return not (c.words & (word_set("armed_clash") - {"armed"}))


def _no_weapon_fired(c: MatchContext) -> bool:
    """ "fired mortar rounds at the buildings", "fired missiles and drones at the bases": a weapon of war
    fired is an armed attack, not force against a crowd."""
    span = c.head.doc[c.tokens[0].i : c.tokens[-1].i + 1]
    if any(t.lower_ == "gas" for t in span):
        return True  # "fired tear gas shells at the crowd"
    names = word_set("weapon")
    return not any(lemma(t) in names or t.lower_ in names for t in span)


def _not_force_victim(c: MatchContext) -> bool:
    """ "a policeman was shot by a mob": the state's own men hit are no repression of a crowd."""
    p = patient(c.head)
    if p is None:
        return True
    names = {lemma(p), p.lower_}
    return not (names & (word_set("security_nouns") | STATE_FORCE_NOUNS))


def _rams_people(c: MatchContext) -> bool:
    """ "a vehicle rammed into them", "a truck ploughed into the crowd": a vehicle driven into people
    (not "a car ran into a wall")."""
    into = next((ch for ch in kids(c.head) if ch.dep_ == "prep" and ch.lower_ == "into"), None)
    target = next((g for g in kids(into) if g.dep_ == "pobj"), None) if into is not None else None
    if target is None:
        target = patient(c.head)
    return target is not None and is_animate(target, word_set("animate")) and target.pos_ != "PROPN"


def _not_shot_down(c: MatchContext) -> bool:
    """ "shot down a drone" / "shot down the proposal": not a shooting at people; nor "prices have shot
    up" (a rise: "up" with no object, unlike "gunmen shot up a bar")."""
    children = list(kids(c.head))
    if any(ch.dep_ == "prt" and ch.lower_ == "down" for ch in children):
        return False
    up = any(ch.dep_ in ("prt", "advmod") and ch.lower_ == "up" for ch in children)
    return not (up and not any(ch.dep_ == "dobj" for ch in children))


# verbs and nouns of a death a weapon is the instrument of: "killed by a rubber bullet"
DEATH_WORDS = frozenset({"kill", "die", "death", "slay", "murder", "dead"})


def _not_killing_instrument(c: MatchContext) -> bool:
    """A crowd-control munition that is the instrument of a death ("was killed by a rubber bullet",
    "died after being hit by a tear-gas canister") names the killing, not a dispersal of its own."""
    h = c.head
    while h.dep_ == "compound" and h.head != h:
        h = h.head  # "hit by a tear gas canister": the canister is the instrument
    prep = h.head
    if h.dep_ != "pobj" or prep.lower_ not in ("by", "with", "from"):
        return True
    gov = prep.head
    if gov.lower_ in ("hit", "struck") and gov.head != gov:
        gov = gov.head.head if gov.dep_ in ("pcomp", "pobj") else gov.head  # "died after being hit by"
    return lemma(gov) not in DEATH_WORDS


def _violent_cause(c: MatchContext) -> bool:
    """ "died of a sudden illness" / "died of cancer" are no killings; "died of gunshot wounds" is."""
    for ch in kids(c.head):
        if ch.dep_ == "prep" and ch.lower_ in ("of", "from"):
            obj = next((g for g in kids(ch) if g.dep_ == "pobj"), None)
            if obj is not None:
                words = {lemma(t) for t in obj.subtree} | {t.lower_ for t in obj.subtree}
                return bool(words & word_set("violent")) or bool(
                    words & {"gunshot", "wound", "wounds", "injury", "injuries", "torture", "beating"}
                )
    return True


def _not_projected_toll(c: MatchContext) -> bool:
    """ "the death toll could rise sharply", "the toll is expected to climb": a forecast about a toll,
    no killing of its own (the deaths it counts are reported elsewhere)."""
    h = c.head
    if h.dep_ == "compound" and lemma(h.head) == "toll":
        h = h.head  # "death" of "death toll"
    if lemma(h) != "toll" or h.dep_ not in ("nsubj", "nsubjpass"):
        return True
    gov = h.head
    modal = {"could", "might", "may", "would", "will", "can"}
    if any(ch.dep_ == "aux" and ch.lower_ in modal for ch in kids(gov)):
        return False
    return not (
        lemma(gov) in ("expect", "likely", "set", "feared") and any(ch.dep_ == "xcomp" for ch in kids(gov))
    )


def _counted_dead(c: MatchContext) -> bool:
    """ "the dead" (pictures of the dead) is no event; "41 dead", "left ... dead" are."""
    h = c.head
    if h.lower_ != "dead" or len(c.tokens) > 1:
        return True
    prev = h.doc[h.i - 1] if h.i > 0 else None
    if prev is not None and (prev.like_num or prev.lower_ in ("dozens", "hundreds", "thousands", "scores")):
        return True
    # "were found dead", "is dead": a predicate; "the dead" (a group of people) is not an event
    return h.dep_ in ("acomp", "oprd", "xcomp") and not (prev is not None and prev.lower_ == "the")


def _not_ordinary_occasion(c: MatchContext) -> bool:
    """ "residents gathered for the opening of a school", "ministers gathered to discuss prices": a
    gathering for something else, unless protest words are in the sentence."""
    if c.words & (word_set("protest") - CROWD_WORDS):
        return True  # "a crowd gathered for a wedding" is no protest; "gathered to protest" is
    occasions = word_set("ordinary_occasions")
    for ch in kids(c.head):
        purpose = ch.dep_ == "prep" and ch.lower_ == "for"
        if purpose and any(g.dep_ == "pobj" and lemma(g) in occasions for g in kids(ch)):
            return False
        infinitive = ch.dep_ in ("xcomp", "advcl") and ch.pos_ == "VERB" and lemma(ch) in occasions
        if infinitive and any(g.dep_ == "aux" and g.lower_ == "to" for g in kids(ch)):
            return False
    return True


def _protest_demonstrate(c: MatchContext) -> bool:
    """ "demonstrated outside parliament", not "struggling to demonstrate how", "the review demonstrates
    that" (showing something)."""
    h = c.head
    if lemma(h) != "demonstrate" or h.pos_ != "VERB":
        return True
    return not any(ch.dep_ in ("dobj", "ccomp", "xcomp", "attr") for ch in kids(h))


def _transitive_or_passive(c: MatchContext) -> bool:
    """ "police dispersed the crowd" / "the crowd was dispersed", not "the protesters dispersed" nor
    "asked the youths to disperse" / "refused to disperse"."""
    if any(ch.dep_ in ("dobj", "nsubjpass", "auxpass") for ch in kids(c.head)):
        return True
    return c.head.dep_ == "xcomp" and lemma(c.head.head) not in REQUEST_VERBS


def _not_phrasal(c: MatchContext) -> bool:
    return not any(ch.dep_ == "prt" for ch in kids(c.head))


# an event word naming a kind of force, unit or kit, whatever the parse: "riot police", "riot gear",
# "assault rifles", "attack helicopters", "strike force"
UNIT_NOUNS: dict[str, frozenset[str]] = {
    "riot": frozenset(
        {
            "police",
            "policeman",
            "policemen",
            "gear",
            "squad",
            "squads",
            "unit",
            "units",
            "control",
            "shield",
            "shields",
            "van",
            "vans",
            "helmet",
            "helmets",
            "officer",
            "officers",
            "troops",
            "act",
            "cop",
            "cops",
        }
    ),
    "assault": frozenset(
        {"rifle", "rifles", "weapon", "weapons", "team", "troops", "vehicle", "vehicles", "craft"}
    ),
    "attack": frozenset(
        {"helicopter", "helicopters", "dog", "dogs", "submarine", "submarines", "aircraft", "ad", "ads"}
    ),
    "strike": frozenset({"force", "forces", "team", "teams", "group", "aircraft", "fighter", "fighters"}),
}


def _unit_noun(h: Token) -> bool:
    units = UNIT_NOUNS.get(h.lower_)
    if units is None or h.i + 1 >= len(h.doc):
        return False
    return h.doc[h.i + 1].lower_ in units


def _not_compound_modifier(c: MatchContext) -> bool:
    h = c.head
    if _unit_noun(h):
        return False
    if h.head == h or h.head.i < h.i:
        return True
    if h.dep_ not in ("compound", "amod", "nmod") or h.head.pos_ not in ("NOUN", "PROPN"):
        return True
    if h.dep_ == "amod" and h.tag_ in ("VBN", "VBG", "JJ") and h.pos_ != "NOUN":
        return True
    return lemma(h.head) in word_set("compound_ok") or h.head.i in {t.i for t in c.tokens}


def _paragraph(c: MatchContext) -> Span:
    """The line (paragraph) around the trigger's segment, once per segment of a Doc."""
    doc = c.sent.doc
    memo: dict[tuple[int, int], Span] = per_doc(doc, _PARAGRAPHS, dict)
    key = (c.sent.start, c.sent.end)
    found = memo.get(key)
    if found is None:
        text = doc_text(doc)
        start = text.rfind("\n", 0, c.sent.start_char) + 1
        end = text.find("\n", c.sent.end_char)
        span = char_span(doc, start, len(text) if end < 0 else end)
        found = memo[key] = span if span is not None else c.sent
    return found


_PARAGRAPHS = "eventwire.senses.paragraphs"


SPORTS_WINDOW = 1  # sentences either side of the trigger's own


def _nearby_ranges(c: MatchContext) -> list[tuple[int, int]]:
    """The token index ranges (start, end) of the trigger's sentence and of up to ``SPORTS_WINDOW``
    sentences either side, within its paragraph (a long paragraph, or a whole text with no line breaks,
    is not one topic)."""
    para = _paragraph(c)
    sents = _doc_sents(para.doc)
    # the sentences overlapping the paragraph, in order (``para.doc.sents`` filtered)
    sents = [s for s in sents if s.end > para.start and s.start < para.end]
    own = next((k for k, s in enumerate(sents) if s.start <= c.head.i < s.end), None)
    if own is None:
        return [(para.start, para.end)]
    lo, hi = max(0, own - SPORTS_WINDOW), min(len(sents), own + SPORTS_WINDOW + 1)
    return [(s.start, s.end) for s in sents[lo:hi]]


def _nearby_indices(c: MatchContext) -> Iterator[int]:
    """The token indices of :func:`_nearby_ranges`, in order."""
    for lo, hi in _nearby_ranges(c):
        yield from range(lo, hi)


def _doc_sents(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, built once per Doc."""
    return doc_sents(doc)


def _not_sports(c: MatchContext) -> bool:
    """No sports words near the trigger (a football "attack", a team "beat" another), and no team
    owning it ("the national team's attack")."""
    words = word_set("sports")
    if any(ch.dep_ == "poss" and lemma(ch) in SPORTS_OWNERS for ch in kids(c.head)):
        return False
    doc = c.head.doc
    # the rest depends on the segment alone (its sentence and paragraph): once per segment of a Doc
    memo: dict[tuple[int, int], bool] = per_doc(doc, _NO_SPORTS, dict)
    key = (c.sent.start, c.sent.end)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _no_sports_near(c, words)
    return found


_NO_SPORTS = "eventwire.senses.no_sports"


def _no_sports_near(c: MatchContext, words: frozenset[str]) -> bool:
    doc = c.head.doc
    low = lowers(doc)  # by index: the scans below look at every token of up to three sentences
    if any(low[i] in words and not _party_league(doc[i]) for i in range(c.sent.start, c.sent.end)):
        return False
    # in the neighbouring sentences, one passing mention ("the city will host the football tournament")
    # is another topic; a match report names the sport sentence after sentence
    near = {
        doc[i].sent.start
        for lo, hi in _nearby_ranges(c)
        for i in range(lo, hi)
        if low[i] in words and not _party_league(doc[i])
    }
    return len(near) < 2


def _party_league(t: Token) -> bool:
    """ "the Awami League", "the Muslim League", "the Arab League": a party or a union of states named
    a league, not a sports league."""
    if t.lower_ != "league" or t.pos_ != "PROPN" or t.i == 0:
        return False
    return t.doc[t.i - 1].lower_ not in SPORTS_LEAGUES


def _force_context(c: MatchContext) -> bool:
    """Someone with force at hand: police, security forces, guards, agents, soldiers, batons."""
    return bool(c.words & FORCE_WORDS) and _not_sports(c)


def _force_or_protest_context(c: MatchContext) -> bool:
    return _force_context(c) or (_protest_paragraph(c) and _not_sports(c))


ABSTRACT_KILLERS = frozenset(
    {
        "silence",
        "hunger",
        "poverty",
        "inflation",
        "price",
        "prices",
        "cost",
        "waiting",
        "uncertainty",
        "loneliness",
        "stress",
        "fear",
        "boredom",
        "debt",
        "indifference",
        "heat",
        "cold",
        "grief",
    }
)


def _not_abstract_killer(c: MatchContext) -> bool:
    """ "Silence is killing us", "prices are killing families": a complaint, not a killing."""
    h = c.head
    if h.pos_ != "VERB":
        return True
    s = next((ch for ch in kids(h) if ch.dep_ == "nsubj"), None)
    return s is None or not ({lemma(s), s.lower_} & (ABSTRACT_KILLERS | word_set("abstract")))


def _not_metaphor_of(c: MatchContext) -> bool:
    """ "a riot of colour", "a wave of optimism": the noun followed by ``of`` + a non-person noun."""
    h = c.head
    if h.pos_ not in ("NOUN", "PROPN"):
        return True
    for ch in kids(h):
        if ch.dep_ == "prep" and ch.lower_ == "of":
            obj = next((g for g in kids(ch) if g.dep_ == "pobj"), None)
            if obj is not None and lemma(obj) in METAPHOR_OF:
                return False
    return True


def _not_finance(c: MatchContext) -> bool:
    if c.has("finance"):
        return False
    local = word_set("finance_local")
    h = c.head
    near = {lemma(h.head)} if h.dep_ == "compound" else set()
    s = subject(h)
    if s is not None:
        near.add(lemma(s))
    near |= _modifiers(h)
    return not (near & local)


def _not_month(c: MatchContext) -> bool:
    h = c.head
    if h.ent_type_ == "DATE" or h.ent_type_ == "TIME":
        return False
    doc = h.doc
    nxt = doc[h.i + 1] if h.i + 1 < len(doc) else None
    prev = doc[h.i - 1] if h.i > 0 else None
    if nxt is not None and nxt.like_num:
        return False
    if prev is not None and prev.like_num:
        return False
    if prev is not None and prev.lower_ in (
        "in",
        "since",
        "until",
        "till",
        "by",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "of",
        "from",
        "through",
        "end",
        "before",
        "after",
    ):
        return h.text[:1].islower() and h.pos_ == "VERB"
    return not (h.text == "March" and h.pos_ == "PROPN")


def _crowd_subject(c: MatchContext) -> bool:
    s = subject(c.head)
    h = c.head
    if h.dep_ == "xcomp" and h.head != h and lemma(h.head) in CALL_ON_VERBS:
        # "called on her supporters to gather", "urged workers to assemble": those called on gather
        called = next((ch for ch in kids(h.head) if ch.dep_ == "dobj"), None)
        if called is None:
            # "called on pensioners to gather": the "on" parsed as a preposition or as a particle
            on = next((ch for ch in kids(h.head) if ch.dep_ in ("prep", "prt") and ch.lower_ == "on"), None)
            called = next((g for g in kids(on) if g.dep_ == "pobj"), None) if on is not None else None
        s = called or s
        if called is not None and (called.pos_ != "PRON" or is_animate(called, word_set("animate"))):
            # "called on Belarusians to gather in their courtyards", "urged citizens to assemble", "called on
            # the faithful to gather", "urged them to gather": whoever is called on to gather, a crowd
            return True
    if s is None and h.dep_ == "acl" and h.head != h and h.head.pos_ in ("NOUN", "PROPN"):
        s = h.head  # "tens of thousands gathered on the avenue", parsed as a participle on the noun
    crowd = word_set("crowd")
    if s is not None and (lemma(s) in crowd or s.lower_ in crowd):
        return True
    # "300 farmers", "a group of teachers" (a count on the subject itself, not "ministers of 28 states")
    if s is not None and any(ch.dep_ == "nummod" and ch.like_num for ch in kids(s)):
        return True
    if s is not None and any(lemma(ch) in crowd for ch in s.subtree):
        return True
    return c.has("protest") and s is not None and is_animate(s, word_set("animate"))


def _riot_context(c: MatchContext) -> bool:
    if lemma(c.head) in (
        "riot",
        "rioting",
        "loot",
        "looting",
        "vandalism",
        "vandalize",
        "vandalise",
        "arson",
    ):
        return True
    if c.has("protest") or bool(c.words & {"police", "security", "force", "stone", "tear", "baton", "guard"}):
        return True
    # "Clashes were also reported in four cities", "Cosatu members clashed with DA supporters": a clash
    # in a report about protests, or between groups of people; not "ministers clashed over the budget"
    if lemma(c.head) != "clash":
        return False
    if _protest_document(c):
        return True
    s = _antecedent(subject(c.head))
    return s is not None and lemma(s) in CLASH_GROUPS


def _unarmed_protest_document(c: MatchContext) -> bool:
    """A report about protests, and no soldiers or gunmen in the paragraph (their arson is an attack)."""
    if not _protest_document(c):
        return False
    armed = word_set("armed_clash") | word_set("armed_doers")
    return not any(t.lower_ in armed or lemma(t) in armed for t in _paragraph(c))


def _protest_document(c: MatchContext) -> bool:
    """Protest words in the document (cached per document): a report about protests or riots."""
    doc = c.sent.doc
    cached = doc.user_data.get(_PROTEST_DOC_KEY)
    if isinstance(cached, bool):
        return cached
    words = word_set("protest")
    found = any(t.lower_ in words or lemma(t) in words for t in doc)
    doc.user_data[_PROTEST_DOC_KEY] = found
    return found


def _state_or_unknown_doer(c: MatchContext) -> bool:
    """Force against a crowd by the state, or by no named doer; gunmen or militants firing on
    protesters commit an attack, not repression."""
    s = _antecedent(subject(c.head) or agent(c.head))
    if s is None:
        return True
    names = {lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree}
    # a helicopter gunship or a jet firing on people is an air attack, whoever is below
    return not (names & (word_set("armed_clash") | WAR_MACHINES))


STATE_FORCE_NOUNS = frozenset(
    {"policeman", "policemen", "agent", "plainclothes", "gendarme", "trooper", "soldier", "officer", "guard"}
)


def _state_force_subject(c: MatchContext) -> bool:
    """The doer is the state's force: police, security forces, soldiers, plainclothes agents."""
    s = _antecedent(subject(c.head) or agent(c.head))
    if s is None:
        return False
    names = {lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree}
    if names & (word_set("armed_clash") | WAR_MACHINES | {"supporter", "activist", "member", "wing"}):
        return False
    head = {lemma(s), s.lower_}
    counted = _counted_noun(s)
    if counted is not None:
        head |= {lemma(counted), counted.lower_}  # "dozens of riot police", "hundreds of soldiers"
    return bool(head & (word_set("security_nouns") | STATE_FORCE_NOUNS))


def _crowd_patient(c: MatchContext) -> bool:
    """The act falls on a crowd or a gathering: "attacked the rally", "assault on protesters", "charged
    at demonstrators", "charged into the crowd"."""
    p = patient(c.head)
    if p is None:
        p = next(
            (
                g
                for ch in kids(c.head)
                if ch.dep_ == "prep" and ch.lower_ in ("at", "into", "on", "against")
                for g in kids(ch)
                if g.dep_ == "pobj"
            ),
            None,
        )
    if p is None:
        return False
    names = {lemma(p), p.lower_}
    if names & (word_set("protest") | {"camp", "encampment", "sit-in", "activist", "supporter"}):
        return True
    return bool(names & word_set("crowd")) and _protest_paragraph(c)  # "attacked retirees" at a rally


def _not_state_shooting(c: MatchContext) -> bool:
    """Police or soldiers shooting at people who are not armed: repression or a killing, not an attack
    (soldiers firing at rebels or gunmen is an armed clash)."""
    if not _state_force_subject(c):
        return True
    p = patient(c.head)
    if p is None:
        p = next(
            (g for ch in kids(c.head) if ch.dep_ == "prep" for g in kids(ch) if g.dep_ == "pobj"),
            None,
        )
    if p is None:
        return False
    names = {lemma(p), p.lower_}
    return bool(names & (word_set("armed_clash") | word_set("armed_doers")))


def _state_on_crowd(c: MatchContext) -> bool:
    """State force used on a crowd ("plainclothes agents attacked the gathering"): repression."""
    return _state_force_subject(c) and _crowd_patient(c)


def _not_state_on_crowd(c: MatchContext) -> bool:
    return not _state_on_crowd(c)


def _antecedent(s: Token | None) -> Token | None:
    """A relative pronoun's noun ("protesters who tried to storm"): the noun the clause modifies."""
    if s is not None and s.lower_ in RELATIVE_PRONOUNS and s.head.dep_ == "relcl" and s.head.head != s.head:
        return s.head.head
    return s


# a verb written with no subject of its own: a gerund after a preposition ("accused of setting fire"), a
# past form parsed as a participle on a noun ("a unit set fire"); not an infinitive on a noun ("attempts
# to storm state buildings" tells no act)
SUBJECTLESS_VERBS = frozenset({("pcomp", "VBG"), ("acl", "VBD"), ("acl", "VBN")})


def _armed_or_state_noun(tok: Token) -> bool:
    """The word, or the noun it counts, names the state's men or an armed group ("soldiers", "a unit of
    troops", "gunmen")."""
    names = {lemma(tok), tok.lower_}
    counted = _counted_noun(tok)
    if counted is not None:
        names |= {lemma(counted), counted.lower_}
    armed = word_set("security_nouns") | STATE_FORCE_NOUNS | word_set("armed_clash") | word_set("armed_doers")
    return bool(names & armed)


def _riot_subject(c: MatchContext) -> bool:
    s = _antecedent(subject(c.head) or agent(c.head))
    if s is None:
        # "a police vehicle was set on fire": no doer written, a protest or riot around it; so too a verb
        # with no subject of its own ("convicted of setting fire to a Basij base", "a unit set fire to …"
        # parsed as a participle on the noun), unless that noun is the state's or an armed group's
        h = c.head
        passive = any(ch.dep_ in ("auxpass", "nsubjpass") for ch in kids(h))
        bare = (h.dep_, h.tag_) in SUBJECTLESS_VERBS and not _armed_or_state_noun(h.head)
        return (passive or bare) and (_protest_paragraph(c) or _unarmed_protest_document(c))
    allowed = word_set("riot_subject")
    counted = _counted_noun(s)
    if counted is not None and {lemma(counted), counted.lower_} & (
        word_set("security_nouns") | STATE_FORCE_NOUNS
    ):
        return False  # "dozens of riot police attacked the gathering": the state's men, no mob
    if lemma(s) in allowed or s.lower_ in allowed:
        # "armed elements attacked a police station", "thousands of armed youths attacked the barracks":
        # an armed group's attack, not a riot
        nouns = (s,) if counted is None else (s, counted)
        return not any(ch.dep_ == "amod" and ch.lower_ == "armed" for n in nouns for ch in kids(n))
    # "Some threw stones", "they set fire to a police vehicle": an unnamed doer at a protest
    vague = {"some", "others", "many", "they", "several", "dozens", "hundreds", "group", "groups", "few"}
    if not (s.lower_ in vague or lemma(s) in vague):
        return False
    # "they refused to disperse and threw stones at the police": a crowd's missiles at the state's men
    return _protest_paragraph(c) or _unarmed_protest_document(c) or _missiles_at_police(c)


CROWD_MISSILES = frozenset(
    {"stone", "stones", "rock", "rocks", "brick", "bricks", "molotov", "firebomb", "firebombs"}
)


def _missiles_at_police(c: MatchContext) -> bool:
    """Stones, bricks or petrol bombs thrown at police or soldiers, whoever "they" are."""
    words = c.words | {t.lower_ for t in c.tokens} | {lemma(t) for t in c.tokens}
    return bool(words & CROWD_MISSILES) and bool(words & FORCE_WORDS)


def _riot_doer(c: MatchContext) -> bool:
    """A crowd written as the doer ("rioters damaged public property"), not a passive with no doer
    ("75,000 homes have been destroyed": by whom is the question)."""
    return (subject(c.head) or agent(c.head)) is not None and _riot_subject(c)


def _riot_subject_or_none(c: MatchContext) -> bool:
    """ "stones thrown by hooded youths", "injured by stones": a crowd's missiles, unless soldiers or
    gunmen threw them."""
    s = _antecedent(subject(c.head) or agent(c.head))
    if s is None:
        return True
    names = {lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree}
    return not (names & (word_set("armed_clash") | word_set("armed_doers")))


def _unarmed_doer(c: MatchContext) -> bool:
    """ "armed men looted the pharmacy", "militiamen looted shops": looting by fighters is an attack."""
    if lemma(c.head) not in ("loot", "looting", "vandalize", "vandalise", "vandalism", "arson"):
        return True
    s = _antecedent(subject(c.head) or agent(c.head))
    if s is None:
        return True
    armed = word_set("armed_clash") | word_set("armed_doers") | {"armed", "paramilitary"}
    names = {lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree}
    return not (names & armed)


def _dated_of(c: MatchContext) -> bool:
    """A wave named by its date: "the unrest of October 2019", "the unrest of 2022"."""
    for ch in kids(c.head):
        if ch.dep_ == "prep" and ch.lower_ == "of":
            return any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in kids(ch))
    return False


def _not_armed_subject(c: MatchContext) -> bool:
    """ "rebels occupied the airport", "armed militants occupied the oil field": fighters taking a place
    (an attack or a battle), not workers or villagers occupying it in protest."""
    s = _antecedent(subject(c.head) or agent(c.head))
    if s is None:
        return True
    armed = word_set("armed_clash") | word_set("armed_doers") | {"armed", "paramilitary", "jihadist"}
    names = {lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree}
    return not (names & armed)


# arms no crowd carries: an assault made with them is armed men's ("attacked officers with grenades")
FIREARMS = frozenset(
    {"gun", "guns", "rifle", "rifles", "firearm", "firearms", "grenade", "grenades"}
    | {"explosive", "explosives"}
)


def _with_firearms(h: Token) -> bool:
    """ "attacked the post with rifles and grenades": "with" on the verb or, as parsed, on its object."""
    for holder in (h, *(ch for ch in kids(h) if ch.dep_ == "dobj")):
        for ch in kids(holder):
            if (
                ch.dep_ == "prep"
                and ch.lower_ == "with"
                and any(t.lower_ in FIREARMS for g in kids(ch) if g.dep_ == "pobj" for t in g.subtree)
            ):
                return True
    return False


def _no_firearms(c: MatchContext) -> bool:
    return not _with_firearms(c.head)


def _not_riot_subject(c: MatchContext) -> bool:
    if lemma(c.head) != "attack" or c.head.pos_ != "VERB":
        return True
    return not _riot_subject(c) or _with_firearms(c.head)


def _armed_clash(c: MatchContext) -> bool:
    """A clash with gunmen, militants or smugglers, or between clans: armed violence, not a riot."""
    return lemma(c.head) == "clash" and (c.has("armed_clash") or c.has("clan_sides"))


def _not_armed_clash(c: MatchContext) -> bool:
    return not _armed_clash(c)


def _during_arrest(c: MatchContext) -> bool:
    """ "beaten during (their) arrest": force used while detaining, not torture in custody ("beaten during
    their detention" is)."""
    return any(
        t.dep_ == "prep"
        and t.lower_ == "during"
        and any(g.dep_ == "pobj" and lemma(g) == "arrest" for g in kids(t))
        for t in c.head.subtree
    )


def _future_return(c: MatchContext) -> bool:
    """ "will return to the square", "vowed to return in bigger numbers": a protest announced again."""
    head = c.head
    future = any(ch.dep_ == "aux" and ch.lower_ in ("will", "would", "'ll", "shall") for ch in kids(head))
    if not future and head.dep_ == "xcomp":
        future = lemma(head.head) in word_set("prediction") | {"vow", "pledge", "keep"}
    if not future:
        return False
    street = any(
        g.dep_ == "pobj" and lemma(g) in ("street", "square")
        for t in c.tokens
        if t.lower_ == "to"
        for g in kids(t)
    )
    if not street and not _protest_paragraph(c):
        return False
    s = _antecedent(subject(head))
    return s is None or not ({lemma(s), s.lower_} & (word_set("security_nouns") | {"military"}))


def _uprising_subject(c: MatchContext) -> bool:
    """ "the whole province will rise", "the south will rise again": a people rising, not prices."""
    s = subject(c.head)
    return s is not None and (
        lemma(s) in word_set("uprising_subjects") or s.lower_ in word_set("uprising_subjects")
    )


def _protest_paragraph(c: MatchContext) -> bool:
    """Protest words in the sentence or its paragraph, other than the trigger's own."""
    words = word_set("protest")
    if c.has("protest"):
        return True
    own = {t.i for t in c.tokens}
    para = _paragraph(c)
    low, lem = lowers(para.doc), lemmas(para.doc)  # by index: no Token per word of the paragraph
    return any((low[i] in words or lem[i] in words) and i not in own for i in range(para.start, para.end))


def _civilian_subject(c: MatchContext) -> bool:
    """A doer that is not the state's forces (farmers blocking roads protest; police blocking them do not)."""
    s = subject(c.head)
    if s is None and c.head.pos_ == "NOUN" and c.head.dep_ == "dobj":
        s = subject(c.head.head)  # "farmers maintained roadblocks": the doer of the verb that has them
    if s is None:
        return _protest_paragraph(c)
    security = {
        "police",
        "force",
        "forces",
        "army",
        "soldier",
        "troop",
        "guard",
        "officer",
        "authority",
        "government",
    }
    if lemma(s) in security or s.lower_ in security:
        return False
    counted = _counted_noun(s)
    if counted is not None and (lemma(counted) in security or counted.lower_ in security):
        return False  # "dozens of police and military officers surrounded the headquarters"
    if any(lemma(t) in security or t.lower_ in security for t in _forces_named_on(s)):
        return False  # "police vans blocked the road", "a line of riot officers blocked the road"
    # "it would occupy more branches next week": a group's threat or plan in a report about protests
    return s.pos_ != "PRON" or _protest_paragraph(c) or (_protest_document(c) and _future_or_called(c))


# what the state's forces block a road with, or stand in: "police vans", "a line of officers"
FORCE_FORMATIONS = frozenset(
    {"line", "cordon", "column", "wall", "convoy", "contingent", "squad", "van", "truck"}
)


def _forces_named_on(s: Token) -> list[Token]:
    """The nouns that make a subject the state's formation or vehicle: "police" in "police vans", "officers"
    in "a line of Specialist Operations officers"."""
    if lemma(s) not in FORCE_FORMATIONS:
        return []
    named = [c for c in kids(s) if c.dep_ == "compound"]
    for prep in kids(s):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            named.extend(g for g in kids(prep) if g.dep_ == "pobj")
    return named


# heads that count a group named after "of": "dozens of police", "hundreds of soldiers", "a unit of troops"
COUNT_HEADS = frozenset(
    {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "unit"}
)


def _counted_noun(s: Token) -> Token | None:
    """The noun a counting head stands for ("dozens of police" -> "police"), or None."""
    if lemma(s) not in COUNT_HEADS and s.lower_ not in COUNT_HEADS and not s.like_num:
        return None
    of = next((ch for ch in kids(s) if ch.dep_ == "prep" and ch.lower_ == "of"), None)
    if of is None:
        return None
    return next((g for g in kids(of) if g.dep_ == "pobj"), None)


def _armed_or_weapon_subject(c: MatchContext) -> bool:
    s = subject(c.head) or agent(c.head)
    if s is None:
        return c.has("weapon") or c.has("air")
    armed = {
        "troop",
        "troops",
        "soldier",
        "army",
        "military",
        "junta",
        "militia",
        "fighter",
        "militant",
        "rebel",
        "force",
        "forces",
        "gunman",
        "gunmen",
        "assailant",
        "assailants",
        "attacker",
        "attackers",
        "arsonist",
        "arsonists",
        "armed",
        "insurgent",
        "jet",
        "warplane",
        "artillery",
        "drone",
        "missile",
        "rocket",
    }
    names = {lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree}
    return bool(names & armed)


def _custody(c: MatchContext) -> bool:
    return c.has("custody")


def _not_custody(c: MatchContext) -> bool:
    return not c.has("custody")


ARREST_ONLY = frozenset({"arrest", "arrested", "arresting", "detain", "detained", "detaining", "held"})
CROWD_VICTIMS = frozenset(
    {"journalist", "reporter", "student", "activist", "supporter", "mourner", "marcher"}
)


def _custody_beating(c: MatchContext) -> bool:
    """Abuse in custody (torture): custody words in the sentence, unless the only ones are arrests and
    those beaten are a crowd ("raided the camp, beating demonstrators and arresting nine": force on a
    crowd during a raid)."""
    found = c.words & word_set("custody")
    if not found and _police_station(c.sent):
        return True  # "kicked and punched by officers at a police station"
    if not found:
        return False
    if found - ARREST_ONLY:
        return True
    p = patient(c.head)
    if p is None:
        return True
    names = {lemma(p), p.lower_}
    return not (names & (word_set("protest") | CROWD_VICTIMS))


def _police_station(sent: Span) -> bool:
    """The sentence names a police station, lock-up or precinct: a place of custody."""
    low = lowers(sent.doc)
    police = -99
    for i in range(sent.start, sent.end):
        w = low[i]
        if w in ("precinct", "lock-up", "lockup"):
            return True
        if w == "police":
            police = i
        elif w in POLICE_SITES and i - police <= 6:
            return True  # "a police station", "the Metropolitan Police (Polda Metro Jaya) headquarters"
    return False


POLICE_SITES = frozenset({"station", "stations", "headquarters", "department", "base", "post", "cells"})


# armed doers outside the state's forces: "masked gunmen stormed the offices", "militants overran the town"
NONSTATE_ARMED = frozenset(
    {
        "gunman",
        "gunmen",
        "militant",
        "insurgent",
        "rebel",
        "jihadist",
        "militia",
        "militiaman",
        "assailant",
        "attacker",
        "bandit",
        "armed",
        "terrorist",
        # "Fighters raided an army base", "raiders stormed the village": armed men named by their fighting
        "fighter",
        "raider",
        "tribesman",
        "tribesmen",
        "clansman",
        "clansmen",
    }
)
STATE_FORCE_WORDS = frozenset(
    {"police", "policeman", "officer", "soldier", "troop", "army", "agent", "guard"}
)


def _nonstate_armed_subject(c: MatchContext) -> bool:
    s = subject(c.head) or agent(c.head)
    if s is None:
        return False
    names = {lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree}
    return bool(names & NONSTATE_ARMED) and not (names & STATE_FORCE_WORDS)


# what a boycott that is no strike refuses: a vote, talks, goods
NOT_STRIKE_BOYCOTTS = frozenset(
    {
        "election",
        "elections",
        "vote",
        "poll",
        "polls",
        "referendum",
        "ballot",
        "talks",
        "summit",
        "dialogue",
        "product",
        "products",
        "goods",
        "brand",
        "brands",
        "games",
        "olympics",
        "ceremony",
        "inauguration",
    }
)


def _not_political_boycott(c: MatchContext) -> bool:
    """ "boycotted classes", "a boycott of the courts" (a work stoppage), not "boycotted the election"."""
    h = c.head
    p = patient(h)
    if p is None:
        of = next((ch for ch in kids(h) if ch.dep_ == "prep" and ch.lower_ == "of"), None)
        p = next((g for g in kids(of) if g.dep_ == "pobj"), None) if of is not None else None
    return p is None or (lemma(p) not in NOT_STRIKE_BOYCOTTS and p.lower_ not in NOT_STRIKE_BOYCOTTS)


def _not_participle(c: MatchContext) -> bool:
    """ "on strike", not "fired on striking workers" (whose strike the workers' noun carries)."""
    return c.head.tag_ != "VBG" and c.head.lower_ != "striking"


def _not_attributive(c: MatchContext) -> bool:
    """A verb, not a participle describing a noun ("in front of their shuttered shops")."""
    return c.head.dep_ not in ("amod", "compound")


def _not_nonstate_armed_subject(c: MatchContext) -> bool:
    return not _nonstate_armed_subject(c)


def _not_custody_beating(c: MatchContext) -> bool:
    return not _custody_beating(c)


def _protest_context(c: MatchContext) -> bool:
    return c.has("protest")


def _armed_doer_or_no_protest(c: MatchContext) -> bool:
    """Shooting with no protest in sight, or gunmen firing on a crowd (an attack, not repression)."""
    crowd = c.has("protest") or bool(c.words & {"mob", "mobs", "rioter", "rioters"})
    return not crowd or not _state_or_unknown_doer(c)


def _protest_paragraph_context(c: MatchContext) -> bool:
    """Protest words in the sentence or its paragraph ("soldiers drove into crowds" after a march)."""
    return _protest_paragraph(c) and _not_sports(c)


def _no_protest_context(c: MatchContext) -> bool:
    return not c.has("protest")


def _killing(c: MatchContext) -> bool:
    return bool(c.words & KILL_WORDS)


def _next_sentence_kills(c: MatchContext) -> bool:
    """The next sentence of the paragraph counts the dead of a shooting just told ("… and opened fire
    on the crowd. Doctors said at least 128 people were killed.")."""
    doc = c.sent.doc
    end = c.sent.end
    if end >= len(doc) or "\n" in doc[end - 1 : min(len(doc), end + 1)].text_with_ws:
        return False
    nxt = doc[end].sent
    own = frozenset({"kill", "killed", "dead", "death", "die", "died", "toll"})
    return any(t.lower_ in own or lemma(t) in own for t in nxt) and not (
        {lemma(t) for t in nxt} & {"shoot", "fire", "attack", "bomb", "blast", "explosion", "strike"}
    )


def _killing_context_or_dead(c: MatchContext) -> bool:
    return any(t.lower_ == "dead" for t in c.tokens) or _killing(c) or _next_sentence_kills(c)


def _no_killing_context(c: MatchContext) -> bool:
    return not _killing(c) and not _next_sentence_kills(c)


# what armed men fire on when they assault the state's or a group's position: "a police checkpoint", "an
# army post", "their patrol vehicle", "the convoy"
ARMED_POSTS = frozenset(
    {
        "checkpoint",
        "outpost",
        "post",
        "base",
        "barracks",
        "patrol",
        "convoy",
        "garrison",
        "position",
        "positions",
    }
)


def _fire_targets(c: MatchContext) -> Iterator[Token]:
    """What the firing is aimed at: the objects of "on", "at" or "upon" on the trigger's words."""
    for t in c.tokens:
        for ch in kids(t):
            if ch.dep_ == "prep" and ch.lower_ in ("on", "at", "upon"):
                yield from (g for g in kids(ch) if g.dep_ == "pobj")


def _armed_assault_on_post(c: MatchContext) -> bool:
    """Gunmen or armed men firing on a checkpoint, a post or a patrol: an armed assault (an `attack`,
    whose dead are its fatalities), not the killing of the people they shoot ("armed men opened fire on
    a police checkpoint, killing an officer")."""
    s = _antecedent(subject(c.head) or agent(c.head))
    if s is None:
        return False
    names = {lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree}
    if not (names & (word_set("armed_clash") | NONSTATE_ARMED)) or names & STATE_FORCE_WORDS:
        return False
    for p in _fire_targets(c):
        words = {lemma(p), p.lower_} | {
            w for g in kids(p) if g.dep_ in ("compound", "amod") for w in (lemma(g), g.lower_)
        }
        if words & ARMED_POSTS:
            return True
    return False


def _violent(c: MatchContext) -> bool:
    return c.has("violent") or c.has("custody")


def _not_execution_context(c: MatchContext) -> bool:
    if c.words & {"execute", "execution", "hang", "hanged", "gallows", "penalty"}:
        return False
    death = "death" in c.words or any(t.lower_ == "death" for t in c.tokens)
    return not ("sentence" in c.words and death)  # a prison sentence is no death sentence


def _internet(c: MatchContext) -> bool:
    words = word_set("internet")
    return c.has("internet") or any(t.lower_ in words for t in c.tokens)


def _no_internet(c: MatchContext) -> bool:
    return not _internet(c)


def _air(c: MatchContext) -> bool:
    return any(t.lower_ in ("air", "drone", "aerial", "airstrike") for t in c.tokens) or c.has("air")


def _no_air(c: MatchContext) -> bool:
    return not c.has("air")


ACT_WORDS = frozenset(
    {
        "explode",
        "exploded",
        "detonate",
        "detonated",
        "explosion",
        "blast",
        "attack",
        "bombing",
        "blow",
        "blew",
        "go",
        "went",
        "strike",
        "hit",
        "kill",
        "killed",
        "killing",
    }
)


def _device_in_sentence(c: MatchContext) -> bool:
    """ "went off", "blew up": said of a bomb, a device, an explosive."""
    words = word_set("device") - {"car", "vehicle", "truck", "attacker"}
    return bool(c.words & words)


def _instrument_alone(c: MatchContext) -> bool:
    """ "a bomb" is the event only when nothing else in the sentence names the act, the weapon is not
    a bare plural ("militants use home-made IEDs to make roadside bombs": weapons in general) and a
    bomber does something ("a suicide bomber struck a checkpoint", not "fears about the bomber")."""
    if c.words & ACT_WORDS:
        return False
    h = c.head
    if h.tag_ in ("NNS", "NNPS") and not any(ch.dep_ in ("det", "poss", "nummod") for ch in kids(h)):
        return False
    if lemma(h) == "bomber":
        return h.dep_ in ("nsubj", "nsubjpass") and h.head.pos_ == "VERB"
    return not _seized(h)


SEIZE_VERBS = frozenset(
    {
        "seize",
        "confiscate",
        "recover",
        "find",
        "discover",
        "uncover",
        "defuse",
        "surrender",
        "smuggle",
        "possess",
        "store",
        "stockpile",
        "hand",
        "collect",
        "display",
        "show",
    }
)


def _seized(h: Token) -> bool:
    """A weapon in a list of things seized or found ("a rifle, ammunition and a hand grenade were seized"):
    no weapon went off."""
    first = h
    for _ in range(6):
        if first.dep_ not in ("conj", "appos") or first.head == first:
            break
        first = first.head
    return first.dep_ in ("dobj", "nsubjpass") and lemma(first.head) in SEIZE_VERBS


def _bomb_verb(c: MatchContext) -> bool:
    """ "jets bombed the town": the verb; a noun "bomb" is handled as a weapon."""
    return lemma(c.head) != "bomb" or c.head.pos_ == "VERB"


LESS_LETHAL = frozenset({"rubber", "pellet", "pellets", "beanbag", "paintball"})


def _not_less_lethal(c: MatchContext) -> bool:
    """ "shot with rubber pellets", "fired rubber bullets": crowd control, not an armed attack."""
    return not (c.words & LESS_LETHAL)


def _violent_or_device(c: MatchContext) -> bool:
    """An explosion or a blast in a story about bombs or violence (the document, not only the sentence)."""
    if c.has("violent") or c.has("device"):
        return True
    words = word_set("device") - {"car", "vehicle", "truck", "device", "mine"}
    return sum(1 for t in c.sent.doc if lemma(t) in words or t.lower_ in words) >= 2


def _labor_subject(c: MatchContext) -> bool:
    s = subject(c.head)
    if c.head.dep_ == "amod" and c.head.lower_ == "striking":
        s = c.head.head  # "striking miners": the workers on strike, not "a striking resemblance"
    if s is None and c.head.dep_ == "xcomp":
        # "doctors are set to strike", "teachers are due to strike": the raising verb's subject
        gov = c.head.head.head if c.head.head.dep_ == "acomp" else c.head.head  # "are due to strike"
        s = next((t for t in kids(gov) if t.dep_ in ("nsubj", "nsubjpass")), None)
    if s is None:
        return False
    return lemma(s) in LABOR_WORDS or (
        lemma(s) in word_set("crowd") and lemma(s) not in ("people", "thousand")
    )


def _armed_strike_again(c: MatchContext) -> bool:
    """ "Al Shabaab warned that it would strike again", "Tehran was likely to strike again": a threat of
    another armed strike (N2), in a story of weapons, by no workers ("the union vowed to strike again")."""
    if _labor_subject(c) or c.words & LABOR_WORDS:
        return False
    weapons = word_set("weapon") | word_set("air") | word_set("armed_clash") | word_set("armed_doers")
    return not doc_lemma_set(c.sent.doc).isdisjoint(weapons)


def _weapon_subject(c: MatchContext) -> bool:
    s = subject(c.head)
    return s is not None and (lemma(s) in word_set("weapon") or s.lower_ in word_set("weapon"))


def _not_verbal_attack(c: MatchContext) -> bool:
    if _modifiers(c.head) & VERBAL_ATTACK_MODIFIERS:
        return False
    p = patient(c.head)
    if p is None or not (lemma(p) in word_set("abstract") or p.lower_ in word_set("abstract")):
        return True
    # "attacked army positions", "shelled rebel positions": a military holder makes the place concrete
    return bool(_modifiers(p) & MILITARY_HOLDERS)


MILITARY_HOLDERS = frozenset(
    {"army", "military", "enemy", "rebel", "rebels", "militia", "regime", "troop", "troops", "insurgent"}
    | {"jihadist", "jihadists", "militant", "militants", "police", "defensive", "frontline", "forward"}
)


IMPACT_VERBS = frozenset(
    {
        "hit",
        "strike",
        "land",
        "slam",
        "crash",
        "destroy",
        "damage",
        "wound",
        "injure",
        "fall",
        "rain",
        "pound",
    }
)


def _weapon_impact(c: MatchContext) -> bool:
    """The weapon is the doer of an impact verb ("two rockets hit an area", "a mortar shell landed")."""
    h = c.head
    return h.dep_ in ("nsubj", "nsubjpass") and h.head.pos_ == "VERB" and lemma(h.head) in IMPACT_VERBS


# Words before "shell", "grenade" or "bomb" that make it a crowd-control munition fired by police
# ("tear-gas shells", "stun grenades", "sound grenades") or a crowd's own missile ("petrol bombs",
# "Molotov cocktails"): no armed attack.
CROWD_MUNITIONS = frozenset(
    {
        "gas",
        "teargas",
        "tear-gas",
        "smoke",
        "stun",
        "pepper",
        "sound",
        "flash",
        "flashbang",
        "concussion",
        "paint",
        "petrol",
        "gasoline",
        "molotov",
        "fire",
        "stink",
        "rubber",
    }
)


def _not_gas_shell(c: MatchContext) -> bool:
    """ "tear-gas shells", "stun grenades", "petrol bombs": canisters fired at a crowd or a crowd's
    missiles, not artillery, grenades or bombs of an armed attack."""
    h = c.head
    if lemma(h) not in ("shell", "grenade", "bomb"):
        return True
    doc = h.doc
    before = {doc[j].lower_ for j in range(max(0, h.i - 2), h.i)}
    return not (before & CROWD_MUNITIONS)


def _not_medical(c: MatchContext) -> bool:
    return not (_modifiers(c.head) & word_set("medical"))


def _not_military_strike(c: MatchContext) -> bool:
    if _modifiers(c.head) & MILITARY_MODIFIERS:
        return False
    return not (c.has("weapon") and not (c.words & LABOR_WORDS)) and not _military_strike(c)


def _strike_of_arms(h: Token) -> bool:
    """A strike told by what only an armed force does with one: it is "carried out" ("the air force
    carried out precision strikes", "carried out six strikes on the port") or "claimed" ("No one
    claimed the strike", "claimed responsibility for the strike"). A work stoppage is staged, held,
    called or joined, never carried out or claimed (no open gold set has one so told)."""
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.dep_ == "dobj":
        h = h.head.head  # "carried out a series of precise strikes", "a wave of strikes"
    gov = h.head
    if h.dep_ == "dobj" and lemma(gov) == "carry":
        return any(k.dep_ == "prt" and k.lower_ == "out" for k in kids(gov))
    if h.dep_ == "dobj" and lemma(gov) == "claim":
        return True
    # "claimed responsibility for the strike"
    return (
        h.dep_ == "pobj"
        and gov.lower_ == "for"
        and lemma(gov.head) == "responsibility"
        and lemma(gov.head.head) == "claim"
    )


def _military_strike(c: MatchContext) -> bool:
    """A strike that hits something ("a second strike hit a building"), or one in a story of weapons
    with no work stoppage in sight."""
    if _modifiers(c.head) & (MILITARY_MODIFIERS - {"first"}):
        return True  # "a retaliatory strike", "a pre-emptive strike": named as a military one
    if _modifiers(c.head) & LABOR_STRIKE_MODIFIERS:
        return False  # "the 18-day national strike", "an indefinite strike": a work stoppage
    if _strike_of_arms(c.head):
        return True  # "carried out six strikes on the port, killing 12 dock workers"
    if c.words & LABOR_WORDS:
        return False  # "teachers' strike", "workers' strike": a work stoppage
    if c.head.dep_ in ("nsubj", "nsubjpass") and lemma(c.head.head) in STRIKE_IMPACT_VERBS:
        return True
    if c.words & STRIKE_WEAPONS:
        return True  # "warplanes bombed markets, including a strike on the main market"
    doc = c.sent.doc
    weapons = word_set("weapon") | word_set("air")
    # (no weapon word in the paragraph either: the paragraph is part of the document)
    if doc_lemma_set(doc).isdisjoint(weapons):
        return False
    labor = LABOR_WORDS - {"strike"}  # the word "strike" itself says nothing about which kind
    # a story of protests ("protesters blocked roads … the strike entered its tenth day") is about a
    # stoppage, even with petrol bombs or troops in it
    words = doc_word_set(doc)
    if not words.isdisjoint(labor):
        return False
    # (unless the weapons are a war's: "the strikes targeted separatist groups" after last year's protests)
    return words.isdisjoint(STRIKE_PROTEST_WORDS) or not words.isdisjoint(WAR_STRIKE_WORDS)


def _not_mock(c: MatchContext) -> bool:
    return "mock" not in _modifiers(c.head)


# where a crackdown already told is named again: "deaths during the crackdown", "a response to the crackdown"
WAVE_SETTING_PREPS = frozenset({"during", "amid", "since", "after", "to", "in"})
DEFINITE_DETS = frozenset({"the", "this", "that", "its", "their"})


def _not_wave_reference(c: MatchContext) -> bool:
    """A crackdown named as a wave already told, not reported by the word: ranked ("the most brutal
    crackdown", "the crackdown is the harshest since independence", "a symbol of a wider crackdown") or
    named as the setting of what is told ("355 deaths during the crackdown", "a response to the
    crackdown on the drivers"). The acts of the crackdown are told by their own words."""
    h = c.head
    mods = kids(h)
    if any(m.tag_ in ("JJS", "JJR") or m.lower_ in ("most", "more") for m in mods):
        return False
    if any(g.tag_ in ("JJS", "JJR") for m in mods if m.dep_ == "amod" for g in kids(m)):
        return False  # "the most brutal crackdown": "most" hangs on the adjective
    if h.dep_ == "nsubj" and lemma(h.head) == "be":
        attr = [a for a in kids(h.head) if a.dep_ in ("attr", "acomp")]
        if any(a.tag_ in ("JJS", "JJR") or any(m.lower_ == "most" for m in kids(a)) for a in attr):
            return False  # "the crackdown is the harshest since independence"
    definite = any(m.dep_ in ("det", "poss") and m.lower_ in DEFINITE_DETS for m in mods)
    return not (definite and h.dep_ == "pobj" and h.head.lower_ in WAVE_SETTING_PREPS)


def _execution_sense(c: MatchContext) -> bool:
    h = c.head
    if lemma(h) != "hang" and h.lower_ not in ("hanged", "hanging", "hangs", "hung"):
        return True
    if h.lower_ == "hanged":
        return True
    if h.lower_ == "hung":
        return False
    p = patient(h)
    return p is not None and is_animate(p, word_set("animate")) and (c.has("custody") or c.has("violent"))


SHOP_WORDS = frozenset(
    {
        "shop",
        "shops",
        "bazaar",
        "bazaars",
        "store",
        "stores",
        "market",
        "markets",
        "shopkeeper",
        "merchant",
        "trader",
        "business",
        "businesses",
        "shutter",
        "shutters",
    }
)
ORDER_VERBS = frozenset({"order", "force", "impose", "enforce", "decree", "announce", "demand", "require"})


def _shop_context(c: MatchContext) -> bool:
    """A closure of shops, markets or bazaars ("bazaars followed suit with partial closures"), not one
    ordered by the authorities ("the council ordered the closure of the market") nor a road's."""
    if not c.words & SHOP_WORDS:
        return False
    h = c.head
    return not (h.dep_ in ("dobj", "nsubjpass") and lemma(h.head) in ORDER_VERBS)


# what a closure by its keepers shuts, named as the subject of the closure word
CLOSED_TRADES = frozenset({"shop", "store", "market", "bazaar", "business", "shopfront", "storefront"})
CLOSURE_LINKS = frozenset({"acomp", "oprd", "xcomp"})


# who stops driving in a transport stoppage
TRANSPORT_WORKERS = frozenset(
    {
        "driver",
        "trucker",
        "truck",
        "lorry",
        "haulier",
        "hauler",
        "transporter",
        "operator",
        "owner",
        "taxi",
        "cab",
        "bus",
        "minibus",
        "matatu",
        "boda",
        "motorcyclist",
        "rickshaw",
    }
)


def _transport_subject(c: MatchContext) -> bool:
    """Drivers, truckers or transport owners as the doer ("truckers across the province stayed off the
    roads", "taxi drivers kept their cabs off the road"), not people kept home by snow or fear."""
    s = _antecedent(subject(c.head))
    if s is None:
        return False
    names = {lemma(s), s.lower_} | {lemma(g) for g in kids(s) if g.dep_ in ("compound", "amod")}
    return bool(names & TRANSPORT_WORKERS)


def _no_finance_words(c: MatchContext) -> bool:
    """No trading-floor words in the sentence: "the stock market closed lower" is no shutdown."""
    return not c.has("finance")


def _shop_subject(c: MatchContext) -> bool:
    """The closure word's subject is shops, stores, markets or bazaars, however much stands between them
    ("markets in Bamenda, Kumbo and Ndop stayed shut", "most stores along the avenue were shuttered",
    "shops and stalls remained closed"); not the stock market ("markets closed lower", a finance word)."""
    if c.has("finance"):
        return False
    h = c.head
    holders = [h, h.head] if h.dep_ in CLOSURE_LINKS and h.head != h else [h]
    for v in holders:
        for s in kids(v):
            if s.dep_ in ("nsubj", "nsubjpass") and lemma(s) in CLOSED_TRADES:
                return not any(g.dep_ == "compound" and lemma(g) in word_set("finance") for g in kids(s))
    return False


def _force_on_people(c: MatchContext) -> bool:
    """Force used on people ("against the participants", "against the migrants"), or excessive force at
    a protest; not "the use of force against Iran" (a war)."""
    for t in c.tokens:
        if t.lower_ in ("against", "on"):
            obj = next((g for g in kids(t) if g.dep_ == "pobj"), None)
            if obj is None:
                return False
            if obj.ent_type_ in ("GPE", "NORP", "ORG", "LOC"):
                return False
            return is_animate(obj, word_set("animate")) or lemma(obj) in word_set("protest")
    return _force_or_protest_context(c)


EXECUTION_WORDS = frozenset(
    {
        "death",
        "execution",
        "executions",
        "execute",
        "executed",
        "hang",
        "hanged",
        "gallows",
        "qisas",
        "hanging",
    }
)


def _execution_paragraph(c: MatchContext) -> bool:
    """Death sentences in the sentence or its paragraph: "the sentences will be carried out" of prisoners on
    death row (not a prison term "carried out" as community service)."""
    if c.words & EXECUTION_WORDS:
        return True
    para = _paragraph(c)
    low = lowers(para.doc)
    return any(low[i] in EXECUTION_WORDS for i in range(para.start, para.end))


def _violent_or_protest_document(c: MatchContext) -> bool:
    """A body found in a report of violence or protest (not after a flood or an accident), or bearing the
    marks of a killing ("found dumped", "bearing gunshot wounds", "days after they were abducted")."""
    return _violent(c) or bool(c.words & BODY_SIGNS) or _protest_document(c)


BODY_SIGNS = frozenset(
    {"dump", "dumped", "abduct", "abducted", "kidnap", "kidnapped", "bullet", "bullets", "gunshot"}
    | {"mutilate", "mutilated", "blindfold", "blindfolded", "tortured", "strangle", "strangled", "behead"}
    | {"beheaded", "decapitate", "decapitated", "riddle", "riddled", "execution-style"}
)


def _weapon_word(t: Token) -> bool:
    names = word_set("weapon") | word_set("air")
    # "Drones" opening a sentence may be parsed as a name, its lemma left plural
    return lemma(t) in names or t.lower_ in names or t.lower_.removesuffix("s") in names


def _weapon_doer_or_instrument(c: MatchContext) -> bool:
    """A weapon does it or is what it is done with: "drones targeted fuel depots", "was targeted by a
    drone", "struck a residential area with missiles" (not "police targeted activists")."""
    h = c.head
    doer = subject(h) or agent(h)
    if lemma(h) == "target" and doer is not None and _weapon_word(doer):
        return True
    # "with rockets" hangs on the verb or, as the parser often has it, on its object
    holders = [h, *(ch for ch in kids(h) if ch.dep_ == "dobj")]
    for holder in holders:
        for ch in kids(holder):
            if (
                ch.dep_ == "prep"
                and ch.lower_ == "with"
                and any(g.dep_ == "pobj" and _weapon_word(g) for g in kids(ch))
            ):
                return True
    return False


EVACUATION_WORDS = frozenset(
    {
        "evacuate",
        "evacuated",
        "evacuation",
        "rescue",
        "rescued",
        "safety",
        "shelter",
        "flood",
        "floods",
        "hospital",
    }
)


def _not_evacuation(c: MatchContext) -> bool:
    """ "taken from their homes to safety": people moved out of danger, not seized."""
    return not (c.words & EVACUATION_WORDS)


FUTURE_AUX = frozenset({"will", "would", "'ll", "shall", "wo"})
WARNING_WORDS = frozenset({"warn", "warned", "warning", "threaten", "threatened", "vow", "vowed", "pledge"})


def _warned_or_future(c: MatchContext) -> bool:
    """A threat, not a report: the act is still to come ("will be dealt with firmly") or warned of."""
    if c.words & WARNING_WORDS:
        return True
    verb = c.head
    for _ in range(3):
        if any(ch.dep_ in ("aux", "auxpass") and ch.lower_ in FUTURE_AUX for ch in kids(verb)):
            return True
        if verb.dep_ != "xcomp" or verb.head == verb:
            return False
        verb = verb.head  # "would not hesitate to respond decisively": the future is the governing verb's
    return False


THREATENED_PEOPLE = frozenset({"anyone", "anybody", "whoever", "attempt", "attempts", "those"})


def _threat_to_protesters(c: MatchContext) -> bool:
    """The threat is aimed at protesters: protest words nearby, or in a report of protests at "anyone
    who" blocks roads or shuts a shop ("anyone who disrupts the market will be dealt with decisively")."""
    return _protest_paragraph(c) or (bool(c.words & THREATENED_PEOPLE) and _protest_document(c))


# verbs and nouns that take a punishment or an act as an institution: "abolish the death penalty", "a
# moratorium on the death penalty", "still carries out the death penalty"
PRACTICE_VERBS = frozenset(
    {
        "abolish",
        "retain",
        "reintroduce",
        "restore",
        "maintain",
        "keep",
        "oppose",
        "support",
        "suspend",
        "apply",
    }
)
PRACTICE_HEADS = frozenset(
    {
        "moratorium",
        "abolition",
        "ban",
        "debate",
        "use",
        "opposition",
        "campaign",
        "end",
        "law",
        "reintroduction",
    }
)


def _not_practice(c: MatchContext) -> bool:
    """A punishment named as an institution, not as a case of it."""
    h = c.head
    gov = h.head
    # "still carries out the death penalty" is the practice; "a charge that carries the death penalty" is
    # what the people charged may face
    if h.dep_ == "dobj" and (
        lemma(gov) in PRACTICE_VERBS
        or (lemma(gov) == "carry" and gov.tag_ in ("VBZ", "VBP") and not _carried_by_charge(gov))
    ):
        return False
    return not (
        h.dep_ == "pobj" and gov.lower_ in ("on", "of", "against", "to") and lemma(gov.head) in PRACTICE_HEADS
    )


def _carried_by_charge(verb: Token) -> bool:
    """ "an offence that can carry the death penalty", "the charge could carry the death penalty": the
    subject of "carry" (or the noun its relative clause modifies) is a charge the people charged may be
    punished for, not a state carrying out a practice. Without a modal ("a charge that carries the death
    penalty") the sentence reads as a plain statement, which the status stage would keep asserted."""
    own = kids(verb)
    if any(c.dep_ == "prt" for c in own) or not any(c.dep_ == "aux" and c.lower_ in MODALS for c in own):
        return False  # "carries out"; no "can" or "could"
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and lemma(subj) in CHARGE_WORDS


CHARGE_WORDS = frozenset({"charge", "offence", "offense", "crime", "count", "accusation"})
MODALS = frozenset({"can", "could", "may", "might", "would"})


DEATH_LEMMAS = frozenset({"kill", "dead", "die", "death", "killing"})
_DEADLY_DOC = "eventwire.senses.deadly_document"


def _deadly_document(doc: Doc) -> bool:
    """People died in the report: a word of killing or death in it (once per Doc)."""
    found = doc.user_data.get(_DEADLY_DOC)
    if not isinstance(found, bool):
        found = any(w in DEATH_LEMMAS for w in lemmas(doc))
        doc.user_data[_DEADLY_DOC] = found
    return found


def _denied(h: Token) -> bool:
    """The act itself is denied: negated ("had not fired"), under a verb of denial ("denied that police
    had fired"), or done by nobody ("no shots were fired")."""
    if any(k.dep_ == "neg" for k in kids(h)):
        return True
    if any(k.dep_ in ("nsubj", "nsubjpass", "dobj") and _none_of(k) for k in kids(h)):
        return True
    cur = h
    for _ in range(3):
        if cur.head == cur:
            return False
        cur = cur.head
        if lemma(cur) in DENIAL_VERBS:
            return True
    return False


DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})


def _none_of(k: Token) -> bool:
    """A doer or thing said to be none: "no shots", or a negated count before the noun ("not a single
    bullet", "not one shot")."""
    if any(g.dep_ == "det" and g.lower_ == "no" for g in kids(k)):
        return True
    return any(g.dep_ == "neg" and g.lower_ == "not" for g in k.subtree if g.i < k.i)


def _deadly_denial(c: MatchContext) -> bool:
    """Firing denied in a report of people killed: the denial answers the killing."""
    return _denied(c.head) and _deadly_document(c.sent.doc)


SHOOTING_LEMMAS = frozenset({"shoot", "gunshot", "gunfire"})
_SHOOTING_DOC = "eventwire.senses.shooting_document"


def _shooting_document(doc: Doc) -> bool:
    """Someone was shot in the report: a word of shooting in it (once per Doc)."""
    found = doc.user_data.get(_SHOOTING_DOC)
    if not isinstance(found, bool):
        found = any(w in SHOOTING_LEMMAS for w in lemmas(doc)) or "shot" in lowers(doc)
        doc.user_data[_SHOOTING_DOC] = found
    return found


def _deadly_shooting_denial(c: MatchContext) -> bool:
    """Live fire denied ("did not fire a single live round", "had not used live bullets") in a report of
    people killed and people shot: the denial answers the shooting deaths (not the deaths of a report
    that tells of tear-gas canisters only). A munition named as the object is denied by its verb."""
    h = c.head
    if h.pos_ in ("NOUN", "PROPN") and h.dep_ in ("dobj", "nsubjpass") and h.head.pos_ in ("VERB", "AUX"):
        h = h.head  # "had not used live bullets", "no live rounds were deployed"
    doc = c.sent.doc
    return _denied(h) and _deadly_document(doc) and _shooting_document(doc)


def _not_deadly_shooting_denial(c: MatchContext) -> bool:
    return not _deadly_shooting_denial(c)


def _denial_of_deaths_told(c: MatchContext) -> bool:
    """ "not a single bullet was fired" just after the report of people shot dead it answers, in its
    paragraph ("dismissed reports that troops had shot dead three protesters. 'Not a single bullet was
    fired'"); not after a report of firing alone ("rejected reports that soldiers had opened fire on
    marchers"), nor in a dispersal account told before any death ("used only tear gas and not a single
    bullet was fired")."""
    if not _deadly_shooting_denial(c):
        return False
    para = _paragraph(c)
    return any(lemma(t) in DEATH_LEMMAS for t in c.sent.doc[para.start : c.sent.start])


def _not_denial_of_deaths_told(c: MatchContext) -> bool:
    return not _denial_of_deaths_told(c)


def _animate_patient_or_fire(c: MatchContext) -> bool:
    """ "denied that anyone was shot" (a person), or firing told with no object ("had fired on")."""
    return lemma(c.head) != "shoot" or len(c.tokens) > 1 or _animate_patient(c)


def _not_deadly_denial(c: MatchContext) -> bool:
    return not _deadly_denial(c)


def _passive_subject(c: MatchContext) -> bool:
    """The head noun is the passive subject of the phrase's verb ("no force was used", "batons had been
    used"), not the doer of an active one ("security forces used tear gas")."""
    h = c.head
    return h.dep_ == "nsubjpass" and any(t.i == h.head.i for t in c.tokens)


CALL_VERBS = frozenset({"call", "urge", "ask", "appeal", "invite", "encourage", "tell", "instruct", "order"})


def _called_to_act(c: MatchContext) -> bool:
    """The act is what someone is called on to do: "called on supporters to stay home", "urged women to
    dress in black", "asked residents to stay at home on Monday"."""
    cur = c.head
    for _ in range(3):
        if cur.dep_ == "conj" and cur.head != cur:
            cur = cur.head  # "to dress in black and post photos"
            continue
        break
    if cur.dep_ not in ("xcomp", "advcl", "ccomp") or cur.head == cur:
        return False
    return lemma(cur.head) in CALL_VERBS


CALLING_WORDS = frozenset({"call", "urge", "appeal", "vow", "plan", "announce", "threaten", "warn", "pledge"})


def _future_or_called(c: MatchContext) -> bool:
    """The act is still to come: a future auxiliary on the trigger or on the verb whose argument it is
    ("would lay siege to the capital", "the siege of Paris would tighten"), or a call, plan, vow or
    warning in its sentence ("urged workers to join a caravan to the palace")."""
    if c.words & CALLING_WORDS:
        return True
    h = c.head
    holders = [h, h.head] if h.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and h.head != h else [h]
    if h.dep_ == "pobj" and h.head.head != h.head:
        holders.append(h.head.head)
    return any(ch.dep_ in ("aux", "auxpass") and ch.lower_ in FUTURE_AUX for v in holders for ch in kids(v))


def _protest_paragraph_or_call(c: MatchContext) -> bool:
    """Protest words near the trigger, or a call, plan or threat of the act in a report about protests."""
    return _protest_paragraph(c) or (_protest_document(c) and _future_or_called(c))


STOP_VERBS = frozenset({"stop", "end", "cease", "halt", "refrain", "avoid", "quit"})


def _told_use(c: MatchContext) -> bool:
    """A use of force told or denied, not demanded ("must stop using lethal force against protesters") nor
    the lesser act a denial admits ("force had been used 'only against violent participants'")."""
    verb = next((t for t in c.tokens if lemma(t) == "use"), c.head)
    if verb.dep_ in ("xcomp", "pcomp", "dobj") and verb.head != verb and lemma(verb.head) in STOP_VERBS:
        return False
    low = lowers(c.sent.doc)
    last = max(t.i for t in c.tokens)
    return "only" not in low[verb.i : min(last + 4, c.sent.end)]


# what keeps working when a strike or a closure fails: shops, markets, schools, offices, transport
NORMAL_TRADES = CLOSED_TRADES | frozenset(
    {
        "class",
        "school",
        "university",
        "college",
        "office",
        "bank",
        "centre",
        "center",
        "factory",
        "transport",
        "freight",
        "traffic",
        "tanker",
        "truck",
        "bus",
        "taxi",
        "commerce",
        "trade",
        "port",
        "mine",
        "refinery",
        "hospital",
        "court",
    }
)
STRIKE_WORDS = frozenset(
    {"strike", "striker", "shutdown", "closure", "walkout", "stoppage", "bandh", "hartal", "stayaway"}
)


def _normal_trade(c: MatchContext) -> bool:
    """Shops, schools or transport working as usual in a report of a strike or closure ("shops were open as
    usual", "classes were held normally"; not "the mobile network was operating normally")."""
    if doc_word_set(c.sent.doc).isdisjoint(STRIKE_WORDS):
        return False
    h = c.head
    holders = [h, h.head] if h.dep_ in CLOSURE_LINKS and h.head != h else [h]
    for v in holders:
        for s in kids(v):
            if s.dep_ in ("nsubj", "nsubjpass"):
                names = {lemma(s), s.lower_} | {lemma(g) for g in s.subtree if g.dep_ == "conj"}
                return bool(names & NORMAL_TRADES)
    return False


def _hunger_strike_document(c: MatchContext) -> bool:
    """A hunger strike in the document: "he eats normally" denies it."""
    return "hunger" in doc_word_set(c.sent.doc) and not doc_word_set(c.sent.doc).isdisjoint(STRIKE_WORDS)


def _labor_subject_or_call(c: MatchContext) -> bool:
    """Work stopped by those who do it: workers or their union as the doer ("its members would stop hauling
    flour", "workers would halt production"), or a call on them to stop ("urged colleagues to stop work")."""
    if _labor_subject(c) or _transport_subject(c) or _called_to_act(c):
        return True
    s = _antecedent(subject(c.head))
    if s is None or lemma(s) != "member":
        return False
    # "its members", "union members": the members of a union or of the workers named before
    owners = {lemma(t) for t in s.subtree} | {lemma(t) for t in c.sent if t.dep_ == "poss" or t.i < s.i}
    return bool(owners & (LABOR_WORDS | TRANSPORT_WORKERS))


CHECKS: dict[str, Callable[[MatchContext], bool]] = {
    "deadly_denial": _deadly_denial,
    "animate_patient_or_fire": _animate_patient_or_fire,
    "not_deadly_denial": _not_deadly_denial,
    "deadly_shooting_denial": _deadly_shooting_denial,
    "not_deadly_shooting_denial": _not_deadly_shooting_denial,
    "not_practice": _not_practice,
    "weapon_doer_or_instrument": _weapon_doer_or_instrument,
    "armed_strike_again": _armed_strike_again,
    "not_place_patient": _not_place_patient,
    "denial_of_deaths_told": _denial_of_deaths_told,
    "not_denial_of_deaths_told": _not_denial_of_deaths_told,
    "not_evacuation": _not_evacuation,
    "warned_or_future": _warned_or_future,
    "threat_to_protesters": _threat_to_protesters,
    "animate_patient": _animate_patient,
    "shop_context": _shop_context,
    "shop_subject": _shop_subject,
    "no_finance_words": _no_finance_words,
    "transport_subject": _transport_subject,
    "dated_of": _dated_of,
    "not_armed_subject": _not_armed_subject,
    "not_abstract_killer": _not_abstract_killer,
    "force_on_people": _force_on_people,
    "execution_paragraph": _execution_paragraph,
    "not_wave_reference": _not_wave_reference,
    "violent_or_protest_document": _violent_or_protest_document,
    "state_force_subject": _state_force_subject,
    "instrument_alone": _instrument_alone,
    "device_in_sentence": _device_in_sentence,
    "protest_paragraph": _protest_paragraph,
    "civilian_subject": _civilian_subject,
    "armed_or_weapon_subject": _armed_or_weapon_subject,
    "force_context": _force_context,
    "force_or_protest_context": _force_or_protest_context,
    "not_metaphor_of": _not_metaphor_of,
    "strict_animate_patient": _strict_animate_patient,
    "held_person": _held_person,
    "not_phrasal": _not_phrasal,
    "transitive_or_passive": _transitive_or_passive,
    "violent_cause": _violent_cause,
    "counted_dead": _counted_dead,
    "not_compound_modifier": _not_compound_modifier,
    "not_sports": _not_sports,
    "not_finance": _not_finance,
    "not_month": _not_month,
    "crowd_subject": _crowd_subject,
    "during_arrest": _during_arrest,
    "armed_clash": _armed_clash,
    "not_armed_clash": _not_armed_clash,
    "future_return": _future_return,
    "uprising_subject": _uprising_subject,
    "riot_context": _riot_context,
    "riot_subject": _riot_subject,
    "not_riot_subject": _not_riot_subject,
    "custody_context": _custody,
    "no_custody_context": _not_custody,
    "protest_context": _protest_context,
    "protest_paragraph_context": _protest_paragraph_context,
    "state_or_unknown_doer": _state_or_unknown_doer,
    "armed_doer_or_no_protest": _armed_doer_or_no_protest,
    "no_protest_context": _no_protest_context,
    "not_protest_context_shooting": _no_protest_context,
    "killing_context_or_dead": _killing_context_or_dead,
    "no_killing_context": _no_killing_context,
    "armed_assault_on_post": _armed_assault_on_post,
    "no_firearms": _no_firearms,
    "violent_context": _violent,
    "not_execution_context": _not_execution_context,
    "internet_context": _internet,
    "no_internet_context": _no_internet,
    "air_context": _air,
    "no_air_context": _no_air,
    "violent_context_or_device": _violent_or_device,
    "weapon_subject": _weapon_subject,
    "labor_subject": _labor_subject,
    "not_verbal_attack": _not_verbal_attack,
    "not_medical": _not_medical,
    "not_gas_shell": _not_gas_shell,
    "weapon_impact": _weapon_impact,
    "unarmed_doer": _unarmed_doer,
    "protest_demonstrate": _protest_demonstrate,
    "not_ordinary_occasion": _not_ordinary_occasion,
    "not_military_strike": _not_military_strike,
    "not_participle": _not_participle,
    "military_strike": _military_strike,
    "not_mock": _not_mock,
    "execution_sense": _execution_sense,
    "state_on_crowd": _state_on_crowd,
    "bomb_verb": _bomb_verb,
    "not_less_lethal": _not_less_lethal,
    "not_state_shooting": _not_state_shooting,
    "not_death_setting": _not_death_setting,
    "not_shot_down": _not_shot_down,
    "not_killing_instrument": _not_killing_instrument,
    "rams_people": _rams_people,
    "not_force_victim": _not_force_victim,
    "not_projected_toll": _not_projected_toll,
    "not_raid_of_arrest": _not_raid_of_arrest,
    "not_at_armed_men": _not_at_armed_men,
    "no_weapon_fired": _no_weapon_fired,
    "not_idiom_way": _not_idiom_way,
    "riot_subject_or_none": _riot_subject_or_none,
    "custody_beating": _custody_beating,
    "nonstate_armed_subject": _nonstate_armed_subject,
    "not_political_boycott": _not_political_boycott,
    "not_attributive": _not_attributive,
    "riot_doer": _riot_doer,
    "not_nonstate_armed_subject": _not_nonstate_armed_subject,
    "no_custody_beating": _not_custody_beating,
    "not_accountable": _not_accountable,
    "inanimate_patient": _inanimate_patient,
    "aircraft_patient": _aircraft_patient,
    "armed_context": _armed_context,
    "not_accidental": _not_accidental,
    "not_accident_toll": _not_accident_toll,
    "not_unhurt_outcome": _not_unhurt_outcome,
    "not_armed_abductor": _not_armed_abductor,
    "not_caused_closure": _not_caused_closure,
    "not_state_on_crowd": _not_state_on_crowd,
    "passive_subject": _passive_subject,
    "called_to_act": _called_to_act,
    "labor_subject_or_call": _labor_subject_or_call,
    "protest_paragraph_or_call": _protest_paragraph_or_call,
    "told_use": _told_use,
    "normal_trade": _normal_trade,
    "hunger_strike_document": _hunger_strike_document,
}


def passes(checks: tuple[str, ...], ctx: MatchContext) -> bool:
    """True when every named check passes (an unknown name is a lexicon error and fails)."""
    for name in checks:
        fn = CHECKS.get(name)
        if fn is None or not fn(ctx):
            return False
    return True
