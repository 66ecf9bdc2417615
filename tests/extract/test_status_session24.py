"""Session 24 (role C): a negated copula describes the act that is its subject, it does not deny it
("the killings are not an isolated incident"). Sentences written by us."""

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
        ("The shootings in Oru were not an isolated case.", "attack"),
        ("The march on the ministry was not peaceful.", "protest"),
        ("The bakers' strike was not a success.", "strike"),
    ],
)
def test_a_negated_copula_describes_its_subject(nlp: Language, text: str, etype: str) -> None:
    assert status_of(nlp, text, etype) != "negated"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The strike was not held.", "strike"),
        ("No protest took place in the capital.", "protest"),
    ],
)
def test_a_negated_act_stays_denied(nlp: Language, text: str, etype: str) -> None:
    assert status_of(nlp, text, etype) == "negated"
