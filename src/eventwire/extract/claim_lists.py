"""Claims over a bulleted list: the press-release form of a call or a statement.

Two layouts, both common in statements of rights groups and parties:

- a cue line ending in a colon, its points below ("X calls on the government to:" / "- release
  everyone detained;" / "- open an inquiry."): one claim of the cue line's subject whose content
  runs over the points;
- a speaker line ending in a colon, each point opening with a verb of its own ("The Secretariat:" /
  "- condemns the arrests;" / "- calls on activists to a rally on Friday."): one claim per point.

The parser reads each line as a sentence of its own, so the frames of :mod:`.frames` see neither the
cue of the points (first layout) nor the speaker of their verbs (second layout).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .frame_base import Frame
from .speaker_phrases import speaker_phrase
from .syntax import kids, tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .cues import CueLexicon
    from .frames import FrameFinder

__all__ = ["list_frames"]

# a point of a list: "- …", "• …", "* …", "1. …", "a) …" at the start of a line
_POINT = re.compile(r"[ \t]*(?:[-–—•*·]|\d{1,2}[.)]|[a-z][)])[ \t]+(?=\S)")
# a line that ends in a colon and opens a list on the next line
_OPENER = re.compile(r":[ \t]*\n(?=[ \t]*(?:[-–—•*·]|\d{1,2}[.)]|[a-z][)])[ \t]+\S)")


def list_frames(finder: FrameFinder, drafts: list[Frame]) -> list[Frame]:
    """Frames of the bulleted lists of the document that no other frame already speaks for."""
    text = finder.text
    taken = [d.cue for d in drafts] + [d.content for d in drafts]
    toks = tokens(finder.doc)
    out: list[Frame] = []
    for m in _OPENER.finditer(text):
        points = _points(text, m.end())
        if not points:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line = [t for t in toks if line_start <= t.idx < m.start() and not t.is_space]
        if not line:
            continue
        for frame in _cue_line(line, points, finder.lex) or _speaker_line(
            line, points, toks, text, finder.lex
        ):
            if not any(a < frame.cue[1] and frame.cue[0] < b for a, b in taken) and not any(
                a <= frame.content[0] and frame.content[1] <= b for a, b in taken
            ):
                out.append(frame)
    return out


def _points(text: str, pos: int) -> list[tuple[int, int]]:
    """The character spans of the points that start at ``pos``, without marks and closing punctuation."""
    found: list[tuple[int, int]] = []
    while pos < len(text):
        m = _POINT.match(text, pos)
        if m is None:
            break
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        stop = end
        while stop > m.end() and text[stop - 1] in " \t;.,":
            stop -= 1
        if stop > m.end():
            found.append((m.end(), stop))
        pos = end + 1
    return found


def _cue_of(verb: Token) -> tuple[int, int]:
    """ "calls on", "calls for", "urges": the verb with the preposition that belongs to its cue."""
    end = verb.idx + len(verb.text)
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.head == verb and nxt.lower_ in ("on", "upon", "for"):
        end = nxt.idx + len(nxt.text)
    return (verb.idx, end)


def _cue_line(line: list[Token], points: list[tuple[int, int]], lex: CueLexicon) -> list[Frame]:
    """ "X calls on the government to:" above its points: X's claim over all of them."""
    verb = next(
        (
            t
            for t in line
            if t.pos_ in ("VERB", "AUX")
            and t.lemma_.lower() in lex.speech_verbs
            and t.lemma_.lower() not in lex.belief_verbs
            and not any(c.dep_ == "neg" for c in kids(t))
        ),
        None,
    )
    if verb is None:
        return []
    subject = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subject is None or (subject.pos_ == "PRON" and subject.lower_ not in ("we", "it", "they")):
        return []
    content = (points[0][0], points[-1][1])
    return [
        Frame(cue=_cue_of(verb), content=content, quote=False, speaker=speaker_phrase(subject), verb=verb)
    ]


def _speaker_line(
    line: list[Token], points: list[tuple[int, int]], toks: list[Token], text: str, lex: CueLexicon
) -> list[Frame]:
    """ "The Executive Secretariat:" above points that open with a verb: a claim per point."""
    if any(t.pos_ in ("VERB", "AUX") for t in line):
        return []
    head = next((t for t in line if t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        return []
    out: list[Frame] = []
    for start, end in points:
        verb = next((t for t in toks if t.idx >= start and not t.is_space and not t.is_punct), None)
        if (
            verb is None
            or verb.idx >= end
            or verb.tag_ != "VBZ"
            or verb.lemma_.lower() not in lex.speech_verbs
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb))
        ):
            continue
        cue = _cue_of(verb)
        rest = cue[1]
        while rest < end and text[rest] == " ":
            rest += 1
        if end - rest < 3:
            continue
        out.append(Frame(cue=cue, content=(rest, end), quote=False, speaker=speaker_phrase(head), verb=verb))
    return out
