"""Session 33 (role S): attribution forms of real news reporting. Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("headline", "name", "content"),
    [
        ("Pence: We Will Accept the Result of the Vote", "Pence", "We Will Accept the Result of the Vote"),
        (
            "Ryan: Republicans Will Keep the House Majority",
            "Ryan",
            "Republicans Will Keep the House Majority",
        ),
        ("Poll: Voters Split Evenly Over the Tax Plan.", "Poll", "Voters Split Evenly Over the Tax Plan"),
    ],
)
def test_a_headline_opened_by_a_name_and_a_colon_is_that_speakers_claim(
    nlp: Language, headline: str, name: str, content: str
) -> None:
    text = (
        f"{headline}\n\nWASHINGTON - Republican vice presidential nominee Mike Pence told reporters on "
        "Monday that the debate had gone well. House Speaker Paul Ryan agreed."
    )
    found = [c for c in claims_of(nlp, text) if c.cue.text == ":"]
    assert found, [(c.cue.text, c.speaker.text) for c in claims_of(nlp, text)]
    assert (found[0].speaker.text, found[0].content.text) == (name, content)


@pytest.mark.parametrize(
    "headline",
    [
        "Analysis: The Race Tightens in Ohio",
        "Update: Polls Close in Three States",
        "Ohio: Turnout Rises in Early Voting",
    ],
)
def test_a_section_label_or_a_place_before_a_colon_is_no_speaker(nlp: Language, headline: str) -> None:
    text = f"{headline}\n\nCOLUMBUS - Officials said on Monday that turnout was higher than in 2012."
    assert not [c for c in claims_of(nlp, text) if c.cue.text == ":"]
