"""Claims: what the publisher's own staff saw (docs/gold-format.md M20) is a claim of the publisher when
it holds a count, and the publisher's narration without one. Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.claims import find_claims
from eventwire.extract.magnitudes import find_magnitudes
from eventwire.extract.mentions import Mentions
from eventwire.ingest.document import make_document

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.records import Claim

pytestmark = pytest.mark.slow

PUBLISHER = "Kalo Wire"


def _claims(nlp: Language, text: str, publisher: str | None = PUBLISHER) -> list[Claim]:
    doc = nlp(text)
    document = make_document(text, normalize=False, publisher=publisher)
    mentions = Mentions(document=document, doc=doc, published=None, magnitudes=tuple(find_magnitudes(doc)))
    return find_claims(mentions)


@pytest.mark.parametrize(
    ("text", "seen", "value"),
    [
        ("Our reporters saw at least six people being carried to ambulances.", "at least six people", 6),
        ("Two marchers were wounded by rubber bullets, a Kalo Wire reporter saw.", "Two marchers", 2),
        ("A Kalo Wire photographer at the scene saw four bodies in the market.", "four bodies", 4),
        ("Our correspondent witnessed the arrest of 12 drivers near the depot.", "12 drivers", 12),
    ],
)
def test_a_staff_sight_with_a_count_is_the_publishers_claim(
    nlp: Language, text: str, seen: str, value: int
) -> None:
    (cl,) = _claims(nlp, text)
    assert PUBLISHER in (cl.speaker.name, *cl.speaker.aliases)  # "Kalo Wire reporter" is the wire's own
    assert seen in cl.content.text
    assert [m.value for m in cl.magnitudes] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at the marchers, a Kalo Wire reporter saw.",
        "Our reporters saw officers beat a man with batons outside the court.",
        # another outlet's staff: the publisher's own account is none of theirs
        "A Harbour Times photographer saw at least six people being carried to ambulances.",
    ],
)
def test_a_staff_sight_without_a_count_or_of_others_is_no_claim(nlp: Language, text: str) -> None:
    assert all(c.cue.text not in ("saw", "witnessed") for c in _claims(nlp, text))


def test_without_a_publisher_our_reporters_saw_is_no_claim(nlp: Language) -> None:
    text = "Our reporters saw at least six people being carried to ambulances."
    assert _claims(nlp, text, publisher=None) == []
