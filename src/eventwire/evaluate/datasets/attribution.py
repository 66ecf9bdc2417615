"""PolNeAR (political news attribution relations): source, cue and content span scores.

PolNeAR is read in place: ``text/<name>.txt`` and BRAT standoff
``attributions/<name>_<annotator>.ann`` (character offsets, end exclusive,
discontinuous spans joined by ``;``). Articles with several annotators are
scored against the first annotator's file (sorted by name).

Scores, each as precision/recall/F1 over the distinct spans of a document,
micro-averaged over documents:

- ``*_exact``: the predicted span equals the gold span after normalisation;
- ``*_overlap``: the spans share at least one character.

Normalisation accounts for conventions that differ on purpose: PolNeAR's
content keeps the complementiser and the quotation marks ("that …",
"“…”"), eventwire's does not, so both sides drop a leading "that", quotation
marks and edge punctuation before the exact comparison. PolNeAR's source keeps
a relative clause after the name ("Joseph, who has four children,"),
eventwire's speaker stops before it: sources are compared up to ", who / which"
and without a possessive "'s" ("Trump's claim that …"). A discontinuous gold
span is compared by its envelope (first to last character); so are the
contents of eventwire claims that share one cue (a quotation split by "he
said", or continued in the next sentence, is one PolNeAR relation). The
outer speakers of a nested claim (``Claim.chain``) count as predicted sources:
PolNeAR gives the outer attribution its own relation.

The baseline marks every "said / says / say / told / according to" as a cue.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ...errors import EvaluationError
from ...extract.claims import find_claims
from ...extract.mentions import Mentions
from ...ingest.document import make_document
from ...records import Claim
from .base import DatasetReport, require_dir

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["GoldAttribution", "read_polnear_ann", "run_polnear", "score_spans"]

log = logging.getLogger(__name__)

_FIELDS = ("source", "cue", "content")
_EDGE = " \t\n\"'“”‘’`.,;:!?—–-()"
_BASELINE_CUE = re.compile(r"\b(?:said|says|say|told|according to)\b", re.IGNORECASE)

Spans = set[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One attribution relation; ``source`` is None for an attribution without a source."""

    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: tuple[int, int] | None


def read_polnear_ann(text: str) -> list[GoldAttribution]:
    """The attribution relations of one ``.ann`` file (spans as envelopes)."""
    spans: dict[str, tuple[str, tuple[int, int]]] = {}
    events: list[dict[str, str]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            numbers = [int(n) for n in re.findall(r"\d+", offsets)]
            if numbers:
                spans[parts[0]] = (label, (min(numbers), max(numbers)))
        elif line.startswith("E") and len(parts) >= 2:
            args = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                args[role] = ref
            events.append(args)
    out: list[GoldAttribution] = []
    for args in events:
        cue = args.get("Cue")
        if cue is None or cue not in spans:
            continue
        source = args.get("Source")
        content = args.get("Content")
        out.append(
            GoldAttribution(
                source=spans[source][1] if source in spans else None,
                cue=spans[cue][1],
                content=spans[content][1] if content in spans else None,
            )
        )
    return out


# a non-restrictive relative clause after a source ("Joseph, who has four children,"): PolNeAR keeps
# it in the source, eventwire's speaker phrase stops before it
_SOURCE_RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\b")


def _normalise_source(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A source span cut before a non-restrictive relative clause, then normalised."""
    m = _SOURCE_RELATIVE.search(text, span[0], span[1])
    start, end = _normalise(text, (span[0], m.start()) if m is not None and m.start() > span[0] else span)
    if text[max(end - 2, start) : end] in {"'s", "’s"}:
        end -= 2  # the possessor of "X's claim that": PolNeAR keeps the "'s", eventwire does not
    return start, end


def _normalise(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    if text[start : start + 5].lower() == "that ":
        start += 5
    while start < end and text[start] in _EDGE:
        start += 1
    return start, end


@dataclass(slots=True)
class _Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def f1(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_spans(
    gold: Spans,
    pred: Spans,
    *,
    exact: bool,
    text: str,
    counts: _Counts | None = None,
    source: bool = False,
) -> _Counts:
    """Add one document's matches to ``counts``: each gold and each predicted span matches once.

    ``source``: the spans are sources, compared without a relative clause after the name."""
    counts = counts or _Counts()
    if exact:
        norm = _normalise_source if source else _normalise
        g = {norm(text, s) for s in gold}
        p = {norm(text, s) for s in pred}
        counts.tp += len(g & p)
        counts.gold += len(g)
        counts.pred += len(p)
        return counts
    free = sorted(gold)
    for s in sorted(pred):
        hit = next((x for x in free if x[0] < s[1] and s[0] < x[1]), None)
        if hit is not None:
            free.remove(hit)
            counts.tp += 1
    counts.gold += len(gold)
    counts.pred += len(pred)
    return counts


def _documents(path: Path) -> Iterable[tuple[str, Path, Path]]:
    text_dir = path / "text"
    ann_dir = path / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise EvaluationError(f"{path} has no text/ and attributions/ folders (PolNeAR layout)", code="E611")
    anns = sorted(ann_dir.glob("*.ann"))
    for txt in sorted(text_dir.glob("*.txt")):
        mine = [a for a in anns if a.stem.rsplit("_", 1)[0] == txt.stem]
        if mine:
            yield txt.stem, txt, mine[0]


def _content_by_cue(claims: list[Claim]) -> dict[tuple[int, int], tuple[int, int]]:
    """One content per cue: the envelope of the claims that share it (a split or continued quotation)."""
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for c in claims:
        key = (c.cue.start, c.cue.end)
        lo, hi = out.get(key, (c.content.start, c.content.end))
        out[key] = (min(lo, c.content.start), max(hi, c.content.end))
    return out


def _sources(claims: list[Claim]) -> Spans:
    """Every speaker as written, and the outer speakers of nested claims ("according to X, Y
    said": PolNeAR annotates X's attribution too; eventwire keeps X in ``Claim.chain``)."""
    out: Spans = set()
    for c in claims:
        for a in (c.speaker, *c.chain):
            if a.start_char is not None and a.end_char is not None:
                out.add((a.start_char, a.end_char))
    return out


def run_polnear(path: Path, nlp: Language, *, limit: int | None = None) -> DatasetReport:
    """Score claim extraction on PolNeAR (``path`` = a split folder such as ``polnear/dev``)."""
    require_dir(path, "polnear")
    counts = {(f, kind): _Counts() for f in _FIELDS for kind in ("exact", "overlap")}
    base = _Counts()
    documents = 0
    for _name, txt, ann in _documents(path):
        if limit is not None and documents >= limit:
            break
        text = txt.read_text(encoding="utf-8")
        relations = read_polnear_ann(ann.read_text(encoding="utf-8"))
        doc = nlp(text)
        mentions = Mentions(document=make_document(text, normalize=False), doc=doc, published=None)
        claims = find_claims(mentions)
        gold: dict[str, Spans] = {
            "source": {r.source for r in relations if r.source is not None},
            "cue": {r.cue for r in relations},
            "content": {r.content for r in relations if r.content is not None},
        }
        pred: dict[str, Spans] = {
            "source": _sources(claims),
            "cue": {(c.cue.start, c.cue.end) for c in claims},
            "content": set(_content_by_cue(claims).values()),
        }
        for f in _FIELDS:
            score_spans(
                gold[f], pred[f], exact=True, text=text, counts=counts[(f, "exact")], source=f == "source"
            )
            score_spans(gold[f], pred[f], exact=False, text=text, counts=counts[(f, "overlap")])
        baseline_cues = {(m.start(), m.end()) for m in _BASELINE_CUE.finditer(text)}
        score_spans(gold["cue"], baseline_cues, exact=False, text=text, counts=base)
        documents += 1
    metrics: dict[str, float] = {}
    for f in _FIELDS:
        for kind in ("exact", "overlap"):
            p, r, f1 = counts[(f, kind)].f1()
            metrics[f"{f}_{kind}_precision"] = round(p, 4)
            metrics[f"{f}_{kind}_recall"] = round(r, 4)
            metrics[f"{f}_{kind}_f1"] = round(f1, 4)
    bp, br, bf = base.f1()
    baseline = {"cue_overlap_precision": bp, "cue_overlap_recall": br, "cue_overlap_f1": bf}
    baseline = {k: round(v, 4) for k, v in baseline.items()}
    return DatasetReport(
        name="polnear",
        task="attribution",
        metrics=metrics,
        documents=documents,
        notes=(
            "first annotator per article; exact = after dropping 'that', quotation marks, edge punctuation"
            " (sources: and a relative clause after the name)"
        ),
        baseline=baseline,
    )
