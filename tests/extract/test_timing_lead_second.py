"""The lead's day: a first paragraph that only names the story (a call, a summary) with no day of its own
leaves the lead's day to the next paragraph of prose (to the first dated one of the next three: a delayed
lede); acts told in later paragraphs with no time of their own take that day (H1)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.timing_lead import lead_time
from eventwire.resolve.times import find_times
from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2025, 3, 14)  # a Friday

pytestmark = pytest.mark.slow

_CALL = (
    "OSLO, 14 March 2025\n\n"
    "Fjord Rights Watch calls on the authorities to release four fishermen who were detained after a "
    "peaceful protest against the closure of the harbour to small boats.\n\n"
    "On 3 March, about 150 fishermen gathered outside the harbour office to demand the reopening of the "
    "quay and compensation for lost catches.\n\n"
    "Witnesses said coastguard officers pushed the crowd away from the quay with shields. Two men who were "
    "later released said officers kicked them during questioning at the harbour police post.\n"
)


def test_a_call_with_no_day_leaves_the_lead_to_the_next_paragraph(nlp: Language) -> None:
    doc = nlp(_CALL)
    lead = lead_time(doc, find_times(doc, published=PUB))
    assert lead is not None and (lead.start, lead.end) == ("2025-03-03", "2025-03-03")


@pytest.mark.parametrize("trigger", ["pushed", "kicked"])
def test_acts_after_the_dated_paragraph_take_its_day(nlp: Language, trigger: str) -> None:
    assert bound_interval(nlp, _CALL, trigger, PUB) == ("2025-03-03", "2025-03-03")


_SCENE = (
    "The small ferry office at the end of the quay is easy to miss, with a single bench outside and a "
    "faded timetable taped to its window.\n\n"
    "The fishermen who meet there every morning have long complained that the harbour closure favours "
    "large trawlers owned by companies close to the governing party.\n\n"
    "Their anger has grown over the winter, as catches fell and the price of diesel kept rising along "
    "the whole of the western coast.\n\n"
)
_DAY = (
    "On 3 March, about 150 fishermen gathered outside the harbour office to demand compensation for "
    "their lost catches.\n\n"
    "Witnesses said coastguard officers pushed the crowd away from the quay with their shields.\n"
)


def test_a_delayed_lede_leaves_the_lead_to_the_paragraph_with_the_day(nlp: Language) -> None:
    doc = nlp(_SCENE + _DAY)
    lead = lead_time(doc, find_times(doc, published=PUB))
    assert lead is not None and (lead.start, lead.end) == ("2025-03-03", "2025-03-03")
    assert bound_interval(nlp, _SCENE + _DAY, "pushed", PUB) == ("2025-03-03", "2025-03-03")


def test_four_undated_paragraphs_give_no_lead(nlp: Language) -> None:
    more = (
        "Several of them say they have sold their boats, and others have found work on building sites in the "
        "towns further inland.\n\n"
    )
    doc = nlp(_SCENE + more + _DAY)
    assert lead_time(doc, find_times(doc, published=PUB)) is None


def test_a_lead_telling_a_stretch_keeps_no_day(nlp: Language) -> None:
    text = (
        "In the past week, fishermen in a dozen harbours held sit-ins and blocked quays to protest the "
        "closure of the harbours to small boats.\n\n"
        "In Bergen, coastguard officers removed a blockade on the night of Sunday, March 9.\n"
    )
    doc = nlp(text)
    assert lead_time(doc, find_times(doc, published=PUB)) is None
