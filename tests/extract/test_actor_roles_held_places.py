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
        "Neighbours of the mechanic Tomas Brenner said he was beaten to death at a police station in "
        "Linz last week.",
        "A fisherman, Joao Mbeki, 41, died on Tuesday at the Porto Novo police station, where he had "
        "been kept overnight.",
    ],
)
def test_a_death_at_a_police_station_is_the_polices_doing(nlp: Language, text: str) -> None:
    assert "police" in _names(nlp, text, "killing", "perpetrator")


def test_a_forces_own_post_makes_it_no_keeper(nlp: Language) -> None:
    """Soldiers who died at an army post were not held there: no army as their killer."""
    text = "Two soldiers died on Sunday at an army post near the border after a fire broke out."
    assert not _names(nlp, text, "killing", "perpetrator")


def test_a_conjunct_sharing_a_passive_keeps_its_subject_as_victim(nlp: Language) -> None:
    text = (
        "Nothing has been heard of the poet Ilse Varga, who was seized by police outside her flat in "
        "Graz in 2017 and driven away."
    )
    ev = _of(_with_actors(nlp, text), "arrest")
    roles = {a.name: a.role for a in ev.actors}
    assert roles.get("Ilse Varga") == "victim"


def test_who_hung_on_a_members_body_stands_for_the_member(nlp: Language) -> None:
    text = (
        "One of the detainees is Pavel Kral, a founding member of the bakers' association, who was "
        "arrested at his bakery on Friday, his wife said."
    )
    assert "Pavel Kral" in _names(nlp, text, "arrest", "victim")


def test_an_unlabelled_name_after_among_them_rides_along(nlp: Language) -> None:
    text = (
        "Police raided a fishing village near the port on Sunday, arresting nine men, among them the "
        "village's elected headman, Tobias Lindqvist."
    )
    assert "Tobias Lindqvist" in _names(nlp, text, "arrest", "victim")


def test_a_force_behind_its_cordon_told_hurt_is_a_victim(nlp: Language) -> None:
    """G7: the officers holding a cordon a crowd threw at are victims when the text tells them hurt."""
    text = (
        "Hooded youths hurled stones and fireworks at the police cordon near the stadium, injuring "
        "four officers, police said."
    )
    ev = _of(_with_actors(nlp, text), "riot")
    assert any(a.kind == "security_forces" and a.role == "victim" for a in ev.actors)


def test_a_cordon_nobody_in_was_hurt_stays_a_target(nlp: Language) -> None:
    text = "Hooded youths hurled stones and fireworks at the police cordon near the stadium."
    ev = _of(_with_actors(nlp, text), "riot")
    assert all(a.role != "victim" for a in ev.actors if a.kind == "security_forces")


def test_a_death_at_a_bodys_detention_centre_is_that_bodys_doing(nlp: Language) -> None:
    text = (
        "The group also documented the death of a 40-year-old farmer at an Intelligence Ministry "
        "detention centre in Ilam in May."
    )
    assert any("Intelligence" in n for n in _names(nlp, text, "killing", "perpetrator"))
