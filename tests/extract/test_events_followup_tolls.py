"""The wounded told in a sentence of their own, after the act (sentences written for these tests): "Riot
police dispersed the sit-in. At least nine teachers were injured." gives the dispersal its injuries; the
figure goes back to the last sentence of its paragraph that tells an act taking that kind of count,
or, when its paragraph tells no act before it, to the paragraph before.
Deaths told apart stay where they are (mostly a rival or running toll)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.records import Event

pytestmark = pytest.mark.slow


def _figures(evs: list[Event], etype: str, word: str) -> set[tuple[str, int | None]]:
    hit = [e for e in evs if e.type == etype and any(word in s.text for s in (e.trigger, *e.mentions))]
    assert hit, [(e.type, e.trigger.text) for e in evs]
    return {(m.kind, m.value) for m in hit[0].magnitudes}


CARRIED = [
    (
        "Riot police dispersed a sit-in outside the labour ministry in Rabat with batons on Tuesday. "
        "At least nine teachers were injured, a union official said.",
        "repression",
        "dispersed",
        ("injuries", 9),
    ),
    (
        "Gunmen stormed a police post near Kidal overnight, the army said. Five officers were wounded.",
        "attack",
        "stormed",
        ("injuries", 5),
    ),
    (
        "Youths torched a bank and hurled rocks at officers in the market town on Friday. "
        "Twenty-two policemen were wounded.",
        "riot",
        "torched",
        ("injuries", 22),
    ),
    (
        "Soldiers shot dead two villagers queuing for water in Kalma on Sunday. "
        "Fourteen others were hurt, according to a local doctor.",
        "killing",
        "shot dead",
        ("injuries", 14),
    ),
    (
        # a paragraph of its own that tells no act goes on the act of the paragraph before
        "Police fired tear gas at marchers in Dakar on Monday.\n\nAt least 30 people were injured.",
        "repression",
        "fired tear gas",
        ("injuries", 30),
    ),
]


@pytest.mark.parametrize(("text", "etype", "word", "figure"), CARRIED)
def test_a_toll_in_the_next_sentence_goes_to_the_act_told_before(
    nlp: Language, text: str, etype: str, word: str, figure: tuple[str, int]
) -> None:
    assert figure in _figures(events(nlp, text), etype, word)


def test_the_first_act_of_the_sentence_takes_it(nlp: Language) -> None:
    text = (
        "Police used tear gas, rubber bullets and water cannon to clear the square in Harare on Monday. "
        "At least 17 vendors were injured."
    )
    evs = [e for e in events(nlp, text) if ("injuries", 17) in {(m.kind, m.value) for m in e.magnitudes}]
    assert [e.trigger.text for e in evs] == ["used tear gas"]


NOT_CARRIED = [
    (
        # two paragraphs on, past a paragraph that tells an act of its own
        "Police fired tear gas at marchers in Dakar on Monday.\n\nShopkeepers in the city went on strike on "
        "Tuesday.\n\nAt least 30 people were injured.",
        "repression",
        "fired tear gas",
    ),
    (
        # the act before it is a mention of one told elsewhere
        "The army said its troops had repelled the attack. Twelve soldiers were hurt.",
        "attack",
        "attack",
    ),
    (
        # a denial takes no toll
        "The governor denied that police had beaten anyone at the rally. Eleven people were injured.",
        "repression",
        "beaten",
    ),
]


@pytest.mark.parametrize(("text", "etype", "word"), NOT_CARRIED)
def test_a_toll_stays_off_acts_it_cannot_refer_back_to(
    nlp: Language, text: str, etype: str, word: str
) -> None:
    assert not {k for k, _v in _figures(events(nlp, text), etype, word) if k == "injuries"}


def test_a_toll_with_an_act_of_its_own_stays_with_it(nlp: Language) -> None:
    text = (
        "Police dispersed the crowd outside the stadium on Saturday. "
        "Later, gunmen killed four fans in an ambush near the bridge."
    )
    evs = events(nlp, text)
    assert ("fatalities", 4) not in _figures(evs, "repression", "dispersed")


def test_deaths_told_apart_are_not_carried(nlp: Language) -> None:
    text = "Troops shelled the market in Ruhengeri on Monday. Villagers said they had buried 23 bodies."
    assert ("fatalities", 23) not in _figures(events(nlp, text), "attack", "shelled")


# the weapon told as the cause of the harm ("treated for the effects of tear gas") is no act of its own:
# the figure goes to the dispersal told before it
WEAPON_AS_CAUSE = [
    (
        "Riot police fired water cannon and tear gas at students outside parliament on Friday. "
        "The health ministry said 14 students were treated for the effects of tear gas.",
        "water cannon",
        ("injuries", 14),
    ),
    (
        "Police fired rubber bullets at the marchers near the central mosque on Sunday. "
        "At least 26 marchers were injured by rubber bullets, the organisers said.",
        "fired rubber bullets",
        ("injuries", 26),
    ),
]


@pytest.mark.parametrize(("text", "word", "figure"), WEAPON_AS_CAUSE)
def test_the_weapon_that_hurt_them_leaves_the_toll_to_the_dispersal(
    nlp: Language, text: str, word: str, figure: tuple[str, int]
) -> None:
    assert figure in _figures(events(nlp, text), "repression", word)


def test_the_crowds_wounded_go_to_the_crackdown_not_the_riot(nlp: Language) -> None:
    text = (
        "Police fired tear gas at striking dockers outside the port gates on Monday. "
        "Some strikers threw stones at police vehicles. "
        "Five dockers were treated for injuries at the port clinic, the union said."
    )
    evs = events(nlp, text)
    assert ("injuries", 5) in _figures(evs, "repression", "fired tear gas")
    assert all(
        ("injuries", 5) not in {(m.kind, m.value) for m in e.magnitudes} for e in evs if e.type == "riot"
    )


def test_the_crowds_wounded_reach_back_past_a_paragraph_of_other_acts(nlp: Language) -> None:
    text = (
        "Police fired rubber bullets at protesters blocking roads in Soshanguve on Monday.\n\n"
        "Several thousand people blocked the main road from dawn.\n\n"
        "At least eight protesters were treated for wounds at the local clinic, a nurse said."
    )
    assert ("injuries", 8) in _figures(events(nlp, text), "repression", "fired rubber bullets")


def test_a_speakers_other_weapon_keeps_its_own_record_and_toll(nlp: Language) -> None:
    # the report tells water cannon only: the group's rubber bullets are an act of their own (H6)
    text = (
        "Riot police fired water cannon at several thousand protesters outside the palace on Sunday. "
        "A lawyers' group said at least nine demonstrators had been hit by rubber bullets."
    )
    evs = events(nlp, text)
    assert ("injuries", 9) not in _figures(evs, "repression", "water cannon")
