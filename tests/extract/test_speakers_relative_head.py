"""Speakers: a relative clause ("some of whom said", "who said") speaks for the head noun of the
phrase it hangs on, not for a place or another prepositional object inside that phrase
("40 people in Gao, some of whom said" -> the people). Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.claims import find_claims
from eventwire.extract.mentions import Mentions
from eventwire.ingest.document import make_document

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def speakers_of(nlp: Language, text: str) -> list[str]:
    document = make_document(text, normalize=False, publisher=None)
    return [cl.speaker.name for cl in find_claims(Mentions(document=document, doc=nlp(text), published=None))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "On Friday police detained more than 40 people in Gao, some of whom said they were beaten.",
            "detainees",
        ),
        ("Police detained ten residents of Sadr City, who said officers beat them with batons.", "residents"),
        (
            "Troops opened fire on the market on Tuesday, according to traders in Mopti, who said two "
            "vendors were killed.",
            "traders",
        ),
        ("Soldiers beat dozens of villagers near Kidal, who said their homes were burned.", "villagers"),
    ],
)
def test_relative_clause_speaks_for_the_phrase_head(nlp: Language, text: str, name: str) -> None:
    names = speakers_of(nlp, text)
    assert names
    assert set(names) == {name}


def test_a_plain_of_phrase_keeps_its_object(nlp: Language) -> None:
    # "members of the union" is not a place: the clause still hangs where it did
    names = speakers_of(
        nlp, "Members of the teachers' union, many of whom said they were threatened, went on strike."
    )
    assert names == ["Members"]


def test_who_after_according_to_speaks_for_the_cited_body(nlp: Language) -> None:
    # the parser may hang "who said" on "according": the body cited is still the speaker
    text = (
        "The army shelled the camp, according to the Department of Social Affairs, who said nine people died."
    )
    assert set(speakers_of(nlp, text)) == {"Department of Social Affairs"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"They dragged him out of the car," one woman told the radio station.', "woman"),
        ("One resident said soldiers fired into the air near the mosque.", "resident"),
        ("One young nurse said soldiers beat patients in the ward.", "young nurse"),
        ("One of the protesters said police fired tear gas.", "One of the protesters"),
    ],
)
def test_one_unnamed_person_is_named_like_a_person(nlp: Language, text: str, name: str) -> None:
    # "one woman" is named as "a woman" is; "one of the protesters" keeps its partitive
    assert speakers_of(nlp, text) == [name]
