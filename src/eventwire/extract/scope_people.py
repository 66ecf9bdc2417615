"""Scope cues read from the people an event is told of: a class of people rather than one act.

Each cue makes a record ``aggregate`` (docs/gold-format.md, Scope) when the text tells the act of
many people apart, or of a class of people, with nothing that gathers them into one occasion:

- ill-treatment told as the way confessions were obtained ("tortured into confessing", "signed
  confessions under torture"): ill-treatment over a detention and its interrogations (session 5);
- a denial of a class of acts for a cause ("no one has been arrested for taking part in the
  gatherings", "no one is detained for expressing their opinion"): a policy denied, not one act;
- a count of people facing execution with no place of their own ("at least five other men are at
  imminent risk of execution"): each sentence is carried out on its own (H8's records);
- an act named by a noun whose clause tells it in many places or on many days ("truck drivers in
  several provinces stopped work", "staged a hunger strike every Tuesday in at least 30 prisons"): a
  written spread of places or recurrence;
- a "ville morte" (dead town) day called for a country or more than one town (N6's shutdown calls).

:mod:`.scope` calls these from the cues :mod:`.events` reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import Magnitude
from .syntax import clause_head, kids, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "NUMBER_WORDS",
    "called_across",
    "count_of",
    "dead_town_call",
    "denied_for_a_cause",
    "doers_in_many_places",
    "for_a_confession",
    "many_at_risk",
]

# what ill-treatment obtains when it is told as the means of a confession
CONFESSION_LEMMAS = frozenset({"confess", "confession", "statement"})
DENIED_CLASS_TYPES = frozenset({"arrest", "execution", "torture", "killing"})
# "held for five days", "detained for questioning for hours": a stretch, not a cause
_STRETCH_LEMMAS = frozenset({"hour", "day", "night", "week", "month", "year", "while", "time", "questioning"})
RISK_LEMMAS = frozenset({"risk", "danger"})
# the places a strike's or a protest's doers are told in, in the plural: "drivers in several provinces"
SPREAD_PLACE_LEMMAS = frozenset(
    {"city", "town", "province", "governorate", "region", "district", "village", "county", "locality"}
)
# sites that stand in different places when counted: "in at least 40 prisons", "at more than 100 workplaces"
SITE_LEMMAS = frozenset(
    {
        "prison",
        "jail",
        "workplace",
        "factory",
        "plant",
        "mine",
        "hospital",
        "school",
        "university",
        "campus",
        "depot",
    }
)
ACROSS_EXTENTS = frozenset(
    {"country", "nation", "region", "province", "state", "south", "north", "east", "west"}
)
# small counts written as words ("two prisoners", "in three provinces"); scope.py reads them too
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}


def _confessing(tok: Token) -> bool:
    """ "confessed", "confession", "confessing" (tagged a noun after "into" as often as not)."""
    return lemma(tok) in CONFESSION_LEMMAS or tok.lower_.startswith("confess")


def _confession_word(tok: Token) -> bool:
    """``tok`` or one of its objects names a confession: "confessed", "signed confessions", "confessions
    are extracted"."""
    if _confessing(tok):
        return True
    return any(c.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj") and _confessing(c) for c in kids(tok))


def for_a_confession(head: Token) -> bool:
    """Ill-treatment told as the means of a confession: "had confessed under torture", "signed
    confessions under torture", "confessions obtained under torture", "had been tortured into
    confessing" (not "was tortured in a police van")."""
    if head.dep_ == "pobj" and head.head.lower_ == "under" and head.head.head != head.head:
        gov = head.head.head
        if _confession_word(gov) or (gov.dep_ == "acl" and _confessing(gov.head)):
            return True  # "confessions obtained under torture": the participle's noun
    # "tortured into confessing", "beaten into making confessions"
    return any(
        p.dep_ == "prep" and p.lower_ == "into" and any(_confessing(g) for g in p.subtree) for p in kids(head)
    )


def denied_for_a_cause(head: Token, etype: str, status: str) -> bool:
    """A denial of a class of acts for a cause: "no one has been arrested for taking part in the
    gatherings", "no one in this country has been executed for taking part in a protest", "no nurse has
    been detained for raising professional demands" (not "no one was detained for more than two hours",
    nor "no one was detained" alone)."""
    if status != "negated" or etype not in DENIED_CLASS_TYPES or head.pos_ != "VERB":
        return False
    for prep in kids(head):
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for obj in kids(prep):
            if obj.dep_ == "pcomp" and obj.tag_ == "VBG":
                return True  # "for taking part", "for expressing their opinion"
            if (
                obj.dep_ == "pobj"
                and obj.pos_ == "NOUN"
                and lemma(obj) not in _STRETCH_LEMMAS
                and not any(c.dep_ == "nummod" for c in kids(obj))
            ):
                return True  # "for political reasons", "for his trade demands"
    return False


def count_of(tok: Token) -> int:
    """The number written on ``tok`` ("27 drivers" -> 27, "three men" -> 3), 0 when it has none."""
    for c in kids(tok):
        if c.dep_ == "nummod":
            text = c.lower_.replace(",", "")
            return int(text) if text.isdigit() else NUMBER_WORDS.get(text, 0)
    return 0


def many_at_risk(head: Token, magnitudes: Sequence[Magnitude], etype: str) -> bool:
    """Two or more people told at risk of execution, with no place of their own: "at least five other
    men are at imminent risk of execution", "14 more prisoners … are at imminent risk of being put to
    death" (not "three more prisoners are at imminent risk of execution in Zahedan", "prisoners held in
    Zahedan Central Prison are at imminent risk of execution": one prison's)."""
    if etype != "execution":
        return False
    chain = [head]
    cur = head
    for _ in range(4):  # "at imminent risk of execution": execution <- of <- risk
        if cur.head == cur:
            break
        cur = cur.head
        chain.append(cur)
        if lemma(cur) in RISK_LEMMAS:
            break
    else:
        return False
    if lemma(chain[-1]) not in RISK_LEMMAS:
        return False
    verb = clause_head(chain[-1])
    # the people's own place: "prisoners in Ghezel Hesar Prison", "prisoners held in Zahedan Central Prison"
    people = [c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    held = [c for p in people for c in kids(p) if c.dep_ == "acl" and c.tag_ == "VBN"]
    placed = [
        g
        for t in (*chain, verb, *people, *held)
        for c in kids(t)
        if c.dep_ == "prep" and c.lower_ in ("in", "at")
        for g in kids(c)
        if g.dep_ == "pobj" and g.pos_ == "PROPN"
    ]
    if placed:
        return False
    counts = [m.value for m in magnitudes if m.kind == "executions"]
    counts += [count_of(c) for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    return max(counts, default=0) >= 2


def _spread_place(t: Token, *, counted_sites: bool) -> bool:
    """``t`` names many places: "in several provinces", "in the southern governorates", and with
    ``counted_sites`` also many sites counted ("in at least 40 prisons", "at more than 100 workplaces")."""
    if t.dep_ != "pobj" or t.tag_ != "NNS" or t.head.lower_ not in ("in", "at", "across") or count_of(t) == 1:
        return False
    if lemma(t) in SPREAD_PLACE_LEMMAS:
        return True
    return counted_sites and lemma(t) in SITE_LEMMAS and count_of(t) >= 2


def _every_day(t: Token) -> bool:
    """ "every Tuesday", "every week", "every night"."""
    return t.lower_ == "every" and (
        t.head.lower_.endswith("day") or lemma(t.head) in ("week", "night", "month")
    )


def _across_extent(t: Token) -> bool:
    """ "across the country", "across the region" (not "across the street")."""
    return t.lower_ == "across" and any(g.dep_ == "pobj" and lemma(g) in ACROSS_EXTENTS for g in kids(t))


# prepositions that make their object the time of the verb's act, another act: "attacked buildings in
# several cities after the arrest of their leader" (the places are the attacks', not the arrest's)
TIME_PREPS = frozenset({"after", "before", "following", "since", "until", "till"})


def _object_of(head: Token, verb: Token) -> bool:
    """``head`` is the verb's object, or the object of one of its prepositions: "staged a hunger strike",
    "called for a ville morte", "walked off the job" (not an act that times the verb's: "rioted in several
    towns after the arrest")."""
    if head.head == verb:
        return head.dep_ in ("dobj", "npadvmod", "attr")
    return (
        head.dep_ == "pobj"
        and head.head.head == verb
        and head.head.dep_ == "prep"
        and head.head.lower_ not in TIME_PREPS
    )


def doers_in_many_places(head: Token) -> bool:
    """An event named by a noun whose clause tells it in many places or on many days, which the clause walk
    of :mod:`.events` does not read for a noun (it reads the noun's own phrase): its doers in many places
    ("truck drivers in several provinces have stopped work", "staff at hospitals in several cities held
    brief walkouts"), or, for the object of the clause's verb, many sites counted, a recurrence or a
    territory ("prisoners in at least 30 prisons have staged a hunger strike every Tuesday", "walked off
    the job at more than 100 workplaces", "called for a ville morte across the country")."""
    if head.pos_ in ("VERB", "AUX"):
        # the clause walk reads the verb's clause, but not counted sites: "walked out at 100 workplaces"
        return any(_spread_place(t, counted_sites=True) for c in _own_parts(head, head) for t in c.subtree)
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ in ("nsubj", "nsubjpass"):
        return False
    verb = clause_head(head)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for subject in (c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")):
        if any(_spread_place(t, counted_sites=False) for t in subject.subtree):
            return True
    noun = head.head if head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN") else head
    if not _object_of(noun, verb):
        return False
    return any(
        _every_day(t) or _across_extent(t) or _spread_place(t, counted_sites=True)
        for c in _own_parts(verb, noun)
        for t in c.subtree
    )


def _own_parts(verb: Token, noun: Token) -> list[Token]:
    """The verb's dependents that belong to its own act: not its subject (read apart), not another clause
    ("…, and police detained dozens"), not the event's noun itself."""
    skip = ("nsubj", "nsubjpass", "ccomp", "advcl", "conj", "xcomp", "relcl", "parataxis")
    return [c for c in kids(verb) if c.dep_ not in skip and c != noun]


# "ville morte" (French, "dead town"), "dead city": a call to close a whole town or country (N6)
DEAD_TOWN_WORDS = frozenset({"morte", "mort"})


def dead_town_call(head: Token) -> bool:
    """A "ville morte" or "dead city" day called (gold-format N6: a shutdown call, a strike), told of a
    country or of more than one town: "called for a ville morte across the country", "a 'dead city'
    general strike" (not "a ville morte throughout Bangui": one city's)."""
    noun = head.head if head.dep_ == "compound" else head  # "ville" in "a ville morte"
    words = list(noun.subtree) if noun.pos_ in ("NOUN", "PROPN") else [noun]
    named = any(t.lower_ in DEAD_TOWN_WORDS for t in words) or any(
        t.lower_ == "dead" and t.head.lower_ == "city" for t in words
    )
    if not named:
        return False
    verb = clause_head(head)
    towns = {
        g.lower_
        for t in verb.subtree
        if t.dep_ == "prep" and t.lower_ in ("in", "throughout", "across")
        for g in kids(t)
        if g.dep_ == "pobj" and g.pos_ == "PROPN"
    }
    # "in Bujumbura and the provincial capitals": many towns
    plural = any(
        g.tag_ == "NNS" and g.dep_ == "pobj" and lemma(g) in SPREAD_PLACE_LEMMAS | {"capital"}
        for t in verb.subtree
        if t.dep_ == "prep"
        for g in kids(t)
    )
    return len(towns) != 1 or plural


# verbs of calling on people to act: "called on oil workers across the region to stop work"
CALL_LEMMAS = frozenset({"call", "urge", "ask", "invite", "encourage", "appeal"})
# where one gathering is told: "gather outside the parliament building", "march to the ministry"
PLACE_PREPS = frozenset({"in", "at", "outside", "to", "near", "inside", "before", "towards", "toward"})
SITE_WORDS = frozenset(
    {"building", "square", "parliament", "ministry", "office", "embassy", "court", "headquarters", "palace"}
    | {"gate", "station", "assembly", "cathedral", "mosque", "bank", "prefecture"}
)


# "in solidarity", "in support of", "in protest at": a motive, not a place (the parser may tag it a name)
MOTIVE_WORDS = frozenset({"solidarity", "support", "protest", "response", "memory", "honour", "honor"})


def _placed(verb: Token) -> bool:
    """The act is told at a place of its own: "gather outside the parliament building in Tehran"."""
    for prep in kids(verb):
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        for g in kids(prep):
            if (
                g.dep_ == "pobj"
                and lemma(g) not in MOTIVE_WORDS
                and (
                    lemma(g) in SITE_WORDS
                    or (g.pos_ == "PROPN" and g.ent_type_ in ("GPE", "FAC", "LOC", "ORG"))
                )
            ):
                return True
    return False


def _spread_group(group: Token) -> bool:
    """ "traders across the country", "oil workers across Mangistau", "workers at other factories"."""
    for t in (group, *group.subtree):
        if t.lower_ == "across" and t.dep_ == "prep" and any(g.dep_ == "pobj" for g in kids(t)):
            return True
        if t.lower_ == "other" and t.dep_ == "amod" and t.head.tag_ == "NNS" and t.head.dep_ == "pobj":
            return True
    return False


def called_across(head: Token, status: str) -> bool:
    """A coming act people across a territory or at many sites are called on to do, with no place of its
    own: "called on oil workers across the region to stop work for an hour", "urged traders across the
    country to observe a shutter-down strike", "called on workers at other factories to stop work" (not
    "called on pensioners across the country to gather outside the parliament building")."""
    if status not in ("predicted", "hypothetical"):
        return False
    act = head if head.pos_ in ("VERB", "AUX") else clause_head(head)
    if act.dep_ not in ("xcomp", "advcl") or act.head == act or lemma(act.head) not in CALL_LEMMAS:
        return False
    if _placed(act):
        return False
    # the people called on, and what the parser hangs on the calling verb beside them ("called on
    # workers at other plants": "at other plants" under "called")
    return any(_spread_group(c) for c in kids(act.head) if c.dep_ in ("dobj", "prep") and c != act)
