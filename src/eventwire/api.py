"""Small conveniences over :class:`~eventwire.pipeline.Pipeline` for library users."""

from __future__ import annotations

from .ingest.document import make_document
from .pipeline import Pipeline
from .records import Result

__all__ = ["extract_text"]


def extract_text(
    text: str,
    *,
    published: str | None = None,
    pipeline: Pipeline | None = None,
    url: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
) -> Result:
    """Run the whole pipeline on one plain text (loads a pipeline when none is given)."""
    pipeline = pipeline or Pipeline.load()
    document = make_document(
        text,
        url=url,
        title=title,
        publisher=publisher,
        published=published,
        published_source="user" if published else "none",
    )
    return pipeline.process(document)
