"""Per-Doc caches and index walks give exactly what the Token API gives."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.events_cues import _ancestors, _linked, _paragraphs_before
from eventwire.extract.magnitude_numbers import _may_start, _parse_number, _table
from eventwire.extract.syntax import (
    CLAUSE_DEPS,
    clause_head,
    doc_lemma_set,
    doc_word_set,
    lemma,
    lemmas,
    lowers,
    parse_tree,
    segment,
    segment_starts,
    token_at,
    tokens,
)
from eventwire.extract.triggers import _doc_keys, _keys
from eventwire.nlp.text import doc_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

TEXT = (
    "TEHRAN, Iran (Wire) — Security forces fired on protesters who had gathered outside the court,\n"
    "killing at least three people, witnesses said on Friday.\n\n"
    "   \n"
    "Dozens of workers went on strike, and tens of thousands marched in the capital, a union said. "
    "Police arrested 12 students; half a dozen were released after 2-3 days."
)


def _clause_head_by_tokens(tok: Token) -> Token:
    cur = tok
    for _ in range(20):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in CLAUSE_DEPS:
            return cur
        if cur.head == cur:
            return cur
        cur = cur.head
    return cur


def _linked_by_tokens(a: Token, b: Token) -> bool:
    if b in list(a.ancestors)[:3] or a in list(b.ancestors)[:3]:
        return True
    if a.head == b.head and a.head.pos_ in ("VERB", "AUX"):
        return True
    for x, y in ((a, b), (b, a)):
        if y.dep_ == "advcl" and y.tag_ == "VBG" and y.head != y:
            gov = y.head
            if gov.left_edge.i <= x.i <= gov.right_edge.i and not y.left_edge.i <= x.i <= y.right_edge.i:
                return True
    return False


@pytest.mark.slow
def test_cached_lists_match_the_tokens(nlp: Language) -> None:
    doc = nlp(TEXT)
    assert [t.i for t in tokens(doc)] == [t.i for t in doc]
    assert tokens(doc) is tokens(doc)  # built once
    assert lemmas(doc) == [lemma(t) for t in doc]
    assert lowers(doc) == [t.lower_ for t in doc]
    assert doc_lemma_set(doc) == {lemma(t) for t in doc}
    assert doc_word_set(doc) == {w for t in doc for w in (lemma(t), t.lower_)}
    assert segment_starts(doc) == [segment(t).start for t in doc]
    assert parse_tree(doc) == ([t.pos_ for t in doc], [t.dep_ for t in doc], [t.head.i for t in doc])
    assert _doc_keys(doc) == [_keys(t) for t in doc]


@pytest.mark.slow
def test_text_and_token_at_from_the_cached_tokens(nlp: Language) -> None:
    doc = nlp(TEXT + "  Spaces\n\nand lines. ")
    assert doc_text(doc) == doc.text
    starts = [t.idx for t in doc]
    for char in range(len(doc.text)):
        i = bisect_right(starts, char) - 1
        want = doc[i].i if i >= 0 and char < doc[i].idx + len(doc[i].text) else None
        got = token_at(doc, char)
        assert (got.i if got is not None else None) == want


@pytest.mark.slow
def test_clause_head_and_links_by_index_match_the_token_walks(nlp: Language) -> None:
    doc = nlp(TEXT)
    for tok in doc:
        assert clause_head(tok) == _clause_head_by_tokens(tok)
        assert [a.i for a in list(tok.ancestors)[:3]] == _ancestors(parse_tree(doc)[2], tok.i, 3)
    assert clause_head(doc[0]) is not None
    for a in doc:
        for b in doc:
            if a.i != b.i:
                assert _linked(a, b) == _linked_by_tokens(a, b), (a.text, b.text)


@pytest.mark.slow
def test_paragraph_count_matches_counting_lines(nlp: Language) -> None:
    doc = nlp(TEXT)
    for start in range(len(TEXT) + 1):
        expected = sum(1 for line in TEXT[:start].split("\n")[:-1] if line.strip())
        assert _paragraphs_before(doc, start) == expected


@pytest.mark.slow
def test_number_prefilter_never_hides_a_number(nlp: Language) -> None:
    t = _table()
    more = " Several hundred, 10s of thousands, a couple of hundred, an estimated 1,500 and forty-one."
    doc = nlp(TEXT + more)
    found = 0
    for i, tok in enumerate(doc):
        if _parse_number(doc, i, t) is not None:
            found += 1
            assert _may_start(tok.lower_, t), tok.text
    assert found >= 8


@pytest.mark.slow
def test_per_doc_builds_once_and_keeps_empty_caches(nlp: Language) -> None:
    from eventwire.extract.syntax import per_doc

    doc = nlp("Police arrested 12 students.")
    calls: list[int] = []

    def build() -> list[int]:
        calls.append(1)
        return [len(doc)]

    first = per_doc(doc, "eventwire.test_key", build)
    assert per_doc(doc, "eventwire.test_key", build) is first
    assert calls == [1]
    assert per_doc(doc, "eventwire.test_empty", dict) == {}
    assert per_doc(doc, "eventwire.test_empty", lambda: {"rebuilt": True}) == {}  # an empty cache is kept
