"""A clock time or a bare "dawn" names no day: it is read on the day its own sentence gives, else on the
story's last day named before it, never on the dateline's day."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.timing import bind_time
from eventwire.extract.timing_lead import lead_time
from eventwire.resolve.times import find_times

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2024, 8, 1)  # a Thursday

pytestmark = pytest.mark.slow


def _bind(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None] | None:
    doc = nlp(text)
    times = find_times(doc, published=PUB)
    at = text.index(trigger)
    head = doc.char_span(at, at + len(trigger), alignment_mode="expand")
    assert head is not None
    tok = head.root
    time, _ = bind_time(tok, tok.sent, times, published=PUB, lead=lead_time(doc, times))
    return None if time is None else (time.start, time.end)


def test_dusk_to_dawn_curfew_takes_its_sentence_s_day_not_the_dateline(nlp: Language) -> None:
    text = (
        "LUSAKA, Aug 1 (Southern Wire) - The government imposed a dusk-to-dawn curfew in three towns on "
        "Tuesday after youths looted shops and burned a police station.\n\n"
        "A police spokesman said 40 people were arrested in Kitwe."
    )
    assert _bind(nlp, text, "imposed") == ("2024-07-30", "2024-07-30")
    assert _bind(nlp, text, "arrested") == ("2024-07-30", "2024-07-30")


def test_clock_after_a_day_named_before_keeps_that_day(nlp: Language) -> None:
    text = (
        "Soldiers surrounded the village of Kyauk Taw on Saturday, residents said. Shortly after 4 a.m., "
        "they set fire to dozens of houses and detained eleven men."
    )
    assert _bind(nlp, text, "set fire") == ("2024-07-27", "2024-07-27")


def test_clock_before_its_sentence_s_day_takes_that_day_not_an_earlier_one(nlp: Language) -> None:
    text = (
        "Garment workers in Dhaka have been on strike since Monday over unpaid wages. Shortly after 3 a.m., "
        "police in riot gear broke up the sit-in outside the Rana Textiles plant on Wednesday, a union "
        "organiser said."
    )
    assert _bind(nlp, text, "broke up") == ("2024-07-31", "2024-07-31")


def test_clock_in_a_past_clause_is_not_read_on_a_day_still_to_come(nlp: Language) -> None:
    text = (
        "The electoral commission disqualified two opposition candidates on Tuesday. Police raided the "
        "homes of 12 opposition activists at dawn, weeks ahead of the elections of 30 August 2024, "
        "their lawyers said."
    )
    assert _bind(nlp, text, "raided") == ("2024-07-30", "2024-07-30")


def test_a_clock_alone_in_its_sentence_leaves_a_quotation_s_today_to_the_story_s_day(nlp: Language) -> None:
    text = (
        "BUDAPEST, Aug 1 (Danube Wire) - Thousands of teachers marched through the capital on Wednesday "
        "against a new wage law.\n\n"
        '"We are not afraid today," said one teacher.\n\n'
        "Riot police cleared the bridge shortly after 10 p.m., using pepper spray."
    )
    assert _bind(nlp, text, "cleared") == ("2024-07-31", "2024-07-31")
