"""A place abroad found only by another of its names, in a story about another country."""

from __future__ import annotations

from eventwire.resolve.gazetteer import InMemoryGazetteer
from eventwire.resolve.places import Toponym, resolve_toponyms
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
    fairview, jahra, _ = resolve_toponyms(text, tops, _gazetteer_with_towns())
    assert jahra.country == "KW"
    assert fairview.geonames_id is None and fairview.country is None
