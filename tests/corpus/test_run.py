"""Batch runs: bad input fails per document, the rest goes on, nothing is lost or duplicated."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.corpus.run import prepare_workers, run_documents
from eventwire.ingest.sources import iter_documents
from eventwire.pipeline import Pipeline
from eventwire.store.sqlite import SQLiteStore

pytestmark = pytest.mark.slow

GOOD = (
    "Monday, March 6, 2023\n\n"
    "Riot police fired tear gas at hundreds of striking teachers in Tehran on Sunday, witnesses said. "
    "The teachers' union said 14 of its members were arrested."
)
OTHER = (
    "Tuesday, March 7, 2023\n\n"
    "Workers at a steel plant in Isfahan went on strike on Monday over unpaid wages, a labour group said."
)
FRENCH = (
    "Des milliers de personnes ont manifesté samedi à Paris contre la réforme des retraites, "
    "selon les syndicats, qui dénoncent une décision injuste et appellent à une nouvelle journée de grève."
)


def _folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "01-good.txt").write_text(GOOD, encoding="utf-8")
    (src / "02-empty.txt").write_text("", encoding="utf-8")
    (src / "03-binary.txt").write_bytes(bytes(range(256)) * 20)
    (src / "04-french.txt").write_text(FRENCH, encoding="utf-8")
    (src / "05-broken.html").write_text("<html><body><div><p>", encoding="utf-8")
    return src


def test_run_bad_inputs_fail_alone_and_rerun_adds_nothing(tmp_path: Path, pipeline: Pipeline) -> None:
    src = _folder(tmp_path)
    store = SQLiteStore.open(tmp_path / "ew.db")
    summary = run_documents(iter_documents([str(src)]), store, pipeline)
    assert summary.stored == 1
    codes = sorted(f.code for f in summary.failures)
    assert len(codes) == 4
    assert "E221" in codes  # French: unsupported language, a per-document error
    assert "E201" in codes  # empty
    assert "E203" in codes  # binary
    first = store.counts()
    assert first["documents"] == 1 and first["events"] > 0

    # a second run over the same folder plus one new article keeps what was stored and adds only the new one
    (src / "06-other.txt").write_text(OTHER, encoding="utf-8")
    again = run_documents(iter_documents([str(src)]), store, pipeline)
    assert again.stored == 1 and again.skipped == 1
    counts = store.counts()
    assert counts["documents"] == 2
    assert counts["events"] > first["events"]
    assert counts["failures"] == 4
    store.close()


def test_run_two_processes_store_the_same_records(tmp_path: Path, pipeline: Pipeline) -> None:
    src = _folder(tmp_path)
    (src / "06-other.txt").write_text(OTHER, encoding="utf-8")
    stores = []
    for processes in (1, 2):
        store = SQLiteStore.open(tmp_path / f"ew{processes}.db")
        # with a pool, the parent hands over only the settings (it never loads the model itself)
        given = pipeline if processes == 1 else prepare_workers(pipeline.settings)
        summary = run_documents(iter_documents([str(src)]), store, given, processes=processes)
        assert summary.stored == 2 and len(summary.failures) == 4
        stores.append([(r["id"], r["record"]) for r in store.events()])
        store.close()
    assert stores[0] == stores[1]


def test_pool_parent_checks_the_model_before_starting_workers(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    res = CliRunner().invoke(
        main,
        [
            "run",
            str(tmp_path / "a.txt"),
            "--db",
            str(tmp_path / "ew.db"),
            "--processes",
            "2",
            "--model",
            "no_such_model",
        ],
    )
    assert res.exit_code != 0
    assert "E110" in res.output
