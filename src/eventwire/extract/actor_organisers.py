"""A march others hold, which a crowd is told to join: the crowd takes part in the holders' act.

"Thousands of citizens took part in a march ..., led by notables and imams", "thousands of people
joined the march, organised by a coalition of civic groups": those who lead or organise it are its
``initiator``s (K13), the crowd that joins or takes part its ``participant``s (the session-5 roles
line: groups said to join or take part in someone else's act).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import Actor
from .actor_doers import by_phrases
from .actor_roles import actor_at, conjuncts
from .actor_roles_partitives import bare_people
from .implicit_actors_antecedents import antecedent
from .lexicon import word_set
from .syntax import kids, lemma, segment, token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["organised_crowds", "organisers_body"]


# The unnamed organisers of an act, who are someone's: the body they organise for stands for them.
ORGANISERS = "ew:generic-organisers"
# Who the organisers of a march can be: groups that hold acts, not the state or the press.
_NOT_BODIES = frozenset({"state", "security_forces", "judiciary", "media", "international"})
_HELD_TYPES = frozenset({"protest", "strike", "riot"})


# Verbs that tell who holds a march told as a noun: "the march, organised / called / led by X".
ORGANISE_LEMMAS = frozenset({"organise", "organize", "call", "lead", "head", "convene", "stage"})


def _joined(head: Token) -> Token | None:
    """The verb by which people join the march ``head`` names: "joined the march", "took part in a
    march", "participated in the rally"."""
    gov = head.head
    if head.dep_ == "dobj" and lemma(gov) == "join":
        return gov
    if head.dep_ == "pobj" and gov.lower_ == "in":
        verb = gov.head
        if lemma(verb) == "participate" or (lemma(verb) == "part" and lemma(verb.head) == "take"):
            return verb if lemma(verb) == "participate" else verb.head
        if lemma(verb) == "take" and any(c.lower_ == "part" for c in kids(verb)):
            return verb
    return None


def _holders(head: Token, joined: Token) -> list[Token]:
    """The by-agents of "organised / called / led by" told of the march ``head`` names, hung on the
    march or on the joining verb ("took part in a march …, led by notables")."""
    out: list[Token] = []
    for t in (*head.subtree, *kids(joined)):
        if t.dep_ in ("acl", "advcl") and t.tag_ == "VBN" and lemma(t) in ORGANISE_LEMMAS:
            out.extend(k for g in by_phrases(t) for k in conjuncts(g))
    return out


def organised_crowds(head: Token, etype: str, actors: list[Actor], known: Sequence[Actor]) -> list[Actor]:
    """A protest's crowd as ``participant``s of the holders of a march it is told to join or take
    part in ("thousands of citizens took part in a march led by notables and imams"), the holders
    its ``initiator``s."""
    if etype != "protest":
        return actors
    out = list(actors)
    joined = _joined(head) if head.pos_ in ("NOUN", "PROPN") else None  # "march" may be tagged as the month
    if joined is not None:
        holders = [a for t in _holders(head, joined) if (a := actor_at(t, known, "initiator")) is not None]
        if holders:
            subj = [c for c in kids(joined) if c.dep_ == "nsubj"]
            span = [(s.left_edge.idx, s.right_edge.idx + len(s.right_edge.text)) for s in subj]
            out = [
                a.replace(role="participant")
                if a.role == "initiator"
                and a.start_char is not None
                and any(lo <= a.start_char < hi for lo, hi in span)
                else a
                for a in out
            ]
            have = {a.name for a in out}
            out.extend(h for h in holders if h.name not in have)
            return out
    return out


def organisers_body(etype: str, actors: list[Actor], known: Sequence[Actor], doc: Doc) -> list[Actor]:
    """Unnamed organisers stand for the body the text says they organise for (K13: a body named
    for whoever leads its act stands for them): "organisers of GenZ 212 said gatherings would be
    held" → GenZ 212; "the organisers, a youth movement called Stand Up Mongolia" → that movement;
    "student organisers" → students; "their organisers" → the group "their" stands for. Organisers
    the text ties to no one stay as they are."""
    if etype not in _HELD_TYPES:
        return actors
    out: list[Actor] = []
    have = {a.name for a in actors}
    for a in actors:
        if a.identifier == ORGANISERS and a.end_char is not None and a.role in ("initiator", "participant"):
            tok = token_at(doc, a.end_char - 1)
            body = (_body_of(tok, known) or _crowd_just_before(tok, known)) if tok is not None else None
            if body is not None:
                if body.name not in have:
                    have.add(body.name)
                    out.append(body.replace(role=a.role))
                continue
        out.append(a)
    return out


def _body_of(tok: Token, known: Sequence[Actor]) -> Actor | None:
    """The group an "organisers" noun is apposed to, is "of", or is qualified by."""
    for c in kids(tok):
        if c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in ("their", "its"):
            # "pensioners rallied …, and several of their organisers": the group the pronoun stands for
            owner = antecedent(c, known, "initiator")
            if owner is not None and owner.kind not in _NOT_BODIES and owner.kind != "unknown":
                return owner
    for deps in (("appos",), ("prep",), ("compound", "amod")):
        for c in kids(tok):
            if c.dep_ not in deps:
                continue
            if c.dep_ == "prep":
                if c.lower_ != "of":
                    continue
                c = next((p for p in kids(c) if p.dep_ == "pobj"), c)
                if c.dep_ != "pobj":
                    continue
            if c.dep_ in ("appos", "pobj") and (named := _named_in(c, known)) is not None:
                return named  # "the organisers, a youth movement called Stand Up Mongolia"
            if lemma(c) in word_set("protest") or c.lower_ in word_set("protest"):
                continue  # "organisers of the protests": of the act, no body
            body = actor_at(c, known, "initiator")
            if (
                body is not None
                and body.identifier != ORGANISERS
                and body.kind not in _NOT_BODIES
                and body.kind != "unknown"
            ):
                return body
    return None


# Verbs of a crowd holding its own act: "relatives of missing soldiers rallied on the square".
_RALLY_LEMMAS = frozenset({"rally", "gather", "march", "protest", "demonstrate", "assemble"})


def _crowd_just_before(tok: Token, known: Sequence[Actor]) -> Actor | None:
    """Organisers tied to no one, right after a sentence that tells a crowd rallying: "several hundred
    relatives of missing soldiers rallied on the square. Organisers said they would hold a larger
    rally on Sunday" → the relatives. Only the sentence just before, in the same paragraph."""
    seg = segment(tok)
    if seg.start == 0:
        return None
    prev = segment(tokens(tok.doc)[seg.start - 1])
    if "\n" in doc_text(tok.doc)[prev.end_char : seg.start_char]:
        return None
    for verb in prev:
        if lemma(verb) not in _RALLY_LEMMAS or verb.pos_ != "VERB":
            continue
        for c in kids(verb):
            if c.dep_ != "nsubj" or c.pos_ not in ("NOUN", "PROPN"):
                continue
            crowd = actor_at(c, known, "initiator")
            if (
                crowd is not None
                and crowd.text is not None
                and crowd.identifier != ORGANISERS
                and crowd.kind not in _NOT_BODIES
                and crowd.kind != "unknown"
                and not bare_people(crowd)
            ):
                return crowd
    return None


def _named_in(tok: Token, known: Sequence[Actor]) -> Actor | None:
    """A named group (not a generic one) mentioned inside the phrase ``tok`` heads."""
    lo = tok.left_edge.idx
    hi = tok.right_edge.idx + len(tok.right_edge.text)
    for a in known:
        if (
            a.start_char is not None
            and lo <= a.start_char < hi
            and not (a.identifier or "").startswith("ew:generic-")
            and a.kind not in _NOT_BODIES
        ):
            return a.replace(role="initiator")
    return None
