"""Recall and types (session 21): a side, post or place that came under fire is an attack on it (not a
figure criticised), kept apart from the shooting the other side tells; named people seized by armed men
are taken, not a town taken."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events
from tests.extract._event_helpers import trigger_texts as _found
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "A police patrol came under heavy fire near the border town of Kuki on Tuesday, the army said.",
        "Soldiers guarding the pipeline came under fire from gunmen before dawn.",
        "Police said officers had come under fire while pursuing robbers through the market.",
    ],
)
def test_side_under_fire_is_an_attack(nlp: Language, text: str) -> None:
    assert any("under" in f for f in _found(nlp, text, "attack")), text


@pytest.mark.parametrize(
    "text",
    [
        "The minister came under fire over the new fuel tax on Monday.",
        "The government has come under fire from employers and unions alike.",
        "Police came under fire for their handling of the inquiry.",
        "The president came under fire from rights groups after the vote.",
    ],
)
def test_figure_criticised_is_no_attack(nlp: Language, text: str) -> None:
    assert not any("under" in f for f in _found(nlp, text, "attack")), text


def test_under_fire_binds_the_fired_on_side_and_the_shooters(nlp: Language) -> None:
    text = "A police patrol came under fire from gunmen near Kuki on Tuesday."
    (ev,) = [e for e in events(nlp, text) if e.type == "attack"]
    roles = {(a.role, a.text) for a in ev.actors}
    assert ("perpetrator", "gunmen") in roles
    assert not any(r == "perpetrator" and t and "patrol" in t for r, t in roles)


def test_under_fire_stays_apart_from_the_shooting_told_by_the_other_side(nlp: Language) -> None:
    text = (
        "Police said officers came under fire while pursuing robbers through the market on Friday. "
        '"They shot my brother in the back," his sister said.'
    )
    evs = events(nlp, text)
    under = [e for e in evs if "under fire" in e.trigger.text]
    assert len(under) == 1
    assert not any("shot" in m.text for m in under[0].mentions)
    assert any(e.trigger.text == "shot" for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "Musa Banda, 31, and Grace Phiri, 28, were seized by armed men at a market in Lilongwe on Friday.",
        "Mr Okello was seized by gunmen outside his home on Sunday.",
    ],
)
def test_named_people_seized_by_armed_men_are_taken(nlp: Language, text: str) -> None:
    types = {e.type for e in events(nlp, text) if e.trigger.text == "seized"}
    assert types == {"arrest"}, text


def test_rebels_seizing_a_bare_name_still_take_a_town(nlp: Language) -> None:
    text = "Rebel fighters seized Kamango on Sunday after a day of fighting."
    assert any(e.type == "attack" and e.trigger.text == "seized" for e in events(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Officials said a number of rioters attacked shops and public property in the old town on Friday.",
        "A handful of youths attacked a police post near the market, the governor said.",
    ],
)
def test_a_number_of_rioters_attacking_is_a_riot(nlp: Language, text: str) -> None:
    types = {e.type for e in events(nlp, text) if e.trigger.text == "attacked"}
    assert types == {"riot"}, text


def test_speaker_joined_verb_accusing_a_crowd_reports_the_riot(nlp: Language) -> None:
    text = (
        'The police chief said two people had died, and accused "thugs hiding among the marchers" of '
        "attacking police stations."
    )
    assert any(e.type == "riot" and e.trigger.text == "attacking" for e in events(nlp, text))


def test_person_convicted_of_an_attack_is_still_charged(nlp: Language) -> None:
    text = "The court convicted him of attacking a police officer in 2021."
    assert not any(e.trigger.text == "attacking" for e in events(nlp, text))


def test_firing_on_crowds_in_protests_turned_deadly_is_a_killing(nlp: Language) -> None:
    text = "Protests over fuel prices turned deadly on Friday, with soldiers opening fire on crowds."
    assert "opening fire" in _found(nlp, text, "killing")
    assert "opening fire" not in _found(nlp, text, "repression")


def test_firing_on_a_crowd_with_no_deaths_told_stays_force(nlp: Language) -> None:
    text = "Police opened fire on the crowd outside the stadium on Friday to disperse the marchers."
    assert "opened fire" in _found(nlp, text, "repression")
    assert not _found(nlp, text, "killing")


@pytest.mark.parametrize(
    "text",
    [
        "The alliance said several of its members were beaten overnight at the Yopougon police prefecture.",
        "Witnesses said two students were beaten at the gendarmerie in Kaya on Monday.",
    ],
)
def test_beaten_at_a_police_prefecture_or_gendarmerie_is_custody(nlp: Language, text: str) -> None:
    assert "beaten" in _found(nlp, text, "torture"), text


def test_beaten_outside_a_prefecture_building_is_street_force(nlp: Language) -> None:
    text = "Police beat protesters with batons outside the prefecture building on Monday."
    assert not _found(nlp, text, "torture")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Merchants in the old bazaar kept their shops shuttered for a second day.", "shops shuttered"),
        ("In the nearby market, dozens of traders kept their stalls shut in solidarity.", "stalls shut"),
    ],
)
def test_shops_or_stalls_kept_shuttered_are_a_strike(nlp: Language, text: str, words: str) -> None:
    assert words in _found(nlp, text, "strike"), text


def test_one_callers_two_calls_for_a_strike_are_one_record(nlp: Language) -> None:
    text = (
        "The union has called a general strike for Monday and urged traders in the central market to keep "
        "their stalls shut."
    )
    strikes = [e for e in events(nlp, text, claims=tuple(claims_of(nlp, text))) if e.type == "strike"]
    assert len(strikes) == 1


def test_two_callers_calls_stay_two_records(nlp: Language) -> None:
    text = (
        "The union has called a general strike for Monday, while the opposition urged traders to keep "
        "their stalls shut."
    )
    strikes = [e for e in events(nlp, text, claims=tuple(claims_of(nlp, text))) if e.type == "strike"]
    assert len(strikes) == 2
