"""Frames: the request of a call the parser did not hang on the call as its infinitive — a bare verb
read as a noun after the preposition "to" ("called on its supporters to march to the palace",
frame_contents._bare_to_noun), an infinitive hung on a word of the addressee's phrase ("called on
farmers in A and B to join them", frame_contents._request_after_addressee). Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_a_request_read_as_a_preposition_phrase_is_still_the_call_s_content(nlp: Language) -> None:
    text = "The candidate called on his supporters to march to the electoral commission."
    found = {c.cue.text: c for c in claims_of(nlp, text)}
    assert "called on" in found, [(c.cue.text, c.content.text) for c in found.values()]
    assert found["called on"].content.text == "his supporters to march to the electoral commission"


def test_a_call_to_a_meeting_names_no_request(nlp: Language) -> None:
    text = "The union called on its members to the talks on Friday."
    assert not [c for c in claims_of(nlp, text) if c.cue.text == "called on"]


def test_a_request_hung_on_the_addressee_s_phrase_is_still_the_call_s(nlp: Language) -> None:
    text = (
        "Nurses in the province said they would stay off work next week, and called on doctors in "
        "Ahvaz and Dezful to join them."
    )
    found = {c.cue.text: c for c in claims_of(nlp, text)}
    assert "called on" in found, [(c.cue.text, c.content.text) for c in found.values()]
    assert found["called on"].speaker.text == "Nurses in the province"
    assert found["called on"].content.text == "doctors in Ahvaz and Dezful to join them"
    assert found["said"].content.text == "they would stay off work next week"


def test_a_call_joined_to_an_announcement_is_a_frame_of_its_own(nlp: Language) -> None:
    text = (
        "The alliance announced that the shutdown would be extended to Friday, and called on its "
        "supporters to march peacefully to the palace on Saturday."
    )
    found = {c.cue.text: c for c in claims_of(nlp, text)}
    assert "called on" in found, [(c.cue.text, c.content.text) for c in found.values()]
    assert found["called on"].speaker.text == "The alliance"
    assert found["announced"].content.text == "the shutdown would be extended to Friday"


def test_an_urged_march_read_as_the_month_is_still_urged(nlp: Language) -> None:
    text = "The union urged its supporters to march peacefully on Wednesday."
    found = {c.cue.text: c for c in claims_of(nlp, text)}
    assert "urged" in found, [(c.cue.text, c.content.text) for c in found.values()]
    assert found["urged"].content.text == "march peacefully on Wednesday"
