"""Event triggers: words and phrases that name an event, typed from the YAML lexicon.

Words match on lemma or lower-cased form, so "took to the streets", "were shot dead"
and "the protests" all match; the sense checks of :mod:`.senses` then drop
metaphors and other senses. Overlapping candidates keep the longest.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..nlp.text import tokens
from .lexicon import TriggerEntry, trigger_entries
from .senses import passes
from .senses_context import MatchContext
from .syntax import kids, lemma, lemmas, lowers, per_doc, segments

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Trigger", "find_triggers"]

GAP_PUNCT = frozenset({"-", "\u2013", '"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})


@dataclass(frozen=True, slots=True)
class Trigger:
    """A typed trigger: its head token index, the matched tokens and the character span."""

    type: str
    subtype: str | None
    head: int
    tokens: tuple[int, ...]
    start_char: int
    end_char: int
    nominal: bool  # named by a noun ("the protests") rather than a verb or verbal phrase
    phrase: bool  # matched a multi-word phrase
    status: str | None = None  # a status the words themselves give ("negated": "shops were open as usual")


def _keys(tok: Token) -> tuple[str, ...]:
    low = tok.lower_
    lem = lemma(tok)
    return (low,) if low == lem else (low, lem)


def _doc_keys(doc: Doc) -> list[tuple[str, ...]]:
    """:func:`_keys` of every token, by index, built once per Doc."""

    def build() -> list[tuple[str, ...]]:
        return [(lo,) if lo == le else (lo, le) for lo, le in zip(lowers(doc), lemmas(doc), strict=True)]

    return per_doc(doc, _KEYS, build)


_KEYS = "eventwire.trigger_keys"


@functools.cache  # trigger_entries() is cached: the index is the same for every document
def _index() -> dict[str, list[TriggerEntry]]:
    idx: dict[str, list[TriggerEntry]] = defaultdict(list)
    for e in trigger_entries():
        idx[e.words[0]].append(e)
    return idx


def _hyphen_prefix(tok: Token) -> bool:
    """The token opens a hyphenated compound written without spaces ("shell-shocked")."""
    doc = tok.doc
    if tok.whitespace_ or tok.i + 2 >= len(doc):
        return False
    dash = doc[tok.i + 1]
    return dash.text in ("-", "\u2011") and not dash.whitespace_ and doc[tok.i + 2].is_alpha


# Predicates that make a bare plural a habit, not a report: "kidnappings are commonplace",
# "assassinations are a regular event", "executions remain frequent".
GENERIC_PREDICATES = frozenset(
    {
        "common",
        "commonplace",
        "rare",
        "frequent",
        "routine",
        "widespread",
        "ubiquitous",
        "regular",
        "rampant",
        "endemic",
        "uncommon",
        "unusual",
        "everyday",
        "daily",
    }
)


def _generic_statement(head: Token) -> bool:
    """A bare plural noun trigger said to be common or rare: a habit of a place, no event."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS":
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in kids(head)):
        return False
    first = head
    while first.dep_ == "conj" and first.head != first:
        first = first.head  # "kidnappings and violence are commonplace"
    if first.dep_ != "nsubj":
        return False
    gov = first.head
    for c in kids(gov):
        if c.dep_ == "acomp" and lemma(c) in GENERIC_PREDICATES:
            return True
        if c.dep_ == "attr" and any(g.dep_ == "amod" and lemma(g) in GENERIC_PREDICATES for g in kids(c)):
            return True
    return False


# "put the number of arrests at 41", "puts the figure at 112 arrests", "the toll stood at two dead": a
# speaker's count of acts told elsewhere, the figure of an event (a claim), not an event of its own
FIGURE_NOUNS = frozenset({"number", "figure", "toll", "total", "count", "tally"})
# what is counted follows these ("the number of arrests"); a toll "of the unrest" counts its dead, not it
NUMBER_NOUNS = frozenset({"number", "total", "count", "tally"})
# "urges the authorities to halt all executions", "investigate the beatings", "said the death would be
# investigated": the act is what a call or a promise would stop or look into, not an act told by the
# words (a verb in the base form or under a modal; not "police ended the sit-in", "are investigating")
HALT_VERBS = frozenset({"halt", "end", "stop", "cease", "investigate", "probe"})
HALT_MODALS = frozenset({"would", "will", "must", "should", "shall", "'ll", "wo"})
HELD_TYPES = frozenset({"protest", "strike", "riot"})


def _figure_frame(verb: Token) -> bool:
    """ "put the number (of X) at N", "the toll stood at N": a figure noun and an "at" of the same verb."""
    has_figure = has_at = False
    for c in kids(verb):
        if c.dep_ in ("dobj", "nsubj", "nsubjpass") and lemma(c) in FIGURE_NOUNS:
            has_figure = True
        elif c.dep_ == "prep" and c.lower_ == "at":
            has_at = True
    return has_figure and has_at


def _counted_or_halted(head: Token, event_type: str) -> bool:
    """The trigger is the thing a speaker counts in a figure ("put the number of arrests at 41") or the
    state's act a call would stop or a probe would look into ("to halt all executions"): no event told
    here. Protests and strikes are ended by those who hold them ("refused to end the sit-in")."""
    first = head
    while first.dep_ == "conj" and first.head != first:
        first = first.head  # "put the toll at two dead and 14 injured"
    gov = first.head
    if gov == first:
        return False
    if first.dep_ in ("pobj", "pcomp"):
        if gov.lower_ == "of" and lemma(gov.head) in NUMBER_NOUNS and gov.head.head != gov.head:
            # "put the number of arrests at 41"; "the number of detained at 150" (the "at" on the word)
            at_word = any(c.dep_ == "prep" and c.lower_ == "at" for c in kids(first))
            return _figure_frame(gov.head.head) or (at_word and gov.head.dep_ in ("dobj", "nsubj"))
        return gov.lower_ == "at" and gov.head != gov and _figure_frame(gov.head)
    if first.dep_ in ("dobj", "nsubjpass") and lemma(gov) in HALT_VERBS and event_type not in HELD_TYPES:
        return gov.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ in HALT_MODALS for c in kids(gov))
    return False


THREAT_TYPES = frozenset({"killing", "arrest", "execution", "torture"})


def _threat_only(head: Token) -> bool:
    """ "interrogators threatened to kill his family", "threatened to arrest his sister": a threat made to
    intimidate someone, not an act announced."""
    first = head
    while first.dep_ == "conj" and first.head != first:
        first = first.head  # "threatened to kill his family and to arrest his sister"
    return first.dep_ == "xcomp" and first.head != first and lemma(first.head) == "threaten"


def _match_at(
    entry: TriggerEntry,
    sent: Span,
    i: int,
    keys: list[tuple[str, ...]] | None = None,
    stops: list[bool] | None = None,
) -> list[int] | None:
    """Token indices matching ``entry`` starting at token ``i`` (doc index), or None. ``keys`` and
    ``stops``: the Doc's :func:`_doc_keys` and :func:`_gap_stops`, when the caller has them."""
    if len(entry.words) == 1:
        return [i]
    doc = sent.doc
    if keys is None:
        keys = _doc_keys(doc)
    if stops is None:
        stops = _gap_stops(doc)
    out = [i]
    pos = i + 1
    hyphens = _hyphens(doc)
    for word, gap in zip(entry.words[1:], entry.gaps[1:], strict=True):
        found = None
        # free tokens left; a hyphenated word inside a gap is one word ("hung a red-and-white flag",
        # "imposed a dusk-to-dawn curfew"): its hyphens and the parts before them are not counted
        free = gap
        j = pos
        while j < sent.end and free >= 0:
            if word in keys[j]:
                found = j
                break
            if stops[j]:
                break  # a gap may hold a hyphen or a quoted slogan ("a banner reading "No" was hung")
            if not (gap and (hyphens[j] or (j + 1 < sent.end and hyphens[j + 1]))):
                free -= 1
            j += 1
        if found is None:
            return None
        out.append(found)
        pos = found + 1
    return out


_STOPS = "eventwire.trigger_gap_stops"
_HYPHENS = "eventwire.trigger_gap_hyphens"


def _hyphens(doc: Doc) -> list[bool]:
    """Per token: a hyphen written inside a word ("red-and-white"), once per Doc."""
    found: list[bool] | None = doc.user_data.get(_HYPHENS)
    if found is None:
        low = lowers(doc)
        found = [
            lo in ("-", "\u2011") and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_
            for i, lo in enumerate(low)
        ]
        doc.user_data[_HYPHENS] = found
    return found


def _gap_stops(doc: Doc) -> list[bool]:
    """Per token: punctuation a gap in a phrase may not hold (not in :data:`GAP_PUNCT`), once per Doc."""
    stops: list[bool] | None = doc.user_data.get(_STOPS)
    if stops is None:
        # GAP_PUNCT has no capitals: a token's lower form is in it exactly when its text is
        stops = [
            bool(p) and low not in GAP_PUNCT
            for p, low in zip(doc.to_array("IS_PUNCT").tolist(), lowers(doc), strict=True)
        ]
        doc.user_data[_STOPS] = stops
    return stops


def _word_counts(keys: list[tuple[str, ...]], start: int, end: int) -> tuple[dict[str, int], frozenset[str]]:
    """Per word (lower form or lemma) of tokens ``start``..``end``: how many of them bear it; and all
    those words."""
    counts: dict[str, int] = {}
    for j in range(start, end):
        for k in keys[j]:
            counts[k] = counts.get(k, 0) + 1
    return counts, frozenset(counts)


def _words_without(
    counted: tuple[dict[str, int], frozenset[str]], keys: list[tuple[str, ...]], skip: frozenset[int]
) -> frozenset[str]:
    """The segment's words (:func:`.senses.sentence_words`) less those only the ``skip`` tokens bear,
    from the segment's :func:`_word_counts` instead of a walk over the segment per candidate."""
    counts, everything = counted
    mine: dict[str, int] = {}
    for j in skip:
        for k in keys[j]:
            mine[k] = mine.get(k, 0) + 1
    gone = [k for k, n in mine.items() if n >= counts[k]]
    return everything.difference(gone) if gone else everything


def find_triggers(doc: Doc) -> list[Trigger]:
    """Every trigger in ``doc`` whose sense checks pass, sorted by offset, non-overlapping."""
    idx = _index()
    keys = _doc_keys(doc)
    stops = _gap_stops(doc)
    toks = tokens(doc)
    candidates: list[tuple[int, int, TriggerEntry, list[int]]] = []
    for sent in segments(doc):
        cache: dict[frozenset[int], frozenset[str]] = {}
        # the segment's words, counted (built when a phrase or a sense check needs them)
        counted: tuple[dict[str, int], frozenset[str]] | None = None
        for i in range(sent.start, sent.end):
            entries: list[TriggerEntry] = []
            for key in keys[i]:
                entries.extend(idx.get(key, ()))
            if not entries:
                continue  # most tokens: no Token object needed
            tok = toks[i]
            for entry in entries:
                if len(entry.words) > 1:
                    if counted is None:
                        counted = _word_counts(keys, sent.start, sent.end)
                    if not counted[1].issuperset(entry.words[1:]):
                        continue  # a phrase whose other words the segment lacks cannot match
                matched = _match_at(entry, sent, i, keys, stops)
                if matched is None:
                    continue
                head = toks[matched[entry.head]]
                if entry.pos and head.pos_ not in entry.pos:
                    continue
                if len(matched) == 1 and _generic_statement(head):
                    continue
                if entry.type in THREAT_TYPES and _threat_only(head):
                    continue
                if _counted_or_halted(head, entry.type):
                    continue
                if len(matched) == 1 and _hyphen_prefix(tok):
                    continue  # "shell-shocked", "strike-bound": the first half of a compound word
                skip = frozenset(matched)
                if skip not in cache:
                    if counted is None:
                        counted = _word_counts(keys, sent.start, sent.end)
                    cache[skip] = _words_without(counted, keys, skip)
                ctx = MatchContext(
                    head=head, tokens=tuple(toks[j] for j in matched), sent=sent, words=cache[skip]
                )
                if not passes(entry.checks, ctx):
                    continue
                candidates.append((matched[-1] - matched[0] + 1, entry.order, entry, matched))
    # Longest span first, then lexicon order; a token belongs to at most one trigger.
    candidates.sort(key=lambda c: (-c[0], c[1]))
    taken: set[int] = set()
    out: list[Trigger] = []
    for _length, _order, entry, matched in candidates:
        span_tokens = set(matched)
        if span_tokens & taken:
            continue
        taken |= span_tokens
        head = toks[matched[entry.head]]
        first, last = toks[matched[0]], toks[matched[-1]]
        out.append(
            Trigger(
                type=entry.type,
                subtype=entry.subtype,
                head=head.i,
                tokens=tuple(matched),
                start_char=first.idx,
                end_char=last.idx + len(last.text),
                nominal=head.pos_ in ("NOUN", "PROPN") and len(matched) == 1,
                phrase=len(matched) > 1,
                status=entry.status,
            )
        )
    out.sort(key=lambda t: t.start_char)
    return out
