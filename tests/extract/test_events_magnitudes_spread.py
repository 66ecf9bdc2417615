"""A count of places hanging from the verb a protest or strike is the subject of is that act's, not the
main clause's killing told beside it (sentences written for these tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.events_magnitudes import _counted_places
from eventwire.records import Magnitude, MagnitudeKind, replace
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


def test_a_count_of_towns_makes_the_record_a_wave() -> None:
    # a record that carries a count of towns or provinces is told across them, wherever the count stands
    def mag(kind: MagnitudeKind, value: int) -> Magnitude:
        return Magnitude(
            kind=kind,
            value=value,
            low=value,
            high=None,
            qualifier="at_least",
            text=str(value),
            start_char=0,
            end_char=1,
        )

    assert _counted_places([mag("localities", 6)])
    assert _counted_places([mag("participants", 300), mag("provinces", 14)])
    assert not _counted_places([mag("fatalities", 12)])
    # counted from a list of names, which may be another clause's places
    assert not _counted_places([replace(mag("localities", 3), text="Tabriz, Urmia and Karaj")])
