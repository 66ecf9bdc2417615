"""A definite organisation noun with no name after it ("The New York-based group said") is the
group named before it (sentences written by us). The name in apposition after the noun ("the
Oslo-based group Iran Human Rights, quoted by …, claimed") is tested with the other class nouns in
test_speakers_class_nouns."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of
from tests.extract.test_claims_speaker_names import named

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_the_group_without_a_name_is_still_the_group_that_spoke(nlp: Language) -> None:
    text = (
        "Human Rights Watch said four journalists had been detained in Tabriz. The New York-based group "
        "said two of them were later freed."
    )
    hrw = named(text, "Human Rights Watch", "Human Rights Watch", "rights_group", "ew:hrw")
    claims = claims_of(nlp, text, actors=(hrw,))
    assert [c.speaker.name for c in claims] == ["Human Rights Watch", "Human Rights Watch"]
