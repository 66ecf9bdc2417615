"""Forces taking (up) positions are deployed, no ground is taken: no attack; someone's positions taken by
an armed side stay an attack (Indian English news: "security forces took positions in the affected areas")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

# (text, number of attack records)
CASES = [
    ("Security forces, including the BSF, took positions in several violence-hit areas of the city.", 0),
    ("The army has taken positions in the affected areas of the town.", 0),
    ("Troops took up positions around the central square on Monday.", 0),
    ("Rebels took the army's positions on the hill after heavy fighting.", 1),
    ("The rebels took government positions near the border on Sunday.", 1),
]


@pytest.mark.parametrize(("text", "count"), CASES)
def test_senses_take_positions(nlp: Language, text: str, count: int) -> None:
    assert len([e for e in events(nlp, text) if e.type == "attack"]) == count
