"""Parties the actor binder finds beyond the clause's own subject and object: the state body that
threatens an act, the person held who suffers ill-treatment, joins still to come, and the news
agencies credited in datelines (left out)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import Actor, inferred
from .actor_doers import threatening_speaker
from .actor_doers_calls import JOIN_LEMMAS
from .actor_doers_credits import credited, credits
from .actor_names import actor_root
from .actor_roles import actor_at
from .implicit_actors import judiciary_for
from .syntax import kids, lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Acts a state body threatens in its own words: "would be arrested", "will be dealt with firmly".
THREATENED_TYPES = frozenset({"arrest", "repression", "execution", "torture"})
THREATENING_KINDS = frozenset({"judiciary", "security_forces"})
# Who makes the arrests it warns of (M31): a force, not a court, a prosecutor or a ministry.
ARRESTING_KINDS = frozenset({"security_forces"})
# Who speaks for the judiciary without being a court: its officials and prosecutors.
JUDICIAL_OFFICIALS = frozenset({"ew:generic-judiciary-officials", "ew:generic-prosecutors"})


def _threatening_state(head: Token, known: Sequence[Actor], etype: str = "") -> list[Actor]:
    """The doer of an act a judicial or security body threatens with no doer in the clause ("the
    prosecutor warned that anyone who blocks roads would be prosecuted"): the body that threatens
    it, and for a judge, prosecutor or judiciary spokesman the judiciary they speak for. A threatened
    arrest is a force's act (M31): a court or prosecutor that warns of one speaks for it (its
    ``source``) and makes no arrest, so the doer is left to the episode's force."""
    speaker = threatening_speaker(head)
    if speaker is None:
        return []
    a = actor_at(speaker, known, "perpetrator")
    if a is None or a.kind not in THREATENING_KINDS:
        return []
    if etype == "arrest" and a.kind not in ARRESTING_KINDS:
        return []
    root = actor_root(head.doc, a)
    person = root is not None and root.ent_type_ == "PERSON"
    if a.kind == "judiciary" and (person or a.identifier is None or a.identifier in JUDICIAL_OFFICIALS):
        return [judiciary_for(a)]
    if person:
        return []  # a named officer: the body they serve is not said
    return [a.replace(role="perpetrator")]


_UNCREDITED = "eventwire.binding.uncredited"


def _without_credits(doc: Doc, known: Sequence[Actor]) -> Sequence[Actor]:
    """``known`` without the news agencies credited in datelines: they filed the story and are no
    party to it (the same list, kept per Doc, so that lookups cached on it stay valid)."""
    memo: tuple[Sequence[Actor], Sequence[Actor]] | None = doc.user_data.get(_UNCREDITED)
    if memo is not None and memo[0] is known:
        return memo[1]
    kept = tuple(a for a in known if not credited(doc, a)) if credits(doc) else known
    doc.user_data[_UNCREDITED] = (known, kept)
    return kept


# How ill-treatment written as a noun or a second verb hangs on the verb whose subject suffers it:
# "was deprived of food" (conj), "was placed in a punishment cell" (pobj of a prep), "was given 74
# lashes" (dobj).
_HELD_LINKS = frozenset({"conj", "dobj", "pobj", "prep", "oprd", "xcomp"})
_HELD_STEPS = 4  # links climbed from the trigger to the verb
_NOT_HELD_KINDS = frozenset({"state", "security_forces", "judiciary", "armed_group"})


def held_subject(head: Token, known: Sequence[Actor]) -> list[Actor]:
    """The person or group named as the passive subject of the clause that tells their ill-treatment:
    "Mr. Thiam was kept handcuffed and deprived of food", "Jumabaev was then placed in a punishment
    cell", "a painter, Sahar Moradi, was given 74 lashes" (the name apposed to the description). A
    pronoun subject is left to the pronoun's own resolution."""
    tok = head
    for _ in range(_HELD_STEPS):
        subjects = [c for c in kids(tok) if c.dep_ == "nsubjpass"] if tok.pos_ in ("VERB", "AUX") else []
        if subjects:
            named = [c for c in subjects if c.ent_type_ == "PERSON"] or subjects
            subject = next(
                (c for c in kids(named[0]) if c.dep_ == "appos" and c.ent_type_ == "PERSON"), named[0]
            )
            if subject.pos_ == "PRON":
                return []
            a = actor_at(subject, known, "victim")
            return [a.replace(role="victim")] if a is not None and a.kind not in _NOT_HELD_KINDS else []
        if tok.dep_ not in _HELD_LINKS or tok.head == tok:
            return []
        tok = tok.head
    return []


def _held_too(a: Actor) -> Actor:
    """A victim of ill-treatment named in the text is someone held: a detainee too."""
    held = a.replace(aliases=(*a.aliases, *(x for x in ("Detainees", "detainees") if x not in a.aliases)))
    return inferred(held, a, "binding_parties.held_too")


def _also_named(a: Actor, other: Actor | None) -> Actor:
    """``a`` also goes by the other mention's name and words (the group a crowd noun stands for)."""
    if other is None:
        return a
    extra = [x for x in (other.name, other.text) if x and x != a.name and x not in a.aliases]
    return (
        inferred(a.replace(aliases=(*a.aliases, *dict.fromkeys(extra))), a, "binding_parties.also_named")
        if extra
        else a
    )


def joining(verb: Token) -> bool:
    """A join still to come: "to join", "would join", "to take part in", "will participate in"
    (a group that has joined is told as doing the act itself)."""
    if verb.tag_ != "VB":
        return False
    return lemma(verb) in JOIN_LEMMAS or (
        lemma(verb) == "take" and any(c.lower_ == "part" for c in kids(verb))
    )


# Who a warning names by a pronoun only: "anyone who blocks roads will be arrested".
_WARNED_PRONOUNS = frozenset({"anyone", "anybody", "whoever", "everyone", "everybody"})
_WARNED_MODALS = frozenset({"will", "would", "'ll", "shall"})
# "would be detained and held liable", "would face arrest"
_WARNED_LINKS = frozenset({"conj", "xcomp", "dobj"})
_WARNED_STEPS = 3


def warned_anyone(head: Token) -> bool:
    """A threat made to whoever does something, with the act to come: "anyone who took part would be
    arrested", "anyone blocking access to the mills will be detained" (the warned are named only by
    the pronoun, so the story's crowd is who they are)."""
    tok = head
    modal = False
    if _found_anyone(head):
        return any(c.dep_ == "aux" and c.lower_ in _WARNED_MODALS for c in kids(head))
    for _ in range(_WARNED_STEPS):
        modal = modal or any(c.dep_ == "aux" and c.lower_ in _WARNED_MODALS for c in kids(tok))
        if any(c.dep_ in ("nsubjpass", "nsubj") and c.lower_ in _WARNED_PRONOUNS for c in kids(tok)):
            return modal
        if tok.dep_ not in _WARNED_LINKS or tok.head == tok:
            return False
        tok = tok.head
    return False


# "anyone found / caught carrying a gun": the verb of being found, which the parser may make the
# clause's own verb, leaving the threat ("would be arrested") a subjectless sibling.
_FOUND_LEMMAS = frozenset({"find", "catch", "see", "discover"})


def _found_anyone(head: Token) -> bool:
    """ "warned that anyone found violating the directive would be detained", parsed as two clauses
    of "warned" ("anyone found violating", "would be detained") or with "anyone found violating" the
    threat's clausal subject: the threat's subject is the pronoun of the clause of being found."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(head)):
        return False
    found = [c for c in kids(head) if c.dep_ in ("csubj", "csubjpass")]
    if head.dep_ in ("ccomp", "conj") and head.head != head:
        found.extend(c for c in kids(head.head) if c.i < head.i and c.dep_ in ("ccomp", "advcl"))
    return any(
        lemma(c) in _FOUND_LEMMAS
        and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in _WARNED_PRONOUNS for g in kids(c))
        for c in found
    )
