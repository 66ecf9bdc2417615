"""The whole path on the bundled samples: extract, schema, store, idempotent re-run."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.export.schema import json_schema

pytestmark = pytest.mark.slow

SAMPLES = Path(str(resources.files("eventwire") / "data" / "samples"))


def _check_offsets(record: dict) -> None:
    text = record["document"]["text"]
    for event in record["events"]:
        for key in ("trigger", "evidence"):
            span = event[key]
            assert text[span["start"] : span["end"]] == span["text"]
        for item in [*event["places"], *event["magnitudes"], *event["actors"], event["time"] or {}]:
            if item.get("start_char") is not None:
                assert text[item["start_char"] : item["end_char"]] == item["text"]
    for claim in record["claims"]:
        for key in ("cue", "content", "evidence"):
            assert text[claim[key]["start"] : claim[key]["end"]] == claim[key]["text"]
    for item in [*record["places"], *record["times"]]:
        assert text[item["start_char"] : item["end_char"]] == item["text"]


@pytest.fixture(scope="module")
def extracted(cache_dir: Path) -> list[dict]:
    files = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".html"})
    out = CliRunner().invoke(
        main, ["extract", *map(str, files), "--format", "jsonl"], env={"EVENTWIRE_CACHE": str(cache_dir)}
    )
    assert out.exit_code == 0, out.output
    records = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    assert len(records) == len(files)
    return records


def test_end_to_end_samples_follow_the_schema(extracted: list[dict]) -> None:
    schema = json_schema()
    for record in extracted:
        jsonschema.validate(record, schema)
        _check_offsets(record)


def test_end_to_end_samples_cover_every_event_type(extracted: list[dict]) -> None:
    types = {e["type"] for r in extracted for e in r["events"]}
    assert types == {
        "protest",
        "strike",
        "riot",
        "repression",
        "killing",
        "execution",
        "arrest",
        "torture",
        "attack",
    }
    assert any(c["speaker"]["name"] for r in extracted for c in r["claims"])
    assert any(p["geonames_id"] for r in extracted for p in r["places"])
    assert any(t["anchor"] == "document" for r in extracted for t in r["times"])
    assert any(m for r in extracted for e in r["events"] for m in e["magnitudes"])


def test_end_to_end_plain_text_dateline_becomes_publication_date(extracted: list[dict]) -> None:
    txt = [r for r in extracted if r["document"]["published_source"] == "dateline"]
    assert txt and all(r["document"]["published"] for r in txt)
    html = [r for r in extracted if r["document"]["published_source"] == "html-meta"]
    assert html


def test_end_to_end_run_is_idempotent(tmp_path: Path, cache_dir: Path) -> None:
    db = tmp_path / "ew.db"
    runner = CliRunner()
    env = {"EVENTWIRE_CACHE": str(cache_dir)}
    first = runner.invoke(main, ["run", str(SAMPLES), "--db", str(db)], env=env)
    assert first.exit_code == 0, first.output
    from eventwire.store.sqlite import SQLiteStore

    store = SQLiteStore.open(db)
    counts = store.counts()
    store.close()
    assert counts["documents"] >= 12 and counts["events"] > 0
    second = runner.invoke(main, ["run", str(SAMPLES), "--db", str(db)], env=env)
    assert second.exit_code == 0, second.output
    assert "0 new documents" in second.output
    store = SQLiteStore.open(db)
    assert store.counts() == counts
    store.close()
    events = runner.invoke(main, ["events", "--db", str(db), "--format", "json"])
    assert len(json.loads(events.output)) == counts["events"]


def test_end_to_end_jsonl_offsets_index_given_text(tmp_path: Path, cache_dir: Path) -> None:
    text = "  Riot police fired tear gas at striking teachers in Tehran on Monday.\r\n\r\nNo one was hurt. "
    lines = [
        {"id": "a", "text": text, "published": "2023-03-08", "publisher": "Test Wire"},
        {"id": "b", "text": ""},
        {
            "id": "c",
            "text": "Workers at a steel plant in Isfahan went on strike on Sunday.",
            "published": "2023-03-08",
        },
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    out = CliRunner().invoke(
        main, ["extract", str(src), "--format", "jsonl"], env={"EVENTWIRE_CACHE": str(cache_dir)}
    )
    assert out.exit_code == 1  # the empty line is a per-document failure
    records = [json.loads(x) for x in out.stdout.splitlines() if x.strip()]
    assert [r["document"]["external_id"] for r in records] == ["a", "c"]
    assert records[0]["document"]["text"] == text
    _check_offsets(records[0])
    assert "b" in out.stderr
