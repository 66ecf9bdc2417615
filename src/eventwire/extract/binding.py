"""Binding: attach actors and magnitudes to an event trigger (places and country: :mod:`.placing`).

Everything is chosen from the parse around the trigger: the clause it heads or sits
in first, then its sentence, then (times only) the paragraph's narrative time.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Actor, ActorKind, ActorRole, Claim, Magnitude
from .implicit_actors import (
    antecedent,
    as_protesters,
    at_protest,
    generic_as,
    implicit_initiator,
    implicit_perpetrator,
    in_custody,
    party_named,
    protesting,
)
from .lexicon import load_yaml
from .syntax import agent, clause_head, is_animate, lemma, patient, phrase_head, segment, subject

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
CALL_LEMMAS = frozenset({"call", "appeal", "urge", "push", "plan", "organise", "organize", "announce"})


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


def actor_at(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """The actor a noun phrase names: a resolved mention when one overlaps it, else a generic one."""
    tok = phrase_head(tok)
    s, e = _np_span(tok)
    doc = tok.doc
    start_char, end_char = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    for a in known:
        if a.start_char is None or a.end_char is None:
            continue
        if a.start_char < end_char and start_char < a.end_char:
            return a.replace(role=role)
    if tok.pos_ == "PRON" or tok.like_num:
        return None
    kinds = _actor_kinds()
    kind: ActorKind | None = kinds.get(lemma(tok)) or kinds.get(tok.lower_)
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


GROUP_NOUNS = frozenset({"group", "groups", "crowd", "crowds", "gathering", "column", "procession"})


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


def _roles(etype: str, subtype: str | None, animate_patient: bool) -> tuple[ActorRole, ActorRole]:
    """(role of the doer, role of the one done to)."""
    if etype in INITIATOR_TYPES:
        return "initiator", "target"
    if etype == "repression":
        return "perpetrator", ("victim" if subtype == "excessive_force" else "target")
    if etype == "attack":
        return "perpetrator", ("victim" if animate_patient else "target")
    return "perpetrator", "victim"


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
        s = subject(head)
        if s is not None:
            pairs.append((s, "doer"))
        a = agent(head)
        if a is not None:
            pairs.append((a, "doer"))
        p = patient(head)
        if p is not None and p.i not in own:
            pairs.append((p, "patient"))
        holders = [head]
        if p is not None:
            # "fired [tear gas and water cannon] at X": the prep may hang off the object
            holders.extend(_conjuncts(p))
        preps: tuple[str, ...] = ("on", "against", "at", "into")
        if etype in ("riot", "attack") and any(lemma(c) == "fire" for c in head.children if c.dep_ == "dobj"):
            preps = (*preps, "to")  # "set fire to a police vehicle"
        for h in holders:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    for g in c.children:
                        if g.dep_ == "pobj" and g.i not in own:
                            pairs.append((g, "patient"))
    else:
        for c in head.children:
            if c.dep_ in ("compound", "poss", "amod", "nmod") and c.i not in own and c.i < head.i:
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
        if head.dep_ in ("dobj", "attr") and head.head.pos_ == "VERB" and etype in INITIATOR_TYPES:
            s = subject(head.head)
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
    out: list[Actor] = []
    seen: set[tuple[str, str | None]] = set()
    for tok, which in pairs:
        # "several hundred civil servants, doctors and teachers": the conjuncts of the phrase's head
        for t in [phrase_head(tok)] if which == "doer-only" else _conjuncts(phrase_head(tok)):
            animate_patient = is_animate(phrase_head(t), animate)
            doer_role, patient_role = _roles(etype, subtype, animate_patient)
            role = doer_role if which in ("doer", "doer-only") else patient_role
            if etype == "killing" and trigger_lemma in DIE_LEMMAS and which == "doer":
                role = "victim"  # "26 people died": the subject of dying is the victim
            actor = actor_at(t, known, role)
            if actor is None and which == "patient" and etype in VICTIM_TYPES | {"repression", "riot"}:
                # a riot's or attack's "them" may be the police; an arrest's or beating's is not
                forces_too = etype in ("riot", "attack")
                actor = antecedent(phrase_head(t), known, role, forces_too=forces_too)
            if actor is None:
                continue
            key = (actor.name, actor.role)
            if key in seen:
                continue
            seen.add(key)
            out.append(actor)
    out = [party_named(a, known) for a in out]
    protest_setting = etype in ("repression", "killing", "arrest", "torture") and at_protest(head)
    if etype in IMPLICIT_PERPETRATOR_TYPES and not any(a.role == "perpetrator" for a in out):
        out.extend(implicit_perpetrator(head, etype, known, out, protest_setting=protest_setting))
    if etype == "killing" and in_custody(head):
        out = [generic_as(a, "Detainees") for a in out]
    elif etype in ("killing", "attack") and not protest_setting:
        out = [generic_as(a, "Civilians") for a in out]
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
    if etype in ("repression", "killing", "arrest") and protest_setting:
        out = [as_protesters(a) for a in out]
        if not any(a.role in ("victim", "target") for a in out):
            implied: ActorRole = (
                "target" if etype == "repression" and subtype != "excessive_force" else "victim"
            )
            out.append(
                Actor(
                    text=None,
                    start_char=None,
                    end_char=None,
                    name="Protesters",
                    aliases=(),
                    kind="protesters",
                    role=implied,
                    country=None,
                )
            )
    if etype in INITIATOR_TYPES:
        if not any(a.role == "initiator" for a in out):
            out.extend(implicit_initiator(head, etype, known, out))
        if etype == "protest":
            out = [protesting(a) if a.role == "initiator" else a for a in out]
        else:
            out = [as_protesters(a) if a.role == "initiator" else a for a in out]
    if etype in ("protest", "riot") and not any(a.role == "initiator" for a in out):
        out.append(
            Actor(
                text=None,
                start_char=None,
                end_char=None,
                name="Protesters" if etype == "protest" else "Rioters",
                aliases=() if etype == "protest" else ("Protesters",),  # a crowd that turned violent
                kind="protesters",
                role="initiator",
                country=None,
            )
        )
    return out


# ---------------------------------------------------------------- times


def token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span[0]


def _paragraph_start(text: str, pos: int) -> int:
    cut = text.rfind("\n", 0, pos)
    return 0 if cut < 0 else cut + 1


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
