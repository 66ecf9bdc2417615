"""Custody read from whom a beating strikes (session 64; sentences written by us; the type boundaries:
ill-treatment of people held is `torture`, force on a crowd or the public `repression`). Guards of a prison
the story tells beat the held, even where the sentence names no custody word; guards the story names as a
site's, a firm's or a border's hold no one; a beating at a police station stays custody."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import trigger_texts as _found

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Karim Haddad has been held at Zarqa prison since March, his sister said. In a letter, he wrote "
        "that the guards had beaten him after he refused to sign a statement.",
        "The inmates of the central jail have refused food for a week. The guards beat him again on Friday "
        "because he would not stand for the roll call, his wife said.",
    ],
)
def test_guards_of_a_prison_beat_the_held(nlp: Language, text: str) -> None:
    assert _found(nlp, text, "torture"), text
    assert not _found(nlp, text, "repression"), text


@pytest.mark.parametrize(
    "text",
    [
        "Police and district security guards tore down the tents of 200 families on Wednesday, a former "
        "prisoner said. Witnesses said guards beat at least six women with sticks.",
        "The union's leader was jailed last year. On Sunday private security guards beat several workers "
        "outside the cement factory.",
    ],
)
def test_guards_named_as_holding_no_one_are_no_jailers(nlp: Language, text: str) -> None:
    assert not _found(nlp, text, "torture"), text


@pytest.mark.parametrize(
    "text",
    [
        "Two lawyers were beaten by officers at the police station where their clients were held.",
        "The guards beat at least nine inmates and dragged four of them to isolation cells.",
    ],
)
def test_custody_stays_torture(nlp: Language, text: str) -> None:
    assert _found(nlp, text, "torture"), text
