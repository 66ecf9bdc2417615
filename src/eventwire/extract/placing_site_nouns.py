"""Named sites and the common nouns that refer back to them ("the prison" after "Evin Prison"), and the
places a route leads to ("the road to Kabul"), for :mod:`.placing`.

Split from :mod:`.placing`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Place
from .syntax import clause_head, doc_lemma_set, kids, lemmas, parse_tree, per_doc, subtree_indices

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# common nouns that refer back to a named site: "the prison" (Evin Prison), "the square" (Tahrir Square)
SITE_NOUNS = frozenset(
    {
        "prison",
        "jail",
        "penitentiary",
        "square",
        "bridge",
        "avenue",
        "street",
        "road",
        "highway",
        "boulevard",
        "camp",
        "base",
        "market",
        "bazaar",
        "university",
        "campus",
        "mosque",
        "church",
        "stadium",
        "park",
        "palace",
        "compound",
        "airport",
        "hospital",
        "refinery",
        "mine",
        "factory",
    }
)
# kinds of site one common noun refers back to by another word: "the prison" after "Litoral
# Penitentiary" or "Kirikiri Jail"
_SAME_KIND = (frozenset({"prison", "jail", "penitentiary", "gaol"}),)
ROUTE_NOUNS = frozenset(
    {"highway", "road", "motorway", "route", "railway", "pipeline", "border", "flight", "flights"}
)


def _is_site(p: Place) -> bool:
    return p.feature == "place" or p.precision == "point"


_SITE_AT = "eventwire.placing.site_nouns"


def _speaker_site(head: Token, sent: Span, places: Sequence[Place]) -> Place | None:
    """The named site whose own official tells of the event, in a sentence that names no place: "the
    university's press office said no student had been arrested", "the prison director denied …" after
    "Amirkabir University of Technology", "Evin Prison": the latest site of that kind written before it
    (the event's own clause is read by :func:`_site_anaphor`)."""
    doc = head.doc
    if doc_lemma_set(doc).isdisjoint(SITE_NOUNS):
        return None
    lems = lemmas(doc)
    clause = clause_head(head)
    for t in sent:
        if (
            lems[t.i] not in SITE_NOUNS
            or t.tag_ != "NN"
            or t.dep_ not in ("poss", "compound")
            or t.head.pos_ != "NOUN"
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in kids(t))
            or clause_head(t).i == clause.i
        ):
            continue
        # a site written inside a name counts ("students at Amirkabir University staged a sit-in")
        named = [
            p for p in places if p.end_char <= t.idx and _is_site(p) and _kind_is(_site_kind(p), t.lower_)
        ]
        if named:
            return named[-1]
    return None


def _kind_is(kind: str, noun: str) -> bool:
    """A named site of ``kind`` (its name's last word) is what the common ``noun`` refers to: the same
    word, or one of the same family ("penitentiary" for "the prison")."""
    return kind == noun or any(kind in f and noun in f for f in _SAME_KIND)


def _site_kind(p: Place) -> str:
    """The kind a named site is of: the last word of its name before any "of" ("Amirkabir University of
    Technology" is a university)."""
    words = (p.name or p.text).lower().split(" of ")[0].split()
    return words[-1] if words else ""


def _site_anaphor(head: Token, own: Sequence[Place]) -> Place | None:
    """The named site a definite common noun of the event's clause refers back to: "gathered outside the
    main gate of the prison" after "Evin Prison", "at the entrance to the bridge" after "Jumhuriya
    Bridge" (the latest site of that kind written before it)."""
    if doc_lemma_set(head.doc).isdisjoint(SITE_NOUNS):
        return None  # asked per event: most articles name no such site at all
    doc = head.doc
    lems = lemmas(doc)
    # the site nouns of the clause's subtree, in subtree order: found from the Doc's few site nouns
    # by walking up to the clause head, not by reading the whole subtree per event
    sites = per_doc(doc, _SITE_AT, lambda: [i for i, w in enumerate(lems) if w in SITE_NOUNS])
    clause = clause_head(head)
    heads = parse_tree(doc)[2]
    inside: list[int] = []
    for i in sites:
        j = i
        while j != clause.i and heads[j] != j:
            j = heads[j]
        if j == clause.i:
            inside.append(i)
    if len(inside) > 1:
        order = subtree_indices(clause)
        inside.sort(key=order.index)
    for i in inside:
        t = doc[i]
        if (
            lems[t.i] not in SITE_NOUNS
            or t.tag_ != "NN"
            or not (
                any(c.dep_ == "det" and c.lower_ == "the" for c in kids(t))
                or (t.i > 0 and t.nbor(-1).lower_ == "the")
            )
            or any(c.dep_ in ("compound", "poss") or c.pos_ == "PROPN" for c in kids(t))
        ):
            continue
        named = [
            p
            for p in own
            if p.end_char <= t.idx
            and _is_site(p)
            and _kind_is((p.name or p.text).lower().split()[-1], t.lower_)
        ]
        if named:
            return named[-1]
    return None


@functools.cache
def _route_pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(ROUTE_NOUNS) + r")\s+(?:to|towards?)\s+(?:the\s+)?$", re.I)


def _route_end(doc: Doc, p: Place) -> bool:
    """The place a route leads to ("the main highway to Uganda", "the road to Kabul"), or the country
    on the other side of a border ("blocked every border crossing with Ukraine", "the borders with
    Romania and Turkey")."""
    before = doc_text(doc)[max(0, p.start_char - 40) : p.start_char]
    return _route_pattern().search(before) is not None or (
        p.precision == "country" and _OTHER_SIDE.search(before) is not None
    )


# "border crossings with Ukraine", "the borders with Romania and Turkey": the neighbour across it
_OTHER_SIDE = re.compile(
    r"\b(?:borders?|frontiers?|crossings?|crossing\s+points?)\s+with\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    r"(?:,\s+|\s+and\s+|\s+or\s+))*$"
)
