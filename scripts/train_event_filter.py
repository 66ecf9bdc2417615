"""Train the learned event filter on the open gold sets, measure it leaving one author set out, write it.

    EVENTWIRE_CACHE=/tmp/ewcache .venv/bin/python scripts/train_event_filter.py [--write]

1. Runs the pipeline (rules only, filter off) over gold/dev, gold/dev2 and gold/dev3 and takes,
   for every predicted event, its features (``eventwire.extract.event_filter.event_features``) and
   its label: 1 when it matches a gold event the way ``evaluate/scoring.py`` matches (typed).
2. Leave-one-author-set-out: for each set, fits on the other two (the L2 strength and the
   threshold are chosen inside those two by training on one and scoring the other), drops the
   held-out set's events below the threshold, and scores the held-out set with the real scorer
   (``score_corpus``), next to the rules alone.
3. Fits on all three (strength and threshold chosen by the three folds) and, with ``--write``,
   stores ``src/eventwire/data/models/event_filter.json``.

Deterministic: Newton steps on a convex loss from zero; the only random numbers are the
seeded article bootstrap of the reported intervals. Never reads
gold/test or gold/dev4.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

import numpy as np

from eventwire.evaluate.gold import find_anchor, load_gold
from eventwire.evaluate.scoring import _match, score_corpus
from eventwire.extract.event_filter import (
    ACTIONS,
    FEATURE_NAMES,
    FORMAT_VERSION,
    TENSOR_PREFIX,
    Action,
    EventFilter,
    apply_decisions,
    event_features,
    trigger_key,
)
from eventwire.pipeline import Pipeline, _release
from eventwire.records import Result
from eventwire.settings import Settings

if TYPE_CHECKING:
    from eventwire.evaluate.gold import GoldArticle

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src" / "eventwire" / "data" / "models" / "event_filter.json"
SETS = ("dev", "dev2", "dev3")
LAMBDAS = (1.0, 3.0, 10.0, 30.0, 100.0)
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.05, 0.81, 0.05))
TENSOR_DIMS = 96


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


def collect(name: str, pipeline: Pipeline) -> Collected:
    articles = load_gold(REPO / "gold" / name)
    results: list[Result] = []
    feats: list[np.ndarray] = []
    labels: list[np.ndarray] = []
    keys: list[list[str]] = []
    n_gold = 0
    for article in articles:
        document = article.document()
        doc = pipeline.nlp(document.text)
        try:
            result = pipeline._extract(document, doc)
            events = result.events
            rows = [event_features(e, doc, events, tensor_dims=TENSOR_DIMS) for e in events]
            keys.append([trigger_key(e, doc) for e in events])
        finally:
            _release(doc)
        gold = [
            (g, find_anchor(article.text, g["anchor"], g.get("occurrence", 1)))
            for g in article.annotation.get("events", [])
        ]
        n_gold += len(gold)
        matched = {pi for _, pi in _match(gold, list(events), typed=True)}
        width = len(FEATURE_NAMES) + TENSOR_DIMS
        results.append(result)
        feats.append(np.array(rows, dtype=float).reshape(len(rows), width))
        labels.append(np.array([i in matched for i in range(len(events))], dtype=float))
    return Collected(name, articles, results, feats, labels, keys, n_gold)


PRIOR_COL = FEATURE_NAMES.index("trigger_prior")
SMOOTHING = 4.0  # pseudo-candidates at the overall match rate added to each trigger key
USE_PRIOR = True
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
PORTABLE = False
ACTION: Action = "drop"


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


def _stack(sets: list[Collected], dims: int) -> tuple[np.ndarray, np.ndarray]:
    """Training matrix: each article's trigger prior comes from the other articles (out of fold)."""
    width = len(FEATURE_NAMES) + dims
    n, pos = _counts(sets)
    total, total_pos = sum(n.values()), sum(pos.values())
    blocks = []
    for c in sets:
        for f, ks, lab in zip(c.features, c.keys, c.labels, strict=True):
            block = f[:, :width].copy()
            if USE_PRIOR and len(ks):
                mine_n = Counter(ks)
                mine_pos = Counter(k for k, y in zip(ks, lab, strict=True) if y)
                p0 = (total_pos - sum(mine_pos.values())) / max(total - len(ks), 1)
                base = _logit(p0)
                for r, k in enumerate(ks):
                    kn, kp = n[k] - mine_n[k], pos[k] - mine_pos[k]
                    block[r, PRIOR_COL] = _logit((kp + SMOOTHING * p0) / (kn + SMOOTHING)) - base
            blocks.append(block)
    x = np.vstack(blocks)
    if PORTABLE:
        x[:, DOCUMENT_SHAPE] = 0.0
    y = np.concatenate([lab for c in sets for lab in c.labels])
    return x, y


def _apply_matrix(held: Collected, train: list[Collected], dims: int) -> list[np.ndarray]:
    """Held-out matrices per article, the trigger prior from all of ``train``."""
    width = len(FEATURE_NAMES) + dims
    table = prior_table(*_counts(train)) if USE_PRIOR else {}
    out = []
    for f, ks in zip(held.features, held.keys, strict=True):
        block = f[:, :width].copy()
        for r, k in enumerate(ks):
            block[r, PRIOR_COL] = table.get(k, 0.0)
        if PORTABLE:
            block[:, DOCUMENT_SHAPE] = 0.0
        out.append(block)
    return out


def fit(x: np.ndarray, y: np.ndarray, lam: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """L2 logistic regression on standardised features by Newton's method: mean, scale, w, b."""
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
    return mean, scale, theta[:-1], float(theta[-1])


def predict(model: tuple[np.ndarray, np.ndarray, np.ndarray, float], x: np.ndarray) -> np.ndarray:
    mean, scale, w, b = model
    p: np.ndarray = 1.0 / (1.0 + np.exp(-(((x - mean) / scale) @ w + b)))
    return p


def _f1(tp: float, fp: float, fn: float) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose(sets: list[Collected], dims: int, rule: str) -> tuple[float, float, float]:
    """(lambda, threshold, inner F1): each of ``sets`` scored by a model fitted on the others.

    F1 here counts events the scorer's way: a kept matched event is a true positive, a kept
    unmatched one a false positive, every gold event not kept-and-matched a miss.
    ``rule`` "inner-f1": lambda and threshold maximise that F1 (threshold 0, keep all, is a
    candidate, so the filter only drops when that paid off inside). ``rule`` "half-f1": lambda
    minimises the inner log-loss and the threshold is half the rules' own F1 on ``sets`` (the
    decision rule that maximises expected F1 when probabilities are calibrated: drop a
    candidate when its chance of being right is below F1/2).
    """
    best = (LAMBDAS[0], 0.0, -1.0)
    best_loss = float("inf")
    for lam in LAMBDAS:
        probs, labels, gold = [], [], 0
        for i, held in enumerate(sets):
            rest = [c for j, c in enumerate(sets) if j != i]
            model = fit(*_stack(rest, dims), lam)
            probs.append(predict(model, np.vstack(_apply_matrix(held, rest, dims))))
            labels.append(np.concatenate(held.labels))
            gold += held.gold_events
        p, y = np.concatenate(probs), np.concatenate(labels)
        if rule == "half-f1":
            q = np.clip(p, 1e-6, 1 - 1e-6)
            loss = float(-(y * np.log(q) + (1 - y) * np.log(1 - q)).mean())
            if loss < best_loss:
                best_loss = loss
                tp = float(y.sum())
                base = _f1(tp, float(len(y) - tp), gold - tp)
                best = (lam, round(base / 2, 4), base)
            continue
        for t in (0.0, *THRESHOLDS):
            keep = p >= t
            tp = float((keep & (y == 1)).sum())
            f1 = _f1(tp, float((keep & (y == 0)).sum()), gold - tp)
            if f1 > best[2] + 1e-9:
                best = (lam, t, f1)
    return best


def to_filter(model: tuple[np.ndarray, np.ndarray, np.ndarray, float], threshold: float, dims: int,
              trained: list[Collected]) -> EventFilter:  # fmt: skip
    mean, scale, w, b = model
    names = (*FEATURE_NAMES, *(f"{TENSOR_PREFIX}{i}" for i in range(dims)))
    return EventFilter(
        version=FORMAT_VERSION,
        features=names,
        mean=tuple(float(v) for v in mean),
        scale=tuple(float(v) for v in scale),
        weights=tuple(float(v) for v in w),
        bias=b,
        threshold=threshold,
        tensor_dims=dims,
        trained_on=tuple(c.name for c in trained),
        action=ACTION,
        prior=MappingProxyType(prior_table(*_counts(trained)) if USE_PRIOR else {}),
    )


def score(c: Collected, keep: list[np.ndarray] | None, action: Action = "drop") -> dict[str, float]:
    items: list[tuple[GoldArticle, Result | None]] = []
    for i, (article, result) in enumerate(zip(c.articles, c.results, strict=True)):
        if keep is not None:
            result = result.replace(events=apply_decisions(result.events, [bool(k) for k in keep[i]], action))
        items.append((article, result))
    return score_corpus(items, corpus=c.name).metrics()


def _article_counts(c: Collected, keep: list[np.ndarray] | None, action: Action) -> np.ndarray:
    """Per article (tp, fp, fn) of typed event matching, for the bootstrap."""
    rows = []
    for i, (article, result) in enumerate(zip(c.articles, c.results, strict=True)):
        if keep is not None:
            result = result.replace(events=apply_decisions(result.events, [bool(k) for k in keep[i]], action))
        ev = score_corpus([(article, result)], corpus=c.name).events
        rows.append((ev.tp, ev.fp, ev.fn))
    return np.array(rows, dtype=float)


def bootstrap(base: np.ndarray, filt: np.ndarray, n: int = 2000) -> tuple[float, float]:
    """90% interval of the F1 change, resampling the held-out set's articles (paired, seed 0)."""
    rng = np.random.default_rng(0)
    deltas = []
    for _ in range(n):
        pick = rng.integers(0, len(base), len(base))
        b, f = base[pick].sum(axis=0), filt[pick].sum(axis=0)
        deltas.append(_f1(*f) - _f1(*b))
    lo, hi = np.percentile(deltas, [5, 95])
    return float(lo), float(hi)


KEYS = ("event_precision", "event_recall", "event_f1", "type_accuracy")
VARIANTS = (  # (label, tensor dims, threshold rule, trigger prior, portable)
    ("shipped: half-F1 threshold, trigger prior", 0, "half-f1", True, False),
    ("threshold tuned inside the training sets", 0, "inner-f1", True, False),
    ("no trigger prior", 0, "half-f1", False, False),
    ("no document-shape features (portable)", 0, "half-f1", True, True),
    ("+ 16 doc.tensor dims", 16, "half-f1", True, False),
    ("+ 96 doc.tensor dims", 96, "half-f1", True, False),
)


def loao(collected: list[Collected], dims: int, rule: str, *, verbose: bool) -> tuple[float, float]:
    """Leave-one-author-set-out table; returns (mean F1 change, worst fold's F1 change)."""
    if verbose:
        print(f"{'held out':8} {'lambda':>6} {'thr':>5} | " + " | ".join(f"{k:>15}" for k in KEYS))
    rows = []
    for i, held in enumerate(collected):
        train = [c for j, c in enumerate(collected) if j != i]
        lam, thr, _inner = choose(train, dims, rule)
        model = fit(*_stack(train, dims), lam)
        keep = [predict(model, f) >= thr for f in _apply_matrix(held, train, dims)]
        base, filt = score(held, None), score(held, keep, ACTION)
        rows.append((held.name, base, filt))
        if verbose:
            cells = " | ".join(f"{base.get(k, 0):.3f} → {filt.get(k, 0):.3f}" for k in KEYS)
            dropped = int(sum((~k).sum() for k in keep))
            lo, hi = bootstrap(_article_counts(held, None, ACTION), _article_counts(held, keep, ACTION))
            print(
                f"{held.name:8} {lam:6.1f} {thr:5.2f} | {cells}"
                f"   (dropped {dropped}; F1 change 90% CI {lo:+.3f}…{hi:+.3f})"
            )
        else:
            print(f"  {held.name}: F1 {base['event_f1']:.3f} → {filt['event_f1']:.3f}", end="")
    changes = [f["event_f1"] - b["event_f1"] for _, b, f in rows]
    mean, worst = sum(changes) / len(changes), min(changes)
    print(f"{'' if verbose else '  |'} mean F1 change {mean:+.4f}, worst fold {worst:+.4f}")
    return mean, worst


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dims", type=int, default=0, help="doc.tensor values of the trigger token (0–96)")
    ap.add_argument("--rule", choices=("half-f1", "inner-f1"), default="half-f1", help="threshold rule")
    ap.add_argument("--portable", action="store_true", help="leave out the document-shape features")
    ap.add_argument("--no-prior", action="store_true", help="leave the learned trigger prior out")
    ap.add_argument("--action", choices=ACTIONS, default="drop", help="what becomes of a rejected event")
    ap.add_argument(
        "--variants", action="store_true", help="also compare the variants on the same candidates"
    )
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(REPO)}")
    ap.add_argument(
        "--out", type=Path, default=OUT, help="where --write writes (default: the packaged model)"
    )
    args = ap.parse_args()
    global USE_PRIOR, PORTABLE, ACTION
    ACTION = args.action
    pipeline = Pipeline.load(Settings.from_env(event_filter=False))
    collected = [collect(name, pipeline) for name in SETS]
    for c in collected:
        n = sum(len(lab) for lab in c.labels)
        pos = int(sum(lab.sum() for lab in c.labels))
        print(f"{c.name}: {len(c.articles)} articles, {n} candidates, {pos} matched, {c.gold_events} gold")
    if args.variants:
        print("\nvariants, leave-one-author-set-out")
        for label, v_dims, v_rule, v_prior, v_portable in VARIANTS:
            USE_PRIOR, PORTABLE = v_prior, v_portable
            print(f"{label}:")
            loao(collected, v_dims, v_rule, verbose=False)
    dims = max(0, min(args.dims, TENSOR_DIMS))
    PORTABLE = args.portable
    USE_PRIOR = not args.no_prior
    print(
        f"\nleave-one-author-set-out (dims={dims}, rule={args.rule}, prior={USE_PRIOR}, portable={PORTABLE})"
    )
    loao(collected, dims, args.rule, verbose=True)
    lam, thr, inner = choose(collected, dims, args.rule)
    model = fit(*_stack(collected, dims), lam)
    final = to_filter(model, thr, dims, collected)
    print(f"\nall three sets: lambda {lam}, threshold {thr:.2f}, inner F1 {inner:.4f}")
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
