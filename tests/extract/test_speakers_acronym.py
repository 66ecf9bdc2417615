"""Speakers: an organisation's acronym met after a person who leads it ("said Leila Moradi,
CDRW's director") is the organisation when it speaks on its own later ("CDRW said"), not a
surname of that person. Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.claims import find_claims
from eventwire.extract.mentions import Mentions
from eventwire.ingest.document import make_document
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


def test_an_acronym_speaks_for_the_long_name_the_text_gave_it(nlp: Language) -> None:
    text = (
        "Clinics in six towns were closed, according to the Free Union of Nurses (FUN). "
        "The FUN warned that the strike would spread to hospitals next week."
    )
    document = make_document(text, normalize=False, publisher=None)
    claims = find_claims(Mentions(document=document, doc=nlp(text), published=None))
    first, second = claims[0].speaker, claims[-1].speaker
    assert first.name == "Free Union of Nurses"
    assert "FUN" in first.aliases
    assert "Free Union of Nurses" in second.aliases
