"""Wordings of session 6, by class: weapons named as doers or instruments, bombs dropped, hijackings,
vehicles driven into crowds with the vehicle named, people taken from their homes, internet services
suspended, bans on gatherings, threats of force against protesters, acts a speaker accuses a force of,
and the look-alikes that are no events (sentences written for these tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events, time

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

FOUND = [
    # a weapon as the doer or the instrument of a strike
    ("Armed drones targeted an oil terminal near the port early on Friday.", "attack", "targeted"),
    ("The town was targeted by drones twice overnight, residents said.", "attack", "targeted"),
    ("Government forces struck a crowded bus station with rockets on Monday.", "attack", "struck"),
    ("The militia hit the northern districts with artillery shells all night.", "attack", "hit"),
    ("A military helicopter dropped three bombs on the village school.", "attack", "dropped three bombs"),
    ("A retaliatory strike destroyed the launch site, the defence ministry said.", "attack", "strike"),
    # hijackings of vehicles
    (
        "Separatist fighters hijacked a bus carrying 40 passengers on the coastal highway.",
        "attack",
        "hijacked",
    ),
    ("The hijacking of the ferry ended after two days of talks.", "attack", "hijacking of the ferry"),
    # a vehicle driven into people, the vehicle named between verb and preposition
    ("A man drove his van into a crowd of marchers outside the town hall.", "attack", "drove his van into"),
    ("A motorist rammed his pickup truck into demonstrators on the bridge.", "attack", "rammed"),
    # people taken from their homes by the state's men
    ("Two union leaders were taken from their homes by masked agents before dawn.", "arrest", "taken from"),
    ("The journalist was dragged from his house by plainclothes police.", "arrest", "dragged from"),
    # an internet service cut by a verb of its own
    ("The authorities suspended mobile internet in three provinces on Tuesday.", "repression", "suspended"),
    ("Officials switched off the internet in the capital ahead of the rally.", "repression", "switched off"),
    # threats of force against protesters
    (
        "The minister warned that anyone who blocks roads during the protests will be dealt with firmly.",
        "repression",
        "dealt with firmly",
    ),
    (
        "Police warned that any attempt to march on the palace during the protest would be met with force.",
        "repression",
        "met with force",
    ),
    (
        "The army chief said troops would take firm measures against anyone who joins the protests.",
        "repression",
        "take firm measures",
    ),
    # an act a speaker accuses a force of is reported, not a charge
    (
        "The opposition accused the army of killing six villagers in a drone strike on a market.",
        "attack",
        "drone strike",
    ),
    (
        "Rights groups accused police of using stun devices to disperse a rally of students.",
        "protest",
        "rally",
    ),
    # a crowd-control weapon other than gas or water
    (
        "Witnesses said police used a sound cannon against the crowd outside parliament.",
        "repression",
        "sound cannon",
    ),
    # a protest site cleared by police
    ("Riot police cleared the grounds of the assembly after protesters broke in.", "repression", "cleared"),
    # a symbol hung, its colours written with hyphens
    ("Activists hung a blue-and-yellow flag from the town hall balcony overnight.", "protest", "hung"),
    # a blockade whose crowd another event struck
    (
        "A bus ploughed into farmers blocking a highway near the border, injuring three.",
        "protest",
        "blocking",
    ),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), FOUND)
def test_wordings_found(nlp: Language, text: str, etype: str, trigger: str) -> None:
    found = [(e.type, e.trigger.text, *(m.text for m in e.mentions)) for e in events(nlp, text)]
    assert any(f[0] == etype and any(trigger in t for t in f[1:]) for f in found), found


NOT_EVENTS = [
    # M130: a ban on gatherings told as done is no record (the type boundaries list curfews, not bans)
    ("The governor imposed a ban on public gatherings in the city after the riots.", "repression"),
    # the police or the army as the doer of "target": no weapon
    ("Police targeted activists with summonses and travel bans.", "attack"),
    # a debate hijacked, a strike that is a work stoppage
    ("The opposition said the ruling party had hijacked the debate on the budget.", "attack"),
    ("Nurses began their first strike in a decade on Monday.", "attack"),
    # people moved out of danger, not seized
    ("Villagers were taken from their homes to safety as the river rose.", "arrest"),
    # a threat in a story with no protest in it
    ("The coach warned that players who miss training will be dealt with firmly.", "repression"),
    # a person charged with a crime is not a report of the crime
    ("He was accused of killing a guard during the riots and sentenced to death.", "killing"),
    # the death penalty as an institution; repression as a system
    ("The country still carries out the death penalty for drug offences.", "execution"),
    ("The report called for a moratorium on the death penalty.", "execution"),
    ("Repression has become the everyday system of government.", "repression"),
    # a description of a crowd inside another crowd event
    ("Police fired tear gas at a group chanting slogans near the square.", "protest"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_EVENTS)
def test_wordings_not_events(nlp: Language, text: str, etype: str) -> None:
    assert etype not in [e.type for e in events(nlp, text)]


def test_a_ban_held_for_days_is_no_record(nlp: Language) -> None:
    # M130: the ban is an order, not one of the nine acts, and the rallies it forbids are not held
    text = "The provincial government has imposed a ban on rallies in the capital for ten days."
    t = time(text, "for ten days", "2023-02-07", "2023-02-16")
    assert [e.type for e in events(nlp, text, times=(t,))] == []


def test_a_threat_against_anyone_is_single(nlp: Language) -> None:
    # gold-format G1: a warning aimed at whoever acts names no spread of places or time
    text = (
        "The president warned that troops would deal firmly with anyone who storms buildings during protests."
    )
    threats = [e for e in events(nlp, text) if e.type == "repression"]
    assert threats and all(e.scope == "single" for e in threats)


WAVE_SCOPES = [
    # a coming strike others are to join or that is to widen: the wave
    ("The students' union expects more colleges to join the boycott next month.", "strike", "aggregate"),
    ("Dockers said the stoppage would be extended to other ports next week.", "strike", "aggregate"),
    # a coming return to "the streets" at large, or to one named square
    ("The nurses' union said nurses would return to the streets in greater numbers.", "protest", "aggregate"),
    ("The students said they would return to Freedom Square on Monday.", "protest", "single"),
    # a count since a starting point; one detention since a date
    ("A monitoring group said at least 23 people had been killed since Friday.", "killing", "aggregate"),
    ("The lawyer has been held since April in the central prison.", "arrest", "single"),
]


@pytest.mark.parametrize(("text", "etype", "scope"), WAVE_SCOPES)
def test_wave_scopes(nlp: Language, text: str, etype: str, scope: str) -> None:
    found = [e for e in events(nlp, text) if e.type == etype]
    assert found and all(e.scope == scope for e in found), [(e.status, e.scope) for e in found]


def test_firing_denied_in_a_deadly_report_is_the_killing_denied(nlp: Language) -> None:
    text = (
        "Four marchers were killed in the port city on Sunday, hospital staff said. "
        "The interior ministry denied that riot police had fired on the marchers."
    )
    denied = [e for e in events(nlp, text) if "fired on" in e.trigger.text]
    assert [e.type for e in denied] == ["killing"], denied


def test_firing_denied_with_nobody_dead_stays_repression(nlp: Language) -> None:
    text = (
        "Police dispersed a sit-in outside the ministry with water cannon on Sunday. "
        "The interior ministry denied that riot police had fired on the crowd."
    )
    denied = [e for e in events(nlp, text) if "fired on" in e.trigger.text]
    assert [e.type for e in denied] == ["repression"], denied
