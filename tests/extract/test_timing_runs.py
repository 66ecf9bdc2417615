"""Runs counted back from a day: ``on the fifth day of a hunger strike on Tuesday``, a perfect ``for more
than 1,200 days`` and a pluperfect ``who had been on strike for four months`` (gold-format T3)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest
from spacy.tokens import Doc

from eventwire.extract.timing_clauses import _appositive
from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2024, 5, 8)  # a Wednesday

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "In the mining town, workers were on the fifth day of a hunger strike on Tuesday to demand "
            "unpaid wages.",
            "hunger strike",
            ("2024-05-03", "2024-05-07"),
        ),
        (
            "Far to the south, mothers of the missing marked their 1,500th day of a vigil on Friday.",
            "vigil",
            ("2020-03-26", "2024-05-03"),
        ),
        (
            "On March 3, 2019, police dispersed dock workers who had been on strike for four months over "
            "pensions.",
            "strike",
            ("2018-11-03", "2019-03-03"),
        ),
        (
            "Relatives of the missing have kept up a sit-in outside the ministry for more than 1,200 days.",
            "sit-in",
            ("2021-01-25", "2024-05-08"),
        ),
    ],
)
def test_a_run_counts_back_from_its_day(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert bound_interval(nlp, text, trigger, PUB) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # one day of action in a series, not a run of days
        (
            "Teachers held a fourth day of nationwide strikes on Monday over pay.",
            "strikes",
            ("2024-05-06", "2024-05-06"),
        ),
        # a simple past with a duration is not a pluperfect run
        (
            "On March 3, 2019, dock workers went on strike for four months.",
            "strike",
            ("2019-03-03", "2019-03-03"),
        ),
    ],
)
def test_days_of_action_and_simple_pasts_stay_on_their_day(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert bound_interval(nlp, text, trigger, PUB) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Police detained 40 students on 3 March 2024. In the days after the arrests, tens of thousands "
            "of people marched in the capital.",
            "marched",
            ("2024-03-03", "2024-03-10"),
        ),
        (
            "Security forces opened fire on a rally outside parliament on 3 March 2024. Dozens of people "
            "were killed during the weeks of unrest that followed, a rights group said.",
            "killed",
            ("2024-03-03", "2024-04-30"),
        ),
    ],
)
def test_the_days_or_weeks_after_a_day_run_on_from_it(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert bound_interval(nlp, text, trigger, PUB) == expected


def test_a_range_elsewhere_does_not_replace_the_clauses_own_day(nlp: Language) -> None:
    text = (
        "At least 40 prisoners were executed between 1 and 7 May, including four men who were hanged "
        "in the city prison on Sunday morning."
    )
    assert bound_interval(nlp, text, "hanged", PUB) == ("2024-05-05", "2024-05-05")
    assert bound_interval(nlp, text, "executed", PUB) == ("2024-05-01", "2024-05-07")


def test_a_time_inside_an_apposition_qualifies_the_apposition(nlp: Language) -> None:
    # "a march by students, the third clash this year": the parse written out, as the model gives it
    words = ["a", "march", "by", "students", ",", "the", "third", "clash", "this", "year", "."]
    heads = [1, 1, 1, 2, 3, 7, 7, 3, 9, 7, 1]
    deps = ["det", "ROOT", "prep", "pobj", "punct", "det", "amod", "appos", "det", "npadvmod", "punct"]
    pos = ["DET", "NOUN", "ADP", "NOUN", "PUNCT", "DET", "ADJ", "NOUN", "DET", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _appositive(doc[8], doc[1])  # "this year" does not date the march
    assert not _appositive(doc[8], doc[7])  # it dates the clash itself
    assert not _appositive(doc[1], doc[1])


def test_into_a_count_of_days_counts_back_from_its_day(nlp: Language) -> None:
    text = "Bus drivers carried their walkout into a third day on Tuesday, leaving commuters stranded."
    assert bound_interval(nlp, text, "walkout", PUB) == ("2024-05-05", "2024-05-07")


def test_a_straight_night_of_a_bare_noun_counts_that_noun_s_run_only(nlp: Language) -> None:
    text = (
        "Police fired tear gas on Tuesday to clear students from the main avenue, the fifth straight night "
        "of demonstrations against the new law."
    )
    assert bound_interval(nlp, text, "demonstrations", PUB) == ("2024-05-03", "2024-05-07")
    assert bound_interval(nlp, text, "fired", PUB) == ("2024-05-07", "2024-05-07")
