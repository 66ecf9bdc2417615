"""Claims: "has established" reports what a speaker found out, like "has documented" or "has learned":
a claim when its complement is a clause ("has established that …") or it closes the sentence
("…, the group has established"); "established a commission" (an object) is no claim. Sentences
written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Our researchers have established that guards beat two students in Dashoguz prison in May.",
            "have established",
            "guards beat two students",
        ),
        (
            "Four teachers were held overnight at the district police station, the Monitor has established.",
            "has established",
            "Four teachers were held overnight",
        ),
    ],
)
def test_established_reports_a_finding(nlp: Language, text: str, cue: str, content: str) -> None:
    claims = claims_of(nlp, text)
    assert any(text[c.cue.start : c.cue.end] == cue for c in claims), claims
    (claim,) = [c for c in claims if text[c.cue.start : c.cue.end] == cue]
    assert content in text[claim.content.start : claim.content.end]


def test_establishing_a_body_is_no_claim(nlp: Language) -> None:
    text = "The government established a commission to investigate the killings in Mandera."
    assert claims_of(nlp, text) == []
