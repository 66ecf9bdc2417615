"""Binding: attach actors and magnitudes to an event trigger (places and country: :mod:`.placing`).

Everything is chosen from the parse around the trigger: the clause it heads or sits
in first, then its sentence, then (times only) the paragraph's narrative time.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..nlp.text import ents as doc_ents
from ..records import Actor, ActorKind, ActorRole, Claim, Magnitude
from .implicit_actors import (
    GENERIC_PEOPLE,
    PROTESTER_NAMES,
    antecedent,
    as_protesters,
    at_protest,
    generic_as,
    implicit_initiator,
    implicit_perpetrator,
    in_custody,
    org_antecedent,
    party_named,
    protesting,
    story_group,
    with_story_group,
)
from .lexicon import load_yaml
from .syntax import agent, clause_head, is_animate, lemma, patient, phrase_head, segment, subject
from .syntax import token_at as syntax_token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "COMPATIBLE_KINDS",
    "actor_at",
    "bind_actors",
    "in_clause",
    "magnitude_score",
    "token_at",
]

COMPATIBLE_KINDS: dict[str, frozenset[str]] = {
    "protest": frozenset({"participants", "localities", "provinces"}),
    "strike": frozenset({"participants", "localities", "provinces"}),
    "riot": frozenset({"participants", "localities", "provinces", "injuries"}),
    "repression": frozenset({"injuries", "localities", "provinces", "other"}),
    "killing": frozenset({"fatalities", "injuries", "localities", "provinces"}),
    "execution": frozenset({"executions", "fatalities", "localities", "provinces"}),
    "arrest": frozenset({"arrests", "localities", "provinces"}),
    "torture": frozenset({"injuries", "other"}),
    "attack": frozenset({"fatalities", "injuries", "localities", "provinces"}),
}
INJURY_ON_KILLING = 2.0  # only a count tied to the killing itself survives (MAX_MAGNITUDE_SCORE is 2.5)
DIE_LEMMAS = frozenset({"die", "death", "dead", "perish", "lose", "life", "toll"})
# Types whose doer the state nearly always is: a security-forces mention in the sentence is taken as it.
IMPLICIT_PERPETRATOR_TYPES = frozenset({"arrest", "repression", "execution", "killing", "torture", "attack"})
VICTIM_TYPES = frozenset({"killing", "execution", "arrest", "torture", "attack"})
INITIATOR_TYPES = frozenset({"protest", "strike", "riot"})
PROTEST_ACTS = frozenset({"chant", "march", "rally", "protest", "demonstrate", "shout", "gather"})
# Verbs done to a protest, whose subject is not its initiator: "men in uniform stormed the sit-in".
HOSTILE_LEMMAS = frozenset(
    {
        "storm",
        "attack",
        "raid",
        "disperse",
        "break",
        "crush",
        "suppress",
        "ban",
        "prevent",
        "stop",
        "clear",
        "block",
        "forbid",
        "prohibit",
        "tear",
        "teargas",
        "target",
        "infiltrate",
        "violate",
        "outlaw",
        "quell",
        "end",
        "halt",
        "thwart",
        "foil",
        "cordon",
        "confront",
    }
)
# Nominal events whose possessor is the one they are done to: "his arrest", "their execution".
POSSESSED_TYPES = frozenset({"arrest", "execution", "killing", "torture"})
# Verbs whose object is an act their subject commits: "police fired tear gas", "launched air strikes".
DO_LEMMAS = frozenset(
    {
        "fire",
        "launch",
        "carry",
        "conduct",
        "use",
        "unleash",
        "mount",
        "commit",
        "perpetrate",
        "impose",
        "order",
        "throw",
        "hurl",
        "lob",
        "drop",
        "stage",
        "deploy",
        "shoot",
        "spray",
        "open",
        "step",
        "intensify",
        "escalate",
        "claim",  # "the group has claimed more than 160 attacks"
    }
)
HARM_LEMMAS = frozenset({"kill", "wound", "injure", "shoot", "murder", "behead", "massacre", "die", "dead"})
CLASH_LEMMAS = frozenset(
    {"clash", "confrontation", "fighting", "firefight", "gunfight", "shootout", "battle"}
)
CALL_LEMMAS = frozenset({"call", "appeal", "urge", "push", "plan", "organise", "organize", "announce"})
# Who a nominal protest or strike is "called", "organised" or "led" by: its initiators.
ORGANISE_LEMMAS = frozenset({"call", "organise", "organize", "lead", "stage", "back", "support", "convene"})


# ---------------------------------------------------------------- actors


@functools.cache
def _actor_kinds() -> dict[str, ActorKind]:
    data = load_yaml("actor_kinds.yaml")
    out: dict[str, ActorKind] = {}
    for kind, words in data.items():
        for w in words:
            out.setdefault(str(w).lower(), kind)
    return out


def _np_span(tok: Token) -> tuple[int, int]:
    """Token range of a noun phrase head with its compounds, adjectives and possessor."""
    start = tok.i
    for c in tok.lefts:
        if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < start:
            start = min(start, c.left_edge.i)
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ == "compound":
            end = max(end, c.i + 1)
    doc = tok.doc
    while start < tok.i and (doc[start].is_punct or doc[start].pos_ == "DET"):
        start += 1
    return start, end


def np_actor(tok: Token, kind: ActorKind, role: ActorRole) -> Actor:
    """An actor for the noun phrase ``tok`` heads, named as written (no dictionary entry)."""
    s, e = _np_span(tok)
    doc = tok.doc
    start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    text = doc_text(doc)[start:end]
    return Actor(
        text=text, start_char=start, end_char=end, name=text, aliases=(), kind=kind, role=role, country=None
    )


def actor_at(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """The actor a noun phrase names: a resolved mention when one overlaps it, else a generic one."""
    tok = _named_head(tok)
    s, e = _np_span(tok)
    doc = tok.doc
    start_char, end_char = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    overlapping = [
        a
        for a in known
        if a.start_char is not None
        and a.end_char is not None
        and a.start_char < end_char
        and start_char < a.end_char
    ]
    kinds = _actor_kinds()
    if overlapping and (picked := _pick_overlapping(tok, overlapping, kinds, role)) is not None:
        phrase = doc_text(doc)[start_char:end_char]
        if picked.text and picked.text != phrase and picked.text in phrase and phrase not in picked.aliases:
            # the whole description as written: "Masalit civilians", "young Baluch fuel porter"
            picked = picked.replace(aliases=(*picked.aliases, phrase))
        return picked
    if tok.pos_ == "PRON" or tok.like_num:
        return None
    kind: ActorKind | None = kinds.get(lemma(tok)) or kinds.get(tok.lower_)
    if (
        (kind is None or kind == "civilians")
        and lemma(tok) in ARMED_COLLECTIVES
        and any(c.dep_ in ("amod", "compound") and lemma(c) in ARMED_QUALIFIERS for c in tok.children)
    ):
        kind = "armed_group"  # "violent groups", "armed factions", "masked men"
    if kind is None:
        for k in range(s, e):
            kind = kinds.get(lemma(doc[k])) or kinds.get(doc[k].lower_)
            if kind is not None:
                break
    if kind is None and tok.ent_type_ in ("ORG", "PERSON", "NORP"):
        kind = "unknown"
    text = doc_text(doc)[start_char:end_char]
    if kind is None and _protesting_group(tok):
        return Actor(
            text=text,
            start_char=start_char,
            end_char=end_char,
            name="Protesters",
            aliases=(),
            kind="protesters",
            role=role,
            country=None,
        )
    if kind is None:
        return None
    return Actor(
        text=text,
        start_char=start_char,
        end_char=end_char,
        name=text,
        aliases=(),
        kind=kind,
        role=role,
        country=None,
    )


# Collectives that an adjective makes armed: "armed groups", "violent groups", "armed factions".
ARMED_COLLECTIVES = frozenset(
    {"group", "faction", "element", "cell", "band", "squad", "unit", "formation", "men"}
)
ARMED_QUALIFIERS = frozenset(
    {"armed", "violent", "criminal", "extremist", "unidentified", "unknown", "masked", "hooded", "terrorist"}
)


def _pick_overlapping(
    tok: Token, overlapping: list[Actor], kinds: dict[str, ActorKind], role: ActorRole
) -> Actor | None:
    """Which of the actors inside a noun phrase it names.

    The one covering the phrase's head ("a young Baluch fuel porter" is a porter, not "Baluch"),
    a dictionary name before a description ("the terrorist group Jaish al-Adl"); descriptions
    around a name ride along as aliases ("Kurdish political prisoner Rebwar Azizi").
    """
    head = [a for a in overlapping if (a.start_char or 0) <= tok.idx < (a.end_char or 0)]
    named = [a for a in overlapping if a.identifier and not a.identifier.startswith("ew:generic-")]
    bodies = [a for a in overlapping if a.kind in BODY_KINDS] if lemma(tok) in MEMBER_NOUNS else []
    if bodies and not head:  # "a National Guard sergeant": one of the Guard
        body = bodies[0]
        return body.replace(role=role, aliases=(*body.aliases, tok.lower_))
    if not head and not named and (kinds.get(lemma(tok)) or kinds.get(tok.lower_)):
        return None  # the head noun names its own generic actor
    pick = (head or named or overlapping)[0]
    before = [a for a in overlapping if a is not pick and (a.end_char or 0) <= (pick.start_char or 0)]
    if head and (pick.text or "").lower() in WEAK_HEADS and before:
        pick = before[-1]  # "military intelligence officers": the body the officers serve
    elif head and (pick.identifier or "").startswith("ew:generic-"):
        bodies = [a for a in before if a in named and a.kind in BODY_KINDS]
        if bodies:  # "RSF fighters", "KGB officers", "PTI supporters": members of the named body
            body = bodies[-1]
            member = (pick.text,) if pick.text and pick.text not in body.aliases else ()
            return body.replace(role=role, aliases=(*body.aliases, *member))
    extra = [
        a.text
        for a in overlapping
        if a is not pick and a.text and a.identifier and a.identifier.startswith("ew:generic-")
    ]
    if (
        extra
        and pick.kind in ("civilians", "unknown")
        and not (pick.identifier or "").startswith("ew:generic-")
    ):
        pick = pick.replace(aliases=(*pick.aliases, *(x for x in extra if x not in pick.aliases)))
    return pick.replace(role=role)


WEAK_HEADS = frozenset(
    {
        "officers",
        "officer",
        "agents",
        "agent",
        "forces",
        "force",
        "personnel",
        "members",
        "member",
        "units",
        "unit",
        "staff",
        "men",
        "elements",
        "operatives",
        "officials",
        "official",
    }
)
GROUP_NOUNS = frozenset({"group", "groups", "crowd", "crowds", "gathering", "column", "procession"})


# Verbs of being somewhere, gathering or going about one's life: their subject does not do the
# harm a participle toll clause after them reports ("residents gathered at the market when a shell
# landed, killing 23"; "worshippers were praying, killing …" is the attack's, not theirs).
IDLE_LEMMAS = frozenset(
    {
        "gather",
        "assemble",
        "congregate",
        "queue",
        "line",
        "wait",
        "pray",
        "attend",
        "shop",
        "sleep",
        "sit",
        "stand",
        "celebrate",
        "mourn",
        "flee",
        "travel",
        "return",
        "live",
        "work",
        "play",
        "walk",
        "crowd",
        "throng",
        "shelter",
        "hide",
        "rally",
        "march",
        "chant",
        "protest",
        "demonstrate",
    }
)
TOLL_DEPS = frozenset({"advcl", "conj", "xcomp"})


def _idle_doer(head: Token, doer: Token) -> bool:
    """A subject inherited by a toll participle from a verb of gathering or presence.

    "Residents gathered …, killing 23": the participle's subject is not its own (``doer`` is not
    a child of ``head``), and the verb that owns it is no act of harm, so its subject did not kill.
    """
    if doer.head.i == head.i or head.tag_ != "VBG" or head.dep_ not in TOLL_DEPS:
        return False
    owner = doer.head
    return lemma(owner) in IDLE_LEMMAS and lemma(head) in HARM_LEMMAS | {"leave"}


def _protesting_group(tok: Token) -> bool:
    """``a group chanting slogans``, ``crowds that marched``: a group described by what protesters do."""
    from .lexicon import word_set

    if tok.lower_ not in GROUP_NOUNS:
        return False
    words = word_set("protest")
    return any(
        c.dep_ in ("acl", "relcl") and (lemma(c) in words or lemma(c) in PROTEST_ACTS) for c in tok.children
    )


def _conjuncts(tok: Token) -> list[Token]:
    return [tok, *[c for c in tok.conjuncts if c.i > tok.i]]


def _listed(group: list[Token]) -> str | None:
    """The whole written list a coordinated phrase makes ("shops, banks and police stations")."""
    if len(group) < 2:
        return None
    doc = group[0].doc
    start = doc[_np_span(group[0])[0]].idx
    last = doc[_np_span(group[-1])[1] - 1]
    end = last.idx + len(last.text)
    return doc_text(doc)[start:end] if 0 < end - start <= 120 else None


def _named_head(tok: Token) -> Token:
    """:func:`phrase_head`, except that "a crowd of several hundred" stays the crowd: a count
    after "of" names no one."""
    ph = phrase_head(tok)
    if ph.i != tok.i and (ph.like_num or ph.pos_ == "NUM") and not (tok.like_num or tok.pos_ == "NUM"):
        return tok
    return ph


RELATIVES = frozenset({"who", "whom", "that", "which"})
# People who belong to the body named after "of": "members of the security forces", "a commander of X".
MEMBER_NOUNS = frozenset(
    {
        "member",
        "commander",
        "leader",
        "fighter",
        "supporter",
        "officer",
        "soldier",
        "militant",
        "official",
        "agent",
        "personnel",
        "operative",
        "activist",
        "cadre",
        "loyalist",
        "unit",
        "element",
        "sergeant",
        "colonel",
        "lieutenant",
        "captain",
        "corporal",
        "general",
        "major",
        "guardsman",
        "conscript",
    }
)
# Verbs whose subject is an attack and whose object what it hit: "an air strike hit a school".
HIT_LEMMAS = frozenset(
    {
        "hit",
        "target",
        "strike",
        "destroy",
        "damage",
        "kill",
        "wound",
        "injure",
        "leave",
        "flatten",
        "level",
        "shatter",
        "rock",
        "gut",
        "raze",
        "wreck",
    }
)


def _unrelative(tok: Token) -> Token:
    """``a labour activist who had been arrested``: the noun a relative pronoun stands for."""
    if tok.lower_ in RELATIVES and tok.head.dep_ == "relcl" and tok.head.head != tok.head:
        return tok.head.head
    return tok


UNIFORM_WORDS = frozenset({"uniform", "uniforms", "fatigues"})


def _in_uniform(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """``men in RSF uniforms``, ``gunmen in police uniform``: the force whose uniform they wore."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ in UNIFORM_WORDS:
                    for m in g.children:
                        if m.dep_ not in ("compound", "amod", "nmod", "poss"):
                            continue
                        force = actor_at(m, known, role)
                        if force is not None and force.kind in ("security_forces", "armed_group"):
                            return force.replace(aliases=(*force.aliases, f"{tok.lower_} in uniform"))
    return None


# Weapons and craft stand for the force that fields them: "its warplanes", "the army's drones".
EQUIPMENT_NOUNS = frozenset(
    {
        "warplane",
        "aircraft",
        "jet",
        "plane",
        "drone",
        "helicopter",
        "gunship",
        "artillery",
        "tank",
        "gunboat",
        "warship",
        "missile",
        "rocket",
        "shell",
    }
)


FOLLOWER_NOUNS = frozenset({"supporter", "follower", "loyalist", "backer", "partisan"})


def _member_of(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """``members of the security forces``, ``a commander of Kataib Hezbollah``: the body they belong to.

    The body's actor is returned with the written phrase's head noun kept as an alias.
    """
    if lemma(tok) in EQUIPMENT_NOUNS:
        for c in tok.children:
            if c.dep_ == "poss" and (body := org_antecedent(c, known, role)) is not None:
                return body  # "its warplanes bombed markets": the force whose planes they are
        return None
    if lemma(tok) not in MEMBER_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ == "poss" and (body := org_antecedent(c, known, role)) is not None:
            return body.replace(aliases=(*body.aliases, tok.lower_))  # "its supporters"
        if c.dep_ == "poss" and c.lower_ in ("his", "her") and lemma(tok) in FOLLOWER_NOUNS:
            leader = antecedent(c, known, role)  # "his supporters": the supporters of the man named before
            if leader is not None:
                s = _np_span(tok)[0]
                text = doc_text(tok.doc)[tok.doc[s].idx : tok.idx + len(tok.text)]
                return Actor(
                    text=text,
                    start_char=tok.doc[s].idx,
                    end_char=tok.idx + len(tok.text),
                    name=text,
                    aliases=tuple(
                        dict.fromkeys(f"{tok.lower_} of {n}" for n in (leader.name, leader.text) if n)
                    ),
                    kind="protesters",
                    role=role,
                    country=None,
                )
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    body = actor_at(g, known, role)
                    if body is not None and lemma(tok) in FOLLOWER_NOUNS and _is_person(g, body):
                        return _followers(tok, body, role)  # "supporters of Mohamed Morsi": not Morsi
                    if body is not None and (
                        body.kind in BODY_KINDS
                        # "officers of the National Intelligence and Security Service": a named body
                        # no dictionary knows
                        or (body.kind == "unknown" and g.ent_type_ == "ORG" and g.pos_ == "PROPN")
                    ):
                        alias = tok.lower_
                        return body if alias in body.aliases else body.replace(aliases=(*body.aliases, alias))
    return None


def _is_person(tok: Token, a: Actor) -> bool:
    """Whether the body members or supporters belong to is a person ("supporters of Mohamed Morsi")."""
    doc = tok.doc
    if a.start_char is not None and a.end_char is not None:
        span = doc.char_span(a.start_char, a.end_char, alignment_mode="expand")
        if span is not None and len(span) and span[-1].ent_type_ == "PERSON":
            return True
    return phrase_head(tok).ent_type_ == "PERSON"


def _followers(tok: Token, leader: Actor, role: ActorRole) -> Actor:
    """``supporters of Mohamed Morsi``: a group named after its leader, kept as written."""
    doc = tok.doc
    s = _np_span(tok)[0]
    of = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    end = max((t.i for c in of for t in c.subtree), default=tok.i) + 1
    text = doc_text(doc)[doc[s].idx : doc[end - 1].idx + len(doc[end - 1].text)]
    return Actor(
        text=text,
        start_char=doc[s].idx,
        end_char=doc[end - 1].idx + len(doc[end - 1].text),
        name=text,
        aliases=tuple(dict.fromkeys(f"{tok.lower_} of {n}" for n in (leader.name, leader.text) if n)),
        kind="protesters",
        role=role,
        country=leader.country,
    )


def _others(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """``two others``: more of the group last named before it in the sentence (not the state's agents)."""
    seg = segment(tok)
    before = [
        a
        for a in known
        if a.start_char is not None
        and seg.start_char <= a.start_char < tok.idx
        and a.kind not in ("security_forces", "state", "judiciary", "media", "rights_group", "international")
    ]
    return before[-1].replace(role=role) if before else None


VICTIM_KINDS = frozenset(
    {
        "civilians",
        "protesters",
        "labor",
        "students",
        "political_party",
        "opposition_group",
        "religious",
        "media",
    }
)


def _sentence_victim(head: Token, known: Sequence[Actor], bound: Sequence[Actor]) -> list[Actor]:
    """Who is executed or arrested when the clause does not say: the people its sentence names
    ("Kurdish political prisoners are at imminent risk of execution"), not a speaker."""
    from .lexicon import word_set

    reporting = word_set("reporting_verbs") | word_set("denial")
    doc = head.doc

    def speaking(a: Actor) -> bool:
        span = doc.char_span(a.start_char or 0, a.end_char or 0, alignment_mode="expand")
        if span is None or len(span) == 0:
            return True
        root = span.root
        return (root.dep_ == "nsubj" and lemma(root.head) in reporting) or (
            root.dep_ == "pobj" and root.head.head.lower_ == "according"
        )

    seg = segment(head)
    taken = {(a.start_char, a.end_char) for a in bound}
    for a in known:
        if (
            a.start_char is not None
            and seg.start_char <= a.start_char < seg.end_char
            and (a.start_char, a.end_char) not in taken
            and a.kind in VICTIM_KINDS
            and not speaking(a)
        ):
            return [a.replace(role="victim")]
    return []


def _apposed_name(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """``his brother, Karwan Azizi``, ``a sergeant of the National Guard, Ender Bastidas``: the person
    named beside a description, with the description's head noun and body kept as aliases. Also the
    other way round: "X, an opposition MP, who was arrested" (the relative clause hangs on the
    description the name is apposed to)."""
    if (
        tok.dep_ == "appos"
        and tok.head.ent_type_ == "PERSON"
        and tok.head.pos_ == "PROPN"
        and tok.ent_type_ != "PERSON"
        and not _dateline(tok.head)
    ):
        person = actor_at(tok.head, known, role)
        if person is not None:
            s, e = _np_span(tok)
            desc = doc_text(tok.doc)[tok.doc[s].idx : tok.doc[e - 1].idx + len(tok.doc[e - 1].text)]
            extra = [x for x in (desc, tok.lower_) if x not in person.aliases and x != person.text]
            return person.replace(aliases=(*person.aliases, *dict.fromkeys(extra)))
    beside = list(tok.children)
    if lemma(tok) in MEMBER_NOUNS | {"head", "chief", "founder", "president", "secretary", "spokesman"} and (
        lemma(tok) not in FOLLOWER_NOUNS  # "supporters of the president, X" are not X
    ):
        # "the leader of the opposition party, Ahmed Hassan": the name hangs on the party
        beside += [
            a
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            for a in g.children
        ]
    for c in beside:
        if c.dep_ != "appos" or c.ent_type_ != "PERSON":
            continue
        person = actor_at(c, known, role)
        if person is None:
            return None
        extra = [tok.lower_]
        body = _member_of(tok, known, role)
        if body is not None:
            extra.append(body.name)
        return person.replace(aliases=(*person.aliases, *(x for x in extra if x not in person.aliases)))
    return None


# Property an attack or riot targets, named after its owner: "offices of the ruling party".
FACILITY_NOUNS = frozenset(
    {
        "headquarters",
        "office",
        "base",
        "station",
        "building",
        "premises",
        "residence",
        "home",
        "house",
        "compound",
        "embassy",
        "consulate",
        "camp",
        "post",
        "checkpoint",
        "vehicle",
        "car",
        "convoy",
        "property",
        "branch",
        "facility",
        "installation",
        "position",
        "barracks",
        "outpost",
        "prison",
        "jail",
        "court",
        "courthouse",
        "school",
        "hospital",
        "mosque",
        "church",
        "shop",
        "bank",
        "depot",
        "tanker",
        "cafe",
        "restaurant",
        "hotel",
        "market",
        "mall",
        "stadium",
        "club",
        "bar",
        "bus",
        "train",
        "airport",
        "pipeline",
        "refinery",
        "hall",
        "parliament",
        "ministry",
        "palace",
        "supermarket",
        "warehouse",
        "store",
        "factory",
        "plant",
        "university",
        "campus",
        "terminal",
        "port",
        "bridge",
        "truck",
        "lorry",
        "ambulance",
        "tram",
        "kiosk",
        "pharmacy",
        "business",
        "dormitory",
        "library",
        "museum",
        "temple",
        "synagogue",
        "shrine",
        "cinema",
        "theatre",
        "statue",
        "monument",
        "town hall",
        "city hall",
    }
)
# Things a riot smashes that are no building: "smashed shop windows", "toppled a statue".
PROPERTY_NOUNS = frozenset(
    {"window", "door", "shopfront", "storefront", "windscreen", "billboard", "statue", "monument", "effigy"}
)
# What an internet shutdown cuts: "mobile internet was cut", "Internet access has been cut".
NETWORK_WORDS = frozenset(
    {
        "internet",
        "network",
        "connectivity",
        "connection",
        "broadband",
        "telecommunication",
        "access",
        "data",
        "signal",
        "platform",
        "medium",
        "media",
        "facebook",
        "whatsapp",
        "telegram",
        "twitter",
        "instagram",
        "youtube",
        "tiktok",
        "app",
        "website",
    }
)


def _networks(head: Token, trigger_tokens: Sequence[int]) -> list[Token]:
    """The network an internet shutdown cuts, as written in or beside the trigger."""
    doc = head.doc
    near = [doc[i] for i in trigger_tokens]
    near += [c for c in head.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")]
    if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("ROOT",):
        near += [c for c in head.head.children if c.dep_ in ("nsubjpass", "dobj")]
    out: list[Token] = []
    for t in near:
        if lemma(t) not in NETWORK_WORDS and t.lower_ not in NETWORK_WORDS:
            continue
        while t.dep_ == "compound" and t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN"):
            t = t.head  # "Internet access": the phrase's head
        if t.pos_ in ("NOUN", "PROPN") and all(t.i != o.i for o in out):
            out.append(t)
    return out[:1]


def _network(tok: Token) -> Actor | None:
    """The network cut, as a target named as written ("mobile internet")."""
    if lemma(tok) not in NETWORK_WORDS and tok.lower_ not in NETWORK_WORDS:
        return None
    a = np_actor(tok, "unknown", "target")
    to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is not None and a.start_char is not None:  # "access to the internet"
        last = max(to.subtree, key=lambda t: t.i)
        end = last.idx + len(last.text)
        text = doc_text(tok.doc)[a.start_char : end]
        a = a.replace(text=text, end_char=end, name=text)
    return a if "internet" in a.aliases else a.replace(aliases=(*a.aliases, "internet"))


def _owner_of(tok: Token, known: Sequence[Actor], etype: str) -> Actor | None:
    """``offices of the ruling party``, ``vehicles of the traffic police``: the owner is the target."""
    if etype not in ("attack", "riot") or lemma(tok) not in FACILITY_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and (owner := actor_at(g, known, "target")) is not None:
                    return owner
        if c.dep_ == "acl" and lemma(c) in ("belong", "own", "use", "run", "occupy", "house"):
            # "houses belonging to ruling-party politicians", "a camp used by an exiled party"
            for p in c.children:
                if (p.dep_ == "prep" and p.lower_ == "to") or p.dep_ == "agent" or p.lower_ == "by":
                    for g in p.children:
                        if g.dep_ == "pobj" and (owner := actor_at(g, known, "target")) is not None:
                            return owner
    return None


def _facility(tok: Token, known: Sequence[Actor], role: ActorRole, etype: str) -> Actor | None:
    """A building, vehicle or post an attack or riot hits: its owner named after "of" when there is
    one ("vehicles of the traffic police"), else the property itself as the target ("a prison")."""
    if etype not in ("attack", "riot") or (
        lemma(tok) not in FACILITY_NOUNS and lemma(tok) not in PROPERTY_NOUNS
    ):
        return None
    owner = _owner_of(tok, known, etype)
    if owner is not None:
        return owner
    return np_actor(tok, "unknown", "target")


BODY_KINDS = frozenset(
    {"security_forces", "armed_group", "political_party", "opposition_group", "state", "labor", "students"}
)


# Force that lands on bodies: those beaten or run down are victims; a crowd fired at is a target.
BODILY_FORCE_LEMMAS = frozenset(
    {
        "beat",
        "beating",
        "strike",
        "hit",
        "drive",
        "drove",
        "ram",
        "run",
        "kick",
        "assault",
        "whip",
        "flog",
        "attack",
        "club",
        "trample",
    }
)


def _roles(
    etype: str, subtype: str | None, animate_patient: bool, trigger_lemma: str = ""
) -> tuple[ActorRole, ActorRole]:
    """(role of the doer, role of the one done to)."""
    if etype in INITIATOR_TYPES:
        return "initiator", "target"
    if etype == "repression":
        bodily = subtype == "excessive_force" and (not trigger_lemma or trigger_lemma in BODILY_FORCE_LEMMAS)
        return "perpetrator", ("victim" if bodily else "target")
    if etype == "attack":
        return "perpetrator", ("victim" if animate_patient else "target")
    return "perpetrator", "victim"


# Repression by decree, not by force on the street: the government orders it.
STATE_MEASURES = frozenset({"internet_shutdown", "curfew", "ban", "censorship", "state_of_emergency"})


def _state_measure_doer(head: Token, known: Sequence[Actor]) -> Actor:
    """Who cuts the internet or imposes a curfew: a government body in the sentence, else the authorities."""
    seg = segment(head)
    for a in known:
        if a.start_char is not None and seg.start_char <= a.start_char < seg.end_char and a.kind == "state":
            return a.replace(role="perpetrator")
    return Actor(
        text=None,
        start_char=None,
        end_char=None,
        name="Authorities",
        aliases=("government", "authorities"),
        kind="state",
        role="perpetrator",
        country=None,
    )


FUNERAL_WORDS = frozenset(
    {"funeral", "burial", "vigil", "memorial", "mourn", "mourning", "commemoration", "grave"}
)


def _at_funeral(head: Token) -> bool:
    """A protest held at a funeral, burial or vigil: its trigger's phrase or clause names one."""
    near = [head, *head.children, *(g for c in head.children for g in c.children)]
    return any(lemma(t) in FUNERAL_WORDS for t in near)


def _mourning(a: Actor) -> Actor:
    """Unnamed people at a funeral protest are its mourners."""
    words = {w.lower() for w in (a.text or a.name).split()}
    if a.kind not in ("civilians", "unknown", "protesters") or "Mourners" in a.aliases:
        return a
    if not (words & GENERIC_PEOPLE or a.text is None):
        return a
    return a.replace(aliases=(*a.aliases, "Mourners"))


CUSTODY_NOUNS = frozenset({"custody", "detention", "prison", "jail"})
WIELDED_NOUNS = frozenset(
    {
        "vehicle",
        "car",
        "truck",
        "van",
        "bus",
        "motorcycle",
        "stone",
        "rock",
        "brick",
        "bottle",
        "cocktail",
        "firework",
        "projectile",
        "shell",
        "rocket",
        "missile",
        "drone",
        "bomb",
        "grenade",
        "bullet",
        "round",
        "canister",
        "aircraft",
        "jet",
        "helicopter",
    }
)
RAID_LEMMAS = frozenset({"raid", "storm", "stormed", "attack", "clear", "sweep", "swoop", "descend", "break"})
ADJUNCT_FORCE_LEMMAS = frozenset(
    {"beat", "arrest", "detain", "kill", "wound", "injure", "shoot", "drag", "assault"}
)
# Verbs that lay an act at someone's door: "accused the army of killing civilians", "rioters convicted
# of stabbing a guard", "blamed the militia for the attack": the one accused is the act's doer.
ACCUSE_LEMMAS = frozenset(
    {
        "accuse",
        "blame",
        "charge",
        "convict",
        "suspect",
        "indict",
        "prosecute",
        "sentence",
        "condemn",
        "guilty",
    }
)
# Verbs that ask others to act: "called on supporters abroad to demonstrate" (the supporters protest).
CALL_ON_LEMMAS = frozenset(
    {"call", "urge", "appeal", "ask", "encourage", "invite", "exhort", "mobilise", "mobilize"}
)
# What happens to those on the receiving end of a riot or attack told in a "when" clause:
# "six officers were injured when protesters threw bottles", "two guards were killed when gunmen attacked".
HURT_LEMMAS = frozenset(
    {"injure", "wound", "hurt", "kill", "martyr", "hospitalise", "hospitalize", "die", "burn"}
)
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})


def _misparsed_subject(head: Token) -> Token | None:
    """A subject the parser hung elsewhere.

    "the intelligence service arrested 30 people" parsed as a reduced relative (``arrested`` an
    ``acl`` of "service" that nevertheless has its own object): the noun is the doer. "Supporters of
    the party, bused in from the provinces, attacked the camp": the subject hung on the fronted
    participle clause.
    """
    if (
        head.dep_ == "acl"
        and head.tag_ in ("VBD", "VBN")
        and head.head.i < head.i
        and head.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "dobj" for c in head.children)
        and not any(c.dep_ in ("auxpass", "nsubjpass", "aux") for c in head.children)
    ):
        return head.head
    if head.pos_ not in ("VERB", "AUX") or any(
        c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in head.children
    ):
        return None
    for c in head.children:
        if c.dep_ == "advcl" and c.i < head.i and c.tag_ in PARTICIPLE_TAGS:
            for g in c.children:
                if g.dep_ == "nsubj" and g.i < c.i:
                    return g
    return None


NOT_AMID_KINDS = frozenset(
    {"security_forces", "state", "judiciary", "media", "international", "rights_group"}
)


def _amid_doers(head: Token, etype: str) -> list[Token]:
    """``more than 1,500 inmates escaped … during a riot``, ``students chanted during the protest``:
    the subject of an active verb the event frames is among those who riot or protest (the state's
    agents are dropped once resolved)."""
    if etype not in INITIATOR_TYPES or head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "pobj":
        return []
    if head.head.lower_ not in ("during", "amid", "in"):
        return []
    verb = head.head.head
    if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    if lemma(verb) in HARM_LEMMAS | HOLD_LEMMAS | HOSTILE_LEMMAS | DIE_LEMMAS:
        return []
    return [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i]


def _by(tok: Token) -> bool:
    return tok.dep_ == "agent" or (tok.dep_ == "prep" and tok.lower_ == "by")


def _claimed_by(head: Token) -> list[Token]:
    """``Al-Shabaab claimed responsibility for the bombing``: who claims an attack carried it out."""
    if head.dep_ != "pobj" or head.head.lower_ != "for":
        return []
    noun = head.head.head
    if lemma(noun) != "responsibility" or noun.dep_ != "dobj":
        return []
    verb = noun.head
    if lemma(verb) not in ("claim", "accept", "admit", "take", "assume"):
        return []
    s = subject(verb)
    if s is None or s.lower_ in ("nobody", "none", "no-one") or any(c.lower_ == "no" for c in s.children):
        return []  # "no group has claimed responsibility"
    return [s]


ASSAULT_LEMMAS = frozenset(
    {
        "attack",
        "storm",
        "fire",
        "shoot",
        "clash",
        "fight",
        "shell",
        "bomb",
        "raid",
        "overrun",
        "ambush",
        "assault",
    }
)


def _heard_as(head: Token) -> list[tuple[Token, str]]:
    """``heavy gunfire was heard as fighters of Fano attacked army positions``: the clause that says
    what the noise was names who fought and whom."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.pos_ not in ("VERB", "AUX"):
        return []
    out: list[tuple[Token, str]] = []
    for c in head.head.children:
        if (
            c.dep_ == "advcl"
            and c.pos_ == "VERB"
            and lemma(c) in ASSAULT_LEMMAS | HIT_LEMMAS
            and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "when", "while") for m in c.children)
        ):
            if (doer := subject(c)) is not None:
                out.append((doer, "doer"))
            if (hit := patient(c)) is not None:
                out.append((hit, "patient"))
    return out


ESCORT_LEMMAS = frozenset(
    {"accompany", "back", "assist", "support", "escort", "aid", "help", "join", "flank"}
)


def _escorts(tok: Token) -> list[Token]:
    """``police, accompanied by men in civilian clothes``, ``troops backed by militiamen``: those
    with the doer act with it."""
    out: list[Token] = []
    for k in (tok, *tok.conjuncts):
        for c in k.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in ESCORT_LEMMAS:
                out.extend(_by_phrases(c))
    return out


CROWD_KINDS = frozenset({"protesters", "students", "labor"})


def _crowd_in_sentence(head: Token, known: Sequence[Actor], bound: Sequence[Actor]) -> Actor | None:
    """The crowd a sentence names beside force used on an unnamed target: the latest protesters,
    students or workers written before the trigger in its sentence, not already a party to it."""
    seg = segment(head)
    taken = {a.start_char for a in bound}
    found = [
        a
        for a in known
        if a.start_char is not None
        and seg.start_char <= a.start_char < head.idx
        and a.kind in CROWD_KINDS
        and a.start_char not in taken
    ]
    return found[-1] if found else None


def _place_like(tok: Token) -> bool:
    """A building, site or place named as what was hit ("students at Sharif University"): no one hurt."""
    return (
        tok.ent_type_ in ("FAC", "GPE", "LOC") or lemma(tok) in FACILITY_NOUNS or tok.lower_ in FACILITY_NOUNS
    )


URGE_LEMMAS = frozenset({"urge", "call", "invite", "ask", "appeal", "encourage"})
JOIN_LEMMAS = frozenset({"join", "participate"})


def _joiners(head: Token) -> list[Token]:
    """Those urged or expected to join a strike or protest others called: its participants.
    ``… and urged teachers, farmers and lawyers to join``; ``Port workers and copper miners are
    expected to join`` in the sentence after the call."""
    doc = head.doc
    seg = segment(head)
    out: list[Token] = []
    for t in seg:  # "urged X to join"
        if lemma(t) in JOIN_LEMMAS and t.dep_ == "xcomp" and lemma(t.head) in URGE_LEMMAS:
            out.extend(k for o in t.head.children if o.dep_ == "dobj" for k in _conjuncts(o))
    if seg.end < len(doc):
        nxt = segment(doc[seg.end]) if not doc[seg.end].is_space else None
        for t in nxt if nxt is not None else ():
            # "X are expected to join", "X will join": an intransitive join right after the call
            if lemma(t) not in JOIN_LEMMAS or any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in t.children):
                continue
            gov = t.head if t.dep_ == "xcomp" else t
            subj = next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                out.extend(_conjuncts(subj))
    return out


def _second_subjects(verb: Token, first: Token) -> list[Token]:
    """``The Workers' Unitary Centre (CUT), Chile's largest labour federation, … have called``: an
    apposition the parser made a second subject of the verb; the name does what the description does."""
    return [
        c
        for c in verb.children
        if c.dep_ == "nsubj"
        and c.i != first.i
        and c.i < verb.i
        and c.pos_ in ("NOUN", "PROPN")
        and c.ent_type_ not in NOT_PERSON_ENTITIES - {"ORG"}
        and not (c.text.isupper() and _line_start(c.left_edge))  # "ADDIS ABABA, Aug 10 (Wire) -"
        and not (c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == "(")  # "(New China Review)"
    ]


def _line_start(tok: Token) -> bool:
    text = doc_text(tok.doc)
    return not text[text.rfind("\n", 0, tok.idx) + 1 : tok.idx].strip()


def _lost_passive_subject(head: Token) -> Token | None:
    """``In the early hours of Oct. 19, X, a lawyer, and Y were shot dead``: a passive verb whose
    subject the parser joined to the date of a fronted phrase. The first name so joined."""
    if head.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in head.children):
        return None
    if any(c.dep_ in ("nsubjpass", "nsubj", "csubjpass") for c in head.children):
        return None
    for c in head.children:
        if c.dep_ != "prep" or c.i > head.i:
            continue
        for t in c.subtree:
            if (
                t.dep_ in ("conj", "appos")
                and t.pos_ in ("PROPN", "NOUN")
                and t.head.ent_type_ in ("DATE", "TIME")
                and t.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC")
            ):
                return t
    return None


# A call whose author leads what it calls for: "calls by radical groups for a general strike",
# "took to the streets in response to calls by online activists".
CALL_NOUN_LEMMAS = frozenset({"call", "appeal", "summons", "invitation"})


def _callers(head: Token) -> list[Token]:
    """The ``by`` agents of a call that the trigger answers or names."""
    calls: list[Token] = []
    out: list[Token] = []
    if head.dep_ == "pobj" and head.head.lower_ == "for":
        gov = head.head.head
        if lemma(gov) in CALL_NOUN_LEMMAS:
            calls.append(gov)  # "calls by X for a general strike"
        elif gov.dep_ == "pobj" and gov.head.lower_ == "by" and lemma(gov.head.head) in CALL_NOUN_LEMMAS:
            out.append(gov)  # the same with "for …" hung on the caller
    for t in head.subtree if head.pos_ in ("VERB", "AUX") else ():
        # "took to the streets in response to calls by X", "… at the call of X"
        if lemma(t) in CALL_NOUN_LEMMAS and t.pos_ == "NOUN" and t.i > head.i and t.dep_ in ("pobj", "dobj"):
            anc = t.head
            hops = 0
            while anc.i != head.i and hops < 4 and anc.pos_ not in ("VERB", "AUX"):
                anc = anc.head
                hops += 1
            if anc.i == head.i:
                calls.append(t)
    for call in calls:
        for c in call.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                out.extend(g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"))
            if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"):
                out.append(c)  # "the opposition's call for a strike"
    return out


def _by_phrases(verb: Token) -> list[Token]:
    """Every ``by X`` agent of a verb, also a second one joined to the first ("by police or by militias")."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            for prep in (c, *c.conjuncts):
                out.extend(g for g in prep.children if g.dep_ == "pobj")
    return out


def _bare_passive(head: Token) -> bool:
    """``reported 16 people killed``, ``saw two men arrested``: a past participle with no auxiliary
    after a verb of saying or seeing is passive, so its parsed subject is the one it was done to."""
    if head.tag_ != "VBN" or head.dep_ not in ("ccomp", "xcomp", "oprd"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in head.children):
        return False  # "security forces arrested three mourners, KHRN said": an object makes it active
    return lemma(head) in HARM_LEMMAS | HOLD_LEMMAS | {"execute", "hang", "torture", "beat"}


def _driven_by(tok: Token) -> Token:
    """``a vehicle driven by protesters``, ``stones thrown by hooded youths``, ``shells fired by the
    RSF``: a thing described by who wielded it stands for them."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP") or lemma(tok) not in WIELDED_NOUNS:
        return tok
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agents = _by_phrases(c)
            if agents:
                return agents[0]
    return tok


def _more_agents(head: Token, etype: str) -> list[Token]:
    """Agents beyond the first: "shot by security forces or by armed groups"; and, for a killing whose
    victims are described by how they died, the agents of that description ("16 people were killed,
    most of them shot by police")."""
    out = _by_phrases(head)[1:]
    first = agent(head)
    if first is not None and _driven_by(first) is not first:
        out.append(_driven_by(first))  # "injured by stones thrown by hooded thugs"
    if etype not in ("killing", "attack") or first is not None:
        return out
    for c in head.children:  # "killed in a crackdown by security forces and armed groups"
        if c.dep_ == "prep" and c.lower_ in ("in", "during"):
            for g in c.children:
                if g.dep_ == "pobj" and g.pos_ == "NOUN":
                    out.extend(_by_phrases(g))
    victim = patient(head)
    if victim is None:
        return out
    for t in victim.subtree:
        if (
            t.tag_ == "VBN"
            and t.dep_ in ("acl", "relcl", "conj")
            and lemma(t) in HARM_LEMMAS | {"beat", "torture"}
        ):
            out.extend(_by_phrases(t))
    return out


def _stray_passive(head: Token) -> Token | None:
    """``told the group that he was held …, beaten with a hose and subjected to shocks``: a bare
    participle the parser hung on the reporting verb belongs to the reported passive clause, so the
    reporter is not its doer."""
    from .lexicon import word_set

    if head.tag_ != "VBN" or head.dep_ not in ("xcomp", "conj", "advcl"):
        return None
    if any(c.dep_ in ("nsubj", "aux", "auxpass", "nsubjpass", "dobj") for c in head.children):
        return None
    gov = head.head
    for _ in range(4):
        if gov.tag_ != "VBN" or gov.dep_ not in ("xcomp", "conj", "advcl") or gov.head.i == gov.i:
            break
        gov = gov.head
    for c in gov.children if lemma(gov) in word_set("reporting_verbs") else ():
        if c.dep_ == "ccomp" and any(g.dep_ == "auxpass" for g in c.children):
            return next((g for g in c.children if g.dep_ == "nsubjpass"), gov)
    return None


def _accused(head: Token) -> list[Token]:
    """``accused the army of killing civilians``, ``two men convicted of murdering a guard``,
    ``X was charged with attacking police``: the one accused or convicted does the act."""
    if head.dep_ != "pcomp" or head.head.lower_ not in ("of", "for", "with"):
        return []
    verb = head.head.head
    if verb.dep_ == "dobj" and lemma(verb.head) in ACCUSE_LEMMAS:
        return [verb]  # "accused plainclothes officers of assaulting …" with "of" hung on the officers
    if lemma(verb) not in ACCUSE_LEMMAS or verb.i == head.head.i:
        return []
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if objs:
        return objs[:1]
    if verb.dep_ in ("acl", "amod", "relcl") and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]  # "rioters convicted of killing a guard"
    if verb.dep_ == "acomp":  # "found guilty of"
        return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]
    return []


def _called_on(head: Token, etype: str) -> list[Token]:
    """``called on supporters abroad to demonstrate``, ``urged traders to close their shops``: those
    called on are the protest's initiators (the caller only calls)."""
    if etype not in INITIATOR_TYPES or head.dep_ not in ("xcomp", "advcl", "ccomp"):
        return []
    verb = head.head
    if lemma(verb) not in CALL_ON_LEMMAS or verb.i == head.i:
        return []
    if any(c.dep_ == "nsubj" for c in head.children):
        return []
    for c in verb.children:
        if c.dep_ == "dobj" and c.i < head.i:
            return [c]
        if c.dep_ == "prep" and c.lower_ in ("on", "upon") and c.i < head.i:
            return [g for g in c.children if g.dep_ == "pobj"][:1]
    return []


def _hurt_when(head: Token, etype: str) -> list[Token]:
    """``six officers were injured when protesters threw bottles at them``: the injured of the main
    clause are what the riot or attack in its "when" clause was done to."""
    if etype not in ("riot", "attack") or head.dep_ != "advcl":
        return []
    if not any(c.lower_ in ("when", "as", "after") and c.dep_ in ("advmod", "mark") for c in head.children):
        return []
    gov = head.head
    out: list[Token] = []
    # "five guards were martyred and two others wounded when …": the clause and its conjuncts
    for verb in (gov, *gov.conjuncts):
        if lemma(verb) not in HURT_LEMMAS:
            continue
        passive = (
            any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
            or lemma(verb) == "die"
            or (verb.tag_ == "VBN" and verb.dep_ == "conj")
        )
        if passive:
            out.extend([c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")][:1])
    return out


AIMED_LEMMAS = frozenset({"fire", "shoot", "throw", "hurl", "lob", "aim", "open", "point", "charge", "spray"})
VAGUE_SOME = frozenset({"several", "some", "many", "most", "few", "dozens", "hundreds", "others"})
HOLD_LEMMAS = frozenset({"detain", "arrest", "hold", "jail", "imprison", "abduct"})


def _actor_root(doc: Doc, a: Actor) -> Token | None:
    """The head token of an actor mention written in the text."""
    if a.start_char is None or a.end_char is None:
        return None
    span = doc.char_span(a.start_char, a.end_char, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


GROUP_WORDS = frozenset(
    {
        "group",
        "organisation",
        "organization",
        "movement",
        "militia",
        "faction",
        "outfit",
    }
)
NAMED_BODY_KINDS = frozenset({"state", "unknown", "rights_group", "religious"})
# "the committee", "the union": the named body of that sort, when its name says it is one.
NAMED_GROUP_WORDS = frozenset(
    {
        "committee",
        "union",
        "federation",
        "confederation",
        "coalition",
        "alliance",
        "front",
        "association",
        "platform",
        "party",
        "council",
    }
)
ACTING_GROUP_KINDS = frozenset(
    {"armed_group", "political_party", "opposition_group", "protesters", "labor", "students"}
)


def _the_group(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """``the group``, ``the militia``: the named group of that sort the article last mentioned."""
    word = lemma(tok)
    if word not in GROUP_WORDS | NAMED_GROUP_WORDS or not any(
        c.lower_ in ("the", "this") for c in tok.children
    ):
        return None
    if any(c.dep_ in ("amod", "compound") for c in tok.children):
        return None  # "the terrorist group X" names its own
    before = [
        a
        for a in known
        if a.end_char is not None
        and a.end_char <= tok.idx
        and (a.kind in ACTING_GROUP_KINDS or (word in NAMED_GROUP_WORDS and a.kind in NAMED_BODY_KINDS))
        and not (a.identifier or "").startswith("ew:generic-")
        and a.text is not None
        and a.text[:1].isupper()
        and (word in GROUP_WORDS or word in a.name.lower() or word in a.text.lower())
    ]
    if not before:
        return None
    pick = before[-1]
    return pick.replace(role=role, aliases=(*pick.aliases, f"the {tok.lower_}"))


SINGLE_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
# People named by a noun that the shared word lists do not carry.
PERSON_NOUNS = frozenset(
    {
        "colleague",
        "classmate",
        "comrade",
        "neighbour",
        "neighbor",
        "friend",
        "peasant",
        "vendor",
        "hawker",
        "client",
        "customer",
        "tenant",
        "inmate",
        "cellmate",
    }
)
NOT_PERSON_ENTITIES = frozenset({"ORG", "GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "PRODUCT", "LAW"})


def _person_noun(tok: Token, animate: frozenset[str]) -> bool:
    """A common noun for people ("colleagues", "young men", "a street vendor"), not a count or a pronoun."""
    if tok.pos_ != "NOUN" or tok.like_num or tok.ent_type_ in NOT_PERSON_ENTITIES:
        return False
    if tok.lower_ in VAGUE_SOME or lemma(tok) in ("other", "one", "thousand", "hundred", "dozen", "score"):
        return False
    return lemma(tok) in PERSON_NOUNS or is_animate(tok, animate)


def _described_antecedent(tok: Token, role: ActorRole) -> Actor | None:
    """``a 27-year-old street vendor died …; officers beat him to death``: the person a singular
    pronoun stands for when no name was given, the last singular subject naming a person in this
    sentence or the one before (not one who only reports, not a state agent)."""
    from .lexicon import word_set

    animate = word_set("animate")
    reporting = word_set("reporting_verbs")
    seg = segment(tok)
    doc = tok.doc
    lo = segment(doc[seg.start - 1]).start if seg.start > 0 else seg.start
    best: Token | None = None
    for i in range(lo, tok.i):
        c = doc[i]
        if c.dep_ not in ("nsubj", "nsubjpass") or c.tag_ != "NN" or not _person_noun(c, animate):
            continue
        if lemma(c.head) in reporting or lemma(c) in (
            "family",
            "group",
            "crowd",
            "mob",
            "staff",
            "personnel",
        ):
            continue
        if _actor_kinds().get(lemma(c)) in ("security_forces", "state", "judiciary"):
            continue
        best = c
    return np_actor(best, "civilians", role) if best is not None else None


def _full_name(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """``Fathy`` after ``Karim Fathy``: a surname standing for the person named in full before."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in NOT_PERSON_ENTITIES or not tok.text[:1].isupper():
        return None
    if any(c.dep_ == "compound" for c in tok.children) or tok.dep_ == "compound":
        return None  # a full name itself, or part of one
    doc = tok.doc
    full = None
    for ent in doc_ents(doc):
        if ent.start >= tok.i:
            break
        if (
            ent[-1].text == tok.text
            and 2 <= len(ent) <= 4
            and (
                ent.label_ == "PERSON"
                or (ent.label_ == "ORG" and tok.ent_type_ == "PERSON" and all(t.pos_ == "PROPN" for t in ent))
            )
        ):
            full = ent  # the small model tags some full names ORG and the bare surname PERSON
    if full is None:
        return None
    for a in known:
        if a.start_char is not None and a.start_char <= full.start_char < (a.end_char or 0):
            if a.kind not in ("unknown", "civilians") and full.label_ != "PERSON":
                return None  # a named body after all
            return a.replace(
                role=role, aliases=(*a.aliases, tok.text) if tok.text not in a.aliases else a.aliases
            )
    return Actor(
        text=full.text,
        start_char=full.start_char,
        end_char=full.end_char,
        name=full.text,
        aliases=(tok.text,),
        kind="unknown",
        role=role,
        country=None,
    )


def _named_person(tok: Token, role: ActorRole) -> Actor | None:
    """A victim named by a proper noun no dictionary or entity tagger knew: a person."""
    aged = any(c.dep_ == "appos" and c.like_num for c in tok.children)  # "Tamerlan, 26, died"
    if (
        tok.pos_ != "PROPN"
        or (tok.ent_type_ not in ("", "PERSON") and not aged)
        or not tok.text[:1].isupper()
    ):
        return None
    if tok.text.isupper() or _dateline(tok):
        return None
    return np_actor(tok, "civilians", role)


PART_NOUNS = frozenset(
    {
        "part",
        "parts",
        "section",
        "wing",
        "portion",
        "floor",
        "gate",
        "gates",
        "entrance",
        "door",
        "doors",
        "window",
        "windows",
        "facade",
        "façade",
        "front",
        "roof",
        "wall",
        "walls",
    }
)


def _part_of(tok: Token) -> Token:
    if tok.lower_ not in PART_NOUNS:
        return tok
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return tok


def _dateline(tok: Token) -> bool:
    """A place name in capitals opening a line: an article's dateline, not an actor."""
    if not (tok.text.isupper() and len(tok.text) > 2):
        return False
    text = doc_text(tok.doc)
    line_start = text.rfind("\n", 0, tok.idx) + 1
    after = text[tok.idx + len(tok.text) : tok.idx + len(tok.text) + 2].lstrip()
    return not text[line_start : tok.idx].strip() and after[:1] in ("(", ",", "\u2014", "-", "\u2013")


def _person(doc: Doc, a: Actor) -> bool:
    root = _actor_root(doc, a)
    return root is not None and root.ent_type_ == "PERSON" and a.kind in ("unknown", "civilians")


def _held(tok: Token) -> list[str]:
    """``a man detained in Hrodna``, ``activists held since May``: described as detainees."""
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and lemma(c) in HOLD_LEMMAS and c.tag_ == "VBN":
            return ["detainee"]
    if tok.dep_ in ("dobj", "nsubjpass") and lemma(tok.head) in HOLD_LEMMAS:
        return ["detainee"]  # "fighters detained 40 young men … several had been beaten"
    return []


def _known_as(tok: Token) -> list[str]:
    """``armed groups known as colectivos``, ``gangs, known locally as bandits``: the name they go by."""
    out: list[str] = []
    for c in tok.children:
        if c.dep_ in ("acl", "appos", "advcl", "relcl") and lemma(c) in ("know", "call", "dub", "describe"):
            for p in c.children:
                if p.dep_ in ("prep", "oprd") and p.lower_ == "as":
                    for g in p.children:
                        if g.dep_ == "pobj":
                            s, e = _np_span(g)
                            out.append(tok.doc[s:e].text)
    return out


def _believed_to_be(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """``men believed to be plainclothes officers``, ``gunmen thought to be militia members``: who
    the text says they are, with the written description kept as an alias."""
    for c in tok.children:
        if c.dep_ != "acl" or lemma(c) not in ("believe", "think", "suspect", "say", "report", "identify"):
            continue
        for x in c.children:
            if x.dep_ == "xcomp" and lemma(x) == "be":
                for attr in x.children:
                    if attr.dep_ == "attr":
                        who = _member_of(phrase_head(attr), known, role) or actor_at(attr, known, role)
                        if who is not None:
                            return who.replace(aliases=(*who.aliases, tok.lower_))
    return None


def _including(tok: Token) -> list[str]:
    """``21 people, including several journalists``: the named part; ``31 prisoners, including seven
    men``: the whole. Both describe the same victims, so each rides along as an alias of the other."""
    out: list[str] = []
    holders = [tok]
    if tok.dep_ in ("nsubjpass", "dobj") and tok.head.pos_ == "VERB":
        holders.append(tok.head)  # "Leftists were arrested, including X, Y and Z"
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("including", "among"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        for k in _conjuncts(phrase_head(g)):
                            s, e = _np_span(k)
                            out.append(tok.doc[s:e].text)
                            if lemma(k) in MEMBER_NOUNS:  # "eight members of the security forces"
                                out.extend(
                                    tok.doc[slice(*_np_span(b))].text
                                    for o in k.children
                                    if o.dep_ == "prep" and o.lower_ == "of"
                                    for b in o.children
                                    if b.dep_ == "pobj"
                                )
    if tok.dep_ == "pobj" and tok.head.lower_ == "including" and tok.head.head.i != tok.head.i:
        whole = phrase_head(tok.head.head)
        if whole.pos_ in ("NOUN", "PROPN"):
            s, e = _np_span(whole)
            out.append(tok.doc[s:e].text)
    return out


def bind_actors(
    head: Token, trigger_tokens: Sequence[int], etype: str, subtype: str | None, known: Sequence[Actor]
) -> list[Actor]:
    """Actors of an event from the dependency structure around its trigger head, with roles."""
    from .lexicon import word_set

    animate = word_set("animate")
    pairs: list[tuple[Token, str]] = []
    own = set(trigger_tokens)
    doc = head.doc
    trigger_lemma = lemma(head)
    force_lemma = next(
        (lemma(doc[i]) for i in trigger_tokens if lemma(doc[i]) in BODILY_FORCE_LEMMAS), trigger_lemma
    )  # "drove into crowds": the act, whichever word heads the trigger
    verbs = [doc[i] for i in trigger_tokens if doc[i].pos_ == "VERB"]
    if head.pos_ not in ("VERB", "AUX") and verbs:
        head = verbs[0]  # "went on strike", "took to the streets": the verb carries the arguments
    elif len(trigger_tokens) > 1:
        inside = set(trigger_tokens)
        roots = [doc[i] for i in trigger_tokens if doc[i].head.i not in inside or doc[i].head.i == i]
        if roots:
            head = roots[0]  # "a sit-in": the phrase's root carries its place in the sentence
    verbal = head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB")
    if verbal:
        s = None if _stray_passive(head) is not None else (subject(head) or _misparsed_subject(head))
        if s is not None and s.dep_ == "appos" and s.like_num and s.head.pos_ == "PROPN":
            s = s.head  # "Tamerlan, 26, died": an age, not a dateline's apposition
        called = _called_on(head, etype)
        if s is not None and _bare_passive(head):
            pairs.append((s, "patient"))  # "rights groups reported 16 people killed": they were killed
            s = None
        if s is not None:
            s = _driven_by(s)  # "a vehicle driven by protesters rammed into them": the protesters
        # the caller of "called on supporters to demonstrate" stays an initiator beside those called
        if s is not None and not _idle_doer(head, s):
            pairs.append((s, "doer"))
            # "The Workers' Unitary Centre (CUT), Chile's largest labour federation, … have called": an
            # apposition the parser made a second subject; the name is the doer as much as the description
            pairs.extend((c, "doer") for c in _second_subjects(head, s))
        if s is None and (lost := _lost_passive_subject(head)) is not None:
            pairs.append((lost, "patient"))
        a = agent(head)
        if a is not None:
            pairs.append((a, "doer"))
        pairs.extend((x, "doer") for x in _more_agents(head, etype))
        pairs.extend((x, "doer") for x in _accused(head))
        pairs.extend((x, "doer") for x in called)
        if etype in INITIATOR_TYPES:
            # "farmers marched on parliament, led by the Samyukt Kisan Morcha": who leads it starts it
            pairs.extend(
                (g, "doer")
                for c in (*head.children, *(s.children if s is not None else ()))
                if c.dep_ in ("advcl", "acl") and c.tag_ == "VBN" and lemma(c) in ORGANISE_LEMMAS
                for g in _by_phrases(c)
            )
        pairs.extend((x, "patient") for x in _hurt_when(head, etype))
        p = patient(head)
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
        if p is not None and _dateline(p):  # "TABRIZ (Wire) — Two men were hanged": the men
            p = next((c for c in head.children if c.dep_ == p.dep_ and c.i != p.i), None)
        if p is None and head.pos_ == "VERB":
            # "riot police beat and detained dozens of supporters": the object the conjoined verbs share
            p = next(
                (
                    g
                    for c in head.children
                    if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > head.i
                    for g in c.children
                    if g.dep_ == "dobj"
                ),
                None,
            )
        if p is None and etype in ("riot", "attack") and head.pos_ == "VERB":
            # "crowds looted and torched shops" parsed with "torched" an adjective of "shops", itself
            # a conjunct of the verb: the property the conjoined acts fell on
            p = next(
                (
                    c
                    for c in head.children
                    if c.dep_ == "conj"
                    and c.i > head.i
                    and c.pos_ == "NOUN"
                    and (lemma(c) in FACILITY_NOUNS or lemma(c) in PROPERTY_NOUNS)
                ),
                None,
            )
        if p is None and head.dep_ == "pcomp" and any(c.lower_ == "being" for c in head.children):
            # "died in custody after being tortured": the one who died
            gov = head.head.head
            p = (
                next((c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if gov.i != head.i
                else None
            )
        stray = _stray_passive(head)
        if p is None and stray is not None and stray.dep_ == "nsubjpass":
            p = stray  # "… that he was held, beaten and subjected to shocks": he
        if p is not None and p.i not in own:
            pairs.append((p, "patient"))
        elif (
            p is not None
            and etype in ("riot", "attack")
            and p.i != head.i
            and (lemma(p) in FACILITY_NOUNS or lemma(p) in PROPERTY_NOUNS)
        ):
            pairs.append((p, "patient"))  # "smashed shop windows": the property is the trigger's object
        if etype in VICTIM_TYPES:
            for c in head.children:  # "dozens were arrested, including two journalists and a lawyer"
                if c.dep_ == "prep" and c.lower_ == "including":
                    pairs.extend((g, "patient") for g in c.children if g.dep_ == "pobj" and g.i not in own)
        if etype in ("repression", "attack") and lemma(head) in RAID_LEMMAS:
            # "troops raided the camp, beating demonstrators and arresting nine": whom the raid was on
            for c in head.children:
                if (
                    c.dep_ == "advcl"
                    and c.tag_ == "VBG"
                    and c.i > head.i
                    and lemma(c) in ADJUNCT_FORCE_LEMMAS
                ):
                    pairs.extend((g, "patient") for g in c.children if g.dep_ == "dobj")
        if etype in ("attack", "riot"):
            # "troops burned 300 houses and killed seven villagers": the attack's victims too
            for c in head.children:
                if c.dep_ == "conj" and lemma(c) in HARM_LEMMAS and (hurt := patient(c)) is not None:
                    pairs.append((hurt, "patient"))
        if lemma(head) in DIE_LEMMAS and head.dep_ == "xcomp":
            # "he was the seventh political prisoner to die": the one named by the copula
            pairs.extend((c, "patient") for c in head.head.children if c.dep_ == "attr")
        holders = [head]
        if p is not None:
            # "fired [tear gas and water cannon] at X": the prep may hang off the object
            holders.extend(_conjuncts(p))
        preps: tuple[str, ...] = ("on", "against", "into")
        if etype in ("riot", "attack", "repression") or trigger_lemma in AIMED_LEMMAS:
            preps = (*preps, "at")  # "fired at protesters"; not "pronounced dead at the military hospital"
        if etype in ("riot", "attack") and any(lemma(c) == "fire" for c in head.children if c.dep_ == "dobj"):
            preps = (*preps, "to")  # "set fire to a police vehicle"
        if etype in ("riot", "attack") and lemma(head) in CLASH_LEMMAS | {"fight", "scuffle", "brawl"}:
            preps = (*preps, "with")  # "protesters clashed with police": the other side
        for h in holders:
            for c in [x for k in h.children if k.dep_ == "prep" for x in (k, *k.conjuncts)]:
                if c.dep_ in ("prep", "conj") and c.pos_ == "ADP" and c.lower_ in preps:
                    for g in c.children:
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
        for c in head.children:
            if (
                c.dep_ == "acl"
                and c.tag_ == "VBN"
                and etype in ("riot", "attack")
                and lemma(c) not in ORGANISE_LEMMAS
            ):
                pairs.extend((g, "doer") for g in _by_phrases(c))  # "stones thrown by hooded youths"
            if c.dep_ == "acl" and lemma(c) in ORGANISE_LEMMAS and etype in INITIATOR_TYPES:
                # "the strike, called by the party and backed by traders' associations"
                pairs.extend((g, "doer") for g in _by_phrases(c))
                for k in c.conjuncts:
                    pairs.extend((g, "doer") for g in _by_phrases(k))
        if (
            etype in ("attack", "killing")
            and lemma(head) not in CLASH_LEMMAS  # "wounded in a clash with smugglers": one side of it
            and head.dep_ == "pobj"
            and head.head.lower_ in ("in", "during", "with")
            and lemma(head.head.head) in HARM_LEMMAS
            and head.head.head.pos_ == "VERB"
        ):
            verb = head.head.head  # "accused the army of killing civilians in air strikes"
            doer = subject(verb)
            pairs.extend((x, "doer") for x in ([doer] if doer is not None else _accused(verb)))
            if (hurt := patient(verb)) is not None:
                pairs.append((hurt, "patient"))
        if etype in POSSESSED_TYPES:
            for c in head.children:  # "the arrest on 26 May of the rapper X": "of" hung on the date
                if c.dep_ == "prep" and c.lower_ in ("on", "in", "last"):
                    for g in c.children:
                        if g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME"):
                            pairs.extend(
                                (x, "patient")
                                for o in g.children
                                if o.dep_ == "prep" and o.lower_ == "of"
                                for x in o.children
                                if x.dep_ == "pobj" and x.ent_type_ not in ("DATE", "TIME")
                            )
        for c in head.children:
            if c.dep_ == "poss" and c.i not in own and etype in POSSESSED_TYPES:
                pairs.append((c, "patient"))  # "his arrest", "Khan's execution": the one it is done to
            elif c.dep_ in ("compound", "poss", "amod", "nmod") and c.i not in own and c.i < head.i:
                pairs.append((c, "doer"))
            if c.dep_ == "prep":
                for g in c.children:
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
        if (
            head.dep_ == "pobj"
            and head.head.dep_ == "agent"
            and etype in ("attack", "riot")
            and lemma(head.head.head) in HIT_LEMMAS
        ):
            # "the federal building was shattered by an explosion"
            pairs.extend((x, "patient") for x in head.head.head.children if x.dep_ == "nsubjpass")
        if etype in ("attack", "riot"):
            for c in head.children:  # "an attack at a cafe", "the bombing at the checkpoint"
                if c.dep_ == "prep" and c.lower_ == "at":
                    pairs.extend(
                        (g, "patient") for g in c.children if g.dep_ == "pobj" and lemma(g) in FACILITY_NOUNS
                    )
        if (
            head.dep_ == "dobj"
            and head.head.pos_ == "VERB"
            and etype not in INITIATOR_TYPES
            and lemma(head.head) in DO_LEMMAS
        ):
            # "police fired rubber bullets at students", "launched air strikes on the town"
            verb = head.head
            s = subject(verb)
            if s is not None and s.i not in own:
                pairs.append((s, "doer"))
            for c in verb.children:
                if c.dep_ == "prep" and c.lower_ in ("at", "on", "against", "into"):
                    pairs.extend((g, "patient") for g in c.children if g.dep_ == "pobj" and g.i not in own)
        if etype in POSSESSED_TYPES and not any(w == "patient" for _, w in pairs):
            for c in head.children:  # "the death in custody of Jina Mahsa Amini"
                if c.dep_ == "prep" and c.lower_ in ("in", "under"):
                    for g in c.children:
                        for c2 in g.children if g.dep_ == "pobj" else ():
                            if c2.dep_ == "prep" and c2.lower_ == "of":
                                pairs.extend((x, "patient") for x in c2.children if x.dep_ == "pobj")
            if not any(w == "patient" for _, w in pairs) and head.i + 3 < len(doc):
                # the same with "in custody" hung on the verb: "followed the death in custody of X"
                prep, hold, of = doc[head.i + 1], doc[head.i + 2], doc[head.i + 3]
                if prep.lower_ in ("in", "under") and lemma(hold) in CUSTODY_NOUNS and of.lower_ == "of":
                    pairs.extend((x, "patient") for x in of.children if x.dep_ == "pobj")
        if (
            head.dep_ in ("dobj", "attr", "oprd")
            and head.head.pos_ == "VERB"
            and etype in INITIATOR_TYPES
            and naming_governor(head) is None  # "in what organisers called a strike": they only name it
            and lemma(head.head) not in HOSTILE_LEMMAS
        ):
            s = subject(head.head)
            if s is not None:
                pairs.append((s, "doer"))
                pairs.extend((c, "doer") for c in _second_subjects(head.head, s))
        elif (
            etype in INITIATOR_TYPES
            and head.dep_ == "dobj"
            and head.head.pos_ == "VERB"
            and any(c.dep_ == "nsubj" for c in head.head.children)
            and any(_by(c) and c.i > head.i for c in head.head.children)
        ):
            # "security forces broke up the sit-in by supporters of Morsi": an active verb has no
            # agent, so the "by" phrase the parser gave it names who held the sit-in
            pairs.extend(
                (g, "doer")
                for c in head.head.children
                if _by(c) and c.i > head.i
                for g in c.children
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
            s = subject(head.head.head)  # "Fathy has been on hunger strike since April": who strikes
            if s is not None:
                pairs.append((s, "doer"))
        elif (
            etype in INITIATOR_TYPES
            and head.dep_ == "pobj"
            and head.head.lower_ == "for"
            and lemma(head.head.head) in CALL_LEMMAS
        ):
            s = subject(head.head.head)  # "activists called for protests": who calls, protests
            if s is not None:
                pairs.append((s, "doer"))
    if etype in ("attack", "riot") and not verbal:
        pairs.extend(_heard_as(head))
    if etype in ("attack", "killing", "riot") and not verbal:
        pairs.extend((x, "doer") for x in _claimed_by(head))
    if etype in ("attack", "killing") and not verbal:
        # "wounded by gunfire from criminal structures", "shots from the rooftops": who fired
        pairs.extend(
            (g, "doer")
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children
            if g.dep_ == "pobj" and g.ent_type_ not in NOT_PERSON_ENTITIES
        )
    pairs.extend((x, "doer") for t, w in list(pairs) if w == "doer" for x in _escorts(t))
    callers = {x.i for x in _callers(head)} if etype in INITIATOR_TYPES else set()
    amid = _amid_doers(head, etype)
    pairs.extend((x, "doer") for x in amid)
    pairs.extend((doc[i], "doer") for i in sorted(callers))
    if etype == "repression" and subtype == "internet_shutdown":
        pairs.extend((x, "patient") for x in _networks(head, trigger_tokens))
    out: list[Actor] = []
    weak: list[Actor] = []
    seen: set[tuple[str, str | None]] = set()
    for tok, which in pairs:
        # "several hundred civil servants, doctors and teachers": the conjuncts of the phrase's head
        listing = [_named_head(tok)] if which == "doer-only" else _conjuncts(_named_head(tok))
        listed = _listed(listing)
        for t in listing:
            hd = phrase_head(t)
            animate_patient = (is_animate(hd, animate) or lemma(hd) in PERSON_NOUNS) and not _place_like(hd)
            doer_role, patient_role = _roles(etype, subtype, animate_patient, force_lemma)
            role = doer_role if which in ("doer", "doer-only") else patient_role
            if etype == "killing" and trigger_lemma in DIE_LEMMAS and which == "doer":
                role = "victim"  # "26 people died": the subject of dying is the victim
            t = _unrelative(t)
            t = _part_of(t)  # "set part of the parliament building on fire": the building
            ph = _named_head(t)  # asked a dozen times below
            if _dateline(ph):
                continue  # "SHIRAZ (Agency) — …": the dateline is no party to the event
            actor = (
                _full_name(ph, known, role)
                or _believed_to_be(ph, known, role)
                or _apposed_name(ph, known, role)
                or _member_of(ph, known, role)
                or _in_uniform(ph, known, role)
                or (_owner_of(ph, known, etype) if which == "patient" else None)
                or actor_at(t, known, role)
                or (_facility(ph, known, role, etype) if which == "patient" else None)
                or (_network(ph) if which == "patient" and subtype == "internet_shutdown" else None)
            )
            if actor is None and t.lower_ in ("it", "its"):
                actor = org_antecedent(t, known, role)  # "the agency said it had arrested seven tailors"
            if actor is None:
                actor = _the_group(ph, known, role)  # "the group has claimed 160 attacks"
            if actor is None and (role == "victim" or (role == "initiator" and which == "doer")):
                actor = _named_person(ph, role)  # "Tamerlan, 26, died after a gunfight"
            if actor is None and which != "patient" and t.lower_ in ("he", "she", "they"):
                # "the factions warned they would escalate attacks", "he was the seventh prisoner to die"
                actor = antecedent(t, known, role, forces_too=True)
            if (
                actor is None
                and which == "patient"
                and t.lower_ in VAGUE_SOME
                and t.n_lefts + t.n_rights == 0
            ):
                actor = _others(t, known, role)  # "lawyers for the detainees said several had been beaten"
            if actor is None and which == "patient" and lemma(ph) == "other":
                actor = _others(ph, known, role)  # "killed three of the terrorists and arrested two others"
            if actor is None and which == "patient" and etype in VICTIM_TYPES | {"repression", "riot"}:
                # a riot's or attack's "them" may be the police; an arrest's or beating's is not
                forces_too = etype in ("riot", "attack")
                actor = antecedent(ph, known, role, forces_too=forces_too)
            if actor is None and tok.i in callers and ph.pos_ in ("NOUN", "PROPN"):
                actor = np_actor(ph, "unknown", role)  # "calls by radical groups": whoever they are
            if actor is None and t.lower_ in SINGLE_PERSON_PRONOUNS:
                actor = _described_antecedent(t, role)  # "a street vendor died … two days after his arrest"
            if actor is None and _person_noun(ph, animate) and which == "patient":
                # "assaulting two of their colleagues": people named by a noun no dictionary or lexicon
                # knows are still the event's, when nothing better turns up for their role
                weak.append(np_actor(ph, "civilians", role))
            if actor is None:
                continue
            if tok in amid and actor.kind in NOT_AMID_KINDS:
                continue  # "police fired during the protest": no protester
            if listed and listed != actor.text and listed not in actor.aliases:
                actor = actor.replace(aliases=(*actor.aliases, listed))  # "shops, banks and police stations"
            described = _actor_root(doc, actor) or ph
            extra_names = [
                x
                for x in (*_known_as(described), *_including(described), *_held(described))
                if x not in actor.aliases
            ]
            if extra_names:
                actor = actor.replace(aliases=(*actor.aliases, *extra_names))
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
                if actor.text and actor.text != kept.text and actor.text not in kept.aliases:
                    out[at] = kept.replace(aliases=(*kept.aliases, actor.text))
                continue
            seen.add(key)
            out.append(actor)
    if etype in ("strike", "protest"):
        names = {a.name for a in out}
        for t in _joiners(head):
            joined = actor_at(t, known, "participant") or (
                np_actor(t, "civilians", "participant") if _person_noun(t, animate) else None
            )
            if joined is not None and joined.name not in names:
                names.add(joined.name)
                out.append(joined.replace(role="participant"))
    doers = {a.start_char for a in out if a.role in ("perpetrator", "initiator") and a.start_char is not None}
    out = [
        a for a in out if not (a.role in ("victim", "target") and a.start_char in doers)
    ]  # one mention, one side
    text = doc_text(doc)
    out = [party_named(a, known, text, doc) for a in out]
    protest_setting = etype in ("repression", "killing", "arrest", "torture") and at_protest(head)
    if etype == "repression" and subtype in STATE_MEASURES and not any(a.role == "perpetrator" for a in out):
        out.append(_state_measure_doer(head, known))
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
        out.extend(_sentence_victim(head, known, out))
    if (
        etype == "torture"
        and not any(a.role == "victim" for a in out)
        and any(w.role == "victim" for w in weak)
    ):
        # "two of her clients were kicked and punched": people held, so detainees too
        out.extend(
            w.replace(aliases=(*w.aliases, "Detainees", "detainees")) for w in weak if w.role == "victim"
        )
    if etype == "torture" and not any(a.role == "victim" for a in out):
        out.append(
            Actor(
                text=None,
                start_char=None,
                end_char=None,
                name="Detainees",
                aliases=("prisoners",),
                kind="civilians",
                role="victim",
                country=None,
            )
        )  # torture is what is done to those held; the clause often names them only by a pronoun
    for w in weak:
        if not any(a.role == w.role for a in out):
            out.append(w)
    if etype in ("repression", "killing", "arrest") and protest_setting:
        out = [as_protesters(a) for a in out]
        if not any(a.role in ("victim", "target") for a in out):
            implied: ActorRole = (
                _roles(etype, subtype, True, force_lemma)[1] if etype == "repression" else "victim"
            )
            crowd = _crowd_in_sentence(head, known, out) if etype == "repression" else None
            if crowd is not None:
                # "youths smashed shop windows …, and police responded with tear gas": at them
                out.append(crowd.replace(role=implied))
            else:
                out.append(
                    Actor(
                        text=None,
                        start_char=None,
                        end_char=None,
                        name="Protesters",
                        aliases=("demonstrators",),
                        kind="protesters",
                        role=implied,
                        country=None,
                    )
                )
    if etype in INITIATOR_TYPES:
        leaders = [a for a in out if a.role == "initiator"]
        if not leaders or all(_person(doc, a) for a in leaders):
            # a march "led by" named people is still its movement's: the story's protagonists join them
            out.extend(
                a for a in implicit_initiator(head, etype, known, out) if a.name not in {x.name for x in out}
            )
        if etype == "protest":
            out = [protesting(a) if a.role == "initiator" else a for a in out]
            if _at_funeral(head):
                out = [_mourning(a) if a.role == "initiator" else a for a in out]
        else:
            out = [as_protesters(a) if a.role == "initiator" else a for a in out]
            if etype == "riot":  # whoever riots, unnamed, is a rioter ("thugs", "youths", "a mob")
                out = [
                    a.replace(aliases=(*a.aliases, "rioters"))
                    if a.role == "initiator"
                    and (a.identifier is None or a.identifier.startswith("ew:generic-"))
                    and a.kind not in ("state", "security_forces", "political_party")
                    and "rioters" not in a.aliases
                    and a.name != "Rioters"
                    else a
                    for a in out
                ]
    if etype in ("protest", "riot") and not any(a.role == "initiator" for a in out):
        out.append(
            Actor(
                text=None,
                start_char=None,
                end_char=None,
                name="Protesters" if etype == "protest" else "Rioters",
                aliases=("demonstrators",)
                if etype == "protest"
                else PROTESTER_NAMES,  # a crowd turned violent
                kind="protesters",
                role="initiator",
                country=None,
            )
        )
    if etype in INITIATOR_TYPES or etype in ("repression", "killing", "arrest", "torture"):
        group = story_group(doc, known)
        out = [with_story_group(a, group) if a.role != "perpetrator" else a for a in out]
    return out


# ---------------------------------------------------------------- times


def token_at(doc: Doc, char: int) -> Token | None:
    return syntax_token_at(doc, char)


NAMING_LEMMAS = frozenset(
    {"call", "describe", "term", "dub", "label", "brand", "characterise", "characterize", "name", "bill"}
)
NAMED_CLOSER = 0.05  # a naming takes its governor's count ahead of the governor's own trigger


def naming_governor(head: Token) -> Token | None:
    """The act a naming construction recasts: "formed a human chain in what organisers called a
    warning strike", "walked out in what was described as a protest strike" → the governing verb."""
    tok = head
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        tok = tok.head
    if tok.dep_ not in ("oprd", "prep", "attr", "dobj", "xcomp") or tok.head.i == tok.i:
        return None
    verb = tok.head
    if lemma(verb) not in NAMING_LEMMAS or not any(c.lower_ == "what" for c in verb.children):
        return None
    prep = verb.head
    if verb.dep_ in ("pcomp", "pobj") and prep.dep_ == "prep" and prep.head.i != prep.i:
        return prep.head
    return None


def in_clause(tok: Token, head: Token) -> bool:
    """``tok`` sits in the clause of ``head`` (not in a conjoined or subordinate clause below it)."""
    return tok == head or clause_head(tok) == clause_head(head)


# ---------------------------------------------------------------- magnitudes


def magnitude_score(
    m: Magnitude, head: Token, etype: str, claims: Sequence[Claim], claim_id: str | None
) -> float | None:
    """How closely a magnitude belongs to an event (lower is closer), or None when it cannot.

    The wounded of a killing ("shot dead three and wounded two others") are its own only when no
    clash, riot or crackdown in the sentence claims them: they score a step further away.
    """
    score = _magnitude_score(m, head, etype, claims, claim_id)
    if score is not None and etype == "killing" and m.kind == "injuries":
        return score + INJURY_ON_KILLING
    return score


def _magnitude_score(
    m: Magnitude, head: Token, etype: str, claims: Sequence[Claim], claim_id: str | None
) -> float | None:
    """How closely a magnitude belongs to an event (lower is closer), or None when it cannot."""
    if m.kind != "other" and m.kind not in COMPATIBLE_KINDS.get(etype, frozenset()):
        return None
    governor = naming_governor(head)
    if governor is not None:
        # "several hundred nurses formed a human chain in what organisers called a warning strike":
        # the name recasts the act of the governing clause, whose counts are its own (the name's
        # own phrase keeps its figures: "a general strike across 16 towns")
        tok = token_at(head.doc, m.start_char)
        own = tok is not None and any(
            a.head == governor and a != governor and head in a.subtree for a in (tok, *tok.ancestors)
        )
        if tok is not None and not own:
            score = _magnitude_score(m, governor, etype, claims, claim_id)
            return None if score is None else max(score - NAMED_CLOSER, 0.0)
    inside = [c for c in claims if c.content.start <= m.start_char < c.content.end]
    if inside and claim_id not in {c.id for c in inside}:
        return None  # a figure inside a claim stays with that claim's events
    doc = head.doc
    tok = token_at(doc, m.start_char)
    if tok is None or segment(tok).start != segment(head).start:
        return None
    last = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
    num = last[-1] if last is not None and len(last) else tok
    cur = num
    for depth in range(6):
        if cur == head:
            return float(depth) / 10
        if cur.head == cur:
            break
        cur = cur.head
    if head in num.subtree or any(a == num for a in head.subtree):
        return 0.5
    if head.dep_ in ("relcl", "acl") and num.head == head.head:
        return 0.3  # "seven men who were hanged": the count of the noun the clause describes
    if m.kind == "other":
        return None  # an uncategorised count only binds when it is attached to the trigger
    if in_clause(num, head):
        return 1.0 + abs(num.i - head.i) / 100
    return 2.0 + abs(num.i - head.i) / 100
