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
        return not any(c.tag_ == "JJS" or any(g.lower_ == "most" for g in kids(c)) for c in kids(head))
    return (
        head.dep_ == "attr"
        and lemma(verb) == "be"
        and any(c.dep_ == "nsubj" and c.lower_ in POINTING_SUBJECTS for c in kids(verb))
    )


def retold_ledes(records: list[Draft], drafts: Sequence[Draft]) -> list[Draft]:
    """The lede's act that a later paragraph's subject retells is the publisher's: a record told in
    someone's account in the lede's paragraph that took in such a retelling (``Draft.retold_at``) is
    ``asserted``, ``source`` null. Joined to an act told only further down (or a past act named beside
    it) the retelling asserts nothing: N15 is written for the lede, and which act it retells is then a
    guess."""
    lede = lede_sentence(drafts)
    if lede is None:
        return records
    lede_para = next(d.para for d in drafts if d.sent_start == lede)
    body = min((d.sent_start for d in drafts if d.para > lede_para), default=None)
    if body is None:
        return records
    out = []
    for r in records:
        if (
            r.status == "attributed"
            and r.retold_at >= body
            and any(lede <= s.start < body for s in (r.trigger, *r.mentions))
        ):
            r = replace(r, status="asserted", source=None, claim_id=None, verbal_assert=True)
        out.append(r)
    return out
