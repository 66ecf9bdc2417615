"""Speakers: the forms a name takes (docs/gold-format.md K16, N10). An unnamed spokesperson "of the X"
is the "X spokesman"; a title and surname after the full name ("Col Mbeki" after "army spokesman Col
Thabo Mbeki") is that person; "the Minister of Labour" is not the "Minister of Finance" named before.
Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.speaker_actors import _spokesperson_last
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("spokesman of the Ministry of Energy", "Ministry of Energy spokesman"),
        ("spokeswoman for the dockers' union", "dockers' union spokeswoman"),
        ("police spokesman", "police spokesman"),
        ("spokesperson", "spokesperson"),
    ],
)
def test_a_spokesperson_is_written_after_the_body(written: str, name: str) -> None:
    assert _spokesperson_last(written) == name


def test_a_spokesman_of_a_ministry_speaks_as_its_spokesman(nlp: Language) -> None:
    text = "A spokesman of the Ministry of Energy said 30 workers were detained at the refinery on Friday."
    found = [c.speaker for c in claims_of(nlp, text) if c.cue.text == "said"]
    assert found, [(c.cue.text, c.speaker.name) for c in claims_of(nlp, text)]
    assert found[0].name == "Ministry of Energy spokesman", found[0]


def test_a_title_and_surname_is_the_person_named_in_full_before(nlp: Language) -> None:
    text = (
        "Soldiers repelled an attack on a border post on Sunday, army spokesman Col Thabo Mbeki said.\n\n"
        "Col Mbeki told reporters that about 20 gunmen had opened fire on the post at dawn."
    )
    found = [c.speaker for c in claims_of(nlp, text) if c.cue.text == "told"]
    assert found, [(c.cue.text, c.speaker.name) for c in claims_of(nlp, text)]
    assert "Thabo Mbeki" in (found[0].name or ""), found[0]


def test_a_minister_of_another_office_is_not_the_minister_named_before(nlp: Language) -> None:
    text = (
        'Minister of Finance Peter Osei said the budget was "on track".\n\n'
        "The Minister of Labour warned on Tuesday that striking nurses would be dismissed."
    )
    found = [c.speaker for c in claims_of(nlp, text) if c.cue.text == "warned"]
    assert found, [(c.cue.text, c.speaker.name) for c in claims_of(nlp, text)]
    assert "Osei" not in (found[0].name or ""), found[0]
    assert "Labour" in (found[0].name or ""), found[0]


@pytest.mark.parametrize(
    ("text", "turned"),
    [
        ("Residents of Missiga said soldiers burned 20 houses on Monday.", "Missiga residents"),
        (
            "Provincial officials in Kurdistan said three protesters were arrested.",
            "Kurdistan provincial officials",
        ),
        (
            "Two students were arrested, according to sources in the Interior Ministry.",
            "Interior Ministry sources",
        ),
    ],
)
def test_a_class_with_its_place_or_body_after_it_is_also_named_body_first(
    nlp: Language, text: str, turned: str
) -> None:
    found = [c.speaker for c in claims_of(nlp, text)]
    assert found, text
    names = [x.name for x in found[0].inferred_names]
    assert turned in names, found[0]
    assert any(x.step == "speakers.turned" for x in found[0].inferred_names), found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Members of his staff said police detained the activist.",
        "Students of the IIM and other institutions said police beat protesters.",
        "Members of both houses of parliament said police beat protesters.",
    ],
)
def test_a_possessed_counted_or_listed_body_is_not_turned(nlp: Language, text: str) -> None:
    for c in claims_of(nlp, text):
        assert not any(x.step == "speakers.turned" for x in c.speaker.inferred_names), c.speaker
