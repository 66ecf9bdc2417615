"""A count of places hanging from the verb a protest or strike is the subject of is that act's, not the
main clause's killing told beside it (sentences written for these tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_places_the_protests_spread_to_are_theirs(nlp: Language) -> None:
    text = (
        "Soldiers shot dead four marchers in Kisumu on Friday, as demonstrations against bread prices "
        "spread from the capital to at least nine towns."
    )
    evs = events(nlp, text)
    protest = next(e for e in evs if e.type == "protest")
    killing = next(e for e in evs if e.type == "killing")
    assert ("localities", 9) in {(m.kind, m.value) for m in protest.magnitudes}
    assert all(m.kind != "localities" for m in killing.magnitudes)
