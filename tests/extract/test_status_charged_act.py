"""An act told only as a charge or a verdict ("accused of setting fire to …", "sentenced to death for
setting fire to …") is the charging body's account: `attributed`, with the court, prosecutor or
judiciary as its source when the article names one. Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.status_reporters import _charged_act, _charging_body
from tests.extract._event_helpers import events
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

pytestmark = pytest.mark.slow


def _head(nlp: Language, text: str, word: str) -> Token:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    "text",
    [
        "The student was arrested in March and accused of setting fire to a police kiosk during the unrest.",
        "Two men were convicted of setting fire to a militia office in the port city.",
        "A court sentenced the teacher to death for setting fire to a police station during the protests.",
    ],
)
def test_an_arson_told_as_a_charge_is_a_charged_act(nlp: Language, text: str) -> None:
    assert _charged_act(_head(nlp, text, "setting"))


def test_an_arson_told_as_done_is_no_charged_act(nlp: Language) -> None:
    assert not _charged_act(
        _head(nlp, "Protesters were seen setting fire to tyres on the ring road.", "setting")
    )


def test_the_charging_body_is_the_article_s_judiciary_when_the_sentence_names_none(nlp: Language) -> None:
    text = (
        "The provincial judiciary has opened dozens of cases since the autumn. "
        "One student was arrested in March and accused of setting fire to a police kiosk during the unrest."
    )
    head = _head(nlp, text, "setting")
    body = _charging_body(head)
    assert body is not None and head.doc[body].text == "judiciary"


def test_the_charged_arson_is_attributed(nlp: Language) -> None:
    text = (
        "The provincial judiciary has opened dozens of cases since the autumn. "
        "One student was arrested in March and accused of setting fire to a police kiosk during the protests."
    )
    riots = [e for e in events(nlp, text, claims=tuple(claims_of(nlp, text))) if e.type == "riot"]
    if not riots:
        pytest.skip("no riot read from the charge here")
    assert riots[0].status == "attributed"


def test_abuse_a_court_finds_is_no_charged_act(nlp: Language) -> None:
    text = "Four guards were convicted of torturing inmates at the provincial jail and jailed for six years."
    assert not _charged_act(_head(nlp, text, "torturing"))
