"""An act "not confined to" a place is an act that went on wider, not a negated act: the "not" denies
the bound, not the act (sentences written by us)."""

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
        ("The strikes were not confined to the oil fields.", "strike"),
        ("The demonstrations were not limited to the northern provinces.", "protest"),
    ],
)
def test_an_unconfined_act_is_not_negated(nlp: Language, text: str, etype: str) -> None:
    assert status_of(nlp, text, etype) != "negated"


def test_a_negated_act_stays_negated(nlp: Language) -> None:
    assert status_of(nlp, "The protests were not held in the capital.", "protest") == "negated"
