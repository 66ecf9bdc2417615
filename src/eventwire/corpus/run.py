"""Batch runs: sources in, stored results out, with per-document failures recorded."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ..errors import EventwireError, StoreError
from ..ingest.document import Failure
from ..pipeline import Pipeline
from ..records import Document, Result
from ..settings import Settings
from ..store.sqlite import SQLiteStore
from .engine import LocalEngine

__all__ = ["RunSummary", "prepare_workers", "run_documents"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class RunSummary:
    """What a run did: counts, and the failures with their sources."""

    seen: int = 0
    stored: int = 0
    skipped: int = 0
    events: int = 0
    claims: int = 0
    by_type: dict[str, int] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)

    def add(self, result: Result) -> None:
        self.stored += 1
        self.events += len(result.events)
        self.claims += len(result.claims)
        for e in result.events:
            self.by_type[e.type] = self.by_type.get(e.type, 0) + 1


def run_documents(
    items: Iterable[Document | Failure],
    store: SQLiteStore,
    pipeline: Pipeline | Settings,
    *,
    on_result: Callable[[Result], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    processes: int = 1,
) -> RunSummary:
    """Process ``items`` and store each result; documents already stored are skipped before NLP.

    A failing document is recorded (in the summary and the store's ``failures``
    table) and the run goes on. Each result is written in its own transaction,
    so an interrupted run loses nothing it already stored.
    """
    summary = RunSummary()

    def fail(failure: Failure) -> None:
        summary.failures.append(failure)
        store.record_failure(failure.source, failure.code, failure.message)
        if on_failure:
            on_failure(failure)

    def fresh() -> Iterator[Document]:
        seen_ids: set[str] = set()
        for item in items:
            summary.seen += 1
            if isinstance(item, Failure):
                fail(item)
                continue
            if item.id in seen_ids or store.has_document(item.id):
                summary.skipped += 1
                continue
            seen_ids.add(item.id)
            yield item

    engine = LocalEngine(pipeline, processes=processes)
    for out in engine.map(fresh()):
        if isinstance(out, Result):
            try:
                written = store.write(out)
            except StoreError as store_error:
                source = _source_name(out.document)
                fail(Failure(source=source, code=store_error.code, message=store_error.message))
                continue
            if written:
                summary.add(out)
                if on_result:
                    on_result(out)
            else:
                summary.skipped += 1
            continue
        document, exc = out
        code = exc.code if isinstance(exc, EventwireError) else "E300"
        message = exc.message if isinstance(exc, EventwireError) else str(exc)
        fail(Failure(source=_source_name(document), code=code, message=message))
    return summary


def _source_name(document: Document) -> str:
    return document.url or document.external_id or document.title or document.id


def prepare_workers(settings: Settings) -> Settings:
    """Check in this process what worker processes will need, so that they fail here, not there:
    the model is installed [E110] and the gazetteer index is built (once, not by every worker)."""
    from ..nlp.pipeline import check_model
    from ..resolve.gazetteer_build import build_gazetteer

    check_model(settings.model)
    build_gazetteer(settings.cache_dir, settings.gazetteer_additions)
    return settings
