"""Speakers: an organisation's acronym met after a person who leads it ("said Leila Moradi,
CDRW's director") is the organisation when it speaks on its own later ("CDRW said"), not a
surname of that person. Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_speakers_relative_head import speakers_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        (
            '"The trials lasted minutes," said Leila Moradi, CDRW\'s director. CDRW said at least 40 '
            "prisoners were hanged in March.",
            "CDRW",
        ),
        (
            "Six detainees were beaten, said Tomas Ruiz, OPDH's coordinator. OPDH said two others had "
            "been released.",
            "OPDH",
        ),
    ],
)
def test_an_acronym_is_not_the_leaders_surname(nlp: Language, text: str, acronym: str) -> None:
    speakers = speakers_of(nlp, text)
    assert speakers, text
    assert any(acronym in name for name in speakers[1:]), speakers
    assert not any(name.endswith(("Moradi", "Ruiz")) for name in speakers[1:]), speakers
