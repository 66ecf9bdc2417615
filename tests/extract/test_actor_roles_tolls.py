"""A record carrying its own injury or death toll tells harm to the people its force met (sentences
written for these tests): a dispersal whose toll the coreference joins makes its crowd `victim`s (S8),
a riot whose toll counts officers makes the police `victim`s (M35); a riot whose toll counts only
protesters, and a dispersal with no toll, keep their `target`s."""

from __future__ import annotations

import pytest

from eventwire.api import extract_text
from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow


def _roles(pipeline: Pipeline, text: str, etype: str) -> set[tuple[str, str | None]]:
    evs = [e for e in extract_text(text, published="2026-03-02", pipeline=pipeline).events if e.type == etype]
    assert evs, etype
    return {(a.name, a.role) for e in evs for a in e.actors}


def test_a_dispersal_whose_record_holds_the_injured_makes_its_crowd_victims(pipeline: Pipeline) -> None:
    text = (
        "Hundreds of farmers marched to the agriculture ministry on Friday evening. Some of them threw "
        "stones at officers. Riot police used pepper spray to push the crowd back.\n\nThe health "
        "ministry said 22 protesters and 15 police officers sought medical help."
    )
    roles = _roles(pipeline, text, "repression")
    assert ("Protesters", "victim") in roles
    assert ("Protesters", "target") not in roles


def test_a_riot_whose_toll_counts_officers_makes_the_police_victims(pipeline: Pipeline) -> None:
    text = (
        "Youths threw petrol bombs at a police bus in the capital late on Monday.\n\n"
        "Two officers were slightly hurt, police said."
    )
    assert ("Police", "victim") in _roles(pipeline, text, "riot")


KEPT = [
    (
        "Protesters threw stones at police in the capital on Friday. Hospitals said 12 protesters were "
        "injured.",
        "riot",
        ("Police", "target"),
    ),
    (
        "Police fired tear gas at protesters in the capital on Monday. Nobody was hurt.",
        "repression",
        ("Protesters", "target"),
    ),
]


@pytest.mark.parametrize(("text", "etype", "kept"), KEPT)
def test_no_toll_of_the_people_met_keeps_them_targets(
    pipeline: Pipeline, text: str, etype: str, kept: tuple[str, str]
) -> None:
    assert kept in _roles(pipeline, text, etype)


def test_a_riot_told_inside_its_own_toll_of_officers_makes_the_police_victims(pipeline: Pipeline) -> None:
    # M35: the police hurt by a riot told in the toll's own sentence, the riot in a relative clause
    text = (
        "The ministry said 37 police officers had been hurt by protesters who threw stones, fireworks "
        "and sticks and set fire to two vehicles."
    )
    assert ("Police", "victim") in _roles(pipeline, text, "riot")


def test_a_riot_whose_next_sentence_denies_harm_to_officers_keeps_no_police_victim(
    pipeline: Pipeline,
) -> None:
    text = "Rioters set fire to a bank in the town centre. No police officers were hurt."
    assert not {r for n, r in _roles(pipeline, text, "riot") if n == "Police"}
