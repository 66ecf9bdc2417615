"""The document pipeline: parsed text in, evidence-linked event records out.

``Pipeline.load()`` does the I/O (model, gazetteer, actor dictionary);
``process()`` and ``pipe()`` are pure over their inputs.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from .errors import EventwireError, ExtractionError, IngestError, UnsupportedLanguageError
from .extract.claims import find_claims
from .extract.event_filter import filter_events
from .extract.events import find_events
from .extract.events_headline_anchor import anchored_in_body
from .extract.magnitudes import find_magnitudes
from .extract.mentions import Mentions
from .extract.placing import sites_town
from .extract.placing_story import story_town
from .extract.placing_units import unit_places
from .extract.scope_awaited import awaited_execution
from .extract.type_model import retype_events
from .records import Claim, Document, Event, Result, split_inferred
from .resolve.actors import ActorDictionary, find_actors
from .resolve.places import Gazetteer, find_places, load_gazetteer
from .resolve.times import find_times
from .settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Pipeline"]

log = logging.getLogger(__name__)

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Pipeline:
    """A loaded pipeline: spaCy model, gazetteer and actor dictionary, ready to run."""

    nlp: Language
    gazetteer: Gazetteer
    actors: ActorDictionary
    settings: Settings
    timings: dict[str, float] = field(default_factory=dict, compare=False)
    """Seconds spent per stage since load (``nlp``, ``times``, ``actors`` …), for benchmarks."""

    @classmethod
    def load(cls, settings: Settings | None = None) -> Pipeline:
        from .nlp.pipeline import load_nlp

        settings = settings or Settings.from_env()
        pipeline = cls(
            nlp=load_nlp(settings.model),
            gazetteer=load_gazetteer(settings.cache_dir, settings.gazetteer_additions),
            actors=ActorDictionary.load(settings.actor_dictionaries),
            settings=settings,
        )
        pipeline.warm()
        # The model, gazetteer, lexicons and actor dictionary live as long as the process: out of
        # the collector's reach, each full collection no longer walks all of them again.
        gc.freeze()
        return pipeline

    def warm(self) -> None:
        """Read now what the stages read on first use (lexicons, grammars, place names), by running
        one short built-in text through, so that the first document is not charged for it.

        Best effort: a failure here is logged and left for the documents to raise."""
        from .ingest.document import make_document

        self.actors.place_names()
        try:
            self._analyse(make_document(_WARM_TEXT, published="2024-03-04"), self.nlp(_WARM_TEXT))
        except Exception:  # pragma: no cover - the same error comes back on the first document
            log.debug("warm-up failed", exc_info=True)
        self.timings.clear()

    def check(self, document: Document) -> None:
        """Raise the per-document error that stops ``document`` from being processed."""
        if not document.text.strip():
            raise IngestError("document has no text", code="E201")
        if len(document.text) > self.settings.max_chars:
            raise IngestError(
                f"document has {len(document.text):,} characters, more than max_chars "
                f"({self.settings.max_chars:,})",
                code="E202",
            )
        if document.language not in self.settings.languages:
            raise UnsupportedLanguageError(
                f"language {document.language!r} is not supported (supported: "
                f"{', '.join(self.settings.languages)})",
                code="E221",
            )

    def process(self, document: Document) -> Result:
        """Extract everything from one document; raises an :class:`EventwireError` on failure.

        A fault inside the extractors is raised as an :class:`ExtractionError` (E301), as
        :meth:`pipe` yields it, so a caller that goes on after one document's error goes on
        after this one too.
        """
        self.check(document)
        doc = self._timed("nlp", self.nlp, document.text)
        try:
            return self._analyse(document, doc)
        except Exception as exc:
            raise _extraction_failed(document, exc) from exc

    def _timed(self, stage: str, func: Callable[..., _T], *args: object, **kwargs: object) -> _T:
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - start

    def pipe(self, documents: Iterable[Document]) -> Iterator[Result | tuple[Document, Exception]]:
        """Process many documents with one batched spaCy pass.

        Yields a :class:`Result`, or ``(document, error)`` for a document that
        failed: the batch goes on.
        """
        accepted: list[Document] = []
        for document in documents:
            try:
                self.check(document)
            except IngestError as exc:
                yield document, exc
                continue
            accepted.append(document)
            if len(accepted) >= self.settings.batch_size:
                yield from self._run_batch(accepted)
                accepted = []
        if accepted:
            yield from self._run_batch(accepted)

    def _run_batch(self, batch: list[Document]) -> Iterator[Result | tuple[Document, Exception]]:
        texts = [d.text for d in batch]
        docs = self._timed("nlp", lambda: list(self.nlp.pipe(texts, batch_size=self.settings.batch_size)))
        for document, doc in zip(batch, docs, strict=True):
            try:
                yield self._analyse(document, doc)
            except Exception as exc:  # one bad article must not stop the batch
                yield document, _extraction_failed(document, exc)

    def _analyse(self, document: Document, doc: Doc) -> Result:
        try:
            return self._extract(document, doc)
        finally:
            _release(doc)

    def _extract(self, document: Document, doc: Doc) -> Result:
        published = date.fromisoformat(document.published) if document.published else None
        warnings: list[str] = []
        if published is None:
            warnings.append("no publication date: relative dates are left unresolved")
        timed = self._timed
        m = Mentions(document=document, doc=doc, published=published)
        m = _with(m, times=tuple(timed("times", find_times, doc, published=published)))
        m = _with(m, actors=tuple(timed("actors", find_actors, doc, self.actors)))
        m = _with(m, places=tuple(timed("places", find_places, doc, self.gazetteer, actors=m.actors)))
        m = _with(m, magnitudes=tuple(timed("magnitudes", find_magnitudes, doc)))
        m = _with(m, claims=tuple(timed("claims", find_claims, m)))
        events = tuple(timed("events", find_events, m))
        if self.settings.type_model:
            events = timed("type_model", retype_events, events, doc)
        if self.settings.event_filter:
            events = timed("event_filter", filter_events, events, doc, text=document.text)
        events = timed("events", anchored_in_body, events, doc)
        events = timed("events", sites_town, events, doc, m.places, m.actors)
        events = timed("events", story_town, events, doc, m.places, m.actors)
        events = timed("events", unit_places, events, doc, m.places)
        events = timed("events", awaited_execution, events, doc)
        return Result(
            document=document,
            events=tuple(_names_split(e) for e in events),
            claims=tuple(_speaker_split(c) for c in m.claims),
            places=m.places,
            times=m.times,
            warnings=tuple(warnings),
        )


def _names_split(e: Event) -> Event:
    """The event with its actors' inferred names apart from their dictionary aliases."""
    actors = tuple(split_inferred(a) for a in e.actors)
    source = split_inferred(e.source) if e.source is not None else None
    if actors == e.actors and source is e.source:
        return e
    return e.replace(actors=actors, source=source)


def _speaker_split(c: Claim) -> Claim:
    """The claim with its speakers' inferred names apart from their dictionary aliases."""
    speaker, chain = split_inferred(c.speaker), tuple(split_inferred(a) for a in c.chain)
    return c if speaker is c.speaker and chain == c.chain else c.replace(speaker=speaker, chain=chain)


_WARM_TEXT = (
    "Police arrested 12 protesters and killed two in Tehran, Iran, on Monday, a rights group said.\n"
    "Thousands of workers went on strike last week, state media reported."
)


def _extraction_failed(document: Document, exc: Exception) -> EventwireError:
    """The per-document error for a fault inside the extractors (logged with its traceback)."""
    if isinstance(exc, EventwireError):
        return exc
    log.exception("extraction failed on %s", document.id)
    return ExtractionError(f"extraction failed: {type(exc).__name__}: {exc}", code="E301")


def _release(doc: Doc) -> None:
    """Drop the per-Doc caches the stages keep in ``doc.user_data`` (keys ``eventwire.*``).

    They hold the Doc's tokens and spans, which hold the Doc: without this the Doc and all
    of them wait for the cyclic garbage collector instead of going when the batch does.
    """
    stale = [k for k in doc.user_data if isinstance(k, str) and k.startswith("eventwire.")]
    for key in stale:
        del doc.user_data[key]


def _with(m: Mentions, **changes: object) -> Mentions:
    import dataclasses

    return dataclasses.replace(m, **changes)  # type: ignore[arg-type]
