"""eventwire: evidence-linked political event data from news articles, offline.

>>> from eventwire import Pipeline, extract_text
>>> result = extract_text("Protesters took to the streets of Tehran on Friday.", published="2023-02-10")
"""

from __future__ import annotations

import logging

from .api import extract_text
from .errors import EventwireError
from .pipeline import Pipeline
from .records import Actor, Claim, Document, Event, InferredName, Magnitude, Place, Result, Span, Time
from .settings import Settings

__all__ = [
    "Actor",
    "Claim",
    "Document",
    "Event",
    "EventwireError",
    "InferredName",
    "Magnitude",
    "Pipeline",
    "Place",
    "Result",
    "Settings",
    "Span",
    "Time",
    "extract_text",
]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
