"""Arrests that are a choice, a rule, a condition, a plot or a question of grounds are not told as done:
"up to the government to … or arrest us", "anyone who … is jailed", "arrests can be made", "in case the
police arrested …", "a conspiracy to get … arrested", "a fit case for arrest" (session 57, lever 1 from the
outside develop half; docs/gold-format.md N4; sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import status_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The union said it was up to the mayor now to allow the march or arrest us.",
        "The new decree makes sure that anybody who blocks a highway is jailed.",
        "Under the old emergency law preventive arrests can be made without a warrant.",
        "Farmers warned that sit-ins cannot be excluded in case the police arrested their leaders.",
        "The opposition called the raid a conspiracy to get its organisers arrested.",
        "The lawyer said it was a fit case for arrest under the anti-riot statute.",
    ],
)
def test_an_arrest_not_told_as_done_is_hypothetical(nlp: Language, text: str) -> None:
    assert status_of(nlp, text, "arrest") == "hypothetical", text


@pytest.mark.parametrize(
    "text",
    [
        "Police said several arrests were made after the clashes near the depot.",
        "Six men were picked up in cases of looting after shops were burnt, an officer said.",
        "The reason for his arrest was never explained by the police.",
    ],
)
def test_arrests_told_as_done_stay_reported(nlp: Language, text: str) -> None:
    assert status_of(nlp, text, "arrest") in ("asserted", "attributed"), text


def test_a_killing_told_beside_a_conspiracy_noun_stays_reported(nlp: Language) -> None:
    text = "He said there appeared a conspiracy in the manner the pilgrims were killed on the train."
    assert status_of(nlp, text, "killing") in ("asserted", "attributed")
