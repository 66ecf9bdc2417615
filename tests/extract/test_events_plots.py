"""A plot the security forces say they foiled is no record of the act plotted when the story tells the
arrests (I2); a plan still running stays (N1). A crowd's act that only picks out whom a warning threatens
("drivers who block roads will be arrested") is no record (N2); a dated one, or an armed one, stays."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def types(nlp: Language, text: str) -> list[str]:
    return [e.type for e in events(nlp, text)]


def test_a_foiled_plot_is_no_record_beside_the_arrests(nlp: Language) -> None:
    text = (
        "Police on Wednesday dismantled a criminal network and arrested four of its members, who were "
        "planning attacks against public institutions."
    )
    assert types(nlp, text) == ["arrest"]


def test_a_plot_told_after_the_arrest_is_no_record(nlp: Language) -> None:
    text = (
        "The agency detained seven men on Monday. The agency said the seven were preparing mass riots "
        "and that firearms had been found in a rented flat."
    )
    assert types(nlp, text) == ["arrest"]


def test_a_plan_still_running_stays(nlp: Language) -> None:
    text = "Militants are planning attacks on the capital, police said. Police arrested two men on Monday."
    assert "attack" in types(nlp, text)


def test_a_plot_in_a_story_with_no_arrest_stays(nlp: Language) -> None:
    text = "The army said the rebels had been planning attacks on the capital."
    assert "attack" in types(nlp, text)


def test_the_act_of_a_warned_class_is_no_record(nlp: Language) -> None:
    text = "Police warned that drivers who block roads with their trucks would be arrested."
    assert types(nlp, text) == ["arrest"]


def test_a_warned_class_under_a_penalty_with_no_act_leaves_nothing(nlp: Language) -> None:
    text = "The ministry said that teachers who strike would have their pay docked."
    assert types(nlp, text) == []


def test_a_dated_act_in_the_relative_clause_stays(nlp: Language) -> None:
    text = "Police said protesters who blocked the road on Monday will be charged."
    assert "protest" in types(nlp, text)


def test_an_act_done_in_the_relative_clause_stays(nlp: Language) -> None:
    text = "The department said teachers who joined the protest march would face disciplinary action."
    assert "protest" in types(nlp, text)


def test_an_armed_act_of_a_warned_class_stays(nlp: Language) -> None:
    text = (
        'The minister warned that gang members who fire on police "will be met with the full force of '
        'the army".'
    )
    assert "attack" in types(nlp, text)
