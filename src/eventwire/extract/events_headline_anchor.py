"""A headline's record anchored where the story tells it (the guide's M38).

"Order restored in Ahvaz after rioters attack public property; 41 arrested" over a story that says "41
rioters … had been arrested": no record is anchored in a headline; a headline's event is recorded through
its retelling in the body, one record anchored at the body's mention, the headline a coreferent mention.
When coreference joined a title draft to a mention told below the title, the record's trigger and evidence
move to the first such mention and the headline's words become one of its mentions. A record told only
in the headline is dropped earlier (``events._without_headline_only``); one with no body mention stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import replace
from .events_cues import _paragraphs_before, _span
from .syntax import segment

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .coref import Draft


def anchored_in_body(doc: Doc, drafts: list[Draft], title_end: int) -> list[Draft]:
    """Each title draft with a mention after ``title_end`` re-anchored at the first one, in text order."""
    if title_end <= 0:
        return drafts
    text = doc_text(doc)
    out: list[Draft] = []
    moved = False
    for d in drafts:
        body = sorted((m for m in d.mentions if m.start >= title_end), key=lambda m: m.start)
        if not (d.title and d.trigger.end <= title_end and body):
            out.append(d)
            continue
        new = body[0]
        span = doc.char_span(new.start, new.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            out.append(d)
            continue
        sent = segment(span[0])
        end = sent.end_char
        while end > sent.start_char and text[end - 1].isspace():
            end -= 1
        rest = tuple(m for m in d.mentions if m is not new)
        moved = True
        out.append(
            replace(
                d,
                trigger=new,
                evidence=_span(doc, sent.start_char, end),
                sent_start=sent.start_char,
                mentions=(d.trigger, *rest),
                para=_paragraphs_before(doc, sent.start_char),
            )
        )
    # records stay in text order (ids ev1, ev2 … follow it)
    return sorted(out, key=lambda x: x.trigger.start) if moved else out
