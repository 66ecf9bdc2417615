""" "Four years to the day after" an event is its anniversary, not the day after something."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.times import find_times

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

PUB = date(2026, 3, 13)  # a Friday


def _times(nlp: Language, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.start, t.end) for t in find_times(nlp(text), published=PUB)]


def test_years_to_the_day_after_is_no_day_after(nlp: Language) -> None:
    text = "Five years to the day after the massacre, soldiers opened fire on mourners on Tuesday."
    found = _times(nlp, text)
    assert [t for t, _, _ in found if "after" in t] == []
    assert ("Tuesday", "2026-03-10", "2026-03-10") in found


def test_the_day_after_alone_is_still_read(nlp: Language) -> None:
    text = "Police raided the office on Tuesday. The day after, they detained its director."
    assert [t for t, _, _ in _times(nlp, text) if t.lower() == "the day after"] == ["The day after"]
