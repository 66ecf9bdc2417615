"""M12: a past-tense denial of a detainee's ill-treatment with no time of its own takes the time of the
report it answers, not the day of the statement nor the lead's; a denial of a standing practice, or one
dated in its own clause, does not."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.timing_context import _answered_report
from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 3, 14)  # a Friday

pytestmark = pytest.mark.slow

LEAD = (
    "MOMBASA, March 14 - Police fired tear gas at dockers on Thursday evening, witnesses said, as protests "
    "over the death of a union steward in custody spread to the town of Malindi.\n\nDockers burned tyres "
    "outside the port gates for a second day on Thursday, and officers responded with water cannon.\n\n"
)
REPORT = (
    "The steward died on Tuesday at a police station hours after his arrest. His family said his body bore "
    "the marks of a beating.\n\n"
)


@pytest.mark.parametrize(
    ("denial", "trigger"),
    [
        (
            "The county commander said he had suffered a heart attack and denied he had been mistreated.",
            "mistreated",
        ),
        (
            "The county commander said he had suffered a heart attack and that no one had been ill-treated.",
            "treated",
        ),
    ],
)
def test_a_denial_of_ill_treatment_takes_the_report_s_day(nlp: Language, denial: str, trigger: str) -> None:
    # not the lead's Thursday: the Tuesday of the beating it answers
    assert bound_interval(nlp, LEAD + REPORT + denial, trigger, PUB) == ("2025-03-11", "2025-03-11")


def test_a_denial_of_a_standing_practice_answers_no_report(nlp: Language) -> None:
    text = (
        LEAD
        + REPORT
        + "The interior minister denied that torture is practised in the country's police stations."
    )
    doc = nlp(text)
    head = next(t for t in doc if t.text == "torture")
    assert _answered_report(head, head.sent) is None


def test_a_denial_dated_in_its_own_clause_keeps_its_time(nlp: Language) -> None:
    text = (
        LEAD
        + REPORT
        + "The prisons service said no cases of ill-treatment had been recorded in its cells this year."
    )
    assert bound_interval(nlp, text, "ill-treatment", PUB) == ("2025-01-01", "2025-03-14")
