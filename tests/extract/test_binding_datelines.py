"""Binding around a dateline: the news agency credited in "CITY, date (Agency) -" is no party."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_binding_roles import _names, _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "agency", "doer"),
    [
        (
            "MINSK, 3 March (Belta) - Border guards of the Republic of Belarus have detained "
            "four members of an unregistered group near Grodno.",
            "Belta",
            "Border guards",
        ),
        (
            "LAGOS, Oct. 2 (Harbour Press Service) - The Lagos State Police Command on Monday "
            "arrested 14 traders at the Oshodi market.",
            "Harbour Press Service",
            "Police",
        ),
    ],
)
def test_a_dateline_credit_is_no_doer(nlp: Language, text: str, agency: str, doer: str) -> None:
    ev = _of(_with_actors(nlp, text), "arrest")
    assert not any(agency in (a.text or a.name) for a in ev.actors)
    assert any(doer.lower() in n.lower() for n in _names(ev, "perpetrator"))


def test_in_credit_is_only_the_parenthesis_after_a_dateline(nlp: Language) -> None:
    from eventwire.extract.actor_doers_credits import in_credit

    doc = nlp("KAMPALA, May 4 (Lake Wire) - The Democratic Party (DP) said police detained its officials.")
    tokens = {t.text: t for t in doc}
    assert in_credit(tokens["Lake"])
    assert in_credit(tokens["Wire"])
    assert not in_credit(tokens["DP"])  # an acronym in the sentence itself
    assert not in_credit(tokens["police"])
