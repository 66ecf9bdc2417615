"""Drivers parking their vehicles stop work (a strike); vehicles parked across a road are a blockade."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import trigger_texts

if TYPE_CHECKING:
    from spacy.language import Language

# (text, trigger type, the trigger's words)
CASES = [
    (
        "Matatu drivers in Nakuru parked their minibuses on Monday over the new levy.",
        "strike",
        "parked their minibuses",
    ),
    (
        "The haulage union urged its members to park their lorries from Friday.",
        "strike",
        "park their lorries",
    ),
    (
        "Cane farmers parked their lorries across the access road to the mill.",
        "protest",
        "parked their lorries",
    ),
]


@pytest.mark.parametrize(("text", "etype", "words"), CASES)
def test_events_parked_vehicles(nlp: Language, text: str, etype: str, words: str) -> None:
    assert any(w.startswith(words) for w in trigger_texts(nlp, text, etype))
