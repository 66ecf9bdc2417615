"""A country written after a record's first place goes behind the places in it
(placing.country_behind, called by coref_merge.merge on a record joined from two tellings)."""

from __future__ import annotations

from eventwire.extract.placing import country_behind
from eventwire.records import Place

TEXT = (
    "Kenya: nine teachers held in Nakuru, Kenya, as strike spreads\n\n"
    "Police arrested nine striking teachers at Afraha Stadium on Monday, and others in Uganda's Mbale."
)


def _names(places: list[Place]) -> list[str]:
    return [p.text for p in places]


def _at(name: str, country: str | None, feature: str, nth: int = 1) -> Place:
    start = -1
    for _ in range(nth):
        start = TEXT.index(name, start + 1)
    precision = None if feature == "place" else feature
    return Place(name, start, start + len(name), name, None, None, None, country, None, feature, precision)  # type: ignore[arg-type]


def test_a_country_after_the_first_place_goes_behind_a_site_in_it() -> None:
    nakuru = _at("Nakuru", "KE", "city")
    kenya = _at("Kenya", "KE", "country", nth=2)
    stadium = _at("Afraha Stadium", None, "place")  # a site the gazetteer cannot place
    assert _names(country_behind([nakuru, kenya, stadium])) == ["Nakuru", "Afraha Stadium", "Kenya"]


def test_a_country_that_leads_stays_first() -> None:
    kenya = _at("Kenya", "KE", "country")
    nakuru = _at("Nakuru", "KE", "city")
    assert _names(country_behind([kenya, nakuru])) == ["Kenya", "Nakuru"]


def test_a_place_in_another_country_does_not_move_it() -> None:
    nakuru = _at("Nakuru", "KE", "city")
    kenya = _at("Kenya", "KE", "country", nth=2)
    mbale = _at("Mbale", "UG", "city")
    assert _names(country_behind([nakuru, kenya, mbale])) == ["Nakuru", "Kenya", "Mbale"]
