"""Session 15: a "strike" that is carried out or claimed is a military one, even beside labour words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language


def test_senses_strikes_carried_out_on_a_port_are_an_attack(nlp: Language) -> None:
    # "dock workers" is a labour word, but nobody carries out a work stoppage
    text = (
        "The rebels' television said the coalition had carried out four strikes on the Salif grain "
        "terminal on Tuesday night, killing seven dock workers."
    )
    types = {e.type for e in events(nlp, text)}
    assert "strike" not in types
    assert "attack" in types


def test_senses_a_claimed_strike_is_no_stoppage(nlp: Language) -> None:
    text = (
        "Teachers and nurses marched in Benghazi on Sunday to demand higher pay. "
        "Hours later, a drone hit a car on the coastal road, killing two men. "
        "No group has claimed responsibility for the strike."
    )
    types = [e.type for e in events(nlp, text)]
    assert "strike" not in types


def test_senses_a_strike_called_by_workers_stays_a_stoppage(nlp: Language) -> None:
    text = "Dock workers in Mombasa began a strike on Monday over unpaid wages, the union said."
    assert [e.type for e in events(nlp, text)] == ["strike"]


def test_senses_a_series_of_strikes_carried_out_is_an_attack(nlp: Language) -> None:
    text = (
        "Farmers and teachers marched in Kaya on Saturday. During the pursuit, the air force carried out "
        "a series of strikes on the fleeing columns north of Dori, destroying 20 motorcycles."
    )
    types = {e.type for e in events(nlp, text)}
    assert "strike" not in types
    assert "attack" in types
