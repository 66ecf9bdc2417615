"""A blanket denial ("no one had been detained", "no prisoner had been mistreated") takes the scope of the
report it answers (G2; a denial takes the report's type, session 6): aggregate after a wave of arrests or
ill-treatment over months, single after one act. An order (curfew, internet cut) over the whole country
("nationwide", "across the country") is aggregate (sentences written for these tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _denial_scope(nlp: Language, text: str, etype: str) -> str:
    (denial,) = [e for e in events(nlp, text) if e.status == "negated" and e.type == etype]
    return denial.scope


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Rights groups say hundreds of protesters have been detained in at least 20 cities since the "
            "vote. The interior ministry said no one had been detained for joining peaceful gatherings.",
            "arrest",
        ),
        (
            "Inmates in several prisons have been beaten and denied medical care for months, according to "
            "former detainees. The prisons authority said no prisoner had been mistreated.",
            "torture",
        ),
    ],
)
def test_a_blanket_denial_of_a_wave_is_aggregate(nlp: Language, text: str, etype: str) -> None:
    assert _denial_scope(nlp, text, etype) == "aggregate"


def test_a_blanket_denial_of_one_act_stays_single(nlp: Language) -> None:
    text = (
        "Police detained two students at the gate of the university on Monday. "
        "The rector said no student had been detained on campus."
    )
    assert _denial_scope(nlp, text, "arrest") == "single"


@pytest.mark.parametrize(
    "text",
    [
        "The government imposed a nationwide dusk-to-dawn curfew on Wednesday after two days of clashes.",
        "Authorities cut mobile internet nationwide on Monday evening, the monitoring group NetBlocks said.",
    ],
)
def test_an_order_over_the_whole_country_is_aggregate(nlp: Language, text: str) -> None:
    """The Scope rules' "nationwide": one order that covers the whole country is aggregate."""
    (order,) = [e for e in events(nlp, text) if e.type == "repression"]
    assert order.scope == "aggregate"


@pytest.mark.parametrize(
    "text",
    [
        "Mobile internet was cut in the capital and two other cities on Monday.",
        "Internet access was cut across parts of the country on Friday, residents said.",
    ],
)
def test_an_order_over_some_places_stays_single(nlp: Language, text: str) -> None:
    (order,) = [e for e in events(nlp, text) if e.type == "repression"]
    assert order.scope == "single"
