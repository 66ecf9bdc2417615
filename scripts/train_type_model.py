"""Train the learned type model on the open gold sets, measure it leaving one author set out, write it.

    EVENTWIRE_CACHE=/tmp/ewcache .venv/bin/python scripts/train_type_model.py \
        [--candidates /tmp/tm_candidates.pkl] [--prior] [--write]

1. Runs the pipeline (rules only: type model and event filter off) over the open author sets
   (``SETS``: gold/dev, gold/dev2 … gold/dev66, named one by one) and takes, for every
   predicted event, its features (``eventwire.extract.type_model.base_features``, its subtype
   and trigger lemma) and its label: the type of the gold event it matches when matched the way
   ``evaluate/scoring.py`` measures type accuracy (untyped matching). Unmatched events are not
   training items. ``--candidates`` caches this to a pickle (re-collected when made at another
   commit).
2. Leave-one-author-set-out: for each set, fits on the others (the L2 strength by the lowest
   inner log-loss and the re-typing margin by the inner type accuracy, each training set
   predicted from a model fitted on the rest; the subtype list and trigger prior from the
   training sets only), re-types the held-out set's events and scores it with the real scorer
   (``score_corpus``) next to the rules alone on the same events.
3. Fits on all sets and, with ``--write``, stores ``src/eventwire/data/models/type_model.json``.

Deterministic: majorise-minimise steps (Böhning's bound on the softmax Hessian) on a convex
loss from zero. Never reads gold/test or gold/dev40 (held out).
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

from eventwire.evaluate.candidates import OPEN_SETS, load_or_collect
from eventwire.evaluate.gold import anchored, load_gold
from eventwire.evaluate.scoring import _match, score_corpus
from eventwire.extract.type_model import (
    BASE_FEATURES,
    FORMAT_VERSION,
    PRIOR_PREFIX,
    SUBTYPE_PREFIX,
    TypeModel,
    base_features,
    trigger_lemma,
)
from eventwire.pipeline import Pipeline, _release
from eventwire.records import EVENT_TYPES, Result
from eventwire.settings import Settings

if TYPE_CHECKING:
    from eventwire.evaluate.gold import GoldArticle

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src" / "eventwire" / "data" / "models" / "type_model.json"
# The open author sets, named one by one (gold/test and gold/dev67 are held out: never listed).
SETS = OPEN_SETS
CLASSES = EVENT_TYPES
K = len(CLASSES)
LAMBDAS = (3.0, 10.0, 30.0, 100.0)
MARGINS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 2.0)  # 2.0: never re-type
MIN_SUBTYPE = 5  # a subtype gets a one-hot when this many training events carry it
SMOOTHING = 4.0  # pseudo-events at the overall class rates added to each trigger lemma
TYPE_COLS = tuple(range(K))  # BASE_FEATURES starts with the rules' type one-hots


@dataclass
class Collected:
    """One gold set run through the pipeline."""

    name: str
    articles: list[GoldArticle]
    results: list[Result]
    base: list[np.ndarray]  # per article: events × BASE_FEATURES
    subtypes: list[list[str | None]]
    lemmas: list[list[str]]
    labels: list[list[str | None]]  # gold type of the untyped-matched gold event, else None


def collect(name: str, pipeline: Pipeline) -> Collected:
    articles = load_gold(REPO / "gold" / name)
    c = Collected(name, articles, [], [], [], [], [])
    for article in articles:
        document = article.document()
        doc = pipeline.nlp(document.text)
        try:
            result = pipeline._extract(document, doc)
            events = result.events
            rows = [base_features(e, doc) for e in events]
            c.lemmas.append([trigger_lemma(e, doc) for e in events])
        finally:
            _release(doc)
        gold = anchored(article.text, article.annotation.get("events", []))
        label: list[str | None] = [None] * len(events)
        for gi, pi in _match(gold, list(events), typed=False):
            label[pi] = str(gold[gi][0]["type"])
        c.results.append(result)
        c.base.append(np.array(rows, dtype=float).reshape(len(rows), len(BASE_FEATURES)))
        c.subtypes.append([e.subtype for e in events])
        c.labels.append(label)
    return c


def strict_labels(c: Collected) -> Collected:
    """``c`` with labels only from pairs whose trigger or mention overlaps the gold anchor.

    The scorer's untyped matching falls back to "the gold anchor lies in the event's evidence
    sentence"; such a pair is often another event of the same sentence, not a typing error.
    """
    labels: list[list[str | None]] = []
    for article, result, old in zip(c.articles, c.results, c.labels, strict=True):
        gold = anchored(article.text, article.annotation.get("events", []))
        new = list(old)
        for gi, pi in _match(gold, list(result.events), typed=False):
            e = result.events[pi]
            if not any(s.start < gold[gi][1][1] and gold[gi][1][0] < s.end for s in (e.trigger, *e.mentions)):
                new[pi] = None
        labels.append(new)
    return Collected(c.name, c.articles, c.results, c.base, c.subtypes, c.lemmas, labels)


def load_candidates(path: Path | None, *, any_commit: bool = False) -> list[Collected]:
    """The candidates of every set, from ``path`` when it was made at this commit, else collected."""

    def collect_all() -> list[Collected]:
        pipeline = Pipeline.load(Settings.from_env(event_filter=False, type_model=False))
        return [collect(name, pipeline) for name in SETS]

    return load_or_collect(path, SETS, collect_all, repo=REPO, any_commit=any_commit)


# --- design ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Design:
    """How the features beyond BASE_FEATURES are made, fixed from a set of training sets."""

    subtypes: tuple[str, ...]
    prior: MappingProxyType[str, tuple[float, ...]] | None

    @property
    def names(self) -> tuple[str, ...]:
        extra = tuple(f"{SUBTYPE_PREFIX}{s}" for s in self.subtypes)
        if self.prior is not None:
            extra += tuple(f"{PRIOR_PREFIX}{t}" for t in CLASSES)
        return (*BASE_FEATURES, *extra)


def _prior_rows(counts: dict[str, Counter[str]], rates: np.ndarray) -> dict[str, tuple[float, ...]]:
    out = {}
    for key, cnt in counts.items():
        n = sum(cnt.values())
        out[key] = tuple(
            float(np.log((cnt[t] + SMOOTHING * rates[k]) / (n + SMOOTHING)) - np.log(rates[k]))
            for k, t in enumerate(CLASSES)
        )
    return out


def _lemma_counts(sets: list[Collected]) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {}
    for c in sets:
        for lem, lab in zip(c.lemmas, c.labels, strict=True):
            for key, y in zip(lem, lab, strict=True):
                if y is not None:
                    counts.setdefault(key, Counter())[y] += 1
    return counts


def _rates(sets: list[Collected]) -> np.ndarray:
    cnt = Counter(y for c in sets for lab in c.labels for y in lab if y is not None)
    total = sum(cnt.values())
    return np.array([(cnt[t] + 1.0) / (total + K) for t in CLASSES])


def design_for(sets: list[Collected], *, prior: bool) -> Design:
    sub = Counter(
        s for c in sets for subs, lab in zip(c.subtypes, c.labels, strict=True)
        for s, y in zip(subs, lab, strict=True) if s is not None and y is not None
    )  # fmt: skip
    subtypes = tuple(sorted(s for s, n in sub.items() if n >= MIN_SUBTYPE))
    table = MappingProxyType(_prior_rows(_lemma_counts(sets), _rates(sets))) if prior else None
    return Design(subtypes, table)


def _rows(c: Collected, a: int, d: Design, prior: dict[str, tuple[float, ...]] | None) -> np.ndarray:
    base = c.base[a]
    sub = np.array([[float(s == t) for t in d.subtypes] for s in c.subtypes[a]]).reshape(
        len(base), len(d.subtypes)
    )
    parts = [base, sub]
    if d.prior is not None:
        table = prior if prior is not None else d.prior
        zero = (0.0,) * K
        parts.append(np.array([table.get(k, zero) for k in c.lemmas[a]]).reshape(len(base), K))
    return np.hstack(parts)


def train_matrix(sets: list[Collected], d: Design) -> tuple[np.ndarray, np.ndarray]:
    """Labelled rows of ``sets``; each article's trigger prior from the other articles (out of fold)."""
    counts = _lemma_counts(sets) if d.prior is not None else {}
    rates = _rates(sets)
    xs, ys = [], []
    for c in sets:
        for a in range(len(c.articles)):
            table = None
            if d.prior is not None:
                mine: dict[str, Counter[str]] = {}
                for key, y in zip(c.lemmas[a], c.labels[a], strict=True):
                    if y is not None:
                        mine.setdefault(key, Counter())[y] += 1
                table = _prior_rows(
                    {k: counts[k] - mine.get(k, Counter()) for k in {*c.lemmas[a]} if k in counts}, rates
                )
            x = _rows(c, a, d, table)
            keep = [i for i, y in enumerate(c.labels[a]) if y is not None]
            xs.append(x[keep])
            ys.extend(CLASSES.index(c.labels[a][i]) for i in keep)  # type: ignore[arg-type]
    width = len(d.names)
    return (np.vstack(xs) if xs else np.zeros((0, width))), np.array(ys, dtype=int)


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


def fit(x: np.ndarray, y: np.ndarray, lam: float) -> Softmax:
    """L2 multinomial logistic regression, standardised features; Böhning's MM steps from zero."""
    return fit_path(x, y, (lam,))[lam]


def fit_path(x: np.ndarray, y: np.ndarray, lams: tuple[float, ...]) -> dict[float, Softmax]:
    """One fit per L2 strength (Newton steps by conjugate gradients on exact Hessian products)."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    n, d = z.shape
    onehot = np.zeros((n, K))
    onehot[np.arange(n), y] = 1.0
    out = {}
    for lam in lams:
        reg = np.full(d, lam)
        reg[-1] = 1e-3  # the biases are (almost) not shrunk
        theta = _newton(z, onehot, reg)
        out[lam] = Softmax(mean, scale, theta[:, :-1].copy(), theta[:, -1].copy())
    return out


def _probs(z: np.ndarray, theta: np.ndarray) -> np.ndarray:
    s = z @ theta.T
    s -= s.max(axis=1, keepdims=True)
    p: np.ndarray = np.exp(s)
    p /= p.sum(axis=1, keepdims=True)
    return p


def _loss(z: np.ndarray, onehot: np.ndarray, reg: np.ndarray, theta: np.ndarray) -> float:
    p = _probs(z, theta)
    return float(-np.log(np.clip((p * onehot).sum(axis=1), 1e-300, 1)).sum() + 0.5 * (reg * theta**2).sum())


def _newton(z: np.ndarray, onehot: np.ndarray, reg: np.ndarray, steps: int = 50) -> np.ndarray:
    k, d = onehot.shape[1], z.shape[1]
    theta = np.zeros((k, d))
    f = _loss(z, onehot, reg, theta)
    for _ in range(steps):
        p = _probs(z, theta)
        grad = (p - onehot).T @ z + theta * reg
        if np.abs(grad).max() < 1e-6:
            break

        def hess(v: np.ndarray, p: np.ndarray = p) -> np.ndarray:
            a = z @ v.T
            pa = p * a
            b = pa - p * pa.sum(axis=1, keepdims=True)
            out: np.ndarray = b.T @ z + v * reg
            return out

        # conjugate gradients for H s = grad
        step = np.zeros_like(theta)
        r = grad.copy()
        q = r.copy()
        rr = float((r * r).sum())
        for _ in range(200):
            hq = hess(q)
            alpha = rr / float((q * hq).sum())
            step += alpha * q
            r -= alpha * hq
            new = float((r * r).sum())
            if new < 1e-20 * max(1.0, float((grad * grad).sum())):
                break
            q = r + (new / rr) * q
            rr = new
        t, slope = 1.0, float((grad * step).sum())
        while t > 1e-6:
            cand = theta - t * step
            fc = _loss(z, onehot, reg, cand)
            if fc <= f - 1e-4 * t * slope:
                break
            t *= 0.5
        theta, f = cand, fc
    return theta


def decide(p: np.ndarray, rule: np.ndarray, margin: float) -> np.ndarray:
    """Class index per row: the rules' type unless another beats it by more than ``margin``."""
    best = p.argmax(axis=1)
    own = p[np.arange(len(p)), rule]
    out: np.ndarray = np.where((best != rule) & (p[np.arange(len(p)), best] - own > margin), best, rule)
    return out


CUES_ONLY = False  # --cues-only: the rules' type and subtype are not model inputs (only the fallback)


def model_input(x: np.ndarray, d: Design) -> np.ndarray:
    """The model's inputs: ``x``, with the rules' type and subtype columns zeroed under CUES_ONLY."""
    if not CUES_ONLY:
        return x
    out = x.copy()
    out[:, list(TYPE_COLS)] = 0.0
    out[:, len(BASE_FEATURES) : len(BASE_FEATURES) + len(d.subtypes)] = 0.0
    return out


def rule_types(x: np.ndarray) -> np.ndarray:
    r: np.ndarray = x[:, list(TYPE_COLS)].argmax(axis=1)
    return r


@dataclass(frozen=True)
class Choice:
    lam: float
    margin: float
    inner_accuracy: float
    rules_accuracy: float
    curve: tuple[tuple[float, float], ...] = ()  # (margin, inner type accuracy)


def choose(sets: list[Collected], *, prior: bool) -> Choice:
    """λ by the lowest inner log-loss, then the margin by the inner type accuracy (ties: larger margin)."""
    preds: dict[float, list[np.ndarray]] = {}
    rules, ys = [], []
    for i, held in enumerate(sets):
        rest = [c for j, c in enumerate(sets) if j != i]
        d = design_for(rest, prior=prior)
        x, y = train_matrix(rest, d)
        xh, yh = _held_matrix(held, d)
        for lam, model in fit_path(model_input(x, d), y, LAMBDAS).items():
            preds.setdefault(lam, []).append(model.predict(model_input(xh, d)))
        rules.append(rule_types(xh))
        ys.append(yh)
    y = np.concatenate(ys)
    rule = np.concatenate(rules)
    best_lam, best_loss = LAMBDAS[0], float("inf")
    for lam, parts in preds.items():
        p = np.vstack(parts)
        loss = float(-np.log(np.clip(p[np.arange(len(y)), y], 1e-9, 1)).mean())
        if loss < best_loss - 1e-12:
            best_lam, best_loss = lam, loss
    p = np.vstack(preds[best_lam])
    best_m, best_acc = MARGINS[-1], float((rule == y).mean())
    curve = []
    for m in sorted(MARGINS, reverse=True):
        acc = float((decide(p, rule, m) == y).mean())
        curve.append((m, acc))
        if acc > best_acc + 1e-9:
            best_m, best_acc = m, acc
    return Choice(best_lam, best_m, best_acc, float((rule == y).mean()), tuple(sorted(curve)))


def _held_matrix(c: Collected, d: Design) -> tuple[np.ndarray, np.ndarray]:
    """Labelled rows of a held-out set (prior from the design's training sets)."""
    xs, ys = [], []
    for a in range(len(c.articles)):
        x = _rows(c, a, d, None)
        keep = [i for i, y in enumerate(c.labels[a]) if y is not None]
        xs.append(x[keep])
        ys.extend(CLASSES.index(c.labels[a][i]) for i in keep)  # type: ignore[arg-type]
    return np.vstack(xs), np.array(ys, dtype=int)


def to_model(model: Softmax, d: Design, margin: float, trained: list[Collected]) -> TypeModel:
    return TypeModel(
        version=FORMAT_VERSION,
        features=d.names,
        classes=CLASSES,
        mean=tuple(float(v) for v in model.mean),
        scale=tuple(float(v) for v in model.scale),
        weights=tuple(tuple(float(v) for v in row) for row in model.w),
        bias=tuple(float(v) for v in model.b),
        margin=margin,
        trained_on=tuple(c.name for c in trained),
        prior=MappingProxyType(dict(d.prior) if d.prior is not None else {}),
    )


# --- measuring ---------------------------------------------------------------------------


def retyped(c: Collected, model: Softmax, d: Design, margin: float) -> tuple[list[Result], int, int, int]:
    """Results with the model's types; (results, re-typed, re-typed right, re-typed wrong→ matched only)."""
    out = []
    n = right = wrong = 0
    for a, result in enumerate(c.results):
        if not result.events:
            out.append(result)
            continue
        x = _rows(c, a, d, None)
        new = decide(model.predict(model_input(x, d)), rule_types(x), margin)
        events = []
        for i, e in enumerate(result.events):
            t = CLASSES[int(new[i])]
            if t != e.type:
                n += 1
                y = c.labels[a][i]
                right += y == t
                wrong += y is not None and y == e.type
                e = e.replace(type=t, subtype=None)
            events.append(e)
        out.append(result.replace(events=tuple(events)))
    return out, n, right, wrong


FIELDS = ("event_precision", "event_recall", "event_f1", "type_accuracy", "status_accuracy", "actor_accuracy")


def loao(collected: list[Collected], *, prior: bool, margin: float | None = None) -> None:
    forced = "" if margin is None else f", margin forced to {margin} (diagnostic)"
    print(f"\nleave-one-author-set-out (prior={'on' if prior else 'off'}{forced})")
    print(
        f"{'held out':8} {'λ':>4} {'margin':>6} | "
        + " | ".join(f"{k:>15}" for k in ("P", "R", "F1", "type", "status", "actor"))
        + " | re-typed (right / was right)"
    )
    f1d, tyd = [], []
    for i, held in enumerate(collected):
        train = [c for j, c in enumerate(collected) if j != i]
        ch = choose(train, prior=prior)
        d = design_for(train, prior=prior)
        x, y = train_matrix(train, d)
        model = fit(model_input(x, d), y, ch.lam)
        results, n, right, wrong = retyped(held, model, d, ch.margin if margin is None else margin)
        base = score_corpus(list(zip(held.articles, held.results, strict=True)), corpus=held.name).metrics()
        new = score_corpus(list(zip(held.articles, results, strict=True)), corpus=held.name).metrics()
        f1d.append(new["event_f1"] - base["event_f1"])
        tyd.append(new["type_accuracy"] - base["type_accuracy"])
        cells = " | ".join(f"{base.get(k, 0):.3f} → {new.get(k, 0):.3f}" for k in FIELDS)
        print(f"{held.name:8} {ch.lam:4.0f} {ch.margin:6.2f} | {cells} | {n} ({right} / {wrong})", flush=True)
    worst = min(f1d)
    losing = sum(v < -0.005 for v in f1d)
    print(
        f"mean event F1 change {100 * np.mean(f1d):+.2f} pt (worst fold {100 * worst:+.2f},"
        f" folds losing > 0.5 pt: {losing});"
        f" mean type accuracy change {100 * np.mean(tyd):+.2f} pt (worst {100 * min(tyd):+.2f})"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--candidates", type=Path, help="cache the collected events in this pickle")
    ap.add_argument(
        "--any-commit", action="store_true", help="use --candidates even if made at another commit"
    )
    ap.add_argument("--prior", action="store_true", help="add the out-of-fold trigger-lemma prior")
    ap.add_argument("--both", action="store_true", help="measure without and with the prior")
    ap.add_argument(
        "--margin", type=float, action="append", help="diagnostic: also measure with this margin forced"
    )
    ap.add_argument("--strict-labels", action="store_true", help="labels from trigger-overlap pairs only")
    ap.add_argument("--cues-only", action="store_true", help="the rules' type and subtype are no inputs")
    ap.add_argument("--collect-only", action="store_true", help="only collect the candidates")
    ap.add_argument("--fit-only", action="store_true", help="skip the leave-one-set-out table")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(REPO)}")
    ap.add_argument("--out", type=Path, default=OUT, help="where --write writes")
    args = ap.parse_args()
    collected = load_candidates(args.candidates, any_commit=args.any_commit)
    if args.strict_labels:
        collected = [strict_labels(c) for c in collected]
    global CUES_ONLY
    CUES_ONLY = args.cues_only
    for c in collected:
        n = sum(len(lab) for lab in c.labels)
        m = sum(y is not None for lab in c.labels for y in lab)
        ok = sum(
            y == e.type
            for lab, r in zip(c.labels, c.results, strict=True)
            for y, e in zip(lab, r.events, strict=True)
            if y is not None
        )
        print(f"{c.name}: {len(c.articles)} articles, {n} events, {m} matched untyped, {ok} typed as gold")
    if args.collect_only:
        return 0
    if not args.fit_only:
        for prior in (False, True) if args.both else (args.prior,):
            loao(collected, prior=prior)
            for m in args.margin or ():
                loao(collected, prior=prior, margin=m)
    ch = choose(collected, prior=args.prior)
    d = design_for(collected, prior=args.prior)
    x, y = train_matrix(collected, d)
    model = fit(model_input(x, d), y, ch.lam)
    final = to_model(model, d, ch.margin, collected)
    print(
        f"\nall sets: λ {ch.lam}, margin {ch.margin}, inner type accuracy"
        f" {ch.rules_accuracy:.4f} → {ch.inner_accuracy:.4f}"
    )
    print("  inner type accuracy by margin: " + ", ".join(f"{m:g}: {a:.4f}" for m, a in ch.curve))
    if args.write:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(final.to_dict(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
