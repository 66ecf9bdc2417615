"""Frames: a second call with no subject of its own takes the first call's caller ("called for calm
but urged worshippers to gather again", frame_subjects._caller_past_request); a call preposition before
an "as" phrase keeps the verb a call, not a naming (frame_contents._naming); a call verb tagged a noun
at the root after a body's name ("NGO calls on …", frame_base._verbal_noun). Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _found(nlp: Language, text: str) -> dict[str, object]:
    return {c.cue.text: c for c in claims_of(nlp, text)}


def test_a_second_call_takes_the_first_caller(nlp: Language) -> None:
    text = (
        "Sheikh Omar Haidari, a senior cleric in the city, called for calm but urged worshippers to "
        "gather again after the evening prayers."
    )
    found = {c.cue.text: c for c in claims_of(nlp, text)}
    assert "urged" in found, [(c.cue.text, c.content.text) for c in found.values()]
    assert "Haidari" in found["urged"].speaker.text


def test_a_second_call_after_a_relative_clause_takes_the_first_caller(nlp: Language) -> None:
    text = (
        "The Farmers' Union, which has led the protests since March, called on growers to keep their "
        "tractors on the motorway until the tax is withdrawn and urged dock workers to join the blockade."
    )
    found = {c.cue.text: c for c in claims_of(nlp, text)}
    assert "urged" in found, [(c.cue.text, c.content.text) for c in found.values()]
    assert "Farmers' Union" in found["urged"].speaker.text


def test_a_call_with_an_as_phrase_is_a_call(nlp: Language) -> None:
    text = (
        "The committee calls on the government to treat the strike as a labour dispute and not as a "
        "security threat."
    )
    found = {c.cue.text: c for c in claims_of(nlp, text)}
    assert any(cue.startswith("calls") for cue in found), [
        (c.cue.text, c.content.text) for c in found.values()
    ]
