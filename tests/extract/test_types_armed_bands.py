"""Violence an organised armed band is written doing (looting, burning, storming) is that band's attack, not
a riot (docs/gold-format.md K10: who acts, an armed band or a crowd). Sentences invented for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _types(nlp: Language, text: str) -> list[str]:
    return [e.type for e in events(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The attackers looted the clinic and set fire to houses before fleeing towards the river.",
        "Members of the extremist group attacked a police post and looted weapons early on Sunday.",
    ],
)
def test_an_armed_bands_looting_is_its_attack(nlp: Language, text: str) -> None:
    assert _types(nlp, text) == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        "A small group of extremists attacked officers with stones near the stadium.",
        "Criminal elements looted shops on the main avenue, police said.",
        "They looted shops on the main avenue, police said.",
    ],
)
def test_a_crowds_arms_or_an_unnamed_doer_keep_the_riot(nlp: Language, text: str) -> None:
    assert _types(nlp, text) == ["riot"]


def test_a_quoted_label_for_the_doers_keeps_the_riot(nlp: Language) -> None:
    text = (
        "Officials recalled the unrest of 2018, when, the statement said, "
        '"terrorist groups paid by foreigners" killed nine officers and burned offices, houses and cars.'
    )
    assert "riot" in _types(nlp, text)
