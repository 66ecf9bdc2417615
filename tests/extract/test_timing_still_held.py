"""States told to go on: a cut "from Tuesday" that "still held on Wednesday" (gold-format N18) and a
present-tense denial that a stoppage is going on (H5), which both run to a later day than the one
written first."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.timing import bind_time
from eventwire.extract.timing_lead import lead_time
from eventwire.extract.timing_narrative import _day_time
from eventwire.extract.timing_status import adjust_for_status
from eventwire.resolve.times import find_times
from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 3, 14)  # a Friday

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Phone lines in the valley were cut from Tuesday evening and had still not been restored on "
            "Thursday morning, residents said.",
            "cut",
            ("2025-03-11", "2025-03-13"),
        ),
        (
            "Access to messaging apps was blocked across the province from Wednesday and remained so on "
            "Thursday, a monitoring group said.",
            "blocked",
            ("2025-03-12", "2025-03-13"),
        ),
        (
            "The border crossing was closed from Monday, officials said, and was still shut on Wednesday.",
            "closed",
            ("2025-03-10", "2025-03-12"),
        ),
    ],
)
def test_a_state_from_a_day_runs_to_the_day_it_still_held(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert bound_interval(nlp, text, trigger, PUB) == expected


def test_from_two_days_joined_by_and_is_no_open_state(nlp: Language) -> None:
    text = "Dock workers stayed away from Monday and Tuesday's shifts, the union said."
    assert bound_interval(nlp, text, "stayed", PUB) != ("2025-03-10", "2025-03-14")


def _denied(nlp: Language, text: str, trigger: str, day: str) -> tuple[str | None, str | None] | None:
    """The time a negated event keeps when the context dated it to ``day``."""
    doc = nlp(text)
    at = text.index(trigger)
    span = doc.char_span(at, at + len(trigger), alignment_mode="expand")
    assert span is not None
    given = _day_time("Monday", 0, 6, date.fromisoformat(day))
    time = adjust_for_status(given, "negated", PUB, head=span.root)
    return None if time is None else (time.start, time.end)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('"There is no strike at the refinery," the minister told reporters.', "strike"),
        ("The prison service said there are no hunger strikes in the facility.", "strikes"),
    ],
)
def test_a_denial_that_a_stoppage_exists_runs_to_the_day_of_writing(
    nlp: Language, text: str, trigger: str
) -> None:
    assert _denied(nlp, text, trigger, "2025-03-10") == ("2025-03-10", "2025-03-14")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('The port authority said "cargo handling continues normally at every berth".', "continues"),
        ("The employers' federation said most mills were operating as normal.", "operating"),
        ("The police said no worker had been detained during the stoppage.", "detained"),
        ("The ministry said no striker was beaten by the guards.", "beaten"),
        ("There was no strike at the refinery on Monday, the minister said.", "strike"),
    ],
)
def test_other_denials_keep_the_day_they_were_given(nlp: Language, text: str, trigger: str) -> None:
    assert _denied(nlp, text, trigger, "2025-03-10") == ("2025-03-10", "2025-03-10")


def test_a_denial_dated_by_its_own_words_is_left_alone(nlp: Language) -> None:
    text = '"There is no strike at the refinery today," the minister said.'
    doc = nlp(text)
    times = find_times(doc, published=PUB)
    at = text.index("strike")
    span = doc.char_span(at, at + len("strike"), alignment_mode="expand")
    assert span is not None
    time, _ = bind_time(span.root, span.root.sent, times, published=PUB, lead=lead_time(doc, times))
    time = adjust_for_status(time, "negated", PUB, head=span.root)
    assert time is not None and (time.start, time.end) == ("2025-03-14", "2025-03-14")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "GENEVA, 14 March 2025 - Rights monitors report a wave of hangings in February.\n\n"
            "When news of the hangings spread on 11 February, hundreds of relatives gathered outside the "
            "jail.",
            "gathered",
            ("2025-02-11", "2025-02-11"),
        ),
        (
            "GENEVA, 14 March 2025 - Rights monitors report a wave of hangings in February.\n\n"
            "While the governor spoke on 20 February, guards beat several mourners at the gate.",
            "beat",
            ("2025-02-20", "2025-02-20"),
        ),
    ],
)
def test_a_when_clause_on_the_event_s_verb_dates_the_event(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert bound_interval(nlp, text, trigger, PUB) == expected


def test_the_event_s_own_day_beats_its_when_clause(nlp: Language) -> None:
    text = "When the verdict was read on Monday, students marched to the court on Wednesday."
    assert bound_interval(nlp, text, "marched", PUB) == ("2025-03-12", "2025-03-12")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "GENEVA, 14 March 2025 - Monitors report unrest in the jail.\n\n"
            "On 2 March, guards beat two hunger strikers.\n\n"
            "The next day, 6 March, inmates banged on their cell doors.",
            "banged",
            ("2025-03-06", "2025-03-06"),
        ),
        (
            "GENEVA, 14 March 2025 - Monitors report unrest in the jail.\n\n"
            "On 2 March, guards beat two hunger strikers.\n\n"
            "Two days later, on 5 March, inmates banged on their cell doors.",
            "banged",
            ("2025-03-05", "2025-03-05"),
        ),
        (
            "The uprising began in December 2018.\n\n"
            "On 6 April 2019, crowds began a sit-in outside the army headquarters. Five days later, on 11 "
            "April, soldiers placed the president under arrest, and the unions called a strike on 28 May.",
            "placed",
            ("2019-04-11", "2019-04-11"),
        ),
        (
            "The uprising began in December 2018.\n\n"
            "On 6 April 2019, crowds began a sit-in outside the army headquarters. Five days later, on 11 "
            "April, soldiers placed the president under arrest. The unions staged a strike on 28 May.",
            "strike",
            ("2019-05-28", "2019-05-28"),
        ),
    ],
)
def test_a_day_written_out_after_a_counted_day_is_the_day(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert bound_interval(nlp, text, trigger, PUB) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Mobile internet in the north was restricted on Tuesday night, the governor's office said. "
            "Services had returned to normal by Wednesday morning.",
            "restricted",
            ("2025-03-11", "2025-03-12"),
        ),
        (
            "The authorities suspended mobile data across the country on Monday afternoon. Access had still "
            "not been restored by Wednesday morning.",
            "suspended",
            ("2025-03-10", "2025-03-12"),
        ),
        (
            "The authorities cut mobile internet in the region from Monday evening. Service was restored on "
            "Tuesday morning.",
            "cut",
            ("2025-03-10", "2025-03-11"),
        ),
    ],
)
def test_a_cut_runs_to_the_day_the_next_sentence_restores_it(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert bound_interval(nlp, text, trigger, PUB) == expected


def test_order_restored_ends_no_cut(nlp: Language) -> None:
    text = "Police cut off the main road on Monday. Order was restored on Wednesday after talks."
    assert bound_interval(nlp, text, "cut", PUB) == ("2025-03-10", "2025-03-10")


def test_a_restoration_in_the_next_paragraph_ends_no_cut(nlp: Language) -> None:
    text = (
        "The authorities suspended mobile data in the capital on Monday.\n\n"
        "Electricity was restored on Wednesday in the southern districts."
    )
    assert bound_interval(nlp, text, "suspended", PUB) == ("2025-03-10", "2025-03-10")


def test_another_cut_lifted_in_the_next_sentence_ends_no_cut(nlp: Language) -> None:
    text = (
        "Social media platforms were blocked on Monday. A curfew imposed on the capital on Tuesday was "
        "lifted on Thursday morning."
    )
    assert bound_interval(nlp, text, "blocked", PUB) == ("2025-03-10", "2025-03-10")


def test_a_cut_restored_later_in_its_own_sentence_runs_to_that_day(nlp: Language) -> None:
    text = (
        'Mobile internet in the province, restricted on Monday evening "for security reasons", was being '
        "gradually restored on Wednesday, the directorate said."
    )
    assert bound_interval(nlp, text, "restricted", PUB) == ("2025-03-10", "2025-03-12")


def test_a_cut_told_on_a_day_runs_to_the_later_day_its_sentence_says_it_still_held(nlp: Language) -> None:
    text = (
        "Mobile data in the port city was cut on Monday night and remained down on Wednesday, residents said."
    )
    assert bound_interval(nlp, text, "cut", PUB) == ("2025-03-10", "2025-03-12")
    # a later day with no "still" in between is another act's day
    text = "Mobile data in the port city was cut on Monday night and a curfew began on Wednesday."
    assert bound_interval(nlp, text, "cut", PUB) == ("2025-03-10", "2025-03-10")
