"""Status: an "according to" named after a relative clause with its toll ("in which 26 hostages were
killed, according to the military") vouches for the toll, not the attacks the publisher reports
(sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("toll", ["in which 19 passengers were killed", "in which 19 passengers died"])
def test_an_according_to_after_a_toll_clause_vouches_for_the_toll(nlp: Language, toll: str) -> None:
    text = (
        "The outlawed militia has carried out a string of attacks on soldiers in the region this year, "
        f"including the bombing of a bus in May {toll}, according to the army."
    )
    cls = tuple(claims_of(nlp, text))
    found = events(nlp, text, claims=cls)
    status = {e.trigger.text: e.status for e in found}
    assert status.get("attacks") == "asserted", status
    assert status.get(toll.split()[-1]) == "attributed", status
