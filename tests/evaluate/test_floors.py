from __future__ import annotations

import json
from pathlib import Path

from eventwire.evaluate.floors import check_floors, load_floors, update_floors


def test_floors_only_move_up(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    update_floors(path, {"event_f1": 0.9, "status_accuracy": 0.8}, corpus="c")
    assert load_floors(path) == {"event_f1": 0.89, "status_accuracy": 0.79}
    update_floors(path, {"event_f1": 0.5, "status_accuracy": 0.95}, corpus="c")
    assert load_floors(path) == {"event_f1": 0.89, "status_accuracy": 0.94}
    assert json.loads(path.read_text())["corpus"] == "c"


def test_floors_check_reports_each_regression() -> None:
    floors = {"event_f1": 0.9, "claim_recall": 0.5}
    assert check_floors({"event_f1": 0.95, "claim_recall": 0.5}, floors) == []
    failures = check_floors({"event_f1": 0.8}, floors)
    assert len(failures) == 2
    assert "event_f1" in failures[1] or "event_f1" in failures[0]


def test_floors_lowering_needs_a_named_metric_and_a_reason(tmp_path: Path) -> None:
    import pytest

    from eventwire.errors import EvaluationError

    path = tmp_path / "floors.json"
    update_floors(path, {"event_f1": 0.9, "type_accuracy": 0.9}, corpus="c")
    with pytest.raises(EvaluationError, match=r"\[E631\]"):
        update_floors(path, {"type_accuracy": 0.8}, corpus="c", allow_regression=("type_accuracy",))
    update_floors(
        path,
        {"event_f1": 0.5, "type_accuracy": 0.8},
        corpus="c2",
        allow_regression=("type_accuracy",),
        reason="convention change",
    )
    floors = load_floors(path)
    assert floors == {"event_f1": 0.89, "type_accuracy": 0.79}  # only the named metric went down
    log = json.loads(path.read_text())["lowered"]
    assert log == [
        {"metric": "type_accuracy", "from": 0.89, "to": 0.79, "corpus": "c2", "reason": "convention change"}
    ]
