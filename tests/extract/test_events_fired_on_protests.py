"""A protest the state fires on or cracks down on stays a record of its own beside the killing or the
force ("opened fire on a march by opposition supporters"); an armed attack on a gathering makes the
crowd its target alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Security forces opened fire on a march by opposition supporters in the capital on 2 June, killing at"
        " least 12 people.",
        "In October 2012, soldiers opened fire on a road blockade near the town, killing six indigenous"
        " protesters.",
    ],
)
def test_a_protest_fired_on_by_the_state_is_a_record(nlp: Language, text: str) -> None:
    types = [e.type for e in events(nlp, text)]
    assert "protest" in types
    assert "killing" in types
