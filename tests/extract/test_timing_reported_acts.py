"""The day a statement was made does not date the act it reports.

``Police fired tear gas at the crowd, the governor said on Friday``: with nothing in its own clause,
a reported act takes the story's time (the paragraph's last day, else the lead's), as a denial does
(gold-format, session 6); the statement's day is used only when the context gives nothing, or gives a
day after the statement (the act cannot follow its report).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 10, 17)  # a Friday

pytestmark = pytest.mark.slow

LEAD = (
    "Farmers blocked the main highway into the provincial capital with tractors on Tuesday, demanding "
    "compensation for failed harvests.\n\n"
)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the lead's day
        (
            LEAD + "The provincial governor said on Thursday that protesters had set fire to a toll booth.",
            "set fire",
            ("2025-10-14", "2025-10-14"),
        ),
        # the paragraph's day, written before the statement
        (
            LEAD + "A second convoy reached the ring road on Wednesday morning. The transport minister told "
            "reporters on Thursday that officers had used pepper spray to clear it.",
            "pepper spray",
            ("2025-10-15", "2025-10-15"),
        ),
        # the statement trails the act ("…, the union said on Thursday")
        (
            LEAD + "Riot police beat two tractor drivers at the barricade, the farmers' union said on "
            "Thursday.",
            "beat",
            ("2025-10-14", "2025-10-14"),
        ),
    ],
)
def test_a_reported_act_takes_the_story_s_day(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert bound_interval(nlp, text, trigger, PUB) == expected


def test_the_act_s_own_day_still_comes_first(nlp: Language) -> None:
    text = LEAD + "The governor said on Thursday that protesters had set fire to a toll booth on Wednesday."
    assert bound_interval(nlp, text, "set fire", PUB) == ("2025-10-15", "2025-10-15")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # nothing else in the text dates it
        ("The governor said on Thursday that protesters had set fire to a toll booth.", "set fire"),
        # the context's day comes after the statement: the act cannot follow its report
        (
            "The farmers' union said on Thursday that riot police had beaten two tractor drivers. The "
            "farmers plan to march on the capital on Saturday.",
            "beaten",
        ),
    ],
)
def test_the_statement_s_day_is_the_last_resort(nlp: Language, text: str, trigger: str) -> None:
    assert bound_interval(nlp, text, trigger, PUB) == ("2025-10-16", "2025-10-16")
