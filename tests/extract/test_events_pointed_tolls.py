"""The dead or hurt told to have fallen "in the clash", "in the blaze", "in the gun battle that followed"
(a definite noun pointing back to an act told before; sentences written for these tests) are that act's
toll too, besides the killing their own verb names."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.events_toll_hosts import pointed_act
from eventwire.extract.magnitudes import find_magnitudes
from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


POINTED = [
    (
        "Militants stormed a gendarmerie post near Dori on Sunday. Four gendarmes were killed in the "
        "firefight that followed, the army said.",
        "attack",
        ("fatalities", 4),
    ),
    (
        "Rioters set fire to the tax office in Kenema on Friday night. Two watchmen died in the blaze.",
        "riot",
        ("fatalities", 2),
    ),
]


@pytest.mark.parametrize(("text", "etype", "figure"), POINTED)
def test_toll_in_the_act_is_the_act_s(nlp: Language, text: str, etype: str, figure: tuple[str, int]) -> None:
    evs = [e for e in events(nlp, text) if e.type == etype]
    assert evs, [(e.type, e.trigger.text) for e in events(nlp, text)]
    assert any(figure in {(m.kind, m.value) for m in e.magnitudes} for e in evs)


@pytest.mark.parametrize(
    ("text", "pointed"),
    [
        ("Three soldiers were wounded in the exchange of fire near the camp.", True),
        ("Five people were killed in the raid that followed the vote.", True),
        # a wave of acts, not one act
        ("Two police officers were killed during the unrest, state television said.", False),
        # no definite pointer: clashes told here, not before
        ("Five people were killed in clashes with border guards.", False),
        # a comparison, not a pointer
        ("Gunmen killed 11 passengers near Wabag, in the deadliest attack in the province this year.", False),
        # a place, not an act
        ("Five people were killed in the market on Monday.", False),
    ],
)
def test_pointed_act(nlp: Language, text: str, pointed: bool) -> None:
    doc = nlp(text)
    mags = [m for m in find_magnitudes(doc) if m.kind in ("fatalities", "injuries")]
    assert mags
    assert pointed_act(doc, mags[0]) is pointed
