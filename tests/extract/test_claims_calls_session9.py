"""Claims: calls to action in forms the parser hangs elsewhere (session 9): "called for X to do Y"
parsed as a marked clause, a quotation after the request, a called stretch of actions ("a tenth
day of strikes"). Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import status_of
from tests.extract.test_claims import claim_with_cue, claims_of

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
    assert claim_with_cue(nlp, text, cue).content.text == content


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


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            'Frente Amplio called on residents to sound car horns at noon every day "until the vote is '
            'recounted" and urged exiles to gather outside consulates on Saturday.',
            "urged",
            "Frente Amplio",
            "gather outside consulates on Saturday",
        ),
        (
            "The party has called on its members to light candles at home on Friday, and has asked the "
            "victims' families to join a march to the cemetery on Sunday.",
            "has asked",
            "The party",
            "join a march to the cemetery on Sunday",
        ),
        (
            "The union, for its part, has announced that the stoppage will continue for a second week "
            "and has called on its members in the capital to picket the ministry on Monday.",
            "has called on",
            "The union",
            "its members in the capital to picket the ministry on Monday",
        ),
    ],
)
def test_a_second_call_is_the_first_callers(
    nlp: Language, text: str, cue: str, speaker: str, content: str
) -> None:
    found = claim_with_cue(nlp, text, cue)
    assert found.speaker.text == speaker
    assert found.content.text == content


def test_a_call_made_on_social_media(nlp: Language) -> None:
    text = "Exiled activists are calling on social media for a general strike on 3 March."
    found = [c for c in claims_of(nlp, text) if c.cue.text.startswith("are calling")]
    assert found, [(c.cue.text, c.content.text) for c in claims_of(nlp, text)]
    assert found[0].content.text.startswith("a general strike on 3 March")


def test_asking_not_to_be_named_asks_nothing(nlp: Language) -> None:
    found = claims_of(nlp, "A nurse, who asked not to be named, said two of the wounded had died.")
    assert [c.cue.text for c in found] == ["said"]


@pytest.mark.parametrize(
    ("text", "etype", "status"),
    [
        (
            "The party asked the victims' families to join a march to the cemetery on Sunday.",
            "protest",
            "predicted",
        ),
        ("The mayor asked the drivers to end their blockade of the ring road.", "protest", "asserted"),
        ("The council urged teachers to stop work for two hours on Thursday.", "strike", "predicted"),
    ],
)
def test_what_a_request_asks_for(nlp: Language, text: str, etype: str, status: str) -> None:
    # asked to join: the march is called for; asked to end the blockade: it is under way (a state's act
    # a call would stop is no record since 9b0bed7); stopping work is itself the strike called for
    assert status_of(nlp, text, etype) == status
