"""A headline's record that the story tells again is anchored where the story tells it (the guide's M38: no
record is anchored in a headline; the headline is a coreferent mention). Sentences written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.events import find_events
from eventwire.extract.events_headline_anchor import anchored_in_body
from tests.extract._event_helpers import mentions

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.records import Event

pytestmark = pytest.mark.slow


def events(nlp: Language, text: str) -> tuple[Event, ...]:
    m = mentions(nlp, text)
    return anchored_in_body(find_events(m), m.doc)


def test_no_record_is_anchored_in_the_headline(nlp: Language) -> None:
    headline = "Calm returns to port town after night of unrest; 27 arrested"
    text = (
        f"{headline}\n\n"
        "The regional police chief said on Monday that 27 people had been arrested in the port town of "
        "Velmora after shops were looted overnight."
    )
    for e in events(nlp, text):
        assert e.trigger.start >= len(headline)
        assert e.evidence.start >= len(headline)


def test_the_headline_words_stay_a_mention(nlp: Language) -> None:
    headline = "Police arrest 19 in capital"
    text = f"{headline}\n\nPolice arrested 19 people in the capital on Tuesday after a night of looting."
    (arrest,) = [e for e in events(nlp, text) if e.type == "arrest"]
    assert arrest.trigger.start > len(headline)
    assert any(m.end <= len(headline) for m in arrest.mentions)
