"""Figures attached to their events, session 6 (sentences written for these tests): a toll told in a
relative clause ("the strike of 2019, in which four people were killed") is the toll of the event
the clause describes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.records import Event

pytestmark = pytest.mark.slow


def _figures(evs: list[Event], etype: str, word: str) -> set[tuple[str, int | None]]:
    hit = [e for e in evs if e.type == etype and any(word in s.text for s in (e.trigger, *e.mentions))]
    assert hit, [(e.type, e.trigger.text) for e in evs]
    return {(m.kind, m.value) for m in hit[0].magnitudes}


TOLLS = [
    (
        "Dockers recalled a general strike of March 2016, in which four people were killed.",
        "strike",
        "strike",
        ("fatalities", 4),
    ),
    (
        "They blamed the group for a bombing at a bus station in 2021 in which nine passengers were killed.",
        "attack",
        "bombing",
        ("fatalities", 9),
    ),
    (
        "Students marched through several towns in May 2018, in which 14 people were killed.",
        "protest",
        "marched",
        ("fatalities", 14),
    ),
]


@pytest.mark.parametrize(("text", "etype", "word", "figure"), TOLLS)
def test_relative_clause_toll_goes_to_the_event_it_describes(
    nlp: Language, text: str, etype: str, word: str, figure: tuple[str, int]
) -> None:
    assert figure in _figures(events(nlp, text), etype, word)


def test_toll_of_a_main_clause_does_not_spread_to_another_event(nlp: Language) -> None:
    text = "Police killed three demonstrators during the strike on Monday."
    evs = events(nlp, text)
    assert ("fatalities", 3) in _figures(evs, "killing", "killed")
    strikes = [e for e in evs if e.type == "strike"]
    assert all(m.kind != "fatalities" for e in strikes for m in e.magnitudes)


def test_toll_in_a_clause_without_relative_word_stays_with_the_killing(nlp: Language) -> None:
    text = "The general strike continued on Tuesday and police killed two workers at the port."
    evs = events(nlp, text)
    assert ("fatalities", 2) in _figures(evs, "killing", "killed")
    strikes = [e for e in evs if e.type == "strike"]
    assert all(m.kind != "fatalities" for e in strikes for m in e.magnitudes)


WOUNDED_ONE = [
    ("A van drove into a crowd of strikers on Friday, injuring a 30-year-old man, witnesses said.", "drove"),
    ("Artillery shelled the outskirts of the town overnight, wounding a farmer.", "shelled"),
]


@pytest.mark.parametrize(("text", "word"), WOUNDED_ONE)
def test_one_person_wounded_is_one_injury(nlp: Language, text: str, word: str) -> None:
    evs = [e for e in events(nlp, text) if word in e.trigger.text]
    assert evs
    assert ("injuries", 1) in {(m.kind, m.value) for m in evs[0].magnitudes}


def test_several_wounded_are_not_one(nlp: Language) -> None:
    text = "Artillery shelled the outskirts of the town overnight, wounding several farmers."
    evs = [e for e in events(nlp, text) if e.type == "attack"]
    assert all((m.kind, m.value) != ("injuries", 1) for e in evs for m in e.magnitudes)


def test_stabbed_to_death_counts_one_victim(nlp: Language) -> None:
    text = "A local councillor was stabbed to death in the market on Friday."
    evs = [e for e in events(nlp, text) if e.type == "killing"]
    assert evs
    assert ("fatalities", 1) in {(m.kind, m.value) for m in evs[0].magnitudes}
