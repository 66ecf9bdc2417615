"""The publisher's own retelling of an act (docs/gold-format.md N15, I5).

A wire lede tells its act as someone's account ("Gunmen ambushed a convoy …, killing seven, a local
official said"); a later sentence of the publisher's own whose subject is that single act ("The ambush
was the deadliest in the state since June", "The attack on Saut-d'Eau came days after …", "It was the
third attack on police posts this month") tells the act as fact, as a verb of its own would: the record
is ``asserted``, ``source`` null. A coder states it so: the publisher now tells the act itself, not
someone's account of it. A plural of a crowd's or an armed act ("The demonstrations began after …",
"The shootings have been accompanied by …") names a wave the act belongs to: gold-format leaves it open
(session 24), so it asserts nothing here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import replace
from .coref_lede import lede_sentence
from .syntax import kids, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .coref_draft import Draft

__all__ = ["retold_as_subject", "retold_ledes"]

# the pronouns that stand for an act told before ("It was the third attack in a week")
POINTING_SUBJECTS = frozenset({"it", "this", "that"})
POINTING_DETS = frozenset({"the", "this", "that"})

# types whose plural names many acts, a wave ("the demonstrations", "the shootings"); the plural of a
# killing, an arrest or an execution is one act's many victims ("the Ndim killings", "the arrests")
WAVE_TYPES = frozenset({"protest", "strike", "attack", "riot"})


def retold_as_subject(head: Token, kind: str) -> bool:
    """The noun naming an act of type ``kind`` is what its sentence's main clause is about: its subject
    ("The attack was the second on the township in a week", "The stoppage began on Tuesday"), or the
    noun a pronoun subject is said to be ("It was the third attack on police posts this month"). A noun
    inside a clause below the main one ("after the arrests", "condemned the shooting") is no retelling,
    nor is a superlative subject ("The deadliest attack blamed on the group …" ranks an act among
    others) or a plural wave of a crowd's or an armed act."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = head.head
    if verb == head or verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if kind in WAVE_TYPES and head.tag_ in ("NNS", "NNPS"):
        return False
    if head.dep_ in ("nsubj", "nsubjpass"):
        # a retelling points back ("the attack", "Friday's shooting"); "an attack on the camp killed 12"
        # tells another act
        definite = any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in POINTING_DETS) for c in kids(head)
        )
        return definite and not any(
            c.tag_ == "JJS" or any(g.lower_ == "most" for g in kids(c)) for c in kids(head)
        )
    return (
        head.dep_ == "attr"
        and lemma(verb) == "be"
        and any(c.dep_ == "nsubj" and c.lower_ in POINTING_SUBJECTS for c in kids(verb))
    )


def _told_in(r: Draft, start: int, end: int) -> int:
    """How many of the record's mentions start between ``start`` and ``end``."""
    return sum(1 for s in (r.trigger, *r.mentions) if start <= s.start < end)


def retold_ledes(records: list[Draft], drafts: Sequence[Draft]) -> list[Draft]:
    """The lede's act that a later paragraph's subject retells is the publisher's: a record told in
    someone's account in the lede's paragraph that took in such a retelling (``Draft.retold_at``) is
    ``asserted``, ``source`` null. Coreference may instead join the retelling to an act told beside it
    in its own sentence ("The attack was the deadliest in the state since June, when gunmen killed
    scores"): it still sums up the lede's act, when the lede's paragraph tells just one record of its
    type. Joined to an act told further down, the retelling asserts nothing: N15 is written for the
    lede, and which act it retells is then a guess."""
    lede = lede_sentence(drafts)
    if lede is None:
        return records
    lede_para = next(d.para for d in drafts if d.sent_start == lede)
    body = min((d.sent_start for d in drafts if d.para > lede_para), default=None)
    if body is None:
        return records
    ends = {d.sent_start: d.evidence.end for d in drafts}
    retold: set[int] = set()
    for k, r in enumerate(records):
        if r.retold_at < body:
            continue
        if _told_in(r, lede, body):
            retold.add(k)
            continue
        if _told_in(r, r.retold_at, ends.get(r.retold_at, r.retold_at)) < 2:
            continue  # joined to an act told further down, not to one beside it
        told = [j for j, x in enumerate(records) if x.type == r.type and _told_in(x, lede, body)]
        if len(told) == 1:
            retold.add(told[0])
    return [
        replace(r, status="asserted", source=None, claim_id=None, verbal_assert=True)
        if k in retold and r.status == "attributed"
        else r
        for k, r in enumerate(records)
    ]
