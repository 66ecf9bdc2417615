"""An apposition to a noun of the speaker's own phrase ("Officials at the X Service, a branch of the
finance ministry, said") stays in the speaker's phrase; one inside the speaker's apposition ("Y, the
attorney general of Kivu, one of the provinces suing …") is still cut (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_an_apposition_in_the_speakers_own_phrase_is_kept(nlp: Language) -> None:
    text = (
        "Officials at the Harbor Customs Service, a branch of the finance ministry, said they were "
        "worried that smugglers would adapt."
    )
    (cl,) = claims_of(nlp, text)
    assert cl.speaker.text == "Officials at the Harbor Customs Service, a branch of the finance ministry"


def test_an_apposition_inside_the_speakers_apposition_is_cut(nlp: Language) -> None:
    text = (
        "Sara Ode, the attorney general of Kivu, one of the provinces suing the company, said the deal "
        "was illegal."
    )
    (cl,) = claims_of(nlp, text)
    assert cl.speaker.text == "Sara Ode, the attorney general of Kivu"
