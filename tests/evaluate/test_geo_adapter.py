"""LGL and GeoWebNews adapters: parsing, scoring on made-up files, and a run on the real sets."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.datasets.geo import (
    haversine_km,
    read_geowebnews,
    read_lgl,
    run_geowebnews,
    run_lgl,
    score_geo,
)
from tests.resolve.test_gazetteer_fixture import tiny_gazetteer

if TYPE_CHECKING:
    from spacy.language import Language

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"

LGL_XML = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text><![CDATA[Teheran police detained students in Zahedan and in Nowhereville.]]></text>
    <toponyms count="3">
      <toponym><start>0</start><end>7</end><phrase>Teheran</phrase>
        <gaztag geonameid="112931"><name>Tehran</name><lat>35.69</lat><lon>51.42</lon></gaztag></toponym>
      <toponym><start>36</start><end>43</end><phrase>Zahedan</phrase>
        <gaztag geonameid="1"><name>Zahedan</name><lat>29.50</lat><lon>60.86</lon></gaztag></toponym>
      <toponym><start>51</start><end>63</end><phrase>Nowhereville</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""

GWN_XML = """<?xml version="1.0" ?>
<articles>
  <article file="0"><title>t</title><link>l</link>
    <text>Iranian workers in Ahwaz struck.</text>
    <toponyms>
      <toponym><extractedName>Iranian</extractedName><type>Demonym</type><start>0</start><end>7</end>
        <geonamesID>130758</geonamesID><latitude>32</latitude><longitude>53</longitude></toponym>
      <toponym><extractedName>workers</extractedName><type>Non_Toponym</type><start>8</start><end>15</end>
        <geonamesID/><latitude/><longitude/></toponym>
      <toponym><extractedName>Ahwaz</extractedName><type>Literal</type><start>19</start><end>24</end>
        <geonamesID>144448</geonamesID><latitude>31.3</latitude><longitude>48.7</longitude></toponym>
    </toponyms>
  </article>
</articles>
"""


def test_read_lgl(tmp_path: Path) -> None:
    (tmp_path / "lgl.xml").write_text(LGL_XML, encoding="utf-8")
    (art,) = read_lgl(tmp_path)
    assert [t.text for t in art.toponyms] == ["Teheran", "Zahedan", "Nowhereville"]
    assert art.toponyms[0].geonames_id == 112931 and art.toponyms[2].geonames_id is None


def test_read_geowebnews_drops_non_toponyms(tmp_path: Path) -> None:
    (tmp_path / "GWN.xml").write_text(GWN_XML, encoding="utf-8")
    (art,) = read_geowebnews(tmp_path)
    assert [t.text for t in art.toponyms] == ["Iranian", "Ahwaz"]


def test_score_geo_resolution_only(tmp_path: Path) -> None:
    (tmp_path / "lgl.xml").write_text(LGL_XML, encoding="utf-8")
    report = run_lgl(tmp_path, None, tiny_gazetteer())
    # Teheran: same id; Zahedan: different id but within 161 km; Nowhereville: no id, not scored
    assert report.metrics["resolution_exact"] == pytest.approx(0.5)
    assert report.metrics["resolution_161km"] == pytest.approx(1.0)
    assert report.metrics["toponyms_per_second"] > 0
    assert report.baseline["resolution_exact"] == pytest.approx(0.794)
    assert report.documents == 1 and report.task == "geoparsing"


def test_score_geowebnews_demonym_span(tmp_path: Path) -> None:
    (tmp_path / "GWN.xml").write_text(GWN_XML, encoding="utf-8")
    report = score_geo("gwn", read_geowebnews(tmp_path), None, tiny_gazetteer())
    assert report.metrics["resolution_exact"] == pytest.approx(1.0)


@pytest.mark.slow
def test_end_to_end_scores(tmp_path: Path, nlp: Language) -> None:
    (tmp_path / "GWN.xml").write_text(GWN_XML, encoding="utf-8")
    m = run_geowebnews(tmp_path, nlp, tiny_gazetteer()).metrics
    # "Iranian" is a gold Demonym span that is never a Place: recall 1/2, names recall 1/1
    assert m["recognition_recall"] == pytest.approx(0.5)
    assert m["recognition_recall_names"] == pytest.approx(1.0)
    assert m["recognition_precision"] == pytest.approx(1.0)
    assert m["end_to_end_161km_recall"] == pytest.approx(0.5)
    assert m["end_to_end_places_per_second"] > 0


def test_missing_dataset_raises(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="E610"):
        run_geowebnews(tmp_path / "absent", None, tiny_gazetteer())


def test_haversine() -> None:
    assert haversine_km(35.69, 51.42, 35.69, 51.42) == 0
    assert haversine_km(35.69, 51.42, 36.30, 59.61) == pytest.approx(740, abs=15)  # Tehran-Mashhad


@pytest.mark.slow
@pytest.mark.needs_data
def test_real_sets_resolution_floor(cache_dir: Path) -> None:
    if not (DATA / "lgl").exists() or not (DATA / "geowebnews").exists():
        pytest.skip("shared/data not present")
    from eventwire.resolve.places import load_gazetteer

    gaz = load_gazetteer(cache_dir)
    lgl = run_lgl(DATA / "lgl", None, gaz, limit=150)
    gwn = run_geowebnews(DATA / "geowebnews", None, gaz, limit=80)
    # floors a little under what was measured on the full sets (0.67 / 0.74 exact)
    assert lgl.metrics["resolution_161km"] >= 0.6
    assert gwn.metrics["resolution_161km"] >= 0.65
    # the index is reported with every run: build time, size, places
    assert lgl.metrics["index_size_mb"] > 1 and lgl.metrics["index_places"] > 1000
