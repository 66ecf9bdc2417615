""" "A group of nurses in 2019 sent a letter …, calling for …": a date after the speaker's head is when they
acted, no part of who they are (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_a_date_after_the_speakers_head_is_no_part_of_it(nlp: Language) -> None:
    text = (
        "A group of nurses in 2019 sent a letter to the hospital board, calling for the director's dismissal."
    )
    (cl,) = claims_of(nlp, text)
    assert cl.speaker.text == "A group of nurses"


def test_a_place_after_the_speakers_head_stays(nlp: Language) -> None:
    (cl,) = claims_of(nlp, "Officials in Lagos said 30 people were detained.")
    assert cl.speaker.text == "Officials in Lagos"
