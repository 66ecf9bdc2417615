"""Session 14: a plan named after its noun and a condition on the clause an act completes (sentences
written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import status_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "etype", "status"),
    [
        # a participle of planning after the noun, with the day it is set for
        (
            "Police questioned three organisers on Monday about a march planned for Thursday.",
            "protest",
            "predicted",
        ),
        ("The union said a general strike scheduled for 14 June would go ahead.", "strike", "predicted"),
        # a condition of the clause whose verb the act completes
        (
            "Unless the courts intervene, the province is on track to exceed 90 executions this year, "
            "the monitor estimates.",
            "execution",
            "hypothetical",
        ),
    ],
)
def test_status_session14(nlp: Language, text: str, etype: str, status: str) -> None:
    assert status_of(nlp, text, etype) == status


@pytest.mark.parametrize(
    ("text", "etype", "status"),
    [
        # a stretch of planning, not a day: the march took place
        ("Thousands joined a march planned for weeks by the teachers' unions.", "protest", "asserted"),
        # a condition on the reporting clause alone does not reach an act told as done
        (
            "The authorities hanged 12 men in the central prison on Tuesday, the monitor said.",
            "execution",
            "attributed",
        ),
    ],
)
def test_status_session14_unchanged(nlp: Language, text: str, etype: str, status: str) -> None:
    assert status_of(nlp, text, etype) == status


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # the whoever-subject of a threat the parser splits off as a clause of its own
        ('The governor warned that anyone caught selling petrol to the rebels "will be arrested".', "arrest"),
        # the act named in a phrase of what is threatened, under a whoever-subject
        (
            "The ministry warned that anyone who uses social media to call for marches will be punished, "
            "including by detention.",
            "arrest",
        ),
        # a bare plural with a relative clause shifted back under a reported "would"
        ("The minister warned that dockers who blocked the port gates would be arrested.", "arrest"),
    ],
)
def test_status_threats_on_whoever_acts(nlp: Language, text: str, etype: str) -> None:
    assert status_of(nlp, text, etype) == "hypothetical"


@pytest.mark.parametrize(
    ("text", "etype", "status"),
    [
        # a definite group with a past relative clause: those people, a plan
        (
            "The minister said the dockers who blocked the port gates would be arrested.",
            "arrest",
            "predicted",
        ),
        # no whoever-subject: a plain forecast
        ("Police said they would detain the organisers on Friday.", "arrest", "predicted"),
    ],
)
def test_status_threats_on_named_people(nlp: Language, text: str, etype: str, status: str) -> None:
    assert status_of(nlp, text, etype) == status
