"""A verb of saying that someone was urged or dared to say ("daring him to say that …", "urged the ministry
to confirm that …") is nothing said by them (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        (
            "One senator threatened to call the official before a public hearing, in effect daring him to "
            "say that the committee had no right to the files.",
            ["threatened"],
        ),
        ("The union urged the ministry to confirm that 40 workers were detained.", ["urged"]),
    ],
)
def test_who_is_asked_to_say_something_says_nothing(nlp: Language, text: str, cues: list[str]) -> None:
    assert [c.cue.text for c in claims_of(nlp, text)] == cues
