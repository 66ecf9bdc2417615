"""A report that someone denies keeps its maker as speaker (docs/gold-format.md G4): "the ministry rejected
reports in foreign media that …" is two claims, the media's (first: it was made first) and the ministry's;
the reported event's source is the media, the denial's the ministry. Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.claims import find_claims
from eventwire.extract.mentions import Mentions
from eventwire.ingest.document import make_document

from ._event_helpers import events
from .test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.records import Claim

pytestmark = pytest.mark.slow

GOMEL = "The interior ministry rejected reports in foreign media that police had beaten detainees in Gomel."


def _claims(nlp: Language, text: str) -> list[Claim]:
    document = make_document(text, normalize=False, publisher=None)
    return find_claims(Mentions(document=document, doc=nlp(text), published=None))


@pytest.mark.parametrize(
    ("text", "maker", "content"),
    [
        (
            GOMEL,
            "foreign media",
            "police had beaten detainees in Gomel",
        ),
        (
            "On Monday the governor dismissed claims on social media that soldiers had shot two miners near "
            "the pit.",
            "social media",
            "soldiers had shot two miners near the pit",
        ),
        (
            'The army spokesman denounced what he called "fabricated" reports by opposition websites '
            "claiming that troops had burned a mosque in Kidal.",
            "opposition websites",
            "troops had burned a mosque in Kidal",
        ),
    ],
)
def test_the_maker_of_a_denied_report_speaks_first(
    nlp: Language, text: str, maker: str, content: str
) -> None:
    found = _claims(nlp, text)
    assert len(found) == 2, [(c.speaker.name, c.content.text) for c in found]
    first, second = found
    assert first.speaker.name == maker
    assert first.content.text == content
    assert first.id == "cl1"
    assert second.speaker.name != maker


def test_a_report_nobody_denies_is_no_claim_of_its_maker(nlp: Language) -> None:
    text = (
        "Amid reports on social media that police had arrested ten students, the university closed its gates."
    )
    assert all(c.speaker.name != "social media" for c in _claims(nlp, text))


def test_the_reported_event_is_the_makers_and_the_denial_the_deniers(nlp: Language) -> None:
    text = (
        "The interior ministry rejected reports in foreign media that police had beaten detainees in Gomel."
    )
    cls = tuple(claims_of(nlp, text))
    torture = [e for e in events(nlp, text, claims=cls) if e.type == "torture"]
    sources = {(e.status, e.source.name if e.source else None) for e in torture}
    assert ("attributed", "foreign media") in sources, sources
    assert not any(status == "negated" and name == "foreign media" for status, name in sources), sources


def test_it_after_a_denied_report_is_the_denier(nlp: Language) -> None:
    text = (
        "The interior ministry rejected reports in foreign media that police had beaten detainees. "
        "It said all detainees had been released."
    )
    names = [c.speaker.name for c in _claims(nlp, text)]
    assert names[-1] == "interior ministry", names
