"""Sites named by another language's head ("Largo do Carmo", "Jalan Thamrin", "Ratna Magu",
"Gangnam-daero", "Meydan-e Azadi"): recognised like "Rustaveli Avenue", and kept as places when an
actor mention is exactly such a name written where people move along or block it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.places import find_toponyms
from eventwire.resolve.places_sites import _facility, _facility_matches, way_named
from eventwire.resolve.places_toponyms import Toponym
from eventwire.resolve.places_vetoes import _vetoed
from tests.resolve.test_gazetteer_fixture import tiny_gazetteer
from tests.resolve.test_places import _doc_with_ents

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Hundreds gathered at the Largo do Carmo on Friday.", "Largo do Carmo"),
        ("Vendors blocked Rua Augusta for an hour.", "Rua Augusta"),
        ("Students rallied on Jalan Thamrin after prayers.", "Jalan Thamrin"),
        ("The march ended on Dataran Pahlawan at noon.", "Dataran Pahlawan"),
        ("Riot police cleared Place Kennedy before dawn.", "Place Kennedy"),
        ("Crowds filled the Place du 4 Août by evening.", "Place du 4 Août"),
        ("Mothers marched along the Alameda Roosevelt.", "Alameda Roosevelt"),
        ("Youths burned tyres on Ratna Magu overnight.", "Ratna Magu"),
        ("Unionists held a rally on Gangnam-daero on Saturday.", "Gangnam-daero"),
        ("Shopkeepers marched from the Meydan-e Azadi to the governorate.", "Meydan-e Azadi"),
        ("A crowd set fire to a kiosk near the Clock Tower.", "Clock Tower"),
    ],
)
def test_a_foreign_head_names_a_site(text: str, site: str) -> None:
    assert [t.text for t in _facility_matches(text, [])] == [site]


@pytest.mark.parametrize(
    "text",
    [
        "Place the ballots in the box, officials said.",  # the verb, no name after it
        "Police said the road was clear.",
        "The jalan was empty.",
        "She took Place 1 Jerry Smith in the relay.",  # a ranking: a number is no name of its own
    ],
)
def test_the_heads_alone_name_no_site(text: str) -> None:
    assert _facility_matches(text, []) == []


@pytest.mark.parametrize(
    ("name", "site"),
    [
        ("Largo da Independencia", True),  # Portuguese particles inside the name
        ("Praça dos Heróis", True),
        ("Route Le Prince", True),
        ("Skanderbeg e Madhe Square", True),
        ("Largo Winch", True),
        ("Central Committee", False),
        ("Route 38", False),  # a numbered road, no name after the head
    ],
)
def test_names_with_foreign_heads_and_particles_are_facilities(name: str, site: bool) -> None:
    assert _facility(name) is site


@pytest.mark.parametrize(
    ("text", "name", "way"),
    [
        ("Marchers walked down Avenida Brasil at dusk.", "Avenida Brasil", True),
        ("The convoy reached D-Chowk by noon.", "D-Chowk", True),
        ("Supporters marched along Ratna Magu.", "Ratna Magu", True),
        ("Drivers tried to block Baghramyan Avenue.", "Baghramyan Avenue", True),  # an English head anywhere
        ("Police fired at the junction with Avenida Brasil.", "Avenida Brasil", False),  # a landmark
        ("The Jalan Group said it would appeal.", "Jalan Group", False),
    ],
)
def test_a_foreign_way_is_named_where_people_move_along_it(text: str, name: str, way: bool) -> None:
    assert way_named(text, text.index(name), name) is way


@pytest.mark.parametrize(
    ("text", "name", "vetoed"),
    [
        ("Hundreds of residents marched down Avenida Brasil on Monday.", "Avenida Brasil", False),
        ("Lawyers blocked Majeedhee Magu for two hours.", "Majeedhee Magu", False),
        ("The crowd reached the junction with Avenida Brasil.", "Avenida Brasil", True),
    ],
)
def test_an_actor_mention_that_is_a_way_named_where_people_move_is_a_place(
    text: str, name: str, vetoed: bool
) -> None:
    start = text.index(name)
    top = Toponym(start, start + len(name), name, None, "facility")
    mention = (start, start + len(name))  # an actor mention of exactly the name
    assert _vetoed(top, text, [mention], tiny_gazetteer()) is vetoed


@pytest.mark.slow
def test_a_building_the_tagger_calls_a_facility_is_kept_where_something_happens(nlp: Language) -> None:
    text = "A crowd set fire to a kiosk near the Amir Pavilion on Wednesday."
    doc = _doc_with_ents(nlp, text, [("the Amir Pavilion", "FAC")])
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == []  # no building word
    text = "A crowd set fire to a kiosk near the Amir Tower on Wednesday."
    doc = _doc_with_ents(nlp, text, [("the Amir Tower", "FAC")])
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == ["Amir Tower"]
    text = "Students held a silence near the Faculty of Medicine."
    doc = _doc_with_ents(nlp, text, [("the Faculty of Medicine", "FAC")])
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == ["Faculty of Medicine"]


@pytest.mark.slow
def test_a_bridge_the_tagger_calls_a_person_is_a_place_where_people_sit(nlp: Language) -> None:
    text = "Thousands of students sat down on Elizabeth Bridge, halting trams."
    doc = _doc_with_ents(nlp, text, [("Elizabeth Bridge", "PERSON")])
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == ["Elizabeth Bridge"]
    text = "Elizabeth Bridge said she would run again."
    doc = _doc_with_ents(nlp, text, [("Elizabeth Bridge", "PERSON")])
    assert find_toponyms(doc, tiny_gazetteer()) == []
