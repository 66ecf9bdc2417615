"""The segment's words a sense check sees: counted once per segment, the same as a walk per candidate."""

from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.senses_context import sentence_words
from eventwire.extract.syntax import segments
from eventwire.extract.triggers import _doc_keys, _word_counts, _words_without, find_triggers

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

TEXTS = (
    "Riot police fired tear gas at striking dockworkers, and the dockworkers fired back with stones.",
    "Two reporters were detained; the reporters' union said the detentions were unlawful.",
    "Crowds marched through the market town, marching again at dusk as the marchers sang.",
)


@pytest.mark.parametrize("text", TEXTS)
def test_words_without_matches_a_walk_over_the_segment(nlp: Language, text: str) -> None:
    doc = nlp(text)
    keys = _doc_keys(doc)
    for seg in segments(doc):
        counted = _word_counts(keys, seg.start, seg.end)
        idx = range(seg.start, seg.end)
        for n in (1, 2):
            for skip in combinations(idx, n):
                assert _words_without(counted, keys, frozenset(skip)) == sentence_words(seg, set(skip))


def test_a_word_another_token_repeats_stays(nlp: Language) -> None:
    doc = nlp("The dockworkers struck, and the dockworkers marched.")
    keys = _doc_keys(doc)
    seg = next(iter(segments(doc)))
    first = next(t.i for t in doc if t.lower_ == "dockworkers")
    only = next(t.i for t in doc if t.lower_ == "marched")
    words = _words_without(_word_counts(keys, seg.start, seg.end), keys, frozenset({first, only}))
    assert "dockworkers" in words  # the second "dockworkers" still bears it
    assert "marched" not in words
    assert "march" not in words


def test_sports_check_per_segment_keeps_each_segment_apart(nlp: Language) -> None:
    text = (
        "The striker scored twice as the home team beat their rivals in the league match.\n\n"
        "Police beat protesters outside the ministry on Tuesday, witnesses said."
    )
    found = [(t.type, text[t.start_char : t.end_char]) for t in find_triggers(nlp(text))]
    assert ("repression", "beat") in found
    assert sum(1 for _, w in found if w == "beat") == 1  # the match report's "beat" is no event
