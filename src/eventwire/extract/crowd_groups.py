"""The group of people a story has just shown acting, whom its bare "people" arrested stand for.

"Vendors looted shops in Limbe, police said, adding that 38 people had been arrested there": the
people are the vendors. "A crowd of young men set fire to a kiosk. Police said 11 people were
arrested": they are the young men. "Police dispersed a crowd that tried to loot shops. Seventeen
people were arrested": they are looters. The group is the nearest one written in the same
paragraph before the people, as the doer of a clause (not of a report), named by what it is (a
trade, a class, a faith, a crowd's act), not a vague word for anyone.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from .syntax import kids, lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["doer_group_before"]

# Kinds of people a story's crowd is drawn from (see actor_kinds.yaml).
GROUP_KINDS = frozenset({"protesters", "labor", "students", "religious", "civilians"})
# Words that say nothing of who people are, or name those who tell, tend or mourn rather than act.
NOT_GROUP_LEMMAS = frozenset(
    {
        "people",
        "person",
        "individual",
        "citizen",
        "civilian",
        "witness",
        "relative",
        "family",
        "mother",
        "father",
        "child",
        "victim",
        "lawyer",
        "doctor",
        "detainee",
        "prisoner",
        "inmate",
        "hostage",
        "captive",
        "survivor",
        "participant",
        "supporter",
        "organiser",
        "organizer",
        "crowd",
        "mob",
    }
)
# Nouns for a number or a body of people: "dozens of depositors", "a crowd of young men".
COLLECTIVE_HEADS = frozenset(
    {
        "crowd",
        "mob",
        "group",
        "band",
        "gang",
        "dozen",
        "dozens",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "score",
        "scores",
    }
)
# A crowd named by its act: "a crowd that tried to loot shops" are looters.
ACT_AGENTS = {
    "loot": "looters",
    "riot": "rioters",
    "ransack": "looters",
    "plunder": "looters",
}
CROWD_NOUNS = frozenset({"crowd", "mob", "group", "gang"})
DOER_DEPS = frozenset({"nsubj"})


def _doer(tok: Token, reporting: frozenset[str]) -> bool:
    """``tok`` (or the collective it is "of") is the subject of a clause that is not a report."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in COLLECTIVE_HEADS:
        tok = tok.head.head
    return tok.dep_ in DOER_DEPS and tok.head.pos_ in ("VERB", "AUX") and lemma(tok.head) not in reporting


def _phrase(tok: Token) -> str:
    """The group's noun with the words that say which ("young men", "street vendors")."""
    mods = [c for c in kids(tok) if c.dep_ in ("amod", "compound") and c.i < tok.i and c.pos_ != "NUM"]
    start = min((m.i for m in mods), default=tok.i)
    while start < tok.i and tok.doc[start].dep_ not in ("amod", "compound"):
        start += 1
    return tok.doc[start : tok.i + 1].text


def _crowd_act(tok: Token) -> str | None:
    """A crowd's act that names it: "a crowd that tried to loot shops" -> looters."""
    if lemma(tok) not in CROWD_NOUNS:
        return None
    for c in kids(tok):
        if c.dep_ not in ("relcl", "acl"):
            continue
        for v in (c, *(g for g in kids(c) if g.dep_ in ("xcomp", "conj"))):
            agent = ACT_AGENTS.get(lemma(v))
            if agent is not None:
                return agent
    return None


def doer_group_before(doc: Doc, char: int, kinds: Mapping[str, str]) -> str | None:
    """The words for the group last shown acting before ``char`` in its paragraph (see module doc).

    ``kinds`` maps a noun's lemma to its actor kind (actor_kinds.yaml)."""
    from .lexicon import word_set

    text = doc_text(doc)
    para = text.rfind("\n\n", 0, char) + 1
    reporting = word_set("reporting_verbs") | word_set("denial")
    span = doc.char_span(para, char, alignment_mode="contract")
    if span is None:
        return None
    for tok in reversed(tokens(doc)[span.start : span.end]):  # the Doc's Tokens, built once
        act = _crowd_act(tok)
        if act is not None:
            return act
        low = lemma(tok)
        if tok.tag_ != "NNS" or low in NOT_GROUP_LEMMAS or kinds.get(low) not in GROUP_KINDS:
            continue
        if _doer(tok, reporting):
            return _phrase(tok)
    return None
