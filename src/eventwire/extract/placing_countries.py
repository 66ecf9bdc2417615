"""Which country an event is in: the document's focus country and a sentence's own, for :mod:`.events`.

Split from :mod:`.placing`.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..countries import USER_ASSIGNED
from ..nlp.text import doc_text, tokens
from ..records import Place
from .lexicon import load_yaml
from .placing import _is_dateline, starts_and_reach
from .syntax import lowers, per_doc

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

__all__ = ["country_of", "document_country"]


@functools.cache
def _country_names() -> dict[str, str]:
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(c, attr, None)
            if name:
                out[str(name).lower()] = str(c.alpha_2)
    for code, name in USER_ASSIGNED.items():  # "Kosovo": XK, which pycountry does not list
        out[name.lower()] = code
    for k, v in load_yaml("countries.yaml").items():
        out[str(k).lower()] = str(v)
    return out


def _countries_in(span: Span, skip: Sequence[tuple[int, int]] = ()) -> list[str]:
    """The countries named or implied ("Ugandan") by the words of SPAN, but for words inside a
    character range of SKIP."""
    names = _country_names()
    out: list[str] = []
    low = lowers(span.doc)  # per-Doc lists: no Token built per call
    cued = _cued(span.doc)
    toks = tokens(span.doc)
    skipped = _inside_any(skip)
    for i in cued[bisect.bisect_left(cued, span.start) : bisect.bisect_left(cued, span.end)]:
        if skip and skipped(toks[i].idx):
            continue
        two = f"{low[i]} {low[i + 1]}" if i + 1 < span.end else ""
        if two in names:
            out.append(names[two])
        elif low[i] in names:
            out.append(names[low[i]])
    return out


def _inside_any(ranges: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
    """``lambda x: any(a <= x < b for a, b in ranges)``, by a binary search over the ranges sorted
    by start with the furthest end so far (the document's country words are each tested against
    every place of the story)."""
    starts, reach = starts_and_reach(sorted(ranges))

    def inside(x: int) -> bool:
        k = bisect.bisect_right(starts, x)
        return k > 0 and reach[k - 1] > x

    return inside


def _cued(doc: Doc) -> list[int]:
    """Indices of the tokens that may name a country: capitalised, or tagged a place or nationality
    (built once per Doc: the document and each event's sentence are searched)."""
    return per_doc(
        doc,
        _CUED,
        lambda: [t.i for t in tokens(doc) if t.text[:1].isupper() or t.ent_type_ in ("GPE", "NORP")],
    )


_CUED = "eventwire.placing.cued"


def document_country(doc: Doc, places: Sequence[Place]) -> str | None:
    """The document's focus: the most frequent country among its places and country words."""
    counts: Counter[str] = Counter(p.country for p in places if p.country)
    # a country word already counted as a resolved place ("imports from Ukraine") counts once
    counts.update(_countries_in(doc[:], [(p.start_char, p.end_char) for p in places if p.country]))
    if not counts:
        return None
    return counts.most_common(1)[0][0]


def country_of(bound: Sequence[Place], sent: Span, focus: str | None) -> str | None:
    text = doc_text(sent.doc)
    for p in bound:
        if p.country:
            if focus and p.country != focus and _is_dateline(text, p):
                # "(Nairobi, Feb 18) – Ugandan security forces …": filed abroad about the focus country
                continue
            return p.country
    found = _countries_in(sent, _beyond_border(sent))
    if found:
        return Counter(found).most_common(1)[0][0]
    return focus


_BORDER = frozenset({"border", "borders", "frontier", "frontiers", "boundary"})


def _beyond_border(sent: Span) -> list[tuple[int, int]]:
    """Country words that name the far side of a border ("fled towards the Ethiopian border", "near the
    border with Iraq"): the neighbour, not the country the act was in (not "Iranian border guards",
    whose word tells whose guards they are)."""
    return [(t.idx, t.idx + len(t.text)) for t in sent if _across(t)]


def _across(t: Token) -> bool:
    if t.dep_ in ("amod", "compound", "nmod"):
        return t.head.lower_ in _BORDER  # "the Ethiopian border"
    # "the border with Iraq"
    return t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.lower_ in _BORDER
