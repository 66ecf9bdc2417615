"""A sanction a warning threatens in the passive hangs on whoever brings it on themselves: hypothetical
(docs/gold-format.md N2, N4); the act that defines them too (sentences written by us)."""

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
        ("The governor warned that organisers of any unlicensed rally would be detained.", "arrest"),
        ('The prosecutor warned that "ringleaders" of the walkout would be arrested and tried.', "arrest"),
        ("Police warned that participants in illegal sit-ins would be detained without exception.", "arrest"),
        ('A militia leader warned that towns that "host the soldiers" would be attacked.', "attack"),
        (
            "The mayor warned that any unlicensed march would be broken up and that its leaders would be "
            "arrested.",
            "arrest",
        ),
        (
            "The defence minister warned that smugglers who shoot at border guards will be treated as "
            "enemy combatants.",
            "attack",
        ),
    ],
)
def test_warned_sanction_is_hypothetical(nlp: Language, text: str, etype: str) -> None:
    assert status_of(nlp, text, etype) == "hypothetical"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The opposition leader warned that he would be arrested within days.", "arrest"),  # a forecast
        ("Police said the organisers of the rally would be detained on Friday.", "arrest"),  # no warning
        ("Police warned that they would arrest the organisers on Friday.", "arrest"),  # active, a plan
    ],
)
def test_not_a_warned_sanction(nlp: Language, text: str, etype: str) -> None:
    assert status_of(nlp, text, etype) != "hypothetical"
