"""Binding: the person named as the passive subject of a clause that tells ill-treatment is its victim
("X was kept handcuffed and deprived of food"), not the default detainees."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _victim_names(nlp: Language, text: str) -> list[str]:
    """The names and aliases of the victims of the text's torture record."""
    ev = _of(_with_actors(nlp, text), "torture")
    return [n for a in ev.actors if a.role == "victim" for n in (a.name, a.text or "", *a.aliases)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "According to his lawyers, Mr. Okonkwo was kept handcuffed and deprived of food and water for "
            "nearly two days before he saw a judge.",
            "Okonkwo",
        ),
        (
            "The union leader Tomas Herrera was then placed in a punishment cell, where he remains.",
            "Herrera",
        ),
        (
            "In one case, a 41-year-old teacher, Leyla Karimova, was given 60 lashes at the prosecutor's "
            "office on 3 May.",
            "Leyla Karimova",
        ),
    ],
)
def test_the_named_subject_of_the_ill_treatment_is_its_victim(nlp: Language, text: str, person: str) -> None:
    names = _victim_names(nlp, text)
    assert any(person in n for n in names)
    assert "Detainees" in names  # someone ill-treated in custody is a detainee too


def test_a_pronoun_subject_is_left_to_its_antecedent(nlp: Language) -> None:
    text = "He said he was kept in a punishment cell for a week and denied visits, his lawyer said."
    names = _victim_names(nlp, text)
    assert "Detainees" in names
    assert not any(n.lower() in ("he", "lawyer", "his lawyer") for n in names)
