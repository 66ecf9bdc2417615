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
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..nlp.text import ents as doc_ents
from ..records import Actor, Place, PlaceFeature
from .gazetteer import Candidate, Gazetteer, InMemoryGazetteer
from .gazetteer_build import build_gazetteer
from .gazetteer_names import fold
from .places_cues import _AFTER, _BEFORE
from .places_names import (
    _ODD_LABELS,
    _before_known_place,
    _from_entity,
    _from_mislabelled,
    _gazetteer_matches,
    _listed_towns,
    _name_after_in,
    _repeats,
    _story_countries,
    _wordy_date,
)
from .places_ranking import (
    _abroad_of_parent,
    _adjacent,
    _candidates,
    _contains,
    _focus,
    _focus_from_text,
    _focus_words,
    _nearness,
    _pointed_countries,
    _prior,
    _ranked,
    _stray_town,
    _unpointed_province,
)
from .places_sites import (
    _PART_HEADS,
    _bodies_as_sites,
    _facility_matches,
    _march_starts,
    _named_communities,
    _named_quarters,
    _numbered_sites,
    _seats_as_sites,
    _towns_quarters,
    community_place,
)
from .places_toponyms import _MAYBE_LABELS, _NUMERIC_LABELS, _PLACE_LABELS, Toponym, _known, _overlaps
from .places_vetoes import (
    _VEHICLE_AFTER,
    _bare_name_place,
    _credited,
    _credited_names,
    _person_words,
    _personal,
    _someones,
    _vetoed,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "Candidate",
    "Gazetteer",
    "InMemoryGazetteer",
    "find_places",
    "find_toponyms",
    "load_gazetteer",
    "resolve_spans",
    "resolve_toponyms",
]

_CHOSEN_WEIGHT = 3.0  # the share of the other names' first choices in a candidate's country
_SUPPORT_WEIGHT = 3.0  # the share of the other names that could be in a candidate's province
_UNIT_WEIGHT = 2.5  # another name could be the candidate's second-level unit, or a town in it
_LOCAL_CAP = 5.0  # most the story's province and neighbourhood add to a candidate
_MAX_CANDIDATES = 60  # rescored with document context, best by prior first
_BIG_TOWN = 100_000  # a town smaller than this named like a province or region is rarely meant
_NAMESAKE_TOWN = 20_000  # a town this big is meant more often than its namesake province


_UNPOINTED_PROVINCE = 2.0  # a province abroad the story never points to, with a namesake where it does


def load_gazetteer(cache_dir: Path, additions: Sequence[Path] = ()) -> Gazetteer:
    """Open the gazetteer index in ``cache_dir``, building it first if missing or stale."""
    return Gazetteer.open(build_gazetteer(cache_dir, additions))


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


# the word of a people or a faith, which the tagger also labels NORP ("Kurdish", "Arab", "Shia"); a
# quarter's own name it labels so ("the Thongpiny area") is none of these
_PEOPLES_WORD = re.compile(
    r"(?:ish|ian|ese|ite|ic|i|[^aeiou]an)$|^(?:Arab|Baluch|Kurd|Shia|Sunni|Druze|Muslim|Christian|Jewish)$"
)


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
    widened: dict[tuple[int, int], tuple[int, int]] = {}  # a toponym's span -> the entity span it took
    for ent in (part for e in doc_ents(doc) for part in _lines_of(e)):
        if ent.label_ in _PLACE_LABELS:
            top = _from_entity(ent, gazetteer)
        elif ent.label_ in _MAYBE_LABELS:
            top = _from_mislabelled(ent, gazetteer)
            if top is None and ent.label_ in ("PERSON", "ORG"):
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
        if (
            top.source == "ner"
            and community_place(text, top.start, top.end)
            and not _known(top.text, gazetteer)
        ):
            top = replace(top, source="facility")  # "raided the Temucuicui community": a village, a site
        found.append(top)
        taken.append((min(top.start, ent.start_char), max(top.end, ent.end_char)))
        widened[(top.start, top.end)] = taken[-1]
    story = _story_countries(doc, gazetteer, found)
    for top in _gazetteer_matches(doc, gazetteer, taken, story):
        if not _vetoed(top, text, vetoes, gazetteer):
            found.append(top)
            taken.append((top.start, top.end))
    for top in _repeats(doc, gazetteer, found, taken):
        if not _vetoed(top, text, vetoes, gazetteer):
            found.append(top)
            taken.append((top.start, top.end))
    # a name of a list of towns is a town even inside an actor's span ("Gyumri, Vanadzor" as one ORG)
    for top in _listed_towns(doc, gazetteer, found, story):
        found.append(top)
        taken.append((top.start, top.end))
    persons = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "PERSON"]
    norp = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "NORP"]
    quarters, towns = _named_quarters(text, [*taken, *norp], gazetteer)
    owners = [(t.start, t.end) for t in found]
    quarters += _towns_quarters(
        text, owners, [*taken, *norp, *((q.start, q.end) for q in quarters)], gazetteer
    )
    quarters += _named_communities(
        text, [*taken, *norp, *persons, *((q.start, q.end) for q in quarters)], gazetteer
    )
    # the march's own words make its start a site, whatever the tagger called the name
    quarters += _march_starts(text, [*taken, *((q.start, q.end) for q in quarters)], gazetteer)
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
    # a weak name found inside a longer entity took the entity's span ("Litoral" of the ORG "the
    # Litoral Penitentiary"): that span gives way too
    weak |= {widened[w] for w in weak if w in widened}
    parts = [(q.start, q.end) for q in quarters]
    for top in _facility_matches(text, [*(s for s in taken if s not in weak), *towns, *parts], persons):
        if (
            top.text.rsplit(None, 1)[-1] in _PART_HEADS
            and _overlaps(top.start, top.end, norp)
            and _PEOPLES_WORD.search(top.text.split()[0])
        ):
            continue  # "the Kurdish area of the city": a people's part, no named quarter
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


def _lines_of(ent: SpacySpan) -> list[SpacySpan]:
    """An entity cut at its line breaks: the tagger runs a headline's last name into the dateline below
    it ("… march in Gaborone" over "GABORONE, Nov 24 -" as one place)."""
    doc = ent.doc
    breaks = [t.i for t in ent if t.is_space and "\n" in t.text]
    if not breaks:
        return [ent]
    from spacy.tokens import Span

    out = []
    start = ent.start
    for b in [*breaks, ent.end]:
        if b > start:
            out.append(Span(doc, start, b, label=ent.label_))
        start = b + 1
    return out


def _non_overlapping(tops: list[Toponym]) -> list[Toponym]:
    out: list[Toponym] = []
    for top in sorted(tops, key=lambda t: (t.start, -(t.end - t.start))):
        if out and top.start < out[-1].end:
            continue
        out.append(top)
    return out


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
        home = first[i + 1] if parent else None
        if _stray_town(best, votes, chosen_countries, names_country=names_country) or _abroad_of_parent(
            best, home, votes
        ):
            chosen_memo[memo] = None
            places.append(replace(_unresolved(top), feature="city"))  # a town's name, not located
            continue
        chosen_memo[memo] = best
        places.append(_place(top, best))
    places = _towns_of_town_lists(text, toponyms, cands, places)
    places = [
        _in_town(p, places, gazetteer, text) if top.source == "facility" and p.geonames_id is None else p
        for top, p in zip(toponyms, places, strict=True)
    ]
    return _with_written_countries(text, places)


_LIST_JOINS = (" and ", " or ", ", and ", ", or ")


def _towns_of_town_lists(
    text: str, toponyms: Sequence[Toponym], cands: Sequence[Sequence[Candidate]], places: list[Place]
) -> list[Place]:
    """A province or district named like its own chief town, listed with towns ("clashes in Baucau and
    Maliana", "in Dili, Baucau and Maliana"), is the town, at every mention of the name: a list joins
    names of one kind. Not a name written with its designator ("Baucau district"), and not "X, Y" alone,
    which reads as a town and its province."""

    def joined(i: int, j: int) -> bool:
        a, b = (i, j) if i < j else (j, i)
        between = text[toponyms[a].end : toponyms[b].start]
        if between in _LIST_JOINS:
            return True
        # "Dili, Baucau and Maliana": a comma inside a list that an "and" or "or" closes
        nxt = b + 1
        return (
            between == ", "
            and nxt < len(toponyms)
            and text[toponyms[b].end : toponyms[nxt].start] in _LIST_JOINS
        )

    towns: dict[str, Candidate] = {}
    for i, (top, p) in enumerate(zip(toponyms, places, strict=True)):
        if p.feature not in ("admin1", "admin2") or top.hint is not None or p.country is None:
            continue
        if not any(
            0 <= j < len(places)
            and places[j].feature == "city"
            and places[j].country == p.country
            and joined(i, j)
            for j in (i - 1, i + 1)
        ):
            continue
        own = next((c for c in cands[i] if c.geonames_id == p.geonames_id), None)
        town = next(
            (
                c
                for c in cands[i]
                if c.feature == "city"
                and c.match == "exact"
                and c.country == p.country
                and own is not None
                and c.admin1_code == own.admin1_code
            ),
            None,
        )
        if town is not None:
            towns[fold(top.text)] = town
    if not towns:
        return places
    out = []
    for top, p in zip(toponyms, places, strict=True):
        town = towns.get(fold(top.text))
        fits = town is not None and p.feature in ("admin1", "admin2") and top.hint is None
        out.append(_place(top, town) if fits and town is not None and p.country == town.country else p)
    return out


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
