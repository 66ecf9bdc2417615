"""A court's or a prosecutor's custody measure: a pre-trial jailing ("a judge ordered him held in pre-trial
detention for four months", "placed all seven suspects in pre-trial detention", "Three remain in pre-trial
detention"), a sentence of administrative arrest or of prison ("were sentenced to 10 days of administrative
arrest", "sentenced 21 of the detainees to between five and 12 days of administrative detention") and a
custody order ("the prosecution ordered that six of them be held for up to 48 hours"). None is a record of
its own (M98, M69): the arrest told elsewhere is the record, and the measure neither a new arrest nor its
time. A penalty a law or a charge carries ("punishable by administrative arrest of up to 15 days", "face
administrative arrest") is left to the penalty rules (N2, N4)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .syntax import kids, lemma
from .triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# the custody nouns a measure is written with: "administrative arrest", "pre-trial detention"
CUSTODY_NOUNS = frozenset({"arrest", "detention", "custody", "imprisonment", "jail", "prison"})
# what makes custody a court's measure rather than the police's act: "pre-trial" is parsed as three
# modifiers ("pre", "-", "trial"), "pretrial" as one
MEASURE_MODIFIERS = frozenset({"administrative", "trial", "pretrial", "pre-trial"})
# the bodies that order custody: "a Baku court", "the magistrate", "the prosecution"
COURT_NOUNS = frozenset(
    {"court", "judge", "magistrate", "prosecutor", "prosecution", "tribunal", "judiciary", "procurator"}
)
# a penalty a law or a charge carries, not one imposed: "punishable by", "face", "risk"
PENALTY_LEMMAS = frozenset({"punishable", "face", "risk", "carry", "threaten", "introduce", "law"})


def _penalty(head: Token) -> bool:
    tok = head
    for _ in range(5):
        if lemma(tok) in PENALTY_LEMMAS or tok.lower_ in PENALTY_LEMMAS:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _sentenced_to(head: Token) -> bool:
    """ "sentenced … to 10 days of administrative arrest", "sentenced to life imprisonment": the custody
    noun is what a verb of sentencing sends someone to."""
    tok = head
    for _ in range(4):
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return False
        prep = tok.head
        if prep.lower_ == "to" and lemma(prep.head) == "sentence":
            return True
        if prep.lower_ != "of" or prep.head.pos_ not in ("NOUN", "PROPN"):
            return False  # "to 10 days of administrative arrest": the length before the custody
        tok = prep.head
    return False


def _court_order(head: Token) -> bool:
    """ "a judge ordered him held", "the prosecution ordered that six of them be held", "the magistrate
    ordered them detained for 30 days": custody a court or a prosecutor orders."""
    if head.pos_ != "VERB" or head.dep_ not in ("ccomp", "xcomp") or lemma(head.head) != "order":
        return False
    return any(c.dep_ == "nsubj" and lemma(c) in COURT_NOUNS for c in kids(head.head))


def _measure(head: Token, trig: Trigger) -> bool:
    if trig.type != "arrest":
        return False
    if head.pos_ in ("NOUN", "PROPN") and lemma(head) in CUSTODY_NOUNS:
        if _penalty(head):
            return False
        measure = any(c.dep_ in ("amod", "compound") and c.lower_ in MEASURE_MODIFIERS for c in kids(head))
        return measure or _sentenced_to(head)
    return _court_order(head)


def court_measure(doc: Doc, head: Token, trig: Trigger, triggers: Sequence[Trigger]) -> bool:
    """The arrest trigger is a court's or a prosecutor's custody measure (M98, M69) and the text tells an
    arrest in other words: that arrest is the record. A measure that is the text's only telling of the
    arrest ("four people had been placed in pre-trial detention", and no arrest told) stays its record."""
    if not _measure(head, trig):
        return False
    return any(t.type == "arrest" and t.head != trig.head and not _measure(doc[t.head], t) for t in triggers)
