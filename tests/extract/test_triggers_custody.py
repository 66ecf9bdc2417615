"""Detention told as a court or the police putting people in jail or custody (session 31; sentences
written by us): "sent to jail", "remanded to police custody", "lodged in the jail"; not things sent."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import trigger_texts as _found

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The magistrate remanded the three men to police custody until Friday.",
        "The two students were remanded in judicial custody for 14 days.",
        "The activist was sent to jail by the magistrate on Monday.",
        "The union leader was lodged in the district jail.",
    ],
)
def test_people_put_in_jail_or_custody_are_detained(nlp: Language, text: str) -> None:
    assert _found(nlp, text, "arrest"), text


@pytest.mark.parametrize(
    "text",
    [
        "The files were sent to the prison for review.",
        "The court sent the case to the jail superintendent.",
    ],
)
def test_things_sent_to_a_jail_are_no_detention(nlp: Language, text: str) -> None:
    assert not _found(nlp, text, "arrest"), text
