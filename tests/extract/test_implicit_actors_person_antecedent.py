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
