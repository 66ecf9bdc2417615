"""A count of people who are the subject of a protest's or strike's own verb, of a kind the verb does not
give, is its participants (sentences written for these tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "etype", "value"),
    [
        ("On Monday, dozens of farmers parked their tractors across the road to the port.", "protest", 12),
        ("Thousands of bus drivers in Quito stayed off work on Friday in a strike over pay.", "strike", 1000),
    ],
)
def test_doers_of_the_act_are_its_participants(nlp: Language, text: str, etype: str, value: int) -> None:
    ev = next(e for e in events(nlp, text) if e.type == etype)
    assert ("participants", value) in {(m.kind, m.value) for m in ev.magnitudes}
