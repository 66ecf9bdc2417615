"""The accuracy report's coverage section (scripts/accuracy_report.py): issue 8's share of actor mentions
the dictionary resolves, per corpus."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

from tests.scripts.loader import load_script

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def report() -> ModuleType:
    return load_script("accuracy_report")


def test_coverage_rows_count_documents_and_resolved_mentions(
    report: ModuleType, pipeline: Pipeline, tmp_path: Path
) -> None:
    text = tmp_path / "polnear" / "dev" / "text"
    text.mkdir(parents=True)
    (text / "a.txt").write_text(
        "Amnesty International said police arrested 40 protesters in Tehran on Friday.", encoding="utf-8"
    )
    lines = report._coverage(pipeline, [], tmp_path)
    assert "## Actor dictionary coverage" in lines
    own = next(line for line in lines if line.startswith("| own gold texts"))
    assert "skipped: no texts" in own  # no set named: nothing read
    row = next(line for line in lines if line.startswith("| polnear dev")).split("|")
    documents, mentions, with_id = int(row[2]), int(row[3]), float(row[4])
    assert documents == 1 and mentions >= 2  # Amnesty International, police, protesters
    assert 0.0 < with_id <= 1.0


def test_a_missing_corpus_is_skipped_not_an_error(
    report: ModuleType, pipeline: Pipeline, tmp_path: Path
) -> None:
    lines = report._coverage(pipeline, [], tmp_path)
    assert sum("skipped: no texts" in line for line in lines) == 2
