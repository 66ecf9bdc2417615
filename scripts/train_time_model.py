"""Train the learned time chooser on the open gold sets, measure it leaving one author set out, write it.

    EVENTWIRE_CACHE=/tmp/ewcache .venv/bin/python scripts/train_time_model.py \
        [--candidates /tmp/tm_candidates.pkl] [--undated] [--write]

1. Runs the pipeline as shipped (``Settings.from_env()``: the event filter on) over the sixty-six
   open author sets (``SETS`` = ``evaluate/candidates.OPEN_SETS``, named one by one) and takes,
   for every final event, its candidate times and their features
   (``eventwire.extract.time_model.event_candidates``). An event the scorer pairs with a gold
   event (``evaluate/scoring._match``, typed) whose gold event has a time is a training item; a
   candidate is right when its start and end equal the gold time's (``time_accuracy``).
   ``--candidates`` caches this to a pickle (re-collected when missing or made at another commit).
2. Leave-one-author-set-out: for each set, fits on the other sixty-five (the L2 strength and the
   margin chosen inside those sixty-five, each predicted from a model fitted on the other sixty-four),
   applies the chooser to every final event of the held-out set and scores it with the real
   scorer (``score_corpus``) next to the rules' times: time accuracy and time-overlap accuracy,
   and the pre-registered ship rule (docs/time-model.md).
3. Fits on all sixty-six (strength and margin chosen by the sixty-six folds) and, with ``--write``,
   stores ``src/eventwire/data/models/time_model.json``.

Deterministic: Newton steps on a convex loss from zero. Never reads gold/test or gold/dev67 (held out):
``collect`` refuses any set not in ``SETS``.
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
from eventwire.extract.time_model import (
    FEATURE_NAMES,
    FORMAT_VERSION,
    Candidate,
    TimeModel,
    choose,
    event_candidates,
)

if TYPE_CHECKING:
    from eventwire.evaluate.gold import GoldArticle
    from eventwire.pipeline import Pipeline
    from eventwire.records import Result

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src" / "eventwire" / "data" / "models" / "time_model.json"
SETS = OPEN_SETS
HELD_OUT = ("test", "dev67")
LAMBDAS = (1.0, 3.0, 10.0, 30.0, 100.0)
NEVER = 2.0  # a margin no probability difference reaches: the rules' time always stays
MARGINS = (*(round(m, 2) for m in np.arange(0.0, 0.51, 0.05)), NEVER)


@dataclass
class Collected:
    """One gold set run through the pipeline: per article its result, each event's candidates, and
    for each paired event whose gold event has a time, that time."""

    name: str
    articles: list[GoldArticle]
    results: list[Result]
    candidates: list[list[list[Candidate]]]  # article → event → candidates
    gold_times: list[dict[int, tuple[str | None, str | None]]]  # article → event index → gold time


def collect(name: str, pipeline: Pipeline) -> Collected:
    if name not in SETS or name in HELD_OUT:
        raise ValueError(f"{name!r} is not an open author set: the trainer never reads it")
    from eventwire.pipeline import _release

    articles = load_gold(REPO / "gold" / name)
    results: list[Result] = []
    cands: list[list[list[Candidate]]] = []
    golds: list[dict[int, tuple[str | None, str | None]]] = []
    for article in articles:
        document = article.document()
        doc = pipeline.nlp(document.text)
        published = date.fromisoformat(document.published) if document.published else None
        try:
            result = pipeline._extract(document, doc)
            cands.append([event_candidates(e, doc, result.times, published) for e in result.events])
        finally:
            _release(doc)
        gold = anchored(article.text, article.annotation.get("events", []))
        timed: dict[int, tuple[str | None, str | None]] = {}
        for gi, pi in _match(gold, list(result.events), typed=True):
            gt = gold[gi][0].get("time")
            if gt:
                timed[pi] = (gt.get("start"), gt.get("end"))
        results.append(result)
        golds.append(timed)
    return Collected(name, articles, results, cands, golds)


def load_candidates(path: Path | None, *, any_commit: bool = False) -> list[Collected]:
    def collect_all() -> list[Collected]:
        from eventwire.pipeline import Pipeline
        from eventwire.settings import Settings

        settings = Settings.from_env()
        print(f"collecting with event_filter={settings.event_filter} type_model={settings.type_model}")
        pipeline = Pipeline.load(settings)
        return [collect(name, pipeline) for name in SETS]

    return load_or_collect(path, SETS, collect_all, repo=REPO, any_commit=any_commit)


# --- items -------------------------------------------------------------------------------


@dataclass
class Items:
    """Training items of some sets: candidate rows, the item each row belongs to, the right row."""

    x: np.ndarray  # rows × features
    item: np.ndarray  # row → item number
    right: np.ndarray  # item → row index of its right candidate (-1: none is right)
    rules: np.ndarray  # item → row index of the rules' candidate (-1: the rules gave no time)
    starts: np.ndarray  # item → first row


def items_of(sets: list[Collected]) -> Items:
    rows: list[tuple[float, ...]] = []
    item: list[int] = []
    right: list[int] = []
    rules: list[int] = []
    starts: list[int] = []
    for c in sets:
        for cands, timed in zip(c.candidates, c.gold_times, strict=True):
            for ei in sorted(timed):
                if not cands[ei]:
                    continue
                start = len(rows)
                starts.append(start)
                gt = timed[ei]
                ok = rl = -1
                for k, cand in enumerate(cands[ei]):
                    if (cand.time.start, cand.time.end) == gt and ok < 0:
                        ok = start + k
                    if "rules" in cand.kinds:
                        rl = start + k
                    rows.append(cand.features)
                    item.append(len(right))
                right.append(ok)
                rules.append(rl)
    x = np.array(rows, dtype=float).reshape(len(rows), len(FEATURE_NAMES))
    return Items(x, np.array(item, dtype=int), np.array(right), np.array(rules), np.array(starts, dtype=int))


@dataclass
class Ranker:
    mean: np.ndarray
    scale: np.ndarray
    w: np.ndarray

    def probabilities(self, x: np.ndarray, item: np.ndarray, n: int) -> np.ndarray:
        return _softmax(((x - self.mean) / self.scale) @ self.w, item, n)


def _softmax(s: np.ndarray, item: np.ndarray, n: int) -> np.ndarray:
    top = np.full(n, -np.inf)
    np.maximum.at(top, item, s)
    e = np.exp(s - top[item])
    total = np.zeros(n)
    np.add.at(total, item, e)
    out: np.ndarray = e / total[item]
    return out


def fit(it: Items, lam: float, w0: np.ndarray | None = None) -> Ranker:
    """L2 conditional logit (softmax over each item's candidates) by Newton's method; items with no
    right candidate carry no information and are left out of the loss."""
    mean = it.x.mean(axis=0) if len(it.x) else np.zeros(it.x.shape[1])
    scale = it.x.std(axis=0) if len(it.x) else np.ones(it.x.shape[1])
    scale[scale < 1e-9] = 1.0
    z = (it.x - mean) / scale
    useful = it.right >= 0
    keep_rows = useful[it.item]
    z, item = z[keep_rows], it.item[keep_rows]
    remap = np.cumsum(useful) - 1
    item = remap[item]
    n = int(useful.sum())
    right_rows = np.zeros(len(z))
    # the right row of each useful item, in the kept rows' numbering
    kept_index = np.cumsum(keep_rows) - 1
    right_rows[kept_index[it.right[useful]]] = 1.0
    d = z.shape[1]
    bounds = np.flatnonzero(np.r_[True, np.diff(item) != 0])  # each item's rows are contiguous
    w = np.zeros(d) if w0 is None else w0.copy()
    for _ in range(30):
        p = _softmax(z @ w, item, n)
        m = np.add.reduceat(p[:, None] * z, bounds, axis=0)
        grad = z.T @ (p - right_rows) + lam * w
        hess = (z * p[:, None]).T @ z - m.T @ m + lam * np.eye(d)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return Ranker(mean, scale, w)


def decide(it: Items, probs: np.ndarray, margin: float, *, undated: bool) -> np.ndarray:
    """Item → chosen row (-1: no time), by :func:`eventwire.extract.time_model.choose`'s rule."""
    out = np.full(len(it.right), -1)
    ends = [*it.starts[1:].tolist(), len(it.x)]
    for i, (a, b) in enumerate(zip(it.starts.tolist(), ends, strict=True)):
        p = probs[a:b]
        best = a + int(np.argmax(p))  # first of the ties
        own = int(it.rules[i])
        if own < 0:
            out[i] = best if undated and probs[best] > margin else -1
        else:
            out[i] = best if probs[best] - probs[own] > margin else own
    return out


def right_count(it: Items, chosen: np.ndarray) -> int:
    return int(((chosen >= 0) & (chosen == it.right)).sum())


# --- choosing strength and margin inside the training sets --------------------------------

_FITS: dict[tuple[frozenset[str], float], Ranker] = {}


def fitted(sets: list[Collected], lam: float) -> Ranker:
    key = (frozenset(c.name for c in sets), lam)
    if key not in _FITS:
        _FITS[key] = fit(items_of(sets), lam)
    return _FITS[key]


@dataclass(frozen=True)
class Choice:
    strength: float
    margin: float
    right: int  # right times over the inner held-out sets


def choose_settings(train: list[Collected], *, undated: bool) -> Choice:
    """Strength and margin maximising the right times over ``train``, each set predicted by a model
    fitted on the others (ties: the larger margin, then the larger strength)."""
    totals: Counter[tuple[float, float]] = Counter()
    for j, held in enumerate(train):
        rest = [c for k, c in enumerate(train) if k != j]
        it = items_of([held])
        for lam in LAMBDAS:
            probs = fitted(rest, lam).probabilities(it.x, it.item, len(it.right))
            for margin in MARGINS:
                totals[(lam, margin)] += right_count(it, decide(it, probs, margin, undated=undated))
    best = max(totals, key=lambda k: (totals[k], k[1], k[0]))
    return Choice(best[0], best[1], totals[best])


# --- scoring ------------------------------------------------------------------------------


def applied(c: Collected, model: Ranker | None, margin: float, *, undated: bool) -> list[Result]:
    """The set's results with each event's time the chooser's (``model`` None: the rules')."""
    if model is None:
        return list(c.results)
    out = []
    for result, cands in zip(c.results, c.candidates, strict=True):
        events = []
        for event, cs in zip(result.events, cands, strict=True):
            if not cs:
                events.append(event)
                continue
            x = np.array([cand.features for cand in cs], dtype=float)
            p = model.probabilities(x, np.zeros(len(cs), dtype=int), 1)
            k = choose(cs, p.tolist(), margin, undated=undated)
            t = cs[k].time if k is not None else event.time
            events.append(event if t is event.time else event.replace(time=t))
        out.append(result.replace(events=tuple(events)))
    return out


def score(c: Collected, results: list[Result]) -> dict[str, float]:
    items: list[tuple[GoldArticle, Result | None]] = list(zip(c.articles, results, strict=True))
    return score_corpus(items, corpus=c.name).metrics()


def oracle(c: Collected) -> tuple[int, int, int]:
    """(items, right by the rules, right by some candidate) of one set."""
    it = items_of([c])
    rules = int(((it.rules >= 0) & (it.rules == it.right)).sum())
    n = sum(len(t) for t in c.gold_times)
    return n, rules, int((it.right >= 0).sum())


def changes(c: Collected, chosen: list[Result]) -> Counter[tuple[str, str]]:
    """(kinds of the chosen candidate, wrong→right / right→wrong / wrong→wrong) over the set's items."""
    out: Counter[tuple[str, str]] = Counter()
    for a_i, (base, new, timed) in enumerate(zip(c.results, chosen, c.gold_times, strict=True)):
        for ei, gt in timed.items():
            a, b = base.events[ei].time, new.events[ei].time
            if a is b:
                continue
            was = a is not None and (a.start, a.end) == gt
            now = b is not None and (b.start, b.end) == gt
            kinds = "?"
            for cand in c.candidates[a_i][ei]:
                if cand.time is b:
                    kinds = "+".join(sorted(cand.kinds))
            verdict = "gained" if now and not was else "lost" if was and not now else "wrong→wrong"
            out[(kinds, verdict)] += 1
    return out


def ship_rule(time_changes: list[float], overlap_changes: list[float]) -> bool:
    """The pre-registered LOSO rule (points): mean time ≥ +1.5, at most one fold below −0.5, mean
    time-overlap not below −0.5."""
    n = len(time_changes)
    return (
        sum(time_changes) / n >= 1.5
        and sum(d < -0.5 for d in time_changes) <= 1
        and sum(overlap_changes) / n >= -0.5
    )


def loso(collected: list[Collected], *, undated: bool) -> bool:
    print(f"\nleave-one-author-set-out (undated={undated})")
    print(f"{'held out':8} {'str.':>5} {'margin':>6} | {'items':>5} {'rules':>5} {'oracle':>6} |"
          f" {'time':>15} | {'time overlap':>15} | changed")  # fmt: skip
    dt: list[float] = []
    do: list[float] = []
    total: Counter[tuple[str, str]] = Counter()
    for i, held in enumerate(collected):
        train = [c for j, c in enumerate(collected) if j != i]
        ch = choose_settings(train, undated=undated)
        model = fitted(train, ch.strength)
        new = applied(held, model, ch.margin, undated=undated)
        base, after = score(held, held.results), score(held, new)
        n, r, o = oracle(held)
        t0, t1 = base.get("time_accuracy", 0.0), after.get("time_accuracy", 0.0)
        o0, o1 = base.get("time_overlap_accuracy", 0.0), after.get("time_overlap_accuracy", 0.0)
        dt.append(100 * (t1 - t0))
        do.append(100 * (o1 - o0))
        ch_counts = changes(held, new)
        total.update(ch_counts)
        gained = sum(v for (_, verdict), v in ch_counts.items() if verdict == "gained")
        lost = sum(v for (_, verdict), v in ch_counts.items() if verdict == "lost")
        other = sum(v for (_, verdict), v in ch_counts.items() if verdict == "wrong→wrong")
        margin = "never" if ch.margin >= NEVER else f"{ch.margin:.2f}"
        print(
            f"{held.name:8} {ch.strength:5.0f} {margin:>6} | {n:5} {r:5} {o:6} |"
            f" {t0:.3f} → {t1:.3f} | {o0:.3f} → {o1:.3f} | +{gained} −{lost} ={other}"
        )
    mt, mo = sum(dt) / len(dt), sum(do) / len(do)
    below = sum(d < -0.5 for d in dt)
    print(f"mean time change {mt:+.2f} pt, time-overlap {mo:+.2f} pt, folds below −0.5 pt: {below}")
    print("changed times by the chosen candidate's kinds (all folds):")
    for (kinds, verdict), v in sorted(total.items(), key=lambda kv: -kv[1]):
        print(f"  {kinds:40} {verdict:12} {v}")
    ok = ship_rule(dt, do)
    print(f"pre-registered LOSO ship rule: {'met' if ok else 'not met'}")
    return ok


def to_model(r: Ranker, ch: Choice, trained: list[Collected], *, undated: bool) -> TimeModel:
    return TimeModel(
        version=FORMAT_VERSION,
        features=FEATURE_NAMES,
        mean=tuple(float(v) for v in r.mean),
        scale=tuple(float(v) for v in r.scale),
        weights=tuple(float(v) for v in r.w),
        margin=ch.margin,
        undated=undated,
        strength=ch.strength,
        trained_on=tuple(c.name for c in trained),
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--candidates", type=Path, help="cache the collected candidates in this pickle")
    ap.add_argument(
        "--any-commit", action="store_true", help="use --candidates even if made at another commit"
    )
    ap.add_argument("--undated", action="store_true", help="the secondary variant: date undated events too")
    ap.add_argument("--fit-only", action="store_true", help="skip the leave-one-set-out table")
    ap.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(REPO)}")
    ap.add_argument("--out", type=Path, default=OUT, help="where --write writes")
    args = ap.parse_args()
    collected = load_candidates(args.candidates, any_commit=args.any_commit)
    for c in collected:
        n, r, o = oracle(c)
        k = sum(len(cs) for art in c.candidates for cs in art)
        e = sum(len(art) for art in c.candidates)
        print(f"{c.name}: {len(c.articles)} articles, {e} events, {k} candidates; {n} timed items,"
              f" rules right {r}, some candidate right {o}")  # fmt: skip
    if not args.fit_only:
        loso(collected, undated=args.undated)
    ch = choose_settings(collected, undated=args.undated)
    final = to_model(fitted(collected, ch.strength), ch, collected, undated=args.undated)
    print(f"\nall {len(collected)} sets: strength {ch.strength}, margin {ch.margin}, inner right {ch.right}")
    order = np.argsort(-np.abs(np.array(final.weights)))
    for k in order[:20]:
        print(f"  {final.features[k]:40} {final.weights[k]:+.3f}")
    if args.write:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(final.to_dict(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
