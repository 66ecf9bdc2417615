"""Status: an announced act of protest is still to come ("announced a rally on Friday"), and an
"according to" named after a relative clause with its toll ("in which 26 hostages were
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


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The teachers' union announced a protest rally outside the education ministry on Friday.", "rally"),
        ("The dockers' federation has announced a two-day strike from Monday.", "strike"),
    ],
)
def test_an_announced_act_of_protest_is_still_to_come(nlp: Language, text: str, trigger: str) -> None:
    cls = tuple(claims_of(nlp, text))
    found = [e for e in events(nlp, text, claims=cls) if e.type in ("protest", "strike")]
    assert found and all(e.status == "predicted" for e in found), [(e.trigger.text, e.status) for e in found]


def test_an_announcement_of_an_act_not_of_protest_stays_as_it_was(nlp: Language) -> None:
    text = "Police announced the arrest of 12 protesters on Friday."
    cls = tuple(claims_of(nlp, text))
    arrests = [e for e in events(nlp, text, claims=cls) if e.type == "arrest"]
    assert arrests and all(e.status != "predicted" for e in arrests)
