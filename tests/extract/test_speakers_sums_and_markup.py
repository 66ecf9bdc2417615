"""A sum before the speaker ("the minimum $20 million experts say") and a stray markup sign (">Sanders said")
are no part of the speaker's phrase (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_a_sum_before_the_speaker_is_no_part_of_it(nlp: Language) -> None:
    text = "That's a small fraction of the minimum $20 million experts say it costs to run statewide."
    (cl,) = claims_of(nlp, text)
    assert cl.speaker.text == "experts"


def test_a_count_of_speakers_stays(nlp: Language) -> None:
    (cl,) = claims_of(nlp, "Nearly 20 experts say it costs more.")
    assert cl.speaker.text == "Nearly 20 experts"


def test_a_stray_markup_sign_is_no_part_of_the_speaker(nlp: Language) -> None:
    (cl,) = claims_of(nlp, 'The vote is accurate.">Sanders said that the real rate is 51 percent.')
    assert cl.speaker.text == "Sanders"
