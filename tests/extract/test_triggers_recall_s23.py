"""Recall and types (session 23): armed men 'neutralised' by a verb of its own are an attack on them;
the participle told beside a repelled attack, a count of fighters or a defused device are not."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events
from tests.extract._event_helpers import trigger_texts as _found

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The gendarmerie said it had neutralised 12 members of the armed group near Kaya on Friday.",
        'Soldiers chased the raiders into the hills and "neutralised" six of them, the army said.',
        "The bandits held the village for a week before they were neutralised by the special forces.",
    ],
)
def test_fighters_neutralised_are_attacked(nlp: Language, text: str) -> None:
    assert any("neutrali" in f for f in _found(nlp, text, "attack")), text


@pytest.mark.parametrize(
    "text",
    [
        "Troops repelled an assault on the garrison, neutralising about 30 assailants, officials said.",
        'Officials put the number of "insurgents neutralised" at 25.',
        "Army engineers neutralised the bomb before it could explode.",
    ],
)
def test_neutralised_beside_an_act_or_a_device_is_no_attack_of_its_own(nlp: Language, text: str) -> None:
    assert not any("neutrali" in f for f in _found(nlp, text, "attack")), text


@pytest.mark.parametrize(
    "text",
    [
        "Truck drivers blocked the main border crossing with Hungary for a second day on Tuesday.",
        "Hundreds of teachers blocked a busy intersection in the city centre, demanding back pay.",
        "The union said farmers would block all border crossings if the subsidies were not paid.",
    ],
)
def test_crossings_and_intersections_blocked_are_protests(nlp: Language, text: str) -> None:
    assert any("block" in f for f in _found(nlp, text, "protest")), text


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of traders protested in the capital on Monday. The governor warned that any attempt to "
        "block the market road would be stopped by force.",
        "Miners marched on the regional office on Friday. The ministry warned that further protests would "
        'be met with "the necessary firmness".',
    ],
)
def test_force_threatened_against_protesters_is_repression(nlp: Language, text: str) -> None:
    found = _found(nlp, text, "repression")
    assert any("stop" in f or "met" in f for f in found), (text, found)


def test_order_restored_without_a_shot_denies_the_killing(nlp: Language) -> None:
    text = (
        "Two protesters were shot dead in the capital on Sunday, their families said. "
        '"The police restored order without firing a single shot," the interior minister said.'
    )
    assert any("fir" in f for f in _found(nlp, text, "killing"))


def test_no_bullet_fired_at_a_crowd_is_denied_force(nlp: Language) -> None:
    text = (
        "Riot police dispersed a rally of students outside the ministry on Monday with tear gas. "
        '"Not a single bullet was fired at the students," a police spokesman said.'
    )
    assert any("fired" in f for f in _found(nlp, text, "repression"))


@pytest.mark.parametrize(
    "text",
    [
        'The alliance called on residents to observe a "dead city" day across the capital on Monday.',
        'Traders said they would hold two days of "dead town" in Douala from Thursday.',
    ],
)
def test_dead_city_day_is_a_shutdown(nlp: Language, text: str) -> None:
    assert any("dead" in f for f in _found(nlp, text, "strike")), text


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided the village on Sunday. Schools and shops stayed shut for fear of a further raid.",
        "Gunmen attacked the market. Stallholders kept the market closed on Monday for fear of reprisals.",
    ],
)
def test_closure_for_fear_of_violence_is_no_strike(nlp: Language, text: str) -> None:
    assert not _found(nlp, text, "strike"), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Gunmen raided the village on Sunday. Its school stayed shut for fear of a further raid.", "attack"),
        ("The regime, terrified of a new uprising, has stepped up executions.", "protest"),
        ("The junta, seized by fear of another uprising, has banned all gatherings.", "protest"),
    ],
)
def test_an_act_only_feared_is_no_event(nlp: Language, text: str, etype: str) -> None:
    found = [e.trigger.text for e in events(nlp, text) if e.type == etype]
    assert not any(f in ("raid", "uprising") for f in found), (text, found)
