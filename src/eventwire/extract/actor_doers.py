"""Doer finders for :mod:`.binding`: who did an act when the parse hides its subject.

Misparsed and passive subjects, "claimed by", the accused, those called on to act and those hurt
when an act happened. Callers of a protest and those urged to join it: :mod:`.actor_doers_calls`;
dateline credits: :mod:`.actor_doers_credits`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import Actor, ActorRole, inferred
from .actor_doers_credits import in_credit
from .actor_names import (
    HOLD_LEMMAS,
    NOT_PERSON_ENTITIES,
)
from .actor_roles import (
    DIE_LEMMAS,
    HARM_LEMMAS,
    HIT_LEMMAS,
    HOSTILE_LEMMAS,
    INITIATOR_TYPES,
    np_span,
)
from .actor_roles_scenes import dateline
from .actor_targets import FACILITY_NOUNS
from .syntax import agent, char_span, kids, lemma, patient, phrase_head, segment, subject
from .syntax import token_at as syntax_token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "ADJUNCT_FORCE_LEMMAS",
    "CUSTODY_NOUNS",
    "NOT_AMID_KINDS",
    "RAID_LEMMAS",
    "accused",
    "amid_doers",
    "bare_passive",
    "by",
    "by_phrases",
    "called_on",
    "claimed_by",
    "crowd_in_sentence",
    "dispersed",
    "driven_by",
    "escorts",
    "heard_as",
    "held_by_crowd",
    "hurt_when",
    "killed_when",
    "lost_passive_subject",
    "misparsed_subject",
    "more_agents",
    "named_subject",
    "place_like",
    "protest_holders",
    "second_subjects",
    "stray_passive",
    "subordinate_subject",
    "telegraphic_passive",
    "threatening_speaker",
]


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


def misparsed_subject(head: Token) -> Token | None:
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
        and any(c.dep_ == "dobj" for c in kids(head))
        and not any(c.dep_ in ("auxpass", "nsubjpass", "aux") for c in kids(head))
    ):
        return head.head
    if (
        head.dep_ == "acl"
        and head.tag_ == "VBD"
        and head.head.dep_ == "ROOT"
        and head.head.i < head.i
        and head.head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("auxpass", "nsubjpass", "aux", "nsubj") for c in kids(head))
    ):
        # "Five exiled opposition parties, including X, called on Monday for a strike": a finite
        # verb the parser hung on a sentence with no other verb; the noun it hangs on is its subject
        return head.head
    if head.pos_ not in ("VERB", "AUX") or any(
        c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in kids(head)
    ):
        return None
    for c in kids(head):
        if c.dep_ == "advcl" and c.i < head.i and c.tag_ in PARTICIPLE_TAGS:
            for g in kids(c):
                if g.dep_ == "nsubj" and g.i < c.i:
                    return g
    return None


NOT_AMID_KINDS = frozenset(
    {"security_forces", "state", "judiciary", "media", "international", "rights_group"}
)


def amid_doers(head: Token, etype: str) -> list[Token]:
    """``more than 1,500 inmates escaped … during a riot``, ``students chanted during the protest``:
    the subject of an active verb the event frames is among those who riot or protest (the state's
    agents are dropped once resolved)."""
    if etype not in INITIATOR_TYPES or head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "pobj":
        return []
    if head.head.lower_ not in ("during", "amid", "in"):
        return []
    verb = head.head.head
    if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(verb)):
        return []
    if lemma(verb) in HARM_LEMMAS | HOLD_LEMMAS | HOSTILE_LEMMAS | DIE_LEMMAS:
        return []
    return [c for c in kids(verb) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i]


def by(tok: Token) -> bool:
    return tok.dep_ == "agent" or (tok.dep_ == "prep" and tok.lower_ == "by")


def claimed_by(head: Token) -> list[Token]:
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
    if s is None or s.lower_ in ("nobody", "none", "no-one") or any(c.lower_ == "no" for c in kids(s)):
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


def heard_as(head: Token) -> list[tuple[Token, str]]:
    """``heavy gunfire was heard as fighters of Fano attacked army positions``: the clause that says
    what the noise was names who fought and whom."""
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.pos_ not in ("VERB", "AUX"):
        return []
    out: list[tuple[Token, str]] = []
    for c in kids(head.head):
        if (
            c.dep_ == "advcl"
            and c.pos_ == "VERB"
            and lemma(c) in ASSAULT_LEMMAS | HIT_LEMMAS
            and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "when", "while") for m in kids(c))
        ):
            if (doer := subject(c)) is not None:
                out.append((doer, "doer"))
            if (hit := patient(c)) is not None:
                out.append((hit, "patient"))
    return out


ESCORT_LEMMAS = frozenset(
    {"accompany", "back", "assist", "support", "escort", "aid", "help", "join", "flank"}
)


def escorts(tok: Token) -> list[Token]:
    """``police, accompanied by men in civilian clothes``, ``troops backed by militiamen``: those
    with the doer act with it."""
    out: list[Token] = []
    for k in (tok, *tok.conjuncts):
        for c in kids(k):
            if c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in ESCORT_LEMMAS:
                out.extend(by_phrases(c))
    return out


CROWD_KINDS = frozenset({"protesters", "students", "labor"})


def crowd_in_sentence(head: Token, known: Sequence[Actor], bound: Sequence[Actor]) -> Actor | None:
    """The crowd a sentence names beside force used on an unnamed target: the latest protesters,
    students or workers written before the trigger in its sentence, not already a party to it."""
    seg = segment(head)
    taken = {a.start_char for a in bound}
    found = [
        a
        for a in known
        if a.start_char is not None
        and seg.start_char <= a.start_char < seg.end_char
        and a.kind in CROWD_KINDS
        and a.start_char not in taken
    ]
    before = [a for a in found if (a.start_char or 0) < head.idx]
    if before:
        return before[-1]
    # "fired tear gas at several hundred merchants marching", "used water cannon to clear some 300
    # picketers": the crowd the force was used on, written after it
    return found[0] if found else None


# A crowd named by what it does, with "the": the group the paragraph's previous sentence made gather.
CROWD_NOUNS = frozenset({"crowd", "gathering", "procession", "march", "marcher", "column", "vigil", "rally"})
ANTECEDENT_KINDS = frozenset(
    {"students", "labor", "civilians", "religious", "opposition_group", "political_party"}
)
_GENERIC_GROUP = frozenset({"people", "crowd", "crowds", "protesters", "demonstrators", "residents"})


def crowd_antecedent(doc: Doc, a: Actor, known: Sequence[Actor]) -> Actor | None:
    """``Several thousand students marched … Police fired tear gas as the crowd reached the avenue``:
    the group that "the crowd" (procession, march, vigil) is, written as the subject of the paragraph's
    previous sentence (a group named for who they are, not "people" or "protesters")."""
    if a.start_char is None or a.end_char is None:
        return None
    span = char_span(doc, a.start_char, a.end_char)
    if span is None or not len(span):
        return None
    root = span.root
    if lemma(root) not in CROWD_NOUNS or not any(c.lower_ == "the" for c in kids(root)):
        return None
    seg = segment(root)
    if seg.start == 0 or doc[seg.start - 1].is_space:
        return None  # the crowd opens the paragraph: nothing before it
    prev = segment(doc[seg.start - 1])
    found = [
        k
        for k in known
        if k.start_char is not None
        and prev.start_char <= k.start_char < prev.end_char
        and k.kind in ANTECEDENT_KINDS
        and (k.text or k.name).lower().split()[-1] not in _GENERIC_GROUP
        and (t := syntax_token_at(doc, k.start_char)) is not None
        and any(x.dep_ in ("nsubj", "nsubjpass") for x in (t, phrase_head(t)))
    ]
    return found[-1] if found else None


def place_like(tok: Token) -> bool:
    """A building, site or place named as what was hit ("students at Sharif University"): no one hurt."""
    return (
        tok.ent_type_ in ("FAC", "GPE", "LOC") or lemma(tok) in FACILITY_NOUNS or tok.lower_ in FACILITY_NOUNS
    )


def second_subjects(verb: Token, first: Token) -> list[Token]:
    """``The Workers' Unitary Centre (CUT), Chile's largest labour federation, … have called``: an
    apposition the parser made a second subject of the verb; the name does what the description does."""
    return [
        c
        for c in kids(verb)
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


# The conjunctions a clause "after youths blocked the road" opens with, which the parser may read as a
# preposition whose object is the clause's subject.
CLAUSE_OPENERS = frozenset({"after", "before", "until", "since", "as", "while", "once", "when"})


def subordinate_subject(verb: Token) -> Token | None:
    """The subject of a subordinate clause the parser read as a prepositional phrase: "calm returned
    after youths on Monday blocked the highway" (``youths`` the object of ``after``, ``blocked`` a
    subjectless clause of ``returned``): the noun right before the verb, not the main clause's
    subject."""
    if verb.dep_ not in ("advcl", "ccomp", "conj") or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark") for c in kids(verb)):
        return None
    g = tokens(verb.doc)[verb.i - 1]
    for _ in range(4):  # from the word before the verb up to the noun it ends: "youths on Monday"
        if g.dep_ == "pobj" and g.head.lower_ in CLAUSE_OPENERS and g.head.dep_ == "prep":
            return g if g.pos_ in ("NOUN", "PROPN") and g.right_edge.i + 1 == verb.i else None
        if g.head == g or g.head.i > verb.i:
            return None
        g = g.head
    return None


def named_subject(verb: Token) -> Token | None:
    """:func:`subject`, except that an acronym subject stays itself: "The Bolivian Workers' Centre
    (COB), the country's main union federation, has called …" is no "BASRA, Iraq (Wire) — …"
    dateline whose apposition is the real subject."""
    if shares_passive(verb):
        return None  # "X, who was stopped by police and led away": X is led, not leading
    s = subordinate_subject(verb) or subject(verb)
    if s is not None and s.dep_ == "appos" and in_credit(s):
        # "HANOI, June 18 (Vietnam Information Agency) - The city police arrested …": the agency
        # credited in the dateline is no party; the apposition after it is the subject
        s = next((c for c in kids(s.head) if c.dep_ == "appos" and c.i > s.i and not in_credit(c)), None)
    if (
        s is not None
        and s.dep_ == "appos"
        and s.head.dep_ in ("nsubj", "csubj")
        and s.head.text.isupper()
        and s.head.ent_type_ not in ("GPE", "LOC")
        and not dateline(s.head)
    ):
        return s.head
    return s


def shares_passive(verb: Token) -> bool:
    """A conjunct with no subject, object or auxiliary of its own after a passive verb ("was stopped
    at a checkpoint and led away", "were detained and taken to a police station"): the parser tags the
    participle a past tense, but it shares the passive, so the subject it inherits undergoes it."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or verb.head.i == verb.i:
        return False
    first = verb.head
    if first.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in kids(first)):
        return False
    own = ("nsubj", "nsubjpass", "csubj", "expl", "dobj", "aux", "auxpass", "ccomp", "xcomp")
    return not any(c.dep_ in own for c in kids(verb))


# A warning of what the state will do: "the prosecutor warned that anyone who blocks roads would be
# arrested", "police said those who join would face arrest". The verb that says it, and the modals
# that make its complement a threat rather than a report of what was done.
WARNING_LEMMAS = frozenset(
    {"warn", "say", "threaten", "vow", "tell", "announce", "caution", "stress", "add", "declare", "state"}
)
THREAT_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})


def threatening_speaker(head: Token) -> Token | None:
    """Who threatens the act: the subject of the verb of saying whose complement, with a modal of
    the future, tells it ("the judiciary chief warned that anyone who disrupts the roads will be
    dealt with decisively" → chief). None for a report of what was done ("said 40 were arrested")."""
    cur = head
    modal = False
    for _ in range(8):
        if cur.dep_ == "relcl":
            return None  # "… that those who were arrested would be freed": the arrest is told, not threatened
        modal = modal or any(c.dep_ == "aux" and c.lower_ in THREAT_MODALS for c in kids(cur))
        up = cur.head
        if up.i == cur.i:
            return None
        if cur.dep_ == "ccomp" and up.pos_ in ("VERB", "AUX") and lemma(up) in WARNING_LEMMAS:
            return named_subject(up) if modal else None
        cur = up
    return None


def lost_passive_subject(head: Token) -> Token | None:
    """``In the early hours of Oct. 19, X, a lawyer, and Y were shot dead``: a passive verb whose
    subject the parser joined to the date of a fronted phrase. The first name so joined."""
    if head.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in kids(head)):
        return None
    if any(c.dep_ in ("nsubjpass", "nsubj", "csubjpass") for c in kids(head)):
        return None
    for c in kids(head):
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


def by_phrases(verb: Token) -> list[Token]:
    """Every ``by X`` agent of a verb, also a second one joined to the first ("by police or by militias")."""
    out: list[Token] = []
    for c in kids(verb):
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            for prep in (c, *c.conjuncts):
                out.extend(g for g in kids(prep) if g.dep_ == "pobj")
    return out


# Protests a crackdown can be used against, whose holders it targets.
HELD_PROTEST_NOUNS = frozenset(
    {
        "blockade",
        "roadblock",
        "barricade",
        "sit-in",
        "rally",
        "protest",
        "demonstration",
        "march",
        "camp",
        "encampment",
        "gathering",
        "vigil",
        "picket",
        "occupation",
    }
)


def protest_holders(tok: Token) -> list[Token]:
    """``a highway blockade mounted by supporters of X``, ``a sit-in by teachers``, ``a camp set up by
    students``: those who hold the protest a crackdown breaks up."""
    if lemma(tok) not in HELD_PROTEST_NOUNS and tok.lower_ not in HELD_PROTEST_NOUNS:
        return []
    out: list[Token] = []
    for c in kids(tok):
        if c.dep_ == "acl" and c.tag_ == "VBN":
            out.extend(by_phrases(c))
        elif c.dep_ == "prep" and c.lower_ == "by":
            out.extend(g for g in kids(c) if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"))
    return out


DISPERSE_LEMMAS = frozenset({"disperse", "clear", "break", "scatter", "repel", "evict", "remove", "push"})


def dispersed(head: Token) -> list[Token]:
    """``fired tear gas to clear several hundred drivers``, ``used batons to break up a march by
    farmers``: whom a crackdown's purpose clause says it was aimed at (the holders of a march too)."""
    out: list[Token] = []
    for c in kids(head):
        if c.dep_ not in ("advcl", "xcomp") or c.i < head.i or lemma(c) not in DISPERSE_LEMMAS:
            continue
        if not any(m.lower_ == "to" for m in kids(c)):
            continue  # a purpose: "to disperse"; not "fired, dispersing" told as a second act
        objects = [o for o in kids(c) if o.dep_ == "dobj"]
        for o in objects:
            out.append(o)
            out.extend(protest_holders(o))
        if objects:  # "to break up a march by students", the "by" hung on the verb: who marched
            out.extend(
                g
                for b in kids(c)
                if b.dep_ == "prep" and b.lower_ == "by"
                for g in kids(b)
                if g.dep_ == "pobj"
            )
    return out


# Acts told in a "when" clause that kill or wound: "a fourth man was killed when Guards fired".
FIRING_LEMMAS = frozenset(
    {
        "fire",
        "shoot",
        "open",
        "attack",
        "ram",
        "drive",
        "throw",
        "storm",
        "beat",
        "stab",
        "shell",
        "bomb",
        "strike",
    }
)


def killed_when(head: Token, etype: str) -> list[Token]:
    """``a fourth man was killed when members of the Guards fired from a passing vehicle``, ``one
    protester died when security forces opened fire``: who did the act of the "when" clause killed."""
    if etype not in ("killing", "attack") or head.pos_ != "VERB" or lemma(head) not in HURT_LEMMAS:
        return []
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(head)) or lemma(head) == "die"
    if not passive or agent(head) is not None:
        return []
    clauses = [c for c in kids(head) if c.dep_ == "advcl"]
    # "killed on 2 October when Guards fired": the parser hangs the clause on the date
    clauses += [
        r
        for p in kids(head)
        if p.dep_ == "prep"
        for d in kids(p)
        if d.dep_ == "pobj" and d.ent_type_ in ("DATE", "TIME")
        for r in kids(d)
        if r.dep_ == "relcl"
    ]
    for c in clauses:
        if c.i < head.i or lemma(c) not in FIRING_LEMMAS:
            continue
        if not any(m.lower_ == "when" and m.dep_ in ("advmod", "mark") for m in kids(c)):
            continue
        s = subject(c)
        if s is not None:
            return [driven_by(s)]  # "when a vehicle driven by protesters rammed into them": the protesters
    return []


# Protests that are a crowd of people, nothing else: what an attack on them strikes is the crowd.
CROWD_EVENT_NOUNS = frozenset(
    {"march", "rally", "protest", "demonstration", "gathering", "vigil", "picket", "sit-in", "procession"}
)


def held_by_crowd(tok: Token, role: ActorRole) -> Actor | None:
    """``opened fire on a peaceful march``, ``stormed the sit-in``: an attack or crackdown on a protest
    falls on the people holding it (named as written, so the phrase stays in the record)."""
    if lemma(tok) not in CROWD_EVENT_NOUNS and tok.lower_ not in CROWD_EVENT_NOUNS:
        return None  # not a camp or a blockade: a place or a barrier, as much as the people
    s, e = np_span(tok)
    doc = tok.doc
    start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    crowd = Actor(
        text=doc_text(doc)[start:end],
        start_char=start,
        end_char=end,
        name="Protesters",
        aliases=("demonstrators", "marchers", "protesters"),
        kind="protesters",
        role=role,
        country=None,
    )
    return inferred(crowd, None, "actor_doers.crowd_event")


def bare_passive(head: Token) -> bool:
    """``reported 16 people killed``, ``saw two men arrested``: a past participle with no auxiliary
    after a verb of saying or seeing is passive, so its parsed subject is the one it was done to."""
    if head.tag_ != "VBN" or head.dep_ not in ("ccomp", "xcomp", "oprd"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj") for c in kids(head)):
        return False  # "security forces arrested three mourners, KHRN said": an object makes it active
    return lemma(head) in HARM_LEMMAS | HOLD_LEMMAS | {"execute", "hang", "torture", "beat"}


def telegraphic_passive(head: Token, s: Token) -> bool:
    """A headline's or a bullet's bare participle as the sentence's only verb, its subject counted ("Three
    protesters killed in Lagos", "4 policemen and 4 civilians also killed"): passive, so the counted
    subject is the one it was done to. An object, an auxiliary or a clause makes it active ("Two gunmen
    killed three villagers")."""
    if head.dep_ != "ROOT" or head.tag_ not in ("VBD", "VBN") or lemma(head) not in HARM_LEMMAS | HOLD_LEMMAS:
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "ccomp", "xcomp", "prt", "attr") for c in kids(head)):
        return False
    return any(c.dep_ == "nummod" or c.like_num for c in kids(s))


def driven_by(tok: Token) -> Token:
    """``a vehicle driven by protesters``, ``stones thrown by hooded youths``, ``shells fired by the
    RSF``: a thing described by who wielded it stands for them."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP") or lemma(tok) not in WIELDED_NOUNS:
        return tok
    for c in kids(tok):
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agents = by_phrases(c)
            if agents:
                return agents[0]
    return tok


def more_agents(head: Token, etype: str) -> list[Token]:
    """Agents beyond the first: "shot by security forces or by armed groups"; and, for a killing whose
    victims are described by how they died, the agents of that description ("16 people were killed,
    most of them shot by police")."""
    out = by_phrases(head)[1:]
    first = agent(head)
    if first is not None and driven_by(first) is not first:
        out.append(driven_by(first))  # "injured by stones thrown by hooded thugs"
    if etype not in ("killing", "attack") or first is not None:
        return out
    for c in kids(head):  # "killed in a crackdown by security forces and armed groups"
        if c.dep_ == "prep" and c.lower_ in ("in", "during"):
            for g in kids(c):
                if g.dep_ == "pobj" and g.pos_ == "NOUN":
                    out.extend(by_phrases(g))
    victim = patient(head)
    if victim is None:
        return out
    for t in victim.subtree:
        if (
            t.tag_ == "VBN"
            and t.dep_ in ("acl", "relcl", "conj")
            and lemma(t) in HARM_LEMMAS | {"beat", "torture"}
        ):
            out.extend(by_phrases(t))
    return out


def stray_passive(head: Token) -> Token | None:
    """``told the group that he was held …, beaten with a hose and subjected to shocks``: a bare
    participle the parser hung on the reporting verb belongs to the reported passive clause, so the
    reporter is not its doer."""
    from .lexicon import word_set

    if head.tag_ != "VBN" or head.dep_ not in ("xcomp", "conj", "advcl"):
        return None
    if any(c.dep_ in ("nsubj", "aux", "auxpass", "nsubjpass", "dobj") for c in kids(head)):
        return None
    gov = head.head
    for _ in range(4):
        if gov.tag_ != "VBN" or gov.dep_ not in ("xcomp", "conj", "advcl") or gov.head.i == gov.i:
            break
        gov = gov.head
    for c in kids(gov) if lemma(gov) in word_set("reporting_verbs") else ():
        if c.dep_ == "ccomp" and any(g.dep_ == "auxpass" for g in kids(c)):
            return next((g for g in kids(c) if g.dep_ == "nsubjpass"), gov)
    return None


def accused(head: Token) -> list[Token]:
    """``accused the army of killing civilians``, ``two men convicted of murdering a guard``,
    ``X was charged with attacking police``: the one accused or convicted does the act."""
    if head.dep_ != "pcomp" or head.head.lower_ not in ("of", "for", "with"):
        return []
    verb = head.head.head
    if verb.dep_ == "dobj" and lemma(verb.head) in ACCUSE_LEMMAS:
        return [verb]  # "accused plainclothes officers of assaulting …" with "of" hung on the officers
    if lemma(verb) not in ACCUSE_LEMMAS or verb.i == head.head.i:
        return []
    objs = [c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass")]
    if objs:
        return objs[:1]
    if verb.dep_ in ("acl", "amod", "relcl") and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]  # "rioters convicted of killing a guard"
    if verb.dep_ == "acomp":  # "found guilty of"
        return [c for c in kids(verb.head) if c.dep_ in ("nsubj", "nsubjpass")][:1]
    return []


def called_on(head: Token, etype: str) -> list[Token]:
    """``called on supporters abroad to demonstrate``, ``urged traders to close their shops``: those
    called on are the protest's initiators (the caller only calls). So are they of each act called
    for in a coordination ("called on farmers to block the roads and march on the capital")."""
    if etype not in INITIATOR_TYPES:
        return []
    act = head
    while act.dep_ == "conj" and act.head != act and act.head.pos_ in ("VERB", "AUX"):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(act)):
            return []  # "… to block the roads, and police said they would clear them": a clause of its own
        act = act.head
    if _to_verb_as_object(act):
        verb = act.head.head  # "called on his supporters to march …" parsed as "to" + the noun "march"
    elif act.dep_ not in ("xcomp", "advcl", "ccomp"):
        return []
    else:
        verb = act.head
    if lemma(verb) not in CALL_ON_LEMMAS or verb.i == act.i:
        return []
    if any(c.dep_ == "nsubj" for c in kids(act)):
        return []
    for c in kids(verb):
        if c.dep_ == "dobj" and c.i < act.i:
            return [c]
        # "called on Zimbabweans": "on" a particle too (then with its object, or the verb's)
        on = c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and c.i < act.i
        if on and (objs := [g for g in kids(c) if g.dep_ == "pobj"][:1]):
            return objs
    return []


def _to_verb_as_object(act: Token) -> bool:
    """A bare verb the parser hung as the object of "to" ("urged supporters to march": "to" a
    preposition, "march" its object, though tagged a verb): the infinitive of the call all the same."""
    return act.dep_ == "pobj" and act.tag_ == "VB" and act.head.lower_ == "to" and act.head.dep_ == "prep"


def hurt_when(head: Token, etype: str) -> list[Token]:
    """``six officers were injured when protesters threw bottles at them``: the injured of the main
    clause are what the riot or attack in its "when" clause was done to."""
    if etype not in ("riot", "attack") or head.dep_ != "advcl":
        return []
    if not any(c.lower_ in ("when", "as", "after") and c.dep_ in ("advmod", "mark") for c in kids(head)):
        return []
    gov = head.head
    out: list[Token] = []
    # "five guards were martyred and two others wounded when …": the clause and its conjuncts
    for verb in (gov, *gov.conjuncts):
        if lemma(verb) not in HURT_LEMMAS:
            continue
        passive = (
            any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(verb))
            or lemma(verb) == "die"
            or (verb.tag_ == "VBN" and verb.dep_ == "conj")
        )
        if passive:
            out.extend([c for c in kids(verb) if c.dep_ in ("nsubjpass", "nsubj")][:1])
    return out


# Verbs by which a group announces its own next act: "the cooperatives said they would join the strike".
DECLARE_LEMMAS = frozenset(
    {"say", "warn", "threaten", "announce", "vow", "pledge", "declare", "insist", "state", "promise", "add"}
)


def declaring_subject(pron: Token, *, plural: bool = True) -> Token | None:
    """``Mining cooperatives said they would join the strike``: the plural subject of the verb that
    declares the clause whose subject ``they`` is (the group speaking of its own act); with
    ``plural=False``, the singular one ``it`` stands for ("the party announced it would march")."""
    verb = pron.head
    hops = 0
    while verb.dep_ in ("xcomp", "conj") and hops < 3:  # "said they would stay away and march"
        verb = verb.head
        hops += 1
    if pron.dep_ != "nsubj" or verb.dep_ != "ccomp" or lemma(verb.head) not in DECLARE_LEMMAS:
        return None
    declaring = verb.head
    s = next((c for c in kids(declaring) if c.dep_ == "nsubj"), None)
    if s is None and declaring.dep_ == "conj":
        # "FALPO leaders said the strike would go on and warned that they would call a stoppage": the
        # subject of the first declaring verb (the parser may hang "warned" on "go on")
        first = declaring.head
        if lemma(first) not in DECLARE_LEMMAS and first.dep_ == "ccomp":
            first = first.head
        if lemma(first) in DECLARE_LEMMAS:
            s = next((c for c in kids(first) if c.dep_ == "nsubj"), None)
    tags = ("NNS", "NNPS", "NNP") if plural else ("NN", "NNP")
    if s is None or s.pos_ not in ("NOUN", "PROPN") or s.tag_ not in tags:
        return None
    return s
