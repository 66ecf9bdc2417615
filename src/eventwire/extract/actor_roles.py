"""Actor roles of single tokens: in which role the actor a noun phrase names takes part (which actor
it names is :mod:`.actor_roles_phrases`'s, re-exported here).

Split from :mod:`.binding`: members, supporters, uniforms, facilities and networks, victims
in the sentence, state measures and mourners.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import Actor, ActorRole, inferred
from .actor_roles_phrases import MEMBER_NOUNS, actor_at, named_head, np_actor, np_span
from .actor_roles_phrases import _overlapping as _overlapping  # re-exported for the rule-cache tests
from .actor_roles_scenes import dateline
from .actor_roles_telling import told_through
from .implicit_actors_antecedents import (
    antecedent,
    described_body,
    org_antecedent,
)
from .syntax import (
    char_span,
    children_index,
    kids,
    lemma,
    parse_tree,
    phrase_head,
    segment,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "BODILY_FORCE_LEMMAS",
    "DIE_LEMMAS",
    "FOUND_LEMMAS",
    "HARM_LEMMAS",
    "HIT_LEMMAS",
    "HOSTILE_LEMMAS",
    "INITIATOR_TYPES",
    "MEMBER_NOUNS",
    "actor_at",
    "apposed_name",
    "conjuncts",
    "idle_doer",
    "in_uniform",
    "listed_names",
    "listed_text",
    "member_of",
    "named_head",
    "np_actor",
    "np_span",
    "others",
    "relative_doer",
    "roles",
    "sentence_victim",
    "unrelative",
]


DIE_LEMMAS = frozenset({"die", "death", "dead", "perish", "lose", "life", "toll"})
# A body found: "residents found the body of X", "the bodies were discovered in a ditch".
FOUND_LEMMAS = frozenset({"find", "discover", "recover", "retrieve"})
INITIATOR_TYPES = frozenset({"protest", "strike", "riot"})
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
HARM_LEMMAS = frozenset({"kill", "wound", "injure", "shoot", "murder", "behead", "massacre", "die", "dead"})


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


def idle_doer(head: Token, doer: Token) -> bool:
    """A subject inherited by a toll participle from a verb of gathering or presence.

    "Residents gathered …, killing 23": the participle's subject is not its own (``doer`` is not
    a child of ``head``), and the verb that owns it is no act of harm, so its subject did not kill.
    """
    if doer.head.i == head.i or head.tag_ != "VBG" or head.dep_ not in TOLL_DEPS:
        return False
    owner = doer.head
    return lemma(owner) in IDLE_LEMMAS and lemma(head) in HARM_LEMMAS | {"leave"}


def conjuncts(tok: Token) -> list[Token]:
    """``[tok, *[c for c in tok.conjuncts if c.i > tok.i]]``, walked over the per-Doc head and children
    indices as spaCy's ``Token.conjuncts`` walks them (it builds a Token per step)."""
    doc = tok.doc
    _pos, dep, heads = parse_tree(doc)
    children = children_index(doc)
    start = tok.i
    while start != heads[start] and dep[start] == "conj":  # up to the first of the coordination
        start = heads[start]
    found = [start]
    for w in found:  # grows as it is walked: each conjunct's own right-hand conjuncts
        for c in children[w]:
            if c > w and dep[c] == "conj":
                found.append(c)
    toks = tokens(doc)
    return [tok, *[toks[i] for i in found if i > tok.i]]


def _proper_name(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN"


def listed_names(tok: Token) -> list[Token]:
    """:func:`conjuncts`, with the names of a list the parser hung on the phrase as appositions:
    "Ali Karimi, Reza Tavakoli and Hassan Moradi were arrested" (Tavakoli an apposition of Karimi,
    Moradi its conjunct), "three men, A, B and C, were executed" (A stands for the men, see
    :func:`apposed_name`; B and C were executed too)."""
    group = conjuncts(tok)
    extra: list[Token] = []
    for t in group:
        for c in kids(t):
            if c.dep_ != "appos" or c.i < t.i or not _proper_name(c):
                continue
            names = conjuncts(c)
            extra.extend(names if _proper_name(t) else names[1:])
    return [*group, *(x for x in extra if x not in group)]


def listed_text(group: list[Token]) -> str | None:
    """The whole written list a coordinated phrase makes ("shops, banks and police stations")."""
    if len(group) < 2:
        return None
    doc = group[0].doc
    start = doc[np_span(group[0])[0]].idx
    last = doc[np_span(group[-1])[1] - 1]
    end = last.idx + len(last.text)
    return doc_text(doc)[start:end] if 0 < end - start <= 120 else None


RELATIVES = frozenset({"who", "whom", "that", "which"})
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


def unrelative(tok: Token) -> Token:
    """``a labour activist who had been arrested``: the noun a relative pronoun stands for."""
    if tok.lower_ in RELATIVES and tok.head.dep_ == "relcl" and tok.head.head != tok.head:
        noun = tok.head.head
        return member_not_body(people_not_place(noun)) if tok.lower_ in ("who", "whom") else noun
    return member_not_body(tok)


# Entity labels of a proper noun that is no person (the tagger often calls a person's name an ORG).
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP"})


def member_not_body(noun: Token) -> Token:
    """A relative "who" hung on the body a member belongs to ("X, a member of the carpet traders'
    guild, who was taken from his home"; "the leader of the party, who was arrested"): the member,
    or the person named beside the member, not the body the parser made its antecedent."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.ent_type_ in ("PERSON", "NORP"):
        return noun
    if not any(c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") for g in kids(c)) for c in kids(noun)):
        return noun
    member = noun.head.head
    if member.i == noun.head.i or lemma(member) not in MEMBER_NOUNS:
        return noun
    if member.dep_ == "appos" and member.head.pos_ == "PROPN" and member.head.ent_type_ not in PLACE_ENTS:
        return member.head  # "Hossein X, a member of the guild, who …": the person
    return member


def relative_doer(verb: Token, s: Token) -> Token:
    """The subject a relative clause's verb inherits (``s``, its noun), corrected when "who" was hung
    on a place: see :func:`people_not_place`."""
    if verb.dep_ == "relcl" and verb.head.i == s.i and any(c.lower_ in ("who", "whom") for c in kids(verb)):
        return people_not_place(s)
    return s


def people_not_place(noun: Token) -> Token:
    """A relative "who" hung on a place ("farmers in Isfahan, who have protested"): the people, not the
    place the parser made its antecedent (whatever the tagger made of the place's name)."""
    if noun.pos_ != "PROPN" or noun.ent_type_ in ("PERSON", "NORP") or noun.dep_ not in ("pobj", "conj"):
        return noun
    prep = noun
    while prep.dep_ == "conj" and prep.head != prep:
        prep = prep.head
    prep = prep.head
    if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS and prep.head.pos_ == "NOUN":
        return prep.head
    return noun


LOCATIVE_PREPS = frozenset({"in", "from", "at", "near"})


UNIFORM_WORDS = frozenset({"uniform", "uniforms", "fatigues"})


def in_uniform(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """``men in RSF uniforms``, ``gunmen in police uniform``: the force whose uniform they wore."""
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ == "in":
            for g in kids(c):
                if g.dep_ == "pobj" and g.lower_ in UNIFORM_WORDS:
                    for m in kids(g):
                        if m.dep_ not in ("compound", "amod", "nmod", "poss"):
                            continue
                        force = actor_at(m, known, role)
                        if force is not None and force.kind in ("security_forces", "armed_group"):
                            named = force.replace(aliases=(*force.aliases, f"{tok.lower_} in uniform"))
                            return inferred(named, force, "actor_roles.in_uniform")
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


def member_of(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """``members of the security forces``, ``a commander of Kataib Hezbollah``: the body they belong to.

    The body's actor is returned with the written phrase's head noun kept as an alias.
    """
    if lemma(tok) in EQUIPMENT_NOUNS:
        for c in kids(tok):
            if c.dep_ == "poss" and (body := org_antecedent(c, known, role)) is not None:
                return body  # "its warplanes bombed markets": the force whose planes they are
        return None
    party_worker = lemma(tok) in PARTY_MEMBER_NOUNS
    if lemma(tok) not in MEMBER_NOUNS and not party_worker:
        return None
    for c in kids(tok):
        if party_worker and c.dep_ != "prep":
            continue
        if c.dep_ == "poss" and (body := org_antecedent(c, known, role)) is not None:
            # "its supporters"
            return inferred(body.replace(aliases=(*body.aliases, tok.lower_)), body, "actor_roles.members")
        if c.dep_ == "poss" and c.lower_ in ("his", "her") and lemma(tok) in FOLLOWER_NOUNS:
            leader = antecedent(c, known, role)  # "his supporters": the supporters of the man named before
            if leader is not None:
                s = np_span(tok)[0]
                text = doc_text(tok.doc)[tok.doc[s].idx : tok.idx + len(tok.text)]
                followers = Actor(
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
                return inferred(followers, None, "actor_roles.followers")
        if c.dep_ == "prep" and c.lower_ in ("of", "from"):
            for g in kids(c):
                if g.dep_ == "pobj":
                    g = _apposed_name(g, known, role) or g  # "of the opposition Khmer Nation Party"
                    body = actor_at(g, known, role)
                    described = described_body(g, role) if c.lower_ == "of" else None
                    if described is not None and (body is None or body.kind == "unknown"):
                        # "300 members of a coalition of journalists and civil society groups"
                        return inferred(
                            described.replace(aliases=(tok.lower_,)), described, "actor_roles.members"
                        )
                    if body is not None and c.lower_ == "from" and not _named_body(g, body):
                        continue  # "activists from Kenya", "soldiers from the north": an origin
                    if body is not None and lemma(tok) in FOLLOWER_NOUNS and _is_person(g, body):
                        return _followers(tok, body, role)  # "supporters of Mohamed Morsi": not Morsi
                    if party_worker:
                        # "workers of the oil company" are workers; "workers of the PTI" its members
                        body = _party_in(g, known)
                        if body is None:
                            continue
                        body = body.replace(role=role)
                    if body is not None and (
                        body.kind in MEMBER_BODY_KINDS
                        # "officers of the National Intelligence and Security Service", "members of
                        # the #EndSARS movement": a named body no dictionary knows
                        or (body.kind == "unknown" and _unknown_body(g, body))
                    ):
                        alias = tok.lower_
                        if alias in body.aliases:
                            return body
                        return inferred(
                            body.replace(aliases=(*body.aliases, alias)), body, "actor_roles.members"
                        )
    return None


def _apposed_name(tok: Token, known: Sequence[Actor], role: ActorRole) -> Token | None:
    """``the opposition Khmer Nation Party``, ``the banned organisation "Muslim Brotherhood"``: the
    proper name set beside a word for what sort of body it is, when it names an actor."""
    for c in kids(tok):
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i and actor_at(c, known, role) is not None:
            return c
    return None


# "workers of the PTI", "cadres of the ruling party": members, when the body is a party.
PARTY_MEMBER_NOUNS = frozenset({"worker", "cadre", "volunteer"})
PARTY_KINDS = frozenset({"political_party", "opposition_group"})
# Bodies with members: "members of the #EndSARS movement" belong to a protest movement too.
MEMBER_BODY_KINDS = frozenset(
    {
        "security_forces",
        "armed_group",
        "political_party",
        "opposition_group",
        "state",
        "labor",
        "students",
        "protesters",
        "rights_group",
    }
)


# Head nouns of an organisation's name: "the #EndSARS movement", "the Tigray Youth Association".
ORG_HEAD_WORDS = frozenset(
    {
        "movement",
        "group",
        "organisation",
        "organization",
        "union",
        "party",
        "front",
        "alliance",
        "coalition",
        "committee",
        "association",
        "campaign",
        "collective",
        "federation",
    }
)


def _party_in(tok: Token, known: Sequence[Actor]) -> Actor | None:
    """The party a phrase names, not its leader: "Imran Khan's Pakistan Tehreek-e-Insaf (PTI) party"."""
    s, e = np_span(tok)
    doc = tok.doc
    lo, hi = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    parties = [
        a
        for a in known
        if a.start_char is not None
        and lo <= a.start_char < hi
        and a.kind in PARTY_KINDS
        and not _is_person(tok, a)
    ]
    return parties[-1] if parties else None


def _unknown_body(tok: Token, a: Actor) -> bool:
    """An organisation the tagger or its name's head noun marks, though no dictionary knows it."""
    if a.text is None or not a.text[:1].isupper():
        return False
    return (tok.ent_type_ == "ORG" and tok.pos_ == "PROPN") or lemma(tok) in ORG_HEAD_WORDS


def _named_body(tok: Token, a: Actor) -> bool:
    """A named organisation, not a place or a generic group: "activists from Extinction Rebellion"."""
    if a.kind == "state" or tok.ent_type_ in ("GPE", "LOC", "FAC", "NORP"):
        return False
    named = a.identifier is not None and not a.identifier.startswith("ew:generic-")
    return named or _unknown_body(tok, a)


def _is_person(tok: Token, a: Actor) -> bool:
    """Whether the body members or supporters belong to is a person ("supporters of Mohamed Morsi")."""
    doc = tok.doc
    if a.start_char is not None and a.end_char is not None:
        span = char_span(doc, a.start_char, a.end_char)
        if span is not None and len(span) and span[-1].ent_type_ == "PERSON":
            return True
    return phrase_head(tok).ent_type_ == "PERSON"


def _followers(tok: Token, leader: Actor, role: ActorRole) -> Actor:
    """``supporters of Mohamed Morsi``: a group named after its leader, kept as written."""
    doc = tok.doc
    s = np_span(tok)[0]
    of = [c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of"]
    end = max((t.i for c in of for t in c.subtree), default=tok.i) + 1
    text = doc_text(doc)[doc[s].idx : doc[end - 1].idx + len(doc[end - 1].text)]
    followers = Actor(
        text=text,
        start_char=doc[s].idx,
        end_char=doc[end - 1].idx + len(doc[end - 1].text),
        name=text,
        aliases=tuple(dict.fromkeys(f"{tok.lower_} of {n}" for n in (leader.name, leader.text) if n)),
        kind="protesters",
        role=role,
        country=leader.country,
    )
    return inferred(followers, None, "actor_roles.followers")


def others(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """``two others``: more of the group last named before it in the sentence (not the state's agents)."""
    seg = segment(tok)
    before = [
        a
        for a in known
        if a.start_char is not None
        and seg.start_char <= a.start_char < tok.idx
        and a.kind not in ("security_forces", "state", "judiciary", "media", "rights_group", "international")
    ]
    if before:
        return before[-1].replace(role=role)
    verb = tok.head
    if tok.dep_ == "dobj" and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "killed two members of the X gang and arrested four others": the object of the verb before
        for c in kids(verb.head):
            if c.dep_ == "dobj" and c.i < tok.i:
                return member_of(c, known, role) or actor_at(c, known, role)
    return None


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


def sentence_victim(head: Token, known: Sequence[Actor], bound: Sequence[Actor]) -> list[Actor]:
    """Who is executed or arrested when the clause does not say: the people its sentence names
    ("Kurdish political prisoners are at imminent risk of execution"), not a speaker."""
    from .lexicon import word_set

    reporting = word_set("reporting_verbs") | word_set("denial")
    doc = head.doc

    def speaking(a: Actor) -> bool:
        span = char_span(doc, a.start_char or 0, a.end_char or 0)
        if span is None or len(span) == 0:
            return True
        root = span.root
        return (
            (root.dep_ == "nsubj" and lemma(root.head) in reporting)
            or (root.dep_ == "pobj" and root.head.head.lower_ == "according")
            or told_through(root, reporting)
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
            return [_with_parts(a.replace(role="victim"), doc)]
    return []


def _with_parts(a: Actor, doc: Doc) -> Actor:
    """The victims with the people their phrase names among them ("four prisoners, among them X and
    Y, are at risk of execution"), as the binder gives a clause's own victims."""
    from .actor_names import including

    span = char_span(doc, a.start_char or 0, a.end_char or 0)
    if span is None or len(span) == 0:
        return a
    extra = [x for x in including(span.root) if x not in a.aliases and x != a.text]
    return (
        inferred(a.replace(aliases=(*a.aliases, *dict.fromkeys(extra))), a, "actor_roles.including")
        if extra
        else a
    )


def apposed_name(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """``his brother, Karwan Azizi``, ``a sergeant of the National Guard, Ender Bastidas``: the person
    named beside a description, with the description's head noun and body kept as aliases. Also the
    other way round: "X, an opposition MP, who was arrested" (the relative clause hangs on the
    description the name is apposed to)."""
    if (
        tok.dep_ == "appos"
        and tok.head.ent_type_ == "PERSON"
        and tok.head.pos_ == "PROPN"
        and tok.ent_type_ != "PERSON"
        and not dateline(tok.head)
    ):
        person = actor_at(tok.head, known, role)
        if person is not None:
            s, e = np_span(tok)
            desc = doc_text(tok.doc)[tok.doc[s].idx : tok.doc[e - 1].idx + len(tok.doc[e - 1].text)]
            extra = [x for x in (desc, tok.lower_) if x not in person.aliases and x != person.text]
            return inferred(
                person.replace(aliases=(*person.aliases, *dict.fromkeys(extra))),
                person,
                "actor_roles.apposed",
            )
    if _proper_name(tok):
        return None  # "Ali Karimi, Reza Tavakoli and …": a name beside a name is a list (see listed_names)
    beside = list(kids(tok))
    if lemma(tok) in MEMBER_NOUNS | {"head", "chief", "founder", "president", "secretary", "spokesman"} and (
        lemma(tok) not in FOLLOWER_NOUNS  # "supporters of the president, X" are not X
    ):
        # "the leader of the opposition party, Ahmed Hassan": the name hangs on the party
        beside += [
            a for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c) for a in kids(g)
        ]
    for c in beside:
        if c.dep_ != "appos" or c.ent_type_ != "PERSON":
            continue
        person = actor_at(c, known, role)
        if person is None:
            return None
        extra = [tok.lower_]
        body = member_of(tok, known, role)
        if body is not None:
            extra.append(body.name)
        named = person.replace(aliases=(*person.aliases, *(x for x in extra if x not in person.aliases)))
        return inferred(named, person, "actor_roles.apposed")
    return None


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


def roles(
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
