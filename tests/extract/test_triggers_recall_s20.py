"""Recall (session 20): missiles thrown by "young men", internet cut told with the thing cut as the
verb's patient, a gathering broken up, evictions by the state's men, killings with blades or clubs,
people taken to a police department."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.triggers import find_triggers
from tests.extract._event_helpers import events
from tests.extract._event_helpers import trigger_texts as _found

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "After the funeral, young men threw stones at the riot police outside the town hall.",
        "A few dozen hooded men hurled bottles at the police line near the stadium.",
        "Video showed groups of teenagers throwing stones at a police van in the market.",
    ],
)
def test_missiles_thrown_by_men_are_a_riot(nlp: Language, text: str) -> None:
    assert _found(nlp, text, "riot"), text


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers threw stones back at the crowd, witnesses said.",
        "Armed men threw stones at the convoy before opening fire.",
        "Reporters saw plainclothes officers among those throwing stones.",
    ],
)
def test_missiles_thrown_by_soldiers_armed_men_or_unnamed_are_no_riot(nlp: Language, text: str) -> None:
    assert not any("st" in f for f in _found(nlp, text, "riot")), text


@pytest.mark.parametrize(
    "text",
    [
        "Mobile data across the northern region was switched off on Monday afternoon.",
        "Residents said mobile internet had been throttled in the city since Friday.",
        "Access to Telegram, WhatsApp and Facebook has been blocked since the vote.",
        "Mobile internet in the region, restricted on Sunday, was partly restored on Tuesday.",
    ],
)
def test_internet_named_as_the_thing_cut(nlp: Language, text: str) -> None:
    assert _found(nlp, text, "repression"), text


@pytest.mark.parametrize(
    "text",
    [
        "Police blocked the road network around the capital on Friday.",
        "The ministry restricted access to the archive for researchers.",
    ],
)
def test_other_things_blocked_are_no_internet_shutdown(nlp: Language, text: str) -> None:
    assert [t.subtype for t in find_triggers(nlp(text)) if t.subtype == "internet_shutdown"] == [], text


def test_a_vigil_broken_up_keeps_its_protest(nlp: Language) -> None:
    text = "Plainclothes agents broke up the vigil outside the prison on Sunday evening."
    triggers = find_triggers(nlp(text))
    assert ("repression", "broke") in [(t.type, text[t.start_char : t.end_char]) for t in triggers]
    assert ("protest", "vigil") in [(t.type, text[t.start_char : t.end_char]) for t in triggers]


def test_talks_breaking_up_are_no_dispersal(nlp: Language) -> None:
    text = "The talks between the union and the ministry broke up without agreement on Thursday."
    assert _found(nlp, text, "repression") == []


def test_families_evicted_by_soldiers(nlp: Language) -> None:
    text = "About 200 soldiers and police officers evicted forty families from the estate on Monday."
    assert _found(nlp, text, "repression") == ["evicted"]


def test_tenants_evicted_by_a_landlord_are_no_repression(nlp: Language) -> None:
    text = "The landlord evicted three tenants from the building last month."
    assert _found(nlp, text, "repression") == []


@pytest.mark.parametrize(
    "text",
    [
        "A village chief was hacked to death by unknown assailants on Friday night.",
        "The trader was clubbed to death near the bus station, police said.",
    ],
)
def test_killed_with_blades_or_clubs(nlp: Language, text: str) -> None:
    assert any("to death" in f for f in _found(nlp, text, "killing")), text


def test_taken_to_a_police_department_is_an_arrest(nlp: Language) -> None:
    text = "Twenty of the marchers were taken to the central district police department on Saturday."
    assert _found(nlp, text, "arrest"), text


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of protesters sat down on the main bridge, chanting slogans against the new tax.",
        "Dozens of pensioners sat down in front of the labour ministry to protest against unpaid pensions.",
    ],
)
def test_a_sit_down_told_with_the_verb_is_a_sit_in(nlp: Language, text: str) -> None:
    assert [t.subtype for t in find_triggers(nlp(text)) if t.type == "protest"][:1] == ["sit_in"], text


def test_sitting_down_for_talks_is_no_sit_in(nlp: Language) -> None:
    text = "The minister sat down with union leaders in front of the cameras on Monday."
    assert [t.subtype for t in find_triggers(nlp(text)) if t.subtype == "sit_in"] == []


def test_vehicles_parked_across_a_road_with_a_long_name_for_them(nlp: Language) -> None:
    text = "Farmers parked their heavy grain harvest trucks across the main road to the port on Monday."
    assert _found(nlp, text, "protest"), text


def test_armed_groups_battling_is_an_attack(nlp: Language) -> None:
    text = "Rival militias battled with rifles and rocket-propelled grenades in the old city overnight."
    assert _found(nlp, text, "attack") == ["battled"]


def test_battling_a_fire_is_no_attack(nlp: Language) -> None:
    text = "Firefighters battled the flames for six hours before the warehouse collapsed."
    assert _found(nlp, text, "attack") == []


def test_a_device_that_destroys_is_a_bombing(nlp: Language) -> None:
    text = "A homemade bomb destroyed the car of a local judge outside his house on Tuesday."
    found = [
        (text[t.start_char : t.end_char], t.subtype) for t in find_triggers(nlp(text)) if t.type == "attack"
    ]
    assert ("destroyed", "bombing") in found


def test_a_storm_that_destroys_is_no_bombing(nlp: Language) -> None:
    text = "The storm destroyed dozens of homes along the coast on Tuesday."
    assert _found(nlp, text, "attack") == []


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters seized Kanyabayonga on Sunday after two days of heavy shelling.",
        "Insurgents captured the district headquarters and two villages near the border.",
        "The army said the garrison was recaptured the next morning; the militants said they lost nine men.",
    ],
)
def test_an_armed_side_taking_ground_is_an_attack(nlp: Language, text: str) -> None:
    assert _found(nlp, text, "attack"), text
    assert _found(nlp, text, "arrest") == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Protesters seized the square in front of the parliament on Monday.",
        "The new president took office in a ceremony on Monday.",
        "Police seized two activists outside the court.",
    ],
)
def test_crowds_officials_and_arrests_take_no_ground(nlp: Language, text: str) -> None:
    found = [text[t.start_char : t.end_char] for t in find_triggers(nlp(text)) if t.type == "attack"]
    assert not any(w in found for w in ("seized", "took")), found


def test_the_fighting_in_a_report_of_a_war(nlp: Language) -> None:
    text = (
        "Rebel fighters attacked two army posts near the lake on Monday, the military said.\n\n"
        "The militants have held the hills since March.\n\n"
        "Aid workers expect the fighting to reach the camps by the end of the month."
    )
    assert "fighting" in _found(nlp, text, "attack")


def test_fighting_in_a_report_without_armed_men_is_no_attack(nlp: Language) -> None:
    text = "The mayor said the fighting over the budget would go on until the council met again in May."
    assert "fighting" not in _found(nlp, text, "attack")


def test_background_fighting_in_a_war_report_is_no_attack(nlp: Language) -> None:
    text = (
        "Rebel fighters attacked two army posts near the lake on Monday, the military said.\n\n"
        "The militants have held the hills since March.\n\n"
        "Clan fighting in the province has long been fuelled by disputes over land."
    )
    assert "fighting" not in _found(nlp, text, "attack")


def test_a_death_sentence_is_an_execution_to_come(nlp: Language) -> None:
    text = "A military court in the capital sentenced three soldiers to death on Monday for desertion."
    found = [(e.type, e.status) for e in events(nlp, text)]
    assert ("execution", "predicted") in found, found


def test_a_death_sentence_carried_out_stays_an_execution_done(nlp: Language) -> None:
    text = "The death sentence was carried out at dawn on Tuesday, the judiciary said."
    found = [(t.type, t.status) for t in find_triggers(nlp(text))]
    assert found == [("execution", None)], found


def test_a_past_death_sentence_recalled_is_no_new_execution(nlp: Language) -> None:
    text = "Ahmadi, who was sentenced to death in 2023, remains in Evin prison."
    assert [t.type for t in find_triggers(nlp(text)) if t.type == "execution"] == []
