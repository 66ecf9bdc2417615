"""Deaths told in a relative clause on an event are the event's own toll, not a killing of their own.

Each test writes the sentence it stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.slow
def test_deaths_in_a_which_clause_on_a_strike_are_the_strikes_toll(nlp: Language) -> None:
    text = (
        "Lawyers compared the crackdown with the 12-day national strike of March 2021, "
        "in which four people were killed."
    )
    evs = events(nlp, text)
    assert [e.type for e in evs] == ["repression", "strike"]
    strike = evs[1]
    assert strike.trigger.text == "strike"
    assert "killed" in {m.text for m in strike.mentions}


@pytest.mark.slow
def test_deaths_in_a_which_clause_on_weeks_of_demonstrations_are_their_toll(nlp: Language) -> None:
    text = (
        "Analysts recalled weeks of demonstrations over fuel prices in 2019, "
        "in which at least 30 people were killed."
    )
    evs = events(nlp, text)
    assert [(e.type, e.trigger.text) for e in evs] == [("protest", "demonstrations")]


@pytest.mark.slow
def test_a_killing_with_its_own_killer_inside_a_march_stays_apart(nlp: Language) -> None:
    text = "Thousands joined a march in the capital on Tuesday in which soldiers shot dead two students."
    evs = events(nlp, text)
    assert sorted(e.type for e in evs) == ["killing", "protest"]
