"""Coreference in one sentence: a speaker's toll of the weapon attack the sentence tells is that attack's
(``coref_agreement.told_toll``), and two crowds with their own subjects at their own places are two
events (``coref_guards.crowds_apart``)."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _types(text: str, pipeline: Pipeline) -> list[tuple[str, str]]:
    result = extract_text(text, published="2026-03-02", pipeline=pipeline)
    return [(e.type, e.trigger.text) for e in result.events]


def test_a_toll_told_through_a_speech_verb_is_the_attacks(pipeline: Pipeline) -> None:
    text = (
        "Government aircraft bombed rebel positions near Gulu on Thursday, according to residents, who "
        "said a clinic was hit and that at least nine people died."
    )
    found = _types(text, pipeline)
    assert [t for t, _ in found] == ["attack"], found


def test_deaths_with_killers_of_their_own_stay_apart(pipeline: Pipeline) -> None:
    text = (
        "Rebels attacked an army post near Gulu on Thursday, residents said, adding that police later "
        "shot dead two protesters in the town."
    )
    found = _types(text, pipeline)
    assert "killing" in [t for t, _ in found], found


def test_two_crowds_at_two_places_in_one_sentence_are_two_protests(pipeline: Pipeline) -> None:
    text = (
        "Young men blocked roads with burning tyres in Gulu and Lira, while in Kampala hundreds of market "
        "women marched to parliament banging pots, witnesses said."
    )
    found = _types(text, pipeline)
    assert [t for t, _ in found].count("protest") == 2, found
