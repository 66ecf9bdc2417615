"""Scope read from the people an event is told of (``extract/scope_people.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.api import extract_text
from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.pipeline import Pipeline

LEAD = "ISTANBUL, May 3 (Example Wire) - Teachers rallied in Ankara on Saturday over pay.\n"

# text, the type of the record, its scope
CASES = [
    # ill-treatment told as the means of a confession, not one beating
    ("Three of the accused told the court they had confessed under torture.", "torture", "aggregate"),
    ("Relatives said the four men had been tortured into confessing to the bombing.", "torture", "aggregate"),
    ("The lawyers say the verdict rested on confessions obtained under torture.", "torture", "aggregate"),
    ("He said officers beat him in a police van on Friday.", "torture", "single"),
    # a denial of a class of acts for a cause, not of one stretch
    (
        "The interior ministry said that no teacher had been arrested for joining the strike.",
        "arrest",
        "aggregate",
    ),
    (
        'The spokesman said that "no one in this country is detained for expressing an opinion".',
        "arrest",
        "aggregate",
    ),
    (
        "The ministry insisted that no journalist had been detained for political reasons.",
        "arrest",
        "aggregate",
    ),
    ("Police said that no one had been detained for more than two hours at the rally.", "arrest", "single"),
    # many people at risk of execution, with no prison or town of their own
    (
        "The group said at least six other prisoners are at imminent risk of execution.",
        "execution",
        "aggregate",
    ),
    (
        "Monitors fear that 12 more men whose sentences were upheld are at imminent risk of execution.",
        "execution",
        "aggregate",
    ),
    (
        "At least three more prisoners are at imminent risk of execution in Zahedan, the group said.",
        "execution",
        "single",
    ),
    # the prison written on the people themselves is their own place too
    (
        "At least nine prisoners in Qezelhesar Prison are at imminent risk of execution, the group said.",
        "execution",
        "single",
    ),
    (
        "Four men held in Vakilabad Central Prison are at imminent risk of execution, monitors said.",
        "execution",
        "single",
    ),
    # the doers of a noun-named act in many places; sites that only describe the doers
    (
        "Bus drivers in several provinces have stopped work since Monday over unpaid wages.",
        "strike",
        "aggregate",
    ),
    ("Staff at clinics in several cities held brief walkouts in March.", "strike", "aggregate"),
    ("Bus drivers in Tabriz have stopped work since Monday over unpaid wages.", "strike", "single"),
    ("Nurses in public hospitals began a strike on Monday.", "strike", "single"),
    # a noun-named act whose verb's clause counts sites or recurs
    (
        LEAD
        + "Detainees in at least 25 jails have kept up the campaign, holding a hunger strike every Monday.",
        "strike",
        "aggregate",
    ),
    (
        LEAD + "Prisoners in at least 12 jails have staged a hunger strike every Friday since June.",
        "strike",
        "aggregate",
    ),
    # a "ville morte" called for a country, or for one city
    (
        'The opposition alliance called for a "ville morte" across the country on Friday.',
        "strike",
        "aggregate",
    ),
    (
        'The traders\' union urged shopkeepers to observe a "ville morte" on Friday throughout Kindu.',
        "strike",
        "single",
    ),
    # one gathering to join, and a strike others join
    (
        "The teachers' federation urged its members to join a rally outside the assembly in Accra on Friday.",
        "protest",
        "single",
    ),
    ("The union called on dockers at the other ports to join the strike on Monday.", "strike", "aggregate"),
    # an act that times the clause's verb is not spread by the verb's places
    (
        "Crowds attacked party offices in several towns after the arrest of the opposition leader.",
        "arrest",
        "single",
    ),
    (
        LEAD + "The council called on retirees across the country to gather outside the parliament building.",
        "protest",
        "single",
    ),
]


@pytest.mark.parametrize(("text", "etype", "scope"), CASES)
def test_scope_people_scope_of_the_record(nlp: Language, text: str, etype: str, scope: str) -> None:
    assert next(e.scope for e in events(nlp, text) if e.type == etype) == scope


CALLED_ACROSS = [
    LEAD + "Labour activists have called on miners across Karaganda to stop work for two hours on Thursday.",
    LEAD
    + "The union called on workers at other plants in the district to stop work on Friday in solidarity.",
]


@pytest.mark.parametrize("text", CALLED_ACROSS)
def test_scope_people_act_called_of_people_across_places_is_aggregate(pipeline: Pipeline, text: str) -> None:
    # the whole pipeline: the call makes the act predicted, which the cue reads
    result = extract_text(text, published="2025-05-03", pipeline=pipeline)
    assert [e.scope for e in result.events if e.type == "strike"] == ["aggregate"]
