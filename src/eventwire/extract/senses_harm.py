"""Sense checks on who or what is hurt and how: patients, accidents, tolls, units, occasions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import word_set
from .senses_context import MatchContext, _animate_patient, _antecedent, _modifiers, _paragraph
from .senses_words import (
    ACCIDENT_MODIFIERS,
    ARMED_SIDES,
    CROWD_WORDS,
    LABOR_WORDS,
    REQUEST_VERBS,
    STATE_FORCE_NOUNS,
)
from .syntax import agent, is_animate, kids, lemma, patient, subject

if TYPE_CHECKING:
    from spacy.tokens import Token


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
    if _rebels_take_name(c.head, p):
        return False  # "M23 fighters seized Goma": the tagger may call the town a person
    return not (p.ent_type_ in ("GPE", "LOC", "FAC") or lemma(p) in TAKEN_PLACES)


# ground an armed side takes ("retook several towns", "the barracks was recaptured"); not the buildings a
# crowd occupies ("office", "parliament", "station")
TERRITORY = frozenset(
    {"town", "city", "village", "base", "barracks", "camp", "airport", "port", "capital", "territory"}
    | {"district", "area", "region", "province", "garrison", "outpost", "position", "hill", "stronghold"}
    | {
        "enclave",
        "locality",
        "commune",
        "county",
        "crossing",
        "airfield",
        "airbase",
        "border",
        "headquarters",
    }
)
TAKING_VERBS = frozenset({"seize", "capture", "take", "retake", "recapture"})


def _rebel_doer(s: Token | None) -> bool:
    """The doer names a non-state armed group: rebels, fighters, militants, gunmen, insurgents."""
    if s is None:
        return False
    names = {lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree}
    return bool(names & word_set("armed_clash"))


HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."})


def _named_person(p: Token) -> bool:
    """A name told as a person's: an age beside it ("Tawanda Moyo, 26, and Chipo Ndlovu, 24, were
    seized"), or an honorific ("Mr Banda"); so no town however the tagger reads it."""
    names = [p, *(c for c in p.conjuncts if c.pos_ == "PROPN")]
    for n in names:
        if any(ch.dep_ == "appos" and ch.like_num for ch in kids(n)):
            return True
        if any(t.lower_ in HONORIFICS for t in n.lefts):
            return True
    return False


def _rebels_take_name(h: Token, p: Token) -> bool:
    """Rebels or fighters seizing a bare name ("M23 fighters seized Goma", "and took Bukavu"): a town."""
    if lemma(h) not in TAKING_VERBS or p.pos_ != "PROPN" or p.ent_type_ == "NORP":
        return False
    if _named_person(p):
        return False
    return _rebel_doer(_antecedent(subject(h) or agent(h)))


def _takes_up_positions(h: Token, p: Token) -> bool:
    """Forces deployed, no ground taken: "security forces took positions in the affected areas", "troops
    took up positions around the square" (not "rebels took the army's positions", "took government
    positions": someone's positions taken)."""
    if lemma(h) != "take" or lemma(p) != "position":
        return False
    return not any(ch.dep_ in ("poss", "compound", "det", "nmod") or ch.lower_ == "of" for ch in kids(p))


def _takes_territory(c: MatchContext) -> bool:
    """An armed side seizes, captures or retakes ground: "rebels captured the town", "M23 fighters seized
    Goma", "the group retook several towns", "the barracks was recaptured" (armed men in the paragraph);
    not "protesters seized the square", "the president took office"."""
    h = c.head
    p = patient(h)
    if p is None:
        return False
    if _rebels_take_name(h, p):
        return True
    if _takes_up_positions(h, p):
        return False
    if not (p.ent_type_ in ("GPE", "LOC", "FAC") or lemma(p) in TERRITORY or p.lower_ in TERRITORY):
        return False
    s = _antecedent(subject(h) or agent(h))
    armed = word_set("armed_clash") | word_set("armed_doers") | ARMED_SIDES
    if s is not None:
        names = {lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree}
        if names & armed:
            return True
        if names & (CROWD_WORDS | word_set("riot_subject") | word_set("protest")) or lemma(h) == "take":
            return False
    # "the group retook several towns", "the barracks was recaptured": armed men named around it
    para = _paragraph(c)
    return any(lemma(t) in armed or t.lower_ in armed for t in para)


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

# who picks people up when it is no arrest: a vehicle, a rescuer, kin, the press or a sensor
PICKED_UP_BY_OTHERS = frozenset(
    {"ambulance", "ambulances", "bus", "buses", "car", "boat", "boats", "helicopter", "vehicle", "vehicles"}
    | {"rescuer", "rescuers", "relative", "relatives", "family", "families", "parent", "parents", "friend"}
    | {"friends", "medic", "medics", "volunteer", "volunteers", "media", "camera", "cameras", "press"}
)


# men the text does not identify, as takers (M61): "unidentified armed men", "hooded men", "masked men",
# "men in plain clothes", "men in civilian clothes"
UNKNOWN_TAKERS = frozenset({"man", "men", "individual", "individuals", "person", "persons", "people"})
UNKNOWN_MARKS = frozenset(
    {"unidentified", "unknown", "hooded", "masked", "armed", "plainclothes", "plainclothed"}
)
# a person named by an office in a party or a union ("our deputy chairman", "the union's secretary")
OFFICE_NOUNS = frozenset(
    {"chairman", "chairwoman", "chairperson", "secretary", "spokesman", "spokeswoman", "spokesperson"}
    | {"president", "coordinator", "deputy", "editor", "founder", "treasurer", "organiser", "organizer"}
)


def _unknown_takers(t: Token) -> bool:
    if lemma(t) not in UNKNOWN_TAKERS and t.lower_ not in UNKNOWN_TAKERS:
        return False
    for g in kids(t):
        if g.dep_ in ("amod", "compound") and g.lower_ in UNKNOWN_MARKS:
            return True
        clothes = any(lemma(o) in ("clothe", "clothes") for o in kids(g) if o.dep_ == "pobj")
        if g.dep_ == "prep" and g.lower_ == "in" and clothes:
            return True  # "men in plain clothes", "men in civilian clothes"
    return False


def _taken_by_unknown_men(c: MatchContext) -> bool:
    """A person taken away by men the text does not identify (M61: an arrest, also when unacknowledged):
    "was taken from his home by men in plain clothes", "men in plain clothes took the journalist from a
    café", "was seized outside the court by masked men"; not a thing or a place taken ("took control")."""
    h = c.head
    takers = agent(h) or subject(h)
    if takers is None or not _unknown_takers(takers):
        return False
    p = patient(h)
    if p is None or p.i in {t.i for t in c.tokens} or p.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    if lemma(p) in word_set("inanimate") or lemma(p) in TAKEN_PLACES:
        return False
    return is_animate(p, word_set("animate")) or lemma(p) in OFFICE_NOUNS


def _picked_up_person(c: MatchContext) -> bool:
    """A person "picked up" in the passive, as people are by the police: "was picked up from his house",
    "had been picked up at their homes before dawn", "a union leader, picked up at a roadblock"; not an
    active "picked up the phone" / "picked up passengers", nor "were picked up by an ambulance"."""
    h = c.head
    reduced = h.dep_ == "acl" and h.tag_ == "VBN" and h.head != h and h.head.pos_ in ("NOUN", "PROPN")
    if not reduced and not any(ch.dep_ == "auxpass" for ch in kids(h)):
        # the tagger reads a reduced relative after a comma as a main verb ("a union leader, John Phiri,
        # picked up at a checkpoint"): no object, a comma before it, a person before the comma
        if h.i < 2 or h.doc[h.i - 1].lower_ != "," or patient(h) is not None:
            return False
        named = h.doc[h.i - 2]  # the person the comma closes
        animate = is_animate(named, word_set("animate")) and named.pos_ == "NOUN"
        return named.ent_type_ == "PERSON" or animate
    a = agent(h)
    if a is not None and (lemma(a) in PICKED_UP_BY_OTHERS or a.lower_ in PICKED_UP_BY_OTHERS):
        return False
    p = patient(h)
    if p is not None and p.tag_ in ("WP", "WDT") and h.dep_ == "relcl" and h.head != h:
        p = h.head  # "activists who were picked up": the noun the clause describes
    return p is not None and is_animate(p, word_set("animate")) and lemma(p) not in word_set("inanimate")


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


# who or what comes under fire in a fight, not in a debate: forces, posts, vehicles, places
UNDER_FIRE_HOLDERS = frozenset(
    {"police", "policeman", "policemen", "officer", "officers", "patrol", "convoy", "vehicle", "vehicles"}
    | {"car", "bus", "truck", "boat", "ship", "helicopter", "aircraft", "plane", "ambulance", "unit", "units"}
    | {"checkpoint", "post", "outpost", "position", "positions", "station", "school", "hospital", "market"}
    | {"neighbourhood", "neighborhood", "residential", "we"}
)

# those whose "fire" is words: "came under fire from rights groups", "from critics", "from all sides"
UNDER_FIRE_CRITICS = frozenset(
    {"critic", "lawmaker", "legislator", "opposition", "union", "employer", "activist", "rights", "media"}
    | {"press", "parliament", "mp", "senator", "commentator", "party", "campaigner", "side", "group", "ngo"}
)


def _under_fire_literal(c: MatchContext) -> bool:
    """ "officers came under fire from gunmen", "the region had come under shelling", "troops came under
    heavy fire": a side, a post or a place fired on; not a figure criticised ("the minister came under fire
    over the draft", "the government has come under fire from employers", "came under fire for").
    """
    h = c.head
    if any(ch.dep_ == "prep" and ch.lower_ in ("for", "over") for ch in kids(h)):
        return False
    for prep in (ch for ch in kids(h) if ch.dep_ == "prep" and ch.lower_ == "from"):
        if any(lemma(t) in UNDER_FIRE_CRITICS or t.lower_ in UNDER_FIRE_CRITICS for t in prep.subtree):
            return False  # "came under fire from rights groups", "from all sides"
    s = _antecedent(subject(h))
    if s is None:
        return False
    names = {lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree}
    sides = word_set("armed_clash") | word_set("armed_doers") | ARMED_SIDES | STATE_FORCE_NOUNS
    return bool(names & (sides | UNDER_FIRE_HOLDERS | TERRITORY)) or lemma(s) in TAKEN_PLACES


_WAR_DOC_KEY = "eventwire.senses.war_document"
# "armed groups", "armed men", "armed factions": an armed side however unnamed
ARMED_GROUP_HEADS = frozenset({"group", "man", "faction", "band", "gang"})


# verbs that name what a fighting already told is, not a new act ("calling the fighting a war on children")
NAMING_VERBS = frozenset({"call", "describe", "term", "label", "brand", "condemn", "blame"})


def _war_document(c: MatchContext) -> bool:
    """ "the fighting" in a report of a war ("analysts expect the fighting to spread"): non-state armed men
    named at least twice in the document. Not a bare "tribal fighting has been fuelled by land disputes" (a
    background), nor the fighting named by a speaker ("calling the fighting a war")."""
    h = c.head
    if not any(ch.dep_ == "det" and ch.lower_ == "the" for ch in kids(h)):
        return False
    if h.dep_ == "dobj" and lemma(h.head) in NAMING_VERBS:
        return False
    return _armed_document(c)


def _armed_document(c: MatchContext) -> bool:
    """Non-state armed men named at least twice in the document (cached per document): a report of a war
    or an insurgency ("M23 fighters", "the rebels", "militants")."""
    doc = c.sent.doc
    cached = doc.user_data.get(_WAR_DOC_KEY)
    if isinstance(cached, bool):
        return cached
    armed = (word_set("armed_clash") - {"armed"}) | {"militia", "militias", "militiaman", "militiamen"}
    n = len(doc)
    found = (
        sum(
            1
            for t in doc
            if t.lower_ in armed
            or lemma(t) in armed
            or (t.lower_ == "armed" and t.i + 1 < n and lemma(doc[t.i + 1]) in ARMED_GROUP_HEADS)
        )
        >= 2
    )
    doc.user_data[_WAR_DOC_KEY] = found
    return found


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
    armed = armed | {"henchman", "henchmen", "goon", "goons", "abductor", "abductors"}
    if s is not None:
        return not ({lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree}) & armed
    return not (c.words & armed)


def _not_caused_closure(c: MatchContext) -> bool:
    """ "shops stayed closed because the army blocked the roads", "markets stayed shut for fear of a further
    attack": a closure caused by something else, not a shutdown by the shopkeepers."""
    own = word_set("protest") | LABOR_WORDS | {"boycott", "solidarity", "shutdown"}
    # the phrase's own words too: "kept the market closed … for fear of" hangs on "closed", not "market"
    for tok in (*c.tokens, *c.head.ancestors):
        for ch in kids(tok):
            marked = ch.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "because" for g in kids(ch))
            causal = marked or (ch.dep_ == "prep" and ch.lower_ in ("because", "due", "owing"))
            # "stayed shut for fear of a further attack", "closed out of fear of reprisals"
            feared = ch.dep_ == "prep" and ch.lower_ in ("for", "out")
            causal = causal or (feared and any(lemma(g) == "fear" for g in kids(ch)))
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


FIRED_AT = frozenset({"at", "on", "upon", "into"})


def _fired_at_people(c: MatchContext) -> bool:
    """Shots fired at a crowd or people written after "at", "on" or "into" ("opened fire on mobs setting
    fire to property", "fired shotgun pellets at youths"): not at one man, a vehicle, a patrol or armed
    men, not tear gas (its own entries), nor a firing with no target written ("the gendarmes opened fire")."""
    span = c.head.doc[c.tokens[0].i : c.tokens[-1].i + 1]
    if any(t.lower_ in ("gas", "teargas", "cannon") for t in span):
        return False
    preps = [t for t in c.tokens if t.lower_ in FIRED_AT and t.dep_ == "prep"]
    for tok in c.tokens:  # "opened fire on mobs": the preposition may hang on "fire"
        preps += [ch for ch in kids(tok) if ch.dep_ == "prep" and ch.lower_ in FIRED_AT and ch not in preps]
    for prep in preps:
        target = next((g for g in kids(prep) if g.dep_ == "pobj"), None)
        if target is None:  # "on mobs setting fire to property": the clause's subject
            clause = next((g for g in kids(prep) if g.dep_ == "pcomp"), None)
            if clause is not None:
                target = next((g for g in kids(clause) if g.dep_ == "nsubj"), None)
        if target is None:
            continue
        names = {lemma(target), target.lower_}
        if names & (word_set("security_nouns") | STATE_FORCE_NOUNS | word_set("armed_clash")):
            return False
        # a crowd ("mobs") or people in the plural ("peaceful residents", "youths"), not one man shot at
        return bool(names & CROWD_WORDS) or (
            target.tag_ in ("NNS", "NNPS") and is_animate(target, word_set("animate"))
        )
    return False


POLICE_FIRERS = frozenset({"police", "policeman", "policemen", "cop", "cops", "constable", "constables"})


def _untargeted_fire(c: MatchContext) -> bool:
    """The police opening fire with nothing written as fired at, no weapon of war, not into the air (its own
    entries), in no report of a war: "the police also opened fire in the area", "police opened fire and
    arrested 39 men" (force used on the public). Not soldiers or gendarmes answering an attack ("denied that
    its troops had opened fire", "before the gendarmes opened fire"): a battle, told by its own words."""
    s = _antecedent(subject(c.head) or agent(c.head))
    if s is None or not ({lemma(s), s.lower_} & POLICE_FIRERS):
        return False
    words = [c.head, *(ch for t in c.tokens for ch in kids(t))]
    if any(t.dep_ == "prep" and t.lower_ in FIRED_AT | {"towards", "toward", "with"} for t in words):
        return False
    if any(t.lower_ == "air" for t in c.sent):
        return False
    return not _armed_document(c)


def _not_force_victim(c: MatchContext) -> bool:
    """ "a policeman was shot by a mob": the state's own men hit are no repression of a crowd."""
    p = patient(c.head)
    if p is None:
        return True
    names = {lemma(p), p.lower_}
    return not (names & (word_set("security_nouns") | STATE_FORCE_NOUNS))


# heads that only rank or gather the people named after them: "a column of marchers", "a line of protesters"
RANKS_OF_PEOPLE = frozenset(
    {"column", "line", "group", "procession", "crowd", "convoy", "file", "row", "knot"}
)


def _rams_people(c: MatchContext) -> bool:
    """ "a vehicle rammed into them", "a truck ploughed into the crowd": a vehicle driven into people
    (not "a car ran into a wall")."""
    into = next((ch for ch in kids(c.head) if ch.dep_ == "prep" and ch.lower_ == "into"), None)
    target = next((g for g in kids(into) if g.dep_ == "pobj"), None) if into is not None else None
    if target is None:
        target = patient(c.head)
    if target is not None and lemma(target) in RANKS_OF_PEOPLE:
        # "drove into a column of marchers", "ploughed into a group of mourners": the people so ranked
        of = next((ch for ch in kids(target) if ch.dep_ == "prep" and ch.lower_ == "of"), None)
        target = next((g for g in kids(of) if g.dep_ == "pobj"), target) if of is not None else target
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


# what a force breaks up when it disperses people (the older phrases name "protest", "rally", "crowd")
BROKEN_UP = frozenset(
    {"gathering", "vigil", "demonstration", "march", "sit", "assembly", "picket", "occupation"}
)


def _breaks_up_gathering(c: MatchContext) -> bool:
    """ "broke up the vigil", "to break up a gathering of supporters", "the sit-in was broken up": a
    gathering dispersed (not "talks broke up", "the group broke up into cells")."""
    h = c.head
    if not any(ch.dep_ == "prt" and ch.lower_ == "up" for ch in kids(h)):
        return False
    p = patient(h)
    return p is not None and (lemma(p) in BROKEN_UP or p.lower_ in BROKEN_UP)


# what is neutralised when it is no fighter: a device, a danger, an effect
NEUTRALISED_THINGS = frozenset(
    {"bomb", "device", "ied", "mine", "explosive", "threat", "risk", "danger", "effect", "charge", "drone"}
    | {"missile", "rocket", "shell", "grenade", "virus", "acid", "poison", "toxin", "opposition", "argument"}
)
# a participle clause or a noun's participle hangs the verb on an act or a count already told
# ("repelled the attack, neutralising 80 assailants", "the number of fighters neutralised")
_NOT_FINITE_DEPS = frozenset({"acl", "amod", "advcl", "relcl", "xcomp", "pcomp"})


def _finite(v: Token) -> bool:
    """A verb with a tense of its own: an auxiliary, or a past or present form heading its clause."""
    if any(ch.dep_ in ("aux", "auxpass") for ch in kids(v)):
        return True
    return v.tag_ in ("VBD", "VBZ", "VBP") and v.dep_ not in _NOT_FINITE_DEPS


def _neutralised_fighters(c: MatchContext) -> bool:
    """ "troops neutralised five of them in a gunfight", "the force has neutralised 47 members of the group",
    "before they were neutralised by law-enforcement bodies": armed men put out of action by a finite verb
    of its own (an attack); not "repelled the attack, neutralising 80 assailants" or "the fighters
    neutralised" (told with the act or count beside them), nor "sappers neutralised the bomb"."""
    h = c.head
    if h.pos_ != "VERB":
        return False
    # "chased the raiders and neutralised six of them": a conjunct shares its head's finite verb
    verb = h.head if h.dep_ == "conj" and h.head.pos_ == "VERB" else h
    if not any(_finite(v) for v in {h, verb}):
        return False
    p = patient(h)
    if p is None or lemma(p) in NEUTRALISED_THINGS or p.lower_ in NEUTRALISED_THINGS:
        return False
    return is_animate(p, word_set("animate"))
