"""Implicit actors: a force written in an attack's or killing's sentence only as the subject of another,
non-violent act (patrolling, denying, tracking down) is its bystander, investigator or teller, not its doer
(IndiaPoliceEvents: police made the bombers of blasts they were patrolling near); one whose own clause tells
force, or whose verb carries the act, stays its doer."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _doers(nlp: Language, text: str, etype: str) -> list[tuple[str, str | None]]:
    ev = _of(_with_actors(nlp, text), etype)
    return [(a.kind, a.text) for a in ev.actors if a.role == "perpetrator"]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday three small bombs exploded near the bus depot even as police stepped up patrols "
        "in the old town.",
        "A grenade exploded outside the mill while the police were questioning the night watchmen.",
    ],
)
def test_a_force_busy_with_another_act_does_not_attack(nlp: Language, text: str) -> None:
    assert not any(kind == "security_forces" for kind, _ in _doers(nlp, text, "attack"))


@pytest.mark.parametrize(
    "text",
    [
        "Three villagers were killed after the police opened fire on the crowd near the temple.",
        "Police opened fire on the marchers, killing two of them.",
    ],
)
def test_a_force_whose_act_is_violent_still_kills(nlp: Language, text: str) -> None:
    assert any(kind == "security_forces" for kind, _ in _doers(nlp, text, "killing"))


@pytest.mark.parametrize(
    "text",
    [
        # the force's own verb is a harm word of the lexicon
        "Two herders died after the soldiers torched their huts, the villagers said.",
        # the force's verb acts on a protest or aims at a protester
        "In 2019 the police put down the marches in the capital; at least 14 people were killed.",
        "The police regretted the student's death but denied that any officer had aimed at a marcher.",
    ],
)
def test_a_force_acting_on_fighters_or_crowds_is_still_the_doer(nlp: Language, text: str) -> None:
    assert any(kind == "security_forces" for kind, _ in _doers(nlp, text, "killing"))


def test_a_by_phrase_hung_on_an_active_verb_is_the_killing_noun_s(nlp: Language) -> None:
    text = "The monitors have recorded at least 19 killings of villagers by soldiers in the valley this year."
    assert any(kind == "security_forces" for kind, _ in _doers(nlp, text, "killing"))


def test_a_force_s_operation_in_which_people_died_makes_it_the_doer(nlp: Language) -> None:
    text = (
        "Dozens of herders were killed in the hills in a sweep that witnesses said was led by army units "
        "and hired militiamen."
    )
    assert any(kind == "security_forces" for kind, _ in _doers(nlp, text, "killing"))


@pytest.mark.parametrize(
    "text",
    [
        # the trigger is the gerund under the force's verb
        "Two men were shot dead at the protest on Friday, but the governor said the gendarmes had "
        "restored order without firing a single shot.",
        # the trigger is the act the force's verb commits
        "The rebels warned that the air force is likely to step up air strikes on the northern towns.",
    ],
)
def test_a_force_whose_verb_carries_the_act_is_its_doer(nlp: Language, text: str) -> None:
    evs = _with_actors(nlp, text)
    assert any(
        a.kind == "security_forces" and a.role == "perpetrator"
        for e in evs
        if e.type in ("killing", "attack")
        for a in e.actors
    )


def test_a_force_that_carried_arms_is_no_bystander(nlp: Language) -> None:
    from eventwire.extract.implicit_actors_bystanders import _wields

    doc = nlp("The ministry denied that its officers had carried firearms at the march.")
    assert _wields(next(t for t in doc if t.text == "carried"))
    doc = nlp("The officers had carried boxes of leaflets to the station.")
    assert not _wields(next(t for t in doc if t.text == "carried"))


def test_a_pronoun_using_the_arms_takes_up_the_force(nlp: Language) -> None:
    text = (
        "The city police has lost much of its standing this month despite listing how many rounds of "
        "fire and tear-gas shells it has used against the crowds."
    )
    evs = _with_actors(nlp, text)
    assert any(
        a.kind == "security_forces" and a.role == "perpetrator"
        for e in evs
        if e.type == "attack"
        for a in e.actors
    )


def test_the_group_named_before_attacks_what_the_force_repelled(nlp: Language) -> None:
    text = (
        "The market town of Kelo has been encircled by armed jihadist groups for two years. "
        "Last March the town was the target of a big attack that the national army repelled."
    )
    doers = _doers(nlp, text, "attack")
    assert doers
    assert all(kind == "armed_group" for kind, _ in doers)
    assert all(t is not None for _, t in doers)  # the written group, not a default


@pytest.mark.parametrize(
    "text",
    [
        # the clause under the force's verb has its own subject: the bomb's act, not the police's
        "Police found that a bomb had exploded in the station toilet on Monday.",
        # a passive clause under the force's verb: its subject suffers the act
        "The police were patrolling the market when two traders were stabbed.",
    ],
)
def test_an_act_with_its_own_subject_under_the_force_s_verb_is_not_the_force_s(
    nlp: Language, text: str
) -> None:
    assert not any(kind == "security_forces" for kind, _ in _doers(nlp, text, "attack"))


@pytest.mark.parametrize(
    "text",
    [
        # what the force tracks down is the act investigated, not a crowd it acts on
        "The city police have tracked down a similar attack on pilgrims near the river in 1998.",
        # a word glued on the force's verb is no act of force ("shell" of "shell-shocked")
        "We were shell-shocked by a senior police officer telling the press on the day of the attack that "
        "he had known of it.",
    ],
)
def test_a_force_tracking_an_attack_or_shocking_a_teller_is_no_attacker(nlp: Language, text: str) -> None:
    assert not any(kind == "security_forces" for kind, _ in _doers(nlp, text, "attack"))


def test_a_verb_of_doing_with_a_force_object_still_acts(nlp: Language) -> None:
    from eventwire.extract.implicit_actors_bystanders import _force_act_word

    doc = nlp("The troops carried out raids in the hills.")
    carried = next(t for t in doc if t.text == "carried")
    assert any(_force_act_word(carried, c) for c in carried.children)
    doc = nlp("The police traced an attack in the hills.")
    traced = next(t for t in doc if t.text == "traced")
    assert not any(_force_act_word(traced, c) for c in traced.children)


def test_a_force_that_denies_a_report_is_its_source_not_its_doer(nlp: Language) -> None:
    text = "Reports of a stabbing in the old market were denied by the police."
    assert not any(kind == "security_forces" for kind, _ in _doers(nlp, text, "attack"))


def test_a_force_that_arrests_a_suspect_is_no_doer_of_the_crime(nlp: Language) -> None:
    text = "The police arrested the prime suspect in the bus bombing on Sunday."
    assert not any(
        kind == "security_forces" and written is not None for kind, written in _doers(nlp, text, "attack")
    )


@pytest.mark.parametrize(
    "text",
    [
        # a backer glued on a participle: "army-sponsored attacks"
        "The report lists a series of army-sponsored attacks on border villages.",
        # a person's post after a copula: a title, not an act of the force
        "Ram Kumar, who was the city's police commissioner in 1993, is credited with calming the city after "
        "the riots and the blasts that followed.",
    ],
)
def test_a_backer_or_a_title_is_no_attacker(nlp: Language, text: str) -> None:
    assert not any(kind == "security_forces" for kind, _ in _doers(nlp, text, "attack"))
