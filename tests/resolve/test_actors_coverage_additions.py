"""Dictionary coverage added for countries of frequent unrest (sessions 6 and 7), generic rights
commissions, and the generic class a country's institution is named by."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.actors import ActorDictionary, find_actors

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.mark.parametrize(
    ("name", "canonical", "country"),
    [
        ("Renamo", "Renamo", "MZ"),
        ("FRELIMO", "Frelimo", "MZ"),
        ("Venâncio Mondlane", "Venâncio Mondlane", "MZ"),
        ("Faure Gnassingbé", "Faure Gnassingbé", "TG"),
        ("FAMa", "Malian Armed Forces", "ML"),
        ("SAPS", "South African Police Service", "ZA"),
        ("Comité Nacional del Paro", "National Strike Committee", "CO"),
        ("ECRF", "Egyptian Commission for Rights and Freedoms", "EG"),
        ("Komnas HAM", "National Commission on Human Rights of Indonesia", "ID"),
        ("Hellenic Police", "Hellenic Police", "GR"),
        ("Mossos d'Esquadra", "Mossos d'Esquadra", "ES"),
        ("Ugandan army", "Uganda People's Defence Force", "UG"),
        ("Algerian police", "Algerian National Police", "DZ"),
        ("Tunisian army", "Tunisian Armed Forces", "TN"),
        ("UFDG", "Union of Democratic Forces of Guinea", "GN"),
        ("SEDENA", "Mexican Army", "MX"),
        ("Pheu Thai", "Pheu Thai Party", "TH"),
        ("Karapatan", "Karapatan", "PH"),
        ("Israeli Prison Service", "Israel Prison Service", "IL"),
        ("Palestinian Prisoners' Society", "Palestinian Prisoners' Society", "PS"),
        ("Lebanese General Security", "General Directorate of General Security", "LB"),
        ("IUSF", "Inter University Students' Federation", "LK"),
        ("Nur Otan", "Amanat", "KZ"),
    ],
)
def test_added_entries_resolve(dictionary: ActorDictionary, name: str, canonical: str, country: str) -> None:
    actor = dictionary.lookup(name)
    assert actor is not None, name
    assert (actor.name, actor.country) == (canonical, country)


def test_a_rights_commission_is_a_generic_with_national_entries(dictionary: ActorDictionary) -> None:
    generic = dictionary.generic_by_key("rights-commission")
    assert generic is not None
    specific = dictionary.specific(generic, "ET")
    assert specific is not None and specific.name == "Ethiopian Human Rights Commission"
    ombudsman = dictionary.generic_by_key("ombudsman")
    assert ombudsman is not None and "human rights commission" not in ombudsman.patterns


@pytest.mark.slow
def test_the_countrys_rights_commission_is_that_countrys(nlp: Language, dictionary: ActorDictionary) -> None:
    text = (
        "Ethiopian police detained 200 people in Addis Ababa, the country's rights commission said. "
        "Ethiopia's government denied the figures."
    )
    names = {a.name for a in find_actors(nlp(text), dictionary)}
    assert "Ethiopian Human Rights Commission" in names


@pytest.mark.slow
def test_a_shared_acronym_goes_to_the_articles_country(nlp: Language, dictionary: ActorDictionary) -> None:
    text = (
        "Chile's government said the CUT had called a strike. The CUT, Chile's largest labour federation, "
        "says Chilean workers will walk out."
    )
    found = [a for a in find_actors(nlp(text), dictionary) if a.text == "CUT"]
    assert found and all(a.country == "CL" for a in found)


@pytest.mark.slow
def test_a_countrys_army_is_still_the_military(nlp: Language, dictionary: ActorDictionary) -> None:
    text = (
        "KASSERINE, Tunisia - The army killed two militants in the mountains on Monday, Tunisian "
        "officials said. The Tunisian government said the operation was continuing."
    )
    found = [a for a in find_actors(nlp(text), dictionary) if a.text == "army"]
    assert found and found[0].name == "Tunisian Armed Forces"
    assert "Military" in found[0].aliases


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "written", "country"),
    [
        ("Chadian soldiers fired on protesters in the capital on Thursday.", "Chadian soldiers", "TD"),
        ("Salvadoran police detained the journalist on Monday.", "Salvadoran police", "SV"),
    ],
)
def test_a_countrys_adjective_places_a_generic_force(
    nlp: Language, dictionary: ActorDictionary, text: str, written: str, country: str
) -> None:
    found = [a for a in find_actors(nlp(text), dictionary) if a.text == written]
    assert found and found[0].country == country
