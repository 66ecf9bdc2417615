"""Claims: "by X's count" is X's account of the clause it closes or opens (docs/gold-format.md N17:
"by the government's own count" is "according to the government"), with X as speaker and the
clause, up to a semicolon, as content; a count nobody owns ("by some estimates", "by any count") is
no claim. Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


# (text, cue as written, speaker as written, words of the content)
_COUNTED = [
    (
        "During the fuel protests of 2023, at least 41 people were killed in Mombasa, by the "
        "government's own count.",
        "by the government's own count",
        "the government",
        "at least 41 people were killed in Mombasa",
    ),
    (
        "Some 800 people were detained in the first week by the Bar Association's tally; the "
        "interior ministry has acknowledged 120 arrests.",
        "by the Bar Association's tally",
        "the Bar Association",
        "Some 800 people were detained in the first week",
    ),
    (
        "Since March, by our count, police have broken up more than 30 sit-ins outside the "
        "parliament in Dhaka.",
        "by our count",
        "our",
        "police have broken up more than 30 sit-ins",
    ),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), _COUNTED)
def test_by_someones_count_is_their_claim(
    nlp: Language, text: str, cue: str, speaker: str, content: str
) -> None:
    found = [c for c in claims_of(nlp, text) if c.cue.text == cue]
    assert found, [(c.cue.text, c.content.text) for c in claims_of(nlp, text)]
    assert found[0].speaker.text == speaker
    assert content in found[0].content.text
    assert "acknowledged" not in found[0].content.text  # the semicolon closes the clause


@pytest.mark.parametrize(
    "text",
    [
        "By some estimates, more than 2,000 people marched through Lagos on Saturday.",
        "The turnout was the largest in a decade by any count.",
    ],
)
def test_a_count_nobody_owns_is_no_claim(nlp: Language, text: str) -> None:
    assert claims_of(nlp, text) == []
