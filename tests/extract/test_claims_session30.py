"""Session 30 (role S): attribution forms of real political reporting. Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_a_show_named_in_the_frame_is_not_part_of_the_quotation(nlp: Language) -> None:
    text = (
        '"There is a deep rift between the council and the mayor," Dana Okoro, a senior party aide, '
        'said Thursday morning on Channel 4\'s "Morning Hour."'
    )
    (claim,) = claims_of(nlp, text)
    content = text[claim.content.start : claim.content.end]
    assert content == "There is a deep rift between the council and the mayor"


def test_a_quotation_split_by_its_frame_and_a_conjunction_is_one_claim(nlp: Language) -> None:
    text = '"I like the plan," the senator said, but "when it comes to costs, the plan is vague."'
    (claim,) = claims_of(nlp, text)
    content = text[claim.content.start : claim.content.end]
    assert content.startswith("I like the plan") and content.endswith("the plan is vague.")
