"""The shape every dataset adapter returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ...errors import EvaluationError

__all__ = ["DatasetReport", "require_dir"]


@dataclass(frozen=True, slots=True)
class DatasetReport:
    """Scores of one adapter run: ``metrics`` maps a metric name to a value in [0, 1] (or a rate)."""

    name: str
    task: str
    metrics: dict[str, float]
    documents: int
    notes: str = ""
    baseline: dict[str, float] = field(default_factory=dict)


def require_dir(path: Path, name: str) -> Path:
    """``path`` if it exists, else an EvaluationError [E610] that says the data set is absent."""
    if not path.exists():
        raise EvaluationError(f"data set {name!r} not found at {path}: skipped", code="E610")
    return path
