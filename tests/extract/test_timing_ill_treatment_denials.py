"""M12: a past-tense denial of a detainee's ill-treatment with no time of its own takes the time of the
report it answers, not the day of the statement nor the lead's; a denial of a standing practice, or one
dated in its own clause, does not."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.timing import bind_time
from eventwire.extract.timing_context import _answered_report
from eventwire.extract.timing_lead import lead_time
from eventwire.extract.timing_status import adjust_for_status
from eventwire.resolve.times import find_times
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


def _told(
    nlp: Language, text: str, trigger: str, status: str = "attributed"
) -> tuple[str | None, str | None]:
    doc = nlp(text)
    times = find_times(doc, published=PUB)
    at = text.index(trigger)
    span = doc.char_span(at, at + len(trigger), alignment_mode="expand")
    assert span is not None
    time, _ = bind_time(span.root, span.root.sent, times, published=PUB, lead=lead_time(doc, times))
    time = adjust_for_status(time, status, PUB, head=span.root)
    assert time is not None
    return time.start, time.end


ARREST = "MOMBASA, March 14 (Coast Wire) - Police arrested a union steward at his home on Tuesday night.\n\n"


@pytest.mark.parametrize(
    ("told", "trigger"),
    [
        ("His lawyer said he had been beaten during interrogation at the central police station.", "beaten"),
        ("His family said he had been punched and kicked by officers in a police van.", "kicked"),
    ],
)
def test_a_detainee_s_ill_treatment_runs_from_the_arrest_to_the_telling(
    nlp: Language, told: str, trigger: str
) -> None:
    # M12's example: "arrested on Tuesday night said he was beaten during interrogation" -> Tuesday to the
    # day it is told (the publication day here)
    assert _told(nlp, ARREST + told, trigger) == ("2025-03-11", "2025-03-14")


@pytest.mark.parametrize(
    ("told", "trigger"),
    [
        # a beating at the scene, no detainee's ordeal
        (
            "Witnesses said a reporter was beaten by officers while filming outside the radio station.",
            "beaten",
        ),
        # the ordeal ends with the death
        ("He died in the cells on Wednesday. His family said he had been beaten in custody.", "beaten"),
        # a beating told as done by the police, not of the one it was done to
        ("Witnesses said officers beat his brother with batons outside the station.", "beat"),
    ],
)
def test_other_beatings_keep_their_day(nlp: Language, told: str, trigger: str) -> None:
    start, end = _told(nlp, ARREST + told, trigger)
    assert start == end
