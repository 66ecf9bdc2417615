"""Binding by class of phrasing: who bears a measure imposed on a place, a closure of shops, and
who is to join someone else's protest or strike."""

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


def _names(ev: Event, role: str) -> set[str]:
    return {n.lower() for a in ev.actors if a.role == role for n in (a.name, a.text or "", *a.aliases)}


def _of(evs: list[Event], etype: str) -> Event:
    found = [e for e in evs if e.type == etype]
    assert found, f"no {etype} in {[(e.type, e.trigger.text) for e in evs]}"
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "The provincial authorities imposed a night curfew in the port city on Tuesday.",
        "Mobile internet was cut across the region on Friday, according to a monitoring group.",
        "The interior ministry imposed a dusk-to-dawn curfew in the capital for ten days.",
    ],
)
def test_a_measure_on_a_place_falls_on_its_residents(nlp: Language, text: str) -> None:
    ev = _of(_with_actors(nlp, text), "repression")
    assert "residents" in _names(ev, "target")


def test_an_internet_cut_keeps_the_network_beside_the_residents(nlp: Language) -> None:
    ev = _of(_with_actors(nlp, "Authorities cut mobile internet in three districts on Monday."), "repression")
    targets = _names(ev, "target")
    assert "residents" in targets and any("internet" in n for n in targets)


def test_a_curfew_on_protesters_named_keeps_them(nlp: Language) -> None:
    text = "Police dispersed the students with tear gas in the university town on Friday."
    ev = _of(_with_actors(nlp, text), "repression")
    assert "residents" not in _names(ev, "target")


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday the security forces sealed at least 40 shops in the old market.",
        "Plainclothes agents sealed the doors of a dozen shops whose owners had joined the strike.",
        "Police sealed dozens of shops in the city centre on Monday.",
    ],
)
def test_shops_sealed_target_their_owners(nlp: Language, text: str) -> None:
    ev = _of(_with_actors(nlp, text), "repression")
    assert {"shopkeepers", "shop owners"} <= _names(ev, "target")


@pytest.mark.parametrize(
    ("text", "joiner", "holder"),
    [
        (
            "The Dockworkers' Federation urged bus drivers to join a rally outside the ministry on Sunday.",
            "bus drivers",
            "dockworkers' federation",
        ),
        ("The nurses' union called on teachers to join a general strike next week.", "teachers", None),
        (
            "The opposition coalition said it would hold a general strike on Thursday, urging traders "
            "across the country to keep their shops closed.",
            "traders",
            None,
        ),
    ],
)
def test_those_urged_to_join_take_part(nlp: Language, text: str, joiner: str, holder: str | None) -> None:
    evs = _with_actors(nlp, text)
    ev = next(e for e in evs if e.type in ("protest", "strike"))
    assert joiner in _names(ev, "participant")
    assert joiner not in _names(ev, "initiator")
    if holder is not None:
        assert any(holder in n for n in _names(ev, "initiator"))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Taxi drivers in the northern province said they would join the strike if fuel prices rose.",
            "taxi drivers",
        ),
        ("Fishing cooperatives said they would join the strike if the levy is raised.", "cooperatives"),
    ],
)
def test_a_group_saying_it_will_join_takes_part(nlp: Language, text: str, group: str) -> None:
    ev = _of(_with_actors(nlp, text), "strike")
    assert any(group in n for n in _names(ev, "participant"))
    assert not any(group in n for n in _names(ev, "initiator"))


def test_a_group_that_joined_a_strike_still_holds_it(nlp: Language) -> None:
    text = "Dockworkers joined the strike on Monday, halting traffic at the port."
    ev = _of(_with_actors(nlp, text), "strike")
    assert "dockworkers" in _names(ev, "initiator")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "In Mombasa, police fired tear gas on Sunday evening to clear several hundred drivers "
            "who had parked their lorries across the port entrance.",
            "drivers",
        ),
        ("Soldiers fired live rounds to break up a sit-in by farmers near the capital.", "farmers"),
    ],
)
def test_a_crackdown_targets_whom_its_purpose_names(nlp: Language, text: str, target: str) -> None:
    ev = _of(_with_actors(nlp, text), "repression")
    assert any(target in n for n in _names(ev, "target"))


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "A fourth man was killed on 2 October when members of the Revolutionary Guards fired "
            "from a passing vehicle.",
            "revolutionary guards",
        ),
        ("A street vendor was killed on Friday when soldiers opened fire on the market.", "soldiers"),
    ],
)
def test_a_killing_told_with_when_is_done_by_who_fired(nlp: Language, text: str, doer: str) -> None:
    ev = _of(_with_actors(nlp, text), "killing")
    assert any(doer in n for n in _names(ev, "perpetrator"))


def test_a_victims_apposed_description_names_them_too(nlp: Language) -> None:
    text = "A third protester, a 19-year-old student, was shot dead in the town on 1 October."
    ev = _of(_with_actors(nlp, text), "killing")
    assert "student" in _names(ev, "victim")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "At the funeral in the town on Monday, mourners chanted slogans against the government, "
            "and security forces fired tear gas into the cemetery to disperse the crowd.",
            "repression",
        ),
        ("Police arrested 20 people at the burial of the activist on Sunday.", "arrest"),
    ],
)
def test_a_crowd_met_at_a_funeral_is_mourning(nlp: Language, text: str, etype: str) -> None:
    ev = _of(_with_actors(nlp, text), etype)
    assert "mourners" in _names(ev, "target") | _names(ev, "victim")


def test_a_crackdown_away_from_a_funeral_finds_no_mourners(nlp: Language) -> None:
    ev = _of(_with_actors(nlp, "Police arrested 20 people outside the stadium on Sunday."), "arrest")
    assert "mourners" not in _names(ev, "victim")


def test_shops_kept_shut_are_the_shopkeepers_strike_beside_its_callers(nlp: Language) -> None:
    text = "Shops in the old bazaar stayed closed on Monday in response to a call by the kolbars."
    ev = _of(_with_actors(nlp, text), "strike")
    assert "shopkeepers" in _names(ev, "initiator")


def test_an_arrest_by_no_one_named_is_the_authorities(nlp: Language) -> None:
    ev = _of(_with_actors(nlp, "More than 300 people were detained in the capital on Saturday."), "arrest")
    perpetrators = _names(ev, "perpetrator")
    assert {"security forces", "authorities"} <= perpetrators


def test_no_protester_executes(nlp: Language) -> None:
    text = (
        "The rights group also recorded the execution of a man arrested during the 2022 protests. "
        "Reza Ahmadi, 27, was hanged in the city prison on October 8, the organisation said."
    )
    ev = _of(_with_actors(nlp, text), "execution")
    perpetrators = _names(ev, "perpetrator")
    assert "protesters" not in perpetrators and "judiciary" in perpetrators


def test_an_attack_on_a_march_falls_on_its_marchers(nlp: Language) -> None:
    text = "Gunmen on motorcycles opened fire on a peaceful march in the district on Friday, witnesses said."
    ev = _of(_with_actors(nlp, text), "attack")
    assert "marchers" in _names(ev, "victim")


def test_those_urged_to_close_shops_hold_their_own_closure(nlp: Language) -> None:
    # the act urged is itself the event: those urged do it ("urged traders to close their shops")
    text = "The merchants' guild urged traders to close their shops on Saturday."
    ev = next(e for e in _with_actors(nlp, text) if e.type == "strike")
    assert "traders" in _names(ev, "initiator"), ev.actors
