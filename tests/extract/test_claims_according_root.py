""" "According to X, …" read by the parser as the sentence's root, the report hung on X as an
apposition: the words after the comma are X's claim (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_according_to_as_the_root_still_gives_the_claim(nlp: Language) -> None:
    text = "According to veteran talk radio host Mel Tarrant, the move reeks of “panic” and desperation."
    (cl,) = claims_of(nlp, text)
    assert cl.cue.text == "According to"
    assert cl.speaker.text == "veteran talk radio host Mel Tarrant"
    assert cl.content.text == "the move reeks of “panic” and desperation"


def test_according_to_with_its_own_clause_is_unchanged(nlp: Language) -> None:
    (cl,) = claims_of(nlp, "According to the union leader Sam Ota, the offer reeks of contempt.")
    assert cl.speaker.text == "the union leader Sam Ota"
    assert cl.content.text == "the offer reeks of contempt"
