"""Threats, calls, plans and denials whose own words name the act (session 9, docs/gold-format.md N1-N9):
the trigger words are found, typed and, for normality set against a strike, negated by the words."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.triggers import find_triggers
from tests.extract._event_helpers import events, trigger_texts
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.records import Event

pytestmark = pytest.mark.slow

STRIKE_NEWS = "Traders across the province went on strike on Monday against the new levy. "
HUNGER_NEWS = "The jailed blogger began a hunger strike in March to protest against his sentence. "


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Protesters marched on the palace. The interior minister warned that if the crowds returned, "
            '"the police will crush them".',
            "crush",
        ),
        (
            "Farmers blocked the bridge for a week. "
            "The governor said the police would clear the bridge by force "
            "unless it was reopened.",
            "clear the bridge by force",
        ),
        (
            "Protesters gathered in the capital. "
            "Witnesses expect riot police to seal off the main squares before "
            "the rally.",
            "seal off the main squares",
        ),
        (
            "Strikers rallied outside the mills. "
            "The regional governor warned that anyone who blocked the gates "
            "would be handled firmly.",
            "handled firmly",
        ),
    ],
)
def test_threats_of_force_are_repression(nlp: Language, text: str, words: str) -> None:
    assert words in trigger_texts(nlp, text, "repression")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Students marched to the ministry. The police said no force was used during the march.",
            "force was used",
        ),
        (
            "Protesters rallied in the square. A police spokesman denied that batons had been used.",
            "batons had been used",
        ),
        (
            "Mourners gathered at the cemetery. The ministry denied using force against the mourners.",
            "using force against",
        ),
    ],
)
def test_force_told_as_used_or_not_is_repression(nlp: Language, text: str, words: str) -> None:
    assert words in trigger_texts(nlp, text, "repression")


@pytest.mark.parametrize(
    "text",
    [
        "Protesters marched to the palace. Security forces used tear gas against the marchers.",
        "Protesters marched on Sunday. "
        "Rights groups said officers must stop using lethal force against protesters.",
        "Journalists were beaten at the rally. "
        "The ministry said force had been used only against violent rioters.",
    ],
)
def test_force_used_by_a_doer_demanded_or_admitted_is_not_a_new_trigger(nlp: Language, text: str) -> None:
    found = trigger_texts(nlp, text, "repression")
    assert not any("force" in w or w.endswith("used") for w in found)


@pytest.mark.parametrize(
    ("text", "etype", "words"),
    [
        (
            "Dock workers struck on Monday. The dockers' union said its members would stop loading ships "
            "and stop hauling containers if the port sacked any of them.",
            "strike",
            "stop hauling",
        ),
        (
            "Oil workers rallied outside the ministry. "
            "Their council warned that workers would halt production "
            "at three refineries if wages were not paid.",
            "strike",
            "halt production",
        ),
        (
            "Teachers marched in the capital. The opposition called on supporters to stay home on Friday.",
            "strike",
            "stay home",
        ),
        (
            'Separatist fighters called on residents to observe a strict "lockdown" for five '
            "days from Monday.",
            "strike",
            'observe a strict "lockdown',
        ),
        (
            "Farmers marched on the capital. "
            "The coalition said it would call a countrywide shutdown next week.",
            "strike",
            "countrywide shutdown",
        ),
        (
            "Farmers protested outside the assembly. "
            "The farmers' union called for members to block trains at "
            "stations across the state on Friday.",
            "protest",
            "block trains",
        ),
        (
            "Savers protested outside a bank in the capital. "
            "Their association said it would occupy more branches "
            "next month.",
            "protest",
            "occupy more branches",
        ),
        (
            "Textile workers protested in the city. "
            "Their federation warned that workers would lay siege to the "
            "capital if the board did not raise wages.",
            "protest",
            "lay siege to",
        ),
        (
            "Jeepney drivers protested for a third day. "
            "The transport union urged commuters to join a caravan to "
            "the palace on Friday.",
            "protest",
            "caravan",
        ),
        (
            "Women protested in Kabul last month. "
            "A women's network urged supporters to dress in black on Friday.",
            "protest",
            "dress in black",
        ),
    ],
)
def test_calls_and_plans_name_their_act(nlp: Language, text: str, etype: str, words: str) -> None:
    assert words in trigger_texts(nlp, text, etype)


def test_a_stay_home_told_of_people_kept_in_by_rain_is_no_strike(nlp: Language) -> None:
    text = "Heavy rain forced most residents to stay home on Friday, the weather service said."
    assert trigger_texts(nlp, text, "strike") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (STRIKE_NEWS + "The governor said shops in the city were open as usual.", "open as usual"),
        (STRIKE_NEWS + "The ministry said classes were held normally in all schools.", "held normally"),
        (STRIKE_NEWS + 'State media said "the bazaar is operating normally".', "operating normally"),
        (HUNGER_NEWS + 'The prison service said he "eats normally" and is in good health.', "eats normally"),
    ],
)
def test_normality_set_against_a_strike_is_a_negated_strike(nlp: Language, text: str, words: str) -> None:
    found = [
        t for t in find_triggers(nlp(text)) if t.type == "strike" and text[t.start_char : t.end_char] == words
    ]
    assert len(found) == 1
    assert found[0].status == "negated"


@pytest.mark.parametrize(
    "text",
    [
        "Rioters damaged two towers, and the mobile network was operating normally "
        "elsewhere, the company said.",
        "The new ferry is operating normally after repairs, the port authority said.",
    ],
)
def test_normality_without_a_strike_is_nothing(nlp: Language, text: str) -> None:
    assert trigger_texts(nlp, text, "strike") == []


def test_a_normality_denial_is_stored_negated(nlp: Language) -> None:
    text = STRIKE_NEWS + "The governor said shops in the city were open as usual."
    found = [e for e in events(nlp, text) if e.trigger.text == "open as usual"]
    assert [e.status for e in found] == ["negated"]


def _events_with_claims(nlp: Language, text: str) -> list[Event]:
    return events(nlp, text, claims=tuple(claims_of(nlp, text)))


@pytest.mark.parametrize(
    "text",
    [
        'The opposition alliance, which organises online, called for a "total shutdown" '
        "of the country on Monday.",
        'Student leaders called for a "complete shutdown" to continue on Saturday.',
    ],
)
def test_a_quoted_shutdown_called_for_by_people_is_a_predicted_aggregate_strike(
    nlp: Language, text: str
) -> None:
    found = [e for e in _events_with_claims(nlp, text) if e.type == "strike"]
    assert [(e.status, e.scope) for e in found] == [("predicted", "aggregate")]


def test_a_quoted_strike_on_a_leaflet_is_a_slogan(nlp: Language) -> None:
    text = 'Police seized leaflets calling for "mass strikes" and arrested two men in the city.'
    assert [e.type for e in events(nlp, text)] == ["arrest"]


def test_normality_of_shops_across_a_province_is_aggregate(nlp: Language) -> None:
    text = STRIKE_NEWS + "The governor said shops were open as usual across the province."
    found = [e for e in events(nlp, text) if e.trigger.text == "open as usual"]
    assert [(e.status, e.scope) for e in found] == [("negated", "aggregate")]


def test_batons_denied_are_one_act(nlp: Language) -> None:
    text = "Students marched in the capital on Monday. A police spokesman denied that batons had been used."
    found = [e for e in events(nlp, text) if e.type == "repression"]
    assert [e.scope for e in found] == ["single"]


@pytest.mark.parametrize(
    "text",
    [
        "A drone hit a wedding party in the valley. The army said no guests were harmed in the strike.",
        'Troops shelled the camp on Sunday. The army said that "no civilians had been harmed".',
    ],
)
def test_no_one_harmed_is_a_killing_word(nlp: Language, text: str) -> None:
    assert any(w.endswith("harmed") for w in trigger_texts(nlp, text, "killing"))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The defence ministry warned that the army would respond harshly to any new border violation.",
            "respond harshly",
        ),
        (
            'The militia warned that any further air raid would bring "a harsher answer" from its fighters.',
            "harsher answer",
        ),
    ],
)
def test_an_armed_answer_threatened_is_an_attack(nlp: Language, text: str, words: str) -> None:
    assert words in trigger_texts(nlp, text, "attack")


def test_an_answer_threatened_to_protesters_is_no_attack(nlp: Language) -> None:
    text = (
        "The governor warned that the police would respond harshly if the protesters returned to the square."
    )
    assert trigger_texts(nlp, text, "attack") == []


def test_shops_told_sealed_after_the_noun_are_repression(nlp: Language) -> None:
    text = "The prosecutor warned that traders who joined the strike would have their shops sealed."
    assert any(w.endswith("sealed") for w in trigger_texts(nlp, text, "repression"))


def test_shots_denied_in_a_report_of_shooting_deaths_are_a_killing(nlp: Language) -> None:
    text = (
        "Two protesters were shot dead in the square on Friday. "
        'The police insisted that officers "did not fire a single shot" during the protest.'
    )
    assert "fire a single shot" in trigger_texts(nlp, text, "killing")
