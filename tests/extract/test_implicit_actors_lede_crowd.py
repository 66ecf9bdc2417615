"""Implicit actors: the group a protest lede has the state act on is the story's group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _story_group_name(nlp: Language, text: str) -> str | None:
    from eventwire.extract.implicit_actors_antecedents import story_group
    from eventwire.resolve.actors import ActorDictionary, find_actors

    doc = nlp(text)
    found = story_group(doc, find_actors(doc, ActorDictionary.load()))
    return None if found is None else found.name


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "LOME, March 3 (Wire) - Togolese police fired tear gas on Saturday to break up a rally by "
            "opposition supporters in the Bè district of Lomé, witnesses said.\n\n"
            "The interior ministry said 40 people were arrested.",
            "Opposition",
        ),
        (
            "Riot police used water cannon on Monday against hundreds of farmers who had blocked the ring "
            "road outside Lyon, as a protest over diesel taxes turned violent.\n\n"
            "Prosecutors said 19 people were detained overnight.",
            "Farmers",
        ),
        (
            "Police in Harare charged with batons on Thursday to stop teachers from marching on the "
            "finance ministry over unpaid allowances.\n\n"
            "A union lawyer said 14 people were arrested near the ministry.",
            "Teachers",
        ),
    ],
)
def test_the_crowd_a_protest_lede_has_the_police_act_on_is_the_story_group(
    nlp: Language, text: str, group: str
) -> None:
    assert _story_group_name(nlp, text) == group
    ev = _of(_with_actors(nlp, text), "arrest")
    assert any(group in a.aliases for a in ev.actors if a.role == "victim" and a.text == "people")


def test_a_group_acted_on_in_a_lede_with_no_protest_is_no_story_group(nlp: Language) -> None:
    text = (
        "Police in Lomé arrested two opposition supporters on Saturday on charges of insulting the "
        "president, their lawyer said.\n\nThe ministry said 40 people were detained this year."
    )
    assert _story_group_name(nlp, text) is None


def test_a_group_doing_the_protest_in_the_lede_stays_the_story_group(nlp: Language) -> None:
    text = (
        "Hundreds of nurses marched on parliament on Monday, and police fired tear gas at students "
        "who had joined them.\n\nPolice said 12 people were arrested."
    )
    assert _story_group_name(nlp, text) == "Medical workers"


def test_a_protest_in_the_second_sentence_makes_a_protest_lede(nlp: Language) -> None:
    from eventwire.extract.implicit_actors_protest import at_protest

    text = (
        "At least 30 people have been killed since Friday, a monitoring group said. The violence began "
        "when thousands marched on the presidential palace.\n\n"
        "More than 400 people were detained overnight in the capital."
    )
    doc = nlp(text)
    detained = next(t for t in doc if t.lower_ == "detained")
    assert at_protest(detained)


def test_a_bomber_striking_a_van_is_no_protest_word(nlp: Language) -> None:
    from eventwire.extract.implicit_actors_protest import at_protest

    text = (
        "Nine people were killed on Monday in a bombing in the old market, police said. The bomber "
        "struck a police van near the main gate.\n\n"
        "Officials said 12 people had been taken to hospital."
    )
    doc = nlp(text)
    taken = next(t for t in doc if t.lower_ == "taken")
    assert not at_protest(taken)
