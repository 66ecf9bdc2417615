"""One exception tree for eventwire, with stable codes in every message.

::

    EventwireError
    ├── ConfigError          [E1xx] settings, missing model or data
    ├── IngestError          [E2xx] a source that cannot be read as an article
    │   ├── FetchError       [E21x] a URL that cannot be fetched
    │   └── UnsupportedLanguageError [E22x]
    ├── ExtractionError      [E3xx] the NLP or extraction stage failed on a document
    ├── ResolutionError      [E4xx] gazetteer / actor dictionary / time resolution
    ├── StoreError           [E5xx] the event store
    ├── EvaluationError      [E6xx] gold data and evaluation
    └── ExportError          [E7xx] writing an export (ACLED, PLOVER, GeoJSON, CSV, Parquet)

A document-level error carries the code and a one-line message; batch
commands record it against that document and go on with the rest.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "EvaluationError",
    "EventwireError",
    "ExportError",
    "ExtractionError",
    "FetchError",
    "IngestError",
    "ResolutionError",
    "StoreError",
    "UnsupportedLanguageError",
]


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        if code is not None:
            self.code = code
        self.message = message
        super().__init__(f"[{self.code}] {message}")

    def to_dict(self) -> dict[str, str]:
        """The one error shape of the CLI's JSON output and the API."""
        return {"code": self.code, "error": type(self).__name__, "message": self.message}


class ConfigError(EventwireError):
    code = "E100"


class IngestError(EventwireError):
    code = "E200"


class FetchError(IngestError):
    code = "E210"


class UnsupportedLanguageError(IngestError):
    code = "E220"


class ExtractionError(EventwireError):
    code = "E300"


class ResolutionError(EventwireError):
    code = "E400"


class StoreError(EventwireError):
    code = "E500"


class EvaluationError(EventwireError):
    code = "E600"


class ExportError(EventwireError):
    code = "E700"
