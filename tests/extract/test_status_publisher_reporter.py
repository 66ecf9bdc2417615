"""S6 / I6: a publisher that says it has confirmed an act told beside its own verb of saying asserts it
(sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

OUTAGE = (
    "Mobile internet in Balkan province was shut down for two days, on 3 and 4 May; "
    "KRW has confirmed the shutdown through network tests and the accounts of residents."
)


def _repression(nlp: Language, text: str, publisher: str) -> tuple[str, str | None]:
    cls = tuple(claims_of(nlp, text))
    (ev,) = [e for e in events(nlp, text, claims=cls, publisher=publisher) if e.type == "repression"]
    return ev.status, ev.source.name if ev.source else None


@pytest.mark.parametrize(
    ("publisher", "status"),
    [
        ("Karakum Rights Watch", "asserted"),  # the release's own confirmation: no speaker but the publisher
        ("Steppe Daily News", "attributed"),  # another outlet reporting the group's confirmation
    ],
)
def test_status_publisher_confirming_beside_the_act(nlp: Language, publisher: str, status: str) -> None:
    got, source = _repression(nlp, OUTAGE, publisher)
    assert got == status
    assert (source is None) is (status == "asserted")
