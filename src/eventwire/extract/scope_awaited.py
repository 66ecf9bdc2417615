"""M66: counted or named people said to face execution, with no session stated, are one ``single`` record.

"At least 15 other men sentenced in protest cases are at imminent risk of execution" tells one group's
awaited execution (docs/gold-format.md, M66): ``single``, however many they are. The scope cues of
:mod:`.events` still read such a count as ``aggregate`` (:func:`.scope_people.many_at_risk`), and the
shipped learned models (the type model, the event filter) were fitted on records so written; so the
line is applied to the finished records, after coreference and the event filter, and changes nothing
but the record's scope. A forecast over a stated stretch ("dozens more will be put to death in the
coming weeks") has a time and is left ``aggregate``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .scope_people import many_at_risk
from .scope_wording import FUTURE_STATUSES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Event

__all__ = ["awaited_execution"]


def awaited_execution(events: Sequence[Event], doc: Doc) -> tuple[Event, ...]:
    """``events`` with each awaited execution of counted people at risk, told with no time, ``single``."""
    out = []
    for e in events:
        if (
            e.type == "execution"
            and e.scope == "aggregate"
            and e.status in FUTURE_STATUSES  # an execution not yet carried out
            and e.time is None
            and (head := _trigger_head(doc, e)) is not None
            and many_at_risk(head, e.magnitudes, e.type)
        ):
            e = e.replace(scope="single")
        out.append(e)
    return tuple(out)


def _trigger_head(doc: Doc, e: Event) -> Token | None:
    """The trigger's syntactic head: its token whose head lies outside it ("put" of "put to death")."""
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None
