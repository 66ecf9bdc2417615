"""Buildings and grounds named head first in French, Spanish or Portuguese ("Palais des Nations",
"Rond-point de la Démocratie", "Lycée national Léon Mba", "Bairro Militar"), and the site a weak name
inside a longer entity gives way to ("the Litoral Penitentiary" tagged ORG, its "Litoral" a province)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.places import find_toponyms
from eventwire.resolve.places_sites import _facility, _facility_matches
from tests.resolve.test_gazetteer_fixture import tiny_gazetteer
from tests.resolve.test_places import _doc_with_ents

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Teachers marched to the Palais de Justice on Monday.", "Palais de Justice"),
        ("Police fired tear gas near the Rond-point des Martyrs at dusk.", "Rond-point des Martyrs"),
        ("Pupils walked out of the Lycée national Omar Bongo at ten.", "Lycée national Omar Bongo"),
        ("Fans rallied outside the Estadio Centenario after the match.", "Estadio Centenario"),
        ("Soldiers raided homes in Bairro Alto overnight.", "Bairro Alto"),
        ("Residents of Barrio Obrero blocked the road.", "Barrio Obrero"),
        ("Vendors gathered at the Mercado Central before dawn.", "Mercado Central"),
    ],
)
def test_a_building_named_head_first_is_a_site(text: str, site: str) -> None:
    assert [t.text for t in _facility_matches(text, [])] == [site]


@pytest.mark.parametrize(
    "text",
    [
        "The palais was empty.",  # no name after the head
        "Students left the lycée early.",
        "A barrio of Lima was flooded.",
    ],
)
def test_a_head_alone_names_no_site(text: str) -> None:
    assert _facility_matches(text, []) == []


def test_a_name_inside_a_head_first_site_is_part_of_it() -> None:
    text = "Pupils marched from the Lycée national Omar Bongo towards the ministry."
    inner = text.index("Omar")
    # a person's or a town's name found inside the site's name does not keep the site out ...
    assert [t.text for t in _facility_matches(text, [(inner, inner + 4)])] == ["Lycée national Omar Bongo"]
    # ... a name over the head itself does
    head = text.index("Lycée")
    assert _facility_matches(text, [(head, head + 5)]) == []


@pytest.mark.parametrize(
    ("name", "site"),
    [
        ("Palais des Nations", True),
        ("Lycée national Omar Bongo", True),
        ("Palais", False),
        ("Estadio nuevo", False),
    ],
)
def test_a_tagged_name_with_a_head_first(name: str, site: bool) -> None:
    assert _facility(name) is site


@pytest.mark.slow
def test_a_weak_prefix_of_an_organisation_gives_way_to_the_site(nlp: Language) -> None:
    # the tagger calls the prison an organisation; its first word is a province the gazetteer knows
    text = "Soldiers regained control of the Isfahan Penitentiary on Thursday."
    doc = _doc_with_ents(nlp, text, [("the Isfahan Penitentiary", "ORG")])
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == ["Isfahan Penitentiary"]
