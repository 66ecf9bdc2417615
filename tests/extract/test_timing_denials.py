"""A denial is not dated by the day it was made: it takes the time of the act it denies (gold-format,
session 6), from the paragraph or the lead; any other report keeps its statement's day."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 3, 14)  # a Friday

pytestmark = pytest.mark.slow

LEAD = "Riot police fired rubber bullets at striking miners outside the Rustenburg shaft on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            LEAD + "The police service, in a statement on Wednesday, denied that officers fired live rounds.",
            "fired live rounds",
        ),
        (LEAD + "A police spokesman said on Wednesday that no miner had been shot by officers.", "shot"),
        (
            "Riot police charged striking miners outside the Rustenburg shaft on Monday. The mine's owners "
            "said on Wednesday that not a single worker had been beaten by guards.",
            "beaten",
        ),
    ],
)
def test_a_denial_takes_the_act_s_day_not_the_statement_s(nlp: Language, text: str, trigger: str) -> None:
    assert bound_interval(nlp, text, trigger, PUB) == ("2025-03-10", "2025-03-10")


def test_a_report_that_is_not_a_denial_runs_from_the_story_s_day_to_the_statement_s(nlp: Language) -> None:
    # an arrest told in a report of a later day runs from the story's Monday to it (L15, counted or not)
    text = LEAD + "A police spokesman said on Wednesday that a union organiser had been arrested."
    assert bound_interval(nlp, text, "arrested", PUB) == ("2025-03-10", "2025-03-12")


def test_a_denial_with_nothing_else_to_go_by_keeps_the_statement_s_day(nlp: Language) -> None:
    text = "A police spokesman said on Wednesday that no miner had been shot by officers."
    assert bound_interval(nlp, text, "shot", PUB) == ("2025-03-12", "2025-03-12")


@pytest.mark.parametrize(
    ("follow", "expected"),
    [
        # the sentence before the denial dates only the statement: the act denied keeps the lead's day
        ("It denied that any civilians had been killed.", ("2025-03-13", "2025-03-13")),
        # so does an act the statement goes on to report: Saturday is only the day of the saying
        ("It said that two soldiers had been killed.", ("2025-03-13", "2025-03-13")),
    ],
)
def test_a_denial_after_a_statement_day_takes_the_story_day(
    nlp: Language, follow: str, expected: tuple[str, str]
) -> None:
    text = (
        "Soldiers shot dead five villagers during a raid on a market in Kisa on Thursday, locals said.\n\n"
        "The army said on Saturday that its troops had come under fire. " + follow
    )
    assert bound_interval(nlp, text, "killed.", date(2025, 3, 17)) == expected


def test_the_day_of_a_statement_read_on_radio_is_the_statements(nlp: Language) -> None:
    # "In a statement read on state radio on Saturday, … said": Saturday dates the statement only
    text = (
        "Soldiers shot dead five villagers during a raid on a market in Kisa on Thursday, locals said.\n\n"
        "In a statement read on state radio on Saturday, the army spokesman said troops had come under "
        "fire. He denied that any civilians had been killed."
    )
    assert bound_interval(nlp, text, "killed.", date(2025, 3, 17)) == ("2025-03-13", "2025-03-13")
