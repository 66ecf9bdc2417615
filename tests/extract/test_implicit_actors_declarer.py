"""implicit_actors: "it" in what a body says of its own act is that body, not the last one named."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _initiators(nlp: Language, text: str) -> set[str]:
    ev = _of(_with_actors(nlp, text), "protest")
    return {n for a in ev.actors if a.role == "initiator" for n in (a.name, a.text or "")}


def test_implicit_actors_it_is_the_party_that_announces_it(nlp: Language) -> None:
    text = (
        "The interior ministry called the claims baseless.\n\n"
        "The party has announced that it will hold another rally in Ganja on Sunday."
    )
    names = _initiators(nlp, text)
    assert "party" in names
    assert "Ministry" not in names and "Interior ministry" not in names


def test_implicit_actors_a_body_no_dictionary_knows_keeps_its_written_name(nlp: Language) -> None:
    text = (
        "The ministry said 40 people had been detained overnight.\n\n"
        "The Union Sacree said it would hold another rally on Saturday in Treichville."
    )
    names = _initiators(nlp, text)
    assert "Union Sacree" in names
    assert "Ministry" not in names


def test_implicit_actors_the_agency_that_says_it_arrested_is_the_perpetrator(nlp: Language) -> None:
    evs = _with_actors(
        nlp, "The National Intelligence Agency said on Monday it had arrested seven tailors in Juba."
    )
    arrest = _of(evs, "arrest")
    assert any(a.role == "perpetrator" and "Intelligence" in a.name for a in arrest.actors)


def test_implicit_actors_a_nameless_union_speaks_for_its_members(nlp: Language) -> None:
    text = (
        "Hundreds of striking midwives marched to the health ministry in Lusaka on Monday.\n\n"
        "The union said it would extend the strike to rural clinics from next week."
    )
    strikes = [e for e in _with_actors(nlp, text) if e.type == "strike"]
    assert strikes
    initiators = {a.name for e in strikes for a in e.actors if a.role == "initiator"}
    assert "union" not in initiators
    assert "Ministry" not in initiators  # nor the body the strike is against


def test_implicit_actors_it_that_rallies_is_no_ministry(nlp: Language) -> None:
    text = "The interior ministry said 31 people had been detained. It will hold another rally on Saturday."
    assert not _initiators(nlp, text) & {"Ministry", "Interior ministry"}
