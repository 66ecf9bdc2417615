"""_person_names: which actors the entity tagger calls a person, as ``span.ents`` would tell it,
remembered per mention across calls with different actor lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.implicit_actors_antecedents import _person_names
from eventwire.extract.syntax import char_span
from eventwire.records import Actor

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

pytestmark = pytest.mark.slow

_TEXT = (
    "Police arrested the activist Amara Okonkwo in Lagos on Monday. "
    "The teachers' union said the minister Paul Mensah had ordered the arrests. "
    "Protesters from the Workers Party marched to the court."
)


def _actor(text: str, phrase: str, name: str) -> Actor:
    start = text.index(phrase)
    return Actor(phrase, start, start + len(phrase), name, (), "person", None, None)


def _reference(doc: Doc, known: list[Actor]) -> frozenset[str]:
    """The plain reading: spaCy's own ``Span.ents`` per mention."""
    names = set()
    for a in known:
        span = char_span(doc, a.start_char or 0, a.end_char or 0)
        if a.start_char is None or span is None or not len(span):
            continue
        if span.root.ent_type_ == "PERSON" or any(
            e.label_ == "PERSON" and e.text == a.name for e in span.ents
        ):
            names.add(a.name)
    return frozenset(names)


def test_person_names_agree_with_span_ents(nlp: Language) -> None:
    doc = nlp(_TEXT)
    actors = [
        _actor(_TEXT, "the activist Amara Okonkwo", "Amara Okonkwo"),
        _actor(_TEXT, "the minister Paul Mensah", "Paul Mensah"),
        _actor(_TEXT, "the minister Paul Mensah", "the minister"),
        _actor(_TEXT, "The teachers' union", "teachers' union"),
        _actor(_TEXT, "the Workers Party", "Workers Party"),
        _actor(_TEXT, "Police", "police"),
        Actor(None, None, None, "nobody", (), "person", None, None),
    ]
    for n in (2, 5, len(actors), 3):  # growing and shrinking lists: the memo answers each mention alike
        assert _person_names(doc, actors[:n]) == _reference(doc, actors[:n])
    assert "Amara Okonkwo" in _person_names(doc, actors)
