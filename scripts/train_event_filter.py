"""Train the learned event filter on the open gold sets, measure it leaving one author set out, write it.

    EVENTWIRE_CACHE=/tmp/ewcache .venv/bin/python scripts/train_event_filter.py \
        [--candidates /tmp/ef_candidates.pkl] [--variants] [--write]

1. Runs the pipeline (rules only, filter off) over the sixty-six open author sets (``SETS``: gold/dev,
   gold/dev2 … gold/dev66, named one by one) and takes, for every predicted event, its features
   (``eventwire.extract.event_filter.event_features``) and its label: 1 when it matches a gold
   event the way ``evaluate/scoring.py`` matches (typed). ``--candidates`` caches this to a
   pickle (re-collected when missing or made at another commit). The ``confidence`` feature is
   each event's raw score through the shipped model's frozen calibration table, as the run-time
   filter computes it (``filter_confidence``), never the packaged ``confidence.yaml``; the written
   model carries the same table, so a refit of the confidence table moves no filter decision.
2. Leave-one-author-set-out: for each set, fits on the other sixty-five (the L2 strength and the
   threshold are chosen inside those sixty-five, each predicted from a model fitted on the other
   sixty-four; the trigger prior of the held-out set comes from the training sets only), applies the
   decisions to the held-out set's events and scores it with the real scorer
   (``score_corpus``), next to the rules alone on the same candidates, with a paired article
   bootstrap of the F1 change.
3. Fits on all sixty-six (strength and threshold chosen by the sixty-six folds) and, with ``--write``,
   stores ``src/eventwire/data/models/event_filter.json``.

Deterministic: Newton steps on a convex loss from zero (or, for the tree variant, greedy
splits with first-best ties); the only random numbers are the seeded article bootstrap of the
reported intervals. Never reads gold/test or gold/dev67 (held out).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import numpy as np

from eventwire.evaluate.candidates import OPEN_SETS, load_or_collect
from eventwire.evaluate.gold import anchored, load_gold
from eventwire.evaluate.scoring import _match, score_corpus
from eventwire.extract.confidence import Calibration
from eventwire.extract.event_filter import (
    ACTIONS,
    FEATURE_NAMES,
    FOLD_OPTIONS,
    FORMAT_VERSION,
    TENSOR_PREFIX,
    Action,
    EventFilter,
    apply_decisions,
    event_features,
    load_filter,
    trigger_key,
)
from eventwire.pipeline import Pipeline, _release
from eventwire.records import Result
from eventwire.settings import Settings

if TYPE_CHECKING:
    from collections.abc import Callable

    from eventwire.evaluate.gold import GoldArticle

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src" / "eventwire" / "data" / "models" / "event_filter.json"
# The open author sets, named one by one (gold/test and gold/dev67 are held out:
# never listed).
SETS = OPEN_SETS
LAMBDAS = (1.0, 3.0, 10.0, 30.0, 100.0)
ROUNDS = (25, 50, 100, 200)  # boosting rounds tried by the tree variant
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.05, 0.96, 0.05))
DROP_ALL = 1.01  # a threshold no probability reaches
TENSOR_DIMS = 96
NON_ASSERTED = ("predicted", "hypothetical", "negated")
# Cues crossed with "not asserted" by the status-feature variant.
STATUS_CROSSED = (
    "has_source", "has_claim", "sentence_quote", "sentence_negation", "sentence_modal",
    "has_magnitude", "has_time", "has_place", "in_headline", "log_mentions",
)  # fmt: skip


@dataclass
class Collected:
    """One gold set run through the pipeline: articles, results, per-article features and labels."""

    name: str
    articles: list[GoldArticle]
    results: list[Result]
    features: list[np.ndarray]  # per article: events × features (with TENSOR_DIMS tensor values)
    labels: list[np.ndarray]  # per article: 1 = matches a gold event
    keys: list[list[str]]  # per article: trigger_key of each event
    gold_events: int


def filter_calibration() -> Calibration:
    """The table of the filter's confidence input: the shipped model's frozen copy (read when first
    needed). A trained model carries it on, so the features it was fitted on are the ones it sees."""
    return load_filter().calibration


def collect(name: str, pipeline: Pipeline, stored: list[Result] | None = None) -> Collected:
    """The set's candidates: the pipeline's records, or ``stored`` ones (another commit's output on
    the same articles, in order), with today's features and today's gold labels."""
    articles = load_gold(REPO / "gold" / name)
    if stored is not None and len(stored) != len(articles):
        raise ValueError(f"{name}: {len(stored)} stored results for {len(articles)} articles")
    results: list[Result] = []
    feats: list[np.ndarray] = []
    labels: list[np.ndarray] = []
    keys: list[list[str]] = []
    n_gold = 0
    table = filter_calibration()
    for i, article in enumerate(articles):
        document = article.document()
        doc = pipeline.nlp(document.text)
        try:
            if stored is None:
                result = pipeline._extract(document, doc)
            else:
                result = stored[i]
                if result.document.text != document.text:
                    raise ValueError(f"{name}/{article.name}: the stored result is of another text")
            events = result.events
            rows = [
                event_features(e, doc, events, tensor_dims=TENSOR_DIMS, calibration=table) for e in events
            ]
            keys.append([trigger_key(e, doc) for e in events])
        finally:
            _release(doc)
        gold = anchored(article.text, article.annotation.get("events", []))
        n_gold += len(gold)
        matched = {pi for _, pi in _match(gold, list(events), typed=True)}
        width = len(FEATURE_NAMES) + TENSOR_DIMS
        results.append(result)
        feats.append(np.array(rows, dtype=float).reshape(len(rows), width))
        labels.append(np.array([i in matched for i in range(len(events))], dtype=float))
    return Collected(name, articles, results, feats, labels, keys, n_gold)


PRIOR_COL = FEATURE_NAMES.index("trigger_prior")
STATUS_COLS = tuple(FEATURE_NAMES.index(f"status={s}") for s in NON_ASSERTED)
SMOOTHING = 4.0  # pseudo-candidates at the overall match rate added to each trigger key
# Features of the document's shape (where the event sits, how often it is repeated): --portable
# leaves them out, for texts unlike wire articles (single sentences, other annotation units).
DOCUMENT_SHAPE = tuple(
    FEATURE_NAMES.index(n)
    for n in (
        "log_mentions", "position", "in_headline", "log_same_type_in_doc", "same_type_in_sentence",
        "first_of_type", "log_events_in_sentence", "earlier_same_type_same_time",
        "earlier_same_type_shared_actor",
    )
)  # fmt: skip


@dataclass(frozen=True)
class Variant:
    """One configuration of the filter, measured by the same protocol."""

    label: str
    model: str = "logistic"  # or "trees": depth-2 gradient-boosted trees (numpy, plain JSON)
    prior: bool = True  # the learned trigger prior (out of fold)
    action: Action = "drop"
    rule: str = "half-f1"  # or "inner-f1", or "fields" (session 12: F1 + the seven fields, inside)
    status_threshold: bool = False  # predicted / hypothetical / negated get their own threshold
    status_features: bool = False  # + "not asserted" × cue features
    portable: bool = False  # document-shape features left out
    dims: int = 0  # doc.tensor values of the trigger token
    fold: tuple[str, ...] = ()  # options of the fold (FOLD_OPTIONS), with the merge/dedup actions


SHIPPED = Variant("shipped: logistic, trigger prior, half-F1 threshold, drop")
# Chosen before the session-10 run (docs/event-filter.md, "Session 10"), not after it.
VARIANTS = (
    SHIPPED,
    Variant("no trigger prior", prior=False),
    Variant("action dedup", action="dedup"),
    Variant("own threshold for not-asserted records", status_threshold=True),
    Variant("+ not-asserted × cue features, own threshold", status_threshold=True, status_features=True),
    Variant("gradient-boosted depth-2 trees", model="trees"),
)
# Session 11: what a fold keeps (docs/event-filter.md, "Session 11"), chosen before the run.
FOLD_VARIANTS = (
    Variant("0 dedup (session 10)", action="dedup"),
    Variant("a evidence: the best-evidenced record survives", action="dedup", fold=("evidence",)),
    Variant("b enrich: the survivor takes the fields it lacks", action="dedup", fold=("enrich",)),
    Variant("c sources: no fold across different sources", action="dedup", fold=("sources",)),
    Variant("d where_when: no fold across places or dates", action="dedup", fold=("where_when",)),
    Variant("a+b", action="dedup", fold=("evidence", "enrich")),
    Variant("a+b+c+d", action="dedup", fold=("evidence", "enrich", "sources", "where_when")),
    # added after the first run (post hoc): the two guards without moving any field
    Variant("c+d (post hoc)", action="dedup", fold=("sources", "where_when")),
)
# Session 12: dates far apart, the article's date counting (docs/event-filter.md, "Session 12"),
# chosen before the run.
FOLD_VARIANTS_12 = (
    Variant("d where_when (session 11)", action="dedup", fold=("where_when",)),
    Variant("e where_when + far_dates", action="dedup", fold=("where_when", "far_dates")),
    Variant(
        "e+c sources + where_when + far_dates", action="dedup", fold=("sources", "where_when", "far_dates")
    ),
    # written after the first run (docs/event-filter.md, "variant f"), before it was run
    Variant(
        "f where_when, threshold counting the fields", action="dedup", fold=("where_when",), rule="fields"
    ),
    # written after f's run, before its own
    Variant("g where_when + sourced_stays", action="dedup", fold=("where_when", "sourced_stays")),
)

# Session 13: the packaged options under the scorer's trigger-first pairing (docs/event-filter.md,
# "Session 13"), chosen before the run.
FOLD_VARIANTS_13 = (
    Variant("dedup (session 10)", action="dedup"),
    Variant("d where_when (session 11)", action="dedup", fold=("where_when",)),
)

# Session 15: trained on today's candidates, the strength and the threshold chosen on first-seen
# candidates (docs/event-filter.md, "Session 15"), chosen before the run.
FS_RULES = ("fs-half", "fs-platt", "fs-f1", "fs-fields")
FS_GRID = (0.0, *(round(float(t), 2) for t in np.arange(0.20, 0.705, 0.01)))  # fs-f1: keep all, .20 … .70
SESSION_15 = (
    Variant("(i) T: as shipped", action="dedup", fold=("where_when",)),
    Variant("(ii) FS-half", action="dedup", fold=("where_when",), rule="fs-half"),
    Variant("(iii) FS-Platt", action="dedup", fold=("where_when",), rule="fs-platt"),
    Variant("(iv) FS-F1", action="dedup", fold=("where_when",), rule="fs-f1"),
    Variant("(v) FS-fields", action="dedup", fold=("where_when",), rule="fs-fields"),
)


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return float(np.log(p / (1 - p)))


def _counts(sets: list[Collected]) -> tuple[Counter[str], Counter[str]]:
    n: Counter[str] = Counter()
    pos: Counter[str] = Counter()
    for c in sets:
        for ks, lab in zip(c.keys, c.labels, strict=True):
            for k, y in zip(ks, lab, strict=True):
                n[k] += 1
                pos[k] += int(y)
    return n, pos


def prior_table(n: Counter[str], pos: Counter[str]) -> dict[str, float]:
    """Smoothed log-odds of a match per trigger key, minus the overall log-odds (0 = no evidence)."""
    total = sum(n.values())
    p0 = sum(pos.values()) / total if total else 0.5
    base = _logit(p0)
    return {k: _logit((pos[k] + SMOOTHING * p0) / (n[k] + SMOOTHING)) - base for k in n if n[k] > 0}


def not_asserted(x: np.ndarray) -> np.ndarray:
    """Rows whose status is predicted, hypothetical or negated."""
    flag: np.ndarray = x[:, list(STATUS_COLS)].sum(axis=1) > 0
    return flag


def _design(v: Variant, block: np.ndarray) -> np.ndarray:
    """The variant's model inputs from the collected columns (FEATURE_NAMES + tensor values)."""
    x = block[:, : len(FEATURE_NAMES) + v.dims].copy()
    if not v.prior:
        x[:, PRIOR_COL] = 0.0
    if v.portable:
        x[:, DOCUMENT_SHAPE] = 0.0
    if v.status_features:
        flag = not_asserted(x).astype(float)[:, None]
        crossed = x[:, [FEATURE_NAMES.index(n) for n in STATUS_CROSSED]] * flag
        x = np.hstack([x, crossed])
    return x


def _stack(v: Variant, sets: list[Collected]) -> tuple[np.ndarray, np.ndarray]:
    """Training matrix: each article's trigger prior comes from the other articles (out of fold)."""
    n, pos = _counts(sets)
    total, total_pos = sum(n.values()), sum(pos.values())
    # per article (name and text), over every copy of it: pooled sets hold an article twice
    own_n: dict[tuple[str, str], Counter[str]] = {}
    own_pos: dict[tuple[str, str], Counter[str]] = {}
    for c in sets:
        for article, ks, lab in zip(c.articles, c.keys, c.labels, strict=True):
            key = (article.name, article.text)
            own_n.setdefault(key, Counter()).update(ks)
            own_pos.setdefault(key, Counter()).update(k for k, y in zip(ks, lab, strict=True) if y)
    blocks = []
    for c in sets:
        for article, f, ks in zip(c.articles, c.features, c.keys, strict=True):
            block = f.copy()
            if len(ks):
                mine_n = own_n[(article.name, article.text)]
                mine_pos = own_pos[(article.name, article.text)]
                p0 = (total_pos - sum(mine_pos.values())) / max(total - sum(mine_n.values()), 1)
                base = _logit(p0)
                for r, k in enumerate(ks):
                    kn, kp = n[k] - mine_n[k], pos[k] - mine_pos[k]
                    block[r, PRIOR_COL] = _logit((kp + SMOOTHING * p0) / (kn + SMOOTHING)) - base
            blocks.append(_design(v, block))
    y = np.concatenate([lab for c in sets for lab in c.labels])
    return np.vstack(blocks), y


def _apply_matrix(v: Variant, held: Collected, train: list[Collected]) -> list[np.ndarray]:
    """Held-out matrices per article, the trigger prior from ``train`` only."""
    table = prior_table(*_counts(train))
    out = []
    for f, ks in zip(held.features, held.keys, strict=True):
        block = f.copy()
        for r, k in enumerate(ks):
            block[r, PRIOR_COL] = table.get(k, 0.0)
        out.append(_design(v, block))
    return out


# --- models ------------------------------------------------------------------------------


@dataclass
class Logistic:
    mean: np.ndarray
    scale: np.ndarray
    w: np.ndarray
    b: float

    def predict(self, x: np.ndarray) -> np.ndarray:
        p: np.ndarray = 1.0 / (1.0 + np.exp(-(((x - self.mean) / self.scale) @ self.w + self.b)))
        return p


def fit(x: np.ndarray, y: np.ndarray, lam: float) -> Logistic:
    """L2 logistic regression on standardised features by Newton's method."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = (x - mean) / scale
    n, d = z.shape
    a = np.hstack([z, np.ones((n, 1))])
    theta = np.zeros(d + 1)
    reg = np.full(d + 1, lam)
    reg[-1] = 1e-6  # the bias is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(a @ theta)))
        grad = a.T @ (p - y) + reg * theta
        hess = (a * (p * (1 - p))[:, None]).T @ a + np.diag(reg)
        step = np.linalg.solve(hess, grad)
        theta -= step
        if np.abs(step).max() < 1e-8:
            break
    return Logistic(mean, scale, theta[:-1], float(theta[-1]))


@dataclass
class Trees:
    """Gradient-boosted depth-2 trees.

    A node is ``{"f": column, "v": cut, "le": node, "gt": node}`` or ``{"leaf": value}``.
    """

    base: float
    trees: list[dict[str, Any]] = field(default_factory=list)
    rounds: int | None = None  # use only the first ``rounds`` trees

    def margin(self, x: np.ndarray) -> np.ndarray:
        out = np.full(len(x), self.base)
        for tree in self.trees[: self.rounds]:
            out += _tree_value(tree, x)
        return out

    def predict(self, x: np.ndarray) -> np.ndarray:
        p: np.ndarray = 1.0 / (1.0 + np.exp(-self.margin(x)))
        return p

    def staged(self, rounds: int) -> Trees:
        return Trees(self.base, self.trees, rounds)


def _tree_value(node: dict[str, Any], x: np.ndarray) -> np.ndarray:
    if "leaf" in node:
        return np.full(len(x), float(node["leaf"]))
    le = x[:, node["f"]] <= node["v"]
    out = np.empty(len(x))
    out[le] = _tree_value(node["le"], x[le])
    out[~le] = _tree_value(node["gt"], x[~le])
    return out


def fit_trees(x: np.ndarray, y: np.ndarray, rounds: int, *, rate: float = 0.1, depth: int = 2,
              lam: float = 1.0, bins: int = 8, min_hess: float = 2.0) -> Trees:  # fmt: skip
    """Newton-boosted trees on the logistic loss; candidate cuts at feature quantiles."""
    cuts: list[tuple[int, float]] = []
    for f in range(x.shape[1]):
        for v in np.unique(np.quantile(x[:, f], np.linspace(0.1, 0.9, bins))):
            le = x[:, f] <= v
            if le.any() and not le.all():
                cuts.append((f, float(v)))
    m = np.stack([x[:, f] <= v for f, v in cuts], axis=1).astype(float)
    p0 = float(np.clip(y.mean(), 1e-4, 1 - 1e-4))
    model = Trees(base=float(np.log(p0 / (1 - p0))))
    margin = np.full(len(y), model.base)

    def grow(mask: np.ndarray, g: np.ndarray, h: np.ndarray, level: int) -> dict[str, Any]:
        gs, hs = float(g @ mask), float(h @ mask)
        leaf = {"leaf": -rate * gs / (hs + lam)}
        if level == depth:
            return leaf
        gl, hl = (g * mask) @ m, (h * mask) @ m
        gr, hr = gs - gl, hs - hl
        gain = gl**2 / (hl + lam) + gr**2 / (hr + lam) - gs**2 / (hs + lam)
        gain[(hl < min_hess) | (hr < min_hess)] = -np.inf
        best = int(np.argmax(gain))
        if not np.isfinite(gain[best]) or gain[best] <= 1e-9:
            return leaf
        f, v = cuts[best]
        return {
            "f": f,
            "v": v,
            "le": grow(mask * m[:, best], g, h, level + 1),
            "gt": grow(mask * (1.0 - m[:, best]), g, h, level + 1),
        }

    ones = np.ones(len(y))
    for _ in range(rounds):
        p = 1.0 / (1.0 + np.exp(-margin))
        tree = grow(ones, p - y, p * (1 - p), 0)
        model.trees.append(tree)
        margin += _tree_value(tree, x)
    return model


Model = Logistic | Trees


def _fits(v: Variant, x: np.ndarray, y: np.ndarray) -> dict[float, Model]:
    """One model per strength (logistic: L2 λ; trees: number of rounds, staged from one fit)."""
    if v.model == "trees":
        full = fit_trees(x, y, max(ROUNDS))
        return {float(r): full.staged(r) for r in ROUNDS}
    return {lam: fit(x, y, lam) for lam in LAMBDAS}


def _f1(tp: float, fp: float, fn: float) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@dataclass(frozen=True)
class Choice:
    strength: float
    threshold: float  # for every record (asserted and attributed ones with status_threshold)
    threshold_not_asserted: float  # predicted / hypothetical / negated
    inner_f1: float


def _keep(p: np.ndarray, x: np.ndarray, c: Choice) -> np.ndarray:
    t = np.where(not_asserted(x), c.threshold_not_asserted, c.threshold)
    keep: np.ndarray = p >= t
    return keep


def choose(v: Variant, sets: list[Collected]) -> Choice:
    """Strength and threshold(s): each of ``sets`` scored by a model fitted on the others.

    F1 here counts events the scorer's way: a kept matched event is a true positive, a kept
    unmatched one a false positive, every gold event not kept-and-matched a miss.
    ``half-f1``: the strength minimises the inner log-loss and the threshold is half the rules'
    own F1 on ``sets`` (the decision rule that maximises expected F1 when probabilities are
    calibrated: drop a candidate when its chance of being right is below F1/2).
    ``inner-f1``: strength and threshold maximise that F1 (threshold 0, keep all, is a
    candidate, so the filter only drops when that paid off inside). With ``status_threshold``
    the not-asserted records' threshold is then tuned for the inner F1 (from keep all to drop
    all), the others' kept.
    """
    preds: dict[float, list[np.ndarray]] = {}
    labels, rows, gold = [], [], 0
    for i, held in enumerate(sets):
        rest = [c for j, c in enumerate(sets) if j != i]
        xh = np.vstack(_apply_matrix(v, held, rest))
        for s, model in _fits(v, *_stack(v, rest)).items():
            preds.setdefault(s, []).append(model.predict(xh))
        labels.append(np.concatenate(held.labels))
        rows.append(xh)
        gold += held.gold_events
    y, x = np.concatenate(labels), np.vstack(rows)
    tp_all = float(y.sum())
    base = _f1(tp_all, float(len(y) - tp_all), gold - tp_all)

    def inner(keep: np.ndarray) -> float:
        tp = float((keep & (y == 1)).sum())
        return _f1(tp, float((keep & (y == 0)).sum()), gold - tp)

    best: Choice | None = None
    best_loss = float("inf")
    for s, parts in preds.items():
        p = np.concatenate(parts)
        if v.rule in ("half-f1", "fields"):
            q = np.clip(p, 1e-6, 1 - 1e-6)
            loss = float(-(y * np.log(q) + (1 - y) * np.log(1 - q)).mean())
            if loss < best_loss - 1e-12:
                best_loss = loss
                t = round(base / 2, 4)
                best = _status_tuned(v, Choice(s, t, t, inner(p >= t)), p, x, inner)
            continue
        for t in (0.0, *THRESHOLDS):
            c = _status_tuned(v, Choice(s, t, t, inner(p >= t)), p, x, inner)
            if best is None or c.inner_f1 > best.inner_f1 + 1e-9:
                best = c
    assert best is not None
    if v.rule == "fields":
        return _fields_tuned(v, best, sets, preds[best.strength])
    return best


# Session 12, variant f: the threshold that maximises, inside the training sets, the event F1
# change plus the sum of the seven matched-event field changes (points), half-F1 + these offsets.
FIELD_OFFSETS = (0.04, 0.02, 0.0, -0.02, -0.04, -0.06, -0.08, -0.10, -0.12)
FIELD_KEYS = (
    "type_accuracy", "status_accuracy", "time_accuracy", "place_accuracy", "magnitude_accuracy",
    "source_accuracy", "actor_accuracy",
)  # fmt: skip
_BASE: dict[int, dict[str, float]] = {}


def _objective(base: dict[str, float], filt: dict[str, float]) -> float:
    """Event F1 change plus the sum of the seven field changes, in points."""
    keys = ("event_f1", *FIELD_KEYS)
    return 100 * sum(filt.get(k, 0.0) - base.get(k, 0.0) for k in keys)


def _fields_tuned(v: Variant, c: Choice, sets: list[Collected], parts: list[np.ndarray]) -> Choice:
    """``c`` with the threshold (half-F1 + an offset) that maximises the mean :func:`_objective`
    over ``sets``, each decided by its out-of-set predictions ``parts`` (ties: the higher one)."""
    best_t, best_j = c.threshold, -float("inf")
    for off in FIELD_OFFSETS:
        t = round(c.threshold + off, 4)
        total = 0.0
        for held, p in zip(sets, parts, strict=True):
            cuts = np.cumsum([len(lab) for lab in held.labels])[:-1]
            keep = [q >= t for q in np.split(p, cuts)]
            base = _BASE.setdefault(id(held), score(held, None))
            total += _objective(base, score(held, keep, v.action, v.fold))
        j = total / len(sets)
        if j > best_j + 1e-9:
            best_t, best_j = t, j
    return Choice(c.strength, best_t, best_t, c.inner_f1)


def _status_tuned(v: Variant, c: Choice, p: np.ndarray, x: np.ndarray, inner: Any) -> Choice:
    if not v.status_threshold:
        return c
    for t in (0.0, *THRESHOLDS, DROP_ALL):
        trial = Choice(c.strength, c.threshold, t, 0.0)
        f1 = float(inner(_keep(p, x, trial)))
        if f1 > c.inner_f1 + 1e-9:
            c = Choice(c.strength, c.threshold, t, f1)
    return c


@dataclass(frozen=True)
class InnerFirstSeen:
    """Out-of-set predictions of the training sets' first-seen candidates (one inner fold per set
    with first-seen candidates, scored by a model fitted on the other training sets' today's ones)."""

    sets: tuple[Collected, ...]  # the first-seen candidates, one per inner fold
    preds: dict[float, list[np.ndarray]]  # per strength, per inner fold
    gold: int


_INNER_FS: dict[tuple[Any, ...], InnerFirstSeen] = {}


def inner_first_seen(v: Variant, train: list[Collected], first: dict[str, Collected]) -> InnerFirstSeen:
    """Each training set with first-seen candidates, its first-seen candidates predicted by models
    (every strength) fitted on the today's candidates of the other training sets, whose trigger
    prior comes from those other sets only. Cached per model family and candidate objects."""
    key = (v.model, v.prior, v.portable, v.dims, v.status_features, *(id(c) for c in train),
           *(id(first[c.name]) for c in train if c.name in first))  # fmt: skip
    if key in _INNER_FS:
        return _INNER_FS[key]
    held_sets: list[Collected] = []
    preds: dict[float, list[np.ndarray]] = {}
    gold = 0
    for c in train:
        if c.name not in first:
            continue
        rest = [o for o in train if o is not c]
        held = first[c.name]
        xh = np.vstack(_apply_matrix(v, held, rest))
        for s, model in _fits(v, *_stack(v, rest)).items():
            preds.setdefault(s, []).append(model.predict(xh))
        held_sets.append(held)
        gold += held.gold_events
    if not held_sets:
        raise ValueError("no training set has first-seen candidates")
    out = InnerFirstSeen(tuple(held_sets), preds, gold)
    _INNER_FS[key] = out
    return out


def platt(p: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """(a, b) of the recalibration sigmoid(a * logit(p) + b) fitted to ``y`` (maximum likelihood)."""
    q = np.clip(p, 1e-6, 1 - 1e-6)
    lo = np.log(q / (1 - q))[:, None]
    m = fit(lo, y, 1e-6)
    a = float(m.w[0] / m.scale[0])
    return a, float(m.b - a * m.mean[0])


def calibrated_threshold(t: float, a: float, b: float) -> float:
    """The threshold on the model's own probability that equals ``t`` on the recalibrated one."""
    if a <= 1e-9:
        return t
    return round(float(1.0 / (1.0 + np.exp(-(_logit(t) - b) / a))), 4)


def choose_first_seen(v: Variant, train: list[Collected], first: dict[str, Collected]) -> Choice:
    """Strength and threshold chosen on the inner first-seen folds (:func:`inner_first_seen`).

    ``fs-half``: the strength with the lowest log-loss there, the threshold half the rules' own F1
    on those first-seen candidates. ``fs-platt``: the same, applied to probabilities recalibrated
    on the inner first-seen predictions (:func:`platt`), stored as the equivalent raw threshold.
    ``fs-f1``: strength and threshold (:data:`FS_GRID`) that maximise the candidate-level event F1
    there. ``fs-fields``: ``fs-half``'s threshold plus the offset (:data:`FIELD_OFFSETS`) that
    maximises the mean event F1 change + seven-field sum over the inner folds (real scorer)."""
    inner = inner_first_seen(v, train, first)
    y = np.concatenate([lab for c in inner.sets for lab in c.labels])
    tp_all = float(y.sum())
    base = _f1(tp_all, float(len(y) - tp_all), inner.gold - tp_all)

    def f1_of(keep: np.ndarray) -> float:
        tp = float((keep & (y == 1)).sum())
        return _f1(tp, float((keep & (y == 0)).sum()), inner.gold - tp)

    losses = {}
    for s, parts in inner.preds.items():
        q = np.clip(np.concatenate(parts), 1e-6, 1 - 1e-6)
        losses[s] = float(-(y * np.log(q) + (1 - y) * np.log(1 - q)).mean())
    strength = min(losses, key=lambda s: losses[s])
    p = np.concatenate(inner.preds[strength])
    half = round(base / 2, 4)
    if v.rule == "fs-half":
        return Choice(strength, half, half, f1_of(p >= half))
    if v.rule == "fs-platt":
        t = calibrated_threshold(half, *platt(p, y))
        return Choice(strength, t, t, f1_of(p >= t))
    if v.rule == "fs-f1":
        best: Choice | None = None
        for s, parts in inner.preds.items():
            ps = np.concatenate(parts)
            for t in FS_GRID:
                f = f1_of(ps >= t)
                if best is None or f > best.inner_f1 + 1e-9:
                    best = Choice(s, t, t, f)
        assert best is not None
        return best
    if v.rule == "fs-fields":
        return _fields_tuned(v, Choice(strength, half, half, f1_of(p >= half)), list(inner.sets),
                             inner.preds[strength])  # fmt: skip
    raise ValueError(f"not a first-seen rule: {v.rule}")


def to_filter(v: Variant, model: Model, threshold: float, trained: list[Collected]) -> EventFilter:
    assert isinstance(model, Logistic), "only the logistic model has a run-time format"
    names = (*FEATURE_NAMES, *(f"{TENSOR_PREFIX}{i}" for i in range(v.dims)))
    return EventFilter(
        version=FORMAT_VERSION,
        features=names,
        mean=tuple(float(x) for x in model.mean),
        scale=tuple(float(x) for x in model.scale),
        weights=tuple(float(x) for x in model.w),
        bias=model.b,
        threshold=threshold,
        tensor_dims=v.dims,
        trained_on=tuple(c.name for c in trained),
        action=v.action,
        fold=v.fold,
        prior=MappingProxyType(prior_table(*_counts(trained)) if v.prior else {}),
        calibration=filter_calibration(),
    )


def _decided(
    c: Collected, keep: list[np.ndarray] | None, action: Action, fold: tuple[str, ...] = ()
) -> list[tuple[GoldArticle, Result | None]]:
    items: list[tuple[GoldArticle, Result | None]] = []
    for i, (article, result) in enumerate(zip(c.articles, c.results, strict=True)):
        if keep is not None:
            decided = apply_decisions(
                result.events, [bool(k) for k in keep[i]], action, fold, calibration=filter_calibration()
            )
            result = result.replace(events=decided)
        items.append((article, result))
    return items


def score(
    c: Collected, keep: list[np.ndarray] | None, action: Action = "drop", fold: tuple[str, ...] = ()
) -> dict[str, float]:
    return score_corpus(_decided(c, keep, action, fold), corpus=c.name).metrics()


def _article_counts(
    c: Collected, keep: list[np.ndarray] | None, action: Action, fold: tuple[str, ...] = ()
) -> np.ndarray:
    """Per article (tp, fp, fn) of typed event matching, for the bootstrap."""
    rows = []
    for item in _decided(c, keep, action, fold):
        ev = score_corpus([item], corpus=c.name).events
        rows.append((ev.tp, ev.fp, ev.fn))
    return np.array(rows, dtype=float)


def bootstrap(
    base: np.ndarray, filt: np.ndarray, n: int = 2000, q: tuple[float, float] = (5, 95)
) -> tuple[float, float]:
    """Interval (percentiles ``q``: 90% by default) of the F1 change, resampling the articles
    (paired, seed 0)."""
    rng = np.random.default_rng(0)
    deltas = []
    for _ in range(n):
        pick = rng.integers(0, len(base), len(base))
        b, f = base[pick].sum(axis=0), filt[pick].sum(axis=0)
        deltas.append(_f1(*f) - _f1(*b))
    lo, hi = np.percentile(deltas, list(q))
    return float(lo), float(hi)


def auc(p: np.ndarray, y: np.ndarray) -> float:
    """Probability that a matched candidate scores above an unmatched one (ties count half)."""
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


KEYS = ("event_precision", "event_recall", "event_f1", "type_accuracy")
# The other fields of the metrics line, printed under each fold (accuracies over matched pairs).
FIELDS = (
    ("stat", "status_accuracy"), ("time", "time_accuracy"), ("place", "place_accuracy"),
    ("magn", "magnitude_accuracy"), ("src", "source_accuracy"), ("actor", "actor_accuracy"),
    ("clR", "claim_recall"), ("clP", "claim_precision"), ("spk", "speaker_accuracy"),
)  # fmt: skip


# Mean changes reported under each leave-one-set-out table (points; the ship rule reads F1,
# recall and source).
SUMMARY = {
    "F1": "event_f1", "P": "event_precision", "R": "event_recall", "type": "type_accuracy",
    "stat": "status_accuracy", "time": "time_accuracy", "place": "place_accuracy",
    "magn": "magnitude_accuracy", "src": "source_accuracy", "actor": "actor_accuracy",
}  # fmt: skip
# Session 13: the LOSO rule also reads the mean sum of the seven field changes (FIELD_KEYS).
MIN_FIELD_SUM = -0.3
Decisions = tuple["Choice", list[np.ndarray], list[np.ndarray], list[np.ndarray]]
_DECISIONS: dict[tuple[Variant, str], Decisions] = {}


def _fold_decisions(v: Variant, collected: list[Collected], i: int) -> Decisions:
    """Choice, per-article matrices, probabilities and keep flags of fold ``i`` (cached: the
    decisions do not depend on the action or the fold options, only the model, unless the
    threshold rule is ``fields``)."""
    # the "fields" threshold is chosen with the action and fold applied, so they are part of the key
    plain = replace(v, label="") if v.rule == "fields" else replace(v, label="", action="drop", fold=())
    key = (plain, collected[i].name)
    if key not in _DECISIONS:
        held = collected[i]
        train = [c for j, c in enumerate(collected) if j != i]
        ch = choose(v, train)
        model = _fits(v, *_stack(v, train))[ch.strength]
        xs = _apply_matrix(v, held, train)
        probs = [model.predict(x) for x in xs]
        keep = [_keep(p, x, ch) for p, x in zip(probs, xs, strict=True)]
        _DECISIONS[key] = (ch, xs, probs, keep)
    return _DECISIONS[key]


def loso_rule(f1_change: float, losing: int, means: dict[str, float]) -> bool:
    """The LOSO part of the ship rule, on mean changes in points (``means``: metric key → change):
    F1 ≥ +0.5, at most one fold losing > 0.5, source ≥ −0.2, recall ≥ −0.5, and (session 13)
    the sum of the seven field changes (:data:`FIELD_KEYS`) ≥ :data:`MIN_FIELD_SUM`."""
    return (
        f1_change >= 0.5
        and losing <= 1
        and means.get("source_accuracy", 0.0) >= -0.2
        and means.get("event_recall", 0.0) >= -0.5
        and sum(means.get(k, 0.0) for k in FIELD_KEYS) >= MIN_FIELD_SUM
    )


def loao(v: Variant, collected: list[Collected], *, verbose: bool) -> tuple[float, float, int]:
    """Leave-one-author-set-out table: (mean F1 change, worst fold's, folds losing > 0.5 pt)."""
    if verbose:
        print(f"{'held out':8} {'str.':>5} {'thr':>9} | " + " | ".join(f"{k:>15}" for k in KEYS))
    rows = []
    for i, held in enumerate(collected):
        ch, xs, probs, keep = _fold_decisions(v, collected, i)
        base, filt = score(held, None), score(held, keep, v.action, v.fold)
        rows.append((held.name, base, filt))
        if verbose:
            cells = " | ".join(f"{base.get(k, 0):.3f} → {filt.get(k, 0):.3f}" for k in KEYS)
            dropped = int(sum((~k).sum() for k in keep))
            dropped_na = int(sum(((~k) & not_asserted(x)).sum() for k, x in zip(keep, xs, strict=True)))
            lo, hi = bootstrap(
                _article_counts(held, None, v.action), _article_counts(held, keep, v.action, v.fold)
            )
            a = auc(np.concatenate(probs), np.concatenate(held.labels))
            thr = f"{ch.threshold:.2f}" + (f"/{ch.threshold_not_asserted:.2f}" if v.status_threshold else "")
            print(
                f"{held.name:8} {ch.strength:5.0f} {thr:>9} | {cells}"
                f"   (dropped {dropped}, {dropped_na} not asserted; AUC {a:.2f};"
                f" F1 change 90% CI {lo:+.3f}…{hi:+.3f})"
            )
            print(" " * 9 + "  ".join(f"{n} {base.get(k, 0):.3f}→{filt.get(k, 0):.3f}" for n, k in FIELDS))
        else:
            print(f"  {held.name} {base['event_f1']:.3f}→{filt['event_f1']:.3f}", end="")
    changes = [f["event_f1"] - b["event_f1"] for _, b, f in rows]
    mean, worst = sum(changes) / len(changes), min(changes)
    losing = sum(d < -0.005 for d in changes)
    print(
        f"{'' if verbose else chr(10) + '  '}mean F1 change {100 * mean:+.2f} pt,"
        f" worst fold {100 * worst:+.2f} pt, folds losing > 0.5 pt: {losing}"
    )
    means = {
        k: 100 * sum(f.get(k, 0) - b.get(k, 0) for _, b, f in rows) / len(rows) for k in SUMMARY.values()
    }
    field_sum = sum(means[k] for k in FIELD_KEYS)
    print(
        "  mean change (pt): "
        + "  ".join(f"{n} {means[k]:+.2f}" for n, k in SUMMARY.items())
        + f"  seven-field sum {field_sum:+.2f}"
    )
    ok = loso_rule(100 * mean, losing, means)
    print(f"  LOSO part of the ship rule: {'met' if ok else 'not met'}")
    return mean, worst, losing


def shipped_decisions(c: Collected, model: EventFilter) -> list[np.ndarray]:
    """Keep flags per article of ``c``'s candidates by a fitted filter (the packaged one): its own
    trigger prior and threshold, as :meth:`EventFilter.keep` decides at run time."""
    width = len(model.features)
    out = []
    for f, ks in zip(c.features, c.keys, strict=True):
        x = f[:, :width].copy()
        for r, k in enumerate(ks):
            x[r, PRIOR_COL] = model.prior.get(k, 0.0)
        out.append(np.array([model.probability(row) >= model.threshold for row in x.tolist()], dtype=bool))
    return out


# Route L (session 52): the sets of the check half H1 (dev … dev14); the rest are H2.
H2_FIRST = "dev15"


def against_shipped(v: Variant, collected: list[Collected], shipped: EventFilter) -> dict[str, float]:
    """Route L, read against the shipped model: each set's LOSO decisions (the folds of
    :func:`loao`, cached) scored against the packaged filter's decisions on the same candidates
    (it replaces that model): per set event F1 and fields, the mean event F1 change over the sets,
    sets up / down, the seeded paired article bootstrap 95% interval of the pooled F1 change, and
    each half's mean change per field (``compare_sets`` columns). The same against the rules alone."""
    import compare_sets  # scripts/compare_sets.py: the per-half columns and their up/down count

    def short(m: dict[str, float]) -> dict[str, float]:
        return {s: float(m[k]) for k, s in compare_sets.FIELDS.items() if m.get(k) is not None}

    rows: dict[str, tuple[dict[str, float], dict[str, float], dict[str, float]]] = {}
    pooled_ship, pooled_refit = [], []
    print(
        f"\nagainst the shipped model (trained on {', '.join(shipped.trained_on)};"
        f" threshold {shipped.threshold}, {shipped.action} {'/'.join(shipped.fold)}):"
    )
    for i, held in enumerate(collected):
        _, _, _, keep = _fold_decisions(v, collected, i)
        ship_keep = shipped_decisions(held, shipped)
        rules = score(held, None)
        ship = score(held, ship_keep, shipped.action, shipped.fold)
        refit = score(held, keep, v.action, v.fold)
        rows[held.name] = (rules, ship, refit)
        pooled_ship.append(_article_counts(held, ship_keep, shipped.action, shipped.fold))
        pooled_refit.append(_article_counts(held, keep, v.action, v.fold))
        d = 100 * (refit["event_f1"] - ship["event_f1"])
        fields = "  ".join(
            f"{n} {100 * (refit.get(k, 0) - ship.get(k, 0)):+.2f}" for n, k in SUMMARY.items() if n != "F1"
        )
        print(
            f"  {held.name:6} F1 rules {rules['event_f1']:.4f} shipped {ship['event_f1']:.4f}"
            f" refit {refit['event_f1']:.4f} ({d:+.2f})  {fields}",
            flush=True,
        )
    changes = [100 * (r[2]["event_f1"] - r[1]["event_f1"]) for r in rows.values()]
    up, down = sum(c > 1e-9 for c in changes), sum(c < -1e-9 for c in changes)
    mean = sum(changes) / len(changes)
    lo, hi = bootstrap(np.vstack(pooled_ship), np.vstack(pooled_refit), q=(2.5, 97.5))
    b, f = np.vstack(pooled_ship).sum(axis=0), np.vstack(pooled_refit).sum(axis=0)
    pooled = 100 * (_f1(*f) - _f1(*b))
    share = up / (up + down) if up + down else 0.0
    print(
        f"  L1: mean event F1 change over {len(changes)} sets {mean:+.3f} pt (>= +0.5: {mean >= 0.5});"
        f" pooled {pooled:+.3f} pt, seeded paired article bootstrap 95% {100 * lo:+.3f} … {100 * hi:+.3f}"
        f" (above 0: {lo > 0})"
    )
    print(
        f"  L2: sets up {up}, down {down}, unchanged {len(changes) - up - down};"
        f" up share {share:.2f} (>= 2/3: {share >= 2 / 3})"
    )
    names = [c.name for c in collected]
    first, second = compare_sets.halves(names, H2_FIRST)
    for label, a_idx in (("shipped → refit", 1), ("rules → refit", 0)):
        a = {n: short(r[a_idx]) for n, r in rows.items()}
        bb = {n: short(r[2]) for n, r in rows.items()}
        print(f"  L3 {label}:")
        for half, named in (("H1", first), ("H2", second)):
            print("    " + compare_sets.half_line(half, a, bb, named))
    return {"mean": mean, "pooled": pooled, "lo": 100 * lo, "hi": 100 * hi, "up": up, "down": down}


def not_asserted_report(collected: list[Collected]) -> None:
    """Reference, not a learned variant: not-asserted candidates, matched, and F1 without them."""
    print("\nnot-asserted candidates (predicted / hypothetical / negated) per set:")
    for c in collected:
        na = [not_asserted(f) for f in c.features]
        n = int(sum(m.sum() for m in na))
        hit = int(sum((lab * m).sum() for lab, m in zip(c.labels, na, strict=True)))
        base, dropped = score(c, None), score(c, [~m for m in na])
        print(
            f"  {c.name:5} {n:3} records, {hit:3} match gold; F1 with all of them dropped"
            f" {base['event_f1']:.3f} → {dropped['event_f1']:.3f}"
        )


def load_candidates(path: Path | None, *, any_commit: bool = False) -> list[Collected]:
    """The candidates of every set, from ``path`` when it was made at this commit, else collected
    (refused when the imported eventwire is not HEAD's code: run on a clean copy, e.g.
    ``PYTHONPATH=<git archive HEAD src>``)."""

    def collect_all() -> list[Collected]:
        pipeline = Pipeline.load(Settings.from_env(event_filter=False))
        return [collect(name, pipeline) for name in SETS]

    return load_or_collect(path, SETS, collect_all, repo=REPO, any_commit=any_commit)


# Session 14: each open set's rules at the commit that opened it (it was held out until then), so
# their output on it is what unseen text looks like; gold/dev was never held out. dev14 opened in
# session 15 on code identical to 9c4e084 (the opening commit changed only the set lists); dev15
# opened in session 16 on code identical to 7e83969; dev16 opened in session 17 on
# code identical to ac66b22; dev17 opened in session 18 on code identical to a451690; dev18
# opened in session 19 on code identical to c35ffe4; dev19 opened in session 20 on code
# identical to 7161ae2; dev20 opened in session 21 on code identical to 2deacd6; dev21
# opened in session 22 on code identical to f5a99bf; dev22 opened in session 23 on code
# identical to c8f3a84; dev23 opened in session 24 on code identical to 391e715; dev24
# opened in session 25 on code identical to 1e34388; dev25 opened in session 26 on code
# identical to 51e4f14; dev26 opened in session 27 on code identical to ad3b001;
# dev27 opened in session 28 on code identical to 7ce379d;
# dev28 opened in session 29 on code identical to d88b665;
# dev29 opened in session 30 on code identical to bd2d2e0;
# dev30 opened in session 31 on code identical to de11668;
# dev31 opened in session 33 on code identical to decd027;
# dev32 opened in session 34 on code identical to 8afeab7;
# dev33 opened in session 35 on code identical to 78b64b5;
# dev34 opened in session 36 on code identical to dffa841;
# dev35 opened in session 37 on code identical to ef4fda4;
# dev36 opened in session 38 on code identical to 57b9519;
# dev37 opened in session 39 on code identical to 5273b9b;
# dev38 and dev39 opened in session 40 on code identical to e844324;
# dev40 opened in session 41 on code identical to 0c7255c;
# dev41 opened in session 42 on code identical to 2b1f2b0;
# dev42 opened in session 43 on code identical to 87928a6;
# dev43 opened in session 44 on code identical to 042776b;
# dev44 opened in session 45 on code identical to 015cb75;
# dev45 opened in session 46 on code identical to c7b6e15;
# dev46 opened in session 47 on code identical to 805e98d;
# dev47 opened in session 48 on code identical to e733d18;
# dev48 opened in session 49 on code identical to e53149e;
# dev49 opened in session 50 on code identical to 6a3e613;
# dev50 opened in session 51 on code identical to f5f65d4;
# dev51 opened in session 52 on code identical to ca0f343;
# dev52 opened in session 53 on code identical to d75ba26;
# dev53 opened in session 54 on code identical to cf629bf;
# dev54 opened in session 55 on code identical to a529012;
# dev55 opened in session 56 on code identical to cc3253c;
# dev56 opened in session 57 on code identical to 0d1a242;
# dev57 opened in session 58 on code identical to ec8e3f6;
# dev58 opened in session 59 on code identical to 8c85328;
# dev59 opened in session 60 on code identical to bf24464;
# dev60 opened in session 61 on code identical to 3b1824b;
# dev61 opened in session 62 on code identical to 527e64f;
# dev62 opened in session 63 on code identical to 3e93b6e;
# dev63 opened in session 64 on code identical to ca9b337;
# dev64 opened in session 65 on code identical to ff16bce;
# dev65 opened in session 66 on code identical to 65b1f74;
# dev66 opened in session 67 on code identical to 2068724.
FIRST_SEEN = MappingProxyType({
    "dev2": "7c7f398", "dev3": "0056679", "dev4": "67fe388", "dev5": "d8cfdaf", "dev6": "7782653",
    "dev7": "234b609", "dev8": "91c0071", "dev9": "2263d0d", "dev10": "3bb9a41", "dev11": "c6ab86d",
    "dev12": "398f044", "dev13": "f629bb3", "dev14": "9c4e084",
    "dev15": "7e83969", "dev16": "ac66b22", "dev17": "a451690",
    "dev18": "c35ffe4", "dev19": "7161ae2", "dev20": "2deacd6",
    "dev21": "f5a99bf", "dev22": "c8f3a84", "dev23": "391e715",
    "dev24": "1e34388", "dev25": "51e4f14", "dev26": "ad3b001", "dev27": "7ce379d", "dev28": "d88b665",
    "dev29": "bd2d2e0", "dev30": "de11668", "dev31": "decd027", "dev32": "8afeab7", "dev33": "78b64b5",
    "dev34": "dffa841", "dev35": "ef4fda4", "dev36": "57b9519",
    "dev37": "5273b9b", "dev38": "e844324", "dev39": "e844324", "dev40": "0c7255c",
    "dev41": "2b1f2b0", "dev42": "87928a6", "dev43": "042776b", "dev44": "015cb75", "dev45": "c7b6e15",
    "dev46": "805e98d", "dev47": "e733d18", "dev48": "e53149e", "dev49": "6a3e613",
    "dev50": "f5f65d4", "dev51": "ca0f343", "dev52": "d75ba26", "dev53": "cf629bf", "dev54": "a529012",
    "dev55": "cc3253c",
    "dev56": "0d1a242",
    "dev57": "ec8e3f6",
    "dev58": "8c85328",
    "dev59": "bf24464",
    "dev60": "3b1824b",
    "dev61": "527e64f",
    "dev62": "3e93b6e",
    "dev63": "ca9b337",
    "dev64": "ff16bce",
    "dev65": "65b1f74",
    "dev66": "2068724",
})  # fmt: skip
# Sets whose first-seen commit has (about) today's rules: pooled with today's, they would count twice.
NOT_POOLED = frozenset({
    "dev46", "dev47", "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", "dev55",
    "dev56", "dev57", "dev58", "dev59", "dev60", "dev61", "dev62", "dev63", "dev64", "dev65", "dev66",
})  # fmt: skip
TRAIN_ON = ("today", "first-seen", "pooled")


def load_first_seen(
    results_dir: Path, path: Path | None, *, any_commit: bool = False
) -> dict[str, Collected]:
    """First-seen candidates: ``results_dir/res_<set>.json`` holds, per article of the set in gold
    order, ``Result.to_dict()`` of the rules at :data:`FIRST_SEEN`'s commit (run by that commit's
    code); features and labels are today's code on today's gold. Cached in ``path`` like today's."""

    def collect_all() -> list[Collected]:
        pipeline = Pipeline.load(Settings.from_env(event_filter=False))
        out = []
        for name in FIRST_SEEN:
            rows = json.loads((results_dir / f"res_{name}.json").read_text(encoding="utf-8"))
            out.append(collect(name, pipeline, [Result.from_dict(r) for r in rows]))
        return out

    sets = tuple(f"{n}@{c}" for n, c in FIRST_SEEN.items())
    return {c.name: c for c in load_or_collect(path, sets, collect_all, repo=REPO, any_commit=any_commit)}


def pooled(a: Collected, b: Collected) -> Collected:
    """One set's two kinds of candidates as one set (one inner fold: never trained and scored apart)."""
    return Collected(
        a.name,
        [*a.articles, *b.articles],
        [*a.results, *b.results],
        [*a.features, *b.features],
        [*a.labels, *b.labels],
        [*a.keys, *b.keys],
        a.gold_events + b.gold_events,
    )


def training_sets(
    kind: str, today: list[Collected], first: dict[str, Collected], held: str
) -> list[Collected]:
    """The training candidates of one variant of the session-14 protocol, ``held`` left out."""
    if kind == "today":
        return [c for c in today if c.name != held]
    if kind == "first-seen":
        return [c for n, c in first.items() if n != held]
    return [
        pooled(c, first[c.name]) if c.name in first and c.name not in NOT_POOLED else c
        for c in today
        if c.name != held
    ]


def _decider(
    v: Variant, train: list[Collected], first: dict[str, Collected] | None = None
) -> Callable[[Collected], list[np.ndarray]]:
    """Keep flags per article of any set, by the model chosen and fitted on ``train`` (the choice
    on ``first``'s candidates of the training sets for the first-seen rules)."""
    ch = choose_first_seen(v, train, first or {}) if v.rule in FS_RULES else choose(v, train)
    model = _fits(v, *_stack(v, train))[ch.strength]

    def decide(held: Collected) -> list[np.ndarray]:
        return [_keep(model.predict(x), x, ch) for x in _apply_matrix(v, held, train)]

    return decide


def _summary(rows: list[tuple[str, dict[str, float], dict[str, float]]]) -> dict[str, float]:
    """Mean changes (points) over folds, the seven-field sum, worst fold, folds < -0.5, the rule."""
    changes = [f["event_f1"] - b["event_f1"] for _, b, f in rows]
    means = {
        k: 100 * sum(f.get(k, 0) - b.get(k, 0) for _, b, f in rows) / len(rows) for k in SUMMARY.values()
    }
    out = dict(means)
    out["sum"] = sum(means[k] for k in FIELD_KEYS)
    out["worst"] = 100 * min(changes)
    out["losing"] = float(sum(d < -0.005 for d in changes))
    out["rule"] = float(loso_rule(means["event_f1"], int(out["losing"]), means))
    return out


def first_seen_compare(v: Variant, today: list[Collected], first: dict[str, Collected]) -> dict[str, float]:
    """Session 14: the model trained on today's, first-seen or pooled candidates of the other sets,
    each fold scored on its first-seen candidates and on its today's; prints the tables, returns
    each kind's mean (F1 change + seven-field sum) on the first-seen folds."""
    by_name = {c.name: c for c in today}
    result: dict[str, float] = {}
    for kind in TRAIN_ON:
        print(f"\ntrained on {kind} candidates of the other sets:")
        rows_fs: list[tuple[str, dict[str, float], dict[str, float]]] = []
        rows_td: list[tuple[str, dict[str, float], dict[str, float]]] = []
        for held in [c.name for c in today]:
            decide = _decider(v, training_sets(kind, today, first, held))
            line = f"  {held:6}"
            for label, cand, rows in (
                ("first-seen", first.get(held), rows_fs),
                ("today", by_name[held], rows_td),
            ):
                if cand is None:
                    continue
                base, filt = score(cand, None), score(cand, decide(cand), v.action, v.fold)
                rows.append((held, base, filt))
                d = {k: 100 * (filt.get(k, 0) - base.get(k, 0)) for k in SUMMARY.values()}
                line += (
                    f" | {label} F1 {base['event_f1']:.3f}→{filt['event_f1']:.3f}"
                    f" ({d['event_f1']:+.2f}; sum {sum(d[k] for k in FIELD_KEYS):+.2f})"
                )
            print(line)
        for label, rows in (("first-seen folds", rows_fs), ("today's folds", rows_td)):
            m = _print_summary(label, rows)
            if label.startswith("first"):
                result[kind] = m["event_f1"] + m["sum"] if m["rule"] else float("-inf")
                result[f"{kind} F1+sum"] = m["event_f1"] + m["sum"]
    return result


def _print_summary(
    label: str, rows: list[tuple[str, dict[str, float], dict[str, float]]]
) -> dict[str, float]:
    """Print one kind of folds' mean changes (:func:`_summary`) on one line and return them."""
    m = _summary(rows)
    print(
        f"  {label} ({len(rows)}): "
        + "  ".join(f"{n} {m[k]:+.2f}" for n, k in SUMMARY.items())
        + f"  sum {m['sum']:+.2f}  worst {m['worst']:+.2f}  folds<-0.5 {m['losing']:.0f}"
        + f"  F1+sum {m['event_f1'] + m['sum']:+.2f}  rule {'met' if m['rule'] else 'not met'}"
    )
    return m


def _choice(v: Variant, train: list[Collected], first: dict[str, Collected]) -> Choice:
    return choose_first_seen(v, train, first) if v.rule in FS_RULES else choose(v, train)


def session15_compare(
    variants: tuple[Variant, ...], today: list[Collected], first: dict[str, Collected]
) -> dict[str, dict[str, float]]:
    """Session 15: each variant trained on the other sets' today's candidates (its strength and
    threshold chosen its own way), scored on the left-out set's first-seen candidates (dev2 …
    dev14) and on its today's (all sets); prints the folds, the means and the decision fixed in
    docs/event-filter.md; returns each variant's first-seen-fold summary (:func:`_summary`)."""
    out: dict[str, dict[str, float]] = {}
    for v in variants:
        print(f"\n{v.label}:")
        rows_fs: list[tuple[str, dict[str, float], dict[str, float]]] = []
        rows_td: list[tuple[str, dict[str, float], dict[str, float]]] = []
        for held in today:
            train = [c for c in today if c is not held]
            ch = _choice(v, train, first)
            model = _fits(v, *_stack(v, train))[ch.strength]
            line = f"  {held.name:6} λ {ch.strength:4.0f} thr {ch.threshold:.3f}"
            for label, cand, rows in (
                ("first-seen", first.get(held.name), rows_fs),
                ("today", held, rows_td),
            ):
                if cand is None:
                    continue
                keep = [_keep(model.predict(x), x, ch) for x in _apply_matrix(v, cand, train)]
                base, filt = score(cand, None), score(cand, keep, v.action, v.fold)
                rows.append((held.name, base, filt))
                d = {k: 100 * (filt.get(k, 0) - base.get(k, 0)) for k in SUMMARY.values()}
                line += (
                    f" | {label} F1 {base['event_f1']:.3f}→{filt['event_f1']:.3f} ({d['event_f1']:+.2f};"
                    f" R {d['event_recall']:+.2f}; sum {sum(d[k] for k in FIELD_KEYS):+.2f})"
                )
            print(line, flush=True)
        for label, rows in (("first-seen folds", rows_fs), ("today's folds", rows_td)):
            m = _print_summary(label, rows)
            if label.startswith("first"):
                out[v.label] = m
    ref = out[variants[0].label]
    ref_score = ref["event_f1"] + ref["sum"]
    winners = [
        (m["event_f1"] + m["sum"], label)
        for label, m in out.items()
        if label != variants[0].label and m["rule"] and m["event_f1"] + m["sum"] >= ref_score + 0.3
    ]
    chosen = max(winners)[1] if winners else f"no variant wins; the packaged options {variants[0].label}"
    print(f"\ndecision: {chosen}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dims", type=int, default=0, help="doc.tensor values of the trigger token (0–96)")
    ap.add_argument(
        "--rule",
        choices=("half-f1", "inner-f1", "fields", *FS_RULES),
        default="half-f1",
        help="threshold rule",
    )
    ap.add_argument("--portable", action="store_true", help="leave out the document-shape features")
    ap.add_argument("--no-prior", action="store_true", help="leave the learned trigger prior out")
    ap.add_argument("--action", choices=ACTIONS, default="drop", help="what becomes of a rejected event")
    ap.add_argument("--candidates", type=Path, help="cache the collected candidates in this pickle")
    ap.add_argument(
        "--any-commit", action="store_true", help="use --candidates even if made at another commit"
    )
    ap.add_argument(
        "--variants", action="store_true", help="also compare the variants on the same candidates"
    )
    ap.add_argument(
        "--fold-variants", action="store_true", help="compare the fold options (session 11) first"
    )
    ap.add_argument(
        "--fold-variants-12", action="store_true", help="compare the session-12 fold options first"
    )
    ap.add_argument(
        "--fold-variants-13", action="store_true", help="compare the session-13 fold options first"
    )
    ap.add_argument(
        "--first-seen",
        type=Path,
        help="session 14: a directory of res_<set>.json, each set's records by its first-seen commit",
    )
    ap.add_argument("--first-seen-candidates", type=Path, help="cache the first-seen candidates here")
    ap.add_argument(
        "--compare-first-seen", action="store_true", help="session 14: today's / first-seen / pooled"
    )
    ap.add_argument(
        "--session-15", action="store_true", help="session 15: threshold and strength chosen on first-seen"
    )
    ap.add_argument("--train-on", choices=TRAIN_ON, default="today", help="candidates of the final fit")
    ap.add_argument("--fold", nargs="*", choices=FOLD_OPTIONS, default=[], help="fold options of merge/dedup")
    ap.add_argument("--fit-only", action="store_true", help="skip the leave-one-set-out table")
    ap.add_argument(
        "--against-shipped",
        action="store_true",
        help="route L: also score each LOSO fold against the packaged model's decisions",
    )
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(REPO)}")
    ap.add_argument(
        "--out", type=Path, default=OUT, help="where --write writes (default: the packaged model)"
    )
    args = ap.parse_args()
    collected = load_candidates(args.candidates, any_commit=args.any_commit)
    for c in collected:
        n = sum(len(lab) for lab in c.labels)
        pos = int(sum(lab.sum() for lab in c.labels))
        print(f"{c.name}: {len(c.articles)} articles, {n} candidates, {pos} matched, {c.gold_events} gold")
    if args.variants:
        not_asserted_report(collected)
    runs = (
        (args.variants, "variants", VARIANTS, False),
        (args.fold_variants, "fold variants", FOLD_VARIANTS, False),
        (args.fold_variants_12, "session-12 fold variants", FOLD_VARIANTS_12, True),
        (args.fold_variants_13, "session-13 fold variants", FOLD_VARIANTS_13, True),
    )
    for wanted, title, variants, verbose in runs:
        if not wanted:
            continue
        print(f"\n{title}, leave-one-author-set-out")
        for variant in variants:
            print(f"{variant.label}:")
            loao(variant, collected, verbose=verbose)
    v = Variant(
        "chosen",
        prior=not args.no_prior,
        action=args.action,
        rule=args.rule,
        portable=args.portable,
        dims=max(0, min(args.dims, TENSOR_DIMS)),
        fold=tuple(args.fold),
    )
    first: dict[str, Collected] = {}
    if args.first_seen is not None:
        first = load_first_seen(args.first_seen, args.first_seen_candidates, any_commit=args.any_commit)
        for c in first.values():
            n = sum(len(lab) for lab in c.labels)
            pos = int(sum(lab.sum() for lab in c.labels))
            print(f"{c.name} first seen at {FIRST_SEEN[c.name]}: {n} candidates, {pos} matched")
    if args.compare_first_seen:
        first_seen_compare(v, collected, first)
    if args.session_15:
        if not first:
            ap.error("--session-15 needs --first-seen")
        session15_compare(SESSION_15, collected, first)
    if not args.fit_only:
        print(f"\nleave-one-author-set-out ({v})")
        loao(v, collected, verbose=True)
        if args.against_shipped:
            against_shipped(v, collected, load_filter())
    if (args.train_on != "today" or v.rule in FS_RULES) and not first:
        ap.error("--train-on first-seen/pooled and the first-seen rules need --first-seen")
    trained = training_sets(args.train_on, collected, first, held="")
    ch = _choice(v, trained, first)
    model = _fits(v, *_stack(v, trained))[ch.strength]
    final = to_filter(v, model, ch.threshold, trained)
    print(
        f"\nall {len(trained)} sets ({args.train_on} candidates): lambda {ch.strength},"
        f" threshold {ch.threshold:.2f},"
        f" inner F1 {ch.inner_f1:.4f}"
    )
    order = np.argsort(-np.abs(final.weights))
    for k in order[:15]:
        print(f"  {final.features[k]:28} {final.weights[k]:+.3f}")
    if args.write:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(final.to_dict(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
