"""A province written as the seat of a body that tells the news ("the Kurdistan provincial judiciary
said", "The governor of Kurdistan province denied") is the speaker's, not where the act told was; a
province the speakers are in ("Transporters in Punjab province said") is where they act."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.placing_clauses import _jurisdiction
from eventwire.records import Place
from tests.factories import unresolved_place

if TYPE_CHECKING:
    from spacy.language import Language


def _province(text: str, name: str) -> Place:
    return unresolved_place(text, name, "IR", "admin1", admin1=name)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("The Golestan provincial judiciary said two men had been arrested in the city.", True),
        ("The governor of Golestan province denied that anyone had been shot in the town.", True),
        ("The Golestan network of state television reported that 12 rioters were detained.", True),
        ("Bakers in Golestan province said they would strike on Monday.", False),
        ("The prosecutor in Golestan province warned that strikers would be arrested.", False),
        ("Police arrested 12 people in Golestan province, the judiciary said.", False),
    ],
)
def test_a_province_as_the_seat_of_a_teller(nlp: Language, text: str, seat: bool) -> None:
    doc = nlp(text)
    assert _jurisdiction(doc, _province(text, "Golestan")) is seat


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "kept"),
    [
        # an act told by the province's body: not placed in its seat
        ("The Golestan provincial judiciary said that two bakers had been arrested.", "arrested", False),
        # a threat of the body's own: carried out in its province
        ("The Golestan provincial judiciary said that strikers would be arrested.", "arrested", True),
        (
            "The head of the Golestan judiciary warned that rioters could face the death penalty.",
            "penalty",
            True,
        ),
    ],
)
def test_a_threat_keeps_the_seat_of_the_body_that_makes_it(
    nlp: Language, text: str, verb: str, kept: bool
) -> None:
    from eventwire.extract.placing import bind_places

    doc = nlp(text)
    head = next(t for t in doc if t.text == verb)
    bound, _ = bind_places(head, next(iter(doc.sents)), [_province(text, "Golestan")], [])
    assert ("Golestan" in [p.text for p in bound]) is kept
