"""Guarded cue verbs: 'read' with a document subject, 'suspect'/'assume' with a clause, 'respond' with a
that-clause; banners 'reading' a slogan and 'responded with tear gas' are no claims.
Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from .test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.records import Claim

pytestmark = pytest.mark.slow


def _cued(nlp: Language, text: str, word: str) -> list[Claim]:
    return [c for c in claims_of(nlp, text) if c.cue is not None and word in text[c.cue.start : c.cue.end]]


def test_a_statement_reads_its_text(nlp: Language) -> None:
    text = '"We will return to the streets on Monday," the statement read.'
    found = _cued(nlp, text, "read")
    assert found
    assert "statement" in found[0].speaker.text
    assert "return to the streets" in found[0].content.text


def test_banners_reading_a_slogan_are_no_claim(nlp: Language) -> None:
    text = "Hundreds of students marched through Velmora carrying banners reading 'Fees must fall'."
    assert not _cued(nlp, text, "read")


def test_a_sign_read_is_no_claim(nlp: Language) -> None:
    text = "A sign on the gate read 'No entry for soldiers'."
    assert not _cued(nlp, text, "read")


def test_suspect_with_a_clause_is_a_claim(nlp: Language) -> None:
    text = "Investigators suspect the fire at the depot was started by a rival transport union."
    found = _cued(nlp, text, "suspect")
    assert found
    assert found[0].speaker.text == "Investigators"
    assert "fire at the depot" in found[0].content.text


def test_suspect_with_an_object_is_no_claim(nlp: Language) -> None:
    text = "Investigators suspect two brothers from the eastern district."
    assert not _cued(nlp, text, "suspect")


def test_respond_that_is_a_claim(nlp: Language) -> None:
    text = "The mayor responded that the curfew had been lifted on Tuesday morning."
    found = _cued(nlp, text, "respond")
    assert found
    assert found[0].speaker.text == "The mayor"
    assert "curfew had been lifted" in found[0].content.text


def test_responded_with_force_is_no_claim(nlp: Language) -> None:
    for text in (
        "Riot police responded with tear gas and rubber bullets when the crowd reached the bridge.",
        "The guards responded proportionately to the stones thrown at the gate.",
    ):
        assert not _cued(nlp, text, "respond")


def test_part_of_a_statement_is_the_statement(nlp: Language) -> None:
    text = (
        "The ministry issued a statement on Friday. "
        '"Anyone who blocks a road will be arrested," reads part of the statement.'
    )
    found = _cued(nlp, text, "reads")
    assert found
    assert found[0].speaker.text == "the statement"
