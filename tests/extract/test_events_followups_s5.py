"""Follow-up wordings of session 5 (sentences written for these tests): bodies bearing the marks of a
killing, homes burnt by gunmen or unknown assailants, attacks on military positions, and reduced
relatives that point back at an event told elsewhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.events_cues import _back_reference
from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

FOUND = [
    (
        "The bodies of three activists were discovered on Sunday, bearing gunshot wounds.",
        "killing",
        "discovered",
    ),
    ("The bodies of three activists were found dumped by a roadside near the town.", "killing", "found"),
    ("The body of a union organiser was found near the market, riddled with bullets.", "killing", "found"),
    ("Unknown assailants torched the home of an opposition lawmaker on Tuesday night.", "attack", "torched"),
    ("Gunmen set fire to the house of a local councillor overnight.", "attack", "set fire to"),
    ("Attackers set fire to the offices of the electoral commission.", "attack", "set fire to"),
    (
        "Fighters of the Islamic State attacked army positions near the border on Friday.",
        "attack",
        "attacked",
    ),
    ("Insurgents attacked military positions in the north of the province.", "attack", "attacked"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), FOUND)
def test_followup_wordings_found(nlp: Language, text: str, etype: str, trigger: str) -> None:
    found = [(e.type, e.trigger.text) for e in events(nlp, text)]
    assert any(t == etype and trigger in text_ for t, text_ in found), found


NOT_FOUND = [
    ("The bodies of five fishermen were recovered after their boat capsized in a storm.", "killing"),
    ("The body of a hiker was found on the mountain after a week-long search.", "killing"),
    ("The opposition leader attacked the government's position on fuel subsidies.", "attack"),
    ("The minister attacked the union's stance on pensions.", "attack"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_FOUND)
def test_followup_look_alikes_are_no_events(nlp: Language, text: str, etype: str) -> None:
    assert etype not in [e.type for e in events(nlp, text)]


def test_a_crowd_that_burns_a_home_still_riots(nlp: Language) -> None:
    found = {e.type for e in events(nlp, "An angry mob torched the home of the local chief.")}
    assert "riot" in found and "attack" not in found


@pytest.mark.parametrize(
    ("text", "verb", "back"),
    [
        ("The families of the seven men executed on Sunday were not told.", "executed", True),
        ("Lawyers for the protesters arrested last week filed an appeal.", "arrested", True),
        ("Police released the two students detained at the rally on Friday.", "detained", True),
        ("Dozens of protesters arrested on Monday were released.", "arrested", False),
    ],
)
def test_a_reduced_relative_on_a_definite_noun_points_back(
    nlp: Language, text: str, verb: str, back: bool
) -> None:
    doc = nlp(text)
    assert _back_reference(next(t for t in doc if t.text == verb)) is back
