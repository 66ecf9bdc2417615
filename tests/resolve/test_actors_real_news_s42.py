"""Session 42: unresolved actor mentions of the outside develop halves ranked by frequency — South African
unions, press and rail (GLOCON), Burundi's FRODEBU, the NYSE and Petrobras, the Indian National Congress's
committees and Indian cities' mohalla (neighbourhood peace) committees in lower-cased Indian news."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.actors import ActorDictionary, find_actors

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "written", "canonical"),
    [
        (
            "Sadtu members marched to the department's offices on Monday.",
            "Sadtu",
            "South African Democratic Teachers' Union",
        ),
        ("Metrorail said the strike had delayed thousands of commuters.", "Metrorail", "Metrorail"),
        ("Frodebu boycotted the vote, its leader said.", "Frodebu", "Front for Democracy in Burundi"),
        ("Trading on the NYSE was halted for an hour.", "NYSE", "New York Stock Exchange"),
        (
            "meanwhile, the bihar pradesh congress committee (bpcc) met here on saturday.",
            "pradesh congress committee",
            "Indian National Congress",
        ),
        (
            "around 30 mohalla committees exist throughout pune.",
            "mohalla committees",
            "Mohalla committees",
        ),
    ],
)
def test_real_news_actors_of_the_develop_halves(
    nlp: Language, dictionary: ActorDictionary, text: str, written: str, canonical: str
) -> None:
    found = [a for a in find_actors(nlp(text), dictionary) if a.text == written]
    assert found and found[0].name == canonical


@pytest.mark.slow
def test_ana_is_the_african_news_agency_only_after_its_full_name(
    nlp: Language, dictionary: ActorDictionary
) -> None:
    # "ANA" is also Afghanistan's army and an airline: no bare alias
    alone = "ANA said the talks had failed."
    assert not [a for a in find_actors(nlp(alone), dictionary) if a.name == "African News Agency"]
