"""implicit_actors: "it" in what a body says of its own act is that body, not the last one named."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _initiators(nlp: Language, text: str) -> set[str]:
    ev = _of(_with_actors(nlp, text), "protest")
    return {n for a in ev.actors if a.role == "initiator" for n in (a.name, a.text or "")}


def test_implicit_actors_it_is_the_party_that_announces_it(nlp: Language) -> None:
    text = (
        "The interior ministry called the claims baseless.\n\n"
        "The party has announced that it will hold another rally in Ganja on Sunday."
    )
    names = _initiators(nlp, text)
    assert "party" in names
    assert "Ministry" not in names and "Interior ministry" not in names


def test_implicit_actors_a_body_no_dictionary_knows_keeps_its_written_name(nlp: Language) -> None:
    text = (
        "The ministry said 40 people had been detained overnight.\n\n"
        "The Union Sacree said it would hold another rally on Saturday in Treichville."
    )
    names = _initiators(nlp, text)
    assert "Union Sacree" in names
    assert "Ministry" not in names


def test_implicit_actors_the_agency_that_says_it_arrested_is_the_perpetrator(nlp: Language) -> None:
    evs = _with_actors(
        nlp, "The National Intelligence Agency said on Monday it had arrested seven tailors in Juba."
    )
    arrest = _of(evs, "arrest")
    assert any(a.role == "perpetrator" and "Intelligence" in a.name for a in arrest.actors)


def test_implicit_actors_a_nameless_union_speaks_for_its_members(nlp: Language) -> None:
    text = (
        "Hundreds of striking midwives marched to the health ministry in Lusaka on Monday.\n\n"
        "The union said it would extend the strike to rural clinics from next week."
    )
    strikes = [e for e in _with_actors(nlp, text) if e.type == "strike"]
    assert strikes
    initiators = {a.name for e in strikes for a in e.actors if a.role == "initiator"}
    assert "union" not in initiators
    assert "Ministry" not in initiators  # nor the body the strike is against


def test_implicit_actors_it_that_rallies_is_no_ministry(nlp: Language) -> None:
    text = "The interior ministry said 31 people had been detained. It will hold another rally on Saturday."
    assert not _initiators(nlp, text) & {"Ministry", "Interior ministry"}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Police detained 30 nurses in Blantyre on Monday.\n\n"
            "Church leaders said they would march to the district commissioner's office on Friday.",
            "Church leaders",
        ),
        (
            "Riot police arrested 12 miners outside the copper plant on Tuesday.\n\n"
            "Relatives said they would hold a sit-in outside the governor's office on Sunday.",
            "Relatives",
        ),
    ],
)
def test_implicit_actors_they_who_say_they_will_protest_hold_the_protest(
    nlp: Language, text: str, group: str
) -> None:
    names = _initiators(nlp, text)
    assert group in names
    assert not {"Nurses", "nurses", "miners", "Miners"} & names  # not the group of the sentence before


def test_implicit_actors_the_victims_of_they_who_say_are_still_the_story_group(nlp: Language) -> None:
    text = (
        "Striking dockers marched through Mombasa on Monday.\n\n"
        "Their relatives said they had been beaten by police at the port gate."
    )
    evs = [e for e in _with_actors(nlp, text) if e.type == "repression"]
    assert not any(a.role == "initiator" for e in evs for a in e.actors)


def test_implicit_actors_a_body_the_tagger_takes_for_a_person_still_says_it(nlp: Language) -> None:
    text = (
        "Police detained 40 teachers in Cotonou on Monday.\n\n"
        "The Front Commun said it would hold another rally on Saturday in Cocody."
    )
    assert "Front Commun" in _initiators(nlp, text)


def test_implicit_actors_its_members_are_the_named_union_that_says_so(nlp: Language) -> None:
    text = (
        "The Korean Confederation of Trade Unions (KCTU) called a general strike on Monday.\n\n"
        "The Port Haulers Alliance union announced that its members would stop hauling goods from Monday."
    )
    strikes = [e for e in _with_actors(nlp, text) if e.type == "strike"]
    last = strikes[-1]
    names = {a.name for a in last.actors if a.role == "initiator"}
    assert "Port Haulers Alliance union" in names
    assert "Korean Confederation of Trade Unions" not in names


def test_implicit_actors_the_coalition_is_the_one_the_story_described(nlp: Language) -> None:
    text = (
        "Tin miners clashed with soldiers near Jos on Tuesday.\n\n"
        "In Abuja, about 150 members of a coalition of nurses and church groups marched to the senate "
        "on Wednesday. The coalition said it would hold a vigil in Jos on Sunday."
    )
    evs = [e for e in _with_actors(nlp, text) if e.type == "protest"]
    assert evs
    for ev in evs:
        initiators = {a.name for a in ev.actors if a.role == "initiator"}
        assert "coalition of nurses and church groups" in initiators, (ev.trigger.text, initiators)
        assert not any("miners" in n.lower() for n in initiators)
