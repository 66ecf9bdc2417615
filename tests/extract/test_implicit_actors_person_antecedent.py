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
