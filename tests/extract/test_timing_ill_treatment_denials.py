"""M12: a past-tense denial of a detainee's ill-treatment with no time of its own takes the time of the
report it answers, not the day of the statement nor the lead's; a denial of a standing practice, or one
dated in its own clause, does not. M15: ill-treatment in custody told with no time of its own after an
arrest on one dated day takes the arrest's time (not arrest-to-telling, not null), and so does its denial."""

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
        ("The county commander denied any ill-treatment of detainees.", "treatment"),
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


ARREST = (
    "MOMBASA, March 14 (Coast Wire) - Police arrested a union steward at his home on Tuesday night, his "
    "union said.\n\nOfficials said he was being held on charges of inciting unrest.\n\n"
)


@pytest.mark.parametrize(
    ("told", "trigger"),
    [
        ("His lawyer said he had been beaten during interrogation at the central police station.", "beaten"),
        ("His family said he had been punched and kicked by officers in a police van.", "kicked"),
        ("He told his lawyer that an officer slapped him during questioning.", "slapped"),
        (
            "His lawyer said he was beaten during questioning. The district commander denied that any "
            "detainee had been mistreated.",
            "mistreated",
        ),
    ],
)
def test_custody_ill_treatment_takes_the_arrest_s_day(nlp: Language, told: str, trigger: str) -> None:
    # M15: the arrest's Tuesday (its named night), not Tuesday to the telling, not null; the bound
    # denial takes the same (M12)
    assert bound_interval(nlp, ARREST + told, trigger, PUB) == ("2025-03-11", "2025-03-11")


def test_custody_ill_treatment_since_the_arrest_still_runs(nlp: Language) -> None:
    # T1's "since his arrest": a running custody act, not M15's
    text = ARREST + "His lawyer said he has been refused his insulin since his arrest."
    assert bound_interval(nlp, text, "refused", PUB) == ("2025-03-11", "2025-03-14")


def test_m15_a_second_conjunct_sharing_the_auxiliary_takes_the_arrest_day_too(nlp: Language) -> None:
    # "was slapped and kicked": "kicked" has no auxiliary of its own, it shares "was" (a past act), so it
    # takes the arrest's day as "slapped" does, not the day of the lawyer's statement
    text = (
        "NAIROBI, March 14 - Police arrested a student leader at his home on Tuesday, his family said.\n\n"
        "His lawyer said on Thursday that the student was punched and kicked during questioning."
    )
    assert bound_interval(nlp, text, "punched", PUB) == ("2025-03-11", "2025-03-11")
    assert bound_interval(nlp, text, "kicked", PUB) == ("2025-03-11", "2025-03-11")
