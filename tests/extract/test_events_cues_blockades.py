"""A blockade attempted ("tried to block the entrance") is the act told, no purpose of another; one told
as the manner of a protest that governs it is not a record of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

# (text, a protest trigger expected, that trigger's words)
CASES = [
    (
        "Police said a group of traders had tried to block the main entrance of the market and were "
        "dispersed.",
        True,
        "block the main entrance",
    ),
    (
        "Thousands of farmers blocking the highway rallied outside parliament on Monday.",
        False,
        "blocking the highway",
    ),
]


@pytest.mark.parametrize(("text", "expected", "words"), CASES)
def test_events_cues_blockades(nlp: Language, text: str, expected: bool, words: str) -> None:
    told = [s.text for e in events(nlp, text) if e.type == "protest" for s in (e.trigger, *e.mentions)]
    assert (words in told) == expected
