"""The CI quality gate: the pipeline on the held-out gold half must hold every committed floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate.floors import check_floors, load_floors
from eventwire.evaluate.gold import evaluate_gold
from eventwire.evaluate.scoring import GoldReport
from eventwire.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def measured(pipeline: Pipeline) -> tuple[int, dict[str, float]]:
    """The failed-document count and the metrics, nothing else: a failing assertion prints its
    arguments, and the report's per-document misses of a held-out set must never be printed."""
    report: GoldReport = evaluate_gold(REPO / "gold" / "test", pipeline)
    return report.failed, dict(report.metrics())


def test_gold_test_half_holds_its_floors(measured: tuple[int, dict[str, float]]) -> None:
    failed, metrics = measured
    floors = load_floors(REPO / "gold" / "floors.json")
    assert floors, "gold/floors.json has no metrics"
    assert failed == 0
    assert check_floors(metrics, floors) == []
