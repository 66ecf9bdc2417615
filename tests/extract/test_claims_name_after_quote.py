""" "“…,” Tulsa police Chief X said Monday": the first word of the speaker's phrase after the closing
quotation mark, hung by the parser on the quotation, opens the speaker's phrase (sentences written
by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "“I will make this promise to you: We will achieve justice in this case,” Tulsa police Chief Ron "
        "Hale said Monday.",
        "“We will get answers for this family,” Tulsa police Chief Ron Hale said Monday.",
    ],
)
def test_the_place_before_a_role_after_a_quotation_is_part_of_the_speaker(nlp: Language, text: str) -> None:
    (cl,) = claims_of(nlp, text)
    assert cl.speaker.text == "Tulsa police Chief Ron Hale"
    assert cl.quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will get answers,” the police chief said.", "the police chief"),
        ("“We will get answers,” Ron Hale said.", "Ron Hale"),
    ],
)
def test_a_speaker_the_parser_kept_whole_is_unchanged(nlp: Language, text: str, speaker: str) -> None:
    (cl,) = claims_of(nlp, text)
    assert cl.speaker.text == speaker
