"""An act possible "at any moment" is expected (`predicted`), an act done to "any attempt" is a threat on a
condition (`hypothetical`), a condition belongs to the verbs that share its modal, and a call's quoted
modifier is what the call asks for (docs/gold-format.md H8, N4, J6; sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import status_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "etype", "status"),
    [
        # imminence: expected, not conditioned (H8)
        ("Her family said she could be executed at any moment.", "execution", "predicted"),
        # a possible legal outcome with no imminence stays conditioned (H8, N4)
        ("Her family said she could be executed.", "execution", "hypothetical"),
        # force threatened against any gathering hangs on whether one is held (N4)
        (
            "The governor said any gathering near the palace will be dispersed with tear gas.",
            "repression",
            "hypothetical",
        ),
        # a past verb joined to a forecast does not share its modal, nor the condition hung on it
        (
            "The union has announced that it will hold a march on Friday and warned of a strike if "
            "the teachers were not released.",
            "protest",
            "predicted",
        ),
        # verbs sharing one modal share the condition written after the last of them
        (
            "The drivers' union said its members would stop work and block the highway from Monday "
            "unless the government paid the arrears.",
            "strike",
            "hypothetical",
        ),
        # a quoted modifier of a called day, hung by the parser as nmod
        ('They also called for a "dead city" day on 14 March.', "strike", "predicted"),
    ],
)
def test_status_mood_any(nlp: Language, text: str, etype: str, status: str) -> None:
    assert status_of(nlp, text, etype) == status


def test_force_against_any_attempt_is_conditioned(nlp: Language) -> None:
    """ "any attempt to … would be firmly repressed": the subject is whatever someone may attempt (N4)."""
    from eventwire.extract.status_mood import _mood

    doc = nlp('The spokesman warned that any attempt to occupy the square would be "firmly repressed".')
    head = next(t for t in doc if t.lower_ == "repressed")
    assert _mood(head, None, published=None, time=None) == "hypothetical"
