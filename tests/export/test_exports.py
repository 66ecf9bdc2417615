"""Exports of stored events: ACLED-style CSV, PLOVER, GeoJSON, flat CSV, Parquet and JSON lines."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.errors import ExportError
from eventwire.export.acled import ACLED_COLUMNS, acled_row, actor_label, inter_code
from eventwire.export.flat import FLAT_COLUMNS, flat_row
from eventwire.export.mappings import MAPPINGS, mapping
from eventwire.export.writer import EXPORT_FORMATS, write_export
from eventwire.records import EVENT_TYPES, Result
from eventwire.store.sqlite import SQLiteStore
from tests.factories import result


def _result_with_prediction() -> Result:
    r = result()
    killing = r.events[0]
    predicted = replace(
        killing,
        id="ev2",
        type="protest",
        subtype=None,
        status="predicted",
        places=(),
        magnitudes=(),
        actors=(),
        source=None,
        claim_id=None,
    )
    return replace(r, events=(killing, predicted))


@pytest.fixture
def rows(tmp_path: Path) -> list[dict[str, Any]]:
    store = SQLiteStore.open(tmp_path / "ew.db")
    store.write(_result_with_prediction())
    out = list(store.events())
    store.close()
    return out


def test_every_type_has_a_mapping_and_subtypes_fall_back() -> None:
    assert {t for t, _ in MAPPINGS} == set(EVENT_TYPES)
    assert mapping("protest", "sit_in") == mapping("protest", None)
    assert mapping("attack", "air_strike").sub_event_type == "Air/drone strike"
    assert mapping("execution", None).event_type == "Strategic developments"


def test_acled_row_of_an_attributed_shooting(rows: list[dict[str, Any]]) -> None:
    row = acled_row(rows[0])
    assert list(row) == list(ACLED_COLUMNS)
    assert row["event_date"] == "2023-02-03"
    assert row["year"] == 2023
    assert row["time_precision"] == 1
    assert (row["disorder_type"], row["event_type"], row["sub_event_type"]) == (
        "Political violence",
        "Violence against civilians",
        "Attack",
    )
    assert row["actor1"] == "Security forces"
    assert row["inter1"] == 1
    assert row["actor2"] == "Protesters (Iran)"
    assert row["inter2"] == 6
    assert row["interaction"] == 16
    assert row["civilian_targeting"] == "Civilian targeting"
    assert row["iso"] == 364
    assert row["country"] == "Iran"
    assert (row["admin1"], row["location"], row["geo_precision"]) == ("Sistan and Baluchestan", "Zahedan", 1)
    assert row["fatalities"] == 12
    assert row["notes"].startswith("[attributed: Amnesty International]")
    assert "Amnesty International" in row["source"]


def test_riot_crowds_are_rioters_and_a_lone_actor_interacts_with_nobody() -> None:
    crowd = {"name": "Protesters", "kind": "protesters", "role": "initiator"}
    assert inter_code(crowd, "riot") == 5
    assert inter_code(crowd, "protest") == 6
    assert inter_code(None, "protest") is None
    amnesty = {"name": "Amnesty International", "kind": "rights_group"}
    assert actor_label(amnesty, "IR") == "Amnesty International"


def test_flat_row_columns_and_figures(rows: list[dict[str, Any]]) -> None:
    flat = flat_row(rows[0])
    assert tuple(flat) == FLAT_COLUMNS
    assert flat["fatalities"] == 12
    assert flat["participants"] is None
    assert (flat["lat"], flat["lon"]) == (29.4963, 60.8629)
    assert flat["source_name"] == "Amnesty International"
    assert flat["acled_sub_event_type"] == "Attack"


def test_acled_export_leaves_out_predicted_events_unless_asked(rows: list[dict[str, Any]]) -> None:
    out = io.StringIO()
    assert write_export(rows, "acled", out) == 1
    assert len(list(csv.DictReader(io.StringIO(out.getvalue())))) == 1
    out = io.StringIO()
    assert write_export(rows, "acled", out, all_statuses=True) == 2


def test_geojson_keeps_events_without_coordinates(rows: list[dict[str, Any]]) -> None:
    out = io.StringIO()
    write_export(rows, "geojson", out)
    fc = json.loads(out.getvalue())
    assert fc["type"] == "FeatureCollection"
    geoms = [f["geometry"] for f in fc["features"]]
    assert geoms[0] == {"type": "Point", "coordinates": [60.8629, 29.4963]}
    assert geoms[1] is None


def test_plover_records(rows: list[dict[str, Any]]) -> None:
    out = io.StringIO()
    write_export(rows, "plover", out)
    recs = [json.loads(line) for line in out.getvalue().splitlines()]
    assert (recs[0]["event_type"], recs[0]["mode"]) == ("ASSAULT", "firearms")
    assert recs[0]["recipient"] == "Protesters"
    assert recs[0]["location"]["geonames_id"] == 1159301
    assert (recs[1]["event_type"], recs[1]["mode"], recs[1]["status"]) == ("PROTEST", "demo", "predicted")


def test_parquet_round_trip(rows: list[dict[str, Any]], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    assert write_export(rows, "parquet", path=path) == 2
    table = pq.read_table(path)
    assert table.column_names == list(FLAT_COLUMNS)
    assert table.column("fatalities").to_pylist() == [12, None]


def test_parquet_needs_a_file_and_formats_are_checked(rows: list[dict[str, Any]]) -> None:
    with pytest.raises(ExportError, match="E703"):
        write_export(rows, "parquet", io.StringIO())
    with pytest.raises(ExportError, match="E702"):
        write_export(rows, "xml", io.StringIO())


def test_export_command_every_format(tmp_path: Path) -> None:
    db = tmp_path / "ew.db"
    store = SQLiteStore.open(db)
    store.write(_result_with_prediction())
    store.close()
    runner = CliRunner()
    for fmt in EXPORT_FORMATS:
        target = tmp_path / f"out.{fmt}"
        res = runner.invoke(main, ["export", "--db", str(db), "--format", fmt, "-o", str(target)])
        assert res.exit_code == 0, res.output
        assert target.stat().st_size > 0
    res = runner.invoke(main, ["export", "--db", str(db), "--format", "jsonl", "--status", "predicted"])
    assert res.exit_code == 0
    lines = res.output.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["event"]["status"] == "predicted"


def test_docs_list_every_mapping_row() -> None:
    doc = (Path(__file__).parents[2] / "docs" / "mappings.md").read_text(encoding="utf-8")
    for (etype, subtype), m in MAPPINGS.items():
        line = f"| {etype} | {subtype or '(any)'} | {m.disorder_type} / {m.event_type} / {m.sub_event_type} |"
        assert line in doc, line
