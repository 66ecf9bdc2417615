"""A court's or a prosecutor's custody measure (a pre-trial jailing, a sentence of administrative arrest, a
custody order) is no record of its own when the text tells the arrest in other words (M98, M69); the arrest
is the record. A measure that is the text's only telling of the arrest stays, and so does a penalty a law
carries (N2, N4)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def arrests(nlp: Language, text: str) -> list[str]:
    return [e.trigger.text for e in events(nlp, text) if e.type == "arrest"]


def test_a_pre_trial_jailing_is_no_arrest_of_its_own(nlp: Language) -> None:
    text = (
        "Police in Vitebsk detained the blogger Oleg Marsh on Monday. "
        "A district court on Friday ordered him held in pre-trial detention for three months."
    )
    found = arrests(nlp, text)
    assert found and all("detention" not in t for t in found)


def test_a_sentence_of_administrative_arrest_is_no_arrest_of_its_own(nlp: Language) -> None:
    text = (
        "Riot police detained 40 marchers in Grodno on Saturday. "
        "Nine of them were sentenced on Tuesday to 12 days of administrative arrest for hooliganism."
    )
    found = arrests(nlp, text)
    assert found and all("administrative" not in t and t != "arrest" for t in found)


def test_a_prosecutor_s_custody_order_is_no_arrest_of_its_own(nlp: Language) -> None:
    text = (
        "Gendarmes arrested eleven youths in Tiaret on Sunday night. "
        "The prosecutor ordered that four of them be held for up to 72 hours."
    )
    found = arrests(nlp, text)
    assert found and "held" not in found


def test_a_measure_that_alone_tells_the_arrest_stays(nlp: Language) -> None:
    text = "The prosecution said on Sunday that three students had been placed in pre-trial detention."
    assert arrests(nlp, text)


def test_a_penalty_a_law_carries_is_left_alone(nlp: Language) -> None:
    text = (
        "Police detained six people in Brest on Friday. Taking part in an unauthorised rally is punishable "
        "by administrative arrest of up to 15 days, the ministry warned."
    )
    assert len(arrests(nlp, text)) >= 1
