"""Two ends of a reported stretch.

``police said on Thursday they had detained 200 people``: a count told in reported speech (the
speaker's "we have detained 200") runs from the story's day up to the day of the statement, as a
present-perfect count runs up to the time of writing (gold-format T1). ``internet was cut from
Saturday evening`` in a story told of the weekend runs up to the story's day, not to the later day
of publication.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 3, 14)  # a Friday
PUB_TUESDAY = date(2025, 3, 18)

pytestmark = pytest.mark.slow

LEAD = (
    "Riot police fired tear gas at striking dockworkers in the port city on Monday, as the stoppage over "
    "unpaid wages spread to two more terminals.\n\n"
)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the story's day is the lead's
        (LEAD + "The interior ministry said on Wednesday that 85 people had been arrested.", "arrested",
         ("2025-03-10", "2025-03-12")),
        # the story's day is the paragraph's
        (LEAD + "Looting broke out in the market district on Tuesday evening. Police said on Thursday they "
         "had detained more than 200 people.", "detained", ("2025-03-11", "2025-03-13")),
    ],
)  # fmt: skip
def test_a_count_in_reported_speech_runs_from_the_story_to_the_statement(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert bound_interval(nlp, text, trigger, PUB) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # one act, not a count, with no story day before it: the statement's day is the nearest bound
        ("The union said on Thursday that a picket had been beaten by guards.", "beaten"),
        # a count with no earlier day anywhere: the statement's day
        ("The interior ministry said on Thursday that 85 people had been arrested.", "arrested"),
    ],
)
def test_no_story_day_or_no_count_keeps_the_statement_day(nlp: Language, text: str, trigger: str) -> None:
    assert bound_interval(nlp, text, trigger, PUB) == ("2025-03-13", "2025-03-13")


def test_one_act_told_in_a_later_report_keeps_the_story_s_day(nlp: Language) -> None:
    # H1: the act continues the lead's episode; the statement's day dates only the report
    text = LEAD + "The union said on Thursday that a picket had been beaten by guards."
    assert bound_interval(nlp, text, "beaten", PUB) == ("2025-03-10", "2025-03-10")


WEEKEND_LEAD = (
    "Thousands of people protested over water shortages in the southern province over the weekend, and "
    "at least one protester was killed, rights groups said.\n\n"
)


def test_from_a_day_in_a_story_told_of_the_weekend_runs_to_the_story_day(nlp: Language) -> None:
    text = WEEKEND_LEAD + "Residents said mobile internet was cut in two towns from Saturday evening."
    assert bound_interval(nlp, text, "cut", PUB_TUESDAY) == ("2025-03-15", "2025-03-16")


def test_from_a_day_with_no_story_day_runs_to_publication(nlp: Language) -> None:
    text = "Residents said mobile internet was cut in two towns from Saturday evening."
    assert bound_interval(nlp, text, "cut", PUB_TUESDAY) == ("2025-03-15", "2025-03-18")


PUB_SUNDAY = date(2025, 3, 16)

RUNNING = (
    "Clashes between riot police and dockworkers spread to three ports on Friday.\n\n"
    "Hospital officials said at least nine people had been killed since Wednesday, most by live fire. "
    "The labour ministry said 130 people had been arrested and would face trial.\n\n"
)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a reported toll with no time of its own runs like the toll told before it in its paragraph
        (RUNNING, "arrested", ("2025-03-12", "2025-03-16")),
        # or in the paragraph before
        (
            RUNNING + "The interior minister said 45 people had been detained in the port city.",
            "detained",
            ("2025-03-12", "2025-03-16"),
        ),
        # a toll bounded by a clause of its own ("wounded since the strike began on Wednesday")
        (
            "Doctors said more than 300 people had been wounded since the strike began on Wednesday. "
            "Officials said 60 people had been arrested.",
            "arrested",
            ("2025-03-12", "2025-03-16"),
        ),
    ],
)
def test_reported_toll_runs_like_the_toll_before(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert bound_interval(nlp, text, trigger, PUB_SUNDAY) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the 'since' bounds a state, not a toll: the count is not a running one
        (
            "Farmers' barricades have cut the highway since Tuesday. Police moved in on Friday. The minister "
            "said 45 people had been detained.",
            "detained",
        ),
        # not a toll of people
        (
            "Hospital officials said nine people had been killed since Wednesday. The minister said rioters "
            "had burned eleven offices of the ruling party.",
            "burned",
        ),
    ],
)
def test_reported_count_not_a_running_toll(nlp: Language, text: str, trigger: str) -> None:
    bound = bound_interval(nlp, text, trigger, PUB_SUNDAY)
    assert bound is None or bound[1] != "2025-03-16"  # no stretch up to the reference day
