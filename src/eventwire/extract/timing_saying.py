"""The day a statement was made (``…, the union said on Friday``): the reporting verb whose
own clause holds a time expression."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.text import tokens
from ..records import Time
from .syntax import clause_head, kids, lowers, parse_tree
from .timing_clauses import _token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_SAYING = frozenset(
    {
        "say",
        "tell",
        "report",
        "announce",
        "add",
        "claim",
        "state",
        "confirm",
        "write",
        "note",
        "allege",
        "accuse",
        "deny",
    }
)


def _saying(tok: Token) -> Token | None:
    """The reporting verb whose own clause holds ``tok`` ("the union said in a statement on Friday")."""
    verb = clause_head(tok)
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep":
        # "In a statement read on state radio on Friday, the spokesman said …": the statement's day
        up = verb.head.head.head
        if up.lemma_.lower() in _SAYING and any(c.dep_ in ("ccomp", "parataxis") for c in kids(up)):
            return up
    if verb.lemma_.lower() not in _SAYING or not any(c.dep_ in ("ccomp", "parataxis") for c in kids(verb)):
        return _said_before(tok)
    if verb.i < tok.i <= verb.i + 6:
        return verb  # "said on Friday", "said in a statement on Friday"
    if tok.i < verb.i:
        # "On Friday, the ministry said …": only the subject (and commas) between them
        subject = {t.i for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        tail = {t.i for t in tok.head.subtree} if tok.head.dep_ == "prep" else {tok.i}
        if all(i in subject or i in tail or tok.doc[i].is_punct for i in range(tok.i, verb.i)):
            return verb
    return _said_before(tok)


def _said_before(tok: Token) -> Token | None:
    """Written right after a reporting verb whatever the parse ("Police said on Friday they had arrested
    …", "told reporters late on Tuesday that …"): the time of the saying (not "said last month's
    discovery …", a possessive of the reported clause)."""
    doc = tok.doc
    toks = tokens(doc)  # cached Tokens and head indices: ``.head`` and ``doc[k]`` build a Token each time
    pos, dep, heads = parse_tree(doc)
    up = heads[tok.i]
    if any(c.tag_ == "POS" for c in (*kids(tok), *kids(toks[up]))):
        return None
    if dep[tok.i] in ("amod", "compound", "nummod", "poss") or (pos[up] == "NOUN" and up > tok.i):
        return None  # "reported third-quarter net income": the time qualifies the report's object
    k = tok.i - 1
    low = lowers(doc)
    while k >= 0 and low[k] in ("on", "late", "early", "this", "last", "in", "the", "of"):
        k -= 1
    if k < 0:
        return None
    verb = toks[k]
    if dep[k] == "dobj" and heads[k] < k and toks[heads[k]].lemma_.lower() == "tell":
        verb = toks[heads[k]]  # "told reporters on Friday"
    if verb.lemma_.lower() not in _SAYING or verb.pos_ != "VERB":
        return None
    if not any(c.dep_ in ("ccomp", "parataxis") for c in kids(verb)):
        return None
    return verb if k - verb.i <= 3 else None


def _said_of(doc: Doc, t: Time, head: Token | None) -> bool:
    """``t`` dates the saying of a report, not the event reported (``police arrested 12 people, the union
    said on Friday``): the day of the statement bounds the event but is not its time."""
    tok = _token_at(doc, t.start_char or 0)
    if tok is None:
        return False
    verb = _saying(tok)
    if verb is None:
        return False
    if head is None:
        return True
    mine = clause_head(head)
    return mine != verb and verb in mine.ancestors
