"""Victims written as a group whose members the story named ("Both were arrested in 2021" after
"Lena Markova, 31, and Ivo Saric, 29, were hanged"; "two activists, A and B, were hanged") are
those people."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import spacy

from eventwire.extract.actor_members import named_later
from eventwire.records import Actor
from tests.extract.test_implicit_actors import _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

_HANGED = (
    "Geneva, 3 May 2026 - The Minsk Rights Centre condemns the hanging of two young men.\n\n"
    "Lena Markova, 31, and Ivo Saric, 29, were executed at dawn on Monday in Zhodino prison. "
)


def _victims(nlp: Language, text: str, etype: str, word: str) -> set[str]:
    """The names of the victims of the text's record of ``etype`` whose trigger is ``word``."""
    found = [e for e in _with_actors(nlp, text) if e.type == etype and e.trigger.text == word]
    assert found, f"no {etype} {word!r}"
    return {a.name for a in found[0].actors if a.role == "victim"}


@pytest.mark.parametrize(
    ("text", "etype", "word", "names"),
    [
        (  # "both": the two named just before
            _HANGED + "Both were arrested in Grodno in March 2021 and were sentenced to death.",
            "arrest",
            "arrested",
            {"Lena Markova", "Ivo Saric"},
        ),
        (  # "the three" counts back to the three named
            "Viktor Lenz, 24, Oskar Brandt, 27, and Jonas Weber, 23, were hanged together on Saturday."
            "\n\nThe three were detained in Gomel in November 2022, at the height of the protests.",
            "arrest",
            "detained",
            {"Viktor Lenz", "Oskar Brandt", "Jonas Weber"},
        ),
        (  # "them" after the two who wrote
            _HANGED + "In letters smuggled out of prison, Markova and Saric wrote that interrogators "
            "beat them for days.",
            "torture",
            "beat",
            {"Lena Markova", "Ivo Saric"},
        ),
        (  # the names apposed to the plural the act is told of
            "The operations come a month after two opposition supporters, Daniel Moreau and Pierre "
            "Lambert, were hanged in Gohardasht prison on 4 February.",
            "execution",
            "hanged",
            {"Daniel Moreau", "Pierre Lambert"},
        ),
    ],
)
def test_group_victims_are_the_named_people(
    nlp: Language, text: str, etype: str, word: str, names: set[str]
) -> None:
    assert names <= _victims(nlp, text, etype, word)


def test_count_that_differs_names_no_one(nlp: Language) -> None:
    """ "The three" after two named people are other people: the two are not their victims."""
    text = _HANGED + "The three were arrested in Grodno in March 2021."
    assert not {"Lena Markova", "Ivo Saric"} & _victims(nlp, text, "arrest", "arrested")


def test_a_victim_told_by_age_is_the_person_the_story_names_for_that_noun(nlp: Language) -> None:
    text = (
        "Police shot dead a 23-year-old man in the old town on Sunday.\n\n"
        "Police said the man, identified only as Tito, had fired at officers first."
    )
    killings = [e for e in _with_actors(nlp, text) if e.type == "killing"]
    assert killings
    assert {a.name for a in killings[0].actors if a.role == "victim"} == {"Tito"}


def _aged_victim(text: str) -> Actor:
    """The victim written "40-year-old man" in ``text``, as binding leaves it."""
    start = text.index("40-year-old man")
    return Actor(
        text="40-year-old man",
        start_char=start,
        end_char=start + 15,
        name="40-year-old man",
        aliases=(),
        kind="civilians",
        role="victim",
        country=None,
    )


def test_a_victim_told_by_age_stays_unnamed_when_two_people_are_named_for_that_noun() -> None:
    text = "The man, Ivo Saric, spoke first. The man, Lena Markov, spoke next. A 40-year-old man was held."
    doc = spacy.blank("en")(text)
    a = _aged_victim(text)
    assert named_later(a, doc) is a


def test_a_victim_told_by_age_with_a_name_right_after_is_that_person() -> None:
    nlp = spacy.blank("en")
    text = "Monitors recorded the death in custody of a 40-year-old man, Tomas, in May."
    doc = nlp(text)
    next(t for t in doc if t.text == "Tomas").pos_ = "PROPN"  # a blank pipeline tags nothing
    a = _aged_victim(text)
    out = named_later(a, doc)
    assert out.name == "Tomas"
    assert "40-year-old man" in out.aliases


def test_a_person_named_among_the_group_is_a_victim_beside_it(nlp: Language) -> None:
    """M26: "among them X" after the act's group: X is one of its victims, and the group stays."""
    text = "Police detained 14 strikers in Nakuru on Monday, among them the union's treasurer, Lena Voss."
    names = _victims(nlp, text, "arrest", "detained")
    assert "Lena Voss" in names
    assert "Strikers" in names


def test_a_person_named_among_the_group_with_the_same_act_of_their_own_is_not_repeated(nlp: Language) -> None:
    """M26: "among them X, who was arrested at his home" tells X's own arrest: not the group's."""
    text = (
        "Police detained 14 strikers in Nakuru on Monday, among them Peter Kamau, who was arrested at "
        "his home on Sunday, and Lena Voss, who had filmed the march."
    )
    names = _victims(nlp, text, "arrest", "detained")
    assert "Lena Voss" in names
    assert "Peter Kamau" not in names
