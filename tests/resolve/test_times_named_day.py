"""A weekday after a capitalised word is a name ("Bloody Friday") however long that word is."""

from __future__ import annotations

from datetime import date

import spacy

from eventwire.resolve.times import find_times


def _weekdays(text: str) -> list[str]:
    doc = spacy.blank("en")(text)
    return [t.text for t in find_times(doc, published=date(2021, 9, 22)) if t.text.endswith("day")]


def test_named_day_after_a_short_and_a_very_long_capitalised_word() -> None:
    assert _weekdays("They marked Bloody Friday again.") == []
    long_word = "Q" + "x" * 150  # longer than the window searched first
    assert _weekdays(f"They marked {long_word} Friday again.") == []
    assert _weekdays(f"They marked {long_word} on Friday again.") == ["Friday"]
