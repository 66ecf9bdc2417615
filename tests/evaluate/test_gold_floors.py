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
def report(pipeline: Pipeline) -> GoldReport:
    return evaluate_gold(REPO / "gold" / "test", pipeline)


def test_gold_test_half_holds_its_floors(report: GoldReport) -> None:
    floors = load_floors(REPO / "gold" / "floors.json")
    assert floors, "gold/floors.json has no metrics"
    assert report.failed == 0
    assert check_floors(report.metrics(), floors) == []
