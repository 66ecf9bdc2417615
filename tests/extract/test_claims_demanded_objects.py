"""Claims: a body's demand with an object ("The Forward Alliance demands the immediate release of all
those detained", "the union demanded a judicial inquiry into the deaths") is its statement, the thing
demanded the content; a gathering's own demand ("protesters demanded the governor's resignation", the
aim of its protest record), a ransom, or a thing as the demander is none. Sentences written by us."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The Forward Alliance demands the immediate release of all those detained in Dorn.",
            "Forward Alliance",
            "the immediate release of all those detained",
        ),
        (
            "The former minister held the governor responsible for the riots and demanded an inquiry.",
            "former minister",
            "an inquiry",
        ),
        (
            "The Kalo Party blamed the governor for the violence and demanded his resignation.",
            "Kalo Party",
            "his resignation",
        ),
        (
            "The dockworkers' union demanded a judicial inquiry into the deaths of two porters.",
            "union",
            "a judicial inquiry into the deaths",
        ),
    ],
)
def test_demand_with_an_object_is_a_claim(nlp: Language, text: str, speaker: str, content: str) -> None:
    found = [c for c in claims_of(nlp, text) if text[c.cue.start : c.cue.end].startswith("demand")]
    assert len(found) == 1, found
    assert found[0].speaker is not None
    assert speaker in found[0].speaker.text
    assert content in text[found[0].content.start : found[0].content.end]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters in Dorn demanded the resignation of the governor.",
        "The kidnappers demanded a ransom for the three teachers.",
        "Several dozen young teachers gathered outside the ministry in Dorn on Monday, demanding higher pay.",
        "Party members demonstrated at the gate of the assembly and demanded the resignation of the mayor.",
        "The party held a demonstration in Dorn on Monday and demanded the dismissal of the governor.",
        "A leaflet on the gate demanded the return of the valley lands.",
    ],
)
def test_gathering_ransom_or_thing_demand_is_no_claim(nlp: Language, text: str) -> None:
    assert not any(text[c.cue.start : c.cue.end].startswith("demand") for c in claims_of(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # joined to a told clause: the subject of the clause is not the demander
        "The union said the police had fired on the crowd and demanded an inquiry into the deaths.",
        "The party said that the governor was responsible for the violence and demanded his resignation.",
        # a price for a captive, a ransom in kind
        "The Front for the Upper Valley had claimed the kidnapping of the engineer and demanded the "
        "release of two of its leaders in exchange for his freedom.",
    ],
)
def test_told_clause_or_price_is_no_demand_claim(nlp: Language, text: str) -> None:
    assert not any(text[c.cue.start : c.cue.end].startswith("demand") for c in claims_of(nlp, text))
