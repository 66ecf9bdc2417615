"""A name inside a unit the record's sentence writes by its kind ("the weekly market of Boutou") is put
first (``placing_units.unit_places``, called by the pipeline after ``story_town``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import places_of

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline


def _places(text: str, pipeline: Pipeline, trigger: str) -> list[str]:
    return places_of(text, pipeline, trigger, published="2026-11-04")


@pytest.mark.slow
def test_a_village_named_after_its_kind_goes_before_its_region(pipeline: Pipeline) -> None:
    text = (
        "NIAMEY, Nov 3 (Wire) - Soldiers killed 12 civilians at the weekly market of Boutou, in the "
        "Dosso region, on Sunday, residents said."
    )
    assert _places(text, pipeline, "killed")[0] == "Boutou"


@pytest.mark.slow
def test_a_town_named_after_its_kind_goes_before_a_road(pipeline: Pipeline) -> None:
    text = (
        "LIMA, Nov 3 (Wire) - Farm workers blocked the Pan-American Highway near the town of Chincha "
        "Baja with burning tyres on Monday, police said."
    )
    places = _places(text, pipeline, "blocked the Pan-American Highway")
    assert places[:2] == ["Chincha Baja", "Pan-American Highway"]


@pytest.mark.slow
def test_a_town_named_before_its_kind_leaves_the_district_after_of(pipeline: Pipeline) -> None:
    text = (
        "JAIPUR, Nov 3 (Wire) - Police fired tear gas in Kishangarh town of Ajmer on Monday after two "
        "groups clashed, officials said."
    )
    assert _places(text, pipeline, "fired tear gas")[0] == "Kishangarh"


def test_a_district_after_the_name_is_no_unit() -> None:
    from eventwire.extract.placing_units import _UNIT

    assert _UNIT.search("arrested 14 people in a village of Gaya district on Monday") is None
    m = _UNIT.search("fled the village of San Juan de la Cruz, in the north, on Monday")
    assert m is not None and m.group("name") == "San Juan de la Cruz"


@pytest.mark.slow
def test_a_unit_in_another_clause_of_the_sentence_is_not_put_first(pipeline: Pipeline) -> None:
    text = (
        "LAGOS, Nov 3 (Wire) - Fear gripped the town of Okerenkoko on Tuesday as troops searched for a "
        "gang which had bombed a pipeline in Delta State, a spokesman said."
    )
    assert "Okerenkoko" not in _places(text, pipeline, "bombed")[:1]


@pytest.mark.slow
def test_a_village_named_before_its_kind_goes_before_its_township(pipeline: Pipeline) -> None:
    text = (
        "YANGON, Nov 3 (Wire) - Soldiers raided Htan Pin village in Kani township on Monday and detained "
        "21 men, residents said."
    )
    assert _places(text, pipeline, "detained")[:2] == ["Htan Pin", "Kani township"]


@pytest.mark.slow
def test_a_quarter_named_before_its_kind_is_the_name_alone(pipeline: Pipeline) -> None:
    text = (
        "KABUL, Nov 3 (Wire) - About 20 women staged a protest in the Karte Char area of western Kabul on "
        "Sunday, holding placards."
    )
    assert _places(text, pipeline, "protest")[:2] == ["Karte Char", "Kabul"]


@pytest.mark.slow
def test_a_peoples_settlement_is_no_named_unit(pipeline: Pipeline) -> None:
    text = "KADUNA, Nov 3 (Wire) - Gunmen attacked a Fulani settlement near Kauru on Saturday, police said."
    assert "Fulani" not in _places(text, pipeline, "attacked")


def test_a_named_unit_takes_the_first_of_its_names() -> None:
    from eventwire.extract.placing_units import _NAMED_UNIT

    m = _NAMED_UNIT.search("residents of the Polana Canico and Maxaquene neighbourhoods banged pots")
    assert m is not None and m.group("name") == "Polana Canico"
    m = _NAMED_UNIT.search("burned tyres in the Kandé, Santhiaba and Djibock neighbourhoods on Saturday")
    assert m is not None and m.group("name") == "Kandé"
    m = _NAMED_UNIT.search("a bomb exploded in the al-Khaldiya neighbourhood on Friday")
    assert m is not None and m.group("name") == "al-Khaldiya"
    assert _NAMED_UNIT.search("arrested in a village of Gaya district") is None


def test_a_name_before_a_unit_named_after_of_is_the_town() -> None:
    from eventwire.extract.placing_units import _NAMED_UNIT

    assert _NAMED_UNIT.search("two died in the northern Gitega neighbourhood of Musinzira") is None
