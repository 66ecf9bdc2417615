"""Sense checks on custody, killings, armed posts, devices, weapons and military strikes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .lexicon import word_set
from .senses_context import MatchContext, _antecedent, _modifiers, _not_sports, _protest_paragraph
from .senses_doers import _state_or_unknown_doer
from .senses_words import (
    KILL_WORDS,
    LABOR_STRIKE_MODIFIERS,
    LABOR_WORDS,
    MILITARY_MODIFIERS,
    STRIKE_IMPACT_VERBS,
    STRIKE_PROTEST_WORDS,
    STRIKE_WEAPONS,
    VERBAL_ATTACK_MODIFIERS,
    WAR_STRIKE_WORDS,
)
from .syntax import agent, doc_lemma_set, doc_word_set, kids, lemma, lowers, patient, subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


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
    if found and _custody_only_watched(c):
        return _police_station(c.sent)  # "kicked while he was filming the arrests": a bystander in the street
    if found and _seized_after_beating(c) and not _police_station(c.sent):
        return False  # "beat the women and detained nine", "… before forcing them into vans" (M90)
    if not found and _police_station(c.sent):
        return True  # "kicked and punched by officers at a police station"
    if not found and _held_by_guards(c):
        return True  # "the guards beat him again last week", in a story told from a prison
    if not found:
        return False
    if found - ARREST_ONLY:
        return True
    p = patient(c.head)
    if p is None:
        return True
    names = {lemma(p), p.lower_}
    return not (names & (word_set("protest") | CROWD_VICTIMS))


# guards who hold no one: a site's, a firm's, a border's or a head of state's guard ("private security guards
# beat the workers", "border guards opened fire", "the presidential guard")
NOT_JAILERS = frozenset(
    {
        "security",
        "private",
        "border",
        "national",
        "presidential",
        "republican",
        "revolutionary",
        "royal",
        "community",
        "district",
        "hired",
        "coast",
        "home",
        "village",
        "campus",
        "company",
        "armed",
        "honour",
        "honor",
        "body",
        "civil",
    }
)
JAILERS = frozenset({"guard", "warder", "jailer", "gaoler", "warden"})
# the story tells a place where people are held: its guards are their jailers
PRISON_WORDS = frozenset({"prison", "jail", "gaol", "penitentiary", "inmate", "prisoner", "detainee"})
# people who come to the held, not the held: relatives at a prison gate, their lawyers
VISITORS = frozenset({"mother", "relative", "family", "wife", "visitor", "lawyer", "relatives", "families"})


def _not_jailers(guard: Token) -> bool:
    """ "private security guards", "border guards": guards named as holding no one."""
    mods = [m for m in kids(guard) if m.dep_ in ("compound", "amod")]
    return any(lemma(m) in NOT_JAILERS or m.lower_ in NOT_JAILERS for m in mods)


def _held_by_guards(c: MatchContext) -> bool:
    """A beating done by guards — "the guards beat him again last week", "guards had beaten him after he
    refused to sweep the yard" — in a story that tells a prison or its inmates: the guards are jailers and
    those they beat are held (the type boundaries: ill-treatment of people in custody is `torture`), unless
    the guards are a site's, a firm's or a border's ("private security guards"), or those beaten are a
    crowd or people come to the prison (relatives at the gate)."""
    doer = subject(c.head) or agent(c.head)
    if doer is not None and doer.dep_ == "agent":
        doer = next((g for g in kids(doer) if g.dep_ == "pobj"), None)
    if doer is None or lemma(doer) not in JAILERS:
        return False
    if _not_jailers(doer) or any(lemma(t) in JAILERS and _not_jailers(t) for t in c.sent.doc[: doer.i]):
        # "the guards" after "district security guards" tore down the tents: the guards the story named
        return False
    if not doc_word_set(c.sent.doc) & PRISON_WORDS:
        return False
    p = patient(c.head)
    if p is None:
        return True
    names = {lemma(p), p.lower_}
    return not (names & (word_set("protest") | CROWD_VICTIMS | VISITORS))


# what a bystander does to the arrest he is beaten at: "while filming the arrests", "photographing it"
WATCHING_WORDS = frozenset(
    {
        "film",
        "filming",
        "photograph",
        "photographing",
        "videotape",
        "record",
        "recording",
        "witness",
        "watch",
        "document",
        "cover",
        "footage",
        "video",
        "photo",
    }
)
WATCHED_DEPS = frozenset({"dobj", "pobj", "prep", "ccomp", "xcomp", "acl", "oprd"})


def _custody_words(c: MatchContext) -> list[Token]:
    """The sentence's custody words ("arrest", "detentions", "van") other than the trigger's own."""
    custody = word_set("custody")
    skip = {t.i for t in c.tokens}
    return [t for t in c.sent if t.i not in skip and (t.lower_ in custody or lemma(t) in custody)]


def _custody_only_watched(c: MatchContext) -> bool:
    """Every custody word of the sentence is what someone films, photographs or watches ("beaten a
    photographer who was filming the detentions", "struck while he was photographing an arrest"): the arrest
    is the scene the victim records, not a custody he is held in (M90, type boundaries: a street beating)."""
    hits = _custody_words(c)
    if not hits:
        return False
    for t in hits:
        cur, watched = t, False
        while cur.head.i != cur.i and cur.i != c.head.i:
            up = cur.head
            if cur.dep_ in WATCHED_DEPS and (lemma(up) in WATCHING_WORDS or up.lower_ in WATCHING_WORDS):
                watched = True
                break
            cur = up
        if not watched:
            return False
    return True


def _beaten_filming_arrest(c: MatchContext) -> bool:
    """A beating whose sentence's only custody is the arrest the victim films or watches, at no police
    station: force on a bystander in the street (`repression`, the type boundaries and M90)."""
    return bool(c.words & word_set("custody")) and _custody_only_watched(c) and not _police_station(c.sent)


# the arrest verbs a beating told before it can be conjoined to ("beat the women and detained nine"); not
# "beaten and dragged into a bus", which tells the handling of people a dispersal already holds
SEIZING_LEMMAS = frozenset({"arrest", "detain", "seize"})
# the only custody words such a seizure may hold: the arrest and the vehicle people are put into
SEIZURE_WORDS = (ARREST_ONLY - {"held"}) | {"van", "vans", "bus", "buses"}


def _seized_after_beating(c: MatchContext) -> bool:
    """Every custody word of the sentence is an arrest told after the beating, in a verb conjoined to it
    ("agents beat several women with batons and detained at least nine people") or a ``before`` clause on it
    ("beat the women before forcing them into vans"): force as people are seized, before they are held (M90:
    `repression`), not ill-treatment in custody."""
    head = c.head
    hits = _custody_words(c)
    if not hits or any(t.lower_ not in SEIZURE_WORDS and lemma(t) not in SEIZURE_WORDS for t in hits):
        return False
    later: set[int] = set()
    for k in kids(head):
        if k.i <= head.i:
            continue
        conj = k.dep_ == "conj" and k.pos_ == "VERB" and lemma(k) in SEIZING_LEMMAS
        before = (k.dep_ in ("prep", "advcl", "mark") and k.lower_ == "before") or (
            k.dep_ == "advcl" and any(m.lower_ == "before" for m in kids(k) if m.dep_ in ("mark", "prep"))
        )
        if conj or before:
            later.update(t.i for t in k.subtree)
    return all(t.i in later for t in hits)


def _police_station(sent: Span) -> bool:
    """The sentence names a police station, lock-up or precinct: a place of custody."""
    low = lowers(sent.doc)
    police = -99
    for i in range(sent.start, sent.end):
        w = low[i]
        if w in ("precinct", "lock-up", "lockup", "commissariat", "gendarmerie"):
            return True
        if w == "police":
            police = i
        elif w in POLICE_SITES and i - police <= 6:
            return True  # "a police station", "the Metropolitan Police (Polda Metro Jaya) headquarters"
    return False


POLICE_SITES = frozenset(
    {"station", "stations", "headquarters", "department", "base", "post", "cells", "prefecture", "precincts"}
)


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


# what a shutdown cuts, named as the thing blocked ("mobile internet had been throttled", "access to
# WhatsApp and Instagram has been blocked"); "data" only as "mobile data" (not "the road network")
INTERNET_PATIENTS = frozenset(
    {
        "internet",
        "connectivity",
        "broadband",
        "instagram",
        "whatsapp",
        "telegram",
        "twitter",
        "facebook",
        "youtube",
        "tiktok",
        "vpn",
        "vpns",
        "3g",
        "4g",
    }
)


def _internet_patient(c: MatchContext) -> bool:
    """The thing blocked, restricted or switched off is the internet, a platform or mobile data, however
    far the verb stands from it ("Mobile data across the country was switched off", "Mobile internet in
    the province, restricted on Friday")."""
    p = patient(c.head)
    if p is None:
        return False
    words = {t.lower_ for t in p.subtree}
    return bool(words & INTERNET_PATIENTS) or {"mobile", "data"} <= words


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
    if s is None:
        return False
    weapons = word_set("weapon")
    # a plural opening the sentence may be tagged a proper name and keep its plural as its lemma:
    # "Shells fired by the militia struck a market", "Rockets hit the airport"
    bare = s.lower_[:-1] if s.pos_ == "PROPN" and s.lower_.endswith("s") else s.lower_
    return lemma(s) in weapons or s.lower_ in weapons or bare in weapons


# what explodes, written as the doer of the damage ("an explosive device destroyed the car")
DEVICE_DOERS = frozenset(
    {"bomb", "device", "explosive", "ied", "grenade", "mine", "landmine", "blast", "explosion", "bombing"}
)


def _device_subject(c: MatchContext) -> bool:
    """A bomb, a device or a blast destroyed or damaged something: a bombing."""
    s = subject(c.head) or agent(c.head)
    return s is not None and (lemma(s) in DEVICE_DOERS or s.lower_ in DEVICE_DOERS)


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


# what only a crowd or gang fights with, thrown or swung: stones, sticks, bottles, fireworks (K10's
# "stick-and-stone gang"); no blade, since K10 draws its line by who acts, not by the blade
CROWD_INSTRUMENTS = frozenset(
    {"stone", "rock", "brick", "stick", "club", "cudgel", "bat", "bar", "rod", "pipe", "plank", "bottle"}
    | {"sling", "catapult", "firework", "firecracker", "slingshot", "lathi"}
)


def _instruments(h: Token) -> list[Token]:
    """The nouns of "with …" on the verb or, as parsed, on its object ("attacked police with stones and
    sticks")."""
    out: list[Token] = []
    for holder in (h, *(ch for ch in kids(h) if ch.dep_ == "dobj")):
        for w in kids(holder):
            if w.dep_ == "prep" and w.lower_ == "with":
                out.extend(x for g in kids(w) if g.dep_ == "pobj" for x in (g, *g.conjuncts))
    return out


def _crowd_weapons(c: MatchContext) -> bool:
    """An assault made only with a crowd's weapons ("the groups attacked police officers with stones, sticks
    and fireworks", "unknown men attacked our office with stones"): a riot (the type boundaries: violence by a
    crowd or mob with stones; K10's stick-and-stone gang), unless the doer is the state's men or an armed
    band."""
    arms = _instruments(c.head)
    if not arms or not all(lemma(x) in CROWD_INSTRUMENTS or x.lower_ in CROWD_INSTRUMENTS for x in arms):
        return False
    s = _antecedent(subject(c.head) or agent(c.head))
    if s is None:
        return True
    names = {lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree}
    armed = word_set("security_nouns") | word_set("armed_clash") | word_set("armed_doers") | STATE_FORCE_WORDS
    return not (names & (armed | NONSTATE_ARMED))


# places a raid overruns as an armed assault: a village or community, an armed group's hideout or camp
RAIDED_SETTLEMENTS = frozenset({"village", "hamlet", "community", "settlement", "locality"})
RAIDED_HIDEOUTS = frozenset({"hideout", "hide-out", "hideaway", "stronghold", "den", "camp", "base"})
RAID_VIOLENCE = frozenset(
    {"burn", "burned", "burnt", "torch", "torched", "shot", "shoot", "fire", "loot", "looted"}
)


def _raid_target(h: Token) -> Token | None:
    """What a raid is on: the verb's object ("raided the village of Ntanka"), or "on X" of the noun or verb
    ("raids last week on at least five villages", "a raid on a hideout")."""
    p = patient(h) if h.pos_ in ("VERB", "AUX") else None
    if p is not None:
        return p
    held = [w for w in kids(h.head) if w.i > h.i] if h.dep_ == "dobj" and h.head != h else []
    # "carried out raids on villages", "followed raids last week on five villages"
    for w in (*kids(h), *held):
        if w.dep_ == "prep" and w.lower_ == "on":
            return next((g for g in kids(w) if g.dep_ == "pobj"), None)
    return None


def _raided_settlement(c: MatchContext) -> bool:
    """A raid on a village or community, or on an armed group's hideout or camp: an armed assault (the
    type boundaries: armed men overrunning a place; "militants stepped up raids on farming communities",
    "security forces raided a hideout of the suspected killers"). The state's raid on a village is one only
    when it shoots, kills or burns (a search of a village is no attack)."""
    t = _raid_target(c.head)
    if t is None:
        return False
    names = {lemma(t), t.lower_}
    if not names & (RAIDED_HIDEOUTS | RAIDED_SETTLEMENTS):
        return False
    violent = bool(c.words & (KILL_WORDS | RAID_VIOLENCE))
    if c.words & ARREST_ONLY and not violent:
        # "40 people were detained overnight in raids on villages": a raid whose outcome is detentions
        return False
    s = _antecedent(subject(c.head) or agent(c.head))
    forces = STATE_FORCE_WORDS | word_set("security_nouns")
    state = s is not None and bool({lemma(x) for x in s.subtree} & forces)
    if names & RAIDED_HIDEOUTS:
        # not a protest camp or the strikers' camp the state clears ("troops raided the protest camp, beating
        # demonstrators": repression, the type boundaries' clearing a camp)
        mods = {lemma(m) for m in kids(t) if m.dep_ in ("compound", "amod", "poss", "nmod")}
        crowd = word_set("protest") | CROWD_VICTIMS
        return not (mods & crowd or (state and c.words & crowd))
    return not state or violent


def _not_raided_settlement(c: MatchContext) -> bool:
    return not _raided_settlement(c)
