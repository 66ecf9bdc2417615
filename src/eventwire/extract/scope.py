"""Single or aggregate: the cues the scope decision of :mod:`.events` reads.

An event is ``aggregate`` when the text reports a wave across places or over time as one
item (``protests in nearly 200 cities``, ``31 prisoners were executed in the first two weeks
of January``, ``11 people were killed during the disturbances``); ``single`` when it reports
one gathering, one strike, one raid or one execution session, however many took part or
died (``nine men were hanged together``, ``six prisoners were hanged in Adelabad Prison in
Shiraz``). The functions here are the syntactic and lexical cues; :func:`events_scope._aggregate`
and :func:`events_scope._tally_over_time` combine them. The cues by which wording alone makes an event
aggregate (a strike others are to join, a closure called for, a count since a starting point) are in
:mod:`.scope_wording`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import tokens
from ..records import Magnitude, Place
from .lexicon import word_set
from .magnitudes import names_places
from .scope_people import (
    NUMBER_WORDS,
    doers_in_many_places,
    for_a_confession,
)
from .syntax import clause_head, kids, lemma, lemmas, lowers, parse_tree, per_doc, subtree_indices, token_at

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "across_extent",
    "coordinated_places",
    "in_own_clause",
    "one_occasion",
    "over_detention",
    "own_figures",
    "own_places",
    "plural_sites",
    "plural_targets",
    "recurrence",
    "series_of",
    "whole_extent",
    "within_wave",
]

# "in Ahvaz and Shadegan", "Minsk, Brest and Gomel", "in Islamabad as well as in Rawalpindi",
# "in Normandy and near Marseille"
# a toll broken down by place: "four of them in Nairobi and three in Kisumu"
_COUNT_WORD = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|"
    r"several|others|another)"
)
_COORDINATION = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+|as\s+well\s+as\s+)"
    r"(?:(?:in\s+|at\s+|near\s+|outside\s+|around\s+)|" + _COUNT_WORD + r"\s+(?:more\s+)?in\s+)?",
    re.I,
)

# "on the road between Bor and Pibor", "the highway between Cochabamba and Oruro": the two towns bound
# one stretch, no list
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:towns?\s+of\s+|cities\s+of\s+)?\Z", re.I)

# "Kerdasa, near Giza", "Tembisa, east of Johannesburg": the second place locates the first, no list
_LOCATING = re.compile(r"\s*,\s*(?:near|outside|around)\s+", re.I)

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
# a court's verdict is one session, however many it names; the wave it is handed down over is its cause
VERDICT_LEMMAS = frozenset({"sentence", "convict", "condemn"})

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
        "square",
        "branch",
        "refinery",
        "factory",
    }
)
TARGET_TYPES = frozenset({"attack", "riot", "protest", "repression", "strike"})


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
            p.start_char >= run[-1].end_char
            and _COORDINATION.fullmatch(text, run[-1].end_char, p.start_char)
            and not _LOCATING.fullmatch(text, run[-1].end_char, p.start_char)
            and not (len(run) == 1 and _bounds_a_stretch(text, run[0]))
        ):
            run = []
        joined = len(run) > 0 and bool(_CONJUNCTION.search(text, run[-1].end_char, p.start_char))
        run.append(p)
        names = {(q.name or q.text).lower() for q in run if _level(q) == _level(p)}
        if len(names) >= 2 or (joined and len({(q.name or q.text).lower() for q in run[-2:]}) == 2):
            return True  # "in Normandy and near Marseille": two places joined by "and", of any level
    return False


def _bounds_a_stretch(text: str, p: Place) -> bool:
    """``p`` is written right after "between": "the road between Bor and Pibor" names one stretch."""
    return bool(_BETWEEN.search(text, max(0, p.start_char - 40), p.start_char))


_CONJUNCTION = re.compile(r"\b(?:and|or|as\s+well\s+as)\b", re.I)


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
    if any(c.dep_ in ("aux", "auxpass") for c in kids(tok)):
        return True
    return tok.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(tok))


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
    if nxt is not None and nxt.lower_ in COUNT_BACK_WORDS and tok.dep_ != "pobj":
        return False  # "months before the World Cup", "weeks after the vote": a date told by its distance
    if tok.lower_ in PERIODIC_WORDS and tok.dep_ == "amod" and _rhythm_of_a_thing(tok.head):
        return False  # "the weekly market", "a daily newspaper": a thing's rhythm, not the event's
    if _stretch_of_a_state(tok):
        return False
    return not (tok.lower_ in ("weeks", "months") and any(c.dep_ == "nummod" for c in kids(tok)))


# a stretch told as a distance from a date ("months before the World Cup"), and the words of a rhythm
COUNT_BACK_WORDS = frozenset({"before", "after", "earlier", "later"})
PERIODIC_WORDS = frozenset({"weekly", "daily", "nightly"})


# things with a rhythm of their own, not an event's: "the weekly market", "a daily newspaper"
RHYTHM_THINGS = frozenset(
    {"market", "bazaar", "fair", "newspaper", "paper", "magazine", "bulletin", "programme", "program"}
)


def _rhythm_of_a_thing(noun: Token) -> bool:
    """ "attacked the weekly market", "a daily newspaper" (not "weekly protests", "daily vigils")."""
    return lemma(noun) in RHYTHM_THINGS or lemma(noun) in SITE_NOUNS


def _stretch_of_a_state(tok: Token) -> bool:
    """ "months of unpaid salaries", "years of drought": the stretch measures a state of things named
    after "of", not a run of the event (not "weeks of protests", "months of strikes")."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "of":
        return False
    # the first noun after "of" (the parser often hangs the phrase on the word before the stretch)
    noun = next((w for w in doc[tok.i + 2 : tok.i + 6] if w.pos_ in ("NOUN", "PROPN")), None)
    return noun is not None and lemma(noun) not in RUN_NOUNS


# what a stretch can be a run of ("weeks of protests", "months of raids")
RUN_NOUNS = OCCASION_NOUNS | WAVE_NOUNS | MASS_WAVES | {"strike", "walkout", "sit-in", "arrest", "detention"}


# verbs of holding people, whose stretch ("held for five months") the ill-treatment told in it spans
HOLDING_LEMMAS = frozenset({"hold", "keep", "detain", "jail", "imprison"})
STRETCH_UNITS = frozenset({"week", "month", "year"})


def _long_stretch(unit: Token) -> bool:
    """ "five months", "weeks", "70 days", "days" (a stretch of a week or more, not "two days")."""
    if unit.tag_ != "NNS":
        return False
    if lemma(unit) in STRETCH_UNITS:
        return True
    if lemma(unit) != "day":
        return False
    nums = [c for c in kids(unit) if c.dep_ == "nummod"]
    if not nums:
        return not any(c.dep_ in ("amod", "det") for c in kids(unit))  # "for days", not "for several days"
    text = nums[0].lower_.replace(",", "")
    value = int(text) if text.isdigit() else NUMBER_WORDS.get(text, 0)
    return value >= 7


def _held_for_a_stretch(verb: Token) -> bool:
    """ "held for five months", "kept incommunicado for weeks", "detained for 70 days"."""
    if lemma(verb) not in HOLDING_LEMMAS:
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("for", "over")
        and any(g.dep_ == "pobj" and _long_stretch(g) for g in kids(p))
        for p in kids(verb)
    )


def over_detention(head: Token) -> bool:
    """Ill-treatment told over a stretch of detention (docs/gold-format.md, session 5: aggregate): "was held
    for five months in a detention centre, where interrogators beat him", "held incommunicado for five
    months, during which interrogators beat them", "held for weeks in punishment cells and beaten", "continue
    to be beaten, held for weeks in punishment cells" — not one session ("beaten in a police van", "was
    beaten for several days", "detained for two days and beaten")."""
    cur = head
    for _ in range(12):  # in a relative or adverbial clause of the holding, or a conjunct of it
        if cur.head == cur or cur.dep_ in ("ccomp", "parataxis"):
            break
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and _held_for_a_stretch(cur):
            return True
    # held as one of the ill-treatments: "continue to be beaten, held for weeks in punishment cells"
    if any(c.dep_ in ("advcl", "conj") and _held_for_a_stretch(c) for c in kids(head)):
        return True
    # "beaten and denied medical care", "beaten, kept in solitary cells and deprived of sleep"
    if any(_deprivation(v) for v in _conjuncts(head)):
        return True
    return for_a_confession(head)


# what a detainee is kept from over a detention ("denied medical care", "deprived of sleep")
DEPRIVING_LEMMAS = frozenset({"deny", "deprive", "refuse"})
# where a detainee is kept apart over a detention ("kept in solitary cells", "held in isolation")
CONFINEMENT_WORDS = frozenset({"solitary", "cell", "cells", "isolation", "container", "containers"})


def _conjuncts(head: Token) -> list[Token]:
    """The verbs conjoined with ``head`` in one list of acts ("beaten, kept … and deprived of …"),
    ``head`` left out."""
    top = head
    while top.dep_ == "conj" and top.head != top:
        top = top.head
    out: list[Token] = []
    stack = [top]
    while stack:
        cur = stack.pop()
        if cur.i != head.i:
            out.append(cur)
        stack.extend(c for c in kids(cur) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    return out


def _deprivation(verb: Token) -> bool:
    """A verb telling a deprivation or a confinement that lasts the detention: "denied medical care"
    (an object, not "denied that …": a denial), "deprived of sleep", "kept in solitary cells"."""
    lem = lemma(verb)
    if lem in DEPRIVING_LEMMAS:
        return lem == "deprive" or any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in kids(verb))
    if lem in HOLDING_LEMMAS:
        return any(
            p.dep_ == "prep" and p.lower_ == "in" and any(g.lower_ in CONFINEMENT_WORDS for g in p.subtree)
            for p in kids(verb)
        )
    return False  # "confessed under torture": over the interrogations of a detention


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
            and any(c.lower_ in ONE_WORDS for c in kids(t))
        ):
            return True
        if _one_day_or_night(t) or _one_days_act(t):
            return True
    return _one_occasion_as_subject(head)


def _one_occasion_as_subject(head: Token) -> bool:
    """The toll's verb has one occasion for its subject: "a drone strike had killed 30 guests", "an
    explosion killed twelve workers" (not "strikes killed 30", "the attacks killed dozens")."""
    verb = head if head.pos_ in ("VERB", "AUX") else clause_head(head)
    for s in kids(verb):
        if s.dep_ not in ("nsubj", "nsubjpass") or s.tag_ != "NN" or lemma(s) not in OCCASION_NOUNS:
            continue
        if any(c.dep_ == "det" and c.lower_ in ONE_WORDS for c in kids(s)):
            return True
    return False


# "over Monday's violence", "following Tuesday's clashes": the act of one named day
_DAY_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"}
)


def _one_days_act(t: Token) -> bool:
    """``detained 61 people over Monday's violence``, ``arrested 19 following Monday's violence``: the
    noun is one day's act, named by its day (its arrests, told up to a later report, are not a wave's)."""
    return t.dep_ == "pobj" and any(c.dep_ == "poss" and c.lower_ in _DAY_WORDS for c in kids(t))


# a stretch written as one ("in a single night", "on one day"): the act happened at one go
ONE_STRETCHES = frozenset({"day", "night", "morning", "evening", "afternoon"})


def _one_day_or_night(t: Token) -> bool:
    """ "rounded up in a single night", "beheaded on one day" (not "in a day of protests")."""
    return (
        t.dep_ == "pobj"
        and t.head.lower_ in ("in", "on", "during", "over")
        and lemma(t) in ONE_STRETCHES
        and any(c.lower_ in ("single", "one") for c in kids(t))
        and not any(c.dep_ == "prep" for c in kids(t))
    )


def _count(magnitudes: Sequence[Magnitude]) -> int | None:
    values = [m.value for m in magnitudes if m.kind in ("fatalities", "arrests", "executions", "injuries")]
    return max(values) if values else None


def within_wave(head: Token, magnitudes: Sequence[Magnitude], *, toll: bool = True) -> bool:
    """A toll over a wave of events: "11 people were killed during the disturbances", "no citizen lost
    their life in the events", "a week of clashes in which more than 100 people were killed" (not
    "a protester was killed during the protests": one victim is one event). With ``toll`` False (force
    or abuse, not a count of victims) only a wave written as its setting counts: "beaten by police
    during the protests", not "two nights of demonstrations, during which police used water cannon"."""
    if _count(magnitudes) == 1 or lemma(head) in VERDICT_LEMMAS:
        return False  # "sentenced three men to death over last month's unrest": one verdict, its cause
    doc = head.doc
    dep = parse_tree(doc)[1]
    for i in subtree_indices(clause_head(head)):
        if dep[i] != "pobj":
            continue  # the first test below: no Token built for it
        t = doc[i]
        if (
            t.dep_ == "pobj"
            and _wave_setting(t)
            and _wave_noun(t)
            and (toll or t.tag_ == "NNS")
            and in_own_clause(t, head)
        ):
            return (
                True  # force or abuse: a plural wave ("during the protests"), not "in the deadliest unrest"
            )
    clause = clause_head(head)
    if toll and clause.dep_ == "relcl":
        noun = clause.head
        of = [g for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)]
        nouns = [noun, *of]
        # "protests in several provinces in which at least five people were killed": many places
        return any(n.tag_ == "NNS" and (lemma(n) in WAVE_NOUNS or names_places(n)) for n in nouns)
    return False


def spread_of_a_thing(t: Token) -> bool:
    """ "spread" told of a thing, not of the events: "charged with spreading false news", "spread fear",
    "the spread of terrorist propaganda" (not "the protests spread to at least six towns", "the spread of
    the strike")."""
    if lemma(t) != "spread":
        return False
    if any(c.dep_ in ("dobj", "obj") for c in kids(t)):
        return True
    if t.pos_ == "NOUN":
        of = [c for c in kids(t) if c.dep_ == "prep" and c.lower_ == "of"]
        return any(g.dep_ == "pobj" and lemma(g) in SPREAD_THINGS for c in of for g in kids(c))
    return False


# what is spread that is no event: "the spread of false news", "the spread of hateful content"
SPREAD_THINGS = frozenset(
    {
        "news",
        "rumour",
        "rumor",
        "propaganda",
        "lie",
        "information",
        "disinformation",
        "misinformation",
        "content",
        "material",
        "idea",
        "ideology",
        "hatred",
        "fear",
        "panic",
        "disease",
        "virus",
        "fire",
    }
)


def _wave_noun(t: Token) -> bool:
    """ "the disturbances", "the violence", "more than a week of protests", "three days of clashes"."""
    if any(c.lower_ in ONE_WORDS for c in kids(t)) or _one_days_act(t):
        return False
    if (t.tag_ == "NNS" and lemma(t) in WAVE_NOUNS) or (t.tag_ == "NN" and lemma(t) in MASS_WAVES):
        return True
    if t.tag_ == "NNS" and lemma(t) in DURATION_NOUNS:
        # "during the three days", "over two weeks", "in the days before the vote" (not "in two days")
        return t.head.lower_ != "in" or not any(c.dep_ == "nummod" for c in kids(t))
    if lemma(t) not in SPAN_NOUNS:
        return False
    return any(
        g.dep_ == "pobj" and ((g.tag_ == "NNS" and lemma(g) in WAVE_NOUNS) or lemma(g) in MASS_WAVES)
        for c in kids(t)
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in kids(c)
    )


def _wave_setting(t: Token) -> bool:
    """``t`` is the object of a preposition setting an event inside a wave: "during", "amid", "in
    connection with", "linked to", "related to"."""
    prep = t.head
    if prep.lower_ in WAVE_PREPS:
        return True
    gov = prep.head
    if prep.lower_ == "with":
        return lemma(gov) == "connection"
    return prep.lower_ == "to" and lemma(gov) in LINK_VERBS


# a stretch or a run of events: "during a week of protests", "after three days of clashes"
SPAN_NOUNS = frozenset(
    {"week", "day", "night", "month", "year", "wave", "series", "spate", "string", "round", "cycle", "phase"}
)
# "deaths linked to the unrest", "arrests related to the protests"
LINK_VERBS = frozenset({"link", "relate", "connect", "tie"})
# the plural stretches and runs a nominal event is counted over: "weeks of demonstrations"
SERIES_NOUNS = frozenset({"wave", "series", "spate", "string", "round", "cycle", "phase", "campaign"})
DURATION_NOUNS = frozenset({"day", "night", "week", "month", "year"})
# the cases a tally counts one by one: "37 cases of torture", "no cases of ill-treatment", "incidents of
# arson", "acts of vandalism" (many events, however the total is written)
CASE_NOUNS = frozenset({"case", "incident", "instance", "act"})


def series_of(head: Token) -> bool:
    """A nominal event counted as a run: "weeks of demonstrations", "three days of protests", "a wave of
    arrests", "a fourth phase of demonstrations", "11 cases of torture" (not "a tenth day of strikes": one
    day of action; nor "one case of torture")."""
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    gov = head.head.head
    if lemma(gov) in SERIES_NOUNS:
        return True
    if lemma(gov) in CASE_NOUNS:
        return gov.tag_ == "NNS" and not _one_count(gov)
    return lemma(gov) in DURATION_NOUNS and gov.tag_ == "NNS" and not _one_count(gov)


def _one_count(tok: Token) -> bool:
    return any(c.dep_ == "nummod" and c.lower_ in ONE_WORDS for c in kids(tok))


# sites standing in different places when plural: "beaten in police stations", "raids at offices"
PLURAL_SITES = frozenset(
    {
        "station",
        "office",
        "prison",
        "jail",
        "facility",
        "centre",
        "center",
        "base",
        "checkpoint",
        "school",
        "university",
        "campus",
        "mosque",
        "church",
        "site",
        "plant",
        "factory",
        "mine",
        "pit",
        "refinery",
        "port",
        "depot",
        "hospital",
    }
)
SITE_PREPS = frozenset({"in", "at", "inside", "across"})


def plural_sites(head: Token) -> bool:
    """The event stands in many sites of one kind: "detainees were beaten in police stations", "at
    police stations across the country" (not "at a police station", nor "doctors in public hospitals
    began a strike": the sites describe the doers)."""
    lems, toks = lemmas(head.doc), tokens(head.doc)
    for i in subtree_indices(clause_head(head)):
        if lems[i] not in PLURAL_SITES:
            continue  # the site word first, by index: no Token for the other words
        t = toks[i]
        if (
            t.dep_ == "pobj"
            and t.tag_ == "NNS"
            and t.head.lower_ in SITE_PREPS
            and t.head.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ == "nummod" and c.lower_ in ONE_WORDS for c in kids(t))
            and in_own_clause(t, head)
        ):
            return True
    return False


# what "across" spans when it makes a wave: "across the country", "across the south", "across Serbia"
ACROSS_EXTENTS = frozenset(
    {
        "country",
        "nation",
        "region",
        "province",
        "state",
        "territory",
        "south",
        "north",
        "east",
        "west",
        "world",
        "continent",
        "globe",
        "kingdom",
        "archipelago",
        "republic",
    }
)


def across_extent(tok: Token, places: Sequence[Place] = ()) -> bool:
    """``tok`` ("across") spans a territory: "across the country", "across the south", "across Sistan and
    Baluchestan province" (a region or a country among ``places``), "across police stations" (not "across
    the street", "across the border", "across much of Dhaka": one city)."""
    wide = {p.start_char for p in places if p.precision in ("admin1", "country") or p.feature == "region"}
    for g in tok.subtree:
        if g.dep_ not in ("pobj", "conj", "compound"):
            continue
        if g.idx in wide or g.ent_type_ == "LOC" or lemma(g) in ACROSS_EXTENTS:
            return True
        if g.tag_ in ("NNS", "NNPS") and lemma(g) in PLURAL_SITES:
            return True
    return False


def own_places(head: Token, places: Sequence[Place]) -> list[Place]:
    """The places of the event, less those written in a clause of its own below the event's clause:
    not "thousands marched in the centre, while in Valparaíso and Concepción residents banged pots"
    (a place in a governing clause, "as crowds gathered, networks went dark in Tehran and Karaj",
    or in a phrase, "in 12 cities, including Karaj and Shiraz", is kept)."""
    doc = head.doc
    pos, dep, heads = parse_tree(doc)
    own = clause_head(head)
    top = own.i
    # the clause that reports the event ("the chief said in Lahore that the party would stage sit-ins"):
    # its place is where the words were said
    first = own
    while first.dep_ == "conj" and first.head != first:
        first = first.head  # "said that the strike was … and that the party would stage sit-ins"
    speech = (
        first.head if first.dep_ == "ccomp" and lemma(first.head) in word_set("reporting_verbs") else None
    )
    out = []
    for p in places:
        tok = token_at(doc, p.start_char)
        if tok is None:
            out.append(p)
            continue
        if speech is not None and _attached_to(tok.i, speech.i, top, dep, heads):
            continue
        if not _below_own_clause(tok.i, top, pos, dep, heads):
            out.append(p)
    return out


def _attached_to(i: int, verb: int, top: int, dep: list[str], heads: list[int]) -> bool:
    """Token ``i`` sits in a prepositional phrase of ``verb`` ("said in Lahore"), not in its subject
    ("Islamabad's traders said") nor in the clause headed by ``top``."""
    for _ in range(12):
        if i == top:
            return False
        if heads[i] == verb:
            return dep[i] == "prep"
        if heads[i] == i:
            return False
        i = heads[i]
    return False


def _below_own_clause(i: int, top: int, pos: list[str], dep: list[str], heads: list[int]) -> bool:
    """Token ``i`` sits in a clause with its own subject under the clause headed by ``top``."""
    sub = False
    for _ in range(40):
        if i == top:
            return sub
        if pos[i] in ("VERB", "AUX") and dep[i] in _CLAUSE_BREAKS | {"conj"} and _has_subject(i, dep, heads):
            sub = True
        if heads[i] == i:
            return False
        i = heads[i]
    return False


def _has_subject(i: int, dep: list[str], heads: list[int]) -> bool:
    # the subject of a verb sits close to it: look a few tokens either side
    lo, hi = max(0, i - 12), min(len(dep), i + 12)
    return any(heads[j] == i and dep[j] in ("nsubj", "nsubjpass") for j in range(lo, hi))


def plural_targets(head: Token, etype: str) -> bool:
    """An attack or riot on many sites at once: "attacked dozens of police stations", "burned eleven
    offices" (not "blocked roads": one blockade)."""
    if etype not in TARGET_TYPES or head.pos_ != "VERB":
        return False
    objects = [c for c in kids(head) if c.dep_ == "dobj"]
    # "set fire to more than 70 houses": the object of "to" after "set fire"
    objects += [
        g
        for c in kids(head)
        if c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ == "fire" for o in kids(head))
        for g in kids(c)
        if g.dep_ == "pobj"
    ]
    if etype == "protest":
        # "demonstrate outside Belarusian embassies", "sit-ins outside power company offices"
        objects += [
            g
            for c in kids(head)
            if c.dep_ == "prep" and c.lower_ in ("outside", "at", "before")
            for g in kids(c)
            if g.dep_ == "pobj"
        ]
    for c in objects:
        noun = c
        if c.lower_ in ("dozens", "hundreds", "scores") or lemma(c) in ("dozen", "score"):
            noun = next((g for p in kids(c) if p.dep_ == "prep" for g in kids(p)), c)
        if (
            noun.tag_ == "NNS"
            and lemma(noun) in SITE_NOUNS | GATHERING_SITES
            and not (etype in ("attack", "riot") and _few_sites(noun))
        ):
            return True
    return False


FEW_SITES = frozenset({"two", "2", "both"})


def _few_sites(noun: Token) -> bool:
    """Two sites, or the offices of one body, set upon in one assault: "set fire to two branches of a
    bank", "torched the offices of the ruling party" (not "stormed three bank branches", "burned eleven
    offices", "stormed the offices of at least three channels": many bodies' sites)."""
    if any(c.dep_ in ("nummod", "det") and c.lower_ in FEW_SITES for c in kids(noun)):
        return True
    owners = [
        g for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c) if g.dep_ == "pobj"
    ]
    return (
        any(c.dep_ == "det" and c.lower_ == "the" for c in kids(noun))
        and bool(owners)
        and all(g.tag_ in ("NN", "NNP") for g in owners)
    )


# where protests gather, written in the plural for many gatherings at once
GATHERING_SITES = frozenset({"embassy", "consulate", "ministry", "court", "courthouse", "governorate"})


WHOLE_WORDS = frozenset({"whole", "entire"})
_WORDS = "eventwire.scope.words"  # the set of a Doc's lower-cased words
EXTENT_NOUNS = frozenset(
    {"country", "nation", "province", "region", "state", "south", "north", "east", "west", "city", "capital"}
)


def whole_extent(head: Token) -> bool:
    """The event covers a whole territory: "the whole province will rise", "across the entire country", or
    its doers are told in many places ("truck drivers in several provinces have stopped work")."""
    if doers_in_many_places(head):
        return True
    doc = head.doc
    low = lowers(doc)
    if WHOLE_WORDS.isdisjoint(per_doc(doc, _WORDS, lambda: frozenset(low))):
        return False  # neither word in the whole text: most articles
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
