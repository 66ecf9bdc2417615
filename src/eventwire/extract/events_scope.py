"""Scope of a record: tallies counted over time, days of action, orders over the whole country and
the aggregate cues that make a record an aggregate (the syntactic and lexical cues are in
:mod:`.scope`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import Magnitude, Place
from . import scope as scope_cues
from .coref import Draft
from .events_cues import CONTINUOUS_LEMMAS, _subtree
from .events_words import (
    AGGREGATE_WORDS,
    LOCAL_MODIFIERS,
    MEASURE_SUBTYPES,
    MOVEMENT_LEMMAS,
    MOVEMENT_NOUNS,
    NATIONWIDE_MODIFIERS,
    PLACE_NOUNS,
    RECURRENCE_WORDS,
    VICTIM_KIND,
    WAVE_TYPES,
)
from .lexicon import word_set
from .scope_wording import STRETCH_PRECISIONS
from .syntax import clause_head, is_animate, kids, lemma, lemmas, lowers, subtree_indices, token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _tally_over_time(d: Draft, magnitudes: Sequence[Magnitude], head: Token | None = None) -> bool:
    """A toll counted over weeks or months ("49 kolbars were killed last year", "150 detained in June"),
    over a wave ("11 people were killed during the disturbances"), or an attack on many sites
    ("attacked dozens of police stations"); not one occasion ("killed eleven police officers in an
    attack in January", "four activists were executed in July 2022": a small toll in a calendar month)."""
    if head is not None and scope_cues.plural_targets(head, d.type):
        return True
    if head is not None and _days_of_action(d, head):
        return True
    # not "two were killed during the demonstrations in Omdurman on Thursday": one day's toll
    one_day = d.time is not None and not d.time_inferred and d.time.start == d.time.end
    toll = d.type in VICTIM_KIND
    if (
        d.type in WAVE_TYPES
        and not one_day
        and head is not None
        and scope_cues.within_wave(head, magnitudes, toll=toll)
    ):
        return True  # "killed during the disturbances", "beaten by police during the protests"
    if d.type not in VICTIM_KIND and d.type != "attack":
        return False
    if d.time is None or d.time_inferred or not (d.time.start and d.time.end):
        return False
    victims = ("fatalities", "arrests", "executions")
    counts = [m.value for m in magnitudes if m.kind in victims and m.value >= 2]
    if not counts or (head is not None and scope_cues.one_occasion(head)):
        return False
    try:
        span = date.fromisoformat(d.time.end[:10]) - date.fromisoformat(d.time.start[:10])
    except ValueError:
        return False
    calendar = d.time.precision in ("month", "season", "quarter", "year")
    if span.days >= 1 and not calendar and head is not None and _over_days(head):
        return True  # "21 were detained on Monday and Tuesday", "arrested 87 people over the weekend"
    # an attack, or the toll of one written as its participle (", killing dozens"), is one occasion
    toll_of_act = head is not None and head.dep_ == "advcl" and head.tag_ == "VBG" and bool(d.linked)
    if calendar and background_one_off(d, head):
        return False  # "in August 2024, militants killed hundreds of people in Barsalogho": one act
    if max(counts) >= 10 and not ((d.type == "attack" or toll_of_act) and calendar):
        return span.days >= 2  # not "in March 2021, militants overran the town, killing dozens": one attack
    # a built interval ("since January", "over the past week"), not one calendar month or year
    return span.days >= 6 and not calendar


# the one-off acts with a toll M36 reads as one: an armed act and the deaths it caused
ONE_OFF_TYPES = frozenset({"attack", "killing"})


def background_one_off(d: Draft, head: Token | None) -> bool:
    """An act with a toll told in one place and dated only by its month or year ("in August 2024,
    militants killed hundreds of people in Barsalogho", "a truck bombing at the Zoobe junction in
    Mogadishu in October 2017 killed more than 500 people", "in 2022, security forces killed dozens of
    worshippers in Zahedan"): the month or year dates one act, it does not spread it (gold-format M36).
    The act is an armed one or its deaths, told with its subject; not a passive count of victims ("150
    were detained in June": a tally over the month), nor where the text tells a spread: a wave it was counted
    over ("in a crackdown on protests", "clashes left hundreds dead"), a plural of acts ("the killings")
    or no one place ("49 kolbars were killed last year")."""
    if head is None or d.time is None or d.time_inferred or d.places_inferred:
        return False
    if d.time.precision not in STRETCH_PRECISIONS:  # a month or more dates the act, not spread (M36)
        return False
    if head.pos_ in ("NOUN", "PROPN") and head.tag_ in ("NNS", "NNPS"):
        return False  # "the killings", "raids"
    if d.type not in ONE_OFF_TYPES or not _told_by_its_doer(head):
        return False  # "150 were detained in June", "executions rose in January": a tally over the stretch
    clause = clause_head(head)
    if clause.dep_ == "relcl" and _a_wave(clause.head):
        return False  # "ended in unrest in which 16 people died": a toll over the wave
    for t in _subtree(clause):
        if t.dep_ in ("pobj", "nsubj") and scope_cues.in_own_clause(t, head) and _a_wave(t):
            return False  # "killed 25 people in a crackdown on protests", "clashes left hundreds dead"
    # the act's own places (a town the gazetteer cannot place counts as one)
    own = scope_cues.own_places(head, d.places)
    local = [p for p in own if p.precision in ("point", "city", "admin2", None)]
    text = doc_text(head.doc)
    # "Nochixtlán, Oaxaca": a town written with its province is one place
    named = {
        (p.name or p.text).lower()
        for p in local
        if not any(text[q.end_char : p.start_char] == ", " for q in local if q is not p)
    }
    return len(named) == 1


def _told_by_its_doer(head: Token) -> bool:
    """The act is told in the active voice with its subject ("security forces killed dozens", "a truck
    bombing killed more than 500 people", "16 people died") or its agent ("killed by soldiers"), or named
    as an act ("the bombing"); not as a passive count of victims alone ("150 were detained in June")."""
    if head.pos_ != "VERB":
        return head.pos_ == "NOUN"  # "the bombing in Mogadishu in October 2017"
    for c in kids(head):
        if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN"):
            return True
        if c.dep_ == "agent":
            return True
    return False


def _a_wave(tok: Token) -> bool:
    """ "protests", "clashes" (a plural wave), "the crackdown", "the unrest" (a mass one)."""
    return (tok.tag_ == "NNS" and lemma(tok) in scope_cues.WAVE_NOUNS) or lemma(tok) in scope_cues.MASS_WAVES


# crowd events told over several days are several events ("between 26 and 28 June, thousands took to the
# streets"); one continuous march, sit-in or strike is one ("a three-day march", "on strike since Monday")
DAYS_OF_ACTION_TYPES = frozenset({"protest", "riot", "repression"})
# (a curfew or a ban on gatherings is one order held for its time: "imposed a ban on rallies for 15 days")
CONTINUOUS_SUBTYPES = frozenset(
    {"internet_shutdown", "sit_in", "march", "curfew", "ban", "state_of_emergency"}
)


def _days_of_action(d: Draft, head: Token) -> bool:
    t = d.time
    if d.type not in DAYS_OF_ACTION_TYPES or d.subtype in CONTINUOUS_SUBTYPES or t is None or d.time_inferred:
        return False
    # one road held ("cut the same highway for 24 days"), not many ("blocked motorways for a third day")
    if (
        d.type == "protest"
        and d.head_lemma in CONTINUOUS_LEMMAS
        and not any(c.dep_ == "dobj" and c.tag_ == "NNS" for c in kids(head))
    ):
        return False
    if not (t.start and t.end and len(t.start) >= 10 and len(t.end) >= 10):
        return False  # days, not a month or a year
    if t.precision in ("month", "season", "quarter", "year") or t.text.lower().startswith(("since", "from")):
        return False
    if head.pos_ in ("NOUN", "PROPN") and head.tag_ == "NN":
        return False  # "a three-day march", "the occupation": one continuous event
    if _kept_up(head):
        return False  # "blocked the gates on 28 October and kept up the sit-in for four days": one sit-in
    try:
        days = (date.fromisoformat(t.end[:10]) - date.fromisoformat(t.start[:10])).days
    except ValueError:
        return False
    return days >= 2


DURATION_UNITS = frozenset({"day", "week", "night"})


def _kept_up(head: Token) -> bool:
    """The act's days are how long one act went on: "for N days" on the act's verb or a verb conjoined to
    it with no subject of its own, whose object names one thing ("kept up the sit-in for four days",
    "occupied the square for three days", "rallied in the square for a third straight day": one
    gathering); not many ("blocked roads for three weeks")."""
    if head.pos_ not in ("VERB", "AUX"):
        return False
    verbs = [head, *(c for c in kids(head) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    for verb in verbs:
        if verb is not head and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
            continue
        if any(c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS") for c in kids(verb)):
            continue
        for prep in kids(verb):
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            if any(c.dep_ == "pobj" and lemma(c) in DURATION_UNITS for c in kids(prep)):
                return True
    return False


# what one volley is fired with: "fired rubber bullets", "had not used live rounds" (the rounds of one act)
MUNITIONS = frozenset(
    {"bullet", "round", "pellet", "ammunition", "canister", "grenade", "shot", "baton", "truncheon"}
)
COUNTRY_WIDE = frozenset({"nationwide", "countrywide", "nation-wide", "country-wide"})
WHOLE_COUNTRY_PREPS = frozenset({"across", "throughout"})
# a whole country named by its kind: "across the country", "across the Kingdom", "across the archipelago"
WHOLE_COUNTRY_NOUNS = frozenset({"country", "nation", "kingdom", "archipelago", "republic"})


def _whole_country(head: Token) -> bool:
    """An order told as covering the whole country ("cut mobile internet nationwide", "a nationwide
    curfew", "was blocked across the country"): aggregate, the Scope rules' "nationwide" (not "across
    parts of the country", "in most of the country")."""
    for t in (
        _subtree(clause_head(head))
        if head.pos_ == "VERB"
        else (*_subtree(head), *_subtree(clause_head(head)))
    ):
        if not scope_cues.in_own_clause(t, head):
            continue
        if t.lower_ in COUNTRY_WIDE:
            return True
        if (
            lemma(t) in WHOLE_COUNTRY_NOUNS
            and t.dep_ == "pobj"
            and t.head.lower_ in WHOLE_COUNTRY_PREPS
            and any(c.lower_ == "the" for c in kids(t))
            and t.head.dep_ != "pobj"
        ):
            return True
    return False


def _aggregate(
    head: Token,
    places: Sequence[Place],
    magnitudes: Sequence[Magnitude],
    *,
    one_day: bool = False,
    subtype: str | None = None,
    etype: str | None = None,
    background: bool = False,
) -> bool:
    text = doc_text(head.doc)
    magnitudes = scope_cues.own_figures(head, magnitudes)
    places = scope_cues.own_places(head, places)
    if subtype in MEASURE_SUBTYPES:
        # one order, however wide: "mobile internet was cut nationwide", "extended the ban on all meetings
        # across the province", "a curfew in three districts" (not "rolling shutdowns of mobile data", "was
        # repeatedly cut": a run of them); an order over a written list of towns ("cut in Ahvaz and
        # Shadegan") is made aggregate after this, by scope_wording.order_over_list
        return (
            head.tag_ in ("NNS", "NNPS")
            or any(
                t.lower_ in RECURRENCE_WORDS | {"repeatedly", "rolling", "again"}
                and scope_cues.recurrence(t)
                and scope_cues.in_own_clause(t, head)
                for t in _subtree(clause_head(head))
            )
            or _whole_country(head)
        )
    if any(m.kind in ("localities", "provinces") for m in magnitudes):
        return True
    if scope_cues.coordinated_places(text, places) or scope_cues.whole_extent(head):
        return True
    if _listed_with_a_name(head, places):
        return True  # "in Tabriz, Ardabil and Urmia", "in N'Djamena and Moundou": a written list of towns
    if (
        not one_day
        and not background
        and any(
            m.kind in ("fatalities", "arrests", "executions", "injuries") and m.value >= 200
            for m in magnitudes
        )
    ):
        return True  # not "at least 817 people were killed that day": one day's toll (nor one act in a
        # month or a year: "a truck bombing in Mogadishu in October 2017 killed more than 500 people")
    local = [p for p in places if p.precision in ("point", "city", "admin2")]
    if any(c.dep_ == "amod" and c.lower_ in NATIONWIDE_MODIFIERS for c in kids(head)) and not any(
        c.lower_ in LOCAL_MODIFIERS for c in _subtree(head)
    ):
        return True  # "a general strike", "a national day of protest" (not "a city-wide general strike")
    if head.dep_ == "compound" and lemma(head.head) in MOVEMENT_NOUNS:
        return True  # "the protest movement", "a strike wave"
    if lemma(head) in MOVEMENT_LEMMAS and len(local) != 1:
        return True  # "the uprising", "the unrest" (not "the uprising in Zahedan")
    # (a warning aimed at whoever acts, "anyone who joins will be arrested", names no spread of places or
    # time: single, gold-format G1)
    if scope_cues.series_of(head) or scope_cues.plural_sites(head):
        return True  # "weeks of demonstrations", "in police stations"
    weapon = (
        lemma(head) in word_set("weapon") or lemma(head) in word_set("device") or lemma(head) in MUNITIONS
    )
    # "subjected to beatings and electric shocks": the methods of one ordeal, not many events
    method = etype == "torture"
    if method and scope_cues.over_detention(head):
        return True  # "held for five months, during which interrogators beat them": over a detention
    # "sit-ins": the plural is the hyphenated word's last part ("sit" is its compound)
    noun = (
        head.head if head.dep_ == "compound" and head.head.i <= head.i + 2 and not head.whitespace_ else head
    )
    plural = noun.pos_ in ("NOUN", "PROPN") and noun.tag_ in ("NNS", "NNPS") and not weapon and not method
    # "gunmen opened fire": a phrase headed by its doers, not by a plural event noun
    plural = plural and not is_animate(head, word_set("animate"))
    if plural and (len(local) != 1 or _counted(noun)):
        # "the protests", "attacks on US forces", "mass rallies", "more than 20 blockades" — not
        # "protests in Ahvaz", nor "shells hit a market" (several rounds of one attack)
        return True
    nominal = head.pos_ in ("NOUN", "PROPN") and head.dep_ not in ("nsubj", "nsubjpass")
    doc = head.doc
    root = head if nominal else clause_head(head)
    if not _cues_within(doc, root):
        return False  # no cue word anywhere between the clause's first and last word
    low, lems, toks = lowers(doc), lemmas(doc), tokens(doc)
    for i in subtree_indices(root):
        # the words by index first: a Token (and the clause walk) only for a cue word
        if i == head.i or not (
            low[i] in AGGREGATE_WORDS
            or low[i] in RECURRENCE_WORDS
            or lems[i] in PLACE_NOUNS
            or lems[i] in PART_NOUNS
        ):
            continue
        t = toks[i]
        if not scope_cues.in_own_clause(t, head):
            continue  # not "the deadliest unrest the city has seen in months"
        if (
            t.lower_ in AGGREGATE_WORDS
            and not scope_cues.spread_of_a_thing(t)
            and (
                t.lower_ != "across"
                or scope_cues.across_extent(t, places)
                or any(lems[g] in PLACE_NOUNS and toks[g].tag_ in ("NNS", "NNPS") for g in subtree_indices(t))
            )
        ):
            return True
        if lemma(t) in PLACE_NOUNS and t.tag_ in ("NNS", "NNPS"):
            return True
        if _spread_parts(t, head):
            return True  # "stoned buses in various parts of the city", "in several areas"
        if (
            t.lower_ in RECURRENCE_WORDS
            and scope_cues.recurrence(t)
            and not (method and t.lower_ == "repeatedly")
        ):
            return True  # "every Sunday", "weekly"; "since Tuesday" is one event that lasted
            # (not "was repeatedly beaten": the blows of one ordeal)
    return False


_AGGREGATE_CUES = "eventwire.events.aggregate_cues"


def _cues_within(doc: Doc, root: Token) -> bool:
    """A cue word of :func:`_aggregate`'s clause walk lies between the first and the last word of
    ``root``'s subtree (its edges): the walk can find nothing otherwise. The cue positions are listed
    once per Doc."""
    cues: list[int] | None = doc.user_data.get(_AGGREGATE_CUES)
    if cues is None:
        low, lems = lowers(doc), lemmas(doc)
        cues = [
            i
            for i in range(len(low))
            if low[i] in AGGREGATE_WORDS
            or low[i] in RECURRENCE_WORDS
            or lems[i] in PLACE_NOUNS
            or lems[i] in PART_NOUNS
        ]
        doc.user_data[_AGGREGATE_CUES] = cues
    if not cues:
        return False
    k = bisect_left(cues, root.left_edge.i)
    return k < len(cues) and cues[k] <= root.right_edge.i


def _counted(head: Token) -> bool:
    """A plural event noun with its own count of two or more: "more than 20 blockades", "three strikes"."""
    for c in kids(head):
        if c.dep_ == "nummod":
            value = c.lower_.replace(",", "")
            return not value.isdigit() or int(value) >= 2
    return False


# the parts of a place an act is told in, when they are many: "in various parts of the city", "in several
# areas", "in other parts of the state", "at many places"
PART_NOUNS = frozenset({"part", "area", "place", "pocket"})
SPREAD_QUANTIFIERS = frozenset(
    {"various", "different", "several", "many", "other", "numerous", "multiple", "some", "most", "all"}
)


def _spread_parts(tok: Token, head: Token | None = None) -> bool:
    """``tok`` names many parts of a place the act is told in, as where it happened: a plural part noun
    governed by a preposition ("in", "at", "across", "throughout") and counted or quantified ("in various
    parts of the city", "in several areas", "at three places", "other parts of the state") — the Scope
    rules' acts on many sites at once (not "in the area", "parts of the building were damaged")."""
    if lemma(tok) not in PART_NOUNS or tok.tag_ not in ("NNS", "NNPS"):
        return False
    if tok.dep_ not in ("pobj", "conj") or (tok.dep_ == "pobj" and tok.head.lower_ not in SPREAD_PREPS):
        return False
    if head is not None:
        if not _one_verb(_verb_of(tok), _verb_of(head)):
            return False  # "set on fire in sector 27, while shops were vandalised in the other areas"
        owner = tok.head.head
        if tok.dep_ == "pobj" and owner.i != head.i and owner.dep_ == "conj" and owner.pos_ == "NOUN":
            return False  # "the killing at the station and subsequent violence in other parts of the state"
    for c in kids(tok):
        if c.dep_ in ("amod", "det", "predet") and c.lower_ in SPREAD_QUANTIFIERS:
            return True
        if c.dep_ == "nummod":
            value = c.lower_.replace(",", "")
            return not value.isdigit() or int(value) >= 2
    return False


SPREAD_PREPS = frozenset({"in", "at", "across", "throughout", "from", "to"})


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# the prepositions of a stretch the count is gathered over: "over the weekend", "in two days", "during the
# weekend" (not "for two days": how long each was held)
STRETCH_PREPS = frozenset({"over", "in", "during", "within", "across", "at"})
DAY_NOUNS = frozenset({"day", "night", "weekend"})


def _over_days(head: Token) -> bool:
    """A toll told as gathered over more than one day, in the act's own clause: two days named together
    ("were detained on Monday and Tuesday", "in raids on Thursday and Friday"), a weekend ("arrested 87
    people over the weekend") or a count of days ("over two days", "in the past three days"): a toll over a
    stretch (the Scope rules, as gold-format reads arrest tallies spread over days: aggregate)."""
    root = clause_head(head)
    for t in root.subtree:
        if not scope_cues.in_own_clause(t, head):
            continue
        low = t.lower_
        if low in WEEKDAYS and any(c.dep_ == "conj" and c.lower_ in WEEKDAYS for c in kids(t)):
            return True
        if t.dep_ != "pobj" or t.head.lower_ not in STRETCH_PREPS or lemma(t) not in DAY_NOUNS:
            continue
        if low == "weekend":
            return True
        if t.tag_ == "NNS" and any(
            c.dep_ == "nummod" or c.lower_ in ("past", "last", "several") for c in kids(t)
        ):
            return True
    return False


# the prepositions a written list of towns hangs from: "in Tabriz, Ardabil and Urmia"
LIST_PREPS = frozenset({"in", "at", "across", "throughout", "from"})


def _listed_with_a_name(head: Token, places: Sequence[Place]) -> bool:
    """A town of the event written in one list with another proper name that the gazetteer did not resolve:
    "in Tabriz, Ardabil and Urmia", "a ville morte in N'Djamena and Moundou", "in Kafr el-Dawwar and Shebin
    el-Kom" (the Scope rules' written list of towns: aggregate); the list is the object of a place
    preposition in the act's own clause, and its other name lies outside the place's own span (not
    "Trinidad and Tobago", one country)."""
    doc = head.doc
    for p in places:
        if p.precision == "country" or p.end_char <= p.start_char:
            continue
        tok = token_at(doc, p.end_char - 1)
        if tok is None:
            continue
        top = tok
        while top.dep_ == "conj" and top.head != top:
            top = top.head
        if top.dep_ != "pobj" or top.head.lower_ not in LIST_PREPS or not scope_cues.in_own_clause(top, head):
            continue
        if _verb_of(top.head).i != _verb_of(head).i:
            continue  # "erected barricades in Bè, Adakpamé and Agoè, then attacked the police station"
        chain = [t for t in top.subtree if t.i == top.i or (t.dep_ == "conj" and t.tag_ == "NNP")]
        if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for t in chain for c in kids(t)):
            continue  # "in Enterprise, Chaguanas": the second name locates the first, no list
        names = [c for c in kids(tok) if c.dep_ == "conj"]
        if tok.dep_ == "conj":
            names.append(tok.head)
        for n in names:
            if n.tag_ == "NNP" and not p.start_char <= n.idx < p.end_char and n.lower_ not in WEEKDAYS:
                return True
    return False


def _verb_of(tok: Token) -> Token:
    """The first verb at or above ``tok`` (``tok``'s clause head when none)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX"):
            return cur
        if cur.head == cur:
            break
        cur = cur.head
    return clause_head(tok)


def _one_verb(a: Token, b: Token) -> bool:
    """``a`` and ``b`` are one verb, or verbs joined in one list with one subject ("pelted stones and
    deflated tyres of buses in various parts of the city")."""
    if a.i == b.i:
        return True
    for x, y in ((a, b), (b, a)):
        if (
            x.dep_ == "conj"
            and x.head.i == y.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(x))
        ):
            return True
    return False
