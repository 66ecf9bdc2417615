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
    # armed men outside the state's forces storming or raiding a place: an attack
    ("Masked gunmen stormed the offices of two television channels on Saturday.", "attack", "stormed"),
    ("Militants raided a village near the border overnight.", "attack", "raided"),
    # ill-treatment at a police station is torture; held without charge is a detention
    ("Two students said they were kicked and punched by officers at a police station.", "torture", "kicked"),
    ("Lawyers said dozens of people who were held for up to 48 hours without charge.", "arrest", "held"),
    ("Residents hung white-red-white ribbons from their balconies.", "protest", "hung"),
    # a national shutdown called by a leader is a general strike
    ('The opposition leader called a national "shutdown" for Monday.', "strike", "shutdown"),
    # a munition named as the modifier of its canister
    ("Security forces lobbed tear gas canisters at mourners outside the mosque.", "repression", "tear gas"),
    # stoppages: shops shuttered, classes boycotted
    ("Shopkeepers in the old bazaar shuttered their stores on Monday.", "strike", "shuttered"),
    ("Students boycotted classes for a second week.", "strike", "boycotted"),
    # a crowd damaging property; a killing by gunmen; a weapon's toll written as a participle
    ("State media said rioters damaged public property in the city centre.", "riot", "damaged"),
    ("Unknown assailants gunned down a human rights lawyer outside his home.", "killing", "gunned down"),
    ("A grenade was thrown into a crowd of worshippers, killing four.", "attack", "killing"),
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
    # a convoy held up; police raiding offices is no attack; an internet shutdown is no strike
    ("The aid convoy was held up at a checkpoint for hours.", "arrest"),
    ("Police raided the offices of the newspaper on Monday.", "attack"),
    ("The authorities imposed a nationwide internet shutdown.", "strike"),
    # a state of emergency is a legal order, not force used on anyone
    ("The president declared a state of emergency in three provinces.", "repression"),
    # whoever does something, in a warning
    ("The minister warned that any person who attacks police stations will be arrested.", "attack"),
    ("The ministry said any teacher who joined a strike would lose a month's pay.", "strike"),
    # the writer's own question reports nothing; nor what must end first
    ("Was there a crackdown after the vote?", "repression"),
    ('The prisoners said they would refuse food "until the gallows fall silent".', "execution"),
    ("Families vowed to keep marching until the killings stop.", "killing"),
    # a boycott of a vote is no strike; shuttered shops described are no closure of their own
    ("Opposition parties boycotted the election.", "strike"),
    ("Traders burned bills in front of their shuttered shops.", "strike"),
    # property destroyed by a storm, or with no doer written
    ("The storm destroyed hundreds of homes along the coast.", "riot"),
    ("More than 7,000 homes have been destroyed since the coup, a research group said.", "riot"),
    # deaths whose cause nobody alleges
    ("The concrete canopy of the station collapsed on Friday, killing 15 people.", "killing"),
    ("A fire swept through part of the prison, killing eight inmates.", "killing"),
]


def test_a_phrase_headed_by_its_doers_is_not_a_plural_event(nlp: Language) -> None:
    text = "Gunmen opened fire on the bus near the checkpoint, killing 12 passengers."
    assert {e.scope for e in events(nlp, text)} == {"single"}


def test_a_description_of_the_marchers_is_part_of_the_march(nlp: Language) -> None:
    text = "More than 200 students marched through the centre, carrying portraits and chanting slogans."
    assert [e.type for e in events(nlp, text)] == ["protest"]


def test_a_quoted_question_keeps_its_event(nlp: Language) -> None:
    text = '"Why did the police shoot at us?" one student asked after the rally in the capital.'
    assert {"repression", "attack"} & {e.type for e in events(nlp, text)}


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


def test_a_death_by_a_tear_gas_canister_is_a_killing(nlp: Language) -> None:
    text = "A second protester died after being hit in the head by a tear gas canister."
    assert [e.type for e in events(nlp, text)] == ["killing"]


def test_the_methods_of_one_ordeal_are_one_event(nlp: Language) -> None:
    text = "The detainee was subjected to beatings and electric shocks during interrogation."
    tortures = [e for e in events(nlp, text) if e.type == "torture"]
    assert tortures and all(e.scope == "single" for e in tortures)


def test_those_hurt_in_a_told_attack_keep_the_attack(nlp: Language) -> None:
    text = "Our thoughts go to all of those injured in today's attack near the airfield."
    assert "attack" in [e.type for e in events(nlp, text)]


def test_a_bombing_that_shattered_a_building_killed(nlp: Language) -> None:
    text = "The federal building was shattered by an explosion on Wednesday, killing 168 people."
    assert {"attack", "killing"} & {e.type for e in events(nlp, text)}
