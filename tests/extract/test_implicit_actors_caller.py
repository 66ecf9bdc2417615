"""M33: a body that calls for an act and names no one else to do it is the act's initiator."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.records import Event
from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _with_actors(nlp: Language, text: str) -> list[Event]:
    from eventwire.resolve.actors import ActorDictionary, find_actors

    actors = tuple(find_actors(nlp(text), ActorDictionary.load()))
    return events(nlp, text, actors=actors)


def _initiators(evs: list[Event], etype: str) -> list[str]:
    found = [e for e in evs if e.type == etype]
    assert found, f"no {etype} in {[(e.type, e.trigger.text) for e in evs]}"
    return [a.name for a in found[-1].actors if a.role == "initiator"]


def test_the_caller_of_a_strike_is_its_initiator(nlp: Language) -> None:
    text = (
        "Rioters burned two buses in the port city on Monday.\n\n"
        "The alliance has called for a general strike across the province on Friday."
    )
    assert any("alliance" in n for n in _initiators(_with_actors(nlp, text), "strike"))


def test_people_called_on_to_strike_are_theirs_not_the_callers(nlp: Language) -> None:
    from eventwire.extract.implicit_actors import _caller

    doc = nlp("The alliance urged traders to hold a general strike on Friday.")
    strike = next(t for t in doc if t.lower_ == "strike")
    assert _caller(strike, ()) is None
    doc = nlp("The alliance has called for a general strike on Friday.")
    strike = next(t for t in doc if t.lower_ == "strike")
    found = _caller(strike, ())
    assert found is not None and found.name == "alliance"


def test_a_called_act_keeps_the_story_group_beside_its_caller(nlp: Language) -> None:
    text = (
        "Thousands of protesters marched through the port city on Monday.\n\n"
        "The alliance has called for another march on Friday."
    )
    found = _initiators(_with_actors(nlp, text), "protest")
    assert any("alliance" in n for n in found)
    assert any(n.lower() == "protesters" for n in found)
