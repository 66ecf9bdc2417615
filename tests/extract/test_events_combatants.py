"""Deaths of armed men in a fight with soldiers, police or another armed group are the toll of an armed
clash, typed `attack` (docs/gold-format.md, type boundaries: "an armed clash or gun battle"), while the
killing of people who bear no arms stays a `killing` (sentences written for these tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import actor, events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "armed"),
    [
        (
            "Soldiers killed six militants during a search operation in the hills near Garissa on Friday.",
            "militants",
        ),
        (
            "Two rebel fighters were killed in an exchange of fire with border police, the army said.",
            "rebel fighters",
        ),
        ("Two gunmen died in an exchange of fire with police.", "gunmen"),
    ],
)
def test_events_armed_men_killed_are_a_clash(nlp: Language, text: str, armed: str) -> None:
    evs = events(nlp, text, actors=(actor(text, armed, "armed_group"),))
    assert [e.type for e in evs] == ["attack"], [(e.type, e.trigger.text) for e in evs]


def test_events_civilians_killed_stay_a_killing(nlp: Language) -> None:
    text = "Soldiers killed six villagers during a search operation in the hills near Garissa on Friday."
    evs = events(nlp, text, actors=(actor(text, "villagers", "civilians"),))
    assert [e.type for e in evs] == ["killing"], [(e.type, e.trigger.text) for e in evs]
