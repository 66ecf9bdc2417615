"""Scope read from the people an event is told of (``extract/scope_people.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.api import extract_text
from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.pipeline import Pipeline


def _scope(nlp: Language, text: str, etype: str) -> str:
    return next(e.scope for e in events(nlp, text) if e.type == etype)


FOR_A_CONFESSION = [
    "Three of the accused told the court they had confessed under torture.",
    "Relatives said the four men had been tortured into confessing to the bombing.",
    "The lawyers say the verdict rested on confessions obtained under torture.",
]


@pytest.mark.parametrize("text", FOR_A_CONFESSION)
def test_scope_people_torture_for_a_confession_is_aggregate(nlp: Language, text: str) -> None:
    assert _scope(nlp, text, "torture") == "aggregate"


def test_scope_people_one_beating_in_a_van_stays_single(nlp: Language) -> None:
    assert _scope(nlp, "He said officers beat him in a police van on Friday.", "torture") == "single"


DENIED_FOR_A_CAUSE = [
    "The interior ministry said that no teacher had been arrested for joining the strike.",
    'The spokesman said that "no one in this country is detained for expressing an opinion".',
    "The ministry insisted that no journalist had been detained for political reasons.",
]


@pytest.mark.parametrize("text", DENIED_FOR_A_CAUSE)
def test_scope_people_denial_for_a_cause_is_aggregate(nlp: Language, text: str) -> None:
    assert _scope(nlp, text, "arrest") == "aggregate"


def test_scope_people_denial_of_one_stretch_stays_single(nlp: Language) -> None:
    text = "Police said that no one had been detained for more than two hours at the rally."
    assert _scope(nlp, text, "arrest") == "single"


MANY_AT_RISK = [
    "The group said at least six other prisoners are at imminent risk of execution.",
    "Monitors fear that 12 more men whose sentences were upheld in March are at imminent risk of execution.",
]


@pytest.mark.parametrize("text", MANY_AT_RISK)
def test_scope_people_many_at_risk_of_execution_is_aggregate(nlp: Language, text: str) -> None:
    assert _scope(nlp, text, "execution") == "aggregate"


def test_scope_people_many_at_risk_in_one_prison_stays_single(nlp: Language) -> None:
    text = "At least three more prisoners are at imminent risk of execution in Zahedan, the group said."
    assert _scope(nlp, text, "execution") == "single"


DOERS_IN_MANY_PLACES = [
    "Bus drivers in several provinces have stopped work since Monday over unpaid wages.",
    "Staff at clinics in several cities held brief walkouts in March.",
]


@pytest.mark.parametrize("text", DOERS_IN_MANY_PLACES)
def test_scope_people_doers_in_many_places_is_aggregate(nlp: Language, text: str) -> None:
    assert _scope(nlp, text, "strike") == "aggregate"


def test_scope_people_doers_in_one_city_stay_single(nlp: Language) -> None:
    text = "Bus drivers in Tabriz have stopped work since Monday over unpaid wages."
    assert _scope(nlp, text, "strike") == "single"


LEAD = "ISTANBUL, May 3 (Example Wire) - Teachers rallied in Ankara on Saturday over pay.\n"
CLAUSE_SPREAD = [
    LEAD + "Detainees in at least 25 jails have kept up the campaign, holding a hunger strike every Monday.",
    LEAD + "Prisoners in at least 12 jails have staged a hunger strike every Friday since June.",
]


@pytest.mark.parametrize("text", CLAUSE_SPREAD)
def test_scope_people_counted_sites_or_recurrence_in_the_clause_is_aggregate(
    nlp: Language, text: str
) -> None:
    assert _scope(nlp, text, "strike") == "aggregate"


def test_scope_people_sites_that_describe_the_doers_stay_single(nlp: Language) -> None:
    assert _scope(nlp, "Nurses in public hospitals began a strike on Monday.", "strike") == "single"


def test_scope_people_dead_town_day_across_the_country_is_aggregate(nlp: Language) -> None:
    text = 'The opposition alliance called for a "ville morte" across the country on Friday.'
    assert _scope(nlp, text, "strike") == "aggregate"


def test_scope_people_dead_town_day_in_one_city_stays_single(nlp: Language) -> None:
    text = 'The traders\' union urged shopkeepers to observe a "ville morte" on Friday throughout Kindu.'
    assert _scope(nlp, text, "strike") == "single"


def test_scope_people_one_rally_to_join_stays_single(nlp: Language) -> None:
    text = (
        "The teachers' federation urged its members to join a rally outside the assembly in Accra on Friday."
    )
    assert _scope(nlp, text, "protest") == "single"


def test_scope_people_a_strike_others_join_stays_aggregate(nlp: Language) -> None:
    text = "The union called on dockers at the other ports to join the strike on Monday."
    assert _scope(nlp, text, "strike") == "aggregate"


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


def test_scope_people_called_gathering_at_one_place_stays_single(nlp: Language) -> None:
    text = (
        LEAD + "The council called on retirees across the country to gather outside the parliament building."
    )
    assert _scope(nlp, text, "protest") == "single"
