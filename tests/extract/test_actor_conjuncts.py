"""The nouns coordinated with a record's actor hold its role (sentences written for these tests): a
toll's "most of them by A and B", a body that "responded" before the operation that followed; the
sides of a clash keep the roles the type lines give them."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _roles(pipeline: Pipeline, text: str, etype: str) -> set[tuple[str | None, str | None]]:
    evs = [e for e in extract_text(text, published="2026-03-02", pipeline=pipeline).events if e.type == etype]
    assert evs, etype
    return {(a.text, a.role) for e in evs for a in e.actors}


def test_both_agents_of_a_toll_are_its_perpetrators(pipeline: Pipeline) -> None:
    text = (
        "More than 200 people were killed during the unrest of 2019, most of them by police and "
        "pro-government militias, according to a rights commission."
    )
    roles = _roles(pipeline, text, "killing")
    assert ("police", "perpetrator") in roles
    assert ("pro-government militias", "perpetrator") in roles


def test_a_body_coordinated_with_the_doer_of_a_strike_is_a_doer(pipeline: Pipeline) -> None:
    text = (
        "Police and the navy's special task force said they had carried out drone strikes on gang "
        "hideouts near the port on Tuesday, killing at least nine gang members."
    )
    roles = _roles(pipeline, text, "attack")
    assert ("navy's special task force", "perpetrator") in roles


def test_the_sides_of_a_clash_are_not_made_one_side(pipeline: Pipeline) -> None:
    text = "Clashes between soldiers and herders left three people dead near the market on Sunday."
    roles = {r for r in _roles(pipeline, text, "killing") if r[1] == "perpetrator"}
    assert not ({("soldiers", "perpetrator"), ("herders", "perpetrator")} <= roles)
