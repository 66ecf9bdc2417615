"""A name the place recogniser keeps but the gazetteer does not know ranks with the towns, in the order
written (``placing._unknown_name``), not behind a province; not a named area nor a cut-off person's name."""

from __future__ import annotations

from eventwire.extract.placing import _rank, _unknown_name
from eventwire.records import Place, PlaceFeature, PlacePrecision


def _place(
    text: str,
    start: int,
    *,
    name: str | None = None,
    feature: PlaceFeature | None = None,
    precision: PlacePrecision | None = None,
) -> Place:
    return Place(
        text=text, start_char=start, end_char=start + len(text), name=name, geonames_id=1 if name else None,
        lat=None, lon=None, country="BD", admin1=None, feature=feature, precision=precision,
    )  # fmt: skip


_TEXT = "Unrest spread on Monday to Kornapara and Savar, on the outskirts of Dhaka, where workers walked out."


def test_an_unknown_name_ranks_with_the_towns_in_the_order_written() -> None:
    kornapara = _place("Kornapara", _TEXT.index("Kornapara"))
    savar = _place("Savar", _TEXT.index("Savar"), name="Savar", feature="city", precision="city")
    dhaka = _place("Dhaka", _TEXT.index("Dhaka"), name="Dhaka", feature="city", precision="city")
    assert [p.text for p in _rank([kornapara, savar, dhaka], None, _TEXT)] == ["Kornapara", "Savar", "Dhaka"]


def test_a_named_area_and_a_cut_off_name_are_not_raised() -> None:
    text = "In the Shire Valley, police said Tamim Rafiq Chowdhury had been held."
    valley = _place("Shire Valley", text.index("Shire Valley"))
    person = _place("Tamim", text.index("Tamim"))
    assert not _unknown_name(valley, text)
    assert not _unknown_name(person, text)


def test_a_name_after_a_possessive_is_not_raised() -> None:
    text = "Ghana's Consulate in Lome said a trader was shot dead at the border."
    consulate = _place("Consulate", text.index("Consulate"))
    assert not _unknown_name(consulate, text)
