"""A headline's record anchored where the story tells it (the guide's M38).

"Order restored in Ahvaz after rioters attack public property; 41 arrested" over a story that says "41
rioters … had been arrested": no record is anchored in a headline; a headline's event is recorded through
its retelling in the body, one record anchored at the body's mention, the headline a coreferent mention.
When a final event's trigger lies in the article's title block and one of its mentions lies below it, the
trigger and evidence move to the first such mention and the headline's words become one of its mentions.
It runs on the final events, after the learned filter, so it changes no record's presence, only where a
kept record is anchored. A record told only in the headline is dropped earlier
(``events._without_headline_only``); one with no mention below the title stays as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Span, replace
from .events import _title_end
from .syntax import segment

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc

    from ..records import Event


def anchored_in_body(events: Iterable[Event], doc: Doc) -> tuple[Event, ...]:
    """Each event triggered in the title block with a mention below it, re-anchored at the first such
    mention (ids and order unchanged)."""
    kept = tuple(events)
    end = _title_end(doc)
    text = doc_text(doc)
    if end <= 0 or end >= len(text):
        return kept
    return tuple(_moved(e, doc, text, end) for e in kept)


def _moved(e: Event, doc: Doc, text: str, title_end: int) -> Event:
    body = sorted((m for m in e.mentions if m.start >= title_end), key=lambda m: m.start)
    if e.trigger.end > title_end or not body:
        return e
    new = body[0]
    span = doc.char_span(new.start, new.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return e
    sent = segment(span[0])
    stop = sent.end_char
    while stop > sent.start_char and text[stop - 1].isspace():
        stop -= 1
    rest = (m for m in e.mentions if m is not new)
    return replace(
        e,
        trigger=new,
        evidence=Span(text=text[sent.start_char : stop], start=sent.start_char, end=stop),
        mentions=tuple(sorted((e.trigger, *rest), key=lambda m: m.start)),
    )
