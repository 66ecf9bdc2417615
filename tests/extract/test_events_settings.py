"""A protest or strike that sets the scene of another event is its own record when the text gives it
details of its own (a site, a date, "another"); a bare setting ("killed during a protest") is not."""

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
        "A medical student was detained during a protest outside the central library in Tabriz.",
        "During the March 2011 uprising, soldiers killed at least nine people in the port city.",
        "Eleven people were killed during another bus strike against fare rises, officials said.",
    ],
)
def test_a_setting_with_details_of_its_own_is_a_record(nlp: Language, text: str) -> None:
    types = [e.type for e in events(nlp, text)]
    assert "protest" in types or "strike" in types


def test_a_bare_setting_is_not_a_record(nlp: Language) -> None:
    text = "A medical student was detained during a protest, his family said."
    assert [e.type for e in events(nlp, text)] == ["arrest"]
