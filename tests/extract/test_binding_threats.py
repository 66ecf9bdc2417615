"""The doer of a threatened act: the judicial or security body that threatens it in its own words."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.records import Event
from tests.extract.test_binding_roles import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _perpetrators(ev: Event) -> set[str]:
    return {
        n.lower() for a in ev.actors if a.role == "perpetrator" for n in (a.name, a.text or "", *a.aliases)
    }


def test_a_judicial_official_threatens_for_the_judiciary(nlp: Language) -> None:
    text = (
        "A judiciary spokesman said on state radio that those who set fire to the bank will face execution."
    )
    ev = _of(_with_actors(nlp, text), "execution")
    assert "judiciary" in _perpetrators(ev)
    assert "security forces" not in _perpetrators(ev)


def test_a_threatened_arrest_is_a_force_act_not_the_warning_prosecutors(nlp: Language) -> None:
    # M31: a prosecutor who warns of arrests makes none; the force the episode names does
    text = (
        "Police detained 30 drivers who blocked a highway near the port on Monday. The provincial "
        "prosecutor warned on Tuesday that anyone who blocks the highway would be arrested."
    )
    ev = next(e for e in _with_actors(nlp, text) if e.type == "arrest" and e.trigger.text == "arrested")
    assert "judiciary" not in _perpetrators(ev)
    assert "police" in _perpetrators(ev)


def test_a_security_body_that_threatens_detention_is_its_doer(nlp: Language) -> None:
    text = "The National Guard warned that anyone who joins the banned march on Friday will be detained."
    ev = _of(_with_actors(nlp, text), "arrest")
    assert any("national guard" in n for n in _perpetrators(ev))


def test_a_prosecutor_reporting_past_arrests_is_no_doer(nlp: Language) -> None:
    text = "The provincial prosecutor said on Monday that 40 people had been arrested in the riots."
    ev = _of(_with_actors(nlp, text), "arrest")
    assert "judiciary" not in _perpetrators(ev)


def test_threatening_speaker_needs_a_modal(nlp: Language) -> None:
    from eventwire.extract.actor_doers import threatening_speaker

    threat = nlp("The prosecutor warned that strikers would be arrested.")
    report = nlp("The prosecutor said that strikers were arrested.")
    speaker = threatening_speaker(next(t for t in threat if t.lower_ == "arrested"))
    assert speaker is not None and speaker.lower_ == "prosecutor"
    assert threatening_speaker(next(t for t in report if t.lower_ == "arrested")) is None


def _victims(ev: Event) -> set[str]:
    return {n.lower() for a in ev.actors if a.role == "victim" for n in (a.name, a.text or "", *a.aliases)}


def test_the_warned_anyone_is_the_crowd_before(nlp: Language) -> None:
    text = (
        "Rioters set fire to two buses in the port city on Sunday. The police chief warned that anyone "
        "who returned to the streets would be arrested."
    )
    ev = _of(_with_actors(nlp, text), "arrest")
    assert "rioters" in _victims(ev)


def test_the_warned_anyone_with_no_crowd_named_is_protesters(nlp: Language) -> None:
    text = "The interior minister warned that anyone who blocks a bridge will be detained."
    ev = _of(_with_actors(nlp, text), "arrest")
    assert "protesters" in _victims(ev)


def test_warned_anyone_needs_the_act_to_come(nlp: Language) -> None:
    from eventwire.extract.binding_parties import warned_anyone

    threat = nlp("The governor said anyone who blocks the road will be arrested and prosecuted.")
    report = nlp("The governor said anyone who blocked the road was arrested.")
    assert warned_anyone(next(t for t in threat if t.lower_ == "prosecuted"))
    assert not warned_anyone(next(t for t in report if t.lower_ == "arrested"))
