"""The place a record's sentence names inside a unit written by its kind, put first.

A sentence that sets its act in a unit named by its kind and then its name ("killed civilians at the
weekly market of Tiloa, in the Tillabéri region", "blocked the highway near the town of Salas", "struck
the Red Sea port of Hodeidah") names the finest place of the act in that name: a coder writes it
first, the wider area after it. So does a name written before a kind finer than a town ("raided Thayet
Kan village in Ye-U township", "in the Azezo sub-city", "in the Dasht-e-Barchi area of western Kabul"):
the name alone, without its kind. The place recogniser often does not know such a village, or ranks it
behind a province or a site of the clause; the name is put first, and the places the record already
has follow it (the first of them stays within the two a record is read by). Applied to the finished
records, after coreference, :func:`.placing.sites_town` and :func:`.placing_story.story_town`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Event, Place, replace
from .syntax import char_span, clause_head, token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["unit_places"]

# a unit finer than a province, written by its kind and then "of" and its name: "the weekly market of
# Tiloa", "the town of Ain Oussara", "the Red Sea port of Hodeidah", "the forests of Collo"
_UNIT = re.compile(
    r"\b(?:town|village|hamlet|city|market|port|commune|municipality|settlement|camp|locality"
    r"|suburb|neighbou?rhood|quarter|forests?)\s+of\s+"
    r"(?P<name>(?>[A-Z][\w'’-]*(?:\s+(?:(?:de|del|do|da|la|el|al)\s+){0,2}[A-Z][\w'’-]*)*))"
    # not the district a village is in ("Kishangarh town of Ajmer district")
    r"(?!\s+(?:district|province|region|state|taluka|tehsil|county|division)\b)"
)
# a name written before a kind finer than a town: "Chaung Gyi village", "the al-Khaldiya neighbourhood",
# "the Boucotte, Lyndiane and Tilène neighbourhoods" (the first name), "Son Hai commune", "the Rukombe hill"
_NAME = r"(?:(?:al|el|an|ar|as|ad|at|ash)-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_NAMED_UNIT = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME})(?:,\s+{_NAME})*(?:,?\s+and\s+{_NAME})?"
    r"\s+(?P<kind>villages?|hamlets?|neighbou?rhoods?|settlements?|sub-city|subcity|communes?|quarter"
    r"|locality|area|hill)\b"
    # not a town's quarter named after "of" ("the northern Bujumbura neighborhood of Ngagara"): _UNIT's
    r"(?!\s+of\s+[A-Z])"
)
_NOT_NAMES = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "god", "the",
    }
)  # fmt: skip
_WIDE = frozenset({"country", "admin1", "region"})


def _key(p: Place) -> str:
    return (p.name or p.text).lower()


def _unit(e: Event, doc: Doc, text: str, places: Sequence[Place]) -> Place | None:
    """The name of the unit written by its kind in the record's sentence (the one nearest its trigger),
    as the recogniser found it or as written; None when there is none, or it names a province or a
    country."""
    found: list[Place] = []
    for m in _UNIT.finditer(text, e.evidence.start, e.evidence.end):
        start, end = m.span("name")
        name = m.group("name")
        if name.lower() in _NOT_NAMES or _named_before(doc, m.start(), places):
            continue
        if not _own_clause(doc, m.start(), e.trigger.start):
            continue
        known = _recognised(places, start)
        if known is not None and _wide(known):
            continue
        found.append(known or _written(name, start, end, e))
    found.extend(_named_units(e, doc, text, places))
    if not found:
        return None
    return min(found, key=lambda p: abs(p.start_char - e.trigger.start))


def _named_units(e: Event, doc: Doc, text: str, places: Sequence[Place]) -> list[Place]:
    """The names written before a kind finer than a town in the record's sentence and the trigger's own
    clause ("raided Thayet Kan village"): proper names, not a people's ("a Fulani settlement") nor a
    name starting the sentence's first word; the recogniser's place when it starts there (its text cut
    to the name), else the name as written."""
    out: list[Place] = []
    for m in _NAMED_UNIT.finditer(text, e.evidence.start, e.evidence.end):
        start, end = m.span("name")
        name = m.group("name")
        if name.lower() in _NOT_NAMES or not _proper(doc, start, end):
            continue
        if not _own_clause(doc, m.start("kind"), e.trigger.start, joined=True):
            continue
        known = _recognised(places, start)
        if known is None:
            out.append(_written(name, start, end, e))
        elif not _wide(known):
            out.append(known if known.end_char == end else replace(known, text=name, end_char=end))
    return out


def _recognised(places: Sequence[Place], start: int) -> Place | None:
    """The recogniser's place that starts where the name does."""
    return next((p for p in places if p.start_char == start), None)


def _wide(p: Place) -> bool:
    """A province, a region or a country: never the unit."""
    return p.feature in _WIDE or p.precision in _WIDE


def _proper(doc: Doc, start: int, end: int) -> bool:
    """Every capitalised word of the name is a proper noun, and none names a people ("Fulani",
    "Kurdish"); the name does not start its sentence."""
    span = char_span(doc, start, end)
    if span is None or span[0].i == span[0].sent.start:
        return False
    return all(t.ent_type_ != "NORP" and (t.pos_ == "PROPN" or not t.text[:1].isupper()) for t in span)


def _written(name: str, start: int, end: int, e: Event) -> Place:
    return Place(
        text=name,
        start_char=start,
        end_char=end,
        name=None,
        geonames_id=None,
        lat=None,
        lon=None,
        country=e.country,
        admin1=None,
        feature="city",
        precision=None,
    )


def _own_clause(doc: Doc, kind_start: int, trigger_start: int, *, joined: bool = False) -> bool:
    """The unit is written in the trigger's own clause ("attacked the market of Tiloa"), not in another
    one of its sentence ("Tension was mounting in the city of Warri as soldiers hunted for a militia which
    has attacked …": Warri is where tension mounts, not where the attacks were). ``joined``: or a verb
    joined to it by "and" that shares its subject."""
    kind, trigger = token_at(doc, kind_start), token_at(doc, trigger_start)
    if kind is None or trigger is None:
        return False
    a, b = clause_head(kind), clause_head(trigger)
    if a == b:
        return True
    if not joined:
        return False
    # "raided Thayet Kan village … and detained 37 men": the second verb has no subject of its own
    conj = a if a.dep_ == "conj" and a.head == b else b if b.dep_ == "conj" and b.head == a else None
    return conj is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)


def _named_before(doc: Doc, kind_start: int, places: Sequence[Place]) -> bool:
    """The unit is named before its kind ("Kishangarh town of Ajmer", "Navaseshan village of
    Sabarkantha"): "of" then names the area it lies in. Not a wide area's name ("the Red Sea port of
    Hodeidah") nor a people's ("the Brazilian port of Santos")."""
    tok = token_at(doc, kind_start)
    if tok is None or tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    if prev.pos_ != "PROPN":
        return False
    return not any(p.start_char <= prev.idx < p.end_char and _wide(p) for p in places)


def unit_places(events: Sequence[Event], doc: Doc, places: Sequence[Place]) -> tuple[Event, ...]:
    """Each record whose sentence names a unit by its kind ("the market of Tiloa") has that name first."""
    text = doc_text(doc)
    out = []
    for e in events:
        unit = _unit(e, doc, text, places)
        if unit is not None and (not e.places or _key(e.places[0]) != _key(unit)):
            rest = tuple(p for p in e.places if _key(p) != _key(unit))
            e = replace(e, places=(unit, *rest))
        out.append(e)
    return tuple(out)
