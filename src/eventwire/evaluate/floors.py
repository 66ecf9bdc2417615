"""Quality floors: committed minimums per metric on the gold test half, checked in CI.

Floors only move up: :func:`update_floors` keeps, for every metric, the higher
of the committed floor and the measured value (less a small margin for noise).
The documented command is ``eventwire evaluate gold/test --update-floors gold/floors.json``.
A floor goes down only when named explicitly with ``--allow-regression METRIC``
and a ``--reason``; the floors file keeps a log of every such lowering.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from ..errors import EvaluationError

__all__ = ["EPSILON", "check_floors", "corpus_digest", "load_floors", "update_floors"]

EPSILON = 0.002  # tolerance below a floor before a run fails (float rounding, not real regressions)
MARGIN = 0.01  # a new floor sits this far below the measured value


def corpus_digest(gold_dir: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(gold_dir.glob("*")):
        if path.suffix in {".txt", ".json"}:
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def load_floors(path: Path) -> dict[str, float]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"cannot read floors {path}: {exc}", code="E630") from exc
    return {k: float(v) for k, v in data.get("metrics", {}).items()}


def _log(path: Path) -> list[dict[str, object]]:
    if not path.exists():
        return []
    entries = json.loads(path.read_text(encoding="utf-8")).get("lowered", [])
    return list(entries)


def check_floors(metrics: dict[str, float], floors: dict[str, float]) -> list[str]:
    """One message per metric below its floor (a metric that disappeared counts as 0)."""
    failures = []
    for name, floor in sorted(floors.items()):
        value = metrics.get(name, 0.0)
        if value < floor - EPSILON:
            failures.append(f"{name} = {value:.4f} is below its floor {floor:.4f}")
    return failures


def update_floors(
    path: Path,
    metrics: dict[str, float],
    *,
    corpus: str,
    allow_regression: tuple[str, ...] = (),
    reason: str | None = None,
) -> dict[str, float]:
    """Raise floors to ``metric - MARGIN`` where that is higher. Atomic write.

    A floor is lowered only for a metric named in ``allow_regression``, with a
    ``reason`` that is logged in the file (E631 without one).
    """
    if allow_regression and not reason:
        raise EvaluationError("lowering a floor needs a --reason", code="E631")
    old = load_floors(path) if path.exists() else {}
    log = _log(path)
    new = dict(old)
    for name, value in metrics.items():
        candidate = round(max(0.0, value - MARGIN), 4)
        if candidate > new.get(name, 0.0):
            new[name] = candidate
        elif name in allow_regression and value < new.get(name, 0.0) + EPSILON:
            log.append(
                {"metric": name, "from": new[name], "to": candidate, "corpus": corpus, "reason": reason}
            )
            new[name] = candidate
    payload = {
        "corpus": corpus,
        "note": "floors only move up: eventwire evaluate gold/test --update-floors gold/floors.json",
        "metrics": dict(sorted(new.items())),
        "lowered": log,
    }
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".floors-")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(payload, fh, indent=2, sort_keys=False)
        fh.write("\n")
    Path(tmp).replace(path)
    return new
