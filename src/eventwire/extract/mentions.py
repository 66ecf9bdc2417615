"""What the extraction stage sees of one document: the parsed Doc and the mentions found so far.

The pipeline fills a :class:`Mentions` stage by stage (times, actors, places,
magnitudes, claims) and hands it to the event extractor, which binds them to
events. Extractors never do I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..records import Actor, Claim, Document, Magnitude, Place, Time

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Mentions"]


@dataclass(frozen=True, slots=True)
class Mentions:
    document: Document
    doc: Doc
    published: date | None
    times: tuple[Time, ...] = ()
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    magnitudes: tuple[Magnitude, ...] = ()
    claims: tuple[Claim, ...] = ()
