"""The parties of a denied act (``actor_denials.denied_parties``): a force that denies an agentless act
of its kind is its doer, and a denial of a killing that names no dead denies the deaths told above.
Invented sentences."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline
from eventwire.records import Event

pytestmark = pytest.mark.slow


def _negated(text: str, pipeline: Pipeline, etype: str) -> Event:
    result = extract_text(text, published="2026-03-02", pipeline=pipeline)
    found = [e for e in result.events if e.type == etype and e.status == "negated"]
    assert found, [(e.type, e.status, e.trigger.text) for e in result.events]
    return found[0]


def _names(e: Event, role: str) -> list[str]:
    return [x for a in e.actors if a.role == role for x in (a.name, a.text or "", *a.aliases)]


def test_a_force_denying_an_agentless_arrest_is_its_doer(pipeline: Pipeline) -> None:
    text = (
        "Rights groups said on Friday that at least 12 reporters covering the rally in Bishkek had been "
        "held overnight.\n\nThe GKNB denied that any journalist had been detained, saying the rally "
        "had been peaceful."
    )
    denial = _negated(text, pipeline, "arrest")
    assert any("GKNB" in n for n in _names(denial, "perpetrator")), denial.actors


def test_a_denial_of_a_killing_names_the_dead_told_above(pipeline: Pipeline) -> None:
    text = (
        "Thousands marched in Izeh on Monday at the funeral of Reza Amini, a 20-year-old student who was "
        "shot dead by police at a checkpoint last week.\n\nThe provincial police command said on Tuesday "
        "that officers had fired only at the tyres of the car, and denied that anyone had been killed by "
        "police fire."
    )
    denial = _negated(text, pipeline, "killing")
    assert "Reza Amini" in _names(denial, "victim"), denial.actors


def test_a_denial_by_a_spokesman_named_as_a_person_keeps_its_doer(pipeline: Pipeline) -> None:
    text = (
        "Lawyers said several detainees in Tabriz had been beaten in custody.\n\nThe court's spokesman, "
        "Hossein Karimi, denied that any detainee had been mistreated."
    )
    denial = _negated(text, pipeline, "torture")
    assert "Hossein Karimi" not in _names(denial, "perpetrator"), denial.actors
