"""The toponym record and what recognition and resolution share: the entity labels, the words
that are never places, the curated stop list, and span-overlap tests.

Split from :mod:`.places`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..records import PlaceFeature
from .gazetteer import Gazetteer
from .gazetteer_names import fold

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_MAYBE_LABELS = frozenset({"PERSON", "ORG", "NORP"})


_NOT_PLACES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "university", "city hall", "city", "north", "south", "east", "west", "downtown", "metro",
     "northwest", "northeast", "southwest", "southeast", "northern", "southern", "eastern", "western",
     "central", "midwest", "centre", "center", "union", "saint", "easter", "mr", "mrs", "ms", "miss",
     "dr"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Toponym:
    """A span of the text that names a place, before resolution."""

    start: int
    end: int
    text: str
    hint: PlaceFeature | None = None  # feature implied by "X province", "the city of X"
    source: str = "ner"  # ner | gazetteer | span
    local: bool = False  # "a Palestine man", "Jordan Elementary School": a town, not the country


@cache
def _stoplist() -> frozenset[str]:
    text = resources.files("eventwire.data.places").joinpath("stoplist.txt").read_text(encoding="utf-8")
    return frozenset(fold(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _known(name: str, gazetteer: Gazetteer) -> bool:
    return any(c.match != "skeleton" for c in gazetteer.candidates(name))


# Entity labels that never cover a place: numbers and times (a name the tagger called a work of art
# or an event, "in Novi Sad and Čačak", is still scanned for places).
_NUMERIC_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


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
