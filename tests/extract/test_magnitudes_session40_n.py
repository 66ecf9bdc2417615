"""Session 40's magnitude rules: held people on hunger strike are its participants, a human chain's
people are its participants, a parent's children are no count, a march's own count is the march's, and
a country's counties are counted as provinces."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.magnitudes import find_magnitudes

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "At Badr prison, at least 30 political detainees have been on hunger strike since 10 May.",
            30,
            "participants",
        ),
        (
            "At Badr prison, at least 22 political detainees have refused food since 20 April in protest.",
            22,
            "participants",
        ),
        (
            "Five activists who have been held since February have been on hunger strike since Sunday.",
            5,
            "participants",
        ),
        ("Police fired tear gas at a human chain of about 500 people in Chattogram.", 500, "participants"),
        ("Protests spread to at least 14 counties on Thursday.", 14, "provinces"),
        # held people who only are held stay a count of arrests
        ("Police said 40 detainees were released on bail on Monday.", 40, "arrests"),
    ],
)
def test_counted_kind(nlp: Language, text: str, value: int, kind: str) -> None:
    found = [(m.value, m.kind) for m in find_magnitudes(nlp(text))]
    assert (value, kind) in found


def test_a_parents_children_are_no_count(nlp: Language) -> None:
    text = "Hussain Al-Mahroos, a 44-year-old father of three, died in Jau Prison on 24 August."
    assert [m.value for m in find_magnitudes(nlp(text))] == []


def test_a_march_by_people_is_the_marchs_count(nlp: Language) -> None:
    from tests.extract._event_helpers import events

    text = "Police fired tear gas on Tuesday to break up a march by hundreds of striking nurses in Windhoek."
    march = next(e for e in events(nlp, text) if e.type == "protest")
    assert [(m.kind, m.value) for m in march.magnitudes] == [("participants", 100)]
