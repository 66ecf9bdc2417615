"""Claims: a second frame the parser hangs inside the first one's content — a second call joined to
the first call's request ("called on drivers to extend the strike and urged others to join"), and
an official's denial or explanation joined to what the official reported ("said the man had died of
a stroke and denied that he was beaten", "denied that its officers beat anyone, saying …").
The speaker of the second frame is the first frame's speaker (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claim_with_cue, claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "speaker", "first", "second"),
    [
        (
            "The dockers' union, in a statement on Friday, called on members to extend the stoppage "
            '"until the contract is signed" and urged lorry drivers and rail workers to join them.',
            "The dockers' union",
            'members to extend the stoppage "until the contract is signed"',
            "join them",
        ),
        (
            "The cleric called on the cabinet to resign and urged his followers to hold sit-ins.",
            "The cleric",
            "the cabinet to resign",
            "hold sit-ins",
        ),
    ],
)
def test_a_second_call_joined_to_the_first_request_is_its_own_claim(
    nlp: Language, text: str, speaker: str, first: str, second: str
) -> None:
    found = {c.cue.text: c for c in claims_of(nlp, text)}
    assert "urged" in found, [(c.cue.text, c.content.text) for c in found.values()]
    called = next(c for cue, c in found.items() if cue.startswith("called"))
    assert called.content.text == first
    assert found["urged"].content.text == second
    assert found["urged"].speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "The governor of the district said the prisoner had died of a stroke and denied that he "
            "had been beaten.",
            "denied",
            "The governor of the district",
        ),
        (
            "The border police, in a statement on Monday, said only one smuggler had died, after a "
            "fall, and denied that guards had fired on the group.",
            "denied",
            "The border police",
        ),
        (
            "The ministry denied that its officers had beaten reporters, saying force had been used "
            "only against rioters.",
            "saying",
            "The ministry",
        ),
    ],
)
def test_an_officials_second_frame_inside_the_first_content_is_the_officials(
    nlp: Language, text: str, cue: str, speaker: str
) -> None:
    assert claim_with_cue(nlp, text, cue).speaker.text == speaker


def test_those_reported_keep_their_own_words_after_a_plain_report(nlp: Language) -> None:
    # after "said", not a denial, the participle can be what those reported said
    (saying,) = [
        c
        for c in claims_of(nlp, "Police said farmers had marched to the square, saying they wanted land.")
        if c.cue.text == "saying"
    ]
    assert saying.speaker.text == "farmers"
