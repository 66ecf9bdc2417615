"""Frames: a mid-sentence "according to X" followed by a verbless tail that names some of what the
clause before counts ("among them …", "including …", "two of them …"): X vouches for the clause
before, and the tail is no part of the speaker (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claim_with_cue

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Police have detained at least 52 dockers since the stoppage began, according to the union, "
            "among them its treasurer, Omar Haddad, who was taken from his home on Friday night.",
            "the union",
            "Police have detained at least 52 dockers since the stoppage began",
        ),
        (
            "Police arrested 40 students at the campus on Monday, according to the rector, including two "
            "who were later taken to hospital with injuries to the head.",
            "the rector",
            "Police arrested 40 students at the campus on Monday",
        ),
        (
            "Four people were wounded, according to the hospital, two of them seriously.",
            "the hospital",
            "Four people were wounded",
        ),
    ],
)
def test_the_source_vouches_for_the_clause_before_an_elaboration(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    found = claim_with_cue(nlp, text, "according to")
    assert found.speaker.text == speaker
    assert found.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Three teachers were arrested in the capital, according to union statements.", "union"),
        ("The sit-in spread to five towns, according to ministry statements.", "ministry"),
    ],
)
def test_statements_named_by_their_issuer_are_the_issuer_s(nlp: Language, text: str, speaker: str) -> None:
    assert claim_with_cue(nlp, text, "according to").speaker.text == speaker


def test_a_subject_hung_on_an_opening_source_is_content(nlp: Language) -> None:
    text = (
        "According to our members in Rugari, a band of about twenty youths armed with sticks and knives "
        "broke into the teacher's shop at around 10 pm, beat him and set the shop on fire."
    )
    found = claim_with_cue(nlp, text, "According to")
    assert found.speaker.text == "our members in Rugari"
    assert found.content.text.startswith("a band of about twenty youths")


def test_a_relative_after_an_opening_source_stays_the_source_s(nlp: Language) -> None:
    text = "According to residents of the town, who asked not to be named, soldiers fired on the crowd."
    assert claim_with_cue(nlp, text, "According to").content.text == "soldiers fired on the crowd"
