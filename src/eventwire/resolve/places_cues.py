"""The words around a name that mark it as a place: locative cues before it ("in X", "the city of
X"), designators after it ("X province"), and how far a name grows over its neighbouring tokens.

Split from :mod:`.places`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import PlaceFeature
from .gazetteer import Candidate, Gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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


# the people of a place, written before its name: "Residents of Laventille blocked roads"
PEOPLE_OF = frozenset({"residents", "inhabitants", "villagers", "townspeople"})
_OF_CUES = frozenset(
    {"city", "town", "village", "province", "provinces", "outskirts", "region", "district", "capital",
     "quarter", "neighbourhood", "neighborhood", "suburb", "township",
     "county", "state", "suburbs", "streets", "centre", "center", "port", "heart", "north", "south",
     "east", "west", "part", "parts", "area",
     # the plural kinds: "some neighbourhoods of Lomé", "the villages of Ouham-Pendé"
     "neighbourhoods", "neighborhoods", "districts", "quarters", "townships", "villages", "towns",
     "cities", "areas"}
    | PEOPLE_OF
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


_GAZ_MIN_POPULATION = 5000  # a name found by the gazetteer alone needs a town this big


# the locative words that put a repeated unknown name in its place
_REPEAT_CUE = re.compile(r"\b(?:in|into|inside|near|outside|across|throughout|around|towards?)\s+$")


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
    if i >= 0 and toks[i].lower_ in _NEAR_WORDS and toks[i].is_lower:  # "in nearby Bignona"
        i -= 1
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
        # a name of the list may be hyphened ("in KwaZulu-Natal and Gauteng")
        while i >= 0 and (
            ((toks[i].is_title or toks[i].is_upper) and toks[i].is_alpha) or _joining_hyphen(toks[i])
        ):
            i -= 1
        steps += 1
        if i >= 0 and toks[i].lower_ == "the":
            i -= 1
        if i >= 0 and toks[i].lower_ in _CUES:
            return "strong"
        if i >= 0 and toks[i].lower_ == "between":
            return "weak"  # "on the road between Bozoum and Bocaranga"
    return None


# Words of nearness between a locative cue and a name: "in nearby Bignona", "in neighbouring Beineu
# district"; not the points of the compass, which open longer names ("in western Viti Levu")
_NEAR_WORDS = frozenset({"nearby", "neighbouring", "neighboring"})
# Nouns a town's name is written right after: "the regional capital Bahir Dar", "the town Kobo".
_APPOSED = frozenset({"capital", "city", "town", "village", "port"})


def _hint(doc: Doc, start: int, end: int) -> PlaceFeature | None:
    toks = tokens(doc)  # the cached Token list: ``doc[i]`` builds a new Token each time
    if end < len(doc) and toks[end].lower_ in _AFTER:
        return _AFTER[toks[end].lower_]
    if start >= 1 and toks[start - 1].lower_ in _APPOSED and toks[start - 1].is_lower:
        return "city"
    if start >= 2 and toks[start - 1].lower_ == "of" and toks[start - 2].lower_ in _BEFORE:
        return _BEFORE[toks[start - 2].lower_]
    return None
