"""Counts of people treated by medics or struck by missiles are injuries; unlisted doers of a crowd's act
are its participants."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.magnitudes import find_magnitudes

if TYPE_CHECKING:
    from spacy.language import Language

KINDS = [
    # people treated by medics are the injured, whatever they were treated for
    ("Medics said 14 marchers were treated for the effects of pepper spray.", "14", "injuries"),
    ("The clinic said it had treated 28 people, most of them for cuts.", "28", "injuries"),
    # ... but not people dealt with in some way
    ("The court said 40 activists were treated as foreign agents.", "40", "arrests_or_other"),
    # people hit by something fired or thrown are hurt
    ("Lawyers said at least six students had been hit by rubber bullets.", "at least six", "injuries"),
    ("Medics said three farmers were struck by tear gas canisters.", "three", "injuries"),
    # people who sought or needed medical help are the hurt
    ("The ministry said 15 police officers sought medical help.", "15", "injuries"),
    ("The union said at least nine students needed hospital treatment.", "at least nine", "injuries"),
    # ... not people who needed help of another kind
    ("The union said 40 students needed help from lawyers.", "40", "arrests_or_other"),
    # an unlisted plural noun of doers of a crowd's act counts its participants
    ("Hundreds of angry borrowers stormed the offices of the lender.", "Hundreds", "participants"),
]


@pytest.mark.parametrize(("text", "phrase", "kind"), KINDS)
def test_magnitude_kind_of_the_treated_and_struck(nlp: Language, text: str, phrase: str, kind: str) -> None:
    found = {m.text: m.kind for m in find_magnitudes(nlp(text))}
    if kind == "arrests_or_other":
        assert found.get(phrase) != "injuries", found
    else:
        assert found.get(phrase) == kind, found
