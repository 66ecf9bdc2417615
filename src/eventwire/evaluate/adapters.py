"""The registry of public data set adapters behind ``eventwire evaluate --dataset NAME PATH``.

Each adapter lives in :mod:`eventwire.evaluate.datasets` and is imported only
when it runs. Data sets are read in place from the path given (``default_path`` is
each set's folder name inside a data root) and never copied into the repository.
"""

from __future__ import annotations

import importlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EvaluationError
from .datasets.base import DatasetReport

if TYPE_CHECKING:
    from ..pipeline import Pipeline

__all__ = ["ADAPTERS", "Adapter", "format_report", "report_dict", "run_adapter"]


@dataclass(frozen=True, slots=True)
class Adapter:
    task: str
    module: str
    function: str
    default_path: str
    needs: str  # what the function takes besides the path: "nlp", "pipeline" or "nlp+gazetteer"


ADAPTERS: dict[str, Adapter] = {
    "lgl": Adapter("places", "geo", "run_lgl", "lgl", "nlp+gazetteer"),
    "geowebnews": Adapter("places", "geo", "run_geowebnews", "geowebnews", "nlp+gazetteer"),
    "tempeval3": Adapter("time", "timex", "run_tempeval", "tempeval3/TBAQ-cleaned", "nlp"),
    "meantime": Adapter("time", "timex", "run_meantime", "meantime_en", "nlp"),
    "polnear": Adapter("attribution", "attribution", "run_polnear", "polnear/dev", "nlp"),
    "india_police_events": Adapter(
        "events", "events", "run_india_police_events", "india_police_events", "pipeline"
    ),
    "glocon_gold_sample": Adapter(
        "events", "events", "run_glocon_gold_sample", "glocon_gold_sample", "pipeline"
    ),
    "wikievents": Adapter("events", "events", "run_wikievents", "wikievents/dev.jsonl", "pipeline"),
}


def run_adapter(name: str, path: Path, pipeline: Pipeline, *, limit: int | None = None) -> DatasetReport:
    if name not in ADAPTERS:
        raise EvaluationError(f"unknown data set {name!r}; known: {', '.join(sorted(ADAPTERS))}", code="E620")
    adapter = ADAPTERS[name]
    if not path.exists():
        raise EvaluationError(f"data set {name!r} not found at {path}: skipped", code="E610")
    module = importlib.import_module(f"eventwire.evaluate.datasets.{adapter.module}")
    func = getattr(module, adapter.function)
    if adapter.needs == "nlp":
        report: DatasetReport = func(path, pipeline.nlp, limit=limit)
    elif adapter.needs == "nlp+gazetteer":
        report = func(path, pipeline.nlp, pipeline.gazetteer, limit=limit)
    else:
        report = func(path, pipeline, limit=limit)
    return report


def report_dict(report: DatasetReport) -> dict[str, Any]:
    return asdict(report)


def format_report(report: DatasetReport) -> str:
    lines = [f"{report.name} ({report.task}), {report.documents} documents"]
    width = max((len(k) for k in report.metrics), default=10)
    for key, value in report.metrics.items():
        base = report.baseline.get(key)
        extra = f"   baseline {base:.3f}" if base is not None else ""
        lines.append(f"  {key:<{width}}  {value:.3f}{extra}")
    if report.notes:
        lines.append(f"  {report.notes}")
    return "\n".join(lines)
