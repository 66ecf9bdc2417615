"""A speaker described between dashes: the apposition belongs to the speaker's phrase, as one between
commas does, and the name before the first dash stays the speaker (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        (
            "Maria Dorsey -- an adviser to the mayor and author of a book on zoning -- said the council "
            "would vote in May.",
            "Maria Dorsey -- an adviser to the mayor and author of a book on zoning",
            "Maria Dorsey",
        ),
        (
            "Maria Dorsey — a former adviser to the mayor — has said the council would vote in May.",
            "Maria Dorsey — a former adviser to the mayor",
            "Maria Dorsey",
        ),
    ],
)
def test_an_apposition_between_dashes_is_part_of_the_speaker(
    nlp: Language, text: str, speaker: str, name: str
) -> None:
    (cl,) = claims_of(nlp, text)
    assert cl.speaker.text == speaker
    assert cl.speaker.name == name


def test_a_name_opening_its_paragraph_before_a_dash_is_no_dateline(nlp: Language) -> None:
    text = (
        "The council met on Monday.\n\nDorsey -- co-author of Zoning The City, a book about housing -- "
        "said the council would vote in May."
    )
    (cl,) = claims_of(nlp, text)
    assert cl.speaker.name == "Dorsey"


def test_a_clause_between_dashes_stays_an_aside(nlp: Language) -> None:
    text = "Maria Dorsey -- who was not at the meeting -- said the council would vote in May."
    (cl,) = claims_of(nlp, text)
    assert cl.speaker.text == "Maria Dorsey"


def test_a_dateline_before_a_dash_still_gives_the_name_after_it(nlp: Language) -> None:
    (cl,) = claims_of(nlp, "BANDAR, 4 May 2026 — Coastal Rights Watch said police detained 12 people.")
    assert cl.speaker.name == "Coastal Rights Watch"
