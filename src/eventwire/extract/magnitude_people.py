"""Magnitudes: who the counted people are by what the sentence says they do or face.

A plural act of a crowd counted ("dozens of general strikes"), people who are the active subject of a
crowd's act ("thousands of war veterans blocked the roads", "about 300 employees stayed off the job",
"thousands braved the cold to protest": its participants), and people said to face execution ("three
activists at imminent risk of execution"). :mod:`.magnitudes` reads these cues to give a count its kind.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from .lexicon import word_set
from .magnitude_numbers import _Table
from .magnitude_verb_clues import _gathering, _gathers, _verb_lemma
from .syntax import kids, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "ILL_TREATMENT_VERBS",
    "TELLING_VERBS",
    "_acting_verb",
    "_agent_noun",
    "_counts_events",
    "_facing_execution",
    "_gathering_subject",
    "_off_work",
    "_people_acting",
    "_predicate_faces_execution",
    "_subject_come_to_act",
    "tells_of_own_harm",
]


def _counts_events(noun: Token, t: _Table) -> bool:
    """The counted noun is a plural act of a crowd ("dozens of general strikes", "three protests")."""
    return noun.tag_ == "NNS" and _gathering(noun) and lemma(noun) not in t.nouns


def _gathering_subject(noun: Token) -> bool:
    """The counted noun is the subject of a verb whose object is a gathering ("about 300 traders at
    the market staged a protest"): they are its participants, whatever the noun."""
    subj = _subject(noun)
    return subj is not None and _gathers(subj.head, "nsubj")


def _subject(noun: Token) -> Token | None:
    """The subject the counted noun stands in: itself, or the amount it is counted by ("thousands of
    people" → "thousands")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "nsubj":
        return noun.head.head
    return noun if noun.dep_ == "nsubj" else None


def _subject_come_to_act(noun: Token, t: _Table) -> bool:
    """The counted people are the subject of a verb with a purpose clause naming a crowd's act
    ("thousands braved the cold to protest", "hundreds came out to march")."""
    subj = _subject(noun)
    if subj is None or lemma(noun) not in t.people:
        return False
    return any(t.verbs.get(_verb_lemma(v, t)) == "participants" for v in _purposes(subj.head))


def _purposes(verb: Token) -> list[Token]:
    """The verbs of ``verb``'s purpose clauses ("… to protest"), also when the parser takes "to" for a
    preposition ("defied the rain to march": ``march`` its object)."""
    out = [
        c
        for c in kids(verb)
        if c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))
    ]
    for p in kids(verb):
        if p.dep_ == "prep" and p.lower_ == "to":
            out.extend(o for o in kids(p) if o.dep_ == "pobj" and o.tag_ == "VB")
    return out


def _people_acting(noun: Token, t: _Table) -> bool:
    """The counted noun names people (the lexicon's people and animate nouns, not the security forces
    or armed men) who are the active subject of an act of a crowd (:func:`_acting_verb`)."""
    lem = lemma(noun)
    known = lem in t.people or lem in word_set("animate")
    if noun.pos_ != "NOUN" or not (known or _agent_noun(noun)):
        return False
    if lem in word_set("security_nouns") or lem in word_set("armed_doers"):
        return False
    return _acting_verb(noun, t) is not None


AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ent")


def _agent_noun(noun: Token) -> bool:
    """A plural noun of doers the lexicon does not list ("depositors", "squatters", "taxi drivers"): a
    crowd's act told with it as the subject counts people, not things (inanimate nouns are left out)."""
    lem = lemma(noun)
    return noun.tag_ == "NNS" and lem.endswith(AGENT_SUFFIXES) and lem not in word_set("inanimate")


def _acting_verb(noun: Token, t: _Table) -> Token | None:
    """The act of a crowd the counted people do themselves, as the active subject of its verb,
    directly or through the collective noun that holds them: "thousands of war veterans blocked
    the roads", "a group of about 150 people broke off and hurled stones" (the conjoined verb),
    "about 300 employees … stayed off the job", "some 40 conscripts began a hunger strike". The verb
    (or one conjoined to it) is a crowd's act of the lexicon, a stoppage or the start of a protest;
    a passive or a verb of saying is none ("three of the detainees told their lawyers")."""
    subj = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "NUM", "PRON"):
        subj = noun.head.head  # "a group of about 150 people", "thousands of war veterans"
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(verb)):
        return None
    for v in (verb, *(c for c in kids(verb) if c.dep_ in ("conj", "xcomp"))):
        if t.verbs.get(_verb_lemma(v, t)) == "participants" or _off_work(v) or _gathers(v, "nsubj"):
            return verb
    return None


def _off_work(verb: Token) -> bool:
    """``stayed off the job``, ``remained off work``: out of work together, a stoppage."""
    return any(
        c.dep_ == "prep" and c.lower_ == "off" and any(lemma(o) in ("job", "work") for o in kids(c))
        for c in kids(verb)
    )


# "at imminent risk of execution", "moved to solitary confinement ahead of execution", "face execution"
_FACING_EXECUTION = re.compile(
    r"\b(?:risk\s+of|ahead\s+of|face|faces|facing|await|awaits|awaiting)\s+(?:(?:their|his|her)\s+)?"
    r"(?:(?:imminent|possible)\s+)?(?:execution\b|being\s+(?:executed|hanged|put\s+to\s+death)\b)",
    re.IGNORECASE,
)


def _facing_execution(noun: Token) -> bool:
    """The counted people are said to face execution: "three activists who are at imminent risk of
    execution", "20 prisoners have been moved to solitary confinement ahead of execution" (the
    clause they are the subject of, or the clause that describes them)."""
    clauses = [c for c in kids(noun) if c.dep_ in ("relcl", "acl")]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        clauses.append(noun.head)
    text = doc_text(noun.doc)
    for c in clauses:
        first, last = c.left_edge, c.right_edge
        if _FACING_EXECUTION.search(text, first.idx, last.idx + len(last.text)):
            return True
    return False


def _predicate_faces_execution(noun: Token) -> bool:
    """The counted people are the subject of a predicate of facing execution, whatever clause
    describes them ("five more men held on the same charges are at imminent risk of being put to
    death": the risk, not the holding, is what the sentence tells of them)."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    start, last = noun.right_edge.i + 1, verb.right_edge
    if start > last.i:
        return False
    return (
        _FACING_EXECUTION.search(doc_text(noun.doc), noun.doc[start].idx, last.idx + len(last.text))
        is not None
    )


ILL_TREATMENT_VERBS = frozenset(
    {"beat", "torture", "slap", "kick", "punch", "whip", "flog", "mistreat", "ill-treat", "abuse",
     "electrocute", "burn", "rape", "assault"}
)  # fmt: skip


# what the ill-treated tell: "three of the detainees told their lawyers they had been slapped"
TELLING_VERBS = frozenset({"say", "tell", "report", "describe", "allege", "complain", "testify", "recount"})
THEM_WORDS = frozenset({"they", "them"})


def tells_of_own_harm(verb: Token) -> bool:
    """The share tells of its own ill-treatment: "seven of the 18 detainees told us they were beaten",
    "three of them said officers beat them", "families of two of the four said the men had been
    beaten" (the ill-treated are told back as "they", "them" or "the men")."""
    for clause in kids(verb):
        if clause.dep_ != "ccomp":
            continue
        for v in (clause, *(c for c in kids(clause) if c.dep_ == "conj")):
            if lemma(v) not in ILL_TREATMENT_VERBS:
                continue
            for p in kids(v):
                if p.dep_ not in ("nsubjpass", "dobj"):
                    continue
                if p.lower_ in THEM_WORDS or (
                    p.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(p))
                ):
                    return True
    return False
