"""actor_roles: the harm a crackdown's account tells makes the crowd it fell on victims (S8, H6)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_binding_harm import _roles
from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a shot told as reaching someone
        (
            "The union said officers fired rubber bullets at the marchers, hitting a nurse in the leg.",
            "marchers",
        ),
        # wounds two sentences on, in the same paragraph
        (
            "Riot police fired tear gas and pellets at the crowd outside the town hall in Mersin. "
            "Some young men answered with stones. Local doctors said at least nine protesters were wounded.",
            "crowd",
        ),
        # people described as hurt
        (
            "Police fired tear gas into the crowd outside the assembly in Medan on Friday. "
            "Footage shows officers chasing students onto a campus, where injured marchers were treated.",
            "crowd",
        ),
    ],
)
def test_actor_roles_harm_told_makes_the_crowd_victims(nlp: Language, text: str, word: str) -> None:
    ev = _of(_with_actors(nlp, text), "repression")
    assert "victim" in _roles(ev, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the shot reached a thing, not a person
        ("Police fired rubber bullets at the marchers in Lome, hitting a parked bus.", "marchers"),
        # the wounded are the officers
        (
            "Police fired tear gas at the crowd outside the stadium in Kano. "
            "Some youths threw stones. Six officers were injured.",
            "crowd",
        ),
        # wounds in the next paragraph are not this sentence's account
        (
            "Police fired tear gas at the crowd outside the stadium in Kano.\n\n"
            "In an unrelated incident, three injured miners were taken to hospital.",
            "crowd",
        ),
    ],
)
def test_actor_roles_no_harm_to_people_keeps_the_crowd_a_target(nlp: Language, text: str, word: str) -> None:
    ev = _of(_with_actors(nlp, text), "repression")
    assert _roles(ev, word) == {"target"}


def test_actor_roles_a_trigger_that_is_a_striking_weapon_tells_harm(nlp: Language) -> None:
    from eventwire.extract.actor_roles_harm import harm_around

    doc = nlp("Police swung bamboo batons and fired tear gas to stop the farmers near the toll plaza.")
    batons = next(t for t in doc if t.lower_ == "batons")
    assert harm_around(batons)


@pytest.mark.parametrize(
    "text",
    [
        # the officers pelted are told hurt in the same sentence
        "Students pelted officers with stones outside the ministry in Dakar; "
        "police said nine officers were hurt.",
        # ... or in the next sentence of the paragraph
        "Protesters threw stones and bottles at the officers guarding the town hall in Mitrovica. "
        "A police spokesman said four officers were injured.",
    ],
)
def test_actor_roles_officers_pelted_and_told_hurt_are_victims(nlp: Language, text: str) -> None:
    ev = _of(_with_actors(nlp, text), "riot")
    assert "victim" in _roles(ev, "officers")


def test_actor_roles_officers_pelted_with_no_hurt_told_stay_targets(nlp: Language) -> None:
    text = (
        "Protesters threw stones and bottles at the officers guarding the town hall in Mitrovica. "
        "A police spokesman said no officer was injured."
    )
    ev = _of(_with_actors(nlp, text), "riot")
    assert _roles(ev, "officers") == {"target"}


def test_actor_roles_people_left_hurt_tell_harm(nlp: Language) -> None:
    from eventwire.extract.actor_roles_harm import harm_around

    doc = nlp(
        "The worst clashes came in 2015, when police fired rubber bullets at students outside the "
        "university, leaving three people blinded in one eye."
    )
    bullets = next(t for t in doc if t.lower_ == "bullets")
    assert harm_around(bullets)


def test_actor_roles_a_lede_crackdown_takes_harm_told_later_in_the_story(nlp: Language) -> None:
    from eventwire.extract.actor_roles_harm import harm_around

    text = (
        "HARARE (Lowveld Post) - Police fired tear gas at hundreds of teachers marching on the "
        "finance ministry on Monday.\n\n"
        "The teachers' union said the march was peaceful.\n\n"
        "A doctor at Parirenyatwa hospital said 11 teachers were treated for injuries."
    )
    doc = nlp(text)
    gas = next(t for t in doc if t.lower_ == "gas")
    assert harm_around(gas)


def test_actor_roles_a_later_crackdown_does_not_take_harm_told_far_from_it(nlp: Language) -> None:
    from eventwire.extract.actor_roles_harm import harm_around

    text = (
        "HARARE (Lowveld Post) - Teachers marched on the finance ministry on Monday.\n\n"
        "Police fired tear gas at the marchers near the ministry gates.\n\n"
        "The union said the march was peaceful.\n\n"
        "In 2019 a teacher was killed in a separate protest in Bulawayo."
    )
    doc = nlp(text)
    gas = next(t for t in doc if t.lower_ == "gas")
    assert not harm_around(gas)


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        (
            "Gunmen ambushed an army convoy near Kayes on Tuesday. Four soldiers were killed, "
            "a security source said.",
            True,
        ),
        ("Gunmen ambushed an army convoy near Kayes on Tuesday. No one was killed, the army said.", False),
    ],
)
def test_actor_roles_an_attack_told_to_hurt_the_side_struck(nlp: Language, text: str, hurt: bool) -> None:
    from eventwire.extract.actor_roles_harm import attack_harm_around

    doc = nlp(text)
    ambushed = next(t for t in doc if t.lower_ == "ambushed")
    assert attack_harm_around(ambushed) is hurt


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a word for the sort of body, then its name set beside it
        (
            "Riot police arrested five members of the opposition Khmer Nation Party in Battambang on Monday.",
            "Khmer Nation Party",
        ),
        (
            'Police have detained seven members of the banned organisation "Muslim Brotherhood" in Khujand.',
            "Muslim Brotherhood",
        ),
    ],
)
def test_actor_roles_members_of_a_body_named_beside_its_sort(nlp: Language, text: str, body: str) -> None:
    ev = _of(_with_actors(nlp, text), "arrest")
    assert any(a.role == "victim" and body in (a.name, a.text) for a in ev.actors), ev.actors


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a body no dictionary knows, named by what it gathers
        (
            "On Sunday, an alliance of fishermen's unions and church groups held a rally in Mombasa.",
            "alliance of fishermen's unions and church groups",
        ),
        # its members march: the body's act
        (
            "About 80 members of a network of village committees marched to the district office on Friday.",
            "network of village committees",
        ),
    ],
)
def test_actor_roles_a_body_described_by_what_it_gathers(nlp: Language, text: str, body: str) -> None:
    ev = _of(_with_actors(nlp, text), "protest")
    assert any(a.role == "initiator" and a.name == body for a in ev.actors), ev.actors


def test_actor_roles_a_group_of_people_is_not_a_described_body(nlp: Language) -> None:
    text = "On Sunday, a group of farmers held a rally in the square."
    ev = _of(_with_actors(nlp, text), "protest")
    assert not any(a.name.startswith("group of") for a in ev.actors), ev.actors
