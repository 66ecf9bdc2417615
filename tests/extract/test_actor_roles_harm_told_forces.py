"""Which security-force words a text tells hurt, read in one module (actor_roles_harm): the sentence
reading of the crackdown and throwing steps (forces_hurt_in, which names the words it found) and the
mention reading of the riot step (force_told_hurt, M35); sentences written for these tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.actor_roles_harm import force_told_hurt, forces_hurt_in

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Seven members of the security forces were wounded, the army said.", "forces"),
        ("The hospital said six injured officers were treated for burns.", "officers"),
        ("Two soldiers died in the fighting, the army said.", "soldiers"),
    ],
)
def test_the_force_told_hurt_is_the_word_returned(nlp: Language, text: str, word: str) -> None:
    assert word in {t.text for t in forces_hurt_in(nlp(text)[:])}


@pytest.mark.parametrize(
    "text",
    [
        "No police officers were hurt, the ministry said.",
        "Police said 12 protesters were injured.",
    ],
)
def test_no_force_is_returned_when_none_is_told_hurt(nlp: Language, text: str) -> None:
    assert not forces_hurt_in(nlp(text)[:])


@pytest.mark.parametrize(
    ("text", "word", "hurt"),
    [
        ("Eight officers were injured, police said.", "officers", True),
        ("Officials said 22 people were injured, including three soldiers.", "soldiers", True),
        ("No officers were injured, police said.", "officers", False),
        ("Officers were not hurt, police said.", "Officers", False),
    ],
)
def test_the_riot_steps_reading_of_one_mention(nlp: Language, text: str, word: str, hurt: bool) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert force_told_hurt(tok) is hurt
