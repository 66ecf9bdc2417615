"""Calls to act, for :mod:`.binding`: those who call a strike or protest ("calls by X for a general
strike"), those urged to join it or follow its call ("urged teachers to join", "urging traders to keep
their shops closed"), and whether the trigger names what is called for.

Split from :mod:`.actor_doers`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.text import tokens
from .actor_roles import conjuncts
from .syntax import kids, lemma, lemmas, segment

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "CALL_NOUN_LEMMAS",
    "JOIN_LEMMAS",
    "URGE_LEMMAS",
    "called_for",
    "callers_of",
    "followers",
    "joiners",
]


URGE_LEMMAS = frozenset({"urge", "call", "invite", "ask", "appeal", "encourage"})
JOIN_LEMMAS = frozenset({"join", "participate"})
# What those urged do to follow a call for a strike or shutdown: "urging traders to keep their shops
# closed", "called on workers to stay at home", "urged shops to close".
STAY_AWAY_LEMMAS = frozenset({"close", "shut", "keep", "stay", "stop", "down", "strike", "boycott"})


def followers(head: Token) -> list[Token]:
    """Those urged to stay away, close or stop in answer to a strike or shutdown called in the
    sentence ("called a shutdown, urging traders to keep their shops closed"): they do the act."""
    return _urged(head, follow_only=True)


def _urged(head: Token, *, follow_only: bool) -> list[Token]:
    """The objects of an urge verb ("urged X to …", "called on X to …") whose act is joining the
    trigger's act ("to join", "to take part in") or following its call ("to stay at home")."""
    doc = head.doc
    seg = segment(head)
    lems, toks = lemmas(doc), tokens(doc)  # the join words found by index: no Token per word
    out: list[Token] = []
    for i in range(seg.start, seg.end):
        if lems[i] not in JOIN_LEMMAS and lems[i] != "take" and lems[i] not in STAY_AWAY_LEMMAS:
            continue  # by index: a Token only for the few join words
        t = toks[i]
        joining = lems[i] in JOIN_LEMMAS or any(c.lower_ == "part" for c in kids(t))
        # "called a shutdown, urging traders to keep their shops closed": the traders follow its call
        # (the act urged is not the trigger itself: "urged traders to close" is then their own strike)
        following = not joining and lems[i] in STAY_AWAY_LEMMAS and not _governs(t, head)
        if not (following or (joining and not follow_only)):
            continue
        if t.dep_ == "xcomp" and lemma(t.head) in URGE_LEMMAS:
            out.extend(k for o in kids(t.head) if o.dep_ == "dobj" for k in conjuncts(o))
            out.extend(
                k
                for o in kids(t.head)
                if o.dep_ in ("prep", "prt") and o.lower_ in ("on", "upon") and o.i < t.i
                for g in kids(o)
                if g.dep_ == "pobj"
                for k in conjuncts(g)
            )
    return out


def joiners(head: Token) -> list[Token]:
    """Those urged or expected to join a strike or protest others called: its participants.
    ``… and urged teachers, farmers and lawyers to join``; ``Port workers and copper miners are
    expected to join`` in the sentence after the call."""
    doc = head.doc
    seg = segment(head)
    lems, toks = lemmas(doc), tokens(doc)  # the join words found by index: no Token per word
    out = _urged(head, follow_only=False)
    if seg.end < len(doc):
        nxt = segment(doc[seg.end]) if not doc[seg.end].is_space else None
        for i in range(nxt.start, nxt.end) if nxt is not None else ():
            if lems[i] not in JOIN_LEMMAS:
                continue
            t = toks[i]
            # "X are expected to join", "X will join": an intransitive join right after the call
            if any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in kids(t)):
                continue
            gov = t.head if t.dep_ == "xcomp" else t
            subj = next((c for c in kids(gov) if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                out.extend(conjuncts(subj))
    return out


def called_for(head: Token) -> bool:
    """The trigger names what someone calls for, not what they hold: "called for a general strike",
    "called a 'ville morte' on Thursday", "called for a week of total shutdown" (not "said they
    would hold a total shutdown")."""
    return call_verb(head) is not None


def call_verb(head: Token) -> Token | None:
    """The verb of calling whose object the trigger is ("called" in "the union called for a general
    strike"), or None when the trigger is no object of a call."""
    tok = head
    for _ in range(6):
        gov = tok.head
        if gov.i == tok.i or tok.dep_ not in ("dobj", "pobj", "prep", "compound"):
            return None
        if tok.dep_ == "pobj" and gov.lower_ not in ("for", "of"):
            return None
        if gov.pos_ in ("VERB", "AUX"):
            return gov if tok.dep_ in ("dobj", "prep") and lemma(gov) in URGE_LEMMAS else None
        tok = gov
    return None


def _governs(tok: Token, head: Token) -> bool:
    """``tok`` is ``head`` or one of its nearest governors (the trigger is part of the act urged)."""
    cur = head
    for _ in range(4):
        if cur.i == tok.i:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


# A call whose author leads what it calls for: "calls by radical groups for a general strike",
# "took to the streets in response to calls by online activists".
CALL_NOUN_LEMMAS = frozenset({"call", "appeal", "summons", "invitation"})


def callers_of(head: Token) -> list[Token]:
    """The ``by`` agents of a call that the trigger answers or names."""
    calls: list[Token] = []
    out: list[Token] = []
    if head.dep_ == "pobj" and head.head.lower_ == "for":
        gov = head.head.head
        if lemma(gov) in CALL_NOUN_LEMMAS:
            calls.append(gov)  # "calls by X for a general strike"
        elif gov.dep_ == "pobj" and gov.head.lower_ == "by" and lemma(gov.head.head) in CALL_NOUN_LEMMAS:
            out.append(gov)  # the same with "for …" hung on the caller
    doc = head.doc
    lems, toks = lemmas(doc), tokens(doc)
    # the subtree's tokens after the head, by index up to its right edge: a Token only for call nouns
    after = range(head.i + 1, head.right_edge.i + 1) if head.pos_ in ("VERB", "AUX") else range(0)
    for i in after:
        if lems[i] not in CALL_NOUN_LEMMAS:
            continue
        t = toks[i]
        # "took to the streets in response to calls by X", "… at the call of X"
        if t.pos_ == "NOUN" and t.dep_ in ("pobj", "dobj") and head.is_ancestor(t):
            anc = t.head
            hops = 0
            while anc.i != head.i and hops < 4 and anc.pos_ not in ("VERB", "AUX"):
                anc = anc.head
                hops += 1
            if anc.i == head.i:
                calls.append(t)
    for call in calls:
        for c in kids(call):
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                out.extend(g for g in kids(c) if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN"))
            if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"):
                out.append(c)  # "the opposition's call for a strike"
    return out
