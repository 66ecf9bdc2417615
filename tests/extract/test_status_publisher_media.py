"""S6: "according to reports and videos received by <publisher>" is the publisher's own evidence; reports
received from a named sender are that sender's account (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

SHUTTERS = "Shopkeepers in Tabriz and Ardabil pulled down their shutters on Sunday, according to {}."


@pytest.mark.parametrize(
    ("cue", "publisher", "status"),
    [
        ("reports and videos received by Sahand Voice", "Sahand Voice", "asserted"),
        ("reports and videos received by Sahand Voice", "Steppe Daily News", "attributed"),
        ("reports received from inside the country", "Sahand Voice", "asserted"),
        ("reports received from the bazaar guild", "Sahand Voice", "attributed"),
    ],
)
def test_status_reports_the_publisher_received(nlp: Language, cue: str, publisher: str, status: str) -> None:
    text = SHUTTERS.format(cue)
    cls = tuple(claims_of(nlp, text))
    (ev,) = [e for e in events(nlp, text, claims=cls, publisher=publisher) if e.type == "strike"]
    assert ev.status == status
    assert (ev.source is None) is (status == "asserted")


def test_status_photographs_sent_to_us(nlp: Language) -> None:
    text = "Slogans were painted on walls in two districts overnight, photographs sent to us show."
    (ev,) = [e for e in events(nlp, text, publisher="Sahand Voice") if e.type == "protest"]
    assert ev.status == "asserted" and ev.source is None
