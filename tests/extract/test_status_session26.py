"""Session 26 (role C): a verb joined by "or" to a negated one shares its denial ("no civilians were
injured or killed"); a hypothetical head ("faced", "banned") does not make its adverbial clause
hypothetical ("banned gatherings after clashes erupted"). Sentences written by us."""

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
        ("The army said that no villagers were injured or killed in the raid.", "killing"),
        ("The ministry said the marchers were not beaten or detained.", "arrest"),
        ("Police said they did not arrest or beat anyone at the rally.", "torture"),
    ],
)
def test_a_verb_joined_by_or_shares_the_denial(nlp: Language, text: str, etype: str) -> None:
    assert status_of(nlp, text, etype) == "negated"


def test_a_verb_joined_by_and_keeps_its_own_status(nlp: Language) -> None:
    text = "No one was hurt in the clashes and police detained twelve men, the governor said."
    assert status_of(nlp, text, "arrest") != "negated"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The country has faced unrest since mass protests erupted in March 2024.", "protest"),
        ("The governor banned all gatherings in the city after riots broke out on Monday.", "riot"),
    ],
)
def test_an_adverbial_clause_under_a_hypothetical_head_is_real(nlp: Language, text: str, etype: str) -> None:
    assert status_of(nlp, text, etype) not in ("hypothetical", "predicted")


def test_a_hypothetical_head_keeps_its_object(nlp: Language) -> None:
    assert status_of(nlp, "The students face arrest if they strike again.", "arrest") == "hypothetical"
