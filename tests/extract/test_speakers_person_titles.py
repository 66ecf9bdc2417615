"""Speakers: a body given a name in the phrase ("a movement called X", "a group calling itself X")
goes by that name, also for a later "the group added"; an office held by one person ("the Provincial
Police Commissioner", "a former prison guard") is a person, so a later "he" / "she" picks it up; a
body whose name only holds such a word ("the Coast Guard Command") stays a body, which "it" picks up.
Sentences written by us."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.cues import load_cue_lexicon
from eventwire.extract.speakers import SpeakerMemory
from eventwire.records import Actor
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        (
            "The Northern Province Police Commissioner said in a statement that the suspects would be "
            "charged on Friday. He said four people were treated for injuries at the district clinic.",
            "said",
            "Commissioner",
        ),
        (
            "The district prefect said the market would reopen on Monday. She said nine traders had been "
            "detained overnight.",
            "said",
            "prefect",
        ),
    ],
)
def test_a_pronoun_takes_the_office_holder(nlp: Language, text: str, cue: str, name: str) -> None:
    second = text.index(". ") + 2
    found = [c.speaker for c in claims_of(nlp, text) if c.cue.text == cue and c.cue.start >= second]
    assert found, [(c.cue.text, c.speaker.name) for c in claims_of(nlp, text)]
    assert name.lower() in (found[0].name or "").lower(), found[0]


def test_a_body_named_after_an_office_stays_a_body(nlp: Language) -> None:
    text = (
        "The Coast Guard Command in the eastern province said in a statement that its officers had fired "
        "warning shots at a smuggling boat. It denied that the crew were unarmed."
    )
    found = [c.speaker for c in claims_of(nlp, text) if c.cue.text == "denied"]
    assert found, [(c.cue.text, c.speaker.name) for c in claims_of(nlp, text)]
    assert "Command" in (found[0].name or ""), found[0]


@pytest.mark.parametrize(
    ("text", "cue", "name"),
    [
        (
            "Two students have refused food since Monday, the group said. "
            "The organisers, a student movement called Wake Up Lesotho, said they would march again on "
            "Friday. If the minister did not resign, they would occupy the ministry, the group added.",
            "added",
            "Wake Up Lesotho",
        ),
        (
            "A group calling itself the Union of Market Traders called on vendors to close their stalls "
            'on Monday. "We will shut every market," the union said.',
            "called on",
            "Union of Market Traders",
        ),
        (
            "A little-known group known as the Free Workers Front said it had organised the stoppage.",
            "said",
            "Free Workers Front",
        ),
    ],
)
def test_a_body_goes_by_the_name_it_is_given(nlp: Language, text: str, cue: str, name: str) -> None:
    found = [c.speaker for c in claims_of(nlp, text) if c.cue.text == cue]
    assert found, [(c.cue.text, c.speaker.name) for c in claims_of(nlp, text)]
    assert found[0].name == name, found[0]


def test_an_office_of_a_known_body_said_again_is_looked_up_as_its_holder(nlp: Language) -> None:
    # "the police chief" after the chief was named is that person, not the police the dictionary knows
    memory = SpeakerMemory(load_cue_lexicon())
    doc = nlp("The police chief said the ringleaders had been detained.")
    police = Actor(
        "The police chief", 0, 16, "Law Enforcement Command", (), "security_forces", "speaker", None
    )
    assert memory._office_of_known(police, doc[2])
    # a body whose name holds the office ("the Police Chief's Office") and a bare body stay themselves
    office = dataclasses.replace(police, name="Office of the Police Chief")
    assert not memory._office_of_known(office, doc[2])
    assert not memory._office_of_known(police, doc[1])
