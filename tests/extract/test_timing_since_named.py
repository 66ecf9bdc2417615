"""``since the coup`` / ``since the start of the strike``: the open interval starts on the day the same
thing was dated earlier in the story; with nothing dated, it stays without a time."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from tests.extract._timing_helpers import bound_interval

if TYPE_CHECKING:
    from spacy.language import Language

PUB = date(2026, 3, 12)  # a Thursday

pytestmark = pytest.mark.slow


def _interval(nlp: Language, text: str, trigger: str) -> tuple[str | None, str | None] | None:
    return bound_interval(nlp, text, trigger, PUB)


def test_since_the_start_of_a_dated_strike(nlp: Language) -> None:
    text = (
        "The dockers' strike, which began on February 20, has closed three ports.\n\n"
        "Police said 40 pickets had been detained since the start of the strike."
    )
    assert _interval(nlp, text, "detained") == ("2026-02-20", "2026-03-12")


def test_since_a_dated_coup_skips_the_day_of_a_statement(nlp: Language) -> None:
    text = (
        "Soldiers have shot protesters since the coup of November 2025, a rights group said on Monday.\n\n"
        "The group says more than 900 people have been arrested since the coup."
    )
    assert _interval(nlp, text, "arrested") == ("2025-11-01", "2026-03-12")


def test_since_something_never_dated_has_no_time(nlp: Language) -> None:
    text = (
        "Talks collapsed on Monday.\n\n"
        "Rights groups say more than 900 people have been arrested since the uprising."
    )
    assert _interval(nlp, text, "arrested") is None


def test_since_the_coup_finds_the_day_power_was_seized(nlp: Language) -> None:
    text = (
        "The country has been in turmoil since the army seized power in October 2024.\n\n"
        "A monitoring group says troops have arrested more than 8,000 people since the coup."
    )
    assert _interval(nlp, text, "arrested") == ("2024-10-01", "2026-03-12")


def test_since_the_takeover_finds_a_dated_coup(nlp: Language) -> None:
    text = (
        "Officers removed the elected president in a coup on 3 August 2025.\n\n"
        "Lawyers say at least 300 critics have been detained since the takeover."
    )
    assert _interval(nlp, text, "detained") == ("2025-08-03", "2026-03-12")


def test_since_the_start_of_a_stoppage_finds_the_dated_strike(nlp: Language) -> None:
    text = (
        "The bus drivers' strike, which began on February 27, has left the capital without transport.\n\n"
        "Unions say 35 drivers have been detained since the start of the stoppage."
    )
    assert _interval(nlp, text, "detained") == ("2026-02-27", "2026-03-12")


def test_since_the_protests_finds_dated_demonstrations(nlp: Language) -> None:
    text = (
        "Demonstrations broke out in the port city on 2 March over fuel prices.\n\n"
        "Medics say 14 people have been killed since the protests began."
    )
    assert _interval(nlp, text, "killed") == ("2026-03-02", "2026-03-12")


def test_since_another_kind_of_thing_is_not_found(nlp: Language) -> None:
    text = (
        "Dockers went on strike on 2 March over unpaid wages.\n\n"
        "Rights groups say 40 people have been arrested since the coup."
    )
    assert _interval(nlp, text, "arrested") is None
