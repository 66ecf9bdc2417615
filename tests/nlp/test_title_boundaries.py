"""An abbreviated rank or title before a name ("Brig. Gen.", "Sgt.", "Supt.") never ends a sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language


def _sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The raid on the camp was led by Brig. Gen. Samuel Mwangi, who said 12 people were detained.",
        "Sgt. Maria Lopez was injured when students threw stones at the line of officers.",
        "Reporters met Supt. James Mutua and Insp. Gen. Hillary Mutyambai at the station on Tuesday.",
        "Cmdr. Paul Lee said the navy had not fired on the fishing boats.",
        "The curfew was ordered by Lt. Col. Omar Diallo after the market was burned.",
        "Police arrested Md. Rafiqul Haque, a garment union organiser, at his home in Savar.",
    ],
)
def test_a_title_before_a_name_does_not_end_the_sentence(nlp: Language, text: str) -> None:
    assert _sentences(nlp, text) == [text]


@pytest.mark.slow
def test_the_title_is_one_token_and_not_an_entity(nlp: Language) -> None:
    doc = nlp("The convoy was stopped by Brig. Gen. Samuel Mwangi and Insp. Hassan Ali on the highway.")
    assert "Brig." in [t.text for t in doc]
    assert "Insp." in [t.text for t in doc]
    names = [e.text for e in doc.ents]
    assert "Brig." not in names
    assert "Insp." not in names
    assert "Samuel Mwangi" in names


@pytest.mark.slow
def test_a_sentence_after_a_title_and_name_still_starts(nlp: Language) -> None:
    text = "The unit commander, Lt. Gen. Peter Njoroge, denied the claims. Police later arrested 20 students."
    assert _sentences(nlp, text) == [
        "The unit commander, Lt. Gen. Peter Njoroge, denied the claims.",
        "Police later arrested 20 students.",
    ]


@pytest.mark.slow
def test_an_abbreviated_given_name_does_not_end_the_sentence_before_it(nlp: Language) -> None:
    text = "One worker died on the road to the clinic. Md. Selim, 21, died in hospital that evening."
    assert _sentences(nlp, text) == [
        "One worker died on the road to the clinic.",
        "Md. Selim, 21, died in hospital that evening.",
    ]


@pytest.mark.slow
def test_a_line_break_after_a_title_still_starts_a_sentence(nlp: Language) -> None:
    sents = _sentences(nlp, "Statement by the office of the Hon.\nTroops arrested 30 traders in the market.")
    assert sents[-1] == "Troops arrested 30 traders in the market."


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "first"),
    [
        # "Md." as the state after a town, then a new sentence
        ("Nurses marched through Frederick, Md. Police said two of them were detained.", "Frederick, Md."),
        # a rank that ends a sentence before a word that never starts a name
        ("He retired last year as a Maj. The ministry said he had been arrested at home.", "as a Maj."),
        ("They named her a Det. On Monday she questioned the two suspects.", "a Det."),
    ],
)
def test_a_title_before_a_word_that_is_no_name_ends_the_sentence(
    nlp: Language, text: str, first: str
) -> None:
    sents = _sentences(nlp, text)
    assert len(sents) == 2
    assert sents[0].endswith(first)
