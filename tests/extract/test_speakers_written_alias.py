"""A pronoun or role noun that refers back to a speaker keeps the words that speaker was written with
as an alias, when the canonical name replaced a short description ("the provincial governor" named
"Kerman governor": "He denied …" is still the provincial governor) (sentences written by us)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.claims import find_claims
from eventwire.extract.mentions import Mentions
from eventwire.ingest.document import make_document
from eventwire.records import Place

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _place(text: str, written: str, feature: str) -> Place:
    start = text.index(written)
    return Place(written, start, start + len(written), written, None, None, None, None, None, feature, None)  # type: ignore[arg-type]


def test_a_pronoun_keeps_the_description_it_refers_back_to(nlp: Language) -> None:
    text = (
        "Farmers blocked the highway outside Rafsanjan in Kerman province on Monday. "
        "The provincial governor said the protest had been peaceful. "
        "He denied that police had beaten any of the farmers."
    )
    doc = nlp(text)
    mentions = Mentions(
        document=make_document(text, normalize=False),
        doc=doc,
        published=None,
        places=(_place(text, "Kerman", "admin1"),),
    )
    first, second = find_claims(mentions)
    assert first.speaker.name == "Kerman governor"
    assert second.speaker.text == "He"
    assert second.speaker.name == "Kerman governor"
    assert "provincial governor" in second.speaker.aliases


def test_a_pronoun_after_a_plain_name_adds_nothing(nlp: Language) -> None:
    text = "The Interior Ministry said 12 people were detained. It denied that anyone had been beaten."
    doc = nlp(text)
    first, second = find_claims(
        Mentions(document=make_document(text, normalize=False), doc=doc, published=None)
    )
    assert second.speaker.name == first.speaker.name
    assert second.speaker.aliases == first.speaker.aliases
