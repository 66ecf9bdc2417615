"""An act a speaker "will not hesitate" to do is a threat (docs/gold-format.md N2: hypothetical), not
a negated act: the "not" denies the hesitation, not the act (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import status_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "The interior ministry said it would not hesitate to arrest anyone who blocked the highway.",
            "arrest",
        ),
        (
            'The army said it "will not hesitate to respond decisively to any further attack" on its posts.',
            "attack",
        ),
    ],
)
def test_an_unhesitating_act_is_a_threat(nlp: Language, text: str, etype: str) -> None:
    assert status_of(nlp, text, etype) == "hypothetical"


def test_a_refusal_to_act_stays_negated(nlp: Language) -> None:
    text = "The ministry said police were not able to arrest the suspects."
    assert status_of(nlp, text, "arrest") == "negated"
