"""Session 12: word senses that split one act into two records, or read a participle as an event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language


def test_senses_firing_on_striking_workers_is_no_strike_of_its_own(nlp: Language) -> None:
    # "on striking dockers" is the shooting's object, not the phrase "on strike"
    text = "In March 2015, police opened fire on striking dockers in the port, killing three people."
    types = [e.type for e in events(nlp, text)]
    assert "strike" not in types
    assert "killing" in types


def test_senses_on_strike_still_names_a_strike(nlp: Language) -> None:
    evs = events(nlp, "Bus drivers in the capital have been on strike since Monday over unpaid wages.")
    assert [e.type for e in evs] == ["strike"]
