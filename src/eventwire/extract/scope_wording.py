"""A wave by wording: the cues by which :func:`.events_magnitudes._wave_by_wording` reads an event as
aggregate though no place or toll says so: a coming strike others are to join (``would join the strike``),
a general closure called for (``called for a total shutdown``), a return to "the streets", a count told
since a starting point (``16 people have been killed since Monday``), or normality set against a strike
at large (``shops were open as usual across the province``). The place and wave cues of the scope
decision itself are in :mod:`.scope`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Magnitude, Place
from .events_words import MEASURE_SUBTYPES
from .scope import _count, coordinated_places, own_places
from .scope_people import called_across, count_of, dead_town_call, denied_for_a_cause, many_at_risk
from .syntax import clause_head, kids, lemma, lowers

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "closure_call",
    "counted_since",
    "joined_wave",
    "normality_at_large",
    "normality_spread",
    "open_ended",
    "order_over_list",
    "plural_protests_dated",
    "streets_at_large",
]


# verbs by which a group takes part in an action bigger than itself: "join the strike", "join them in a
# general strike"
JOIN_VERBS = frozenset({"join", "extend", "spread", "widen", "radicalise", "radicalize", "escalate"})
FUTURE_STATUSES = frozenset({"predicted", "hypothetical"})


# one gathering others are called to join: "join a rally at the press club", "join a march in Luanda"
GATHERING_NOUNS = frozenset(
    {"rally", "march", "vigil", "procession", "caravan", "demonstration", "gathering", "sit-in", "picket"}
)


def one_gathering(head: Token) -> bool:
    """A single gathering written with "a"/"an" ("join a rally at the press club on Friday", "join a peaceful
    march in Luanda"): one event to join, not a wave (unlike "join the strike", "join protests")."""
    return (
        head.tag_ == "NN"
        and lemma(head) in GATHERING_NOUNS
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids(head))
    )


def joined_wave(head: Token, status: str) -> bool:
    """A coming strike or protest that others are to join, or that is to widen: "more universities are
    expected to join the boycott", "would join the strike if …", "the walkout would be extended to other
    refineries", "the movement will radicalise the strike": the wave, not one stoppage."""
    if status not in FUTURE_STATUSES or one_gathering(head):
        return False
    if called_across(head, status):
        return True  # "called on workers across the region to stop work": many places to act in
    gov = head.head
    if head.dep_ == "pobj" and gov.lower_ == "in" and gov.head != gov:
        gov = gov.head  # "join them in a general strike"
    elif head.dep_ in ("nsubjpass", "nsubj") and gov.head != gov:
        pass  # "the walkout would be extended to other refineries": the verb itself
    elif head.dep_ not in ("dobj", "pobj"):
        return False
    return lemma(gov) in JOIN_VERBS


def streets_at_large(head: Token, status: str, places: Sequence[Place]) -> bool:
    """A coming return to "the streets", with no place of its own: "teachers would return to the streets",
    "will return to the streets next Sunday" (not "will return to Tahrir Square on Friday")."""
    if status not in FUTURE_STATUSES or places:
        return False
    return "streets" in lowers(head.doc)[head.i : head.i + 5]


# a count told since a starting point: "16 people have been killed since Monday", "89 people had been
# arrested since the start of the strike" (not "he has been held since March": one detention)
SINCE_TYPES = frozenset({"killing", "arrest", "execution", "attack"})


def counted_since(head: Token, magnitudes: Sequence[Magnitude], etype: str) -> bool:
    """A count told since a starting point, or a count of people at risk of execution with no place of
    their own (:func:`.scope_people.many_at_risk`)."""
    if many_at_risk(head, magnitudes, etype):
        return True
    if etype not in SINCE_TYPES:
        return False
    count = _count(magnitudes)
    verb = clause_head(head)
    if count is None:
        count = _written_count(head, verb)
    if count is None or count < 2:
        return False
    return _since(verb) or _since(head) or _so_far(verb)


# a running count up to now: "so far", "thus far", "till date", "to date", "until now", "till now"
SO_FAR_ADVERBS = frozenset({"so", "thus"})
UP_TO_NOW_PREPS = frozenset({"till", "to", "until", "up"})
UP_TO_NOW_WORDS = frozenset({"date", "now"})


def _so_far(verb: Token) -> bool:
    """A count told as running up to now, in the act's own clause: "150 people had been arrested so far",
    "so far 3,976 persons have been arrested", "700 people had been killed till date", "40 have been
    killed to date": a toll over the stretch since the trouble began, like one counted since a starting
    point (the Scope rules' toll over a stretch)."""
    for w in verb.subtree:
        if w.i < verb.i - 12 or w.i > verb.i + 12:
            continue
        low = w.lower_
        if low == "far" and w.i > 0 and w.doc[w.i - 1].lower_ in SO_FAR_ADVERBS:
            owner = w.head
        elif low in UP_TO_NOW_WORDS and w.dep_ == "pobj" and w.head.lower_ in UP_TO_NOW_PREPS:
            owner = w.head.head
        else:
            continue
        # on the verb, or on the count of its people ("so far 3,976 persons have been arrested")
        if owner.i == verb.i or (owner.head.i == verb.i or owner.head.head.i == verb.i):
            return True
    return False


def _since(tok: Token) -> bool:
    """A starting point hanging from ``tok``: a phrase ("since polling day", "since the start of the
    year") or a clause ("since the strike began"); not the term of a comparison ("the deadliest
    attack in the area since 2019", "the first such arrests since May")."""
    for c in kids(tok):
        word: Token | None = None
        if c.dep_ == "prep" and c.lower_ == "since":
            word = c
        elif c.dep_ == "advcl":
            word = next((m for m in kids(c) if m.dep_ == "mark" and m.lower_ == "since"), None)
        if word is not None and not _compared(word):
            return True
    return False


def _compared(since: Token) -> bool:
    """A superlative or "first" shortly before ``since`` in its sentence: the since-phrase bounds a
    comparison, not a count."""
    first = max(since.sent.start, since.i - 8)
    return any(
        (t.tag_ in ("JJS", "RBS") and t.lower_ != "least") or t.lower_ == "first"  # not "at least 12"
        for t in since.doc[first : since.i]
    )


def _written_count(head: Token, verb: Token) -> int | None:
    """A number written on the act's own noun ("recorded 1,380 executions") or on the people its
    verb falls on ("at least 34 drivers have been detained", "arrested 87 miners"), when no figure
    was bound to the record."""
    counts = [count_of(head)]
    counts += [count_of(c) for c in kids(verb) if c.dep_ in ("nsubjpass", "dobj")]
    best = max(counts)
    return best or None


# a closure of a whole country or city called or threatened: "called for a total shutdown", "observe a total
# lockdown", "urged supporters to stay home" (many shops and workplaces at once)
CLOSURE_CALL_WORDS = frozenset({"shutdown", "lockdown", "bandh", "hartal", "stayaway", "stay-at-home"})


def closure_call(head: Token, etype: str, status: str) -> bool:
    """A general closure called for or threatened (a strike of ``status`` predicted or hypothetical):
    aggregate, like a general strike."""
    if etype != "strike" or status not in FUTURE_STATUSES:
        return False
    if lemma(head) in CLOSURE_CALL_WORDS or dead_town_call(head) or open_ended(head):
        return True
    own = kids(head)
    if lemma(head) == "stay" and any(c.lower_ == "home" or c.lower_ == "at" for c in own):
        return True  # "stay home", "stay at home"
    return any(c.dep_ == "dobj" and lemma(c) in CLOSURE_CALL_WORDS for c in own)


# a stoppage with no end set: "an indefinite strike", "an open-ended stoppage", "walk out indefinitely"
OPEN_ENDED_WORDS = frozenset({"indefinite", "indefinitely", "open-ended", "unlimited"})


def open_ended(head: Token) -> bool:
    """A stoppage to come with no end set, on the act's own word or on the verb it is the subject or
    object of: "announced an indefinite strike", "would walk out indefinitely", "the strike would
    become indefinite", "would extend the stoppage indefinitely" (a stretch until an outcome, as J7
    reads a recurring call)."""
    words = [head]
    if head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.pos_ in ("VERB", "AUX"):
        words.append(head.head)  # "the strike would continue indefinitely"
    for w in words:
        for c in kids(w):
            if c.dep_ in ("amod", "advmod", "acomp", "oprd", "xcomp") and _open_ended_word(c):
                return True
    return False


def _open_ended_word(tok: Token) -> bool:
    """``indefinite``, ``indefinitely``, ``unlimited``, or ``open-ended`` however it is tokenised."""
    if tok.lower_ in OPEN_ENDED_WORDS:
        return True
    doc = tok.doc
    return (
        tok.lower_ == "ended"
        and tok.i >= 2
        and doc[tok.i - 2].lower_ == "open"
        and doc[tok.i - 1].text == "-"
    )


# gatherings that, written in the plural, are many gatherings (riots told in the plural are left open:
# gold-format M37)
PLURAL_GATHERINGS = frozenset({"protest", "demonstration", "rally", "march"})
# a date that covers a stretch, not one day or a few: "in 2011", "in September 2022", "in January"
STRETCH_PRECISIONS = frozenset({"month", "season", "quarter", "year"})
# "the unrest began with protests in the town": a wave that started there, not the town's gatherings
ONSET_LEMMAS = frozenset({"begin", "start", "erupt", "spark"})


def plural_protests_dated(head: Token, precision: str | None) -> bool:
    """Protests written in the plural and dated only by a month, a season or a year ("since 2011, when
    protests in Sohar turned deadly", "after the September 2022 protests in Zahedan", "arrested during
    protests in Rasht in January"): many gatherings over a stretch, one aggregate record even in one
    town (gold-format M37: plural gatherings are recurrence, however short the stretch the date leaves).
    Not the protests a wider wave began with ("the January 2022 unrest, which began with protests in
    the same town")."""
    if precision not in STRETCH_PRECISIONS:
        return False
    if not (head.pos_ == "NOUN" and head.tag_ == "NNS" and lemma(head) in PLURAL_GATHERINGS):
        return False
    prep = head.head if head.dep_ == "pobj" else None
    return not (prep is not None and lemma(prep.head) in ONSET_LEMMAS)


# what works as usual when a strike fails: "shops were open as usual", "classes were held normally"
NORMAL_LEMMAS = frozenset({"open", "operate", "function", "work", "hold", "run", "trade"})


def normality_at_large(head: Token, etype: str, status: str, local_places: int) -> bool:
    """Normality set against a strike, said of many shops or schools not in one town ("shops were open as
    usual" in a province, "classes were held normally across the country"): aggregate, like the strike;
    so is a denial of a class of acts for a cause ("no one was arrested for taking part")."""
    if denied_for_a_cause(head, etype, status):
        return True
    if etype != "strike" or status != "negated" or lemma(head) not in NORMAL_LEMMAS or local_places == 1:
        return False
    holders = [head, head.head] if head.dep_ in ("acomp", "oprd", "xcomp") and head.head != head else [head]
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NNS", "NNPS") for v in holders for c in kids(v)
    )


def order_over_list(head: Token, places: Sequence[Place], subtype: str | None) -> bool:
    """An order told over a written list of towns or provinces ("imposed a curfew in Guayaquil and Duran",
    "mobile internet was cut in Tehran, Karaj and Sanandaj", "across Khuzestan and Kurdistan
    provinces"): the Scope rules' written list, as H2 keeps `single` only for one city, province or
    region (not "a curfew in the Sebkha district of Nouakchott": one inside the other)."""
    if subtype not in MEASURE_SUBTYPES:
        return False
    return coordinated_places(doc_text(head.doc), own_places(head, places))


# words by which a normality is said of a share of many shops, schools or trucks: "most freight", "more than
# 80 percent of schools", "in most regions", "all schools"
SHARE_WORDS = frozenset({"most", "all", "percent", "per", "%", "majority"})
# places named by their kind in the plural: "in most regions", "markets in Amman and the governorates"
SPREAD_PLACE_NOUNS = frozenset(
    {"region", "province", "governorate", "district", "city", "town", "state", "county", "department", "area"}
)
NORMAL_WORDS = frozenset({"normally", "usual", "normal"})
SPREAD_WORDS = frozenset({"nationwide", "countrywide", "nation-wide", "country-wide"})


def normality_spread(usual: Token) -> bool:
    """A normality set against a strike and said of the strike's spread, not of one town or one bazaar: "the
    public sector had worked normally in most regions", "more than 80 percent of schools had opened
    normally", "most freight was moving normally", "transport was continuing normally across the country",
    "markets in Amman and the governorates were working normally" (not "'more than 90 percent' of shops
    in the bazaar were operating normally", "bakeries there were operating normally"). The denial answers
    a strike at large, and takes its scope (gold-format G2, N7c: a denial takes the scope of the report it
    answers): aggregate."""
    if usual.lower_ not in NORMAL_WORDS:
        # the record's word is the verb the normality qualifies: "were working normally"
        usual = next((w for w in kids(usual) if w.lower_ in NORMAL_WORDS and w.dep_ == "advmod"), usual)
        if usual.lower_ not in NORMAL_WORDS:
            return False
    verb = usual.head
    if lemma(verb) == "eat":
        return False  # "the inmates are eating normally": one hunger strike, however many refuse food
    if usual.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head  # "open as usual"
    if verb.dep_ in ("acomp", "oprd") and verb.head != verb:
        verb = verb.head  # "were open as usual"
    parts = [c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass", "prep", "advmod", "npadvmod")]
    for part in parts:
        words = list(part.subtree)
        subject = part.dep_ in ("nsubj", "nsubjpass")
        one_site = any(
            w.dep_ == "pobj" and w.head.lower_ == "in" and w.tag_ in ("NN", "NNP") and lemma(w) != "country"
            for w in words
        )
        for w in words:
            if w.lower_ in SPREAD_WORDS:
                return True
            if lemma(w) == "country" and w.dep_ == "pobj" and w.head.lower_ in ("across", "throughout"):
                return True
            if lemma(w) in SPREAD_PLACE_NOUNS and w.tag_ in ("NNS", "NNPS"):
                return True
            if w.lower_ in SHARE_WORDS and (subject or part.lower_ == "in") and not one_site:
                return True
    return False
