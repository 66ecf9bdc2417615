"""Implicit actors: the doers and groups an event's own clause does not name."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.records import Event
from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _with_actors(nlp: Language, text: str) -> list[Event]:
    from eventwire.resolve.actors import ActorDictionary, find_actors

    actors = tuple(find_actors(nlp(text), ActorDictionary.load()))
    return events(nlp, text, actors=actors)


def _of(evs: list[Event], etype: str) -> Event:
    found = [e for e in evs if e.type == etype]
    assert found, f"no {etype} in {[(e.type, e.trigger.text) for e in evs]}"
    return found[-1]


def _perpetrators(ev: Event) -> list[tuple[str, tuple[str, ...]]]:
    return [(a.name, a.aliases) for a in ev.actors if a.role == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "Belarus's KGB raided the offices of two independent newspapers in Minsk on Tuesday. The KGB "
            "said the outlets had spread extremist material.\n\nFourteen journalists were detained during "
            "the searches, their colleagues said.",
            "State Security Committee of Belarus",
        ),
        (
            "Serbian police blocked the road to the university in Novi Sad on Monday. Serbian police "
            "later sealed the faculty gates.\n\nAt least nine students were arrested overnight, their "
            "lawyers said.",
            "Police of Serbia",
        ),
    ],
)
def test_an_arrest_with_no_doer_is_the_story_state_force(nlp: Language, text: str, force: str) -> None:
    ev = _of(_with_actors(nlp, text), "arrest")
    doers = _perpetrators(ev)
    assert [name for name, _ in doers] == [force]
    assert "Security forces" in doers[0][1]  # the generic words stay as aliases


def test_with_no_state_force_in_the_story_the_doer_stays_generic(nlp: Language) -> None:
    text = (
        "Thousands of people marched in the capital on Monday.\n\n"
        "At least nine students were arrested overnight, their lawyers said."
    )
    ev = _of(_with_actors(nlp, text), "arrest")
    assert [name for name, _ in _perpetrators(ev)] == ["Security forces"]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of nurses marched through the capital on Monday over unpaid overtime. Organisers put "
        "attendance at 3,000.\n\nOn Tuesday a strike spread to hospitals in the north.",
        "Dock workers blocked the port gates in Mombasa on Friday. The organisers said 2,000 people took "
        "part.\n\nA strike has since halted work at two container terminals.",
    ],
)
def test_organisers_of_one_act_do_not_start_the_next(nlp: Language, text: str) -> None:
    ev = _of(_with_actors(nlp, text), "strike")
    starters = [a.name for a in ev.actors if a.role == "initiator"]
    assert starters and "Organisers" not in starters


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "A strike by lorry drivers over fuel quotas spread to a dozen cities on Monday.\n\n"
            "Police detained 21 people in the port city, a union said.",
            "Truckers",
        ),
        (
            "Workers at a textile plant outside the capital stayed out for a second day on Tuesday over "
            "unpaid wages.\n\nPolice detained 12 people at the gates, a union said.",
            "Workers",
        ),
        (
            "Thousands of striking nurses tried to push past barriers outside parliament on Wednesday.\n\n"
            "Police detained 30 people near the building, a union said.",
            "Medical workers",
        ),
    ],
)
def test_the_story_group_is_who_holds_the_strike(nlp: Language, text: str, group: str) -> None:
    from eventwire.extract.implicit_actors_antecedents import story_group
    from eventwire.resolve.actors import ActorDictionary, find_actors

    doc = nlp(text)
    found = story_group(doc, find_actors(doc, ActorDictionary.load()))
    assert found is not None and found.name == group


def test_people_held_at_a_walkout_go_by_its_group(nlp: Language) -> None:
    text = (
        "Workers at a textile plant outside the capital stayed out for a second day on Tuesday over unpaid "
        "wages.\n\nPolice detained 12 people at the gates, a union said."
    )
    ev = _of(_with_actors(nlp, text), "arrest")
    assert any("Workers" in a.aliases for a in ev.actors if a.role == "victim")


@pytest.mark.parametrize(
    ("text", "etype", "crowd"),
    [
        (
            "Riot police fired water cannon at hundreds of demonstrators outside parliament in Tbilisi on "
            "Sunday. The interior ministry said 23 people were detained.",
            "arrest",
            "demonstrators",
        ),
        (
            "Thousands of mourners marched behind the coffin through the centre of the town. Security "
            "forces opened fire near the cemetery and two people were killed, a doctor said.",
            "killing",
            "mourners",
        ),
    ],
)
def test_implicit_vague_people_harmed_after_a_crowd_are_of_it(
    nlp: Language, text: str, etype: str, crowd: str
) -> None:
    ev = _of(_with_actors(nlp, text), etype)
    people = [a for a in ev.actors if a.role == "victim" and a.text == "people"]
    assert people, [(a.role, a.name, a.text) for a in ev.actors]
    assert crowd in people[0].aliases


def test_implicit_vague_people_with_no_crowd_before_stay_people(nlp: Language) -> None:
    text = (
        "Police in Lagos arrested 14 people on Friday on suspicion of fraud. Later, hundreds of "
        "protesters gathered outside the station."
    )
    ev = _of(_with_actors(nlp, text), "arrest")
    people = [a for a in ev.actors if a.role == "victim" and a.text == "people"]
    assert people
    assert "protesters" not in people[0].aliases and "Protesters" not in people[0].aliases


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "The regional police chief, General Tomas Berger, said that 30 rioters had been arrested.",
            "arrest",
        ),
        (
            "Radio Nacional quoted the city's police chief, Colonel Pablo Ortiz, as saying that no protester "
            "had been killed.",
            "killing",
        ),
    ],
)
def test_implicit_perpetrator_an_officer_named_beside_the_speaker_is_not_the_doer(
    nlp: Language, text: str, etype: str
) -> None:
    ev = _of(_with_actors(nlp, text), etype)
    doers = [a for a in ev.actors if a.role == "perpetrator"]
    assert doers and not any(a.text and ("Berger" in a.text or "Ortiz" in a.text) for a in doers), ev.actors


def test_implicit_perpetrator_a_body_that_speaks_under_its_acronym_may_tell_its_own_arrests(
    nlp: Language,
) -> None:
    text = (
        "The Public Security Directorate (PSD) said on Wednesday that 14 people had been arrested in Ma'an."
    )
    ev = _of(_with_actors(nlp, text), "arrest")
    assert any(a.role == "perpetrator" and a.name == "Public Security Directorate" for a in ev.actors), (
        ev.actors
    )


@pytest.mark.parametrize(
    "text",
    [
        "Three border guards were killed when their truck came under fire near Bawku late on Friday.",
        "At least nine herders were killed in an ambush on the road to Gao on Sunday.",
        "Two drivers were wounded in an armed attack on a fuel convoy near Kidal on Monday.",
    ],
)
def test_implicit_perpetrator_unnamed_shooters_go_by_gunmen(nlp: Language, text: str) -> None:
    evs = [e for e in _with_actors(nlp, text) if e.type == "attack"]
    assert evs
    perps = [
        a for e in evs for a in e.actors if a.role == "perpetrator" and a.name == "Unidentified Armed Group"
    ]
    assert perps and all("gunmen" in a.aliases and "armed men" in a.aliases for a in perps), perps


def test_implicit_perpetrator_a_bombing_is_not_told_as_gunfire(nlp: Language) -> None:
    text = "A bomb exploded outside the customs office in Gao on Monday, wounding two clerks."
    perps = [
        a
        for e in _with_actors(nlp, text)
        for a in e.actors
        if a.role == "perpetrator" and a.name == "Unidentified Armed Group"
    ]
    assert all("gunmen" not in a.aliases for a in perps)
