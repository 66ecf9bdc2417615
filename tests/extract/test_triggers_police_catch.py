"""The police catching or picking up people, told actively, is an arrest ("the police moved in and caught
some of them", "officers picked them up"); "caught fire", "caught unawares", "picked up the phone" are not
(session 57, R lever 4; sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "As the organisers were handing out leaflets, the police moved in and caught several of them.",
        "Officers picked them up outside the bus depot late on Sunday.",
        "Police picked up five students near the border crossing on Sunday.",
    ],
)
def test_police_catching_people_is_an_arrest(nlp: Language, text: str) -> None:
    assert "arrest" in [e.type for e in events(nlp, text)], text


@pytest.mark.parametrize(
    "text",
    [
        "The police were caught unawares by the size of the crowd.",
        "Officers picked up the phone and called the fire brigade.",
        "The police caught the last train back to the capital.",
    ],
)
def test_other_catching_is_no_arrest(nlp: Language, text: str) -> None:
    assert "arrest" not in [e.type for e in events(nlp, text)], text
