"""Status: a bare participle that gives a charge ("…, most of them accused of links to banned
parties", "…, several charged with public violence") says what its subject is accused of, not what it
reports: the act before it stays the publisher's, and the people accused are no source. A closing
"…, witnesses said" still attributes. Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _arrest(nlp: Language, text: str) -> tuple[str, str | None]:
    cls = tuple(claims_of(nlp, text))
    found = [e for e in events(nlp, text, claims=cls) if e.type == "arrest"]
    assert found, "no arrest"
    return found[0].status, found[0].source.name if found[0].source else None


@pytest.mark.parametrize(
    "text",
    [
        "Security forces arrested at least 80 people in Mahabad over the past month, most of them accused "
        "of links to banned Kurdish parties.",
        "Police detained 45 traders in Harare on Monday, many of them charged with obstructing traffic.",
    ],
)
def test_a_charge_is_no_report(nlp: Language, text: str) -> None:
    assert _arrest(nlp, text) == ("asserted", None)


def test_a_closing_speaker_still_attributes(nlp: Language) -> None:
    text = "Police detained 45 traders in Harare on Monday, witnesses said."
    assert _arrest(nlp, text) == ("attributed", "witnesses")
