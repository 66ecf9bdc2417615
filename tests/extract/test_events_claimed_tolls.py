"""A toll a speaker gives in a later clause of the sentence that tells the act is the act's too, while no
act told inside the speaker's clause takes it (gold-format K8; sentences written for these tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


CASES = [
    (
        "Riot police fired tear gas at the march; the city hospital said it treated 19 people.",
        "repression",
        19,
    ),
    (
        "Youths regrouped near the ministry and threw stones at officers; police said 12 officers were hurt "
        "and 30 youths were arrested.",
        "riot",
        12,
    ),
    (
        "At the depot gate, riot police fired tear gas and charged the crowd with batons on Monday, the "
        "union said, adding that at least seven drivers were hurt.",
        "repression",
        7,
    ),
]


@pytest.mark.parametrize(("text", "etype", "value"), CASES)
def test_claimed_toll_is_the_acts(nlp: Language, text: str, etype: str, value: int) -> None:
    evs = events(nlp, text, claims=tuple(claims_of(nlp, text)))
    ev = next(e for e in evs if e.type == etype)
    assert ("injuries", value) in {(m.kind, m.value) for m in ev.magnitudes}


def test_figure_of_a_rejected_claim_stays_on_the_act_it_tells(nlp: Language) -> None:
    text = (
        "The governor rejected what he called lies spread by exiled groups that soldiers had shot dead "
        "four young men in the market."
    )
    evs = events(nlp, text, claims=tuple(claims_of(nlp, text)))
    told = [e for e in evs if e.type == "killing" and e.status == "attributed"]
    assert told
    assert ("fatalities", 4) in {(m.kind, m.value) for m in told[0].magnitudes}


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired tear gas at the march on Monday; the opposition said 40 protesters were hurt, "
        "while the ministry said three protesters were hurt.",
        "Riot police fired tear gas at the march on Monday. The opposition said 40 protesters were injured. "
        "The ministry said only three were hurt.",
    ],
)
def test_contested_toll_stays_on_the_claims(nlp: Language, text: str) -> None:
    evs = events(nlp, text, claims=tuple(claims_of(nlp, text)))
    ev = next(e for e in evs if e.type == "repression")
    assert not [m for m in ev.magnitudes if m.kind == "injuries"]


def test_counts_of_different_things_are_no_rivals(nlp: Language) -> None:
    text = (
        "Riot police fired tear gas at the march on Monday. The city hospital said it treated 19 people. "
        "The opposition said 40 protesters were hurt."
    )
    evs = events(nlp, text, claims=tuple(claims_of(nlp, text)))
    ev = next(e for e in evs if e.type == "repression")
    assert ("injuries", 19) in {(m.kind, m.value) for m in ev.magnitudes}
