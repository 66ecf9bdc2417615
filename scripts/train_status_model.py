"""Train the learned status model on the open gold sets, measure it leaving one author set out, write it.

    EVENTWIRE_CACHE=/tmp/ewcache .venv/bin/python scripts/train_status_model.py \
        [--candidates /tmp/sm_candidates.pkl] [--write]

1. Runs the pipeline (rules only: type model, event filter and status model off) over the open
   author sets (``SETS``: gold/dev, gold/dev2 … gold/dev66, named one by one) and takes, for
   every predicted event, its features (``eventwire.extract.status_model.status_features``)
   and its label: the status of the gold event it matches the way ``evaluate/scoring.py``
   measures status accuracy (typed matching). Unmatched events are not training items.
   ``--candidates`` caches this to a pickle (re-collected when made at another commit).
2. Leave-one-author-set-out: for each set, fits on the others (the L2 strength by the lowest
   inner log-loss, the margin by the inner status accuracy without raising the inner count of
   denials / threats labelled asserted; each training set predicted from a model fitted on the
   rest), re-labels the held-out set's events (``relabel``: the source follows) and scores it
   with the real scorer (``score_corpus``) next to the rules alone on the same events.
3. Fits on all sets and, with ``--write``, stores ``src/eventwire/data/models/status_model.json``.

Deterministic: majorise-minimise steps (Böhning's bound on the softmax Hessian) on a convex
loss from zero. Never reads gold/test or gold/dev40 (held out).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from eventwire.evaluate.candidates import OPEN_SETS, load_or_collect
from eventwire.evaluate.gold import anchored, load_gold
from eventwire.evaluate.scoring import _match, score_corpus
from eventwire.extract.status_model import (
    FEATURES,
    FORMAT_VERSION,
    StatusModel,
    _covering,
    relabel,
    status_features,
)
from eventwire.pipeline import Pipeline, _release
from eventwire.records import EVENT_STATUSES, Result
from eventwire.settings import Settings

if TYPE_CHECKING:
    from eventwire.evaluate.gold import GoldArticle

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src" / "eventwire" / "data" / "models" / "status_model.json"
# The open author sets, named one by one (gold/test and gold/dev67 are held out: never listed).
SETS = OPEN_SETS
CLASSES = EVENT_STATUSES
K = len(CLASSES)
ASSERTED = CLASSES.index("asserted")
ATTRIBUTED = CLASSES.index("attributed")
NOT_YET_OR_DENIED = tuple(CLASSES.index(s) for s in ("predicted", "hypothetical", "negated"))
CHECK_SETS = ("dev6", "dev7", "dev8")  # this session's check sets: no per-fold detail printed
LAMBDAS = (1.0, 3.0, 10.0, 30.0, 100.0)
MARGINS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 2.0)  # 2.0: never change
STATUS_COLS = tuple(FEATURES.index(f"status={s}") for s in CLASSES)
# The first run's features end before "own:modifier" (docs/status-model.md: the second variant adds
# the rest); ``--variant first`` zeroes the later columns (a zero column is left out of the fit).
FIRST_WIDTH = FEATURES.index("own:modifier")
VARIANT = {"width": len(FEATURES)}


@dataclass
class Collected:
    """One gold set run through the pipeline."""

    name: str
    articles: list[GoldArticle]
    results: list[Result]
    x: list[np.ndarray]  # per article: events × FEATURES
    can_attribute: list[np.ndarray]  # per article: the event has a source or a covering claim
    labels: list[list[str | None]]  # gold status of the typed-matched gold event, else None


def collect(name: str, pipeline: Pipeline) -> Collected:
    articles = load_gold(REPO / "gold" / name)
    c = Collected(name, articles, [], [], [], [])
    for article in articles:
        document = article.document()
        published = date.fromisoformat(document.published) if document.published else None
        doc = pipeline.nlp(document.text)
        try:
            result = pipeline._extract(document, doc)
            events = result.events
            rows = [status_features(e, doc, result.claims, published, document.publisher) for e in events]
        finally:
            _release(doc)
        gold = anchored(article.text, article.annotation.get("events", []))
        label: list[str | None] = [None] * len(events)
        for gi, pi in _match(gold, list(events), typed=True):
            label[pi] = str(gold[gi][0].get("status", "asserted"))
        can = [e.source is not None or any(_covering(e, result.claims)) for e in events]
        c.results.append(result)
        c.x.append(np.array(rows, dtype=float).reshape(len(rows), len(FEATURES)))
        c.can_attribute.append(np.array(can, dtype=bool))
        c.labels.append(label)
    return c


def load_candidates(path: Path | None, *, any_commit: bool = False) -> list[Collected]:
    """The candidates of every set, from ``path`` when it was made at this commit, else collected."""

    def collect_all() -> list[Collected]:
        pipeline = Pipeline.load(Settings.from_env(event_filter=False))
        return [collect(name, pipeline) for name in SETS]

    return load_or_collect(path, SETS, collect_all, repo=REPO, any_commit=any_commit)


# --- matrices ----------------------------------------------------------------------------


def matrix(sets: list[Collected]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Labelled rows of ``sets``: (features, gold class, can be attributed)."""
    xs: list[np.ndarray] = []
    ys: list[int] = []
    cs: list[np.ndarray] = []
    for c in sets:
        for a in range(len(c.articles)):
            keep = [i for i, y in enumerate(c.labels[a]) if y is not None]
            x = c.x[a][keep].copy()
            x[:, VARIANT["width"] :] = 0.0
            xs.append(x)
            cs.append(c.can_attribute[a][keep])
            ys.extend(CLASSES.index(str(c.labels[a][i])) for i in keep)
    return np.vstack(xs), np.array(ys, dtype=int), np.concatenate(cs)


def rule_status(x: np.ndarray) -> np.ndarray:
    r: np.ndarray = x[:, list(STATUS_COLS)].argmax(axis=1)
    return r


# --- model -------------------------------------------------------------------------------


@dataclass
class Softmax:
    mean: np.ndarray
    scale: np.ndarray
    w: np.ndarray  # K × d
    b: np.ndarray  # K

    def predict(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.w.T + self.b
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        p: np.ndarray = e / e.sum(axis=1, keepdims=True)
        return p


def fit(x: np.ndarray, y: np.ndarray, lam: float, iters: int = 400) -> Softmax:
    """L2 multinomial logistic regression, standardised features; Böhning's MM steps from zero."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    n, d = z.shape
    onehot = np.zeros((n, K))
    onehot[np.arange(n), y] = 1.0
    reg = np.full(d, lam)
    reg[-1] = 1e-3
    a = 0.5 * (np.eye(K) - np.ones((K, K)) / K)
    bound = np.kron(a, z.T @ z) + np.diag(np.tile(reg, K))
    inv = np.linalg.inv(bound)
    theta = np.zeros((K, d))
    for _ in range(iters):
        s = z @ theta.T
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - onehot).T @ z + theta * reg
        step = (inv @ grad.reshape(-1)).reshape(K, d)
        theta -= step
        if np.abs(step).max() < 1e-7:
            break
    return Softmax(mean, scale, theta[:, :-1], theta[:, -1])


def decide(p: np.ndarray, rule: np.ndarray, margin: float, can: np.ndarray) -> np.ndarray:
    """Class per row: the rules' status unless another beats it by more than ``margin``; a move to
    ``attributed`` without a source or covering claim is refused (as :func:`relabel` does)."""
    rows = np.arange(len(p))
    best = p.argmax(axis=1)
    change = (best != rule) & (p[rows, best] - p[rows, rule] > margin)
    change &= ~((best == ATTRIBUTED) & ~can)
    out: np.ndarray = np.where(change, best, rule)
    return out


def violations(pred: np.ndarray, y: np.ndarray) -> int:
    return int((np.isin(y, NOT_YET_OR_DENIED) & (pred == ASSERTED)).sum())


@dataclass(frozen=True)
class Choice:
    lam: float
    margin: float
    inner_accuracy: float
    rules_accuracy: float


def choose(sets: list[Collected]) -> Choice:
    """λ by the lowest inner log-loss; the margin by the inner status accuracy among margins that do
    not raise the inner violations (ties: larger margin)."""
    preds: dict[float, list[np.ndarray]] = {}
    xs, ys, cs = [], [], []
    for i, held in enumerate(sets):
        rest = [c for j, c in enumerate(sets) if j != i]
        x, y, _ = matrix(rest)
        xh, yh, ch = matrix([held])
        for lam in LAMBDAS:
            preds.setdefault(lam, []).append(fit(x, y, lam).predict(xh))
        xs.append(xh)
        ys.append(yh)
        cs.append(ch)
    y = np.concatenate(ys)
    can = np.concatenate(cs)
    rule = rule_status(np.vstack(xs))
    best_lam, best_loss = LAMBDAS[0], float("inf")
    for lam, parts in preds.items():
        p = np.vstack(parts)
        loss = float(-np.log(np.clip(p[np.arange(len(y)), y], 1e-9, 1)).mean())
        if loss < best_loss - 1e-12:
            best_lam, best_loss = lam, loss
    p = np.vstack(preds[best_lam])
    base_viol = violations(rule, y)
    best_m, best_acc = MARGINS[-1], float((rule == y).mean())
    for m in sorted(MARGINS, reverse=True):
        new = decide(p, rule, m, can)
        acc = float((new == y).mean())
        if acc > best_acc + 1e-9 and violations(new, y) <= base_viol:
            best_m, best_acc = m, acc
    return Choice(best_lam, best_m, best_acc, float((rule == y).mean()))


def to_model(model: Softmax, margin: float, trained: list[Collected]) -> StatusModel:
    return StatusModel(
        version=FORMAT_VERSION,
        features=FEATURES,
        classes=CLASSES,
        mean=tuple(float(v) for v in model.mean),
        scale=tuple(float(v) for v in model.scale),
        weights=tuple(tuple(float(v) for v in row) for row in model.w),
        bias=tuple(float(v) for v in model.b),
        margin=margin,
        trained_on=tuple(c.name for c in trained),
    )


# --- measuring ---------------------------------------------------------------------------


def relabelled(
    c: Collected, model: Softmax, margin: float
) -> tuple[list[Result], int, int, int, Counter[str]]:
    """Results with the model's statuses; (results, changed matched, now right, was right, moves)."""
    out = []
    n = right = was = 0
    moves: Counter[str] = Counter()
    for a, result in enumerate(c.results):
        if not result.events:
            out.append(result)
            continue
        x = c.x[a].copy()
        x[:, VARIANT["width"] :] = 0.0
        new = decide(model.predict(x), rule_status(x), margin, c.can_attribute[a])
        events = []
        for i, e in enumerate(result.events):
            s = CLASSES[int(new[i])]
            if s != e.status:
                e2 = relabel(e, s, result.claims)
                y = c.labels[a][i]
                if y is not None and e2.status != e.status:
                    n += 1
                    right += y == e2.status
                    was += y == e.status
                    moves[f"{e.status}->{e2.status} (gold {y})"] += 1
                e = e2
            events.append(e)
        out.append(result.replace(events=tuple(events)))
    return out, n, right, was, moves


FIELDS = ("status_accuracy", "source_accuracy")


def loao(collected: list[Collected], *, verbose: bool) -> None:
    print("\nleave-one-author-set-out")
    print(
        f"{'held out':8} {'λ':>4} {'margin':>6} | {'status':>15} | {'source':>15} | {'att':>7} | {'viol':>7}"
        " | changed (right / was right)"
    )
    sd, srcd = [], []
    viol_up = 0
    tot = Counter[str]()
    for i, held in enumerate(collected):
        train = [c for j, c in enumerate(collected) if j != i]
        ch = choose(train)
        model = fit(*matrix(train)[:2], ch.lam)
        results, n, right, was, moves = relabelled(held, model, ch.margin)
        tot.update(moves)
        rb = score_corpus(list(zip(held.articles, held.results, strict=True)), corpus=held.name)
        rn = score_corpus(list(zip(held.articles, results, strict=True)), corpus=held.name)
        base, new = rb.metrics(), rn.metrics()
        sd.append(new["status_accuracy"] - base["status_accuracy"])
        srcd.append(new.get("source_accuracy", 0) - base.get("source_accuracy", 0))
        viol_up += rn.asserted_violations > rb.asserted_violations
        cells = " | ".join(f"{base.get(k, 0):.3f} → {new.get(k, 0):.3f}" for k in FIELDS)
        print(
            f"{held.name:8} {ch.lam:4.0f} {ch.margin:6.2f} | {cells} | {rb.attributed_as_asserted:>2} → "
            f"{rn.attributed_as_asserted:<2} | {rb.asserted_violations:>2} → {rn.asserted_violations:<2} | "
            f"{n} ({right} / {was})",
            flush=True,
        )
        if verbose and held.name not in CHECK_SETS:
            for k, v in sorted(moves.items()):
                print(f"    {k}: {v}")
    print(
        f"mean status change {100 * np.mean(sd):+.2f} pt (worst fold {100 * min(sd):+.2f},"
        f" folds losing > 1 pt: {sum(v < -0.01 for v in sd)}); mean source change"
        f" {100 * np.mean(srcd):+.2f} pt (worst {100 * min(srcd):+.2f}); folds where viol rose: {viol_up}"
    )
    print("moves over all folds (matched records):")
    for k, v in tot.most_common():
        print(f"    {k}: {v}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--candidates", type=Path, help="cache the collected events in this pickle")
    ap.add_argument(
        "--any-commit", action="store_true", help="use --candidates even if made at another commit"
    )
    ap.add_argument("--collect-only", action="store_true", help="only collect the candidates")
    ap.add_argument("--fit-only", action="store_true", help="skip the leave-one-set-out table")
    ap.add_argument("--verbose", action="store_true", help="per fold, the status moves")
    ap.add_argument("--variant", choices=("first", "second"), default="second", help="feature set")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(REPO)}")
    ap.add_argument("--out", type=Path, default=OUT, help="where --write writes")
    args = ap.parse_args()
    collected = load_candidates(args.candidates, any_commit=args.any_commit)
    if args.variant == "first":
        VARIANT["width"] = FIRST_WIDTH
    for c in collected:
        n = sum(len(lab) for lab in c.labels)
        m = sum(y is not None for lab in c.labels for y in lab)
        ok = sum(
            y == e.status
            for lab, r in zip(c.labels, c.results, strict=True)
            for y, e in zip(lab, r.events, strict=True)
            if y is not None
        )
        print(
            f"{c.name}: {len(c.articles)} articles, {n} events, {m} matched typed, {ok} with the gold status"
        )
    if args.collect_only:
        return 0
    if not args.fit_only:
        loao(collected, verbose=args.verbose)
    ch = choose(collected)
    model = fit(*matrix(collected)[:2], ch.lam)
    final = to_model(model, ch.margin, collected)
    print(
        f"\nall sets: λ {ch.lam}, margin {ch.margin}, inner status accuracy"
        f" {ch.rules_accuracy:.4f} → {ch.inner_accuracy:.4f}"
    )
    if args.write:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(final.to_dict(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
