"""Sense checks on who acts: crowds, rioters, state forces, armed men and civilians."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_doers import accused
from .actor_targets import FACILITY_NOUNS
from .lexicon import word_set
from .placing_site_nouns import ROUTE_NOUNS, SITE_NOUNS
from .senses_context import (
    SUBJECTLESS_VERBS,
    MatchContext,
    _antecedent,
    _counted_noun,
    _future_or_called,
    _modifiers,
    _not_sports,
    _paragraph,
    _protest_document,
    _protest_paragraph,
)
from .senses_words import (
    CALL_ON_VERBS,
    CLASH_GROUPS,
    FORCE_WORDS,
    METAPHOR_OF,
    STATE_FORCE_NOUNS,
    WAR_MACHINES,
)
from .syntax import agent, is_animate, kids, lemma, patient, subject

if TYPE_CHECKING:
    from spacy.tokens import Token


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


# a whole war told by its toll ("The conflict has killed more than 6,000 people", "the civil war, which
# broke out in 2013, killed an estimated 400,000"): whole wars are not annotated, their battles are
WHOLE_WARS = frozenset({"war", "conflict", "insurgency", "rebellion", "warfare"})


def _not_abstract_killer(c: MatchContext) -> bool:
    """ "Silence is killing us", "prices are killing families": a complaint, not a killing; nor a whole
    war's toll ("the insurgency has killed an estimated 40,000 people since 1969")."""
    h = c.head
    if h.pos_ != "VERB":
        return True
    s = next((ch for ch in kids(h) if ch.dep_ == "nsubj"), None)
    if s is not None and s.tag_ in ("WDT", "WP") and h.dep_ == "relcl" and h.head != h:
        s = h.head  # "the war, which began in 2014, has killed ...": the noun the clause describes
    if s is not None and lemma(s) in WHOLE_WARS:
        return False
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


def _not_guard_watch(c: MatchContext) -> bool:
    """Not a flag march or a strict or close vigil: the security forces' show of force or watch ("the RAF
    staged a flag march in communally-sensitive areas", "police kept a strict vigil in the districts"), no
    protest (the words: senses.yaml ``guard_watch``)."""
    words = word_set("guard_watch")
    return not any(k.dep_ in ("compound", "amod") and k.lower_ in words for k in kids(c.head))


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


def _state_or_unknown_doer(c: MatchContext) -> bool:
    """Force against a crowd by the state, or by no named doer; gunmen or militants firing on
    protesters commit an attack, not repression."""
    s = _antecedent(subject(c.head) or agent(c.head))
    if s is None:
        return True
    names = {lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree}
    # a helicopter gunship or a jet firing on people is an air attack, whoever is below
    return not (names & (word_set("armed_clash") | WAR_MACHINES))


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


def _armed_or_state_noun(tok: Token) -> bool:
    """The word, or the noun it counts, names the state's men or an armed group ("soldiers", "a unit of
    troops", "gunmen")."""
    names = {lemma(tok), tok.lower_}
    counted = _counted_noun(tok)
    if counted is not None:
        names |= {lemma(counted), counted.lower_}
    armed = word_set("security_nouns") | STATE_FORCE_NOUNS | word_set("armed_clash") | word_set("armed_doers")
    return bool(names & armed)


# heads that only count the people named after them: "a number of rioters", "a handful of youths"
NUMBER_HEADS = frozenset({"number", "handful"})


def _number_of(s: Token) -> Token | None:
    """ "a number of rioters" -> "rioters" (the counting heads of ``_counted_noun`` beside)."""
    if lemma(s) not in NUMBER_HEADS:
        return None
    of = next((ch for ch in kids(s) if ch.dep_ == "prep" and ch.lower_ == "of"), None)
    return None if of is None else next((g for g in kids(of) if g.dep_ == "pobj"), None)


# what a crowd or gang carries, not an armed band's arms (K-rule: "a gang armed with sticks looted …")
CROWD_ARMS = frozenset(
    {
        "stick",
        "club",
        "bat",
        "cudgel",
        "bar",
        "pipe",
        "stone",
        "rock",
        "brick",
        "sling",
        "whip",
        "chain",
        "plank",
    }
)


def _armed_like_a_crowd(s: Token) -> bool:
    """People "armed with" only a crowd's weapons ("men armed with sticks and iron bars", "a group of youths
    armed with clubs"; not "men armed with machetes", "armed with sticks and rifles")."""
    nouns = [s]
    of = next((ch for ch in kids(s) if ch.dep_ == "prep" and ch.lower_ == "of"), None)
    if of is not None:
        nouns.extend(g for g in kids(of) if g.dep_ == "pobj")  # "a group of masked men armed with …"
    for n in nouns:
        for arm in (ch for ch in kids(n) if ch.dep_ == "acl" and lemma(ch) == "arm"):
            arms = [
                x
                for w in kids(arm)
                if w.dep_ == "prep" and w.lower_ == "with"
                for g in kids(w)
                if g.dep_ == "pobj"
                for x in (g, *g.conjuncts)
            ]
            if arms and all(lemma(x) in CROWD_ARMS for x in arms):
                return True
    return False


def _riot_subject(c: MatchContext) -> bool:
    s = _antecedent(subject(c.head) or agent(c.head))
    if s is None:
        # "accused criminals among the crowd of attacking police": the crowd blamed; a person convicted
        # ("two men were convicted of setting fire to a base") is left to the subjectless reading
        blamed = next(iter(accused(c.head)), None)
        if blamed is not None and {lemma(blamed), blamed.lower_} & word_set("riot_subject"):
            s = blamed
        elif blamed is not None and _armed_or_state_noun(blamed):
            return False  # "accused plainclothes officers of attacking two students": the state's men
    if s is None:
        # "a police vehicle was set on fire": no doer written, a protest or riot around it; so too a verb
        # with no subject of its own ("convicted of setting fire to a Basij base", "a unit set fire to …"
        # parsed as a participle on the noun), unless that noun is the state's or an armed group's
        h = c.head
        passive = any(ch.dep_ in ("auxpass", "nsubjpass") for ch in kids(h))
        bare = (h.dep_, h.tag_) in SUBJECTLESS_VERBS and not _armed_or_state_noun(h.head)
        return (passive or bare) and (_protest_paragraph(c) or _unarmed_protest_document(c))
    if _armed_like_a_crowd(s) and not _armed_or_state_noun(s):
        # "a group of masked men armed with baseball bats attacked students": a gang, no armed band
        return True
    allowed = word_set("riot_subject")
    counted = _counted_noun(s) or _number_of(s)
    if counted is not None and {lemma(counted), counted.lower_} & (
        word_set("security_nouns") | STATE_FORCE_NOUNS
    ):
        return False  # "dozens of riot police attacked the gathering": the state's men, no mob
    if counted is not None and lemma(s) in NUMBER_HEADS:
        s = counted  # "a number of rioters attacked public property": the rioters
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


def _missile_thrower(c: MatchContext) -> bool:
    """Stones, bottles or petrol bombs thrown by anyone but the state's men or an armed group: a crowd's
    riot, whatever the text calls the throwers ("young men threw stones at the police", "masked men hurled
    bottles at the cordon", "groups of youths throwing stones"). With no doer written, or a pronoun, as
    :func:`_riot_subject` ("they threw stones" at a protest; not "officers among those throwing stones")."""
    s = _antecedent(subject(c.head) or agent(c.head))
    if s is None or s.pos_ == "PRON":
        return _riot_subject(c)
    # not "soldiers threw stones back", "armed men hurled grenades"
    return not _armed_or_state_noun(s) and _not_armed_subject(c)


def _riot_doer(c: MatchContext) -> bool:
    """A crowd written as the doer ("rioters damaged public property"), not a passive with no doer
    ("75,000 homes have been destroyed": by whom is the question)."""
    return (subject(c.head) or agent(c.head)) is not None and _riot_subject(c)


# what a charge or a sentence lays an act on people with: "convicted of", "accused of", "sentenced for"
CHARGING_LEMMAS = frozenset(
    {"convict", "accuse", "charge", "sentence", "arrest", "try", "execute", "hang", "jail"}
)


def _charged_act(h: Token) -> bool:
    """A gerund under "of"/"for" on a verb of charging or sentencing: "convicted of setting fire to …"."""
    prep = h.head
    return (
        h.tag_ == "VBG"
        and h.dep_ == "pcomp"
        and prep.lower_ in ("of", "for")
        and lemma(prep.head) in CHARGING_LEMMAS
    )


def _unarmed_arsonist(c: MatchContext) -> bool:
    """Arson by a doer the text names who is neither the state's nor armed, in a report about protests
    (N11: "Resistance Units, the network of activists, set fire to a Basij base" is a riot; gunmen's or
    soldiers' arson is an attack)."""
    s = _antecedent(subject(c.head) or agent(c.head))
    if s is None and _charged_act(c.head):
        # "convicted of setting fire to a Basij base", "sentenced to death for setting fire to a police
        # station": the act a court or a charge lays on people, in a report about protests with no
        # armed men in the paragraph
        if not _unarmed_protest_document(c):
            return False
    elif s is None or s.pos_ == "PRON" or _armed_or_state_noun(s) or _with_firearms(c.head):
        return False
    armed = (
        word_set("armed_clash") | word_set("armed_doers") | {"armed", "paramilitary", "jihadist", "masked"}
    )
    names = {lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree} if s is not None else set()
    if names & armed or not _protest_document(c):
        return False
    # a building or a vehicle burnt, not "set fire to hay bales at the gates" (a protest's act)
    h = c.head
    burnt = [patient(h), *(g for ch in kids(h) if ch.dep_ == "prep" and ch.lower_ == "to" for g in kids(ch))]
    return any(
        lemma(x) in FACILITY_NOUNS or x.ent_type_ == "FAC"
        for t in burnt
        if t is not None
        for x in (t, *t.conjuncts, *_whole_of(t))
    )


# parts named for the building they belong to: "the entrance of a Basij base", "the gate of the office"
PART_NOUNS = frozenset(
    {"entrance", "gate", "door", "part", "wall", "roof", "front", "section", "wing", "floor"}
)


def _whole_of(t: Token) -> list[Token]:
    """ "the entrance of a Basij base" -> [base]."""
    if lemma(t) not in PART_NOUNS:
        return []
    return [
        g for ch in kids(t) if ch.dep_ == "prep" and ch.lower_ == "of" for g in kids(ch) if g.dep_ == "pobj"
    ]


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


FUNERAL_WORDS = frozenset({"funeral", "funerals", "burial"})
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _funeral_held(c: MatchContext) -> bool:
    """The funeral is what is held or takes place ("the funeral will be held on Friday", "funeral ceremonies
    for the dead will be held", "will hold a funeral"), not a setting of another verb ("mourners were
    detained at the burial and held overnight")."""
    for t in c.tokens:
        if t.lower_ not in FUNERAL_WORDS:
            continue
        arg = t.head if t.dep_ in ("compound", "amod") and t.head != t else t
        if arg.dep_ in ARGUMENTS and arg.head == c.head:
            return True
    return False


DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})


def _indefinite_noun(c: MatchContext) -> bool:
    """The head noun is not the one told before ("a curfew … has been in force", not "the curfew will remain
    in force")."""
    return not any(
        ch.dep_ == "poss" or (ch.dep_ == "det" and ch.lower_ in DEFINITE_DETS) for ch in kids(c.head)
    )


# what a crowd blocks in protest, beyond the nouns of the blockade phrases: a site, a route, a building or the
# machines sent against it ("students blocked faculties", "residents tried to block the bulldozers")
BLOCKED_THINGS = frozenset(
    {"faculty", "lane", "port", "terminal", "crossing", "junction", "intersection", "roundabout", "entrance"}
    | {
        "gate",
        "bulldozer",
        "excavator",
        "machinery",
        "truck",
        "lorry",
        "train",
        "convoy",
        "vehicle",
        "traffic",
    }
)
NOT_BLOCKED_SITES = frozenset(
    {"post", "position", "property", "home", "house", "residence", "flight", "flights", "car", "cars"}
)


def _blocked_site(c: MatchContext) -> bool:
    """ "drivers blocked the Tehran-Qom motorway", "demonstrators blocked central Sofia", "students have
    blocked faculties": a place or a thing a crowd stands in the way of, whatever its name; a town or a
    country only when a crowd blocks it (not a bill, an account or a state's veto)."""
    p = patient(c.head)
    if p is None or p.pos_ not in ("NOUN", "PROPN"):
        return False
    names = {lemma(p), p.lower_}
    if names & NOT_BLOCKED_SITES:
        return False
    if names & (SITE_NOUNS | ROUTE_NOUNS | FACILITY_NOUNS | BLOCKED_THINGS) or p.ent_type_ in ("FAC", "LOC"):
        return True
    s = subject(c.head)
    return p.ent_type_ == "GPE" and s is not None and bool({lemma(s), s.lower_} & word_set("riot_subject"))


# what one occupies that is no site taken in protest: a post, a rank, a share, someone's mind; and the
# territory armies take ("occupied the region", "occupies 40 percent of the seats", "occupied the post")
NOT_OCCUPIED_SITES = frozenset(
    {
        "post",
        "position",
        "seat",
        "role",
        "place",
        "spot",
        "slot",
        "rank",
        "top",
        "chair",
        "throne",
        "presidency",
        "premiership",
        "portfolio",
        "job",
        "majority",
        "share",
        "percent",
        "%",
        "time",
        "attention",
        "mind",
        "space",
        "territory",
        "country",
        "region",
        "province",
        "state",
        "city",
        "town",
        "area",
        "zone",
        "district",
        "capital",
    }
)
# "part of a cattle ranch", "much of the campus": the site is what the part is of
SITE_PART_NOUNS = frozenset({"part", "portion", "section", "half", "much", "most", "rest", "wing", "corner"})


def _occupied_site(c: MatchContext) -> bool:
    """ "families occupied part of a cattle ranch", "students have occupied the faculty", "the cooperatives
    would reoccupy the farm": a site taken and held, whatever its name (a sit-in), not a post, a share or a
    territory occupied."""
    p = patient(c.head)
    if p is None or p.pos_ not in ("NOUN", "PROPN", "PRON") or p.like_num:
        return False
    if lemma(p) in SITE_PART_NOUNS:
        of = next((ch for ch in kids(p) if ch.dep_ == "prep" and ch.lower_ == "of"), None)
        site = next((g for g in kids(of) if g.dep_ == "pobj"), None) if of is not None else None
        p = site if site is not None else p
    return lemma(p) not in NOT_OCCUPIED_SITES and p.lower_ not in NOT_OCCUPIED_SITES


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
