"""Session 26 (role C): a content the parser cut right after the words that open its breakdown
("…had been detained, among them") runs on over the breakdown, up to the sentence's next clause.
Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _said(nlp: Language, text: str) -> str:
    (claim,) = [c for c in claims_of(nlp, text) if text[c.cue.start : c.cue.end] == "said"]
    return text[claim.content.start : claim.content.end]


def test_a_breakdown_with_a_relative_clause_stays_in_the_content(nlp: Language) -> None:
    text = (
        "The Coalition said more than 40 people had been detained, among them its spokesman, Omar Diallo, "
        "who was taken from his office in Kindia on Tuesday night."
    )
    assert _said(nlp, text).endswith("on Tuesday night")


def test_a_breakdown_ends_before_the_next_clause(nlp: Language) -> None:
    text = (
        "The committee said at least 12 people had been killed, among them two nurses shot in Makeni, "
        "and accused soldiers of firing into the crowd."
    )
    content = _said(nlp, text)
    assert content.endswith("two nurses shot in Makeni")
