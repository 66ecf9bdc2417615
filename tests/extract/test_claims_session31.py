"""Session 31 (role S): attribution forms of real news reporting. Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        ("Police detained a student who said he was beaten in custody.", "who", "student"),
        (
            "The union leader, who said the police beat three workers, was arrested on Friday.",
            "who",
            "union leader",
        ),
    ],
)
def test_a_speaker_in_a_relative_clause_is_written_as_its_pronoun(
    nlp: Language, text: str, written: str, name: str
) -> None:
    (claim,) = claims_of(nlp, text)
    assert text[claim.speaker.start_char : claim.speaker.end_char] == written, claim.speaker
    assert claim.speaker.name == name, claim.speaker


def test_a_speaker_before_its_verb_keeps_its_own_words(nlp: Language) -> None:
    text = "The union leader said the police beat three workers."
    (claim,) = claims_of(nlp, text)
    assert text[claim.speaker.start_char : claim.speaker.end_char] == "The union leader"


def test_the_title_later_is_the_person_named_beside_it(nlp: Language) -> None:
    # "and" inside the title ("for Roads and Bridges") joins no second speaker
    text = (
        "The Minister for Roads and Bridges, Kofi Mensah-Boateng, said the curfew will be lifted. "
        "Speaking in the capital on Tuesday, the Minister said police had arrested 40 people. "
        "He added that 12 of them had been charged."
    )
    names = [c.speaker.name or "" for c in claims_of(nlp, text)]
    assert len(names) == 3 and all("Kofi Mensah-Boateng" in n for n in names), names


def test_one_of_two_speakers_named_together_stays_that_one(nlp: Language) -> None:
    text = (
        "Residents and a nurse at the district clinic said soldiers fired at the crowd. "
        "The nurse said four people were treated for gunshot wounds."
    )
    found = [c.speaker for c in claims_of(nlp, text) if c.cue.start > text.index(". ")]
    assert found and "nurse" in (found[0].name or "").lower(), found
