"""The agency a dateline credits ("DUBAI, Nov 18 (Laurel News) -") names no place, nor do its other
mentions that no locative word puts somewhere ("told Laurel", "a Laurel reporter")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.places import find_toponyms
from eventwire.resolve.places_vetoes import _credited_names
from tests.resolve.test_gazetteer_fixture import tiny_gazetteer

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("TEHRAN, Nov 18 (Laurel News) - Nurses struck.", "Laurel"),
        ("HARARE (Savanna Ledger) — Vendors marched.", "Savanna"),
        ("GOMA/KINSHASA, Oct 8 (Laurel Wire) - Shelling hit a market.", "Laurel"),
        ("Niamey, 15 September 2026 (ANP) - Power cuts went on.", "ANP"),
        ("BEIJING, Nov. 19 (New Harbour Review) -- Police said.", "New"),
        ("QUITO, Ecuador (Andean Post) — Roads were blocked.", "Andean"),
        # the dateline under a headline
        ("Vendors march in Harare\n\nHARARE, May 2 (Savanna Ledger) - Vendors marched.", "Savanna"),
        ("Students march\nCOLOMBO, Nov 4 (Lagoon Coast Wire) -- Police fired.", "Lagoon"),
    ],
)
def test_the_credit_and_its_first_word(text: str, first: str) -> None:
    found = _credited_names(text)
    assert found is not None
    (start, end), word = found
    assert word == first
    assert text[start - 1] == "(" and text[end] == ")"


@pytest.mark.parametrize(
    "text",
    [
        "(Nairobi, May 2, 2026) – Kenyan police fired tear gas.",  # the place and date in brackets
        "KABUL (Kabul Now) - Taliban fighters detained two women.",  # the agency named after the town
        "Police in Tehran detained 12 students on Monday (state media) - a rights group said.",
        "Workers at the plant went on strike on Monday.",
        "Strike\n\nWorkers at the plant went on strike on Monday (state media) - a union said.",
        "KABUL strike\n\nKABUL, May 2 (Kabul Now) - Taliban fighters detained two women.",
    ],
)
def test_no_credit(text: str) -> None:
    assert _credited_names(text) is None


def _doc(nlp: Language, text: str, name: str) -> Doc:
    doc = nlp.make_doc(text)
    doc.ents = [
        span
        for m in re.finditer(rf"\b{name}\b", text)
        if (span := doc.char_span(m.start(), m.end(), label="GPE")) is not None
    ]
    return doc


@pytest.mark.slow
def test_an_agency_named_like_a_town_is_no_place(nlp: Language) -> None:
    gaz = tiny_gazetteer()
    text = (
        "TEHRAN, Nov 18 (Laurel News) - Nurses went on strike on Tuesday, two nurses told Laurel. "
        "A Laurel reporter saw the sit-in. Laurel could not verify the figure. "
        "A similar protest was held in Laurel last year."
    )
    found = [(t.start, t.text) for t in find_toponyms(_doc(nlp, text, "Laurel"), gaz)]
    assert found == [(text.rindex("Laurel"), "Laurel")]  # only "in Laurel"


@pytest.mark.slow
def test_a_country_in_the_credit_stays_a_place(nlp: Language) -> None:
    gaz = tiny_gazetteer()
    text = "OSLO, May 4 (Iran Rights Watch) - Iran hanged four men on Monday, the group said."
    found = [t.text for t in find_toponyms(_doc(nlp, text, "Iran"), gaz)]
    assert found == ["Iran"]  # the credit's "Iran" is the agency's, the country after it a place
    assert text.index("Iran hanged") == next(t.start for t in find_toponyms(_doc(nlp, text, "Iran"), gaz))
