"""Ranking a toponym's gazetteer candidates: the prior of a candidate, the document's country focus,
distances, containment, the candidates of a given span (demonyms, inner places), and the tests for
a town or province abroad nothing in the story points to.

Split from :mod:`.places`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..nlp.text import ents as doc_ents
from .gazetteer import _LEVEL, Candidate, Gazetteer
from .gazetteer_names import fold
from .places_cues import _GAZ_MIN_POPULATION
from .places_toponyms import _NOT_PLACES, Toponym, _Cover, _stoplist

if TYPE_CHECKING:
    from spacy.tokens import Doc


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


_ADJECTIVE_TOWN = 10_000  # a given adjective names a country or province, not a village this small
_STRAY_TOWN = 200_000  # a town abroad smaller than this needs its country named in the story
_STRAY_VILLAGE = 20_000  # the same, in a story that names no country at all (US local news)


_STRAY_ALIAS = 1_000_000  # a place abroad found by another of its names needs its country named


_CAP_WORD = re.compile(r"[A-Z][\w'’.-]*")


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


def _abroad_of_parent(c: Candidate, home: Candidate | None, votes: Counter[str]) -> bool:
    """A town abroad written inside a place of another country ("near Lido beach in Somalia's
    capital", "Cocoa Beach, Kenya"): the name's only entries lie elsewhere (a namesake resort in New
    York), the place written around it says where it is, when the story points there more than to
    the town's country. Left unresolved rather than put abroad; a big city keeps its entry."""
    return (
        home is not None
        and home.country is not None
        and c.country is not None
        and c.country != home.country
        and c.feature in ("city", "place", "admin2")
        and c.population < _STRAY_TOWN
        and votes[home.country] > votes[c.country]
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
