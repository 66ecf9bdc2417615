"""A finding with a clause ("auditors have discovered that …") is a claim of the finders; discovering a thing
is none (sentences written by us)."""

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
            "Federal auditors have also discovered that attempts to defraud the program were made by "
            "people with ties to gangs.",
            "Federal auditors",
            "attempts to defraud the program were made by people with ties to gangs",
        ),
        (
            "Residents discovered on Monday that the well had been poisoned.",
            "Residents",
            "the well had been poisoned",
        ),
    ],
)
def test_discovered_that_is_a_finding(nlp: Language, text: str, speaker: str, content: str) -> None:
    (cl,) = claims_of(nlp, text)
    assert cl.speaker.text == speaker
    assert cl.content.text == content


def test_discovering_a_thing_is_no_claim(nlp: Language) -> None:
    assert not claims_of(nlp, "Police discovered the bodies of three men on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Police discover three bodies in the river near Kemba",
        "Troops discovered a mass burial site on the outskirts of Kemba - state media",
    ],
)
def test_a_headline_discovery_is_no_claim(nlp: Language, text: str) -> None:
    assert not claims_of(nlp, text)
