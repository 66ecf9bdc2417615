"""Research and reviews state their findings ("research conducted by X found …", "a review of records
indicates …"); ordering a review is no claim (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "In 2013, research conducted by the Center for Media Studies found the site consistently rated "
            "one party higher.",
            "found",
            "the Center for Media Studies",
        ),
        (
            "Ode accused Ruiz of being a member of the ruling party, though a review of records indicates he "
            "has been a registered independent since 2003.",
            "indicates",
            "a review of records",
        ),
        ("A review by the auditor found that 40 contracts were never signed.", "found", "the auditor"),
    ],
)
def test_research_and_reviews_state_their_findings(nlp: Language, text: str, cue: str, speaker: str) -> None:
    (cl,) = [c for c in claims_of(nlp, text) if c.cue.text == cue]
    assert cl.speaker.text == speaker


def test_ordering_a_review_is_no_claim(nlp: Language) -> None:
    assert not claims_of(nlp, "The ministry ordered a review of the case.")
