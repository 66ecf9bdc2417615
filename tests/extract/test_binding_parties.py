"""binding_parties: whom a warning to "anyone found doing X" names (invented examples)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_binding_roles import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The governor warned that anyone found breaking the curfew would be detained.",
        "The interior minister warned that anyone caught blocking the port will be arrested.",
    ],
)
def test_anyone_found_doing_is_warned_of_arrest(nlp: Language, text: str) -> None:
    ev = _of(_with_actors(nlp, text), "arrest")
    assert any(a.role == "victim" for a in ev.actors), ev.actors


def test_a_report_of_people_found_is_no_warning(nlp: Language) -> None:
    from eventwire.extract.binding_parties import warned_anyone

    doc = nlp("Police said they found two men hiding in the forest and arrested them.")
    head = next(t for t in doc if t.lemma_ == "arrest")
    assert not warned_anyone(head)
