"""Single or aggregate: the cues the scope decision of :mod:`.events` reads.

An event is ``aggregate`` when the text reports a wave across places or over time as one
item (``protests in nearly 200 cities``, ``31 prisoners were executed in the first two weeks
of January``, ``11 people were killed during the disturbances``); ``single`` when it reports
one gathering, one strike, one raid or one execution session, however many took part or
died (``nine men were hanged together``, ``six prisoners were hanged in Adelabad Prison in
Shiraz``). The functions here are the syntactic and lexical cues; :func:`events._aggregate`
and :func:`events._tally_over_time` combine them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import Magnitude, Place
from .syntax import clause_head, lemma, lowers, parse_tree, subtree_indices, token_at

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "coordinated_places",
    "in_own_clause",
    "one_occasion",
    "own_figures",
    "plural_targets",
    "recurrence",
    "whole_extent",
    "within_wave",
]

# "in Ahvaz and Shadegan", "Minsk, Brest and Gomel", "in Islamabad as well as in Rawalpindi"
_COORDINATION = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+|as\s+well\s+as\s+)(?:in\s+|at\s+)?", re.I
)

# nouns naming one occasion when written with "a"/"an" ("killed in an attack on a police station")
OCCASION_NOUNS = frozenset(
    {
        "attack",
        "raid",
        "strike",
        "airstrike",
        "bombing",
        "shooting",
        "ambush",
        "explosion",
        "blast",
        "protest",
        "demonstration",
        "rally",
        "gathering",
        "march",
        "clash",
        "incident",
        "ceremony",
        "session",
    }
)
ONE_WORDS = frozenset({"a", "an", "one", "single"})

# plural nouns naming a wave the event is counted over ("killed during the disturbances")
WAVE_NOUNS = frozenset(
    {
        "protest",
        "demonstration",
        "clash",
        "disturbance",
        "event",
        "riot",
        "march",
        "incident",
        "unrest",
        "uprising",
        "crackdown",
        "confrontation",
    }
)
# the same, written as a mass noun: "nine people were killed in the violence", "in the crackdown"
MASS_WAVES = frozenset({"violence", "unrest", "crackdown", "fighting", "turmoil", "upheaval"})
WAVE_PREPS = frozenset({"during", "in", "amid", "throughout", "over"})

# targets that stand in different places: "attacked dozens of police stations", "burned eleven offices"
SITE_NOUNS = frozenset(
    {
        "station",
        "office",
        "installation",
        "building",
        "post",
        "base",
        "embassy",
        "house",
        "home",
        "village",
        "town",
        "school",
        "checkpoint",
        "headquarters",
        "camp",
    }
)
TARGET_TYPES = frozenset({"attack", "riot", "protest", "repression"})


def _level(p: Place) -> str:
    return p.precision or p.feature or "?"


def coordinated_places(text: str, places: Sequence[Place]) -> bool:
    """Two places of one level in one written list ("in Ahvaz and Shadegan", "Minsk, Gomel and
    Brest"), not one inside the other ("Adelabad Prison in Shiraz", "Istanbul's Maltepe district",
    "Shiraz, Fars province") nor two places of different clauses of the sentence."""
    ordered = sorted((p for p in places if p.precision != "country"), key=lambda p: p.start_char)
    run: list[Place] = []
    for p in ordered:
        if run and not (
            p.start_char >= run[-1].end_char and _COORDINATION.fullmatch(text, run[-1].end_char, p.start_char)
        ):
            run = []
        run.append(p)
        names = {(q.name or q.text).lower() for q in run if _level(q) == _level(p)}
        if len(names) >= 2:
            return True
    return False


def in_own_clause(tok: Token, head: Token) -> bool:
    """``tok`` belongs to the event's own clause (participial modifiers included: "houses belonging to
    politicians across the country"), or to its noun phrase when the trigger is a noun: not to a
    relative, adverbial or reported clause ("the deadliest unrest the city has seen in months") nor a
    conjoined clause with its own event ("stormed parliament and dozens were killed over several weeks")."""
    pos, dep, heads = parse_tree(tok.doc)  # walked by index: each ``.head`` would build a Token
    h = head.i
    if pos[h] in ("NOUN", "PROPN"):
        # ``tok in head.subtree``: ``head`` is ``tok`` or one of its ancestors
        i = tok.i
        while True:
            if i == h:
                return True
            if heads[i] == i:
                break
            i = heads[i]
    top = clause_head(head).i
    i = tok.i
    for _ in range(40):
        if i == top:
            return True
        d = dep[i]
        if d in _CLAUSE_BREAKS or (d == "conj" and pos[i] in ("VERB", "AUX") and _own_conjunct(tok.doc[i])):
            return False
        if heads[i] == i:
            return False
        i = heads[i]
    return False


_CLAUSE_BREAKS = frozenset({"relcl", "advcl", "ccomp", "csubj", "parataxis"})


def _own_conjunct(tok: Token) -> bool:
    """A conjoined clause of its own ("… and activists hung a banner", "… and dozens were killed"), not
    an elliptical one sharing the first verb's auxiliary ("nine were killed and more than 200 injured")."""
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return True
    return tok.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def own_figures(head: Token, magnitudes: Sequence[Magnitude]) -> list[Magnitude]:
    """The figures written in the event's own clause: not "slogans appeared in at least four districts,
    and activists hung a banner", nor "six were hanged, bringing the number of executions to 1,000"."""
    out = []
    for m in magnitudes:
        tok = token_at(head.doc, m.start_char)
        if tok is None or in_own_clause(tok, head):
            out.append(m)
    return out


def recurrence(tok: Token) -> bool:
    """``weeks``/``months`` as a stretch the event recurs over ("for weeks", "over several months"), not a
    count back (``two weeks ago``) nor a measured duration of one event ("held for more than five months")."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "ago":
        return False
    return not (tok.lower_ in ("weeks", "months") and any(c.dep_ == "nummod" for c in tok.children))


def one_occasion(head: Token) -> bool:
    """The clause names one occasion: "killed in an attack on a police station", "during a protest",
    "nine men were hanged together"."""
    doc = head.doc
    low, dep = lowers(doc), parse_tree(doc)[1]
    for i in subtree_indices(clause_head(head)):
        if dep[i] != "pobj" and not (low[i] == "together" and dep[i] == "advmod"):
            continue  # neither test below can hold: no Token built for it
        t = doc[i]
        if not in_own_clause(t, head):
            continue
        if t.lower_ == "together" and t.dep_ == "advmod":
            return True
        if (
            t.dep_ == "pobj"
            and t.head.lower_ in ("in", "during", "at")
            and t.tag_ == "NN"
            and lemma(t) in OCCASION_NOUNS
            and any(c.lower_ in ONE_WORDS for c in t.children)
        ):
            return True
    return False


def _count(magnitudes: Sequence[Magnitude]) -> int | None:
    values = [m.value for m in magnitudes if m.kind in ("fatalities", "arrests", "executions", "injuries")]
    return max(values) if values else None


def within_wave(head: Token, magnitudes: Sequence[Magnitude]) -> bool:
    """A toll over a wave of events: "11 people were killed during the disturbances", "no citizen lost
    their life in the events", "a week of clashes in which more than 100 people were killed" (not
    "a protester was killed during the protests": one victim is one event)."""
    if _count(magnitudes) == 1:
        return False
    doc = head.doc
    dep = parse_tree(doc)[1]
    for i in subtree_indices(clause_head(head)):
        if dep[i] != "pobj":
            continue  # the first test below: no Token built for it
        t = doc[i]
        if (
            t.dep_ == "pobj"
            and t.head.lower_ in WAVE_PREPS
            and ((t.tag_ == "NNS" and lemma(t) in WAVE_NOUNS) or (t.tag_ == "NN" and lemma(t) in MASS_WAVES))
            and not any(c.lower_ in ONE_WORDS for c in t.children)
            and in_own_clause(t, head)
        ):
            return True
    clause = clause_head(head)
    if clause.dep_ == "relcl":
        noun = clause.head
        of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        nouns = [noun, *of]
        return any(n.tag_ == "NNS" and lemma(n) in WAVE_NOUNS for n in nouns)
    return False


def plural_targets(head: Token, etype: str) -> bool:
    """An attack or riot on many sites at once: "attacked dozens of police stations", "burned eleven
    offices" (not "blocked roads": one blockade)."""
    if etype not in TARGET_TYPES or head.pos_ != "VERB":
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    # "set fire to more than 70 houses": the object of "to" after "set fire"
    objects += [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ == "fire" for o in head.children)
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if etype == "protest":
        # "demonstrate outside Belarusian embassies", "sit-ins outside power company offices"
        objects += [
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in ("outside", "at", "before")
            for g in c.children
            if g.dep_ == "pobj"
        ]
    for c in objects:
        noun = c
        if c.lower_ in ("dozens", "hundreds", "scores") or lemma(c) in ("dozen", "score"):
            noun = next((g for p in c.children if p.dep_ == "prep" for g in p.children), c)
        if noun.tag_ == "NNS" and lemma(noun) in SITE_NOUNS | GATHERING_SITES:
            return True
    return False


# where protests gather, written in the plural for many gatherings at once
GATHERING_SITES = frozenset({"embassy", "consulate", "ministry", "court", "courthouse", "governorate"})


WHOLE_WORDS = frozenset({"whole", "entire"})
EXTENT_NOUNS = frozenset(
    {"country", "nation", "province", "region", "state", "south", "north", "east", "west", "city", "capital"}
)


def whole_extent(head: Token) -> bool:
    """The event covers a whole territory: "the whole province will rise", "across the entire country"."""
    doc = head.doc
    low = lowers(doc)
    for i in subtree_indices(clause_head(head)):
        if low[i] not in WHOLE_WORDS:
            continue  # the first test below: no Token built for it
        t = doc[i]
        if (
            t.lower_ in WHOLE_WORDS
            and t.dep_ == "amod"
            and lemma(t.head) in EXTENT_NOUNS
            and in_own_clause(t, head)
        ):
            return True
    return False
