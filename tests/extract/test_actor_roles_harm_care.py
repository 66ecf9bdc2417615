"""Harm told by care: people treated in hospital or taken there were hurt (actor_roles_harm, S8/H6)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_binding_harm import _roles
from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

_LEDE = (
    "VILNIUS, Nov 20 (Wire) - Riot police fired water cannon and tear gas early on Friday to clear "
    "thousands of protesters blocking the main avenue in the capital.\n\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "The health ministry said 14 protesters were treated in hospital, most of them for breathing "
        "problems.",
        "A volunteer medic said at least 12 people had been taken to hospital.",
        "Rights groups said 20 protesters sought medical help after the dispersal.",
    ],
)
def test_people_cared_for_after_the_lede_crackdown_were_its_victims(nlp: Language, after: str) -> None:
    ev = _of(_with_actors(nlp, _LEDE + after), "repression")
    assert "victim" in _roles(ev, "protesters"), ev.actors


def test_treated_with_no_care_tells_no_harm(nlp: Language) -> None:
    ev = _of(
        _with_actors(nlp, _LEDE + "The protesters were treated as criminals, the opposition said."),
        "repression",
    )
    assert "victim" not in _roles(ev, "protesters"), ev.actors
