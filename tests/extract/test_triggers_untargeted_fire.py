"""The police opening fire with no target written and no deaths told is force used on the public
(repression); a target, the air, deaths, gunmen, troops or a war report leave it to the other entries."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

# (text, number of excessive-force repression records)
CASES = [
    ("The police also opened fire in the old city area, where three people were injured.", 1),
    ("Police opened fire and were able to arrest 39 men from the spot.", 1),
    ("Gunmen opened fire from both sides of the road.", 0),
    ("Soldiers opened fire, killing three people.", 0),
    ("Police opened fire on a car at the checkpoint.", 0),
    ("The defence ministry denied that its troops had opened fire.", 0),
    ("The attackers had set fire to part of the building before the gendarmes opened fire.", 0),
]


@pytest.mark.parametrize(("text", "count"), CASES)
def test_triggers_untargeted_fire(nlp: Language, text: str, count: int) -> None:
    found = [e for e in events(nlp, text) if e.type == "repression" and e.subtype == "excessive_force"]
    assert len(found) == count
