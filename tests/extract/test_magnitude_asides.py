"""The verb of a count told past an aside between commas ("hundreds of people, many of them students,
blocked roads"; "14 villagers, among them children, had been killed")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.magnitude_asides import verb_past_aside
from eventwire.extract.magnitudes import find_magnitudes
from eventwire.extract.syntax import lemma

if TYPE_CHECKING:
    from spacy.language import Language

VERBS = {"kill": "fatalities", "detain": "arrests", "block": "participants", "march": "participants",
         "set": "participants", "shoot": "fatalities"}  # fmt: skip

ASIDES = [
    (
        "Hundreds of young people, many of them taxi riders, blocked the main road.",
        "people",
        True,
        "participants",
    ),
    ("Officials said 14 villagers, among them children, had been killed.", "villagers", True, "fatalities"),
    ("Police said 40 men, including two minors, were detained overnight.", "men", True, "arrests"),
    ("Medics said 15 people, most of them children, died in the fire.", "people", True, "fatalities"),
    # the doers of a violent act are not its victims
    ("Three gunmen, all of them masked, shot the guard.", "gunmen", False, None),
    # an aside that picks out no part of the whole is no aside
    ("The 30 workers, tired and hungry, blocked the gate.", "workers", True, None),
    # no aside at all
    ("About 200 students blocked the gate.", "students", True, None),
]


@pytest.mark.parametrize(("text", "noun", "people", "kind"), ASIDES)
def test_verb_past_aside(nlp: Language, text: str, noun: str, people: bool, kind: str | None) -> None:
    doc = nlp(text)
    last = next(t for t in doc if t.text == noun)
    assert verb_past_aside(doc, last, VERBS, lemma, people) == kind


KINDS = [
    (
        "The unrest began on Tuesday morning as hundreds of young people, many of them motorbike taxi"
        " riders, blocked roads in the town with burning tyres and marched towards the palace.",
        "hundreds",
        "participants",
    ),
    (
        'According to the governor, "several dozen youths, some of them paid from abroad," later broke'
        " away from the crowd, set fire to a police car and smashed the windows of a shop.",
        "several dozen",
        "participants",
    ),
    (
        "The ministry rejected as lies reports by exiled groups that 14 villagers, among them children,"
        " had been killed by soldiers in the valley.",
        "14",
        "fatalities",
    ),
]


@pytest.mark.parametrize(("text", "phrase", "kind"), KINDS)
def test_magnitude_kind_past_an_aside(nlp: Language, text: str, phrase: str, kind: str) -> None:
    found = {m.text: m.kind for m in find_magnitudes(nlp(text))}
    assert found.get(phrase) == kind, found
