"""Where the lead's act told over a count of towns was: the towns the next paragraph tells it in.

Split from :mod:`.placing`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, prose_paragraph
from ..records import Place
from .binding_magnitudes import in_clause, token_at
from .placing_site_nouns import _is_site

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["counted_towns"]


# A count of towns the act spread over ("in at least nine Iranian cities", "to at least six townships
# in Gauteng province", "in more than 120 towns and cities"): the towns are told one by one after it.
_TOWN_COUNT = re.compile(
    r"\b(?:in|to|across|throughout)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+"
    r"|almost\s+|dozens\s+of\s+|a\s+dozen\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|a\s+dozen|dozens\s+of|several|many)\s+(?:of\s+the\s+country['’]s\s+\d+\s+)?(?:other\s+|more\s+)?"
    r"(?:[A-Z][\w-]+\s+)?(?P<kind>towns|cities|townships|provinces|districts|villages)\b"
)


def counted_towns(head: Token, sent: Span, bound: Sequence[Place], own: Iterable[Place]) -> list[Place]:
    """The towns of the next paragraph, for an act of the lead paragraph told over a count of towns
    and naming no town of its own ("Pensioners staged sit-ins in at least nine Iranian cities …" and
    then "In Isfahan, … Similar gatherings took place in Ahvaz, Kermanshah and Tabriz"): the lead's
    aggregate is where the story goes on to tell it. ``own`` (which may be a generator) is read
    only for such an act."""
    if any(
        p.precision in ("point", "city", "admin2")
        or _is_site(p)
        or (p.precision is None and p.feature == "city")
        for p in bound
    ):
        return []
    doc = head.doc
    text = doc_text(doc)
    m = next(
        (
            m
            for m in _TOWN_COUNT.finditer(text, sent.start_char, sent.end_char)
            if (tok := token_at(doc, m.start("kind"))) is not None and in_clause(tok, head)
        ),
        None,
    )
    if m is None:
        return []
    para = text.rfind("\n", 0, sent.start_char) + 1
    if _lead_paragraph(text) != para:
        return []
    nxt = text.find("\n", para)  # the lead paragraph's end (a sentence's span runs over the break)
    if nxt < 0:
        return []
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    end = text.find("\n", nxt)
    end = len(text) if end < 0 else end
    countries = {p.country for p in bound if p.country}
    towns = [
        p
        for p in own
        if nxt <= p.start_char < end
        and (p.precision in ("city", "admin2") or (p.precision is None and p.feature == "city"))
        and (not countries or p.country in countries)
    ]
    return distinct_names(towns)


def distinct_names(places: Sequence[Place]) -> list[Place]:
    """The places in order, each name once (the first of its mentions kept)."""
    seen: set[str] = set()
    out = []
    for p in places:
        key = (p.name or p.text).lower()
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _lead_paragraph(text: str) -> int:
    """Where the story's lead paragraph starts: the first of 80 characters or more that ends a
    sentence (as :func:`lead_places` reads it)."""
    pos = 0
    for para in text.split("\n"):
        if prose_paragraph(para):
            return pos
        pos += len(para) + 1
    return -1
