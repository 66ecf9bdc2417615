"""Wordings of the nine types the lexicon learned in session 4, and the look-alikes that are no events
(sentences written for these tests, in the ways wires, rights groups and state media put things)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

FOUND = [
    # crowds filling the streets; roadblocks kept by protesters; ribbons hung as a sign
    (
        "Tens of thousands of people filled the streets of the capital on Sunday.",
        "protest",
        "filled the streets",
    ),
    ("Crowds packed the main square until late at night.", "protest", "packed the main square"),
    ("Farmers maintained roadblocks on the national highways for a third day.", "protest", "roadblocks"),
    (
        "Residents hung white ribbons from their balconies in memory of the dead.",
        "protest",
        "hung white ribbons",
    ),
    # workers on strike, written without a verb
    ("Dock workers, on strike since Monday, have halted all exports.", "strike", "on strike"),
    # a crowd's missiles
    ("Youths hurled petrol bombs at the police station late on Friday.", "riot", "hurled petrol bombs"),
    ("Demonstrators threw bricks and bottles at riot police.", "riot", "threw bricks"),
    # social media blocked is an internet shutdown
    ("Social media platforms were blocked on Tuesday, users said.", "repression", "were blocked"),
    ("The authorities restricted access to social media after the vote.", "repression", "restricted"),
    # cigarette burns are torture wherever they are done
    ("Interrogators burned him with cigarettes, his lawyer said.", "torture", "burned him with cigarettes"),
    # a vehicle driven into people
    ("A pickup truck drove into marchers on the ring road, injuring four.", "attack", "drove into"),
    ("A car crashed into a group of students outside the faculty.", "attack", "crashed into"),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), FOUND)
def test_wordings_found(nlp: Language, text: str, etype: str, trigger: str) -> None:
    found = [(e.type, e.trigger.text) for e in events(nlp, text)]
    assert any(t == etype and trigger in text_ for t, text_ in found), found


NOT_EVENTS = [
    # a unit or kit named by an event word, whatever the parse
    ("Officers of the riot police and the army arrived in armoured vehicles.", "riot"),
    ("Soldiers carrying assault rifles stood at the gate.", "attack"),
    ("Attack helicopters flew over the city.", "attack"),
    # a rise, not a shooting; water in the streets
    ("The price of bread has shot up since the roads were closed.", "attack"),
    ("Flood water filled the streets of the old town.", "protest"),
    # police checkpoints are no protest; a car into a wall is no attack
    ("Police set up roadblocks on the roads into the city.", "protest"),
    ("A car crashed into a wall near the station.", "attack"),
    # a charge someone serves a sentence for; a habit of a country
    ("He is serving five years in a penal colony for organising mass riots.", "riot"),
    ("The country has a long history of violent repression of dissent.", "repression"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_EVENTS)
def test_wordings_not_events(nlp: Language, text: str, etype: str) -> None:
    assert etype not in [e.type for e in events(nlp, text)]


def test_gunmen_shooting_up_a_bar_is_still_a_shooting(nlp: Language) -> None:
    text = "Gunmen shot up a bar in the town, wounding six people."
    assert "attack" in [e.type for e in events(nlp, text)]


def test_death_by_a_rubber_bullet_is_a_killing(nlp: Language) -> None:
    text = "A student was killed by a rubber bullet near the metro station on Monday."
    assert [e.type for e in events(nlp, text)] == ["killing"]
    text = "Police fired rubber bullets at the crowd, injuring dozens."
    assert "repression" in [e.type for e in events(nlp, text)]


def test_an_event_the_suspects_are_named_for_is_kept(nlp: Language) -> None:
    text = "Investigators suspected the brothers of being involved in the attack on the market."
    assert "attack" in [e.type for e in events(nlp, text)]
