"""Binding: the parties an event implies when its clause names none (:mod:`.binding_implied`):
the condemned of an execution, the held of torture, the initiators of a protest or riot."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _names(nlp: Language, text: str, etype: str, role: str) -> set[str]:
    ev = _of(_with_actors(nlp, text), etype)
    return {a.name for a in ev.actors if a.role == role}


def test_execution_without_named_victim_falls_on_prisoners(nlp: Language) -> None:
    assert "Prisoners" in _names(
        nlp, "Eleven executions were carried out in the province last month.", "execution", "victim"
    )


def test_torture_without_named_victim_falls_on_detainees(nlp: Language) -> None:
    text = (
        "Guards at the remand centre routinely used electric shocks during interrogations, the report said."
    )
    assert "Detainees" in _names(nlp, text, "torture", "victim")


def test_riot_without_named_initiator_is_rioters(nlp: Language) -> None:
    text = "Shops were looted and several cars were set on fire in the old quarter on Saturday night."
    assert _names(nlp, text, "riot", "initiator")


def test_a_car_driven_into_a_crowd_is_its_drivers_attack_on_those_it_hit(nlp: Language) -> None:
    text = (
        "On Friday evening a van drove into a line of cyclists protesting on the ring road, hitting a "
        "retired teacher, witnesses said."
    )
    ev = _of(_with_actors(nlp, text), "attack")
    assert "Driver" in {a.name for a in ev.actors if a.role == "perpetrator"}
    assert any("teacher" in (a.text or a.name) for a in ev.actors if a.role == "victim")


def test_a_police_vehicle_driven_into_marchers_has_no_unnamed_driver(nlp: Language) -> None:
    text = "A police truck drove into a crowd of marchers in the port city on Sunday, injuring two students."
    evs = _with_actors(nlp, text)
    assert evs
    assert all("Driver" not in {a.name for a in ev.actors} for ev in evs)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers burned at least 25 houses in the village of Kanamba on Sunday, a local chief said.",
        "Armed men set fire to more than 40 homes in two hamlets near the river overnight, residents said.",
        "Militiamen raided the village of Dodo before dawn and looted its granaries.",
    ],
)
def test_an_attack_on_houses_or_a_village_strikes_its_people(nlp: Language, text: str) -> None:
    ev = _of(_with_actors(nlp, text), "attack")
    struck = [a for a in ev.actors if a.role in ("target", "victim") and a.name == "Residents"]
    assert struck and "villagers" in struck[0].aliases  # the people whose homes it hit


def test_an_attack_on_someones_house_strikes_its_owner_not_villagers(nlp: Language) -> None:
    text = "Gunmen set fire to the house of an opposition lawmaker in Kisangani on Monday."
    ev = _of(_with_actors(nlp, text), "attack")
    assert "Residents" not in {a.name for a in ev.actors}
