"""Who did an act to people held or named beside a body: a death or beating at a place of holding
("at a police station") is the keepers' doing; a conjunct sharing a passive ("was stopped and led
away") keeps its subject as the one it happens to; a relative "who" hung on the body a member belongs
to stands for the member; a person named after a comma in "among them the spokesman, X" rides along
with the group even when the tagger gives the name no label."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _names(nlp: Language, text: str, etype: str, role: str) -> set[str]:
    ev = _of(_with_actors(nlp, text), etype)
    return {n for a in ev.actors if a.role == role for n in (a.name, a.text or "", *a.aliases)}


@pytest.mark.parametrize(
    "text",
    [
        "In Kano, relatives of a trader, Musa Bello, said he was beaten to death at a police station "
        "on 3 May.",
        "The young man, Ahmed Salem, 25, died on Sunday at the Tevragh Zeina police station, where he had "
        "been held since Friday.",
    ],
)
def test_a_death_at_a_police_station_is_the_polices_doing(nlp: Language, text: str) -> None:
    assert "police" in _names(nlp, text, "killing", "perpetrator")


def test_a_forces_own_post_makes_it_no_keeper(nlp: Language) -> None:
    """Soldiers who died at an army post were not held there: no army as their killer."""
    text = "Two soldiers died on Sunday at an army post near Kano after an explosion."
    assert not _names(nlp, text, "killing", "perpetrator")


def test_a_conjunct_sharing_a_passive_keeps_its_subject_as_victim(nlp: Language) -> None:
    text = (
        "The fate of the teacher Somsak Vongsa, who was stopped by police at a checkpoint in Pakse in "
        "March 2019 and led away, has never been clarified."
    )
    ev = _of(_with_actors(nlp, text), "arrest")
    roles = {a.name: a.role for a in ev.actors}
    assert roles.get("Somsak Vongsa") == "victim"


def test_who_hung_on_a_members_body_stands_for_the_member(nlp: Language) -> None:
    text = (
        "Among those held is Reza Tavakoli, a senior member of the tailors' guild, who was detained at "
        "his shop on Wednesday, his son said."
    )
    assert "Reza Tavakoli" in _names(nlp, text, "arrest", "victim")


def test_an_unlabelled_name_after_among_them_rides_along(nlp: Language) -> None:
    text = (
        "At dawn on Monday, more than 200 police officers raided the Temucuicui community outside Ercilla, "
        "detaining six men, among them the community's spokesman, Jaime Huenchullan."
    )
    assert "Jaime Huenchullan" in _names(nlp, text, "arrest", "victim")


def test_a_force_behind_its_cordon_told_hurt_is_a_victim(nlp: Language) -> None:
    """G7: the officers holding a cordon a crowd threw at are victims when the text tells them hurt."""
    text = (
        "A few dozen masked men threw bottles and flares at the police cordon outside the state "
        "broadcaster, injuring three officers, police said."
    )
    ev = _of(_with_actors(nlp, text), "riot")
    assert any(a.kind == "security_forces" and a.role == "victim" for a in ev.actors)


def test_a_cordon_nobody_in_was_hurt_stays_a_target(nlp: Language) -> None:
    text = (
        "A few dozen masked men threw bottles and flares at the police cordon outside the state broadcaster."
    )
    ev = _of(_with_actors(nlp, text), "riot")
    assert all(a.role != "victim" for a in ev.actors if a.kind == "security_forces")
