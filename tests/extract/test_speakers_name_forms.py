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
