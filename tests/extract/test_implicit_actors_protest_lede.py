"""Implicit actors: a dateline closed by a full stop is no sentence of a protest story's opening."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_a_dateline_with_a_full_stop_does_not_push_the_rally_out_of_the_opening(nlp: Language) -> None:
    text = (
        "TIRANA, 12 March (Balkan Desk).\n\n"
        "The authorities foiled a plot against the state on Sunday, the police said. "
        "Several hundred people arrived by bus for a rally of the opposition alliance outside parliament.\n\n"
        "Thirty people were detained during the day, a police spokesman said."
    )
    ev = _of(_with_actors(nlp, text), "arrest")
    victims = [a for a in ev.actors if a.role == "victim"]
    assert any("Protesters" in (a.name, *a.aliases) for a in victims), ev.actors


def test_the_lede_opens_with_its_first_sentence_after_the_dateline(nlp: Language) -> None:
    from eventwire.extract.implicit_actors_protest import _lede

    doc = nlp("TIRANA, 12 March (Balkan Desk).\n\nPolice detained thirty people in the capital on Sunday.")
    assert _lede(doc)[-1].text.strip().endswith("on Sunday.")
