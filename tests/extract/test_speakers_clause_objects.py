""" "… mishandled the talks and managers accused …": the object of an earlier clause before "and" is no
part of the speaker's phrase; coordinated speakers stay together (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ruling set off another round of fireworks on Friday: Republicans said they're increasingly "
            "convinced the ministry mishandled the investigation and Democrats accused the GOP of stoking "
            "the issue for political gain.",
            "Democrats",
        ),
        (
            "Unionists said they're convinced the company mishandled the talks and managers accused the "
            "union of stalling the deal.",
            "managers",
        ),
    ],
)
def test_the_object_of_an_earlier_clause_is_no_part_of_the_speaker(
    nlp: Language, text: str, speaker: str
) -> None:
    (cl,) = [c for c in claims_of(nlp, text) if c.cue.text == "accused"]
    assert cl.speaker.text == speaker


def test_coordinated_speakers_stay_together(nlp: Language) -> None:
    (cl,) = claims_of(nlp, "In the capital, rights groups and local media said 30 people were detained.")
    assert cl.speaker.text == "rights groups and local media"
