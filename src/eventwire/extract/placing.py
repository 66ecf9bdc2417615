"""Places and country of an event: the toponyms of its clause, sentence, paragraph or lead.

Split from :mod:`.binding`; the toponyms themselves are recognised and resolved by
:mod:`eventwire.resolve.places`. Named sites and their anaphors: :mod:`.placing_site_nouns`; the
event's country: :mod:`.placing_countries`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, prose_paragraph
from ..records import Actor, Event, Place, replace
from ..resolve.places_names import town_list_items
from ..resolve.places_sites import march_end, site_cued, way_named
from .binding_magnitudes import in_clause, token_at
from .placing_clauses import _jurisdiction, _sister_clause, _teller_place
from .placing_counts import counted_towns, distinct_names
from .placing_site_nouns import _is_site, _route_end, _site_anaphor, _speaker_site
from .placing_sites import COMMON_SITES, _argument_clause, _common_site, body_named_site
from .syntax import clause_head, kids, segment

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["bind_places", "country_behind", "lead_places", "sites_town", "starts_and_reach"]

PRECISION_RANK = {"point": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4}


# ---------------------------------------------------------------- places


# The last document's own places: every event of a document asks for them with the same lists.
_OWN_CACHE: list[tuple[object, object, object, int, int, list[Place]]] = []


def _own_places(places: Sequence[Place], actors: Sequence[Actor], doc: Doc) -> list[Place]:
    """Places that name where something is, not part of a name ("an Oslo-based group", an actor's name).

    Computed once per (document, places, actors): the result of the last call is kept,
    keyed on those objects' identities and the lists' lengths.
    """
    if _OWN_CACHE:
        c_doc, c_places, c_actors, n_places, n_actors, result = _OWN_CACHE[0]
        same = c_doc is doc and c_places is places and c_actors is actors
        if same and (n_places, n_actors) == (len(places), len(actors)):
            return list(result)
    result = _compute_own_places(places, actors, doc)
    _OWN_CACHE[:] = [(doc, places, actors, len(places), len(actors), result)]
    return list(result)


def starts_and_reach(spans: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """For character ranges sorted by start: their starts, and the furthest end of the ranges starting
    at or before each one — a position ``x`` is inside one of them when ``k = bisect_right(starts, x)``
    is above 0 and ``reach[k - 1] > x`` (overlapping ranges too)."""
    reach: list[int] = []
    for _, end in spans:
        reach.append(max(end, reach[-1]) if reach else end)
    return [start for start, _ in spans], reach


def _compute_own_places(places: Sequence[Place], actors: Sequence[Actor], doc: Doc) -> list[Place]:
    spans = sorted(
        (a.start_char, a.end_char) for a in actors if a.start_char is not None and a.end_char is not None
    )
    starts, reach = starts_and_reach(spans)
    text = doc_text(doc)
    listed = set(town_list_items(text))  # "towns, among them Gyumri, Vanadzor": the tagger's ORG
    out = []
    for p in places:
        i = bisect.bisect_right(starts, p.start_char) - 1
        if (
            i >= 0
            and reach[i] > p.start_char
            and (p.start_char, p.end_char) not in listed
            and not _outruns(p, spans[: i + 1])
            and not _cued_site(p, spans, text)
            and not _cued_full_name(p, spans, text)
            and not _leads(p, actors)
            and not _cued_region(p, spans, text)
            and not _names_someone(p, spans)
            and not _bare_name(p, actors, text)
            and not _quarter_mention(p, spans, text)
        ):
            continue  # inside an actor's name
        if text[p.end_char : p.end_char + 6].lower() == "-based":
            continue
        if _BASED_BEFORE.search(text, max(0, p.start_char - 24), p.start_char):
            continue  # "a group based in Oslo", "who lives in exile in Lithuania": where someone is
        out.append(p)
    return out


def _outruns(p: Place, spans: Sequence[tuple[int, int]]) -> bool:
    """A named site that runs on past every actor mention it starts in: the tagger took "Inside
    Al-Ha'ir" for someone, the site is "Al-Ha'ir prison"."""
    return p.feature == "place" and all(
        end < p.end_char for start, end in spans if start <= p.start_char < end
    )


_BASED_BEFORE = re.compile(r"\b(?:based|headquartered|exile)\s+in\s+(?:the\s+)?$", re.IGNORECASE)

_LOCAL_KINDS = frozenset({"security_forces", "state", "judiciary"})


def _leads(p: Place, actors: Sequence[Actor]) -> bool:
    """The town or province a state body's mention starts with ("Zahedan police", "Tehran
    prosecutors"): where they act, as the place recogniser keeps it; not a place inside another name
    ("Meridian News Service"), and not a country ("Myanmar military troops" names the army)."""
    if p.feature not in ("city", "admin1", "admin2"):
        return False
    covering = [
        a
        for a in actors
        if a.start_char is not None and a.end_char is not None and a.start_char <= p.start_char < a.end_char
    ]
    return bool(covering) and all(
        a.start_char == p.start_char
        and a.end_char is not None
        and p.end_char < a.end_char
        and a.kind in _LOCAL_KINDS
        for a in covering
    )


def _cued_site(p: Place, spans: Sequence[tuple[int, int]], text: str) -> bool:
    """A named site that an actor mention also covers, written where something happened ("inside the
    Hong Kong Polytechnic University", "near the Place de l'Opéra", "near the Pushkinskaya metro
    station" with the name alone taken for a person, "in front of the State Palace" with "the State"
    taken for the state): the building, not the body."""
    covering = [(s, e) for s, e in spans if s <= p.start_char < e]
    return (
        p.feature == "place"
        and p.geonames_id is None
        and bool(covering)
        and all(
            s <= p.start_char and e <= p.end_char and text[s : p.start_char].lower() in ("", "the ")
            for s, e in covering
        )
        and (site_cued(text, p.start_char) or way_named(text, p.start_char, p.text))
    )


def _cued_full_name(p: Place, spans: Sequence[tuple[int, int]], text: str) -> bool:
    """A site the gazetteer knows by a longer name than the words it was found in, which an actor
    mention covers whole, written where something was ("students at Tehran's Amirkabir University of
    Technology staged a sit-in", the place found as "Amirkabir University"): the campus, not the body."""
    if p.feature != "place" or not p.name or " " not in p.name:
        return False
    covering = [(s, e) for s, e in spans if s <= p.start_char < e]
    name = p.name.lower()
    return (
        bool(covering)
        and all(s == p.start_char and text[s:e].lower() == name for s, e in covering)
        and site_cued(text, p.start_char)
    )


def _names_someone(p: Place, spans: Sequence[tuple[int, int]]) -> bool:
    """A place named after someone, whose name alone was taken for an actor ("Khomeini Shahr",
    "Imam Khomeini Square", "Robert Mugabe Road"): every mention covering it lies inside it."""
    covering = [(s, e) for s, e in spans if s <= p.start_char < e]
    return bool(covering) and all(p.start_char <= s and e < p.end_char for s, e in covering)


def _bare_name(p: Place, actors: Sequence[Actor], text: str = "") -> bool:
    """A resolved town or province that an actor mention of no kind covers exactly ("In Thessaloniki,
    some 10,000 people marched" with the name tagged a person): the place recogniser kept it as a
    place in a place context, so it is where something is. Not a possessive ("Malaita's premier
    said"): whose official speaks, not where the event was."""
    covering = [
        a for a in actors if a.start_char is not None and a.start_char <= p.start_char < (a.end_char or 0)
    ]
    return (
        p.geonames_id is not None
        and text[p.end_char : p.end_char + 2] not in ("'s", "’s")
        and p.feature in ("city", "admin1", "admin2")
        and bool(covering)
        and all(
            (a.start_char, a.end_char) == (p.start_char, p.end_char) and a.kind == "unknown" for a in covering
        )
    )


# the kinds of a town's part written after its name ("the Rabieh district", "Kolwa quarter")
_QUARTER_AFTER = re.compile(
    r"\s+(?:district|quarter|neighbou?rhood|area|suburb|township|estate)", re.IGNORECASE
)


def _quarter_mention(p: Place, spans: Sequence[tuple[int, int]], text: str) -> bool:
    """An unresolved part of a town that an actor mention also covers, only with its kind written after
    it ("in Amman's Rabieh district" taken for someone): the quarter, not a body."""
    return (
        p.feature == "place"
        and p.geonames_id is None
        and all(
            s == p.start_char and _QUARTER_AFTER.fullmatch(text, p.end_char, e) is not None
            for s, e in spans
            if s <= p.start_char < e
        )
    )


def _cued_region(p: Place, spans: Sequence[tuple[int, int]], text: str) -> bool:
    """A town, province or country an actor mention also covers, exactly, after "in", "across" or
    "throughout" ("internet has been cut across Amhara"): the land, not its people or state."""
    return (
        p.feature in ("city", "admin1", "admin2", "country")
        and all((s, e) == (p.start_char, p.end_char) for s, e in spans if s <= p.start_char < e)
        and re.search(
            r"\b(?:in|across|throughout|inside)\s+$", text[max(0, p.start_char - 12) : p.start_char]
        )
        is not None
    )


def _quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted stretches of ``text[start:end]`` ("chanting "not in America"" names no place of the event)."""
    return list(_quoted(text, start, end))


@functools.lru_cache(maxsize=1024)  # asked per event of the same sentence
def _quoted(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    found = re.finditer(r"“[^”]*”|\"[^\"]*\"", text[start:end])
    return tuple((start + m.start(), start + m.end()) for m in found)


def _rank(pool: Sequence[Place], near: int | None = None, text: str = "") -> list[Place]:
    order = {id(p): i for i, p in enumerate(pool)}
    inner = _inside_town(pool, text) if text else set()

    def at(p: Place) -> int:
        # among sites, the one written nearest the event ("marched from the Place de la Bastille …
        # and broke away near the Boulevard Beaumarchais, burned scooters")
        return abs(p.start_char - near) if near is not None and p.feature == "place" else order[id(p)]

    def precision(p: Place) -> int:
        if id(p) in inner:
            return PRECISION_RANK["point"]
        if _unplaced_town(p) or (text and _unknown_name(p, text)):
            return PRECISION_RANK["city"]
        return PRECISION_RANK.get(p.precision or "", 5)

    # sites (a street, a square, a prison) first, then by how exact the place is
    return distinct_names(sorted(pool, key=lambda p: (p.feature != "place", precision(p), at(p))))


def country_behind(places: Sequence[Place]) -> list[Place]:
    """A country written after a record's first place goes behind the places it holds: a record
    joined from a title ("Teachers held in Nakuru, Kenya") and its story ("at Afraha Stadium")
    lists the title's town and country before the story's site, and the country, which says least,
    keeps no second place from a town or a site in it (most specific first). A country that leads
    stays: the record is told as the country's ("a nationwide strike")."""
    out = list(places)
    for k in range(len(out) - 1, 0, -1):
        c = out[k]
        if c.feature != "country" or c.country is None:
            continue
        inside = [
            i
            for i, p in enumerate(out)
            if i > k and p.feature != "country" and p.country in (c.country, None)
        ]
        if inside:
            out.insert(inside[-1], out.pop(k))
    return out


def _unknown_name(p: Place, text: str) -> bool:
    """A name the recogniser kept as a place but the gazetteer does not know, with no kind of its own
    ("in Ashulia and Savar", "in the Hamdallaye and Koloma neighbourhoods"): a village or a quarter
    too small for the gazetteer, ranked with the towns (in the order written), not behind a province.
    Not a named area ("the Jiu Valley"), nor a name cut from a longer one ("Karim Fawzy Hassan"), nor a
    name after a possessive ("China's Embassy in Mali")."""
    return (
        p.feature is None
        and p.precision is None
        and p.geonames_id is None
        and _AREA_HEAD.search(p.text) is None
        and _NAME_GOES_ON.match(text, p.end_char) is None
        and _POSSESSIVE.search(text, max(0, p.start_char - 4), p.start_char) is None
    )


# the last word of a named area wider than a village ("the Jiu Valley", "the Nuba Mountains")
_AREA_HEAD = re.compile(
    r"\b(?:valley|mountains?|hills|plains?|desert|delta|basin|region|coast|highlands|plateau|corridor|belt)$",
    re.IGNORECASE,
)
# a possessive straight before the name: a body or building of a named owner, not a place ("China's
# Embassy in Mali", "the ministry's Secretariat")
_POSSESSIVE = re.compile(r"['’]s?\s+$")
# a capitalised word straight after the name: the name goes on ("Karim Fawzy Hassan")
_NAME_GOES_ON = re.compile(r" [A-Z]")


def _unplaced_town(p: Place) -> bool:
    """A town the gazetteer cannot place ("near the town of Koya", or a namesake village abroad)."""
    return p.precision is None and p.feature == "city"


def bind_places(
    head: Token, sent: Span, places: Sequence[Place], actors: Sequence[Actor], *, lead: Sequence[Place] = ()
) -> tuple[list[Place], bool]:
    """Places of the trigger's clause, else its sentence, else the paragraph's latest, else the lead's;
    most specific first; and whether they were inferred (not written in the event's sentence). An
    event told as country-wide ("arrested 112 people across the country", "a nationwide strike")
    has the story's country before any town."""
    bound, inferred = _bind_places(head, sent, places, actors, lead=lead)
    if any(body_named_site(p, places) for p in bound):
        # M23: a site named by the body it houses is no place of the act; its town is, or the places
        # the text gives without it
        kept = [p for p in bound if not body_named_site(p, places)]
        if not kept:
            others = [p for p in places if not body_named_site(p, places)]
            kept, inferred = _bind_places(head, sent, others, actors, lead=lead)
        bound = kept
    if inferred:
        bound = _with_site_town(bound, lead)
    own = _own_places(places, actors, head.doc)
    text = doc_text(head.doc)
    # lazily: the dateline test of each place only runs for an act told over a count of towns
    listed = counted_towns(head, sent, bound, (p for p in own if not _is_dateline(text, p)))
    if listed:
        bound = [*listed, *bound]
    country = _nationwide(head, sent, places, actors)
    if country is None:
        return bound, inferred
    sites = [p for p in bound if _is_site(p)]
    rest = [p for p in bound if not _is_site(p) and (p.name, p.feature) != (country.name, "country")]
    return [*sites, country, *rest], inferred


def _with_site_town(bound: list[Place], lead: Sequence[Place]) -> list[Place]:
    """Sites with no town beside them, taken from the sentences before ("blocked Kamuzu Procession
    Road" and then "police said 31 people had been arrested") are set in the story's town: the lead's
    town follows the sites, when nothing the event names is a town or lies in another country. Only
    for inferred places: two acts written at two sites of one town stay two places for coreference."""
    if not bound or not lead or not all(_is_site(p) or p.precision == "country" for p in bound):
        return bound
    town = lead[0]
    if not (town.precision in ("city", "admin2") or _unplaced_town(town)) or not any(
        _is_site(p) for p in bound
    ):
        return bound
    if any(p.country is not None and p.country != town.country for p in bound):
        return bound
    key = (town.name or town.text).lower()
    if any((p.name or p.text).lower() == key for p in bound):
        return bound
    sites = [p for p in bound if _is_site(p)]
    return [*sites, town, *(p for p in bound if not _is_site(p))]


def sites_town(
    events: Sequence[Event], doc: Doc, places: Sequence[Place], actors: Sequence[Actor]
) -> tuple[Event, ...]:
    """M11/M16: a record whose places are named sites alone ("fired tear gas at marchers on Independence
    Avenue", "taken from his home in the Belém neighbourhood") has the story's town after them: the
    lead's town, when the record names no town and nothing in another country. Applied to the finished
    records, after coreference and the event filter, which read two sites of one town as two places
    (two acts there stay apart)."""
    if not any(e.places and all(_is_site(p) for p in e.places) for e in events):
        return tuple(events)
    lead = lead_places(doc, places, actors)
    out = []
    for e in events:
        if e.places and all(_is_site(p) for p in e.places):
            e = replace(e, places=tuple(_with_site_town(list(e.places), lead)))
        out.append(e)
    return tuple(out)


_NATIONWIDE = re.compile(
    r"\b(?:nationwide|countrywide|(?:across|throughout|all\s+over|around)\s+the\s+(?:country|nation))\b",
    re.IGNORECASE,
)


def _nationwide(head: Token, sent: Span, places: Sequence[Place], actors: Sequence[Actor]) -> Place | None:
    """The story's country (as named in the text) when the event's clause tells it as country-wide."""
    text = doc_text(head.doc)
    m = _NATIONWIDE.search(text, sent.start_char, sent.end_char)
    if m is None:
        return None
    tok = token_at(head.doc, m.start())
    if tok is None or tok.head != head:  # "arrested 112 people across the country", "a nationwide strike"
        return None
    own = _own_places(places, actors, head.doc)
    counts = Counter(p.country for p in own if p.country)
    if not counts:
        return None
    focus = counts.most_common(1)[0][0]
    return next((p for p in own if p.feature == "country" and p.country == focus), None)


def _bind_places(
    head: Token, sent: Span, places: Sequence[Place], actors: Sequence[Actor], *, lead: Sequence[Place] = ()
) -> tuple[list[Place], bool]:
    doc = head.doc
    own = _own_places(places, actors, doc)
    quotes = [
        q for q in _quotes(doc_text(doc), sent.start_char, sent.end_char) if not q[0] <= head.idx < q[1]
    ]
    text = doc_text(doc)
    in_sent = [
        p
        for p in own
        if sent.start_char <= p.start_char < sent.end_char
        and not any(a <= p.start_char < b for a, b in quotes)
    ]
    # the far end of a route ("burned tyres on the main highway to Uganda") is not where the event was
    in_sent = [p for p in in_sent if not _route_end(doc, p) and not _filed_abroad(text, p, own)]
    # the dateline names where the report was filed, the sentence's own places where it happened
    # ("YEREVAN, Nov 10 (Wire) - Police detained 47 people … outside parliament in Yerevan")
    dateline = [p for p in in_sent if _is_dateline(text, p)]
    if dateline:
        written = [p for p in in_sent if p not in dateline]
        near = [p for p in written if (t := token_at(doc, p.start_char)) is not None and in_clause(t, head)]
        near = near or written
        # kept when the event's clause only names its country ("KARACHI — Traders shut their shops
        # across Pakistan"), not when it names a town or another country ("BEIJING — Hong Kong police …")
        if any(
            PRECISION_RANK.get(p.precision or "", 5) < PRECISION_RANK["admin1"] or p.feature == "place"
            for p in near
        ) or (near and all(p.country != d.country for p in near for d in dateline)):
            in_sent = written
    # where the news was told or who told it, not where the event was ("according to a doctor at
    # Mulago hospital", "the minister told a news conference in La Paz")
    # the province of a body that tells it ("the Kurdistan provincial judiciary said …") is none of it;
    # a threat of its own ("… warned that strikers would be dealt with firmly") is the body's to carry out
    threat = _threatened(head)
    in_sent = [p for p in in_sent if threat or not _jurisdiction(doc, p)]
    told = [p for p in in_sent if not _teller_place(doc, p, head)]
    if told:
        in_sent = told
    # where people come from ("migrant workers from Nepal and Kenya downed tools") is not where they acted
    in_sent = [p for p in in_sent if not _origin(doc, p, head)]

    event_clause = clause_head(head)
    clause = [
        p
        for p in in_sent
        if (tok := token_at(doc, p.start_char)) is not None
        and (in_clause(tok, head) or _argument_clause(clause_head(tok), event_clause, participles=True))
    ]
    if not clause and _common_site(head, places, quotes) is None:
        # "said 17 members had been detained and that schools in Port-Gentil remained shut": a place of a
        # sister clause with its own subject tells where that other thing was, not the event (one that
        # names a site by its kind, "died at the airport and … in hospitals in Huamanga", takes its town)
        in_sent = [
            p
            for p in in_sent
            if (tok := token_at(doc, p.start_char)) is None
            or not _sister_clause(clause_head(tok), event_clause)
        ]
    pool = clause or in_sent
    has_site = any(_is_site(p) for p in pool)
    named = None if has_site else _site_anaphor(head, own)
    common = None if has_site or named is not None else _common_site(head, places, quotes)
    if has_site and all(_CAMPUS.search(p.name or p.text) for p in pool if _is_site(p)):
        # "students at Amirkabir University gathered in front of the central library": a building of
        # the campus named, more exact than the campus
        common = _common_site(head, places, quotes)
    site = named or common
    if pool:
        ranked = _rank(pool, head.idx, text)
        local = [p for p in ranked if PRECISION_RANK.get(p.precision or "", 5) < PRECISION_RANK["admin1"]]
        if common is not None and len(local) > 1:
            site = None  # "outside the headquarters … in Dhaka's Rampura area": the named places say more
        return ([site, *ranked] if site is not None else ranked), False
    if named is not None:
        return [named], True  # "gathered outside the main gate of the prison": the prison named before
    told_at = _speaker_site(head, sent, places)
    if told_at is not None:
        return [told_at], True
    context = _context_places(sent, own, lead, text, seats=threat)
    speaker = _speaker_town(sent, places, actors, text)
    if speaker is not None and (_SPEAKER_OVER_PARAGRAPH or not _paragraph_places(sent, own, text)):
        # "Hamadan's prosecutor said anyone who joins the strike would be arrested": the town whose
        # official speaks, when the paragraph names no other place
        context = [speaker]
    kind = _kind_anaphor(sent, own, text) if common is None else None
    if kind is not None:
        # "security forces killed eight protesters in the town": the town named before, not the
        # paragraph's latest place
        return [kind, *(p for p in context if (p.name, p.precision) != (kind.name, kind.precision))], True
    if common is not None:
        # "rallied outside the parliament": the building written here, its town from the context
        return [common, *context], True
    episode = _episode_site(sent, own, context, text)
    if episode is not None:
        # "Officers then used batons on the crowd" after "vendors rallied in Cairo Road in Lusaka":
        # the site the story set the episode at, its town kept after it
        return [episode, *(p for p in context if (p.name or p.text) != (episode.name or episode.text))], True
    return context, True


_CAMPUS = re.compile(r"\b(?:University|Campus|Polytechnic)\b", re.IGNORECASE)


# "in the town", "across the province", "on the outskirts of the city", "In the city, …": a town or
# province written by its kind; not "the town of Koya" (named after it), "the city's mayor", "the city
# council"
_KIND_ANAPHOR = re.compile(
    r"\b(?i:in|into|across|throughout|around|near|outside|inside|to|towards|from|within|of)\s+the\s+"
    r"(?P<kind>city|town|village|province|region)\b"
    r"(?!\s+(?:of|council|councils|hall|authorities|government|administration|governor|police|court"
    r"|officials?|assembly|centre|center)\b)(?!['’]s)(?!-)"
)
_KIND_FEATURES: dict[str, tuple[str, ...]] = {
    "city": ("city",),
    "town": ("city",),
    "village": ("city",),
    "province": ("admin1",),
    "region": ("admin1", "region"),
}


def _kind_anaphor(sent: Span, own: Sequence[Place], text: str) -> Place | None:
    """The town or province a sentence with no place of its own names by its kind ("were detained in
    the town", "an internet shutdown in the province"): the latest one of that kind written before
    (not a dateline); None when the sentence has no such phrase or none was named."""
    m = _KIND_ANAPHOR.search(text, sent.start_char, sent.end_char)
    if m is None:
        return None
    features = _KIND_FEATURES[m.group("kind")]
    before = [
        p
        for p in own
        if p.end_char <= m.start()
        and p.name is not None
        and p.feature in features
        and not _is_dateline(text, p)
    ]
    return before[-1] if before else None


_SPEAKER_OVER_PARAGRAPH = False
# the officials of a town or province written by its possessive ("Hamadan's prosecutor")
_SPEAKER_KINDS = frozenset({"judiciary", "security_forces", "state"})


def _speaker_town(sent: Span, places: Sequence[Place], actors: Sequence[Actor], text: str) -> Place | None:
    """The town or province of the sentence whose official is written by its possessive ("Hamadan's
    prosecutor warned …", "Malaita's premier said"): not where the act told was, but the speaker's
    own town, the place of a sentence that names no other; None when there is none."""
    for p in places:
        if not sent.start_char <= p.start_char < sent.end_char:
            continue
        if p.geonames_id is None or p.feature not in ("city", "admin1", "admin2"):
            continue
        if text[p.end_char : p.end_char + 3] not in ("'s ", "’s "):
            continue
        after = p.end_char + 3
        if any(
            a.start_char is not None and a.start_char == after and a.kind in _SPEAKER_KINDS for a in actors
        ):
            return p
    return None


def _paragraph_places(sent: Span, own: Sequence[Place], text: str) -> bool:
    """The sentence's paragraph names a place (not a dateline) before it."""
    para = text.rfind("\n", 0, sent.start_char) + 1
    return any(para <= p.start_char < sent.start_char and not _is_dateline(text, p) for p in own)


def _threatened(head: Token) -> bool:
    """The act is one still to come or that may come ("would be dealt with firmly", "could face the
    death penalty", "will be arrested"): a modal on its verb, or on the verb whose object it is."""
    verb = head.head if head.pos_ == "NOUN" and head.dep_ in ("dobj", "attr") else head
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in kids(verb))


_MODALS = frozenset({"will", "would", "could", "may", "might", "shall", "can", "'ll", "’ll"})


def _context_places(
    sent: Span, own: Sequence[Place], lead: Sequence[Place], text: str, *, seats: bool = False
) -> list[Place]:
    """The paragraph's latest places before the sentence, else the lead's; ``seats`` keeps a province
    written as the seat of a body that tells the news."""
    doc = sent.doc
    para = text.rfind("\n", 0, sent.start_char) + 1
    # nor is the far end of a route or the country across a border ("goods carried across the border
    # with Iraq. Border guards shot 48 porters last year"), nor the site a march went to ("called on its
    # supporters to march to the National Assembly in Luanda. … the strike would resume")
    before = [
        p
        for p in own
        if para <= p.start_char < sent.start_char
        and not _is_dateline(text, p)
        and not _route_end(doc, p)
        and not (p.feature == "place" and march_end(text, p.start_char, p.end_char))
        and (seats or not _jurisdiction(doc, p))  # "the Kurdistan provincial judiciary said …"
    ]
    if before:
        last = token_at(doc, before[-1].start_char)
        seg = segment(last) if last is not None else None
        latest = [p for p in before if seg is None or seg.start_char <= p.start_char < seg.end_char]
        return _rank(latest, sent.start_char, text)
    if _filed_away(own, lead, text):
        # "NAMANGAN — … order restored in the Kosonsoy district of Namangan region … in the town of
        # Kosonsoy. \n\n Young men threw stones at police": the story is not the dateline town's, so a
        # paragraph that names no place goes on with the latest place the paragraphs before it name
        earlier = _earlier_paragraph_places(sent, own, text)
        if earlier:
            return earlier
    return list(lead)


# "the Kosonsoy district", "Veraguas province", "the town of Pauk": a place named with its kind of area
_AREA_WORD = re.compile(r"\b(?:district|county|township|province|region|state|village|town)\b", re.IGNORECASE)


def _filed_away(own: Sequence[Place], lead: Sequence[Place], text: str) -> bool:
    """The lead gives no town the story is set in: it names none, or it names only the dateline's town
    while its paragraph names another area of the story ("PANAMA CITY — … a blockade of the
    Pan-American Highway in Veraguas province"), and never the dateline's town again ("ASUNCION — …
    marched through the centre of Asuncion") nor only a site of it ("… outside Congress")."""
    if not lead:
        return True
    town = lead[0]
    if len(lead) != 1 or not _is_dateline(text, town):
        return False
    home = (town.name or town.text).lower()
    para_end = text.find("\n", town.start_char)
    para_end = len(text) if para_end < 0 else para_end
    rest = [p for p in own if p is not town and town.end_char <= p.start_char < para_end]
    if any((p.name or p.text).lower() == home and p.precision in ("city", "point", "admin2") for p in rest):
        return False
    return any(
        (p.precision in ("city", "admin2", "admin1") and (p.name or p.text).lower() != home)
        or _AREA_WORD.search(p.text)
        for p in rest
    )


_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s*$")


def _earlier_paragraph_places(sent: Span, own: Sequence[Place], text: str) -> list[Place]:
    """The latest places (not a country, a dateline, a route's far end or a place abroad: "missiles
    fired at bases near Koysinjaq in Iraq" in an Iranian story) of the nearest story paragraph before
    the sentence's that names any: those of the last clause that names them, most specific first."""
    doc = sent.doc
    counts = Counter(p.country for p in own if p.country)
    focus = counts.most_common(1)[0][0] if counts else None
    para = text.rfind("\n", 0, sent.start_char) + 1
    while True:
        end = len(text[:para].rstrip())
        if end <= 0:
            return []
        para = text.rfind("\n", 0, end) + 1
        if not _SENTENCE_END.search(text, para, end):
            continue  # a headline or a byline ("… - Public statement - San José, 25 November")
        before = [
            p
            for p in own
            if para <= p.start_char < end
            and p.precision != "country"
            and p.country == focus
            and not _is_dateline(text, p)
            and not _route_end(doc, p)
        ]
        if before:
            break
    last = token_at(doc, before[-1].start_char)
    seg = segment(last) if last is not None else None
    latest = [p for p in before if seg is None or seg.start_char <= p.start_char < seg.end_char]
    return _rank(latest, sent.start_char, text)


def _episode_site(sent: Span, own: Sequence[Place], context: Sequence[Place], text: str) -> Place | None:
    """The latest site (a square, an avenue, a campus, a prison, a district of a town) written before a
    sentence that names no place, when no other town was named since: where a later act of the same
    episode took place ("Vendors gathered at Central Market in Lusaka … Police beat them").
    None when the context already holds a site or another town came between."""
    if any(_is_site(p) for p in context) or _owns_site(sent):
        return None
    if not any(PRECISION_RANK.get(p.precision or "", 5) < PRECISION_RANK["admin1"] for p in context):
        return None  # told of the country (or of nothing): the story's background, not the episode
    before = [
        p
        for p in own
        if p.end_char <= sent.start_char
        and not _is_dateline(text, p)
        and not (p.feature == "place" and march_end(text, p.start_char, p.end_char))  # where a march went
    ]
    inner = _inside_town(before, text)
    sites = [i for i, p in enumerate(before) if _is_site(p) or id(p) in inner]
    if not sites:
        return None
    k = sites[-1]
    site = before[k]
    if _CARE.search(site.text) or _HEADING.search(text, site.end_char, sent.start_char):
        return None  # where the wounded were taken; a section heading opens another episode
    country = next((p.country for p in context if p.country), None)
    if site.country is not None and country is not None and site.country != country:
        return None
    # the site's own town: the towns of its sentence and of the dateline
    seg = segment(t) if (t := token_at(sent.doc, site.start_char)) is not None else None
    home = {(p.name or p.text).lower() for p in own if _is_dateline(text, p)}
    if seg is not None:
        home |= {(p.name or p.text).lower() for p in before if seg.start_char <= p.start_char < seg.end_char}
    for p in before[k + 1 :]:
        if PRECISION_RANK.get(p.precision or "", 5) >= PRECISION_RANK["admin1"] and p.feature != "city":
            continue  # a province or a country says nothing of another town
        if id(p) in inner or _is_site(p):
            continue
        if (p.name or p.text).lower() not in home:
            return None  # "… in Qom, where students also marched": another town since
    return site


_CARE = re.compile(r"\b(?:hospital|clinic|morgue|medical)\b", re.IGNORECASE)
# a line of its own with no closing stop between two paragraphs ("\n\nContested figures\n\n")
_HEADING = re.compile(r"\n[ \t]*[^\n.!?:;\"”]{1,60}[ \t]*\n")


def _owns_site(sent: Span) -> bool:
    """The sentence writes a building of its own by its owner ("near the regional administrator's office",
    "raided the headquarters of the opposition party"), not one named before."""
    return any(
        t.lower_ in COMMON_SITES
        and any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in kids(t))
        for t in sent
    )


# Words between a district and its town: "in Kawempe division, Kampala", "Siloé, in western Cali".
_WITHIN_TOWN = re.compile(
    r"(?:\s+(?:division|district|neighbou?rhood|suburb|quarter|township|ward|borough|commune|"
    r"area|sector|municipality|settlement|slum|village|estate))?\s*(?:,|\s+in|\s+of|,\s+in)\s+"
    r"(?:(?:the\s+)?(?:city|town)\s+of\s+|(?:northern|southern|eastern|western|central|north|south|east|west"
    r"|downtown|greater)\s+)?$",
    re.IGNORECASE,
)


def _inside_town(pool: Sequence[Place], text: str) -> set[int]:
    """Ids of the unresolved names written as a part of the resolved town after them ("Kawempe
    division, Kampala", "Siloé, Cali") or as the town's own ("Dhaka's Rampura area"): a neighbourhood
    the gazetteer does not know, more exact than its town."""
    out: set[int] = set()
    towns = [p for p in pool if p.name is not None and p.precision in ("city", "admin2")]
    for p in pool:
        if p.name is not None or p.feature not in (None, "city"):
            continue
        for town in towns:
            gap = text[p.end_char : town.start_char]
            if 0 <= len(gap) <= 40 and _WITHIN_TOWN.fullmatch(gap) is not None:
                out.add(id(p))
                break
            if text[town.end_char : p.start_char] in ("'s ", "’s "):
                out.add(id(p))  # "in Dhaka's Rampura area": the town's own quarter
                break
    return out


def _is_dateline(text: str, p: Place) -> bool:
    """``p`` opens its paragraph as a dateline ("YEREVAN, Nov 10 (Wire) -", "(Nairobi, May 2, 2026) –")."""
    para = text.rfind("\n", 0, p.start_char) + 1
    if text[para : p.start_char].strip() not in ("", "("):
        return False
    after = text[p.end_char : p.end_char + 40]
    return _DATELINE_AFTER.match(after) is not None


def _filed_abroad(text: str, p: Place, own: Sequence[Place]) -> bool:
    """``p`` is a dateline's town in a country no other place of the story is in, while the story names
    places of another ("DUBAI, Sept 3 (Wire) - A strike by Iranian truck drivers …" in a story of Iranian
    towns, "NAIROBI, May 2 - … abducted supporters" in a story of Ugandan towns): the bureau the report
    was filed from, not where anything happened."""
    if p.country is None or not _is_dateline(text, p):
        return False
    others = [q for q in own if q.country and (q.start_char, q.end_char) != (p.start_char, p.end_char)]
    return bool(others) and all(q.country != p.country for q in others)


# after a dateline's town: a date month first or day first ("YEREVAN, Nov 10", "LONDON, 25 November
# 2026 -"), a credit "(", or a dash
_DATELINE_AFTER = re.compile(
    r"\s*(?:,\s*(?:[A-Z][a-z]{2,9}\.?\s+\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    r"|\(|[—–-]\s)"
)


def _origin(doc: Doc, p: Place, head: Token) -> bool:
    """``p`` tells where people come from: under "from" that hangs on people, not on the event ("workers
    from Nepal, Kenya and Bangladesh", "most of them from Kenya"); not a route ("a march from Kibera
    to the city centre") nor a verb's ("fled from Goma")."""
    tok = token_at(doc, p.start_char)
    if tok is None:
        return False
    for _ in range(6):  # "from Nepal, Kenya and Bangladesh": the list's first name
        if tok.dep_ not in ("compound", "conj") or tok.head.i == tok.i:
            break
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "from":
        return False
    owner = prep.head
    if owner.i == head.i or any(
        c.dep_ == "prep" and c.lower_ in ("to", "towards", "toward") for c in kids(owner)
    ):
        return False
    return owner.pos_ in ("PRON", "ADJ", "NUM") or (owner.pos_ == "NOUN" and owner.tag_ == "NNS")


def lead_places(doc: Doc, places: Sequence[Place], actors: Sequence[Actor]) -> list[Place]:
    """Where the report is set: the first city-level place of the lead paragraph (often the dateline)."""
    pos = 0
    for para in doc_text(doc).split("\n"):
        start, end = pos, pos + len(para)
        pos = end + 1
        if not prose_paragraph(para):
            continue
        own = _own_places(places, actors, doc)
        inside = [p for p in own if start <= p.start_char < end and not body_named_site(p, own)]
        local = [p for p in inside if p.precision in ("point", "city", "admin2") or _unplaced_town(p)]
        if local and _dateline(doc_text(doc), start, local[0]):
            # "BEIJING, Nov. 19 — Hong Kong police have arrested …": the story is in another country
            away = [p for p in inside[1:] if p.country and local[0].country and p.country != local[0].country]
            if away and not any(p.country == local[0].country for p in inside[1:]):
                return [away[0], local[0]]
        if len(local) >= 2 and _dateline(doc_text(doc), start, local[0]):
            # "ZAHEDAN (Wire) — Gunmen attacked a post in Saravan": the story's town, then the filing town;
            # not when the lead's first town is the dateline's ("YEREVAN — … outside parliament in
            # Yerevan against the handover of land near the village of Kirants")
            home = (local[0].name or local[0].text).lower()
            if (local[1].name or local[1].text).lower() == home:
                return local[:1]
            others = [p for p in local[1:] if (p.name or p.text).lower() != home]
            return [*others[:1], local[0]]
        if local and _filed_abroad(doc_text(doc), local[0], own):
            # "DUBAI, Sept 3 (Wire) - A strike by Iranian truck drivers …": the bureau abroad sets nothing
            return local[1:2]
        return local[:1]
    return []


def _dateline(text: str, para_start: int, place: Place) -> bool:
    """The place opens the paragraph as a dateline: "TBILISI (Wire) —", "Zahedan, Iran, May 3 -"."""
    if text[para_start : place.start_char].strip():
        return False
    return re.match(r"\s*(?:[,(]|[—–-]\s)", text[place.end_char : place.end_char + 3]) is not None
