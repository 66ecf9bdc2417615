"""Speakers named in apposition: the name, not its description, speaks ("HRANA, a U.S.-based rights
group, which said ..."; "a spokesman for the army, Colonel Name, said ..."); statuses of threats
against "any" act and of negative quantifiers ("no one had been ill-treated"). Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from ._event_helpers import status_of
from .test_speakers_relative_head import speakers_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "At least 30 teachers were detained in Mashhad, according to Hengaw, a Norway-based rights "
            "group, which said the arrests began on Monday.",
            "Hengaw",
        ),
        (
            "A spokesman for the armed forces in Kivu, Major Eric Tshibanda, said the shelling had killed "
            "four civilians.",
            "Eric Tshibanda",
        ),
    ],
)
def test_the_name_in_apposition_speaks(nlp: Language, text: str, name: str) -> None:
    assert any(name in s for s in speakers_of(nlp, text)), speakers_of(nlp, text)


def test_a_threat_against_any_blockade_is_hypothetical(nlp: Language) -> None:
    text = "The interior minister said security forces would clear any blockade that remained on the highway."
    assert status_of(nlp, text, "repression") == "hypothetical"


def test_no_one_ill_treated_is_negated(nlp: Language) -> None:
    text = "The prison service said no one had been ill-treated in custody at the Lubyanka detention centre."
    assert status_of(nlp, text, "torture") == "negated"
