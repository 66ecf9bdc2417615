"""Named quarters, sites of unknown names, mislabelled names and makers' names (slow: spaCy model)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.resolve.places import find_places, find_toponyms
from tests.resolve.test_gazetteer_fixture import tiny_gazetteer
from tests.resolve.test_places import _doc_with_ents

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "quarter", "town"),
    [
        ("Troops raided the Kolwa quarter of Ahvaz before dawn on Thursday.", "Kolwa", "Ahvaz"),
        (
            "Riot police stormed the Shahrak-e Gharb neighbourhood of Tehran overnight.",
            "Shahrak-e Gharb",
            "Tehran",
        ),
    ],
)
def test_a_named_quarter_written_before_its_town_is_the_site(
    nlp: Language, text: str, quarter: str, town: str
) -> None:
    doc = _doc_with_ents(nlp, text, [(town, "GPE")])
    places = {p.text: p for p in find_places(doc, tiny_gazetteer())}
    assert places[quarter].feature == "place" and places[quarter].name is None
    assert places[town].name == town  # the town is still the town, not a quarter


def test_a_named_area_of_the_city_is_the_site(nlp: Language) -> None:
    text = "About 30 women gathered in the Dasht-e Sahra area of the city on Thursday."
    doc = _doc_with_ents(nlp, text, [])
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == ["Dasht-e Sahra"]


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("Soldiers stormed the Kopuya community near Mashhad on Friday.", [("Mashhad", "GPE")]),
        (
            "Soldiers stormed the Kopuya community near Mashhad on Friday.",
            [("Kopuya", "GPE"), ("Mashhad", "GPE")],
        ),
        ("Calm has returned to the Kopuya settlement, officials said.", []),
    ],
)
def test_a_named_community_after_an_act_or_a_place_word_is_the_site(
    nlp: Language, text: str, ents: list[tuple[str, str]]
) -> None:
    doc = _doc_with_ents(nlp, text, ents)
    places = {p.text: p for p in find_places(doc, tiny_gazetteer())}
    assert places["Kopuya"].feature == "place" and places["Kopuya"].name is None


@pytest.mark.parametrize(
    "text",
    [
        "Most of the dead were from the Kopuya community, the panel said.",
        "Elders of the Kopuya community met the governor.",
        "Troops evicted the Kopuya community of Mashhad.",
    ],
)
def test_a_named_community_of_people_is_no_place(nlp: Language, text: str) -> None:
    doc = _doc_with_ents(nlp, text, [("Kopuya", "GPE")] if "Mashhad" not in text else [])
    assert "Kopuya" not in [t.text for t in find_toponyms(doc, tiny_gazetteer())]


def test_an_adjective_before_an_area_names_no_quarter(nlp: Language) -> None:
    text = "Protests spread through the Kurdish area of Iran."
    doc = _doc_with_ents(nlp, text, [("Kurdish", "NORP"), ("Iran", "GPE")])
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == ["Iran"]


def test_an_unknown_name_gives_way_to_its_building(nlp: Language) -> None:
    text = "Police detained seven activists outside the Zorbek building in Tehran."
    doc = _doc_with_ents(nlp, text, [("Zorbek", "GPE"), ("Tehran", "GPE")])
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == ["Zorbek building", "Tehran"]


def test_a_known_town_before_a_building_stays_the_town(nlp: Language) -> None:
    text = "Crowds gathered outside the Tehran building of the ministry."
    doc = _doc_with_ents(nlp, text, [("Tehran", "GPE")])
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == ["Tehran"]


def test_a_makers_name_before_a_vehicle_is_no_place(nlp: Language) -> None:
    text = "Armed men forced him into a white Tulsa van outside his home in Tehran."
    doc = _doc_with_ents(nlp, text, [("Tulsa", "ORG"), ("Tehran", "GPE")])
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == ["Tehran"]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("He said he had been held at his home in Magere for the second time.", "Magere", "DATE"),
        ("Mourners tried to walk towards Kamwokya before police fired tear gas.", "Kamwokya", "PERSON"),
        ("Soldiers searched every house in Kolodo after the ambush.", "Kolodo", "ORG"),
        ("Heavy fighting was reported around the town of Bukavina Dala.", "Bukavina Dala", "PERSON"),
        ("Shells fell on a village of Tamoro overnight.", "Tamoro", "PERSON"),
        ("Residents of Gorvale blocked the road with burning tyres.", "Gorvale", "PERSON"),
    ],
)
def test_a_mislabelled_unknown_name_after_in_or_towards_is_a_place(
    nlp: Language, text: str, name: str, label: str
) -> None:
    doc = _doc_with_ents(nlp, text, [(name, label)])
    assert [(t.text, t.source) for t in find_toponyms(doc, tiny_gazetteer())] == [(name, "ner")]


def _tagged_with_ents(nlp: Language, text: str, ents: list[tuple[str, str]]) -> Doc:
    """The text through the whole pipeline (parts of speech), with the given entities only."""
    doc = nlp(text)
    doc.ents = [doc.char_span(text.index(n), text.index(n) + len(n), label=lab) for n, lab in ents]
    return doc


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen attacked the remote northern town of Kalendo overnight.", "Kalendo"),
        ("Gang members burned homes in the small town of Fond-d'Orme on Sunday.", "Fond-d'Orme"),
        ("Hundreds fled on foot to the neighbouring town of Gorvale.", "Gorvale"),
        ("Troops entered the war-torn village of Dakuru at dawn.", "Dakuru"),
    ],
)
def test_a_town_of_a_described_kind_keeps_its_whole_name(nlp: Language, text: str, name: str) -> None:
    doc = _tagged_with_ents(nlp, text, [(name.split("-")[0], "PERSON")])
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == [name]


def test_the_next_unknown_name_of_a_list_after_in_is_a_place(nlp: Language) -> None:
    text = "Police raided homes in Kolodo and Bani Tamra after midnight."
    doc = _doc_with_ents(nlp, text, [("Kolodo", "ORG"), ("Bani Tamra", "PERSON")])
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == ["Kolodo", "Bani Tamra"]


def test_a_language_after_in_is_no_place(nlp: Language) -> None:
    text = "They refused to sign statements in Arabic at the station in Tehran."
    doc = _doc_with_ents(nlp, text, [("Arabic", "LANGUAGE"), ("Tehran", "GPE")])
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == ["Tehran"]


def test_a_date_with_a_calendar_word_is_never_scanned(nlp: Language) -> None:
    text = "The strike began in Easter Week and spread."
    doc = _doc_with_ents(nlp, text, [("Easter Week", "DATE")])
    assert find_toponyms(doc, tiny_gazetteer()) == []


def test_a_street_written_avenue_first_is_one_site(nlp: Language) -> None:
    text = "Protesters burned tyres along Avenue Martin Luther on Monday."
    doc = _doc_with_ents(nlp, text, [("Avenue", "GPE")])
    assert [(t.text, t.source) for t in find_toponyms(doc, tiny_gazetteer())] == [
        ("Avenue Martin Luther", "facility")
    ]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Supporters were told to stage a sit-in at G-Chowk on Friday.", "G-Chowk"),
        ("Police moved on Azadi-Maidan before dawn.", "Azadi-Maidan"),
    ],
)
def test_a_site_named_with_its_head_in_one_word_is_a_site(nlp: Language, text: str, site: str) -> None:
    doc = _doc_with_ents(nlp, text, [])
    assert [(t.text, t.source) for t in find_toponyms(doc, tiny_gazetteer())] == [(site, "facility")]


@pytest.mark.parametrize(
    ("text", "quarter"),
    [
        ("Police fired on a crowd in the Zarbani suburb on Thursday.", "Zarbani suburb"),
        ("Agents detained three men at a hotel in the Kolwa area, the party said.", "Kolwa area"),
        ("Youths burned tyres in the Dabira township overnight.", "Dabira township"),
    ],
)
def test_a_named_suburb_area_or_township_is_a_site(nlp: Language, text: str, quarter: str) -> None:
    doc = _doc_with_ents(nlp, text, [])
    assert quarter in [t.text for t in find_toponyms(doc, tiny_gazetteer())]


def test_a_peoples_area_is_no_site_of_its_own(nlp: Language) -> None:
    text = "Security forces deployed across the Baluch area overnight."
    doc = _doc_with_ents(nlp, text, [("Baluch", "NORP")])
    assert find_toponyms(doc, tiny_gazetteer()) == []


@pytest.mark.parametrize(
    ("text", "quarter"),
    [
        ("One man was shot dead in Tehran's Zarbani neighbourhood on Monday.", "Zarbani"),
        ("Workers marched through Tehran's Industrial Area to demand their wages.", "Industrial Area"),
    ],
)
def test_a_quarter_written_as_the_towns_own_is_the_site(nlp: Language, text: str, quarter: str) -> None:
    doc = _doc_with_ents(nlp, text, [("Tehran", "GPE")])
    names = [t.text for t in find_toponyms(doc, tiny_gazetteer())]
    assert any(n.startswith(quarter) for n in names) and "Tehran" in names


@pytest.mark.parametrize(
    "text",
    [
        "Tehran's mayor said the market would reopen on Sunday.",
        "Tehran's Governor Mohammadi visited the wounded.",
    ],
)
def test_a_towns_official_is_no_quarter(nlp: Language, text: str) -> None:
    doc = _doc_with_ents(nlp, text, [("Tehran", "GPE")])
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == ["Tehran"]


def test_a_quarter_the_tagger_calls_a_people_is_still_a_site(nlp: Language) -> None:
    text = "Agents detained three men at a hotel in the Kolwa area on Sunday."
    doc = _doc_with_ents(nlp, text, [("Kolwa", "NORP")])
    assert "Kolwa area" in [t.text for t in find_toponyms(doc, tiny_gazetteer())]
