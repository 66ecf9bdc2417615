"""A release's place and date in ordinary case ("Lagos, 14 March 2025 - …") dates the report alone."""

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
    "text",
    [
        "Lagos, 14 March 2025 - The Civil Liberties Forum condemns the shooting of two traders by soldiers "
        "in Oshodi market.",
        "Port Moresby, March 14, 2025 – Rights Watch condemns the shooting of two traders by soldiers in "
        "the market.",
        "Santa Cruz, Bolivia, 14 March 2025 — The league condemns the shooting of two traders by soldiers.",
    ],
)
def test_a_plain_case_dateline_dates_no_event(nlp: Language, text: str) -> None:
    assert bound_interval(nlp, text, "shooting", PUB) is None


def test_the_lead_s_own_day_dates_it_after_a_plain_case_dateline(nlp: Language) -> None:
    text = (
        "Lagos, 14 March 2025 - The Civil Liberties Forum condemns the shooting of two traders by soldiers "
        "in Oshodi market on Wednesday."
    )
    assert bound_interval(nlp, text, "shooting", PUB) == ("2025-03-12", "2025-03-12")


def test_a_plain_case_dateline_is_not_inherited_by_the_story(nlp: Language) -> None:
    text = (
        "Lagos, 14 March 2025 - The Civil Liberties Forum expresses concern at the killing of two traders "
        "in Oshodi on Wednesday, as protests over fuel prices spread.\n\n"
        "Witnesses said soldiers fired into the crowd that gathered near the bus terminal."
    )
    assert bound_interval(nlp, text, "fired", PUB) == ("2025-03-12", "2025-03-12")


def test_a_place_and_date_in_a_sentence_still_date_the_event(nlp: Language) -> None:
    text = "In Lagos, 14 March 2025 was the day soldiers fired on traders, the forum said."
    assert bound_interval(nlp, text, "fired", PUB) == ("2025-03-14", "2025-03-14")


def test_a_dateline_with_the_agency_before_the_date_dates_no_event(nlp: Language) -> None:
    text = (
        "ANKARA (AA) - 14.03.2025 - Police detained 40 people after a rally turned violent late on Thursday, "
        "the governor's office said.\n\n"
        "A group of demonstrators attacked officers with stones near the square, injuring six."
    )
    assert bound_interval(nlp, text, "attacked", PUB) == ("2025-03-13", "2025-03-13")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thousands of people have taken to the streets in 12 states from 3 March to protest against fuel "
            "prices.",
            ("2025-03-03", "2025-03-14"),
        ),
        (
            "Dock workers walked out from Monday to demand back pay, the union said.",
            ("2025-03-10", "2025-03-14"),
        ),
        ("Dock workers walked out from Monday to Wednesday, the union said.", ("2025-03-10", "2025-03-12")),
    ],
)
def test_from_a_day_before_an_infinitive_runs_open(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    trigger = "taken to the streets" if "streets" in text else "walked out"
    assert bound_interval(nlp, text, trigger, PUB) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "ASTANA. KAZINFORM – March 14, 2025. Police dispersed a rally in the capital on Thursday.\n\n"
            "Officers detained 12 people near the square.",
            "detained",
            ("2025-03-13", "2025-03-13"),
        ),
        (
            "Gulf Rights Watch (GRW); 14 March 2025: At least 31 prisoners have been executed this month.\n\n"
            "One of them said he was beaten by guards.",
            "beaten",
            None,
        ),
        (
            "The protest ended on March 12, 2025. Police detained 12 people.",
            "detained",
            ("2025-03-12", "2025-03-12"),
        ),
    ],
)
def test_an_agency_or_group_name_before_the_date_and_a_stop_is_a_dateline(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str] | None
) -> None:
    assert bound_interval(nlp, text, trigger, PUB) == expected


@pytest.mark.parametrize(
    "text",
    [
        "BOGOTÁ, March 14 (Andean Wire) - Riot police detained 30 students who were blocking a highway "
        "near the National University.",
        "SÃO PAULO/BRASÍLIA, March 14 (Southern Wire) - Riot police detained 30 students who were "
        "blocking a highway near the university.",
        "Dushanbe, 14 March 2025, Asia-Plus. Riot police detained 30 students who were blocking a highway "
        "near the university.",
    ],
)
def test_accented_two_place_and_agency_after_datelines_date_no_event(nlp: Language, text: str) -> None:
    assert bound_interval(nlp, text, "detained", PUB) is None


def test_a_place_date_and_name_in_running_text_still_date_the_event(nlp: Language) -> None:
    text = "Riot police detained 30 students in Dushanbe on 12 March 2025, Asia-Plus reported."
    assert bound_interval(nlp, text, "detained", PUB) == ("2025-03-12", "2025-03-12")


@pytest.mark.parametrize(
    "text",
    [
        "CHIȘINĂU, 14 March (Moldpress). Riot police dispersed a rally of pensioners outside parliament, "
        "the ministry said.",
        "ŁÓDŹ, 14 March (Polwire) - Riot police dispersed a rally of pensioners outside the town hall.",
        "ACCRA, March 14, GNA - Riot police dispersed a rally of pensioners outside parliament, the "
        "ministry said.",
    ],
)
def test_a_dateline_with_its_agency_after_a_stop_or_a_comma_dates_no_event(nlp: Language, text: str) -> None:
    assert bound_interval(nlp, text, "dispersed", PUB) is None


def test_the_story_s_weekday_dates_it_after_a_dateline_ending_in_a_stop(nlp: Language) -> None:
    text = (
        "CHIȘINĂU, 14 March (Moldpress). Riot police dispersed a rally of pensioners outside parliament on "
        "Wednesday, the ministry said on Thursday."
    )
    assert bound_interval(nlp, text, "dispersed", PUB) == ("2025-03-12", "2025-03-12")


def test_a_plain_case_dateline_with_an_accented_place_dates_no_event(nlp: Language) -> None:
    text = (
        "Asunción, 14 March 2025 - The Rights Monitor has documented abuses during the eviction of a "
        "settlement on 10 March.\n\n"
        "Police fired rubber bullets at the families and beat men with batons."
    )
    assert bound_interval(nlp, text, "fired", PUB) == ("2025-03-10", "2025-03-10")
