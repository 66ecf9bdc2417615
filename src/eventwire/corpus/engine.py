"""Engines: where the pipeline runs. ``LocalEngine`` uses this process or a pool of processes.

Workers only compute; results come back to the calling process, which is the
single writer of the store. Order of results follows the input order.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from multiprocessing.pool import AsyncResult
from typing import TYPE_CHECKING, Protocol

from ..errors import EventwireError, ExtractionError
from ..records import Document, Result
from ..settings import Settings

if TYPE_CHECKING:
    from ..pipeline import Pipeline

__all__ = ["Engine", "LocalEngine", "Outcome"]

Outcome = Result | tuple[Document, Exception]


class Engine(Protocol):
    def map(self, documents: Iterable[Document]) -> Iterator[Outcome]: ...


_WORKER: Pipeline | None = None


def _init_worker(settings: Settings) -> None:
    global _WORKER
    from ..pipeline import Pipeline

    _WORKER = Pipeline.load(settings)


def _work(batch: list[Document]) -> list[Result | tuple[Document, str, str]]:
    assert _WORKER is not None
    out: list[Result | tuple[Document, str, str]] = []
    for item in _WORKER.pipe(batch):
        if isinstance(item, Result):
            out.append(item)
        else:
            document, exc = item
            code = exc.code if isinstance(exc, EventwireError) else "E300"
            message = exc.message if isinstance(exc, EventwireError) else str(exc)
            out.append((document, code, message))
    return out


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while batch := list(islice(it, size)):
        yield batch


@dataclass(frozen=True, slots=True)
class LocalEngine:
    """Run in-process (``processes=1``) or in a pool of worker processes.

    ``pipeline`` is a loaded :class:`Pipeline`, or only its :class:`Settings`: then a
    pool's parent never loads the model (each worker does), and an in-process run loads
    it on first use.
    """

    pipeline: Pipeline | Settings
    processes: int = 1

    def map(self, documents: Iterable[Document]) -> Iterator[Outcome]:
        from ..pipeline import Pipeline

        if self.processes <= 1:
            loaded = self.pipeline if isinstance(self.pipeline, Pipeline) else Pipeline.load(self.pipeline)
            yield from loaded.pipe(documents)
            return
        settings = self.pipeline.settings if isinstance(self.pipeline, Pipeline) else self.pipeline
        size = settings.batch_size
        ctx = mp.get_context("spawn")
        with ctx.Pool(self.processes, initializer=_init_worker, initargs=(settings,)) as pool:
            # Batches are drawn in this thread (the input may read the store), a few in flight at a time.
            pending: deque[AsyncResult[list[Result | tuple[Document, str, str]]]] = deque()
            for batch in _batches(documents, size):
                pending.append(pool.apply_async(_work, (batch,)))
                if len(pending) >= 2 * self.processes:
                    yield from _unpack(pending.popleft().get())
            while pending:
                yield from _unpack(pending.popleft().get())


def _unpack(chunk: list[Result | tuple[Document, str, str]]) -> Iterator[Outcome]:
    for item in chunk:
        if isinstance(item, Result):
            yield item
        else:
            document, code, message = item
            yield document, ExtractionError(message, code=code)
