"""N2: force warned against a class, told as what will be done to its act (session 38): "any roadblock
would be cleared", "any march would be prevented", "anyone who tried to block roads would be removed by
the police" is a hypothetical repression; a passive told of a party of the story, or of what is done, is
not a warning."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import trigger_texts

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

NEWS = "Protesters blocked the main road to the capital on Monday. "


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (NEWS + 'The Interior Ministry said any roadblock would be cleared "immediately".', "cleared"),
        (NEWS + "The prefect said any march would be prevented under the law.", "prevented"),
        (
            NEWS + "The minister warned that anyone who tried to block roads would be removed by the police.",
            "removed",
        ),
        (NEWS + 'He warned that any attempt to block roads would be "firmly repressed".', "repressed"),
    ],
)
def test_warned_class_passive_is_repression(nlp: Language, text: str, word: str) -> None:
    assert word in trigger_texts(nlp, text, "repression")


@pytest.mark.parametrize(
    "text",
    [
        # the road of the story, cleared as a plan with a date: no class warned
        NEWS + "The governor said the road would be cleared of debris by Friday.",
        # a passive told as done
        NEWS + "Any roadblock was removed by the army within hours.",
        # no protest in the story
        "The minister said any unpaid invoice would be cleared by the end of the month.",
    ],
)
def test_not_a_warning(nlp: Language, text: str) -> None:
    assert not {"cleared", "removed"} & set(trigger_texts(nlp, text, "repression"))
