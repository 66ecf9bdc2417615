"""S6: a publisher naming itself other than by its name — "this newspaper", "the party" in a party's own
release, a body it owns ("the NCRI's … Committee"), footage sent to it — reports in its own voice
(sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.status_media import is_publisher
from eventwire.records import Actor
from tests.extract._event_helpers import events
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _speaker(text: str, name: str) -> Actor:
    return Actor(text, None, None, name, (), "unknown", "speaker", None)


@pytest.mark.parametrize(
    ("text", "name", "publisher", "own"),
    [
        ("this newspaper", "newspaper", "Le Sahel Libre", True),
        ("a newspaper", "newspaper", "Le Sahel Libre", False),  # another paper
        ("the party", "party", "Jatiya Mukti Front", True),
        ("the party", "party", "Congrès National pour la Liberté", True),
        ("the party", "party", "Meridian Wire", False),  # a wire's "the party" is the party it reports on
        ("the ruling party", "ruling party", "Jatiya Mukti Front", False),
        ("the NCRI's Security Committee", "Security Committee", "NCRI Iran News", True),
        # a country's name first in the publisher's is no owner of that country's bodies
        ("Iran's Interior Ministry", "Interior Ministry", "Iran Freedom Voice", False),
    ],
)
def test_publisher_named_as_itself(text: str, name: str, publisher: str, own: bool) -> None:
    assert is_publisher(_speaker(text, name), publisher) is own


def _status(nlp: Language, text: str, etype: str, publisher: str) -> str:
    cls = tuple(claims_of(nlp, text))
    evs = [e for e in events(nlp, text, claims=cls, publisher=publisher) if e.type == etype]
    assert evs
    return evs[0].status


PARTY = (
    "On Wednesday, supporters of the ruling party attacked a procession of the Front's student wing "
    "in front of the university gate, injuring at least 18 students, the party said."
)
COUNT = (
    "Since the start of the year, at least 46 civilians have been killed in army operations in the "
    "Mopti region, according to a count by this newspaper."
)
FOOTAGE = (
    "On Monday night, security forces fired tear gas at protesters in Karaj, "
    "according to footage sent to Iran Azadi Radio."
)


@pytest.mark.parametrize(
    ("text", "etype", "publisher", "status"),
    [
        (PARTY, "riot", "Jatiya Mukti Front", "asserted"),
        (PARTY, "riot", "Meridian Wire", "attributed"),
        (COUNT, "killing", "Le Sahel Libre", "asserted"),
        (FOOTAGE, "repression", "Iran Azadi Radio", "asserted"),
        (FOOTAGE, "repression", "Meridian Wire", "attributed"),
    ],
)
def test_status_publisher_self_reference(
    nlp: Language, text: str, etype: str, publisher: str, status: str
) -> None:
    assert _status(nlp, text, etype, publisher) == status
