"""The parse around a trigger that every status reading shares: ancestor chains, modals and
negation on a verb, tense, infinitives, clause verbs and condition marks, and the word sets
several readings use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.text import tokens
from .lexicon import word_set
from .syntax import kids, lemma, lowers, parse_tree

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "ASKING",
    "EVIDENCE_NOUNS",
    "FUTURE_MODALS",
    "PASSES_THROUGH",
    "PLAN_NOUNS",
    "REPORT_NOUNS",
    "SPAN_NOUNS",
]


FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})

PASSES_THROUGH = frozenset(
    {
        "xcomp",
        "ccomp",
        "dobj",
        "pobj",
        "prep",
        "conj",
        "advcl",
        "acomp",
        "attr",
        "nsubjpass",
        "nsubj",
        "pcomp",
        "oprd",
        "acl",
        "appos",
        "npadvmod",
        "compound",
    }
)

PLAN_NOUNS = frozenset(
    {"plan", "call", "bid", "threat", "proposal", "intention", "pledge", "vow", "ultimatum", "appeal"}
)

SPAN_NOUNS = frozenset(
    {
        "day",
        "night",
        "week",
        "month",
        "year",
        "decade",
        "wave",
        "series",
        "spate",
        "string",
        "round",
        "cycle",
        "history",
        "weekend",
    }
)


REPORT_NOUNS = frozenset(
    {"report", "claim", "allegation", "accusation", "account", "rumour", "rumor", "talk", "story"}
)  # "the talk of a nationwide strike is a fabrication"
# "there is no truth to rumours that …", "no evidence that …", "no sign of protests": a "no" on one of
# these nouns denies what it governs.
EVIDENCE_NOUNS = REPORT_NOUNS | frozenset(
    {"truth", "evidence", "sign", "indication", "proof", "confirmation", "trace", "basis", "record", "word"}
)

# "asked traders to observe a strike", "appealed to residents to join the march": what they are asked to do
ASKING = frozenset({"ask", "appeal", "encourage", "exhort", "implore", "invite", "beg"})


def _ancestors(tok: Token, limit: int = 5) -> list[tuple[Token, str]]:
    """(ancestor, dep of the child below it) pairs, nearest first, stopping at the sentence root."""
    doc = tok.doc
    memo: dict[int, list[tuple[Token, str]]] | None = doc.user_data.get(_CHAINS)
    if memo is None:
        memo = doc.user_data[_CHAINS] = {}  # each event asks for the same chain up to ten times
    chain = memo.get(tok.i)
    if chain is None:
        chain = memo[tok.i] = _chain(doc, tok.i)
    return chain[:limit]


_CHAINS = "eventwire.status.chains"
_CHAIN_LIMIT = 8  # longer than any limit asked for


def _chain(doc: Doc, i: int) -> list[tuple[Token, str]]:
    _, deps, heads = parse_tree(doc)  # by index: each ``.head`` would build a Token
    toks = tokens(doc)
    out: list[tuple[Token, str]] = []
    for _ in range(_CHAIN_LIMIT):
        h = heads[i]
        if h == i:
            break
        out.append((toks[h], deps[i]))
        i = h
    return out


def _has_neg(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in kids(tok))


def _modal(tok: Token) -> tuple[str | None, bool]:
    """The modal auxiliary of a verb (lower-cased) and whether a perfect ``have`` follows it."""
    memo: dict[int, tuple[str | None, bool]] | None = tok.doc.user_data.get(_MODALS)
    if memo is None:
        memo = tok.doc.user_data[_MODALS] = {}  # asked of the same verbs by every event of a clause
    found = memo.get(tok.i)
    if found is None:
        found = memo[tok.i] = _read_modal(tok)
    return found


_MODALS = "eventwire.status.modals"


def _read_modal(tok: Token) -> tuple[str | None, bool]:
    modal = None
    perfect = False
    for c in kids(tok):
        if c.dep_ in ("aux", "auxpass"):
            if c.lower_ in word_set("modal_hypothetical") or c.lower_ in FUTURE_MODALS:
                modal = c.lower_
            elif lemma(c) == "have" and modal is not None:
                perfect = True
    return modal, perfect


def _past(tok: Token) -> bool:
    """A verb in a past tense ("marched", "were throwing", "had been arrested")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in kids(tok))


def _condition_mark(clause: Token) -> bool:
    """The clause is a condition: marked "if" or "unless", but not a comparison "as if" ("beat us as if
    we were criminals") nor a concession "even if"."""
    low = lowers(clause.doc)
    return any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") and (c.i == 0 or low[c.i - 1] not in ("as", "even"))
        for c in kids(clause)
    )


def _clause_verbs(head: Token, verb: Token | None) -> list[Token]:
    out = [head]
    if verb is not None and verb != head:
        out.append(verb)
    if head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        out.append(head.head)
    # a verb in a list that shares the first verb's subject and modal: "some might appear in the town,
    # shout slogans and court arrest" (the modal is on "appear" only); for the act itself or what the
    # verb does, not a noun it speaks about ("should study the journey and not focus on the attack")
    if head.pos_ != "VERB" and head.dep_ != "dobj":
        return out
    cur = out[-1]
    for _ in range(3):
        if cur.dep_ != "conj" or cur.head.pos_ not in ("VERB", "AUX"):
            break
        own = [c for c in kids(cur) if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")]
        if any(c.dep_ != "auxpass" or c.tag_ != "VB" for c in own):
            break  # a subject or a tense of its own ("and were detained"); a bare "and be detained" shares it
        cur = cur.head
        if cur not in out:
            out.append(cur)
    return out


def _infinitive(verb: Token) -> bool:
    """ "to strike", "to be executed"."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)):
        return False
    return verb.tag_ == "VB" or any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in kids(verb))
