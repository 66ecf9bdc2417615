"""A sentence of background whose only time, in another clause, lies in an earlier year than the story
dates its past-tense event better than the lead's day (gold-format T10)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 3, 14)  # a Friday

pytestmark = pytest.mark.slow

LEAD = (
    "Police fired tear gas and rubber bullets at farmers blocking the northern highway near the border "
    "on Wednesday.\n\n"
)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            LEAD
            + "Farmers had already cut the same road for 20 days in March 2023; that blockade ended after "
            "an operation in which 40 people were detained.",
            "detained",
            ("2023-03-01", "2023-03-31"),
        ),
        (
            LEAD + "The border war, which ended with a truce in May 2021, killed thousands of people.",
            "killed",
            ("2021-05-01", "2021-05-31"),
        ),
    ],
)
def test_an_earlier_year_in_the_sentence_dates_its_background_event(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert bound_interval(nlp, text, trigger, PUB) == expected


def test_a_time_of_this_year_in_another_clause_leaves_the_lead(nlp: Language) -> None:
    text = (
        LEAD + "Farmers had cut the same road for 20 days in January; that blockade ended after an "
        "operation in which 40 people were detained."
    )
    assert bound_interval(nlp, text, "detained", PUB) == ("2025-03-12", "2025-03-12")


DETAINED = (
    "Security agents detained the teacher at his home in the border town on 3 March, his family said.\n\n"
    "Two days later his family was told that he had died in custody. "
)


@pytest.mark.parametrize(
    ("tail", "trigger", "expected"),
    [
        (
            "He was beaten repeatedly during interrogation, a cellmate said.",
            "beaten",
            ("2025-03-03", "2025-03-05"),
        ),
        (
            "Guards had tortured him with electric shocks, a cellmate said.",
            "tortured",
            ("2025-03-03", "2025-03-05"),
        ),
        ("Hundreds of mourners marched to the cemetery.", "marched", ("2025-03-05", "2025-03-05")),
    ],
)
def test_an_act_undergone_before_a_day_told_as_days_later_spans_both_days(
    nlp: Language, tail: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert bound_interval(nlp, DETAINED + tail, trigger, PUB) == expected
