"""Claims over a bulleted list (the press-release form): a cue line ending in a colon speaks for the
points below it; a speaker line ending in a colon gives its speaker to each point that opens with a
verb of saying or calling. Texts written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _cued(text: str, claims: list, cue: str) -> list:
    return [c for c in claims if text[c.cue.start : c.cue.end] == cue]


def test_a_cue_line_speaks_for_its_points(nlp: Language) -> None:
    text = (
        "The Harbour Rights Forum calls on the authorities to:\n"
        "- release the eleven dockers held since May;\n"
        "- allow their families to visit them.\n"
    )
    (claim,) = _cued(text, claims_of(nlp, text), "calls on")
    content = text[claim.content.start : claim.content.end]
    assert "release the eleven dockers" in content
    assert "allow their families" in content
    assert "Harbour Rights Forum" in claim.speaker.text


def test_a_speaker_line_gives_each_point_its_speaker(nlp: Language) -> None:
    text = (
        "The National Council of the party:\n"
        "- condemns the detention of its treasurer;\n"
        "- calls on its members to a sit-in on Monday outside the court.\n"
    )
    claims = claims_of(nlp, text)
    (call,) = _cued(text, claims, "calls on")
    assert "sit-in on Monday" in text[call.content.start : call.content.end]
    assert "National Council" in call.speaker.text


def test_a_list_after_a_heading_without_a_speaker_makes_no_claim(nlp: Language) -> None:
    text = "Main points:\n- the port stays closed;\n- talks resume on Friday.\n"
    assert claims_of(nlp, text) == []
