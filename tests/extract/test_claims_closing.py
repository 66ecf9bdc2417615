"""Claims the parser hides: a report whose frame closes the sentence but whose clause the parser hung
elsewhere, a name in quotation marks as speaker, an "according to" inside a coordination, and calls
whose addressee or day the parser misreads (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Shelling by the paramilitary Fast Response Brigades on the camp killed at least 11 civilians on "
            "Monday, volunteer medics said.",
            "volunteer medics",
            "Shelling by the paramilitary Fast Response Brigades on the camp killed at least 11 civilians on "
            "Monday",
        ),
        (
            "Security forces sealed at least 20 shops in the old market and threatened their owners with "
            "fines if they did not reopen, the council said.",
            "the council",
            "Security forces sealed at least 20 shops in the old market and threatened their owners with "
            "fines if they did not reopen",
        ),
    ],
)
def test_a_closing_frame_over_a_clause_the_parser_hung_elsewhere(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    (cl,) = claims_of(nlp, text)
    assert cl.speaker.text == speaker
    assert cl.content.text == content


def test_a_closing_frame_needs_a_report_before_it(nlp: Language) -> None:
    assert not claims_of(nlp, "Speaking to reporters in the capital on Monday, the minister said.")


def test_a_speaker_named_in_quotation_marks(nlp: Language) -> None:
    text = (
        "At least 90 people were detained for political reasons in the country in May, the rights centre "
        '"Spring" said in its monthly review on Tuesday.'
    )
    (cl,) = claims_of(nlp, text)
    assert cl.speaker.text.startswith("the rights centre")
    assert cl.content.text == "At least 90 people were detained for political reasons in the country in May"


def test_according_to_inside_a_coordination_vouches_for_what_follows(nlp: Language) -> None:
    text = (
        "Guards took down the banner within an hour and, according to a local news site, detained two "
        "students the following day."
    )
    (cl,) = claims_of(nlp, text)
    assert cl.speaker.text == "a local news site"
    assert cl.content.text == "detained two students the following day"
    (ev,) = [e for e in events(nlp, text, claims=(cl,)) if e.type == "arrest"]
    assert ev.status == "attributed"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The teachers' union called on Monday for a nationwide walkout.",
            "a nationwide walkout",
        ),
        (
            "The coalition called on Venezuelans in exile to hold vigils outside embassies next Sunday.",
            "Venezuelans in exile to hold vigils outside embassies next Sunday",
        ),
    ],
)
def test_calls_whose_day_or_request_the_parser_misreads(nlp: Language, text: str, content: str) -> None:
    (cl,) = claims_of(nlp, text)
    assert cl.content.text == content
    evs = events(nlp, text, claims=(cl,))
    assert evs and all(e.status == "predicted" and e.source is not None for e in evs)


def test_a_call_on_a_day_to_visit_is_no_call(nlp: Language) -> None:
    assert not claims_of(nlp, "Police called on Monday at the homes of three activists.")


def test_a_call_the_parser_took_for_a_reduced_relative(nlp: Language) -> None:
    # the parser makes "coalition" the root and "called" a reduced relative on it
    text = (
        "The Blue and White National Unity (UNAB) coalition called on Hondurans abroad to hold vigils "
        "outside embassies next Sunday."
    )
    (cl,) = claims_of(nlp, text)
    assert cl.cue.text == "called on"
    assert cl.speaker.text == "The Blue and White National Unity (UNAB) coalition"
    assert cl.content.text == "Hondurans abroad to hold vigils outside embassies next Sunday"
