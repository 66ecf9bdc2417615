"""A participle of naming set off by commas after a noun gives the noun its name: no one speaks
(sentences written by us)."""

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
        "In March, Mr. Hale handed the farm to the county. His charitable trust, called the Hollow Creek "
        "Land Fund, will still hold the deed until it repays the loan.",
        "His foundation, called the Northfield Legacy Trust, still owns the land.",
    ],
)
def test_a_name_given_by_a_participle_is_no_claim(nlp: Language, text: str) -> None:
    assert not [c for c in claims_of(nlp, text) if c.cue.text == "called"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister, speaking on Monday, called the protest a plot by rivals.", "the protest a plot"),
        ("Opposition leader Ana Ruiz, called the vote a fraud.", "the vote a fraud"),
    ],
)
def test_calling_something_a_name_stays_a_claim(nlp: Language, text: str, content: str) -> None:
    (cl,) = claims_of(nlp, text)
    assert cl.cue.text == "called"
    assert cl.content.text.startswith(content)
