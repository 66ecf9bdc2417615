"""Session 45: Indian leaders of the early 2000s the outside develop halves name in lower-case text and
leave unresolved (a VHP leader, the Shiv Sena chief, Union ministers, a deputy chief minister, a chief
minister, party leaders) (sentences written for these tests)."""

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
        ("vhp leader giriraj kishore said the march would go ahead.", "giriraj kishore", "Giriraj Kishore"),
        ("shiv sena chief bal thackeray called for calm in the city.", "bal thackeray", "Bal Thackeray"),
        ("external affairs minister jaswant singh flew to kathmandu.", "jaswant singh", "Jaswant Singh"),
        ("deputy chief minister chhagan bhujbal said the ban held.", "chhagan bhujbal", "Chhagan Bhujbal"),
        ("chief minister jayalalitha ordered an inquiry into the firing.", "jayalalitha", "J. Jayalalithaa"),
        ("ncp chief sharad pawar met the governor on monday.", "sharad pawar", "Sharad Pawar"),
        ("union minister uma bharti asked the marchers to wait.", "uma bharti", "Uma Bharti"),
        ("bjp leader gopinath munde accused the police of bias.", "gopinath munde", "Gopinath Munde"),
    ],
)
def test_real_news_actors_of_the_develop_halves_s45(
    nlp: Language, dictionary: ActorDictionary, text: str, written: str, canonical: str
) -> None:
    found = [a for a in find_actors(nlp(text), dictionary) if a.text and written in a.text]
    assert found and found[0].name == canonical and found[0].identifier is not None
