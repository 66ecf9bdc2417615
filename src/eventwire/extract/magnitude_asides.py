"""Magnitudes: the verb of a count told past an aside between commas.

"hundreds of young people, many of them taxi riders, blocked roads", "21 civilians, among them women,
had been killed", "a few dozen hooligans, some of them paid from abroad, later broke away … and set
fire": the aside about who the counted people were often breaks the parse, so the count hangs from no
verb. Read on the surface: the aside opens with a word that picks out part of the whole ("many",
"some", "most", "among", "including", a number) and closes with the next comma; the first verb after
it, past its auxiliaries and adverbs, is the count's verb.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from ..records import MagnitudeKind
from .syntax import kids, lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["verb_past_aside"]

# the words an aside about a part of the counted people opens with
ASIDE_STARTS = frozenset(
    {"many", "some", "most", "all", "among", "including", "mostly", "mainly", "largely", "chiefly",
     "both", "several", "half", "one", "two", "three", "four", "five"}
)  # fmt: skip
ASIDE_MAX = 16  # tokens an aside may run for before its closing comma
PASSIVE_AUX = frozenset({"been", "was", "were", "being", "be"})
SKIPPED = frozenset(
    {"had", "has", "have", "later", "then", "also", "reportedly", "allegedly", "again", "all"}
)
QUOTES = frozenset({'"', "“", "”", "'", "’"})


def _aside_end(doc: Doc, k: int) -> int | None:
    """The index of the comma closing an aside opened by the comma at ``k``, or None."""
    n = len(doc)
    if k + 1 >= n or doc[k].text != ",":
        return None
    first = doc[k + 1]
    if first.lower_ not in ASIDE_STARTS and not first.like_num:
        return None
    for j in range(k + 2, min(n, k + 2 + ASIDE_MAX)):
        if doc[j].text == ",":
            return j
        if doc[j].text in (".", ";", ":", "(", ")") or doc[j].is_sent_start:
            return None
    return None


def verb_past_aside(
    doc: Doc,
    last: Token,
    verbs: Mapping[str, MagnitudeKind],
    verb_lemma: Callable[[Token], str],
    people: bool,
) -> MagnitudeKind | None:
    """The kind the verb after an aside gives the count whose phrase ends at ``last``: what a passive
    verb says was done to them ("had been killed": fatalities; "were detained": arrests), or
    participants when the counted ``people`` do a crowd's act themselves ("blocked roads"; also a
    crowd's act conjoined to the first verb: "broke away from the crowd, set fire to …")."""
    end = _aside_end(doc, last.i + 1)
    if end is None:
        return None
    n = len(doc)
    m = end + 1
    passive = False
    while m < n and (
        doc[m].text in QUOTES
        or doc[m].lower_ in SKIPPED
        or doc[m].lower_ in PASSIVE_AUX
        or doc[m].pos_ == "ADV"
    ):
        passive = passive or doc[m].lower_ in PASSIVE_AUX
        m += 1
    if m >= n:
        return None
    verb = doc[m]
    if verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return None
    kind = verbs.get(verb_lemma(verb))
    if passive:
        return kind if verb.tag_ == "VBN" and kind not in (None, "participants") else None
    if not people:
        return None
    acts = [verb, *(c for c in kids(verb) if c.dep_ == "conj" and c.pos_ == "VERB")]
    if any(verbs.get(verb_lemma(v)) == "participants" for v in acts):
        return "participants"
    if lemma(verb) in ("die", "perish"):
        return "fatalities"  # "15 people, most of them children, died"
    return None
