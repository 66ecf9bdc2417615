"""Session 43: unresolved actor mentions of the outside develop halves ranked by frequency: Indian bodies
and press written in lower case (UP's Provincial Armed Constabulary, NCERT, ONGC, Zee News, Aaj Tak, the
Raza Academy, a misspelt BJP; no bare "raf", which would take the Royal Air Force's "RAF"), South Africa's
Agri SA, Burundi's President Ndayizeye, and US bodies of the political news (IRS, CBO, CNBC, the Sierra
Club, United Airlines)."""

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
            "the ncert will revise the history textbooks, officials said.",
            "ncert",
            "National Council of Educational Research and Training",
        ),
        ("ongc workers went on strike at the refinery.", "ongc", "Oil and Natural Gas Corporation"),
        ("the raza academy called for a bandh in mumbai.", "raza academy", "Raza Academy"),
        ("Agri SA condemned the violence in Coligny on Monday.", "Agri SA", "Agri SA"),
        ("Ndayizeye wants to amend the constitution, his spokesman said.", "Ndayizeye", "Domitien Ndayizeye"),
        ("The IRS audited the company's returns last year.", "IRS", "Internal Revenue Service"),
        ("United Airlines said the flight had been cancelled.", "United Airlines", "United Airlines"),
    ],
)
def test_real_news_actors_of_the_develop_halves(
    nlp: Language, dictionary: ActorDictionary, text: str, written: str, canonical: str
) -> None:
    found = [a for a in find_actors(nlp(text), dictionary) if a.text == written]
    assert found and found[0].name == canonical
