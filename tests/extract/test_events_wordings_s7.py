"""Wordings of session 7, by class: orders against gatherings (Section 144, bans extended or declared),
mobile data cut or restricted, access to apps blocked, threats of "full force", a penalty a charge can
carry, live fire denied in a report of people shot dead, and their look-alikes (sentences written for
these tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

FOUND = [
    # mobile data cut or restricted, written with its own verb
    ("Residents said mobile data in the northern city had been cut since the morning.", "repression", "cut"),
    ("Mobile data was severely restricted in the region for a third day.", "repression", "restricted"),
    ("The regulator ordered operators to block mobile data in two provinces.", "repression", "block"),
    # access to apps blocked by a provider: a cut service, not a blockade
    (
        "The state telecom company blocked access to WhatsApp and Telegram on Sunday night.",
        "repression",
        "blocked access to",
    ),
    # threats of full force against protesters
    (
        "The governor warned that anyone who marches on the palace during the protest "
        "will be dealt with with full force.",
        "repression",
        "dealt with",
    ),
    (
        '"Any attempt to occupy the ministry by the protesters will be met with the full force of the state,'
        '" the minister said.',
        "repression",
        "met with",
    ),
    # a crowd filling an avenue or a plaza
    ("Thousands of students filled the avenue outside parliament on Wednesday night.", "protest", "filled"),
    ("Tens of thousands of people packed Liberty Plaza for a third night.", "protest", "packed"),
    # a penalty a charge can carry: what the people charged may face
    (
        "Eleven of the detained protesters were charged with sedition, an offence that can carry "
        "the death penalty.",
        "execution",
        "death penalty",
    ),
]


@pytest.mark.parametrize(("text", "etype", "trigger"), FOUND)
def test_wordings_found(nlp: Language, text: str, etype: str, trigger: str) -> None:
    found = [(e.type, e.trigger.text, *(m.text for m in e.mentions)) for e in events(nlp, text)]
    assert any(f[0] == etype and any(trigger in t for t in f[1:]) for f in found), found


NOT_EVENTS = [
    # a ban on goods, a ban lifted: no order against gatherings
    ("The ministry extended the ban on wheat exports until June.", "repression"),
    # M130: a ban on gatherings told as done is no record, nor are the gatherings it forbids
    ("The district administration imposed Section 144 in the town after the clashes.", "repression"),
    ("Section 144 was imposed in three sub-districts on Monday evening.", "repression"),
    (
        "The governor extended the ban on rallies and marches in the capital until the end of May.",
        "repression",
    ),
    ("The governor extended the ban on rallies and marches in the capital until the end of May.", "protest"),
    ("Authorities declared a ban on all public gatherings in the province on Friday.", "repression"),
    ("Authorities declared a ban on all public gatherings in the province on Friday.", "protest"),
    # blocking access to a road is a blockade, not a cut service
    ("Farmers blocked access to the port with their tractors on Monday.", "repression"),
    # the law's force, a penalty as an institution, a penalty a crime carries told as a plain fact
    ("The country still carries out the death penalty for drug trafficking.", "execution"),
    ("He was sentenced to three years for fraud, a crime that carries a long prison term.", "execution"),
    # blame, not detention
    ("Nobody has been held to account for the deaths of the miners, the union said.", "arrest"),
    # people picked out by what they might do, in a chain of verbs
    (
        '"Those who try to blockade the port and attack the guards will be punished," the governor said.',
        "attack",
    ),
    # fans filling a stadium
    ("Fans filled the stadium long before kick-off.", "protest"),
]


@pytest.mark.parametrize(("text", "etype"), NOT_EVENTS)
def test_wordings_not_events(nlp: Language, text: str, etype: str) -> None:
    assert etype not in [e.type for e in events(nlp, text)]


def test_farmers_blocking_access_to_a_port_is_a_protest(nlp: Language) -> None:
    text = "Farmers blocked access to the port with their tractors on Monday."
    assert [e.type for e in events(nlp, text)] == ["protest"]


def test_an_order_is_one_event_however_wide(nlp: Language) -> None:
    text = "The governor extended the night-time curfew across the province until March 30."
    bans = [e for e in events(nlp, text) if e.type == "repression"]
    assert bans and all(e.scope == "single" for e in bans), [(e.subtype, e.scope) for e in bans]


DENIED_FIRE = [
    'A police spokesman said officers had "not used live bullets" at the rally.',
    "The interior minister said security forces did not fire a single live round.",
    "The police chief said his officers did not deploy live rounds during the march.",
]


@pytest.mark.parametrize("denial", DENIED_FIRE)
def test_live_fire_denied_after_people_were_shot_dead_is_the_killing_denied(
    nlp: Language, denial: str
) -> None:
    text = "Three marchers were shot dead near the bridge on Sunday, their families said. " + denial
    denied = [e for e in events(nlp, text) if e.status == "negated"]
    assert denied and all(e.type == "killing" and e.scope == "single" for e in denied), [
        (e.type, e.trigger.text, e.scope) for e in denied
    ]


def test_live_fire_denied_where_nobody_was_shot_stays_repression(nlp: Language) -> None:
    text = (
        "One marcher died after a tear gas canister hit his head on Sunday, his family said. "
        "The police chief said his officers did not fire a single live round."
    )
    denied = [e for e in events(nlp, text) if e.status == "negated"]
    assert [e.type for e in denied] == ["repression"], [(e.type, e.trigger.text) for e in denied]


def test_rubber_bullets_fired_once_are_one_act(nlp: Language) -> None:
    text = "Riot police fired rubber bullets at students outside the university gate on Tuesday."
    found = [e for e in events(nlp, text) if e.type == "repression"]
    assert found and all(e.scope == "single" for e in found), [(e.trigger.text, e.scope) for e in found]


def test_beaten_during_detention_is_torture_and_during_arrest_repression(nlp: Language) -> None:
    custody = "The released students said they were beaten with cables during their detention."
    street = "Lawyers said the students were beaten with batons during their arrest."
    assert "torture" in [e.type for e in events(nlp, custody)]
    assert "repression" in [e.type for e in events(nlp, street)]


def test_any_under_a_denial_is_the_denied_event(nlp: Language) -> None:
    denied = events(nlp, "The interior ministry denied carrying out any raids in the neighbourhood.")
    assert [(e.type, e.status) for e in denied] == [("repression", "negated")]


def test_any_with_no_denial_is_a_kind_of_event(nlp: Language) -> None:
    assert events(nlp, "Any strike by public workers is illegal under the new law.") == []
