"""A pronoun stands for a person named inside a description ("the activist X"): antecedent's persons."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_binding_roles import _names, _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "second",
    [
        "Her lawyer said she had been beaten in custody.",
        "She told us she had been held for five days at the central police station, where officers beat her.",
    ],
)
def test_she_is_the_activist_named_before(nlp: Language, second: str) -> None:
    text = "Police arrested the activist Amara Okonkwo in the capital on 3 May. " + second
    ev = _of(_with_actors(nlp, text), "torture")
    assert "Amara Okonkwo" in _names(ev, "victim"), ev.actors


@pytest.mark.parametrize(
    ("first", "name"),
    [
        # a named trade unionist is one person: "he", not "they", whatever the kind of his trade
        ("Police detained the labour activist Tomas Reyes in Valparaiso in June.", "Tomas Reyes"),
        # a named reporter is a person "she" can stand for, not an outlet
        ("Security forces arrested the journalist Lina Haddad in Amman last week.", "Lina Haddad"),
    ],
)
def test_a_hunger_strike_told_through_a_pronoun_is_the_named_persons(
    nlp: Language, first: str, name: str
) -> None:
    pron = "He" if "Tomas" in name else "She"
    text = f"{first} {pron} began a hunger strike on Monday, a lawyer said."
    ev = _of(_with_actors(nlp, text), "strike")
    assert name in _names(ev, "initiator"), ev.actors


@pytest.mark.parametrize(
    "second",
    [
        # "his family" belongs to the man "him" stands for: it is not he
        "A source close to his family said guards beat him repeatedly in custody.",
        # who passes on what happened to him is not he
        "A source told the group that guards beat him repeatedly in custody.",
    ],
)
def test_him_is_not_his_family_nor_the_source(nlp: Language, second: str) -> None:
    text = "John Kamau, a 40-year-old teacher, was arrested in Nakuru in May. " + second
    ev = _of(_with_actors(nlp, text), "torture")
    assert "John Kamau" in _names(ev, "victim"), ev.actors
    assert not _names(ev, "victim") & {"family", "A source"}, ev.actors


def test_her_is_not_a_prison_named_later(nlp: Language) -> None:
    text = (
        "Maria Lopez, a nurse, died on 4 June in Valencia Central Prison, six days after police detained her "
        "at her home. The second detainee died in the city's Castellon Prison on 20 June."
    )
    ev = _of(_with_actors(nlp, text), "arrest")
    assert "Maria Lopez" in _names(ev, "victim"), ev.actors
    assert not any("Prison" in n for n in _names(ev, "victim")), ev.actors


def test_them_is_not_those_a_source_is_close_to(nlp: Language) -> None:
    text = (
        "Police arrested 12 teachers in Harare on Monday. Sources close to the families of the detained "
        "told the group that at least three of them had been beaten during interrogation."
    )
    ev = _of(_with_actors(nlp, text), "torture")
    assert "teachers" in _names(ev, "victim"), ev.actors
    assert "families" not in _names(ev, "victim"), ev.actors
