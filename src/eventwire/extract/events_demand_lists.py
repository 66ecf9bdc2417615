"""A list of demands: the items under a line that urges, calls on or demands ("The group urges the
authorities to:", "We call on:", "The coalition demands:") ask for acts of others ("- release all students
detained", "- investigate every allegation of torture", "- halt all executions"); the acts they name are
mentions of acts the text tells elsewhere or kinds of acts, not reports of their own (K1's mention, the
generic-mention lines), and no act of the nine types is called for (N1) by asking that one end, stop or
be looked into."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from .triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc

# a list item: a dash, an en or em dash or a bullet opening the line
_ITEM = re.compile(r"[ \t]*[-\u2013\u2014\u2022*][ \t]+\S")
# the line that opens a list of demands: a verb of asking and a colon closing the line
_ASKS = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon)|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|"
    r"appeal(?:s|ed|ing)?\s+to|recommend(?:s|ed|ing)?|press(?:es|ed|ing)?|request(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
# how many list items above an item are walked back to the line that opens the list
_MAX_ITEMS = 12


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def in_demand_list(doc: Doc, trig: Trigger) -> bool:
    """The trigger sits in an item of a list of demands ("urges the authorities to:" over "- release all
    students detained for exercising their right to assemble;"), not at the item's own first word (an
    item that is itself a call to act, "- strike on Monday", is left to the call rules)."""
    text = doc_text(doc)
    start, end = _line(text, trig.start_char)
    if not _ITEM.match(text, start, end):
        return False
    if not text[start : trig.start_char].strip(" \t-\u2013\u2014\u2022*"):
        return False  # the item's first word
    for _ in range(_MAX_ITEMS + 1):
        if start == 0:
            return False
        start, end = _line(text, start - 1)
        line = text[start:end].strip()
        if not line:
            continue  # a blank line between the items or under the opening line
        if _ITEM.match(text, start, end):
            continue  # an item before this one
        return line.endswith(":") and _ASKS.search(line) is not None
    return False
