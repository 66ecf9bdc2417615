"""Acts named inside an appeal to the authorities are no events of their own where the story tells acts
of their kind elsewhere (or the act is only wanted stopped or done); a lone appeal keeps its act; a call
on people to act is a planned act and stays, and so does an act told before the appeal in its sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_what_the_authorities_are_asked_to_end_is_no_record(nlp: Language) -> None:
    text = (
        "The group calls on the Iranian authorities to impose a moratorium on executions and to release "
        "the women on hunger strike."
    )
    assert events(nlp, text) == []


def test_an_act_the_authorities_are_told_to_do_is_no_record(nlp: Language) -> None:
    text = "He demanded that the president should dismiss the cabinet and arrest all its members."
    assert events(nlp, text) == []


def test_a_lone_appeal_keeps_its_act(nlp: Language) -> None:
    text = "Lao authorities must immediately release 14 villagers who were arrested after protesting."
    assert "arrest" in [e.type for e in events(nlp, text)]


def test_a_call_on_people_to_act_stays(nlp: Language) -> None:
    text = "The union called on its members to join the strike on Monday."
    assert [e.type for e in events(nlp, text)] == ["strike"]


def test_an_act_told_before_the_appeal_stays(nlp: Language) -> None:
    text = "Police arrested five men on Monday, and the group urged the authorities to release them."
    assert "arrest" in [e.type for e in events(nlp, text)]
