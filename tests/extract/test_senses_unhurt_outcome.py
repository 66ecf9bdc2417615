"""A publisher's own "no one was hurt" after an act it tells is how the act ended, not a denied killing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

# (text, statuses of the killing records): the publisher's own outcome and "badly hurt" give none
CASES = [
    (
        "Youths set fire to a minibus outside the bus depot in Kisumu late on Friday. "
        'No one was hurt, and the county commissioner blamed "hired goons" for the fire.',
        [],
    ),
    (
        "A grenade was thrown into the courtyard of the tax office in Gitega on Sunday. "
        "Nobody was reported hurt.",
        [],
    ),
    (
        "Police charged the nurses outside the ministry with batons. "
        '"Nobody was badly hurt, but we were terrified," one nurse said.',
        [],
    ),
    (
        "A drone struck a fuel depot near Kirkuk airport on Monday night. "
        "The fire was put out within an hour and no one was hurt, a provincial official said.",
        ["negated"],
    ),
]


@pytest.mark.parametrize(("text", "statuses"), CASES)
def test_senses_unhurt_outcome(nlp: Language, text: str, statuses: list[str]) -> None:
    assert [e.status for e in events(nlp, text) if e.type == "killing"] == statuses
