"""Frames: "Workers we spoke to said …", which the parser reads as "we spoke" with "to said" its
infinitive; the people spoken to are the speakers (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Miners we spoke to said at least 12 men were detained on Monday.",
            "Miners",
            "at least 12 men were detained on Monday",
        ),
        (
            "Nurses we spoke to said three colleagues were arrested at the hospital gate.",
            "Nurses",
            "three colleagues were arrested at the hospital gate",
        ),
        ("Students I spoke to said the police beat them.", "Students", "the police beat them"),
    ],
)
def test_the_people_spoken_to_are_the_speakers(nlp: Language, text: str, speaker: str, content: str) -> None:
    found = [c for c in claims_of(nlp, text) if c.cue.text == "said"]
    assert found
    assert found[0].speaker.text == speaker
    assert found[0].content.text == content


def test_we_speaking_to_someone_is_no_interviewee_frame(nlp: Language) -> None:
    text = "We spoke to the guards at the gate on Monday."
    assert not [c for c in claims_of(nlp, text) if c.speaker.text == "guards"]
