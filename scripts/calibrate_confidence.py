"""Fit the event confidence calibration on a gold folder and print a reliability table.

    EVENTWIRE_CACHE=/tmp/ewcache .venv/bin/python scripts/calibrate_confidence.py \
        gold/dev gold/dev2 gold/dev3 gold/dev4 gold/dev5 gold/dev6 gold/dev7 [--write]

Runs the pipeline as users get it (its settings; the learned event filter on by default) and
takes each output event's raw evidence score (``Event.raw_confidence``: the packaged table does
not touch it, and the filter reads it through its own frozen table, so no patch is needed and the
table is fitted on exactly the records the pipeline keeps); marks it matched when it matches a
gold event (the scorer's typed matching), fits a monotone table (equal-count bins, pooled adjacent
violators) and prints the reliability of the fitted table: predicted confidence vs observed
precision per bin, with counts. ``--write`` stores
the table in ``src/eventwire/data/lexicon/confidence.yaml``. Several folders are pooled. Fit on the
open sets only; never on test or a held-out check set.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from eventwire.evaluate.gold import GoldArticle, anchored, load_gold, run_gold
from eventwire.evaluate.scoring import _match
from eventwire.extract import confidence
from eventwire.pipeline import Pipeline
from eventwire.records import Result

REPO = Path(__file__).resolve().parent.parent
TABLE = REPO / "src" / "eventwire" / "data" / "lexicon" / "confidence.yaml"
HEADER = (
    "# Event confidence calibration: raw evidence score -> observed precision on gold folders.\n"
    "# Written by scripts/calibrate_confidence.py ({source}); do not edit by hand.\n"
)


def scored_events(gold_dir: Path) -> list[tuple[float, bool]]:
    """(raw score, matched a gold event) for every event the pipeline outputs on ``gold_dir``."""
    pipeline = Pipeline.load()
    return [
        s
        for article, result in run_gold(load_gold(gold_dir), pipeline)
        for s in scored_article(article, result)
    ]


def scored_article(article: GoldArticle, result: Result | None) -> list[tuple[float, bool]]:
    """(raw score, matched) for each output event of one article (none when the article failed)."""
    if result is None:
        return []
    gold = anchored(article.text, article.annotation.get("events", []))
    pred = list(result.events)
    matched = {pi for _, pi in _match(gold, pred, typed=True)}
    out: list[tuple[float, bool]] = []
    for i, p in enumerate(pred):
        if p.raw_confidence is None:
            raise RuntimeError(f"{article.name}: event {p.id} has no raw score")
        out.append((p.raw_confidence, i in matched))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dirs", type=Path, nargs="+", metavar="gold_dir")
    ap.add_argument("--bins", type=int, default=8, help="equal-count score bins before pooling")
    ap.add_argument("--write", action="store_true", help=f"write the table to {TABLE.relative_to(REPO)}")
    args = ap.parse_args()
    scored = [s for d in args.gold_dirs for s in scored_events(d)]
    if not scored:
        print("no predicted events", file=sys.stderr)
        return 1
    fitted = confidence.fit_calibration(scored, bins=args.bins)
    print(f"{len(scored)} predicted events, {sum(ok for _, ok in scored)} matched\n")
    print("fitted table (raw score bin -> precision)")
    print(f"{'raw low':>8} {'raw high':>8} {'raw mean':>8} {'precision':>9} {'n':>4}")
    for b in fitted.bins:
        print(f"{b.low:8.3f} {b.high:8.3f} {b.mean:8.3f} {b.precision:9.3f} {b.count:4d}")
    for name, table in (("fitted", fitted), ("packaged", confidence.load_calibration())):
        print(f"\nreliability of the {name} table")
        print(f"{'confidence bin':>15} {'mean conf':>9} {'observed':>8} {'n':>4}")
        for lo, hi, mean, prec, n in confidence.reliability(scored, table):
            print(f"{lo:6.1f} – {hi:4.1f}   {mean:9.3f} {prec:8.3f} {n:4d}")
        brier = sum((table.apply(s) - ok) ** 2 for s, ok in scored) / len(scored)
        print(f"Brier score: {brier:.4f}")
    if args.write:
        body = yaml.safe_dump(fitted.to_dict(), sort_keys=False, default_flow_style=None)
        source = " ".join(d.as_posix() for d in args.gold_dirs) + " pooled"
        TABLE.write_text(HEADER.format(source=source) + body, encoding="utf-8")
        print(f"\nwrote {TABLE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
