"""``had been detained since the strike began``: a running count since something began runs from the
day the text gave for that start to the reference day (gold-format T1)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 3, 14)  # a Friday

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Bus drivers in the capital stayed home for a third day on Friday.\n\n"
            "The walkout, which began on Wednesday over unpaid wages, has spread to four cities.\n\n"
            "A lawyers' group said 19 drivers had been arrested since the walkout began, including six who "
            "were stopped at a depot on Thursday.",
            "arrested",
        ),
        (
            "Students occupied the university on 3 March.\n\n"
            "The protests started on 3 March after a tuition rise. Police have detained 40 students since "
            "the protests started, their union said.",
            "detained",
        ),
    ],
)
def test_since_a_start_told_earlier_runs_from_that_day(nlp: Language, text: str, trigger: str) -> None:
    expected = ("2025-03-12", "2025-03-14") if "walkout" in text else ("2025-03-03", "2025-03-14")
    assert bound_interval(nlp, text, trigger, PUB) == expected


def test_since_a_start_the_text_never_dates_gives_no_time(nlp: Language) -> None:
    text = "Nineteen drivers have been arrested since the walkout began, a lawyers' group said on Thursday."
    assert bound_interval(nlp, text, "arrested", PUB) is None


@pytest.mark.parametrize(
    "text",
    [
        "The strike by bus drivers, which began on March 3 over unpaid wages, has spread to four cities.",
        "The sit-in of the nurses, which started on March 3 outside the ministry, has drawn thousands.",
    ],
)
def test_which_began_on_the_noun_of_the_events_by_phrase_opens_the_run(nlp: Language, text: str) -> None:
    # the parser hangs "which began" on "drivers" / "nurses": it still tells when the event began (T2)
    trigger = "strike" if "strike" in text else "sit-in"
    assert bound_interval(nlp, text, trigger, PUB) == ("2025-03-03", "2025-03-14")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the event the since clause tells is dated by its own expression
        (
            "The town has had no mayor since the last one was shot dead outside his office in July 2023.",
            "shot",
            ("2023-07-01", "2023-07-31"),
        ),
        # an onset in the since clause still runs on from that day (T2)
        (
            "Rubbish has piled up in the streets since refuse collectors walked out on 3 March.",
            "walked out",
            ("2025-03-03", "2025-03-14"),
        ),
    ],
)
def test_the_event_of_a_since_clause(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str]
) -> None:
    assert bound_interval(nlp, text, trigger, PUB) == expected
