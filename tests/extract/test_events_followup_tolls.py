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
