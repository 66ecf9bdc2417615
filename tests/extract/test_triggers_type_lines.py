"""Type lines of session 40: an assault made only with a crowd's weapons is a riot (the type boundaries:
violence by a crowd or mob with stones; K10's stick-and-stone gang), and a raid on a village or community
or on an armed group's hideout is an attack (armed men overrunning a place), unless detentions are its only
outcome."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import trigger_types as _types

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The governor's office said the groups attacked police officers with stones, sticks and fireworks.",
        "In Zugdidi unknown men attacked our regional office with stones and smashed its windows.",
        "The ministry said a crowd of young men assaulted two officers with sticks and iron bars.",
    ],
)
def test_an_assault_with_a_crowds_weapons_is_a_riot(nlp: Language, text: str) -> None:
    word = "assaulted" if "assaulted" in text else "attacked"
    assert _types(nlp, text, word) == ["riot"]


@pytest.mark.parametrize(
    "text",
    [
        # the state's men, or an armed band, or firearms: no crowd
        "Soldiers attacked the village with sticks, residents said.",
        "Militants attacked the convoy with stones and rockets.",
        "Gunmen attacked the post with rifles and grenades.",
    ],
)
def test_an_assault_by_the_state_or_an_armed_band_is_no_riot(nlp: Language, text: str) -> None:
    assert "riot" not in _types(nlp, text, "attacked")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Militants have stepped up raids on farming communities in recent months.", "raids"),
        ("Early on Thursday, security forces raided a hideout of the suspected killers.", "raided"),
        ("Soldiers raided the village, set fire to 30 houses and shot dead four civilians.", "raided"),
    ],
)
def test_a_raid_on_a_village_or_hideout_is_an_attack(nlp: Language, text: str, word: str) -> None:
    assert _types(nlp, text, word) == ["attack"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # detentions its only outcome, a search of a village, a raid on an office
        ("At least 40 people were detained overnight in raids on villages near the site.", "raids"),
        ("Police raided the village on Monday.", "raided"),
        ("Police raided the party's office in Mbeya.", "raided"),
    ],
)
def test_other_raids_are_no_attack(nlp: Language, text: str, word: str) -> None:
    assert "attack" not in _types(nlp, text, word)
