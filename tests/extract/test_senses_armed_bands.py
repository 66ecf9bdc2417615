"""Armed bands and denied fire (sentences written for these tests): a raid by fighters or raiders is an
attack whose dead are its toll (K10), a clash between clans is an armed clash, a threat to strike again
in a story of weapons is an attack threat (N2), and "not a single bullet was fired" in a report of people
shot dead denies the killing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.api import extract_text
from tests.extract._event_helpers import trigger_texts

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Fighters raided a military camp near Torodi before dawn on Sunday.",
        "Raiders stormed the market town of Kaura on Sunday night.",
    ],
)
def test_a_raid_by_fighters_is_an_attack(nlp: Language, text: str) -> None:
    assert len(trigger_texts(nlp, text, "attack")) == 1
    assert trigger_texts(nlp, text, "repression") == []


def test_a_raid_by_police_stays_no_attack(nlp: Language) -> None:
    assert trigger_texts(nlp, "Police raided a flat in the old town on Sunday night.", "attack") == []


def test_the_dead_of_a_raid_by_fighters_are_its_toll(pipeline: Pipeline) -> None:
    text = "Fighters raided a military camp near Torodi before dawn on Sunday, killing six soldiers."
    result = extract_text(text, published="2025-06-02", pipeline=pipeline)
    assert [e.type for e in result.events] == ["attack"]
    assert [(m.kind, m.value) for m in result.events[0].magnitudes] == [("fatalities", 6)]


def test_a_clash_between_clans_is_an_armed_clash(nlp: Language) -> None:
    text = "A clash between two rival clans over a water point near Dusamareb left nine men dead."
    assert trigger_texts(nlp, text, "attack") == ["clash"]
    assert trigger_texts(nlp, text, "riot") == []


def test_a_threat_to_strike_again_in_a_story_of_bombs(nlp: Language) -> None:
    text = "A roadside bomb hit a bus near Beledweyne on Monday. The group said it would strike again."
    assert "strike again" in trigger_texts(nlp, text, "attack")


def test_workers_who_will_strike_again_make_no_attack(nlp: Language) -> None:
    text = "Dock workers ended a three-day walkout on Monday. Their union said they would strike again."
    assert trigger_texts(nlp, text, "attack") == []


@pytest.mark.parametrize(
    ("denial", "trigger"),
    [
        ('"Not a single bullet was fired at the marchers."', "bullet was fired"),
        ("The governor said not one shot had been fired.", "shot had been fired"),
    ],
)
def test_fire_denied_in_a_report_of_people_shot_dead_denies_the_killing(
    nlp: Language, denial: str, trigger: str
) -> None:
    text = f"Witnesses said police shot dead four marchers in Kisumu on Monday. {denial}"
    assert trigger in trigger_texts(nlp, text, "killing")
    assert trigger_texts(nlp, text, "repression") == []


def test_shots_fired_at_a_crowd_stay_a_dispersal(nlp: Language) -> None:
    text = "Marchers blocked the main road in Kisumu on Monday. Shots were fired at the crowd."
    assert trigger_texts(nlp, text, "repression") == ["Shots were fired"]


def test_a_dispersal_account_told_before_any_death_denies_no_killing(nlp: Language) -> None:
    text = (
        'The police chief said officers used only tear gas and that "not a single bullet was fired." '
        "Activists abroad later claimed that two marchers had been shot dead."
    )
    assert "bullet was fired" not in trigger_texts(nlp, text, "killing")


def test_men_killed_in_a_clash_between_clans_are_its_toll(pipeline: Pipeline) -> None:
    text = "Eleven men were killed on Sunday in a clash between two rival clans near Dusamareb, elders said."
    result = extract_text(text, published="2025-06-02", pipeline=pipeline)
    assert [e.type for e in result.events] == ["attack"]


def test_fire_denied_after_a_report_of_firing_alone_denies_the_firing(nlp: Language) -> None:
    text = (
        "A police sergeant was shot dead by gunmen in Kisumu on Monday.\n\n"
        "The minister rejected reports that officers had fired on marchers. "
        '"Not a single shot was fired by the police," he said.'
    )
    assert "shot was fired" not in trigger_texts(nlp, text, "killing")


@pytest.mark.parametrize(
    "text",
    ["In October 2020, protesters seized the Government House.", "Rebels captured the town of Kidal."],
)
def test_a_place_seized_is_no_arrest(nlp: Language, text: str) -> None:
    assert trigger_texts(nlp, text, "arrest") == []


def test_people_seized_are_arrested(nlp: Language) -> None:
    assert trigger_texts(nlp, "Soldiers seized three men in Gao on Monday.", "arrest") == ["seized"]
