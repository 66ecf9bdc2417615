"""Places: recognise toponyms in a document and resolve them against the gazetteer.

Recognition (:func:`find_toponyms`) takes spaCy's GPE/LOC/FAC entities, adds the
capitalised names that the gazetteer knows and the context marks as places ("in X",
"near X", "the outskirts of X", "X province", "the southeastern city of X"), and
drops spans that are person or organisation actors, names on a small stop list,
demonyms (``Iranian`` gives the document a country focus, never a Place), the
surname of a full person name written elsewhere in the text or a name after a
title ("Gov. Moore"), and two- or three-letter capitals that name only a village.

Resolution (:func:`resolve_toponyms`) ranks each toponym's candidates by feature
level, population, primary-name vs alternate-name match, the document's country
focus (countries and demonyms mentioned, unambiguous places), the admin hierarchy
written next to it ("Zahedan, Sistan and Baluchestan") and the designator ("X
province" prefers a province, "the city of X" a city). A country name never
resolves to a town; a town is preferred to the province or district named after
it; a short abbreviation ("Miss", "La") needs its period. A town and a county
named in the same story support each other when the town lies in it ("Athens" and
"Henderson County"); a district with no town of 500 people is rarely meant by its
bare name. Countries and first-level subdivisions carry no coordinates
(``lat``/``lon`` null); second-level ones carry the centroid of their towns; their
``precision`` is ``country``/``admin1``/``admin2``. Toponyms with no candidate still
appear, with ``geonames_id`` null. A given span (:func:`resolve_spans`) that names
no place itself may be a demonym of a province ("Ohioans") or a longer name that
starts from a place ("Colorado State University").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..nlp.text import ents as doc_ents
from ..records import Actor, Place, PlaceFeature
from .gazetteer import _LEVEL, Candidate, Gazetteer, InMemoryGazetteer
from .gazetteer_build import build_gazetteer
from .gazetteer_names import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "Candidate",
    "Gazetteer",
    "InMemoryGazetteer",
    "Toponym",
    "find_places",
    "find_toponyms",
    "load_gazetteer",
    "resolve_spans",
    "resolve_toponyms",
]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_MAYBE_LABELS = frozenset({"PERSON", "ORG", "NORP"})
# Words before a name that mark it as a place.
_CUES = frozenset(
    {
        "in",
        "near",
        "outside",
        "across",
        "around",
        "towards",
        "toward",
        "along",
        "inside",
        "throughout",
        "within",
    }
)
# Weaker cues ("from X", "at X" also precede organisations): only for big places.
_WEAK_CUES = frozenset({"from", "to", "at", "into", "between"})
_WEAK_MIN_POPULATION = 100_000
_NOT_PLACES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "university", "city hall", "city", "north", "south", "east", "west", "downtown", "metro",
     "northwest", "northeast", "southwest", "southeast", "northern", "southern", "eastern", "western",
     "central", "midwest", "centre", "center", "union", "saint", "easter", "mr", "mrs", "ms", "miss",
     "dr"}
)  # fmt: skip
_OF_CUES = frozenset(
    {"city", "town", "village", "province", "provinces", "outskirts", "region", "district", "capital",
     "quarter", "neighbourhood", "neighborhood", "suburb", "township",
     "county", "state", "suburbs", "streets", "centre", "center", "port", "heart", "north", "south",
     "east", "west", "part", "parts", "area"}
)  # fmt: skip
# Designators written after a name, and the feature they point to.
_AFTER: dict[str, PlaceFeature] = {
    "province": "admin1",
    "provinces": "admin1",
    "state": "admin1",
    "governorate": "admin1",
    "region": "admin1",
    "oblast": "admin1",
    "prefecture": "admin1",
    "county": "admin2",
    "district": "admin2",
    "city": "city",
    "town": "city",
    "village": "city",
}
_BEFORE: dict[str, PlaceFeature] = {
    "city": "city",
    "town": "city",
    "village": "city",
    "capital": "city",
    "port": "city",
    "province": "admin1",
    "state": "admin1",
    "county": "admin2",
}
# A second-level unit with no town of 500 people in it (no centroid) is rarely meant.
_EMPTY_UNIT = 1.0
_LEVEL_SCORE: dict[str, float] = {"country": 8.0, "region": 7.0, "admin1": 6.5, "admin2": 4.5, "place": 4.5}
_CONTINENT_DEMONYMS = {
    "european": "Europe",
    "african": "Africa",
    "asian": "Asia",
    "north american": "North America",
    "south american": "South America",
    "latin american": "Latin America",
}
_FOCUS_PRIOR = 1.0  # votes no country gets: one word is weak evidence of a document's country
_CHOSEN_WEIGHT = 3.0  # the share of the other names' first choices in a candidate's country
_SUPPORT_WEIGHT = 3.0  # the share of the other names that could be in a candidate's province
_UNIT_WEIGHT = 2.5  # another name could be the candidate's second-level unit, or a town in it
_LOCAL_CAP = 5.0  # most the story's province and neighbourhood add to a candidate
_MAX_CANDIDATES = 60  # rescored with document context, best by prior first
_BIG_TOWN = 100_000  # a town smaller than this named like a province or region is rarely meant
_NAMESAKE_TOWN = 20_000  # a town this big is meant more often than its namesake province
_ADJECTIVE_TOWN = 10_000  # a given adjective names a country or province, not a village this small
_STRAY_TOWN = 200_000  # a town abroad smaller than this needs its country named in the story
_STRAY_VILLAGE = 20_000  # the same, in a story that names no country at all (US local news)
_UNPOINTED_PROVINCE = 2.0  # a province abroad the story never points to, with a namesake where it does
_STRAY_ALIAS = 1_000_000  # a place abroad found by another of its names needs its country named
_GAZ_MIN_POPULATION = 5000  # a name found by the gazetteer alone needs a town this big
_CAP_WORD = re.compile(r"[A-Z][\w'’.-]*")


@dataclass(frozen=True, slots=True)
class Toponym:
    """A span of the text that names a place, before resolution."""

    start: int
    end: int
    text: str
    hint: PlaceFeature | None = None  # feature implied by "X province", "the city of X"
    source: str = "ner"  # ner | gazetteer | span
    local: bool = False  # "a Palestine man", "Jordan Elementary School": a town, not the country


def load_gazetteer(cache_dir: Path, additions: Sequence[Path] = ()) -> Gazetteer:
    """Open the gazetteer index in ``cache_dir``, building it first if missing or stale."""
    return Gazetteer.open(build_gazetteer(cache_dir, additions))


@cache
def _stoplist() -> frozenset[str]:
    text = resources.files("eventwire.data.places").joinpath("stoplist.txt").read_text(encoding="utf-8")
    return frozenset(fold(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


# -- recognition ---------------------------------------------------------------------------


def find_places(doc: Doc, gazetteer: Gazetteer, *, actors: Sequence[Actor] = ()) -> list[Place]:
    """Every toponym in ``doc.text``, resolved where possible, sorted by offset."""
    toponyms = find_toponyms(doc, gazetteer, actors=actors)
    text = doc_text(doc)
    places = resolve_toponyms(text, toponyms, gazetteer, focus=_focus_words(doc, gazetteer))
    if not _ANAPHOR_WORDS.search(text):
        return places
    return sorted([*places, *_anaphors(text, places, gazetteer)], key=lambda p: p.start_char)


# "in the capital", "into the capital": the story's national capital, written by its kind after a
# locative word, also opening a sentence ("In the capital, …"); not "the capital of Kenya", "the
# capital's mayor" nor "the capital city of X"
_ANAPHOR_WORDS = re.compile(r"\bthe capital\b")
_ANAPHOR = re.compile(
    r"\b(?i:in|into|across|throughout|around|near|outside|inside|on|to|towards|from|within|of|along)\s+the\s+"
    r"(?P<kind>capital)\b(?!\s+(?:of|punishment|city\s+of)\b)(?!['’]s)(?!-)"
)


def _anaphors(text: str, places: Sequence[Place], gazetteer: Gazetteer) -> list[Place]:
    """ "Protesters were detained in the capital": the national capital of the country most of the
    story's places are in, as a place of that span."""
    countries = Counter(p.country for p in places if p.country and p.precision is not None)
    if not countries:
        return []
    cand = gazetteer.capital(countries.most_common(1)[0][0])
    if cand is None:
        return []
    return [
        _place(Toponym(m.start("kind"), m.end("kind"), m.group("kind"), "city", "span"), cand)
        for m in _ANAPHOR.finditer(text)
    ]


def find_toponyms(doc: Doc, gazetteer: Gazetteer, *, actors: Sequence[Actor] = ()) -> list[Toponym]:
    """Toponym spans of ``doc`` (see module docstring), sorted by offset, not overlapping."""
    text = doc_text(doc)
    vetoes = [
        (a.start_char, a.end_char)
        for a in actors
        if a.start_char is not None
        and a.end_char is not None
        and not _bare_name_place(doc, a, gazetteer, actors)
    ]
    found: list[Toponym] = []
    taken: list[tuple[int, int]] = []
    for ent in doc_ents(doc):
        if ent.label_ in _PLACE_LABELS:
            top = _from_entity(ent, gazetteer)
        elif ent.label_ in _MAYBE_LABELS:
            top = _from_mislabelled(ent, gazetteer)
            if top is None and ent.label_ == "PERSON":
                top = _name_after_in(ent, gazetteer)
        elif ent.label_ in _ODD_LABELS or _wordy_date(ent):
            # "in Magere" or "the Bamali quarter" as a date: no number, no calendar word
            top = _name_after_in(ent, gazetteer)
            if top is None:
                if ent.label_ in _NUMERIC_LABELS and not _wordy_date(ent):
                    taken.append((ent.start_char, ent.end_char))
                continue
        else:
            if ent.label_ in _NUMERIC_LABELS:
                taken.append((ent.start_char, ent.end_char))  # dates, numbers: never scanned
            continue
        if top is None or _vetoed(top, text, vetoes, gazetteer):
            continue
        found.append(top)
        taken.append((min(top.start, ent.start_char), max(top.end, ent.end_char)))
    story = _story_countries(doc, gazetteer, found)
    for top in _gazetteer_matches(doc, gazetteer, taken, story):
        if not _vetoed(top, text, vetoes, gazetteer):
            found.append(top)
            taken.append((top.start, top.end))
    for top in _repeats(doc, gazetteer, found, taken):
        if not _vetoed(top, text, vetoes, gazetteer):
            found.append(top)
            taken.append((top.start, top.end))
    persons = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "PERSON"]
    norp = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "NORP"]
    quarters, towns = _named_quarters(text, [*taken, *norp], gazetteer)
    for top in quarters:
        if not _vetoed(top, text, vetoes, gazetteer):
            found.append(top)
            taken.append((top.start, top.end))
    # a name the gazetteer alone found gives way to the site it begins ("the Miraflores Palace",
    # "the Galle Face camp"): the model did not call it a place, its site head does; so does a name
    # nobody can place ("the Akimat building", "the Senate building")
    weak = {
        (t.start, t.end)
        for t in found
        if t.source == "gazetteer"
        or (t.source in ("ner", "facility") and " " not in t.text and not _known(t.text, gazetteer))
    }
    for top in _facility_matches(text, [*(s for s in taken if s not in weak), *towns], persons):
        if not _vetoed(top, text, vetoes, gazetteer):
            found.append(top)
    for top in _bodies_as_sites(text, found, persons):
        if not _vetoed(top, text, vetoes, gazetteer):
            found.append(top)
    for top in _seats_as_sites(text, found, persons):
        if not _vetoed(top, text, vetoes, gazetteer):
            found.append(top)
    for top in _numbered_sites(text, [(t.start, t.end) for t in found]):
        if not _vetoed(top, text, vetoes, gazetteer):
            found.append(top)
    full_names = [(s, e) for s, e in persons if " " in text[s:e]]
    for top in _before_known_place(text, found, full_names):
        if not _vetoed(top, text, vetoes, gazetteer):
            found.append(top)
    people = _person_words(doc)
    credit = _credited_names(text)
    return [
        t
        for t in _non_overlapping(found)
        if not _personal(doc, t, people, gazetteer)
        and not _VEHICLE_AFTER.match(text, t.end)
        and not _someones(doc, t, gazetteer)
        and not (credit and _credited(t, text, credit, gazetteer))
    ]


def _bare_name_place(doc: Doc, actor: Actor, gazetteer: Gazetteer, actors: Sequence[Actor] = ()) -> bool:
    """An actor mention that is only a name nobody could type (kind ``unknown``), which the gazetteer
    knows as a town or province written in a place context ("In Thessaloniki, some 10,000 people
    marched", "protested outside the Baneh governorate" with the name tagged a person or an
    organisation) or right before a local office's mention ("the Baneh prosecutor's office said",
    "Saqqez police"): the place, not someone."""
    if actor.kind != "unknown" or actor.start_char is None or actor.end_char is None:
        return False
    span = doc.char_span(actor.start_char, actor.end_char)
    if span is None or not all(t.is_title and t.is_alpha for t in span):
        return False
    name = span.text
    if fold(name) in _stoplist() or fold(name) in _NOT_PLACES or gazetteer.demonym(name):
        return False
    cue = _cued(doc, span.start, span.end)
    if cue != "strong" and _office_after(doc, actor, actors):
        cue = "strong"  # "the Baneh prosecutor's office": the town whose office it is
    if cue != "strong":
        return False
    cands = [c for c in gazetteer.candidates(name) if c.match == "exact" and c.primary]
    return any(c.feature in ("city", "admin1", "admin2") and _important(c, cue) for c in cands)


# kinds of a local office a town's name is written before ("the Baneh prosecutor's office")
_OFFICE_KINDS = frozenset({"judiciary", "security_forces"})


def _office_after(doc: Doc, actor: Actor, actors: Sequence[Actor]) -> bool:
    """A mention of a court, a prosecutor or a police force starts one space after ``actor``."""
    end = actor.end_char or 0
    return doc_text(doc)[end : end + 1] == " " and any(
        a.start_char == end + 1 and a.kind in _OFFICE_KINDS for a in actors
    )


# The news agency credited in a dateline: "NAIROBI (Savannah Post) —", "DUBAI, Nov 18 (Meridian News) -"
_CREDIT = re.compile(r"\A\s*[A-Z][^\n()]{1,60}?\s*\((?P<credit>[A-Z][^()\d\n]{1,60})\)\s*[—–-]")


def _credited_names(text: str) -> tuple[tuple[int, int], str] | None:
    """The span of the agency a dateline credits ("(Meridian News)") and its first word, whose other
    mentions ("told Meridian", "a Meridian reporter") name the agency, not a place; None when the
    document opens with no such credit, or the credit starts with the dateline's own town ("KABUL
    (Kabul Now)")."""
    m = _CREDIT.match(text)
    if m is None:
        return None
    first = m.group("credit").split()[0]
    if fold(first) in fold(text[: m.start("credit")]):
        return None
    return m.span("credit"), first


def _credited(top: Toponym, text: str, credit: tuple[tuple[int, int], str], gazetteer: Gazetteer) -> bool:
    """``top`` is the credited agency's name: inside the dateline's credit, or its first word alone
    where no locative word puts it in a place ("in Kurdistan" stays a place), never a country."""
    (start, end), first = credit
    if top.start < end and start < top.end:
        return True  # the credit itself
    if top.text != first:
        return False  # "across the New Territories" after "(New China Review)"
    if any(c.feature == "country" and c.match != "skeleton" for c in gazetteer.candidates(top.text)):
        return False
    return _REPEAT_CUE.search(text, max(0, top.start - 12), top.start) is None


# What a person has, written after the person's name and "'s": "gathered at Milad's grave", "outside
# Rajapaksa's private residence"
_PERSONAL_AFTER = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:grave|graves|tomb|home|house|residence|family|funeral|body|car|office)\b"
)


# People a name describes, written after it: "most of them from the Masalit community", "three
# Indigenous Papuan men", "the Ahwazi rights group": a people's or group's name, not a place
_PEOPLE_AFTER = re.compile(
    r"\s+(?:community|communities|tribe|tribes|tribesmen|clan|clans|men|women|youths|minority|"
    r"rights\s+group|activists)\b"
)


def _someones(doc: Doc, top: Toponym, gazetteer: Gazetteer) -> bool:
    """A name the gazetteer does not know that is a person's or a people's here: a full name written
    after an office ("Police spokesperson Rae Hamoonga said"), the owner of a grave, home or residence
    ("at Milad's grave"), or a name describing people ("from the Masalit community")."""
    if top.source == "facility" or _known(top.text, gazetteer):
        return False
    if _PERSONAL_AFTER.match(doc_text(doc), top.end) or _PEOPLE_AFTER.match(doc_text(doc), top.end):
        return True
    words = top.text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    return doc[span.start - 1].lower_.rstrip(".") in _OFFICES | _TITLES


def _known(name: str, gazetteer: Gazetteer) -> bool:
    return any(c.match != "skeleton" for c in gazetteer.candidates(name))


# "a white Toyota van", "Nissan pickups": a maker's name before a vehicle is no town
_VEHICLE_AFTER = re.compile(
    r"\s+(?:vans?|cars?|trucks?|pick-?ups?|jeeps?|SUVs?|minibus(?:es)?|buses|sedans?|saloons?|lorr(?:y|ies)"
    r"|vehicles?|motorbikes?|motorcycles?|Land\s+Cruisers?|Hilux)\b"
)
_NAME_WORD_RE = r"[A-Z][\w'’-]*"  # a capitalised word, no period
# "the Bamali quarter of Ndop", "the Dasht-e Barchi area of the city": a named part of a town
_NAMED_QUARTER = re.compile(
    rf"\bthe\s+(?P<name>{_NAME_WORD_RE}(?:\s+{_NAME_WORD_RE}){{0,2}})\s+"
    r"(?:quarter|area|neighbou?rhood|suburb|township|slum|locality)\s+of\s+"
    rf"(?P<of>the\s+(?:city|town|capital)\b|{_NAME_WORD_RE}(?:\s+{_NAME_WORD_RE})?)"
)


def _named_quarters(
    text: str, taken: Sequence[tuple[int, int]], gazetteer: Gazetteer
) -> tuple[list[Toponym], list[tuple[int, int]]]:
    """The part of a town written before its kind and the town ("the Bamali quarter of Ndop", "the
    Dasht-e Barchi area of the city"), when the gazetteer does not know it; not a known town before
    it ("the Colombo suburb of Mirihana": the suburb is named after "of"), nor an adjective
    ("the Arab-majority district of …", "the Kurdish area of …"). Also the spans of the towns named
    after "of": no quarter themselves."""
    if " of " not in text:
        return [], []
    out: list[Toponym] = []
    towns: list[tuple[int, int]] = []
    for m in _NAMED_QUARTER.finditer(text):
        start, end = m.span("name")
        name = m.group("name")
        first = name.split()[0]
        if first.lower() in _NOT_SITE_NAME or _DESCRIPTIVE.match(first) or gazetteer.demonym(name):
            continue
        if fold(name) in _NOT_PLACES or fold(name) in _stoplist() or _known(name, gazetteer):
            continue
        if _overlaps(start, end, taken):
            continue
        out.append(Toponym(start, end, name, None, "facility"))
        towns.append(m.span("of"))
    return out, towns


# "in Magere, Wakiso district", "near Parotani, Cochabamba": a name written before a known place
_BEFORE_PLACE = re.compile(
    r"\b(?:in|at|near|outside|from)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?=[A-Z])"
)
_NOT_LOCAL_NAMES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "addition", "particular", "general", "fact", "response", "short", "total", "turn", "contrast",
     "public", "court", "parliament", "custody", "prison", "jail", "hospital", "exile"}
)  # fmt: skip


def _before_known_place(
    text: str, found: Sequence[Toponym], full_names: Sequence[tuple[int, int]]
) -> list[Toponym]:
    """Names the model and gazetteer missed, written as a part of the place named after them ("in
    Magere, Wakiso district", "in Lauca Ñ, Chapare"): a village or neighbourhood of it."""
    if ", " not in text:
        return []
    starts = {t.start for t in found}
    out: list[Toponym] = []
    for m in _BEFORE_PLACE.finditer(text):
        start, end = m.span("name")
        if m.end() not in starts or m.group("name").split()[0].lower() in _NOT_LOCAL_NAMES:
            continue
        if _overlaps(start, end, [(t.start, t.end) for t in found]) or _overlaps(start, end, full_names):
            continue
        out.append(Toponym(start, end, text[start:end], None, "ner"))
    return out


# Words before a name that make it a person's: "Mr. Ripley", "Gov. Moore".
_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov", "governor", "president",
     "judge", "sgt", "lt", "capt", "officer", "coach", "prof", "rev", "mayor", "deputy", "detective"}
)  # fmt: skip


# Last words of the names of streets, squares, bridges, prisons and other sites of events.
_FACILITY_HEADS = frozenset(
    {"street", "st.", "avenue", "ave.", "road", "boulevard", "square", "bridge", "highway", "motorway",
     "expressway", "prison", "jail", "penitentiary", "stadium", "pagoda", "mosque", "shrine", "cathedral",
     "embankment", "roundabout", "chowk", "bazaar", "airport", "camp", "maidan", "meydan", "theatre",
     "theater", "museum", "cemetery", "refinery", "palace", "green", "house", "tower", "magu", "marg"}
)  # fmt: skip
# Facility heads that are also surnames ("George Street"): not taken from a PERSON entity.
_SURNAME_HEADS = frozenset({"street", "st.", "road", "camp", "bridge", "square", "green", "house"})
# First words of names written head first ("Boulevard Beaumarchais", "Rue de Rivoli").
# Portuguese, Spanish, French and Malay heads too ("Largo da Independencia", "Alameda Juan Pablo II",
# "Place Ficgayo", "Route Le Prince", "Dataran Merdeka").
_FACILITY_FIRST = frozenset(
    {"boulevard", "rue", "avenida", "avenue", "calle", "via", "piazza", "plaza", "largo", "praça", "praca",
     "rua", "alameda", "paseo", "place", "route", "dataran", "jalan"}
)  # fmt: skip
# Small words inside such a name ("Largo da Independencia", "Dëshmorët e Kombit")
_NAME_PARTICLES = frozenset(
    {"de", "la", "al", "el", "of", "da", "do", "dos", "das", "du", "des", "del", "di", "e"}
)
# Heads that name a way or an open ground and nothing else: a mention that is exactly such a name is
# the place, not a body ("marched down Avenida Brasil", "reached D-Chowk", "along Majeedhee Magu")
_WAY_HEADS = frozenset({"chowk", "maidan", "meydan", "bazaar", "magu", "marg"})
_NAME_WORD = r"[A-Z][\w'’.-]*"
_FACILITY_RE = re.compile(
    rf"\b(?:{_NAME_WORD}\s+){{1,3}}(?:St\.|Ave\.|(?:Street|Avenue|Road|Boulevard|Square|Bridge|Highway|Motorway"
    r"|Expressway|Prison|Jail|Penitentiary|Stadium|Pagoda|Mosque|Shrine|Cathedral|Embankment|Roundabout"
    r"|Chowk|Bazaar|Airport|Maidan|Meydan|Theatre|Theater|Museum|Cemetery|Refinery|Tower|Magu|Marg)\b)"
    r"|\b(?:Boulevard|Rue|Avenida|Avenue|Calle|Piazza|Plaza|Largo|Praça|Praca|Rua|Alameda|Paseo|Place|Dataran"
    r"|Jalan)\s+(?:(?:de|da|do|dos|das|du|des|del)\s+(?:la\s+|l['’])?(?:\d{1,4}\s+)?)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2}"
    r"|\b[A-Z][\w'’]*-(?:Chowk|Maidan|Bazaar|Square)\b"  # "D-Chowk": the name and its head in one word
    r"|\b[A-Z][\w'’]*-(?:daero|ro|gil)\b"  # "Sejong-daero": a Korean road, its head a suffix
    # "Bazaar-e Reza", "Meydan-e Azadi": a Persian head joined to its name
    r"|\b(?:Bazaar|Bazar|Meydan|Maidan|Khiaban|Masjed|Bagh)-e\s+[A-Z][\w'’-]*"
)
# Sites written with a lower-case head after their own name ("Borg al-Arab prison", "the Baquedano
# metro station", "the Mexican embassy", "the Gldani district"), a capitalised head the list above
# lacks ("the Hong Kong Polytechnic University", "Okrestina Detention Centre"), or in French or with
# "of" ("Place de l'Opéra", "the Faculty of Law").
_PARTICLE = r"(?:al|el|ad|an|ar|as|ash|at|az|ul|de|del|da|di|du|la|le|bin|ibn|abu|of)"
# particles written as words of their own inside a name ("Faculty of Law", "Bab el Oued"); not "at",
# "as", "an", which are English words before a name ("Morsi at Rabaa al-Adawiya square")
_LONE_PARTICLE = r"(?:al|el|ad|ar|ash|az|ul|de|del|da|di|du|la|le|bin|ibn|abu|of|e)"
_SITE_RE = re.compile(
    rf"\b{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_PARTICLE}-[\w'’-]+|{_LONE_PARTICLE}(?=\s+[A-Z]))){{0,3}}"
    r"\s+(?:(?:metro|police|railway|train|bus|air|military|army|detention|prison|presidential|gas|oil"
    r"|displacement|refugee|protest|container|fuel|power|cement|sugar|transit)\s+){0,2}"
    r"(?:prison|jail|square|bridge|highway|station|camp|base|complex|market|stadium|airport|palace|field"
    r"|depot|junction|terminal|farm|plant|factory|dormitory|academy|centre|center"
    r"|refinery|cemetery|museum|theatre|theater|maidan|meydan|boulevard|avenue"
    r"|embassy|consulate|hospital|mosque|university|campus|compound|district|neighbourhood|neighborhood|building"
    r"|University|Station|Embassy|Consulate|Palace|Complex|Base|Market|Campus|Compound|Hospital"
    r"|Centre|Center|Syndicate|Green)\b"
    rf"|\bPlace\s+(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+){_NAME_WORD}"
    rf"|\b(?:University|Faculty|Palace|Museum)\s+of\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"
)
# Capitalised words that open a generic phrase, not a site's own name ("Police station", "State TV").
_NOT_SITE_NAME = frozenset(
    {"police", "security", "state", "central", "main", "national", "federal", "army", "military",
     "government", "interior", "city", "town", "provincial", "regional", "local", "metro", "old", "new",
     "north", "south", "east", "west", "northern", "southern", "eastern", "western", "prison", "the",
     "a", "an", "in", "on", "at", "near", "outside", "from", "to", "and", "of", "by", "along", "into",
     "this", "that", "its", "their", "his", "her", "our", "several", "many", "some", "all", "two",
     "three", "both", "other", "another", "one", "each", "every", "which", "where", "when", "while",
     "after", "before", "during", "inside", "across", "around", "but", "as", "with", "for", "if",
     "hundreds", "thousands", "dozens", "officers", "protesters", "students", "detainees"}
)  # fmt: skip
_QUARTER_RE = re.compile(
    rf"\b(?:suburb|neighbou?rhood|district|township|quarter|village|locality|hamlet|settlement"
    r"|(?:nearby|neighbou?ring|small|remote|rural|indigenous|farming|fishing)\s+community)"
    rf"\s+of\s+(?P<of>{_NAME_WORD}(?:\s+{_NAME_WORD})?)"
    rf"|\b(?P<a>{_NAME_WORD})\s+and\s+(?P<b>{_NAME_WORD})\s+(?:neighbou?rhoods|suburbs|districts|townships)\b"
)
# The named workplace of those who strike there: "workers at the South Pars gas complex" (the name,
# without the kind of works after it); not "a researcher at ..." (a post, not a workforce)
_WORKPLACE_RE = re.compile(
    r"\b(?:[Ww]orkers|[Ee]mployees|[Mm]iners|[Ll]abou?rers|[Ss]taff|[Dd]ockworkers|[Ss]trikers)\s+at\s+(?:the\s+)?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
    r"(?:(?:\s+[a-z][\w-]*){0,2}?\s+(?:field|fields|refinery|complex|company|mine|mines|plant|factory|works"
    r"|port|terminal|mill|estate|yard|shipyard|depot)\b)?)"
)
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}$")
_DESCRIPTIVE = re.compile(r"[A-Z][\w'’]*-[a-z]{3,}")
# Capitalised words that start a sentence or a title, never a facility's own name.
_NOT_FACILITY_FIRST = frozenset(
    {"the", "a", "an", "in", "on", "at", "near", "outside", "from", "to", "and", "of", "by", "along", "into",
     "this", "that", "its", "their", "his", "her", "our"}
)  # fmt: skip


def _facility(text: str) -> bool:
    """A name of a street, square, prison and the like ("Rustaveli Avenue", "Boulevard Beaumarchais")."""
    words = text.split()
    if len(words) < 2 or not all(
        w[:1].isupper() or w.lower() in _NAME_PARTICLES or w.lower().startswith(("al-", "el-"))
        for w in words[:-1]
    ):
        return False
    if words[-1].lower() in _FACILITY_HEADS:
        return True
    # a head written first needs a name after it ("Route Le Prince", not "Route 38")
    return words[0].lower() in _FACILITY_FIRST and any(w[:1].isupper() for w in words[1:])


def _facility_matches(
    text: str, taken: Sequence[tuple[int, int]], persons: Sequence[tuple[int, int]] = ()
) -> list[Toponym]:
    """Names of streets, squares and prisons that the NER missed ("along Kenyatta Avenue").

    A person's name ending in a word that is also a surname ("George Street") is left alone.
    """
    out: list[Toponym] = []
    for m in _FACILITY_RE.finditer(text):
        words = [(w.start() + m.start(), w.group()) for w in re.finditer(r"\S+", m.group())]
        while len(words) > 2 and (
            words[0][1].lower() in _NOT_FACILITY_FIRST
            or words[0][1].endswith(("'s", "’s"))  # "Tehran's Evin Prison"
            or _overlaps(words[0][0], words[0][0] + len(words[0][1]), taken)
        ):
            words = words[1:]
        start, end = words[0][0], m.end()
        if words[0][1].lower() in _NOT_FACILITY_FIRST or _overlaps(start, end, taken):
            continue
        if words[-1][1].lower() in _SURNAME_HEADS and any(
            s < end and words[-1][0] < e and len(text[s:e].split()) <= 2 for s, e in persons
        ):
            continue  # "George Street said", not "Robert Mugabe Road" (a street named after someone)
        out.append(Toponym(start, end, text[start:end], None, "facility"))
        taken = [*taken, (start, end)]
    for m in _QUARTER_RE.finditer(text):
        # "the Colombo suburb of Mirihana", "the Uttara and Jatrabari neighbourhoods"
        for g in ("of", "a", "b"):
            start, end = m.start(g), m.end(g)
            while end > start and text[end - 1] in ".,;:":
                end -= 1
            if start < 0 or _overlaps(start, end, taken):
                continue  # the designator outweighs a tagger's person ("the Colombo suburb of Mirihana")
            if text[start:end].lower() in _NOT_SITE_NAME:
                continue
            out.append(Toponym(start, end, text[start:end], None, "facility"))
            taken = [*taken, (start, end)]
    for m in _WORKPLACE_RE.finditer(text):
        # "workers at the Haft Tappeh sugar cane company", "miners at the Belaruskali potash mines"
        start, end = m.span("name")
        if _overlaps(start, end, taken) or _overlaps(start, end, persons):
            continue
        if all(w.lower() in _NOT_SITE_NAME for w in text[start:end].split()):
            continue  # "workers at the Central ...": no name of its own
        out.append(Toponym(start, end, text[start:end], None, "facility"))
        taken = [*taken, (start, end)]
    for m in _SITE_RE.finditer(text):
        words = [(w.start() + m.start(), w.group()) for w in re.finditer(r"\S+", m.group())]
        while len(words) > 1 and (
            words[0][1].lower().strip(".,;:") in _NOT_SITE_NAME
            or words[0][1].endswith(("'s", "’s"))
            or _DESCRIPTIVE.match(words[0][1])  # "Arab-majority", "Shia-dominated"
        ):
            words = words[1:]
        if len(words) < 2 or not words[0][1][:1].isupper():
            continue
        start, end = words[0][0], m.end()
        if _INDEFINITE_BEFORE.search(text, max(0, start - 30), start):
            continue  # "a sprawling Shi'ite district", "an Istanbul police station": a kind, not a name
        while end > start and text[end - 1] in ".,;:":
            end -= 1
        # a town before the head stays the town ("a Tehran prison", "the Gainesville airport", "Hong
        # Kong Polytechnic University"): its name resolves, a site name would not
        if _overlaps(start, end, taken):
            continue
        if _overlaps(end - 1, end, persons):
            continue
        out.append(Toponym(start, end, text[start:end], None, "facility"))
    return out


# A body's premises written by the body's name and its town, after "at the" or "the cells of": "held
# at the Force Criminal Investigation Department in Abuja", "beaten at the Central Criminal
# Investigation Service (SCRIC) in Lomé", "in the cells of the Secretariat of State for Defence (SED)
# in Yaounde": where the act was, inside the town.
_BODY_AS_SITE = re.compile(
    r"\b(?:at|(?:cells|basement|premises|compound|offices)\s+of)\s+the\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w'’-]*){1,6})"
    r"(?:\s+\([A-Z]{2,8}\))?\s+in\s+(?=[A-Z])"
)


def _bodies_as_sites(
    text: str, found: Sequence[Toponym], persons: Sequence[tuple[int, int]]
) -> list[Toponym]:
    """A body named where something was done, right before the town it is in ("held at the Force
    Criminal Investigation Department in Abuja"): its premises, a site of that town."""
    if " the " not in text:
        return []
    starts = {t.start for t in found}
    spans = [(t.start, t.end) for t in found]
    out: list[Toponym] = []
    for m in _BODY_AS_SITE.finditer(text):
        start, end = m.span("name")
        if m.end() not in starts or _overlaps(start, end, spans) or _overlaps(start, end, persons):
            continue  # the town after it must be a place found; the name no place or person itself
        out.append(Toponym(start, end, m.group("name"), None, "facility"))
    return out


# A body whose seat is where people gather, march or storm: "a sit-in outside the Ministry of Labour",
# "fired tear gas outside Congress", "would march on Congress", "in front of the National Assembly":
# the building, a site of its town.
_SEAT_AS_SITE = re.compile(
    r"\b(?:outside|opposite|in\s+front\s+of|march(?:ed|es|ing)?\s+on|storm(?:ed|s|ing)?)\s+(?:the\s+)?"
    r"(?P<name>(?:[A-Z][\w'’-]*\s+){0,3}(?:Ministry|Congress|Parliament|Assembly|Senate|Legislature"
    r"|Prefecture|Governorate)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})?)"
)


def _seats_as_sites(text: str, found: Sequence[Toponym], persons: Sequence[tuple[int, int]]) -> list[Toponym]:
    """A ministry, parliament or congress named where people gather or march ("outside the Ministry of
    Labour", "march on Congress"): its building, a site; not the body elsewhere ("Congress passed")."""
    if not any(w in text for w in ("outside", "front of", "opposite", "march", "storm")):
        return []
    spans = [(t.start, t.end) for t in found]
    out: list[Toponym] = []
    for m in _SEAT_AS_SITE.finditer(text):
        start, end = m.span("name")
        if _overlaps(start, end, spans) or _overlaps(start, end, persons):
            continue
        out.append(Toponym(start, end, m.group("name"), None, "facility"))
        spans.append((start, end))
    return out


# A site named by its kind and a number ("Ward 209", "Block 8", "Prison No. 13", "Penal Colony No. 2",
# "Police Station 16"): the tagger reads the number as a count and the kind as a common noun.
_NUMBERED_SITE = re.compile(
    r"\b(?:(?:Penal|Correctional|Police|Detention|Labour|Labor|Refugee|Military)\s+)?"
    r"(?:Ward|Block|Prison|Colony|Camp|Gate|Station|Jail|Penitentiary|Barracks|Building|Hall)"
    r"\s+(?:No\.?\s*|Number\s+)?\d{1,4}[A-Z]?\b(?![.,]\d)"
)


def _numbered_sites(text: str, taken: Sequence[tuple[int, int]]) -> list[Toponym]:
    """Sites named by their kind and a number ("held in Ward 209", "near Block 8", "on hunger strike in
    Prison No. 13") where no other place was found: the capitalised kind is part of the name, unlike
    a law's or a room's ("Section 144", "Room 12")."""
    out: list[Toponym] = []
    for m in _NUMBERED_SITE.finditer(text):
        start, end = m.span()
        if _overlaps(start, end, taken):
            continue
        out.append(Toponym(start, end, m.group(), None, "facility"))
    return out


def _person_words(doc: Doc) -> frozenset[str]:
    """Surnames of the document's full person names ("Barack Obama" gives "Obama"), and of the
    full names written after an office ("Government Minister Marco Antonio Oviedo" gives "Oviedo",
    however the model labels it)."""
    return frozenset(
        ent[-1].text
        for ent in doc_ents(doc)
        if ent.label_ == "PERSON"
        and 2 <= len(ent) <= 3
        and all(tok.is_alpha and tok.is_title for tok in ent)
        and len(ent[-1]) >= 3
    ) | _titled_names(doc)


# Offices and roles written before a person's full name ("Interior Minister Gérald Darmanin").
_OFFICES = frozenset(
    {"minister", "spokesman", "spokeswoman", "spokesperson", "commander", "general", "colonel", "chief",
     "secretary", "prosecutor", "director", "president", "governor", "mayor", "senator", "judge", "lawyer",
     "activist", "leader", "ambassador", "envoy", "premier", "chairman", "chairwoman", "sheikh", "imam",
     "cleric", "journalist", "rapporteur", "deputy", "lieutenant", "captain", "major", "mr", "mrs", "ms"}
)  # fmt: skip


def _titled_names(doc: Doc) -> frozenset[str]:
    """The last word of two or three capitalised words right after an office word."""
    toks = tokens(doc)
    n = len(toks)
    out: set[str] = set()
    for i, tok in enumerate(toks):
        if tok.lower_.rstrip(".") not in _OFFICES:
            continue
        j = i + 1
        while j < n and j - i <= 3 and toks[j].is_alpha and toks[j].is_title:
            j += 1
        run = j - i - 1
        if 2 <= run <= 3 and len(toks[j - 1]) >= 3 and (j == n or not toks[j].is_title):
            out.add(toks[j - 1].text)
    return frozenset(out)


def _personal(doc: Doc, top: Toponym, people: frozenset[str], gazetteer: Gazetteer) -> bool:
    """A one-word name that is a person's here: after a title, or part of a person's full name.

    A strong place cue ("in Ripley", "Ripley County") keeps it a place, and so does a
    country, province or curated place name ("Georgia" in "Georgia Smith", "Evin").
    """
    if " " in top.text:
        return False
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    before = doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
    titled = before in _TITLES
    if not titled and top.text not in people:
        return False
    if _cued(doc, span.start, span.end) == "strong":
        return False
    return not any(
        c.feature in ("country", "admin1", "place") and c.primary and c.match == "exact"
        for c in gazetteer.candidates(top.text)
    )


def _repeats(
    doc: Doc, gazetteer: Gazetteer, found: Sequence[Toponym], taken: list[tuple[int, int]]
) -> list[Toponym]:
    """Other mentions of a name already taken as a place (one sense per document).

    The small model labels "Gainesville" GPE in one sentence and PERSON in the next;
    a repeat inside a longer person or organisation name ("Andrew Jackson") is left alone.
    """
    names = {
        t.text for t in found if any(c.match == "exact" and c.primary for c in gazetteer.candidates(t.text))
    }
    # a dateline's capitals ("TBILISI") name the town written "Tbilisi" below, and back
    names |= {n.title() for n in names if n.isupper() and len(n) > 3}
    names |= {n.upper() for n in names if n.istitle() and len(n) > 3}
    # a neighbourhood or village the gazetteer does not hold by that name, once taken as a place ("in
    # Siloé"), is the same place where a locative word puts it again ("were killed in Siloé that
    # night", "sends the army into Siloé")
    unknown = {t.text for t in found if t.source == "ner" and _plain_name(t.text)} - names
    if not names and not unknown:
        return []
    text = doc_text(doc)
    ents = [(e.start_char, e.end_char, e.label_) for e in doc_ents(doc)]
    numeric = {(s, e) for s, e, lab in ents if lab in _NUMERIC_LABELS}
    out: list[Toponym] = []
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(n) for n in sorted(names | unknown, key=len, reverse=True)) + r")\b"
    )
    # a date or time the tagger ran over the name ("in Siloé that night") does not hide it
    spans = [*(span for span in taken if span not in numeric), *((t.start, t.end) for t in found)]
    for m in pattern.finditer(text):
        start, end = m.span()
        if _overlaps(start, end, spans):
            continue
        if m.group() in unknown and _REPEAT_CUE.search(text, max(0, start - 12), start) is None:
            continue
        inside = [
            (s, e, lab)
            for s, e, lab in ents
            if s < end and start < e and lab not in _PLACE_LABELS and lab not in _NUMERIC_LABELS
        ]
        if any(e - s > end - start and (lab != "ORG" or s != start) for s, e, lab in inside):
            continue  # inside a longer name, other than at the start of an organisation's
        out.append(Toponym(start, end, m.group(), None, "repeat"))
        taken.append((start, end))
        spans.append((start, end))
    return out


# the locative words that put a repeated unknown name in its place
_REPEAT_CUE = re.compile(r"\b(?:in|into|inside|near|outside|across|throughout|around|towards?)\s+$")


def _plain_name(name: str) -> bool:
    """A name of one to three capitalised words (not an acronym, not a common word)."""
    words = name.split()
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        and not name.isupper()
        and fold(name) not in _stoplist()
        and fold(name) not in _NOT_PLACES
    )


def _joining_hyphen(tok: Token) -> bool:
    """A hyphen inside a name ("Mazar-i-Sharif"), with no space either side."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _extend(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, int]:
    """Tokens ``start:end`` grown by a few tokens either side when that names a known place.

    NER splits "Sistan and Baluchestan" and stops before "prison" in "Evin prison".
    """
    best = (start, end)
    toks = tokens(doc)
    breaks = _name_breaks(doc)
    text = doc_text(doc)
    n = len(toks)
    if any(breaks[start:end]):
        return best  # every grown span would cross the name's own break
    lo, hi = start, end  # how far the name can grow before it meets a break
    while lo > max(0, start - 3) and not breaks[lo - 1]:
        lo -= 1
    while hi < min(n, end + 4) and not breaks[hi]:
        hi += 1
    if (lo, hi) == (start, end):
        return best
    for before in (3, 2, 1, 0):
        for after in (4, 3, 2, 1, 0):
            s, e = start - before, end + after
            if (before == after == 0) or s < lo or e > hi or e - s > 6 or e - s <= best[1] - best[0]:
                continue
            first, last = toks[s], toks[e - 1]
            if first.lower_ in ("and", "of", "the") or last.lower_ in ("and", "of"):
                continue
            if not first.is_title:
                continue
            # "Sistan and Baluchestan province" (NER took "Baluchestan province"): the name grown
            # backwards is found without its designator
            designated = before > 0 and after == 0 and e - s > 1 and last.lower_ in _AFTER
            if any(
                (c.match == "exact" or (designated and c.match == "trimmed"))
                and (c.primary or (c.feature != "admin2" and c.population >= 100_000))
                and (c.feature != "city" or c.population >= 10_000)
                for c in gazetteer.candidates(text[first.idx : last.idx + len(last)])
            ):
                best = (s, e)
    return best


def _name_breaks(doc: Doc) -> list[bool]:
    """Per token: a space, number or punctuation (other than a joining hyphen) that no name crosses."""
    out: list[bool] | None = doc.user_data.get(_NAME_BREAKS)
    if out is None:
        out = [t.is_space or t.like_num or (t.is_punct and not _joining_hyphen(t)) for t in tokens(doc)]
        doc.user_data[_NAME_BREAKS] = out
    return out


_NAME_BREAKS = "eventwire.name_breaks"


def _from_entity(ent: Span, gazetteer: Gazetteer) -> Toponym | None:
    label = ent.label_
    start, end = _extend(ent.doc, ent.start, ent.end, gazetteer)
    ent = ent.doc[start:end]
    tokens = list(ent)
    while tokens and tokens[0].lower_ in ("the", "'s") and len(tokens) > 1:
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("'s", "’s")) and len(tokens) > 1:
        tokens = tokens[:-1]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = doc_text(ent.doc)[start:end]
    if fold(text) in _stoplist() and not _cued(ent.doc, ent.start, ent.end):
        return None
    if gazetteer.demonym(text) and not any(
        c.match == "exact" and c.primary for c in gazetteer.candidates(text)
    ):
        return None  # "Iranian", "Russian": country context, not a place
    hint = _hint(ent.doc, ent.start, ent.end)
    if not text[:1].isupper() or fold(text) in _NOT_PLACES or (len(text) <= 2 and not text.isupper()):
        return None
    if label == "FAC" and not any(c.match != "skeleton" for c in gazetteer.candidates(text)):
        if _facility(text):
            return Toponym(start, end, text, None, "facility")  # "Rustaveli Avenue", "Adelabad Prison"
        # other buildings are kept only when the gazetteer knows them, or when written where something
        # happens ("near the Saat Tower", "at the junction near the Faculty of Law")
        return _named_building(ent)
    if (
        text.isupper()
        and text.isalpha()
        and len(text) <= 3
        and not any(c.feature != "city" for c in gazetteer.candidates(text))
    ):
        return None  # "BA", "AI": acronyms, not the village of that name
    return Toponym(start, end, text, hint, "ner")


# Labels the tagger gives a neighbourhood or village it does not know ("in Saraçhane" as a work of
# art, "in Parotani" as a person)
_ODD_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LANGUAGE"})
_CALENDAR = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "day", "days", "week", "weeks", "month", "months", "year", "years", "night", "nights", "morning",
     "evening", "afternoon", "dawn", "dusk", "noon", "midnight", "today", "yesterday", "tomorrow",
     "weekend", "christmas", "easter", "ramadan", "eid", "new", "spring", "summer", "autumn", "winter",
     "season", "decade", "century", "hour", "hours", "time", "era", "period", "anniversary", "holiday"}
)  # fmt: skip


def _wordy_date(ent: Span) -> bool:
    """A DATE or TIME entity with a capitalised word and no number or calendar word: a name the
    tagger mislabelled ("in Magere", "the Bamali quarter")."""
    if ent.label_ not in ("DATE", "TIME"):
        return False
    inside = tokens(ent.doc)[ent.start : ent.end]  # cached Tokens: iterating a Span builds new ones
    words = [t for t in inside if t.is_alpha]
    return (
        len(words) == len([t for t in inside if not t.is_punct])
        and any(t.is_title for t in words)
        and not any(t.lower_ in _CALENDAR or t.lower_.rstrip("s") in _CALENDAR for t in words)
    )


# Words a neighbourhood or village the tagger does not know is written after ("in Saraçhane",
# "walked towards Kamwokya")
_NAME_AFTER = frozenset({"in", "towards", "toward"})


def _name_after_in(ent: Span, gazetteer: Gazetteer) -> Toponym | None:
    """A short capitalised name right after "in" that the tagger labelled a person or a work and the
    gazetteer does not know ("shot in Saraçhane", "gathered in Bè"): a neighbourhood or village,
    unresolved; not a person's possessive ("in Amini's memory") nor a person's full name."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ not in _NAME_AFTER:
        return None
    words = [t for t in ent if t.lower_ != "the"] if ent.label_ in ("DATE", "TIME") else list(ent)
    while words and not (words[-1].is_title and words[-1].is_alpha):
        words = words[:-1]  # "Zirabo in": the tagger's span runs on
    if not words or len(words) > 3 or not all(t.is_title and t.is_alpha for t in words):
        return None
    if ent.label_ == "PERSON" and len(words) > 1:
        return None  # "held in Jim Smith": a person's full name
    end = words[-1].i + 1
    if end < len(doc) and doc[end].lower_ in ("'s", "’s"):
        return None
    text = doc_text(doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
    if fold(text) in _stoplist() or fold(text) in _NOT_PLACES or gazetteer.demonym(text):
        return None
    if any(c.match != "skeleton" and _important(c) for c in gazetteer.candidates(text)):
        return None  # a known name is the gazetteer's to weigh (a minor namesake is not: "in Luuka")
    # "in Lin Ta Lu village": the designator after it says what it is
    return Toponym(
        words[0].idx, words[-1].idx + len(words[-1].text), text, _hint(doc, words[0].i, end), "ner"
    )


def _from_mislabelled(ent: Span, gazetteer: Gazetteer) -> Toponym | None:
    """A PERSON/ORG/NORP entity that is a known place in a place context ("in Zahedan")."""
    text = ent.text
    if fold(text) in _stoplist() or gazetteer.demonym(text):
        return None
    if (
        ent.label_ in ("ORG", "FAC", "PERSON")
        and _facility(text)
        and not text.lower().startswith("the ")
        and (
            ent.label_ != "PERSON"
            or text.split()[-1].lower() not in _SURNAME_HEADS
            or site_cued(doc_text(ent.doc), ent.start_char)  # "sat down on Margaret Bridge"
        )
    ):
        return Toponym(ent.start_char, ent.end_char, text, None, "facility")
    building = _named_building(ent)
    if building is not None:
        return building
    hint = _hint(ent.doc, ent.start, ent.end)
    cue = _cued(ent.doc, ent.start, ent.end) or ("strong" if hint else None)
    cands = [c for c in gazetteer.candidates(text) if c.match != "skeleton"]
    if (
        cue is None
        and ent.label_ == "ORG"
        and any(c.primary and c.match == "exact" and c.feature in ("country", "admin1") for c in cands)
    ):
        cue = "strong"  # "Ohio" or "U.S." labelled ORG
    if cue is None or not any(_important(c, cue) for c in cands):
        return _org_prefix(ent, gazetteer) if ent.label_ == "ORG" else None
    return Toponym(ent.start_char, ent.end_char, text, hint, "gazetteer")


# Last words of the names of buildings and grounds that the tagger labels an organisation ("the
# Kashveti Church", "the National Press Club", "the Government House", "D-Chowk"), and of the bodies
# whose seat is written as a place ("outside the National Assembly", "in front of the House of
# Representatives").
_BUILDING_WORDS = frozenset(
    {"church", "cathedral", "chapel", "basilica", "temple", "synagogue", "club", "house", "hall", "assembly",
     "parliament", "senate", "chowk", "building", "tower", "towers", "hotel", "monument", "memorial",
     "mausoleum", "gate", "park", "gardens", "arena", "mall", "works", "mines", "plant", "terminal", "palace",
     "library", "courthouse", "academy", "school", "college", "institute", "polytechnic", "faculty"}
)  # fmt: skip
# Where the words before a name place something at it ("near the", "in front of the", "stormed the
# grounds of the"); not "at" after a person's post ("a researcher at …" names an employer).
_AT_BUILDING = re.compile(
    r"(?:\b(?:near|outside|inside|around|opposite|behind|beside|outside\s+of|in\s+front\s+of"
    r"|(?:grounds|gates?|steps|entrance|premises|courtyard|compound|front|walls)\s+(?:of|to))"
    r"|(?<!\w)(?:gathered|rallied|protested|marched|met|assembled|massed|camped|demonstrated|sit-in|rally"
    r"|vigil|protest|protests|demonstration|march|gathering|strike|strikes)\s+at"
    # the start or end of a march ("marched … to the Miraflores Palace", "set off from the Democracy
    # Monument"): the words between the verb and its goal stay in one clause
    r"|(?<!\w)(?:marched|marching|walked|walking|headed|heading|set\s+off|setting\s+off|proceeded|converged"
    r"|paraded|streamed)\b[^.;:,]{0,60}?\b(?:to|towards|toward|from)"
    # an act done to the building itself ("stormed President's House", "forced their way into
    # Government House", "marched on State House", "approached Parliament Road")
    r"|(?<!\w)(?:stormed|storming|entered|entering|seized|seizing|occupied|occupying|besieged|surrounded"
    r"|surrounding|reached|reaching|approached|approaching|(?:way|broke|burst|poured|swarmed)\s+into"
    r"|(?:march|marched|marching|moved|moving|converged|advanced)\s+on))\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _named_building(ent: Span) -> Toponym | None:
    """A building or ground the tagger labelled an organisation, written where something is or
    happens ("gathered near the Kashveti Church", "a rally at the National Press Club", "stormed the
    grounds of the National Assembly"): a site of the event, as a name the gazetteer does not hold."""
    if ent.label_ not in ("ORG", "FAC"):
        return None
    words = [t for t in ent if t.lower_ not in ("the",)]
    if not words or not words[0].text[:1].isupper():
        return None
    if not any(w.lower_.rsplit("-", 1)[-1] in _BUILDING_WORDS and w.text[:1].isupper() for w in words):
        return None
    start = words[0].idx
    doc = ent.doc
    text = doc_text(doc)
    if ent.start >= 2 and doc[ent.start - 1].lower_ in ("'s", "’s") and doc[ent.start - 2].is_title:
        start = doc[ent.start - 2].idx  # "stormed President's House": the owner is part of the name
    if _AT_BUILDING.search(text, max(0, start - 90), start) is None:
        return None
    end = words[-1].idx + len(words[-1].text)
    return Toponym(start, end, text[start:end], None, "facility")


def _org_prefix(ent: Span, gazetteer: Gazetteer) -> Toponym | None:
    """The place an organisation is named after: "Gainesville" in "Gainesville Police Department",
    "Kansas" in "the Kansas Department of Transportation"; or a big town labelled ORG on its own.
    """
    start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
    for end in range(min(ent.end, start + 4), start, -1):
        span = ent.doc[start:end]
        if end == ent.end and (len(span) > 1 or ent.start != start):
            continue  # a whole longer name ("the Red Mill") is the organisation's
        if not all(t.is_title or t.is_upper or t.lower_ in ("and", "of") for t in span):
            continue
        if end < ent.end and _joining_hyphen(ent.doc[end]):
            continue  # "Al" of "Al-Masirah television": one word of a hyphened name
        cands = [c for c in gazetteer.candidates(span.text) if c.match == "exact" and c.primary]
        if fold(span.text) in _stoplist() | _NOT_PLACES or gazetteer.demonym(span.text):
            return None
        if any(c.feature in ("country", "admin1", "admin2") or c.population >= 50_000 for c in cands):
            return Toponym(span.start_char, span.end_char, span.text, None, "gazetteer")
    return None


def _important(cand: Candidate, cue: str = "strong") -> bool:
    if cand.feature == "admin2":
        # "Boone County", "Lancashire"; not "Boone", nor a short district name that is a
        # word or a surname ("Lot", "Trapani's")
        return (
            cand.primary
            and cand.match == "exact"
            and (" " in cand.name or (cue == "strong" and len(cand.name) >= 8))
        )
    if cand.feature == "admin1" and cand.population == 0:
        return cue == "strong" and cand.primary  # a unit with no town of 500 people
    if cand.feature != "city":
        return True
    return cand.population >= (_GAZ_MIN_POPULATION if cue == "strong" else _WEAK_MIN_POPULATION)


def _cued(doc: Doc, start: int, end: int) -> str | None:
    """``strong`` for "in X", "city of X", "X province"; ``weak`` for "from X", "at X"."""
    toks = tokens(doc)  # the cached Token list: ``doc[i]`` builds a new Token each time
    i = start - 1
    if i >= 0 and toks[i].lower_ in _APPOSED and toks[i].is_lower:
        return "strong"  # "the regional capital Bahir Dar", "the port city Hodeidah"
    if i >= 0 and toks[i].lower_ in ("the", "a", "an"):  # "in a Tbilisi prison"
        i -= 1
    if i >= 0 and toks[i].lower_ in _CUES:
        return "strong"
    if i >= 1 and toks[i].lower_ == "of" and toks[i - 1].lower_ in _OF_CUES:
        return "strong"
    if end < len(doc) and toks[end].lower_ in _AFTER:
        return "strong"
    if i >= 0 and toks[i].lower_ in _WEAK_CUES:
        return "weak"
    # a list after a cue: "in Ahvaz, Izeh and Dezful", "in Khash and Saravan"
    steps = 0
    while i >= 1 and toks[i].lower_ in ("and", ",", "or") and steps < 4:
        i -= 1
        while i >= 0 and (toks[i].is_title or toks[i].is_upper) and toks[i].is_alpha:
            i -= 1
        steps += 1
        if i >= 0 and toks[i].lower_ == "the":
            i -= 1
        if i >= 0 and toks[i].lower_ in _CUES:
            return "strong"
        if i >= 0 and toks[i].lower_ == "between":
            return "weak"  # "on the road between Bozoum and Bocaranga"
    return None


# Nouns a town's name is written right after: "the regional capital Bahir Dar", "the town Kobo".
_APPOSED = frozenset({"capital", "city", "town", "village", "port"})
# Entity labels that never cover a place: numbers and times (a name the tagger called a work of art
# or an event, "in Novi Sad and Čačak", is still scanned for places).
_NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _hint(doc: Doc, start: int, end: int) -> PlaceFeature | None:
    toks = tokens(doc)  # the cached Token list: ``doc[i]`` builds a new Token each time
    if end < len(doc) and toks[end].lower_ in _AFTER:
        return _AFTER[toks[end].lower_]
    if start >= 1 and toks[start - 1].lower_ in _APPOSED and toks[start - 1].is_lower:
        return "city"
    if start >= 2 and toks[start - 1].lower_ == "of" and toks[start - 2].lower_ in _BEFORE:
        return _BEFORE[toks[start - 2].lower_]
    return None


# heads of names that only a way can have: an actor mention of one names no body
THOROUGHFARES = frozenset(
    {"avenue", "street", "road", "boulevard", "highway", "motorway", "expressway", "bridge", "square"}
)


def _vetoed(top: Toponym, text: str, vetoes: Sequence[tuple[int, int]], gazetteer: Gazetteer) -> bool:
    """A span inside a person/organisation actor mention is not a place.

    A country or province named on its own ("Iran said ...") stays a place even when it
    is also the actor; so do a possessive ("Tehran's prosecutor") and the place a longer
    mention starts with ("Zahedan police"); "Raisi" and "Ebrahim Raisi" are vetoed.
    """
    for start, end in vetoes:
        if start <= top.start and top.end <= end:
            if text[top.end : top.end + 2] in ("'s", "’s"):
                continue
            if start == top.start < top.end < end:
                continue  # the place a mention starts with: "Zahedan police"
            if (start, end) == (top.start, top.end) and any(
                c.feature in ("country", "admin1") and c.primary for c in gazetteer.candidates(top.text)
            ):
                continue
            if (
                top.source == "facility"
                and (start, end) == (top.start, top.end)
                and (site_cued(text, top.start) or way_named(text, top.start, top.text))
            ):
                # "inside the Hong Kong Polytechnic University": the building, where it happened;
                # "tried to block Baghramyan Avenue", "marched down Avenida Brasil", "reached
                # D-Chowk": only a way or a square is named so
                continue
            return True
    return False


def way_named(text: str, start: int, name: str) -> bool:
    """``name`` (at ``start``) is a way or an open ground by its head: an English one anywhere
    ("tried to block Baghramyan Avenue"); one named by another language's head ("Avenida Brasil",
    "D-Chowk", "Majeedhee Magu") where people move along, onto or into it ("marched down Avenida
    Brasil", "reached D-Chowk"), not as a landmark ("the junction with Avenida Vladimir Lenine")."""
    words = name.split()
    last = words[-1].lower().rsplit("-", 1)[-1]
    if last in THOROUGHFARES:
        return True
    foreign = last in _WAY_HEADS or (len(words) > 1 and words[0].lower() in _FACILITY_FIRST)
    return foreign and _ALONG_BEFORE.search(text, max(0, start - 24), start) is not None


# Words after which a way is where people are: they move along it, onto it or block it.
_ALONG_BEFORE = re.compile(
    r"\b(?:down|along|up|across|through|onto|reached|reaching|blocked|blocking|block|occupied|occupying"
    r"|filled|filling|marched\s+on|marching\s+on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|inside|at|near|outside|into|to|from|around|opposite|behind|towards?|of|on)"
    r"\s+(?:the\s+(?:new\s+|old\s+|main\s+)?)?(?:[A-Z][\w'’-]*\s*(?:,|and)\s+|[A-Z][\w-]*['’]s\s+)?$",
    re.IGNORECASE,
)


def site_cued(text: str, start: int) -> bool:
    """The name at ``start`` follows a locative preposition ("outside the", "at", "inside the")."""
    return _LOCATIVE_BEFORE.search(text, max(0, start - 20), start) is not None


def _story_countries(doc: Doc, gazetteer: Gazetteer, found: Sequence[Toponym]) -> frozenset[str]:
    """Countries the story names: by their people ("Malian"), or by a name found in one country only
    ("Central African Republic", "Bangui")."""
    named: set[str] = set()
    for t in found:
        countries = {c.country for c in gazetteer.candidates(t.text) if c.primary and c.match == "exact"}
        if len(countries) == 1:
            named |= {code for code in countries if code}
    return frozenset(named | set(_focus_words(doc, gazetteer)))


def _gazetteer_matches(
    doc: Doc, gazetteer: Gazetteer, taken: Sequence[tuple[int, int]], story: frozenset[str] = frozenset()
) -> list[Toponym]:
    """Capitalised names that the NER missed, in a place context, known to the gazetteer.

    After a weak cue ("at X", "between X and Y") a town needs 100,000 people, or 5,000 in a country
    the story names ("attacked a checkpoint at Bocaranga" in a Central African story)."""
    out: list[Toponym] = []
    cover = _Cover(taken)
    toks = tokens(doc)
    n = len(doc)
    i = 0
    while i < n:
        tok = toks[i]
        if not (tok.is_title or tok.is_upper) or not tok.is_alpha or cover.hits(tok.idx, tok.idx + len(tok)):
            i += 1
            continue
        matched = False
        for length in (4, 3, 2, 1):
            j = i + length
            if j > n or any(not (t.is_title or t.lower_ in ("and", "of", "e")) for t in toks[i:j]):
                continue
            if toks[j - 1].lower_ in ("and", "of", "e"):
                continue
            start, end = toks[i].idx, toks[j - 1].idx + len(toks[j - 1])
            if cover.hits(start, end):
                continue
            text = doc_text(doc)[start:end]
            if fold(text) in _stoplist() or gazetteer.demonym(text):
                continue
            cue = _cued(doc, i, j)
            if cue is None or fold(text) in _NOT_PLACES:
                continue
            cands = [c for c in gazetteer.candidates(text) if c.match != "skeleton"]
            if any(_important(c, cue) or _story_town(c, cue, story) for c in cands):
                s_tok, e_tok = _extend(doc, i, j, gazetteer)
                start, end = toks[s_tok].idx, toks[e_tok - 1].idx + len(toks[e_tok - 1])
                if cover.hits(start, end):
                    s_tok, e_tok = i, j
                    start, end = toks[i].idx, toks[j - 1].idx + len(toks[j - 1])
                text = doc_text(doc)[start:end]
                out.append(Toponym(start, end, text, _hint(doc, s_tok, e_tok), "gazetteer"))
                i = e_tok
                matched = True
                break
        if not matched:
            i += 1
    return out


def _story_town(c: Candidate, cue: str, story: frozenset[str]) -> bool:
    """A town of the story's country, by its own name, after a weak cue."""
    return cue == "weak" and c.country in story and c.primary and c.match == "exact" and _important(c)


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


class _Cover:
    """:func:`_overlaps` against a fixed list of spans, by a mask of the characters they cover.

    Exact for non-empty spans and queries at offsets >= 0; anything else asks :func:`_overlaps`.
    """

    __slots__ = ("_exact", "_mask", "_spans")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._spans = list(spans)
        self._exact = all(0 <= s < e for s, e in self._spans)
        self._mask = bytearray(max((e for _, e in self._spans), default=0) if self._exact else 0)
        if self._exact:
            for s, e in self._spans:
                self._mask[s:e] = b"\x01" * (e - s)

    def hits(self, start: int, end: int) -> bool:
        if not self._exact or not 0 <= start < end:
            return _overlaps(start, end, self._spans)
        return self._mask.find(1, start, end) >= 0


def _non_overlapping(tops: list[Toponym]) -> list[Toponym]:
    out: list[Toponym] = []
    for top in sorted(tops, key=lambda t: (t.start, -(t.end - t.start))):
        if out and top.start < out[-1].end:
            continue
        out.append(top)
    return out


def _focus_words(doc: Doc, gazetteer: Gazetteer) -> Counter[str]:
    """Countries the document is about, from demonyms and adjectives (``Iranian``)."""
    votes: Counter[str] = Counter()
    covered: list[tuple[int, int]] = []
    text = doc_text(doc)
    for ent in doc_ents(doc):
        code = gazetteer.demonym(text[ent.start_char : ent.end_char])  # ``ent.text`` builds its Tokens
        if code:
            votes[code] += 1
        covered.append((ent.start_char, ent.end_char))
    cover = _Cover(covered)
    for m in _CAP_WORD.finditer(text):
        if not cover.hits(m.start(), m.end()):
            code = gazetteer.demonym(m.group())
            if code:
                votes[code] += 1
    return votes


def _focus_from_text(text: str, gazetteer: Gazetteer) -> Counter[str]:
    votes: Counter[str] = Counter()
    for m in _CAP_WORD.finditer(text):
        code = gazetteer.demonym(m.group())
        if code:
            votes[code] += 1
    return votes


# -- resolution ----------------------------------------------------------------------------


def resolve_spans(
    text: str, spans: Sequence[tuple[int, int]], gazetteer: Gazetteer, *, doc: Doc | None = None
) -> list[Place]:
    """Resolve exactly the given character spans of ``text`` (gold toponym scoring)."""
    tops = []
    for start, end in spans:
        after = text[end : end + 12].lstrip().split(" ", 1)[0].strip(".,;:").lower()
        before = text[max(0, start - 12) : start].rstrip().lower()
        hint = _AFTER.get(after)
        if hint is None and before.endswith(" of"):
            word = before[:-3].rsplit(" ", 1)[-1]
            hint = _BEFORE.get(word)
        tops.append(Toponym(start, end, text[start:end], hint, "span"))
    focus = _focus_words(doc, gazetteer) if doc is not None else _focus_from_text(text, gazetteer)
    return resolve_toponyms(text, tops, gazetteer, focus=focus)


def resolve_toponyms(
    text: str,
    toponyms: Sequence[Toponym],
    gazetteer: Gazetteer,
    *,
    focus: Counter[str] | None = None,
) -> list[Place]:
    """Places for ``toponyms`` (kept in their order), resolved with document context."""
    toponyms = [_with_context_hints(text, t) for t in toponyms]
    cands = [_candidates(t, gazetteer, text) for t in toponyms]
    base: Counter[str] = Counter(focus or {})
    # Pass 1: countries named and places with one plausible country give the focus;
    # a name never votes for itself ("Lebanon" the town does not make Lebanon the focus).
    own: dict[str, Counter[str]] = {}
    for top, cs in zip(toponyms, cands, strict=True):
        if not cs:
            continue
        best = max(cs, key=lambda c: _prior(c, top))
        countries = {c.country for c in cs if c.primary and c.match == "exact"}
        mine = own.setdefault(fold(top.text), Counter())
        if best.feature == "country" and best.country:
            if not any(c.primary and c.feature != "country" for c in cs):  # "Georgia" is not sure
                mine[best.country] = 2
        elif len(countries) == 1 and best.country is not None and best.country in countries:
            mine[best.country] = 1
    all_votes = base + sum(own.values(), Counter())
    # the story names a country or its people ("Bolivian", "Bolivia"), not only towns
    names_country = any(v > 0 for v in base.values()) or any(2 in mine.values() for mine in own.values())

    keys = [fold(t.text) for t in toponyms]
    vote_memo: dict[str, Counter[str]] = {}

    def votes_for(key: str) -> Counter[str]:
        votes = vote_memo.get(key)
        if votes is None:
            votes = vote_memo[key] = all_votes - own.get(key, Counter())
        return votes

    # Pass 2: a first choice per toponym, then pass 3 rescores with the others' choices. A repeated
    # name with the same designator and candidates gets the same choice: ranked once.
    first_memo: dict[tuple[object, ...], Candidate] = {}
    first: list[Candidate | None] = []
    for top, cs, key in zip(toponyms, cands, keys, strict=True):
        if not cs:
            first.append(None)
            continue
        memo = (top.text, top.hint, top.local, *map(id, cs))
        if memo not in first_memo:
            first_memo[memo] = _ranked(cs, top, votes_for(key), gazetteer)[0]
        first.append(first_memo[memo])
    # countries of the other names' first choices, one vote per distinct name
    chosen: dict[str, str] = {
        fold(toponyms[j].text): c.country for j, c in enumerate(first) if c is not None and c.country
    }
    # the provinces each distinct name could be in ("Columbus", "Norfolk" and "Platte
    # County" can all be in Nebraska): a province shared by the other names is the story's
    support: dict[tuple[str | None, str | None], set[str]] = {}
    for top, cs in zip(toponyms, cands, strict=True):
        for c in cs:
            if c.admin1_code and c.match != "skeleton" and c.feature in ("admin1", "admin2", "city", "place"):
                support.setdefault((c.country, c.admin1_code), set()).add(fold(top.text))
    n_keys = len({fold(t.text) for t, cs in zip(toponyms, cands, strict=True) if cs})
    # the second-level units each distinct name could be or lie in ("Athens" and
    # "Henderson County" can both be in Henderson County, Texas)
    unit_support: dict[int, set[tuple[str, int]]] = {}  # unit -> (name, place) pairs
    for top, cs in zip(toponyms, cands, strict=True):
        for c in cs:
            if c.admin2_id is None or c.match != "exact":
                continue
            if (c.feature == "admin2" and (c.primary or top.hint == "admin2")) or (
                c.feature == "city" and c.primary
            ):
                unit_support.setdefault(c.admin2_id, set()).add((fold(top.text), c.place_id))
    admin_keys = [
        (fold(toponyms[j].text), (c.country, c.admin1_code))
        for j, c in enumerate(first)
        if c is not None and c.feature == "admin1"
    ]
    places: list[Place] = []
    # the choice depends on the name, its designator, its candidates and the names written next to it
    # (the rest is the same for every mention of one name): a repeated name is scored once
    chosen_memo: dict[tuple[object, ...], Candidate | None] = {}
    for i, (top, cs) in enumerate(zip(toponyms, cands, strict=True)):
        if not cs:
            places.append(_unresolved(top))
            continue
        parent = cands[i + 1] if i + 1 < len(toponyms) and _adjacent(text, top, toponyms[i + 1]) else []
        child = cands[i - 1] if i > 0 and _adjacent(text, toponyms[i - 1], top) else []
        memo = (top.text, top.hint, top.local, len(cs), *map(id, cs), len(parent), *map(id, parent))
        memo += tuple(map(id, child))
        if memo in chosen_memo:
            done = chosen_memo[memo]
            places.append(replace(_unresolved(top), feature="city") if done is None else _place(top, done))
            continue
        key = keys[i]
        votes = votes_for(key)
        chosen_countries = Counter(cc for k, cc in chosen.items() if k != key)
        n_chosen = sum(chosen_countries.values())
        # provinces named elsewhere in the text ("Oklahoma" does not vote for Oklahoma City)
        admin_named = {code for k, code in admin_keys if k != key}
        region_votes: Counter[tuple[str | None, str | None]] = Counter(
            (c.country, c.admin1_code)
            for j, c in enumerate(first)
            if c is not None and c.admin1_code and fold(toponyms[j].text) != key
        )
        region_total = sum(region_votes.values())
        others = list({
            (c.lat, c.lon): c for j, c in enumerate(first)
            if c is not None and c.lat is not None and fold(toponyms[j].text) != key
        }.values())  # fmt: skip
        if top.hint != "city" and any(
            c.feature == "country" and c.primary and c.match == "exact" for c in cs
        ):
            towns = [c for c in cs if c.feature == "city" and c.match != "skeleton"]
            if top.local and towns:
                # "a Palestine man", "Jordan Elementary School"; "a Georgia man" may be the state's
                cs = [c for c in cs if c.feature != "country" and c.match != "skeleton"]
            else:
                cs = [c for c in cs if c.feature in ("country", "admin1")]  # a country name is never a town
        cs = _ranked(cs, top, votes, gazetteer)[:_MAX_CANDIDATES]
        # a town named like a country or province elsewhere ("Wyoming, Delaware") is rarely meant
        unit_name = top.hint != "city" and any(
            c.primary
            and c.match == "exact"
            and (c.feature == "region" or (c.feature in ("country", "admin1") and c.population > 0))
            for c in cs
        )
        # provinces sharing the name: True when matched by an alias ("Basra" of "Basra Governorate")
        namesakes = {(c.country, c.admin1_code): fold(c.name) != key for c in cs if c.feature == "admin1"}
        # (country, admin1) of towns sharing the name: True when it is the town's own name
        town_namesakes: dict[tuple[str | None, str | None], bool] = {}
        for c in cs:
            if c.feature == "city" and c.match != "skeleton":
                town_namesakes[(c.country, c.admin1_code)] = c.primary or town_namesakes.get(
                    (c.country, c.admin1_code), False
                )
        focus_of: dict[str | None, float] = {}  # the country focus, once per country
        pointed = _pointed_countries(cs, votes)

        def score(
            c: Candidate,
            top: Toponym = top,
            parent: list[Candidate] = parent,
            child: list[Candidate] = child,
            others: list[Candidate] = others,
            namesakes: dict[tuple[str | None, str | None], bool] = namesakes,
            admin_named: set[tuple[str | None, str | None]] = admin_named,
            town_namesakes: dict[tuple[str | None, str | None], bool] = town_namesakes,
            region_votes: Counter[tuple[str | None, str | None]] = region_votes,
            region_total: int = region_total,
            votes: Counter[str] = votes,
            chosen_countries: Counter[str] = chosen_countries,
            n_chosen: int = n_chosen,
            key: str = key,
            unit_name: bool = unit_name,
            unit_support: dict[int, set[tuple[str, int]]] = unit_support,
            focus_of: dict[str | None, float] = focus_of,
            pointed: frozenset[str] = pointed,
        ) -> float:
            s = _prior(c, top)
            ctx = focus_of.get(c.country)
            if ctx is None:
                ctx = focus_of[c.country] = _focus(c, votes, gazetteer)  # the same for a country's places
            if n_chosen and c.country is not None:
                ctx += _CHOSEN_WEIGHT * chosen_countries[c.country] / n_chosen  # where the other places are
            # the story's province and neighbourhood: correlated signals, capped together
            local = 0.0
            if n_keys > 1 and c.feature in ("admin1", "city", "admin2", "place"):
                shared = len(support.get((c.country, c.admin1_code), set()) - {key})
                local += _SUPPORT_WEIGHT * shared / (n_keys - 1)
            if c.admin2_id is not None and any(
                k != key and pid != c.place_id for k, pid in unit_support.get(c.admin2_id, ())
            ):
                local += _UNIT_WEIGHT  # not the same place by another name ("Oklahoma City")
            if region_total and c.feature in ("city", "admin2", "place"):
                local += 2.0 * region_votes[(c.country, c.admin1_code)] / region_total
            if c.feature in ("city", "admin2", "place") and (c.country, c.admin1_code) in admin_named:
                local += 2.0
            if c.lat is not None and c.lon is not None and others:
                local += _nearness(c.lat, c.lon, others)
            s += ctx + min(local, _LOCAL_CAP)
            if (
                c.feature == "city"
                and c.match != "skeleton"
                and c.population >= _NAMESAKE_TOWN
                and top.hint != "admin1"
                and (c.country, c.admin1_code) in namesakes
                and (c.primary or namesakes[(c.country, c.admin1_code)])
            ):
                s += 2.5  # "Isfahan" is the city more often than its province
            if (
                c.feature == "admin2"
                and top.hint != "admin2"
                and (c.country, c.admin1_code) in town_namesakes
                and (c.primary or town_namesakes[(c.country, c.admin1_code)])
            ):
                s -= 2.5  # a town is meant more often than the district named after it
            if c.feature == "admin2" and c.country and c.admin1_code:
                # namesake counties: the one in the more populous province
                s += 0.05 * math.log10(gazetteer.province_population(c.country, c.admin1_code) + 10)
            if unit_name and c.feature == "city" and c.population < _BIG_TOWN:
                s -= 2.0
            if _unpointed_province(c, pointed, votes, chosen_countries):
                s -= _UNPOINTED_PROVINCE
            if any(_contains(p, c) for p in parent):
                s += 6.0
            if any(_contains(c, ch) for ch in child):
                s += 3.0
            return s

        best = max(cs, key=score)
        if _stray_town(best, votes, chosen_countries, names_country=names_country):
            chosen_memo[memo] = None
            places.append(replace(_unresolved(top), feature="city"))  # a town's name, not located
            continue
        chosen_memo[memo] = best
        places.append(_place(top, best))
    places = [
        _in_town(p, places, gazetteer, text) if top.source == "facility" and p.geonames_id is None else p
        for top, p in zip(toponyms, places, strict=True)
    ]
    return _with_written_countries(text, places)


def _with_written_countries(text: str, places: Sequence[Place]) -> list[Place]:
    """Unplaced names given the country written right after one of their mentions, at every mention.

    "NORTH MITROVICA, Kosovo, July 2" puts the North Mitrovica the gazetteer does not know (and
    each later "North Mitrovica") in Kosovo; a country followed by "'s" opens a clause of its own
    ("in Nasir, Sudan's army said").
    """
    countries = {p.start_char: p.country for p in places if p.feature == "country" and p.country}
    unplaced = {fold(p.text): p.text for p in places if p.geonames_id is None and p.country is None}
    if not countries or not unplaced:
        return list(places)
    written: dict[str, str] = {}
    for key, name in unplaced.items():
        for m in re.finditer(re.escape(name) + r"(?:,\s{1,2}|\s+in\s+)", text, re.IGNORECASE):
            code = countries.get(m.end())
            if code is not None and not _possessive_at(text, m.end()):
                written[key] = code
                break
    if not written:
        return list(places)
    return [
        replace(p, country=written[fold(p.text)])
        if p.geonames_id is None and p.country is None and fold(p.text) in written
        else p
        for p in places
    ]


def _possessive_at(text: str, start: int) -> bool:
    """The name starting at ``start`` is followed by "'s" ("Sudan's army")."""
    m = re.match(r"[\w.-]+(?:\s+[A-Z][\w.-]*)*", text[start:])
    return m is not None and text.startswith(("'s", "’s"), start + m.end())


def _stray_town(
    c: Candidate, votes: Counter[str], chosen: Counter[str], *, names_country: bool = True
) -> bool:
    """A village abroad that nothing else in the story points to: the text names no place and no
    people of its country while it does name another ("fuel queues in La Paz and El Alto" in a
    Bolivian story, with no El Alto of Bolivia in the gazetteer, is not Peru's El Alto; "blocked
    roads in the Andes" is not the Colombian town). Left unresolved rather than put in that country.
    A place abroad found by a variant or alternate name, not its own ("Lin" for Lynn,
    Massachusetts; "Taima" for Taymā'), needs the same support unless it is a city of a million; one
    found only by its consonants needs it however big ("Ulang" in a South Sudanese story is not
    Lüliang, China). A story that names no country at all (local news) leaves only villages of
    fewer than 20,000 people unplaced: a town abroad there is meant more often."""
    return (
        (
            (c.feature == "city" and c.population < (_STRAY_TOWN if names_country else _STRAY_VILLAGE))
            or (
                c.feature in ("city", "admin2", "admin1")
                and (c.match == "skeleton" or (not c.primary and c.population < _STRAY_ALIAS))
            )
        )
        and c.country is not None
        and votes[c.country] <= 0
        and chosen[c.country] == 0
        and (sum(v for v in votes.values() if v > 0) > 0 or sum(chosen.values()) > 0)
    )


def _pointed_countries(cands: Sequence[Candidate], votes: Counter[str]) -> frozenset[str]:
    """Countries of a name's own-named entries that the story points to (names them or their people)."""
    return frozenset(
        c.country for c in cands if c.country and c.match == "exact" and c.primary and votes[c.country] > 0
    )


def _unpointed_province(
    c: Candidate, pointed: frozenset[str], votes: Counter[str], chosen: Counter[str]
) -> bool:
    """A province or district abroad that nothing in the story points to, while a namesake lies in a
    country the story names: "solidarity with Palestinians in Gaza" is not Mozambique's Gaza province."""
    return (
        c.feature in ("admin1", "admin2")
        and c.country is not None
        and votes[c.country] <= 0
        and chosen[c.country] == 0
        and bool(pointed - {c.country})
    )


def _in_town(
    site: Place, places: Sequence[Place], gazetteer: Gazetteer | None = None, text: str = ""
) -> Place:
    """A street, square or prison the gazetteer does not know, in the nearest town named.

    It takes the country and province of a town named in its own sentence ("Tahrir Square in
    Cairo"), else of the country most of the text's places are in ("Rustaveli Avenue" in a story
    from Tbilisi is in Georgia), else of the town named last before it; but no coordinates: the
    gazetteer has no point for it.
    """
    towns = [p for p in places if p.feature == "city" and p.geonames_id is not None]
    if text:
        lo = max(text.rfind(". ", 0, site.start_char), text.rfind("\n", 0, site.start_char)) + 1
        hi = min(
            (i for i in (text.find(". ", site.end_char), text.find("\n", site.end_char)) if i >= 0),
            default=len(text),
        )
        near = [p for p in towns if lo <= p.start_char < hi]
        if near:
            before = [p for p in near if p.end_char <= site.start_char]
            town = before[-1] if before else near[0]
            return replace(site, feature="place", country=town.country, admin1=town.admin1)
    counts = Counter(p.country for p in places if p.country)
    top = counts.most_common(2)
    if top and (len(top) == 1 or top[0][1] > top[1][1]):
        return replace(site, feature="place", country=top[0][0])
    if not towns:
        return replace(site, feature="place", country=None)
    before = [p for p in towns if p.end_char <= site.start_char]
    town = before[-1] if before else towns[0]
    return replace(site, feature="place", country=town.country, admin1=town.admin1)


# Words after a name that make it a town's: its people, schools and council.
_LOCAL_AFTER = re.compile(
    r"\s+(?:man|woman|men|women|boy|girl|teen|teenager|resident|residents|native"
    r"|high school|middle school|elementary|junior high|city council|city manager|city hall"
    r"|civic center|public library|fire department|police department|school district"
    r"|independent school district|mayor)\b",
    re.IGNORECASE,
)
# "Jane Doe, 44, Palestine," : the town a person in a list lives in.
_AGE_BEFORE = re.compile(r"[a-z],\s+\d{1,3},\s+$")
# A list before a plural designator: "Clarke, Madison, Oconee and Oglethorpe counties".
_PLURAL_AFTER: dict[str, PlaceFeature] = {
    "counties": "admin2",
    "parishes": "admin2",
    "boroughs": "admin2",
    "districts": "admin2",
    "provinces": "admin1",
    "states": "admin1",
    "governorates": "admin1",
    "oblasts": "admin1",
}
_LIST_AFTER = re.compile(
    r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}){0,8}"
    r"\s+(" + "|".join(_PLURAL_AFTER) + r")\b"
)


def _with_context_hints(text: str, top: Toponym) -> Toponym:
    """``top`` with the designator of a list it belongs to, and whether it is a town's name."""
    hint = top.hint
    if hint is None:
        m = _LIST_AFTER.match(text, top.end)
        # one of a list: items follow, or it is the last ("Anderson and Cherokee counties")
        if m and (
            text[top.end : m.start(1)].strip()
            or re.search(r"(?:,|\band|\bor|&)\s+$", text[max(0, top.start - 5) : top.start])
        ):
            hint = _PLURAL_AFTER[m.group(1)]
    local = top.local or bool(_LOCAL_AFTER.match(text, top.end))
    if (
        not local
        and text[top.end : top.end + 1] == ","
        and _AGE_BEFORE.search(text, max(0, top.start - 10), top.start)
    ):
        local = True
    if hint == top.hint and local == top.local:
        return top
    return replace(top, hint=hint, local=local)


def _ranked(
    cands: list[Candidate], top: Toponym, votes: Counter[str], gazetteer: Gazetteer
) -> list[Candidate]:
    """Candidates by prior and country focus, best first."""
    focus: dict[str | None, float] = {}  # the focus depends on the country only: once per country

    def key(c: Candidate) -> float:
        f = focus.get(c.country)
        if f is None:
            f = focus[c.country] = _focus(c, votes, gazetteer)
        return -(_prior(c, top) + f)

    return sorted(cands, key=key)


def _candidates(top: Toponym, gazetteer: Gazetteer, text: str = "") -> list[Candidate]:
    if top.source == "span":
        # a given span may be a demonym ("Iranian", "European"): its country or continent
        code = gazetteer.demonym(top.text) or gazetteer.demonym(top.text.rstrip("s"))
        country = gazetteer.country(code) if code else None
        if country is not None:
            return [country]
        continent = _CONTINENT_DEMONYMS.get(fold(top.text).rstrip("s"))
        if continent:
            return [c for c in gazetteer.candidates(continent) if c.feature == "region"]
    if top.source == "facility":
        return [c for c in gazetteer.candidates(top.text) if c.feature == "place" and c.match != "skeleton"]
    found = [c for c in gazetteer.candidates(top.text) if not _bare_abbreviation(c, top, text)]
    if top.source == "span" and not any(c.match != "skeleton" for c in found):
        found = _demonym_stem(top.text, gazetteer) or _inner_place(top.text, gazetteer) or found
    elif top.source == "span" and not any(
        c.match != "skeleton" and (c.feature != "city" or c.population >= _ADJECTIVE_TOWN) for c in found
    ):
        found = _demonym_stem(top.text, gazetteer) or found  # "English": England, not English, Indiana
    return found


def _bare_abbreviation(c: Candidate, top: Toponym, text: str) -> bool:
    """A province matched by a short abbreviation written without its period.

    "Miss" and "La" are words; "Miss." and "La." are Mississippi and Louisiana.
    Capitals ("NSW", "BC") are acronyms and stay.
    """
    if c.feature != "admin1" or len(top.text) > 4 or top.text.isupper() or top.text.endswith("."):
        return False
    return fold(c.name) != fold(top.text) and text[top.end : top.end + 1] != "."


# Endings of demonyms and the endings of the names they come from:
# "Ohioans" Ohio, "South Ossetian" South Ossetia, "Ontarians" Ontario, "Sicilian" Sicily.
_DEMONYM_ENDINGS = (
    ("ians", ("ia", "io", "y", "")),
    ("ian", ("ia", "io", "y", "")),
    ("ans", ("a", "o", "")),
    ("an", ("a", "o", "")),
    ("ese", ("", "a")),
    ("ish", ("and", "istan")),
    ("is", ("",)),
    ("i", ("",)),
)


def _demonym_stem(text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """The country, province or region a demonym given as a span names ("Ohioans", "Siberian")."""
    key = fold(text)
    for ending, bases in _DEMONYM_ENDINGS:
        if not key.endswith(ending) or len(key) < len(ending) + 3:
            continue
        for base in bases:
            cands = [
                c
                for c in gazetteer.candidates(key[: -len(ending)] + base)
                if c.feature in ("country", "admin1", "region") and c.primary and c.match == "exact"
            ]
            if cands:
                return cands
    return []


def _inner_place(text: str, gazetteer: Gazetteer) -> list[Candidate]:
    """The known place a longer given span is named after ("Colorado State University").

    Longer parts first; among parts of one length, a country, region or province
    before a town ("Bank of Mexico" is Mexico's, not a town called Bank), a bigger town
    before a smaller one, and an
    adjective names its country or continent ("European Investment Bank").
    """
    words = text.split()
    for size in range(len(words) - 1, 0, -1):
        found: list[list[Candidate]] = []
        for i in range(len(words) - size + 1):
            part = " ".join(words[i : i + size])
            if not part[:1].isupper() or fold(part) in _NOT_PLACES or fold(part) in _stoplist():
                continue
            code = gazetteer.demonym(part)
            country = gazetteer.country(code) if code else None
            continent = _CONTINENT_DEMONYMS.get(fold(part))
            if country is not None:
                found.append([country])
                continue
            if continent:
                found.append([c for c in gazetteer.candidates(continent) if c.feature == "region"])
                continue
            cands = [
                c
                for c in gazetteer.candidates(part)
                if c.match == "exact"
                and c.primary
                and (c.feature != "city" or c.population >= _GAZ_MIN_POPULATION)
                and (c.feature != "admin1" or c.population > 0)
            ]
            if cands:
                found.append(cands)
        found = [f for f in found if f]
        if found:
            return min(found, key=lambda cs: min((_LEVEL[c.feature], -c.population) for c in cs))
    return []


# A great circle is at least as long as its difference in latitude: 6371 km * pi / 180 per degree.
_KM_PER_DEGREE_LAT = 111.19


def _nearness(lat: float, lon: float, others: Sequence[Candidate]) -> float:
    """2.0 when the nearest of ``others`` (by :func:`_km`) is under 50 km, 1.0 under 200 km, else 0.0.

    An other more than 1.88 degrees of latitude away is over 209 km away and cannot decide it, and
    the first under 50 km does: most pairs need no trigonometry.
    """
    nearest = math.inf
    for o in others:
        if abs(o.lat - lat) * _KM_PER_DEGREE_LAT > 209:  # type: ignore[operator]
            continue
        d = _km(lat, lon, o.lat, o.lon)  # type: ignore[arg-type]
        if d < 50:
            return 2.0
        nearest = min(nearest, d)
    return 1.0 if nearest < 200 else 0.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _prior(c: Candidate, top: Toponym) -> float:
    """How likely ``c`` is meant, before document context."""
    if c.feature == "city":
        s = math.log10(c.population + 10)
    elif c.feature == "admin1" and c.population == 0:
        s = _LEVEL_SCORE["admin2"] - 1.0  # a parish of Bermuda is not a province of Iran
    elif c.feature == "admin2" and c.population == 0 and c.lat is None:
        s = _LEVEL_SCORE["admin2"] - _EMPTY_UNIT  # no town of 500 people in it: a rural district
    else:
        s = _LEVEL_SCORE.get(c.feature, 4.0)
    if c.capital:
        s += 2.5
    if c.feature == "city" and len(top.text) <= 4 and top.text.isupper():
        s -= 3.0  # "EU", "UK", "DRC": acronyms name countries and regions, not towns
    if c.match == "skeleton":
        s -= 3.0
    elif c.primary:
        s += 1.5
    elif c.feature != "city":
        s -= 1.0
    else:
        s -= 0.5
    if top.hint is not None:
        if c.feature == top.hint:
            s += 5.0
        elif top.hint == "city" and c.feature == "country":
            s -= 5.0
    return s


def _focus(c: Candidate, votes: Counter[str], gazetteer: Gazetteer) -> float:
    """Country focus: the share of the document's country votes, half for a neighbour's."""
    total = sum(votes.values())
    if not total or c.country is None:
        return 0.0
    near = sum(votes[n] for n in gazetteer.neighbours(c.country))
    return (5.0 * votes[c.country] + 2.0 * near) / (total + _FOCUS_PRIOR)


def _contains(parent: Candidate, child: Candidate) -> bool:
    if parent.feature == "country":
        return child.feature != "country" and child.country == parent.country
    if parent.feature == "admin1":
        return (
            child.feature in ("city", "admin2", "place")
            and child.country == parent.country
            and child.admin1_code == parent.admin1_code
        )
    return False


def _adjacent(text: str, first: Toponym, second: Toponym) -> bool:
    """``first, second`` as in "Zahedan, Sistan and Baluchestan" or "Springfield, Ill."."""
    between = text[first.end : second.start]
    return between.strip() in (",", "in") and len(between) <= 4


def _place(top: Toponym, c: Candidate) -> Place:
    return Place(
        text=top.text,
        start_char=top.start,
        end_char=top.end,
        name=c.name,
        geonames_id=c.geonames_id,
        lat=c.lat if c.feature not in ("country", "admin1") else None,
        lon=c.lon if c.feature not in ("country", "admin1") else None,
        country=c.country,
        admin1=c.name if c.feature == "admin1" else c.admin1,
        feature=c.feature,
        precision=c.precision,
    )


def _unresolved(top: Toponym) -> Place:
    return Place(
        text=top.text,
        start_char=top.start,
        end_char=top.end,
        name=None,
        geonames_id=None,
        lat=None,
        lon=None,
        country=None,
        admin1=None,
        feature=top.hint,
        precision=None,
    )
