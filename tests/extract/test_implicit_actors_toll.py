"""Implicit actors: a killing at a protest setting whose doer the text leaves untold — the toll of
riots or violence (M92, K12), a killing in a story of communal riots alone, the killing a gathering
protests, a killing named by a charge or a case (M95) — gets no supplied state force; deaths of
protesters, and deaths in a sentence that tells firing or a crackdown, keep the default."""

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
    "text",
    [
        # the toll of riots or violence (M92, K12)
        "Officials said at least 40 people had been killed in the riots in Veloria since Sunday.",
        "Weeks of communal violence left 23 people dead in the province, the ministry said after the riots.",
        "The riots, in which 19 people died, spread to four towns on Tuesday, the governor said.",
        "The riots that had killed over 60 people in the port city ended after three days, officials said.",
        # a story of communal riots alone
        "Tension remained high in Dorvan as the communal killings of the last week were discussed in the "
        "assembly, where members traded blame over the riots.",
        # the killing the gathering protests
        "Traders held a demonstration on Monday against the killing of a shopkeeper in the market.",
        # a charge or a case (M95)
        "Police said a case of murder had been registered against the crowd outside the temple.",
    ],
)
def test_a_killing_whose_doer_is_untold_gets_no_state_force(nlp: Language, text: str) -> None:
    assert "Security forces" not in _doers(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Three protesters were killed at the march in Dorvan on Friday, the hospital said.",
        "At least 30 people were killed in the crackdown on the protests, a rights group said.",
        "Dozens of demonstrators died in the protests after live ammunition was fired at the crowd.",
    ],
)
def test_the_dead_of_a_protest_keep_the_state_doer(nlp: Language, text: str) -> None:
    assert _doers(nlp, text) == ["Security forces"]
