"""Implicit actors: an arrest or ill-treatment whose sentence names no doer is the doing of the body the
sentence gives as holding or questioning the people (gold-format M29 (1)): the force or state body
written before a place of holding or after "the custody of"; no party, person or place of arrest."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _doers(nlp: Language, text: str, etype: str) -> list[str]:
    return [a.name for a in _of(_with_actors(nlp, text), etype).actors if a.role == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "etype", "keeper"),
    [
        (
            "At least 30 villagers were arrested in night raids and taken to the gendarmerie camp outside "
            "the town.",
            "arrest",
            "Gendarmerie",
        ),
        (
            "A farmer, Tovo, died at an Intelligence Ministry detention centre in the port city on 2 March, "
            "a week after his arrest.",
            "arrest",
            "Intelligence",
        ),
        (
            "A 30-year-old porter died in the custody of border guards on 3 May, a day after he was detained "
            "near the pass.",
            "arrest",
            "Border guards",
        ),
        (
            "Two of the men said they had been beaten with cables during interrogation at the gendarmerie "
            "brigade in the district capital.",
            "torture",
            "Gendarmerie",
        ),
    ],
)
def test_the_body_that_held_them_did_it(nlp: Language, text: str, etype: str, keeper: str) -> None:
    assert any(keeper.lower() in name.lower() for name in _doers(nlp, text, etype))


def test_where_someone_was_arrested_names_no_doer(nlp: Language) -> None:
    """ "detained at the offices of a newspaper": where, not by whom."""
    text = "The editor was detained at the offices of the Morning Courier on Monday, his colleagues said."
    assert _doers(nlp, text, "arrest") == ["Security forces"]


def test_a_meeting_held_at_an_office_is_no_holding(nlp: Language) -> None:
    text = "Members held a meeting at the Harbour Workers Union offices on Monday, and twelve were arrested."
    assert all("Union" not in name for name in _doers(nlp, text, "arrest"))


def test_the_dead_after_custody_keeps_the_generic_doer(nlp: Language) -> None:
    text = "Protests followed the death in custody of Ana Varga, who died in March after her arrest."
    assert _doers(nlp, text, "arrest") == ["Security forces"]
