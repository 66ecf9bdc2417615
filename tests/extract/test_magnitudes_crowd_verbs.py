"""A crowd counted by what it draws or does: "the rally drew 5,000 people", "hundreds who had
barricaded the road" count participants; so do people counted as the active subject of a crowd's act
("a group of about 80 youths broke away and hurled stones", "some 500 staff stayed off the job":
magnitudes ``_acting_verb``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.magnitudes import find_magnitudes

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("The vigil in the main square drew about 3,000 people on Sunday.", 3000, "participants"),
        ("The opposition rally attracted several thousand supporters.", 1000, "participants"),
        ("Riot police scattered dozens of traders who had barricaded the market road.", 12, "participants"),
        ("The funeral procession drew 400 mourners.", 400, "participants"),
        # not a crowd: what draws soldiers or money is no gathering
        ("The offensive drew 300 soldiers into the valley.", 300, "other"),
    ],
)
def test_crowd_verbs_count_participants(nlp: Language, text: str, value: int, kind: str) -> None:
    found = [(m.value, m.kind) for m in find_magnitudes(nlp(text))]
    assert found == [(value, kind)]


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # through the collective noun that holds them, the act in a verb conjoined to its own
        (
            "A group of about 80 youths broke away and hurled stones at the police station.",
            80,
            "participants",
        ),
        # a stoppage: off the job, off work
        ("About 500 hospital staff stayed off the job for a second day on Monday.", 500, "participants"),
        ("Some 2,000 members of the dockers' union remained off work in Mombasa.", 2000, "participants"),
        # an animate noun the people list lacks, subject of a crowd's verb
        ("Thousands of pilgrims marched to the governor's palace on Sunday.", 1000, "participants"),
        ("About 60 pilgrims began a sit-in outside the consulate on Friday.", 60, "participants"),
    ],
)
def test_people_doing_a_crowds_act_are_participants(nlp: Language, text: str, value: int, kind: str) -> None:
    found = [(m.value, m.kind) for m in find_magnitudes(nlp(text))]
    assert (value, kind) in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a verb of saying, a passive, a verb that is no crowd's act
        ("Three of the prisoners told their lawyers that guards had beaten them.", 3),
        ("About 40 villagers were taken to a police station.", 40),
        ("A column of about 150 soldiers entered the village at dawn.", 150),
        ("Thousands of people had fled into the hills by nightfall.", 1000),
    ],
)
def test_people_not_doing_a_crowds_act_are_no_participants(nlp: Language, text: str, value: int) -> None:
    found = [(m.value, m.kind) for m in find_magnitudes(nlp(text)) if m.value == value]
    assert found
    assert all(kind != "participants" for _, kind in found)


@pytest.mark.parametrize(
    "text",
    [
        "Numerous protesters were detained near the bridge.",
        "Numerous residents marched to the governor's office.",
    ],
)
def test_numerous_gives_no_number(nlp: Language, text: str) -> None:
    """Gold-format J10: "numerous", "many", "a handful of" are no number."""
    assert find_magnitudes(nlp(text)) == []
