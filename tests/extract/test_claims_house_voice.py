"""Claims (session 12): unnamed "Observers recall / Experts note that …" is the publisher's own
device for background (docs/gold-format.md N16): no claim, and what it recalls stays the
publisher's; a named or counted speaker, or another verb, is still a claim (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import status_of
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Observers recall that miners in the region went on strike for two months in 2019.",
        "Experts note that police detained hundreds of traders during the 2020 unrest.",
        "Observers note that the town had already been shelled by militants in March 2023.",
    ],
)
def test_unnamed_observers_recalling_background_make_no_claim(nlp: Language, text: str) -> None:
    assert [(c.speaker.text, c.cue.text) for c in claims_of(nlp, text)] == []


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Observers recall that miners in the region went on strike for two months in 2019.", "strike"),
        ("Experts note that police detained hundreds of traders during the 2020 unrest.", "arrest"),
    ],
)
def test_what_observers_recall_is_the_publishers(nlp: Language, text: str, etype: str) -> None:
    assert status_of(nlp, text, etype) == "asserted"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "European Union observers noted that soldiers had beaten voters in two towns.",
            "European Union observers",
            "noted",
        ),
        (
            "Two experts recalled that police had detained dozens of students in 2021.",
            "Two experts",
            "recalled",
        ),
        ("Observers say the protests in the capital are likely to grow next week.", "Observers", "say"),
    ],
)
def test_named_counted_or_saying_observers_still_speak(
    nlp: Language, text: str, speaker: str, cue: str
) -> None:
    found = [(c.speaker.text, c.cue.text) for c in claims_of(nlp, text)]
    assert (speaker, cue) in found
