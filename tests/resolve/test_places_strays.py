"""A place abroad found only by another of its names, in a story about another country."""

from __future__ import annotations

from collections import Counter

from eventwire.resolve.gazetteer import InMemoryGazetteer
from eventwire.resolve.places import resolve_toponyms
from eventwire.resolve.places_toponyms import Toponym
from tests.resolve.test_gazetteer_fixture import _c


def _gazetteer() -> InMemoryGazetteer:
    return InMemoryGazetteer(
        [
            (_c(1, "Kuwait", "country", "KW", population=4_100_000, gid=285570), []),
            (_c(2, "Al Jahra", "city", "KW", "05", "Jahra", 29.34, 47.66, 90_000, 285629), ["Jahra"]),
            (_c(3, "Saudi Arabia", "country", "SA", population=33_000_000, gid=102358), []),
            (_c(4, "Tayma", "city", "SA", "08", "Tabuk", 27.63, 38.55, 37_579, 101312), ["Taima"]),
            (_c(5, "Lynn", "city", "US", "MA", "Massachusetts", 42.47, -70.95, 92_457, 4941873), ["Lin"]),
            (_c(6, "Myanmar", "country", "MM", population=53_000_000, gid=1327865), []),
            (_c(7, "Mandalay", "city", "MM", "08", "Mandalay", 21.97, 96.08, 1_208_099, 1311874), []),
            (_c(8, "Brockton", "city", "US", "MA", "Massachusetts", 42.08, -71.02, 95_708, 4931378), []),
            (_c(12, "Boston", "city", "US", "MA", "Massachusetts", 42.36, -71.06, 675_647, 4930956), []),
        ]
    )


def _tops(text: str, *names: str) -> list[Toponym]:
    return [Toponym(text.index(n), text.index(n) + len(n), n) for n in names]


def test_a_town_abroad_found_by_an_alternate_name_stays_unplaced() -> None:
    text = "Kuwait's police broke up a sit-in in Jahra and arrested five men in Taima on Friday."
    kuwait, jahra, taima = resolve_toponyms(text, _tops(text, "Kuwait", "Jahra", "Taima"), _gazetteer())
    assert kuwait.country == "KW" and jahra.country == "KW"
    assert taima.geonames_id is None and taima.country is None and taima.lat is None


def test_a_village_name_that_is_another_towns_alias_is_not_abroad() -> None:
    text = "Troops shelled Mandalay, Myanmar, and the village of Lin overnight."
    lin = resolve_toponyms(text, _tops(text, "Mandalay", "Myanmar", "Lin"), _gazetteer())[2]
    assert lin.country is None and lin.geonames_id is None


def test_an_alternate_name_is_placed_when_its_country_is_named() -> None:
    text = "Kuwait's envoy said pilgrims were held in Taima, in northern Saudi Arabia, for a week."
    taima = resolve_toponyms(text, _tops(text, "Kuwait", "Taima", "Saudi Arabia"), _gazetteer())[1]
    assert taima.country == "SA" and taima.geonames_id == 101312


def test_a_city_abroad_named_by_its_own_name_is_still_placed() -> None:
    text = "Kuwait's unions wrote to dockers in Boston, who struck on Monday."
    boston = resolve_toponyms(text, _tops(text, "Kuwait", "Boston"), _gazetteer())[1]
    assert boston.country == "US"


def test_a_town_abroad_of_less_than_200000_needs_its_country_named() -> None:
    text = "Kuwait's unions wrote to dockers in Brockton, who struck on Monday."
    brockton = resolve_toponyms(text, _tops(text, "Kuwait", "Brockton"), _gazetteer())[1]
    assert brockton.country is None and brockton.geonames_id is None


def _gazetteer_with_towns() -> InMemoryGazetteer:
    return InMemoryGazetteer(
        [
            (_c(1, "Kuwait", "country", "KW", population=4_100_000, gid=285570), []),
            (_c(2, "Al Jahra", "city", "KW", "05", "Jahra", 29.34, 47.66, 90_000, 285629), ["Jahra"]),
            (_c(9, "Kuwait City", "city", "KW", "02", "Capital", 29.37, 47.98, 60_064, 285787), []),
            (_c(10, "Fairview", "city", "US", "NJ", "New Jersey", 40.81, -74.0, 41_000, 5097000), []),
            (_c(11, "Brazil", "country", "BR", population=210_000_000, gid=3469034), []),
        ]
    )


def test_a_town_of_some_size_abroad_that_nothing_else_points_to_stays_unplaced() -> None:
    text = "Kuwaiti police broke up a sit-in at Fairview junction in Jahra, near Kuwait City."
    tops = _tops(text, "Fairview", "Jahra", "Kuwait City")
    # "Kuwaiti" names the story's country (find_places passes its demonyms as the focus)
    fairview, jahra, _ = resolve_toponyms(text, tops, _gazetteer_with_towns(), focus=Counter({"KW": 1}))
    assert jahra.country == "KW"
    assert fairview.geonames_id is None and fairview.country is None


def _homonyms() -> InMemoryGazetteer:
    return InMemoryGazetteer(
        [
            (_c(20, "South Sudan", "country", "SS", population=11_000_000, gid=7909807), []),
            (_c(21, "Malakal", "city", "SS", "03", "Upper Nile", 9.53, 31.66, 160_765, 371760), []),
            (_c(22, "Lüliang", "city", "CN", "24", "Shanxi", 37.52, 111.14, 3_346_500, 1802276), []),
            (_c(30, "Lebanon", "country", "LB", population=6_800_000, gid=272103), []),
            (_c(31, "Tyre", "city", "LB", "05", "South", 33.27, 35.2, 117_000, 267008), []),
            (_c(32, "Israel", "country", "IL", population=9_000_000, gid=294640), []),
            (_c(33, "Gaza", "city", "PS", "GZ", "Gaza Strip", 31.5, 34.47, 410_000, 281133), []),
            (_c(34, "Gaza", "admin1", "MZ", "02", "Gaza", population=1_300_000, gid=1045584), []),
        ],
        demonyms={"Lebanese": "LB", "Palestinians": "PS", "Palestinian": "PS"},
    )


def test_a_big_city_abroad_found_only_by_its_consonants_is_left_unplaced() -> None:
    text = "South Sudan's army said rebels overran a base near Malakal and then entered Olang."
    olang = resolve_toponyms(text, _tops(text, "South Sudan", "Malakal", "Olang"), _homonyms())[2]
    assert olang.geonames_id is None and olang.country is None


def test_a_big_city_found_by_its_consonants_is_placed_when_its_country_leads() -> None:
    text = "Miners in Olang, in northern China, walked out on Monday."
    gaz = InMemoryGazetteer(
        [
            (_c(22, "Lüliang", "city", "CN", "24", "Shanxi", 37.52, 111.14, 3_346_500, 1802276), []),
            (_c(23, "China", "country", "CN", population=1_400_000_000, gid=1814991), []),
        ]
    )
    olang = resolve_toponyms(text, _tops(text, "Olang", "China"), gaz)[0]
    assert olang.country == "CN"


def test_a_province_abroad_yields_to_a_namesake_where_the_story_points() -> None:
    text = "Lebanese dockers in Tyre, Lebanon, marched in support of Palestinians in Gaza on Friday."
    tops = _tops(text, "Tyre", "Lebanon", "Gaza")
    gaza = resolve_toponyms(text, tops, _homonyms(), focus=Counter({"LB": 2, "PS": 1}))[2]
    assert gaza.country == "PS" and gaza.feature == "city"


def test_a_province_keeps_its_name_when_the_story_points_nowhere_else() -> None:
    text = "Farmers marched in Gaza on Friday over the price of cashew nuts."
    gaza = resolve_toponyms(text, _tops(text, "Gaza"), _homonyms())[0]
    assert gaza.country == "MZ"


def test_an_unknown_town_takes_the_country_written_after_it_at_every_mention() -> None:
    text = "OLD KIBAHA, Tanzania, May 4 - Traders in Old Kibaha shut their stalls. Police came to Old Kibaha."
    gaz = InMemoryGazetteer([(_c(40, "Tanzania", "country", "TZ", population=61_000_000, gid=149590), [])])
    starts = [text.index("Tanzania"), text.index("Old Kibaha"), text.rindex("Old Kibaha")]
    tops = [Toponym(starts[0], starts[0] + 8, "Tanzania")]
    tops += [Toponym(s, s + 10, "Old Kibaha") for s in starts[1:]]
    _, first, second = resolve_toponyms(text, tops, gaz)
    assert (first.country, second.country) == ("TZ", "TZ")
    assert first.geonames_id is None and first.lat is None


def test_a_country_that_opens_a_clause_of_its_own_is_not_the_towns() -> None:
    text = "Shelling hit Old Kibaha, Tanzania's army said on Monday."
    gaz = InMemoryGazetteer([(_c(40, "Tanzania", "country", "TZ", population=61_000_000, gid=149590), [])])
    tops = _tops(text, "Old Kibaha", "Tanzania")
    assert resolve_toponyms(text, tops, gaz)[0].country is None


def test_a_story_that_names_no_country_keeps_a_mid_sized_town_abroad() -> None:
    # local news names its towns, not its country: a town abroad of 20,000 or more is still placed
    text = "Teachers from Brockton flew to Tayma on Monday to visit a sister school."
    tayma = resolve_toponyms(text, _tops(text, "Brockton", "Tayma"), _gazetteer())[1]
    assert tayma.country == "SA" and tayma.geonames_id == 101312


def _gazetteer_with_resort() -> InMemoryGazetteer:
    return InMemoryGazetteer(
        [
            (_c(1, "Kuwait", "country", "KW", population=4_100_000, gid=285570), []),
            (_c(9, "Kuwait City", "city", "KW", "02", "Capital", 29.37, 47.98, 60_064, 285787), []),
            (_c(3, "United States", "country", "US", population=327_000_000, gid=6252001), ["U.S."]),
            (_c(13, "Pearl Beach", "city", "US", "NY", "New York", 40.6, -73.6, 2_900, 5100001), []),
        ]
    )


def test_a_town_abroad_written_inside_a_place_of_the_story_stays_unplaced() -> None:
    # the U.S. is named, so the namesake resort is no stray by itself; "in Kuwait" says where it is
    text = "A bomb went off near Pearl Beach in Kuwait; U.S. diplomats and Kuwait's police condemned it."
    tops = _tops(text, "Pearl Beach", "Kuwait", "U.S.")
    beach = resolve_toponyms(text, tops, _gazetteer_with_resort(), focus=Counter({"KW": 2}))[0]
    # not the resort abroad; the country written around it may still be given
    assert beach.geonames_id is None and beach.country in (None, "KW") and beach.text == "Pearl Beach"


def test_a_town_written_inside_its_own_country_keeps_its_entry() -> None:
    text = "A bomb went off near Pearl Beach in the U.S. on Friday, Kuwait's envoy said."
    tops = _tops(text, "Pearl Beach", "U.S.", "Kuwait")
    beach = resolve_toponyms(text, tops, _gazetteer_with_resort())[0]
    assert beach.country == "US" and beach.geonames_id == 5100001
