"""'X felt that …' attributes the clause to X (a verb of opinion in Indian English press style); 'felt'
with a noun object or an adjective is no claim. Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from .test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_felt_that_is_a_claim_of_its_subject(nlp: Language) -> None:
    text = "Activist Meera Rao felt that the court ought to act before the march on Friday."
    found = [c for c in claims_of(nlp, text) if "court ought to act" in c.content.text]
    assert found
    assert found[0].speaker.text == "Activist Meera Rao"


def test_feel_without_that_takes_the_clause(nlp: Language) -> None:
    text = "The hardliners in the party, however, feel it would not be able to come back to power."
    found = [c for c in claims_of(nlp, text) if "come back to power" in c.content.text]
    assert found
    assert "hardliners" in found[0].speaker.text


def test_felt_with_an_object_or_adjective_is_no_claim(nlp: Language) -> None:
    for text in ("She felt the pain of the families.", "The residents felt betrayed by the council."):
        assert not [
            c for c in claims_of(nlp, text) if c.cue is not None and "felt" in text[c.cue.start : c.cue.end]
        ]
