"""Claims: calls to action in forms the parser hangs elsewhere (session 9): "called for X to do Y"
parsed as a marked clause, a quotation after the request, a called stretch of actions ("a tenth
day of strikes"). Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import status_of
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The farmers' union called for its members to block the railway lines near Pune on Monday.",
            "called for",
            "its members to block the railway lines near Pune on Monday",
        ),
        (
            "Rights lawyers have called for the special police unit to be disbanded.",
            "have called for",
            "the special police unit to be disbanded",
        ),
        (
            "The teachers' federation appealed for parents to keep their children at home on Friday.",
            "appealed for",
            "parents to keep their children at home on Friday",
        ),
    ],
)
def test_called_for_someone_to_act(nlp: Language, text: str, cue: str, content: str) -> None:
    found = [c for c in claims_of(nlp, text) if c.cue.text == cue]
    assert found, [(c.cue.text, c.content.text) for c in claims_of(nlp, text)]
    assert found[0].content.text == content


def test_the_act_called_for_someone_is_predicted(nlp: Language) -> None:
    text = "The farmers' union called for its members to block the railway lines near Pune on Monday."
    assert status_of(nlp, text, "protest") == "predicted"


def test_a_quotation_after_the_request_is_not_the_call(nlp: Language) -> None:
    text = (
        'The party leader called on voters to join a silent march in Bamako on Sunday, 12 May, "for dignity".'
    )
    found = [c for c in claims_of(nlp, text) if c.cue.text.startswith("called")]
    assert found, [(c.cue.text, c.content.text) for c in claims_of(nlp, text)]
    assert found[0].content.text.startswith("voters to join a silent march in Bamako")
    # a frame before a quotation still takes it: "told reporters on Friday:"
    (cl,) = claims_of(nlp, 'The mayor told reporters on Friday: "The market will reopen."')
    assert cl.content.text == "The market will reopen."


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The five main unions have called a seventh day of strikes and rallies for Thursday.",
            "a seventh day of strikes and rallies for Thursday",
        ),
        (
            "The student movement called a new wave of protests for next week.",
            "a new wave of protests for next week",
        ),
    ],
)
def test_a_called_day_of_action(nlp: Language, text: str, content: str) -> None:
    found = [c for c in claims_of(nlp, text) if c.cue.text.endswith("called")]
    assert found, [(c.cue.text, c.content.text) for c in claims_of(nlp, text)]
    assert found[0].content.text == content


def test_a_day_named_is_no_call(nlp: Language) -> None:
    # "called the day a success" names the day; "a day of mourning" calls no act of the nine types
    assert not [c for c in claims_of(nlp, "The council called a day of mourning.") if c.cue.text == "called"]
