"""M30: a curfew imposed on a day before the publication day, with no length, end or lifting told, runs
from that day to the publication day; its nightly hours are no end; a length or a lifting told ends it as
told, and a lifting only asked for does not."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import PUBLISHED, events, time

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

SUNDAY = "2023-02-05"  # two days before the publication day (Tuesday 7 February 2023)


def _curfew_time(nlp: Language, text: str) -> tuple[str | None, str | None]:
    evs = [e for e in events(nlp, text, times=(time(text, "on Sunday", SUNDAY),)) if e.subtype == "curfew"]
    assert evs, "no curfew record"
    t = evs[0].time
    assert t is not None
    return t.start, t.end


def test_imposed_curfew_runs_to_publication(nlp: Language) -> None:
    text = "Authorities imposed a curfew on the port city on Sunday after two days of rioting."
    assert _curfew_time(nlp, text) == (SUNDAY, PUBLISHED.isoformat())


def test_nightly_hours_are_no_end(nlp: Language) -> None:
    text = "The governor imposed a curfew from 9 p.m. to 5 a.m. in the port city on Sunday."
    assert _curfew_time(nlp, text) == (SUNDAY, PUBLISHED.isoformat())


def test_a_lifting_asked_for_is_no_end(nlp: Language) -> None:
    text = (
        "The governor imposed a curfew in the port city on Sunday. "
        "Rights groups urged him to lift the curfew and to free the detained students."
    )
    assert _curfew_time(nlp, text) == (SUNDAY, PUBLISHED.isoformat())


def test_a_length_ends_it(nlp: Language) -> None:
    text = "The governor imposed a 24-hour curfew in the port city on Sunday."
    assert _curfew_time(nlp, text) == (SUNDAY, SUNDAY)


def test_a_lifting_told_ends_it(nlp: Language) -> None:
    text = "The governor imposed a curfew in the port city on Sunday. The curfew was eased a day later."
    assert _curfew_time(nlp, text) == (SUNDAY, SUNDAY)
