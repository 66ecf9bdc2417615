"""Clauses of a sentence that tell of something other than the event, for :mod:`.placing`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import kids

if TYPE_CHECKING:
    from spacy.tokens import Token


def _sister_clause(clause: Token, event_clause: Token) -> bool:
    """``clause`` is a second statement joined to the told event's clause by "and that", with a subject of
    its own ("said 17 members had been detained and that schools in Y remained shut"); not a second act
    of one telling ("said officers chased youths in X, and that two were taken away in a van")."""
    if clause.i == event_clause.i or clause.dep_ != "conj" or clause.head.i != event_clause.i:
        return False
    if not any(k.dep_ == "mark" and k.lower_ == "that" for k in kids(clause)):
        return False
    subjects = [[k for k in kids(c) if k.dep_ in ("nsubj", "nsubjpass")] for c in (clause, event_clause)]
    if not all(subjects):
        return False
    # "were detained and that five were still held at the detention centre": a count or a pronoun
    # tells more of the same people, where they are held
    if any(k.tag_ in ("CD", "PRP") for k in subjects[0]):
        return False
    return event_clause.dep_ == "ccomp"
