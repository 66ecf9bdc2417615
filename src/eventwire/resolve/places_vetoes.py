"""Names that are someone's or something's here, not a place: an actor mention's span, a person's
surname or titled name, a credited news agency, an owner, a people, a vehicle's maker; and an
actor mention that is only a town's bare name.

Split from :mod:`.places`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..nlp.text import ents as doc_ents
from ..records import Actor
from .gazetteer import Gazetteer
from .gazetteer_names import fold
from .places_cues import _REPEAT_CUE, _cued, _important
from .places_sites import community_place, site_cued, way_named
from .places_toponyms import _NOT_PLACES, Toponym, _known, _stoplist

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
    # a big town also by a spelling GeoNames keeps as an alternate name ("In Birgunj," for Birgañj)
    cands = [
        c
        for c in gazetteer.candidates(name)
        if c.match == "exact" and (c.primary or (c.feature == "city" and c.population >= _BIG_ALTERNATE))
    ]
    return any(c.feature in ("city", "admin1", "admin2") and _important(c, cue) for c in cands)


_BIG_ALTERNATE = 100_000  # a town this big is meant by an alternate spelling of its name


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
# the same at a given offset: the dateline that opens the paragraph under a headline
_CREDIT_AT = re.compile(_CREDIT.pattern.removeprefix(r"\A\s*"))
_HEADLINE_MAX = 200  # a headline is one line of at most this many characters


def _credited_names(text: str) -> tuple[tuple[int, int], str] | None:
    """The span of the agency a dateline credits ("(Meridian News)") and its first word, whose other
    mentions ("told Meridian", "a Meridian reporter") name the agency, not a place; None when the
    document opens with no such credit, or the credit starts with the dateline's own town ("KABUL
    (Kabul Now)")."""
    start = 0
    m = _CREDIT.match(text)
    if m is None:
        # the dateline under a headline ("Tajikistan: internet cut in Pamirs\n\nKHOROG, Tajikistan,
        # June 3 (Eurasia Brief) --")
        line = text.find("\n")
        if not 0 < line <= _HEADLINE_MAX:
            return None
        start = len(text) - len(text[line:].lstrip())
        m = _CREDIT_AT.match(text, start)
        if m is None:
            return None
    first = m.group("credit").split()[0]
    if fold(first) in fold(text[start : m.start("credit")]):
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
    text = doc_text(doc)
    if _PERSONAL_AFTER.match(text, top.end) or (
        _PEOPLE_AFTER.match(text, top.end) and not community_place(text, top.start, top.end)
    ):
        return True
    words = top.text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    span = doc.char_span(top.start, top.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    return doc[span.start - 1].lower_.rstrip(".") in _OFFICES | _TITLES


# "a white Toyota van", "Nissan pickups": a maker's name before a vehicle is no town
_VEHICLE_AFTER = re.compile(
    r"\s+(?:vans?|cars?|trucks?|pick-?ups?|jeeps?|SUVs?|minibus(?:es)?|buses|sedans?|saloons?|lorr(?:y|ies)"
    r"|vehicles?|motorbikes?|motorcycles?|Land\s+Cruisers?|Hilux)\b"
)


# Words before a name that make it a person's: "Mr. Ripley", "Gov. Moore".
_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "gov", "governor", "president",
     "judge", "sgt", "lt", "capt", "officer", "coach", "prof", "rev", "mayor", "deputy", "detective"}
)  # fmt: skip


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
