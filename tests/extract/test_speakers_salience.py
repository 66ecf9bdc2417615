"""Who "he", "she" and "the Minister" stand for: the subject of the last sentence outside a quotation,
a person of the pronoun's gender, the person an office was given to in apposition. Sentences written
by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.speaker_entries import written_gender

from .test_speakers_relative_head import speakers_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_he_after_a_quotation_is_the_subject_before_it(nlp: Language) -> None:
    text = (
        "Police commander Joyce Atieno told reporters that four officers were injured in the clashes.\n\n"
        "The Minister of Interior, Samuel Otieno, met the victims' families on Tuesday. \"Nobody has been "
        'killed. The officers acted within the law," he said.'
    )
    assert speakers_of(nlp, text)[-1] == "Samuel Otieno", speakers_of(nlp, text)


def test_a_capitalised_office_is_the_person_it_was_given_to(nlp: Language) -> None:
    text = (
        "The Minister for Water, Mr Peter Mwangi, has assured farmers that supplies will continue.\n\n"
        "Speaking in Kisumu on Monday, the Minister said 40 people had been arrested for vandalising pipes."
    )
    names = speakers_of(nlp, text)
    assert names[-1].endswith("Peter Mwangi"), names


def test_she_is_not_a_man_named_before(nlp: Language) -> None:
    text = (
        "Mrs Grace Auma, a teacher, told the radio station that soldiers had beaten her son. "
        "Mr Daniel Okello, the district commissioner, said an inquiry had been opened. "
        "She said she would keep asking for justice."
    )
    assert speakers_of(nlp, text)[-1].endswith("Grace Auma"), speakers_of(nlp, text)


def test_one_of_them_named_in_apposition_is_she(nlp: Language) -> None:
    text = (
        "Police spokesman Tom Ndolo said 30 party members were held lawfully. One of them, the youth "
        "organiser Amina Juma, was freed on Friday. She told us guards had beaten her with sticks."
    )
    assert speakers_of(nlp, text)[-1] == "Amina Juma", speakers_of(nlp, text)


def test_an_office_with_a_name_in_apposition_is_a_person(nlp: Language) -> None:
    text = (
        "His sister told us he had been beaten in the cells. The province's chief justice, Ali Rezaei, "
        "told the state news agency that the prisoner had died of an overdose. He added that no prisoner "
        "had been mistreated."
    )
    assert speakers_of(nlp, text)[-1] == "Ali Rezaei", speakers_of(nlp, text)


@pytest.mark.parametrize(
    ("written", "gender"),
    [
        ("she", "f"),
        ("He", "m"),
        ("Mrs Abena Mensah", "f"),
        ("his sister", "f"),
        ("The district commissioner, Mr Daniel Okello", "m"),
        ("Police spokesman Tom Ndolo", None),  # papers write "spokesman" of women too
        ("the governor", None),
    ],
)
def test_written_gender(written: str, gender: str | None) -> None:
    assert written_gender(written) == gender
