"""Clauses of a sentence that tell of something other than the event, and places written for who
tells it, for :mod:`.placing`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .binding_magnitudes import token_at
from .syntax import clause_head, kids, lemmas, lowers, parse_tree

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Place


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


# the verbs of telling: a place in their own clause is where the news was told
_TELLING = frozenset({"say", "tell", "add", "announce", "report", "state", "confirm", "declare"})


def _teller_place(doc: Doc, p: Place, head: Token) -> bool:
    """``p`` is where the news was told or whose account it is: under "according to" or in the
    clause of a verb of telling other than the event's ("told a news conference in La Paz")."""
    tok = token_at(doc, p.start_char)
    if tok is None:
        return False
    _pos, dep, heads = parse_tree(doc)
    lows = lowers(doc)
    i = tok.i
    path: list[int] = []
    for _ in range(12):
        if i == head.i:
            return False
        if lows[i] == "according" or (lows[i] == "to" and i > 0 and lows[i - 1] == "according"):
            return True
        if heads[i] == i:
            break
        path.append(i)
        i = heads[i]
    ch = clause_head(tok)
    return (
        ch.i != clause_head(head).i
        and lemmas(doc)[ch.i] in _TELLING
        and not any(dep[k] in ("nsubj", "nsubjpass") for k in path)  # "Residents of Zahedan said …"
        and ch.i in [*path, i]
    )


# verbs a body's statement is told by, besides the verbs of telling
_STATING = frozenset({*_TELLING, "deny", "warn", "accuse", "dismiss", "reject", "insist", "claim"})


def _jurisdiction(doc: Doc, p: Place) -> bool:
    """``p`` is a province written as the seat of a body that tells the news ("The governor of
    Kurdistan province denied …", "the Kurdistan provincial judiciary said", "The West Azarbaijan
    network of state television reported"): the speaker's province, not where the act told was. Not a
    province the speakers are in ("Transporters in Punjab province said they would strike", "the
    prosecutor in Hormozgan province warned …"): where they are is where they act."""
    if p.feature != "admin1":
        return False
    tok = token_at(doc, p.start_char)
    if tok is None:
        return False
    pos, dep, heads = parse_tree(doc)
    lows = lowers(doc)
    i = tok.i
    for _ in range(8):
        if dep[i] in ("nsubj", "nsubjpass"):
            return pos[i] in ("NOUN", "PROPN") and lemmas(doc)[heads[i]] in _STATING
        if dep[i] not in ("compound", "pobj", "prep", "amod", "nmod", "poss") or heads[i] == i:
            return False
        if dep[i] == "prep" and lows[i] != "of":
            return False  # "in Punjab province": where the speakers are
        if pos[i] in ("VERB", "AUX"):
            return False
        i = heads[i]
    return False
