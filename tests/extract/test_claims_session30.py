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


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The minister pointed out that the ferry had been idle for a month.",
            "pointed out",
            "the ferry had",
        ),
        ("The district officer clarified that no curfew had been ordered.", "clarified", "no curfew"),
        (
            "The appeals court ruled that the detention of the teachers was unlawful.",
            "ruled",
            "the detention",
        ),
        (
            "Counsel for the family submitted that the boy had been beaten in the lock-up.",
            "submitted",
            "the boy",
        ),
        ('"Leave the square now," an officer shouted at the marchers.', "shouted", "Leave the square"),
    ],
)
def test_reporting_verbs_with_a_clause_or_a_quotation(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    (claim,) = claims_of(nlp, text)
    assert cue in text[claim.cue.start : claim.cue.end] or text[claim.cue.start : claim.cue.end] in cue
    assert text[claim.content.start : claim.content.end].startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "The court ruled out any delay in the hearing.",
        "The villagers shouted slogans outside the station.",
        "The minister pointed to the empty ferry terminal.",
    ],
)
def test_those_verbs_without_a_clause_are_no_claims(nlp: Language, text: str) -> None:
    assert claims_of(nlp, text) == []
