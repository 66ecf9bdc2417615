"""Counts of acts and of sites bind to the record they count (gold-format G5, L21)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

# text, the record's type, the figure it carries as `other`
CASES = [
    ("The group documented 41 cases of torture in the first half of the year.", "torture", 41),
    ("Dock workers held at least five stoppages last year, according to the union.", "strike", 5),
    (
        "Political prisoners in at least 25 prisons have staged a hunger strike every Tuesday since March, "
        "according to the group.",
        "strike",
        25,
    ),
]


@pytest.mark.parametrize(("text", "etype", "value"), CASES)
def test_a_count_of_acts_or_sites_is_the_records(nlp: Language, text: str, etype: str, value: int) -> None:
    ev = next(e for e in events(nlp, text) if e.type == etype)
    assert [(m.kind, m.value) for m in ev.magnitudes] == [("other", value)]


def test_a_stretch_of_time_is_no_site_count(nlp: Language) -> None:
    text = "Police detained a journalist in Lagos on Monday and held him for 48 hours."
    ev = next(e for e in events(nlp, text) if e.type == "arrest")
    assert all(m.value != 48 for m in ev.magnitudes)
