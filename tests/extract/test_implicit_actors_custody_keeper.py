"""Implicit actors: a death "in the custody of X" was at the hands of X, the body the sentence says
held the dead, whether or not the actor dictionary knows it; a death in custody that names no keeper
keeps the generic security forces."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _doers(nlp: Language, text: str) -> list[str]:
    """The names of the perpetrators of the text's killing record."""
    return [a.name for a in _of(_with_actors(nlp, text), "killing").actors if a.role == "perpetrator"]


@pytest.mark.parametrize(
    ("text", "keeper"),
    [
        (
            "A detained farmer died on 3 August in the custody of the intelligence department, four days "
            "after his arrest.",
            "intelligence department",
        ),
        (
            "At least nine people died in the custody of provincial security and intelligence bodies "
            "between July and September, the group said.",
            "security and intelligence bodies",
        ),
    ],
)
def test_a_death_in_the_custody_of_a_body_is_its_doing(nlp: Language, text: str, keeper: str) -> None:
    assert any(keeper in name for name in _doers(nlp, text))


def test_a_death_in_custody_naming_no_keeper_keeps_the_security_forces(nlp: Language) -> None:
    text = "A detained farmer died in custody on 3 August, four days after his arrest."
    assert _doers(nlp, text) == ["Security forces"]


def test_the_dead_named_after_custody_is_no_keeper(nlp: Language) -> None:
    """ "the death in custody of Lena Markova": she died, she held no one."""
    text = "Protests followed the death in custody of Lena Markova, who died in March after her arrest."
    assert all("Markova" not in name for name in _doers(nlp, text))
