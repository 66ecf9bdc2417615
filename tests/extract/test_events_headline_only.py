"""A record told only in the headline, by no word of the story below it, is no event of its own (the guide's
M38: no record is anchored in a headline); one the story tells again stays (one record, its mentions in the
story); a text that is all headline keeps its records (sentences written for these tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_a_headline_only_act_is_no_record(nlp: Language) -> None:
    text = (
        "Ghana imposes curfew on mining town after deadly raid and riot\n\n"
        "The interior ministry imposed a dusk-to-dawn curfew on the town of Nkwanta on Tuesday."
    )
    assert "riot" not in [e.type for e in events(nlp, text)]


def test_an_act_the_story_tells_stays(nlp: Language) -> None:
    text = (
        "Police arrest 19 in capital\n\n"
        "Police arrested 19 people in the capital on Tuesday after a night of looting."
    )
    assert "arrest" in [e.type for e in events(nlp, text)]


def test_a_text_that_is_all_headline_keeps_its_record(nlp: Language) -> None:
    assert "repression" in [e.type for e in events(nlp, "Police fire tear gas at protesters in capital")]
