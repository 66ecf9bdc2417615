"""Children and subtrees walked over the parse arrays: the same tokens, in the same order, as spaCy's."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.scope import one_occasion, whole_extent, within_wave
from eventwire.extract.syntax import children_index, subtree_indices

if TYPE_CHECKING:
    from spacy.language import Language

TEXTS = [
    "Security forces shot dead at least 12 protesters in the city of Zahedan on Friday, witnesses said.",
    "Police, who had been deployed across the entire province, detained the lawyer, his wife and "
    "three students after the rally, which organisers said drew thousands; the strike went on.",
    "Crowds that gathered outside the main gate of the prison were dispersed with tear gas, and "
    "nine men were hanged together at dawn, a rights group said, citing sources inside.",
    "BAGHDAD (Wire) — Hundreds of oil workers went on strike. Was it over? No: the whole country "
    "rose, and during the protests in which more than 100 people were killed, shops closed.",
]


@pytest.mark.slow
def test_children_and_subtrees_match_spacy(nlp: Language) -> None:
    for text in TEXTS:
        doc = nlp(text)
        kids = children_index(doc)
        for tok in doc:
            assert kids[tok.i] == [c.i for c in tok.children]
            assert subtree_indices(tok) == tuple(t.i for t in tok.subtree)
            assert subtree_indices(tok) is subtree_indices(tok)  # remembered per Doc


@pytest.mark.slow
def test_clause_searches_over_indices(nlp: Language) -> None:
    doc = nlp("Nine men were hanged together in a prison near the capital on Thursday.")
    hanged = next(t for t in doc if t.lower_ == "hanged")
    assert one_occasion(hanged)
    doc = nlp("The whole country will rise against the government, the union said.")
    rise = next(t for t in doc if t.lower_ == "rise")
    assert whole_extent(rise)
    doc = nlp("More than 100 people were killed during the protests, the group said.")
    killed = next(t for t in doc if t.lower_ == "killed")
    assert within_wave(killed, [])
    doc = nlp("A protester was shot in the leg on Monday.")
    shot = next(t for t in doc if t.lower_ == "shot")
    assert not one_occasion(shot) and not whole_extent(shot) and not within_wave(shot, [])
