"""Compare two versions of the code on the open gold sets, set by set (the transfer check).

    .venv/bin/python scripts/compare_sets.py run CODE [SET ...]
    .venv/bin/python scripts/compare_sets.py cmp BASE CODE [SET ...] [--split dev15]
    .venv/bin/python scripts/compare_sets.py md BASE CODE [SET ...]

CODE and BASE are a commit of this repository (checked out once, detached, under the cache
directory; results cached by the tree of ``src/`` and a digest of the set's gold, so commits that
change only gold or docs share one checkout and one result) or a directory holding ``src/`` (a
worktree being edited: never cached). Gold is read from this repository's ``gold/`` (``--gold`` to
change it), copied once at the start of a run, so that a gold edit landing while a run goes on cannot
score BASE on the old gold and CODE on the new (session 46). The sets a version still needs are scored by one
process that loads the pipeline once (session 54; before, one `eventwire evaluate` per set: about three times
slower), its reports byte for byte the CLI's. SETS default to the open author sets
(``eventwire.evaluate.candidates.OPEN_SETS``); the held-out sets are scored only when named.

``cmp`` prints each set's change in points (CODE minus BASE) per field and the number of predicted
events, then the mean per half and how many sets rose or fell: the open sets split in two by author
order at ``--split`` (dev … dev14 | dev15 …). Session 28's transfer rule: a rule written from one
half lands only when it moves the other half. ``md`` prints a start → end markdown table and means.
``cmp --items`` adds, per half, the net change in items (a gold unit the scorer counts wrong: a missed or
extra event or a hard negative for F1, each field of a "wrong …" line, a missed claim, a wrong speaker;
counted from the reports' misses, no text shown) and how many sets have fewer / more errors — route A's
unit, read without opening a report (session 55). Named held-out sets get a line of their own after the
halves (route G's one measurement). ``cmp --matched-both`` counts each field only on the gold records both
versions matched (a "wrong …" line of one report is left out when the other missed its gold anchor): route G's
count as amended in session 56, where a record a rule newly matches brings it no field loss; F1, claim and
speaker items are counted as with ``--items``.
Environment: ``EVENTWIRE_EVENT_FILTER=off`` scores with the filter off (cached apart);
``EVENTWIRE_COMPARE_CACHE`` moves the cache (default ``/tmp/eventwire-compare``).
"""

from __future__ import annotations

import argparse
import ast
import collections
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# the report's metric names, and the short column names printed
FIELDS = {
    "event_f1": "F1", "event_precision": "P", "event_recall": "R", "type_accuracy": "type",
    "status_accuracy": "stat", "scope_accuracy": "scope", "time_accuracy": "time",
    "country_accuracy": "ctry", "place_accuracy": "place", "magnitude_accuracy": "magn",
    "source_accuracy": "src", "actor_accuracy": "actor", "claim_recall": "clR",
    "speaker_accuracy": "spk", "actor_named_accuracy": "named", "inferred_name_precision": "infP",
}  # fmt: skip
COLUMNS = tuple(FIELDS.values())
Scores = dict[str, float]
# Run by ``score_all`` with the version's src first on PYTHONPATH: loads the pipeline once (as `eventwire
# evaluate` does: the settings from the environment) and writes GOLD=OUT's report, byte for byte the CLI's.
RUNNER = """
import json, sys
from pathlib import Path
from eventwire.evaluate.gold import evaluate_gold
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings
pipeline = Pipeline.load(Settings.from_env())
for arg in sys.argv[1:]:
    gold, out = arg.split("=", 1)
    report = evaluate_gold(Path(gold), pipeline)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(json.dumps(report.to_dict(), indent=2) + "\\n")
"""


def metrics(report: Mapping[str, object]) -> Scores:
    """The columns of one ``eventwire evaluate --format json`` report, and its predicted events."""
    values = report["metrics"]
    counts = report["counts"]
    assert isinstance(values, dict) and isinstance(counts, dict)
    out = {short: float(values[name]) for name, short in FIELDS.items() if values.get(name) is not None}
    out["pred"] = float(counts["predicted_events"])
    out.update({"#" + field: float(k) for field, k in items(report).items()})
    return out


# a "wrong …" line names the gold anchor after the predicted id and type; a "missed …" line after the type
_ANCHOR = r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
_WRONG = re.compile(r"^\S+ \S+ " + _ANCHOR + ": wrong ")
_MISSED = re.compile(r"^missed (?!claim:)\S+ " + _ANCHOR + r" \(")


def missed(report: Mapping[str, object]) -> frozenset[tuple[str, str]]:
    """The gold events a report missed, as (document, gold anchor)."""
    misses = report.get("misses") or {}
    assert isinstance(misses, dict)
    return frozenset(
        (doc, ast.literal_eval(m.group(1)))
        for doc, ms in misses.items()
        for line in ms
        if (m := _MISSED.match(line))
    )


def items(
    report: Mapping[str, object], unmatched: frozenset[tuple[str, str]] = frozenset()
) -> collections.Counter[str]:
    """Errors per field in one report's misses: ``F1`` (missed and extra events, hard negatives that became
    events), each field of a "wrong …" line (an actor once per wrong actor), ``claim`` (missed claims) and
    ``speaker`` (wrong speakers). A "wrong …" line whose (document, gold anchor) is in ``unmatched`` is left
    out (``--matched-both``: fields counted only on the gold records both runs matched)."""
    misses = report.get("misses") or {}
    assert isinstance(misses, dict)
    n: collections.Counter[str] = collections.Counter()
    for doc, line in ((d, m) for d, ms in misses.items() for m in ms):
        if line.startswith("missed claim"):
            n["claim"] += 1
        elif line.startswith("wrong speaker"):
            n["speaker"] += 1
        elif line.startswith(("missed ", "extra ", "hard negative")):
            n["F1"] += 1
        elif wrong := re.search(r": wrong ([a-z_, ]+)$", line):
            if unmatched and (m := _WRONG.match(line)) and (doc, ast.literal_eval(m.group(1))) in unmatched:
                continue
            n.update(wrong.group(1).split(", "))
    return n


def matched_both(a: Mapping[str, object], b: Mapping[str, object]) -> tuple[Scores, Scores]:
    """Both reports' item counts with each field counted only on gold records the other report matched too
    (route G as amended in session 56: a record one run newly matches brings no field loss)."""
    ia, ib = items(a, unmatched=missed(b)), items(b, unmatched=missed(a))
    return ({"#" + k: float(v) for k, v in ia.items()}, {"#" + k: float(v) for k, v in ib.items()})


def items_line(label: str, a: Mapping[str, Scores], b: Mapping[str, Scores], sets: Sequence[str]) -> str:
    """Net items gained per field over ``sets`` (BASE errors minus CODE errors) and sets better / worse."""
    fields = sorted({k[1:] for s in sets for k in (*a[s], *b[s]) if k.startswith("#")})
    cells = []
    for f in fields:
        ds = [a[s].get("#" + f, 0.0) - b[s].get("#" + f, 0.0) for s in sets]
        if any(ds):
            cells.append(f"{f} {sum(ds):+.0f} ({sum(d > 0 for d in ds)}/{sum(d < 0 for d in ds)})")
    return f"{label} items (net fewer errors; sets better/worse): " + (", ".join(cells) or "none changed")


def halves(sets: Sequence[str], split: str) -> tuple[list[str], list[str]]:
    """The sets before ``split`` in the given (author) order, and the rest."""
    if split not in sets:
        return list(sets), []
    k = list(sets).index(split)
    return list(sets[:k]), list(sets[k:])


def points(a: Scores, b: Scores, column: str) -> float | None:
    """The change of one column in points (b minus a), None when either lacks it."""
    if column not in a or column not in b:
        return None
    return 100 * (b[column] - a[column])


def half_line(label: str, a: Mapping[str, Scores], b: Mapping[str, Scores], sets: Sequence[str]) -> str:
    """Mean change per column over ``sets``, and how many rose / fell."""
    cells = []
    for c in COLUMNS:
        ds = [d for s in sets if (d := points(a[s], b[s], c)) is not None]
        up, down = sum(d > 0.005 for d in ds), sum(d < -0.005 for d in ds)
        cells.append(f"{c} {sum(ds) / len(ds):+.2f} ({up}/{down})" if ds else f"{c} ?")
    return f"{label} (mean of {len(sets)}; up/down): " + ", ".join(cells)


class Scorer:
    """Scores a version of the code on gold sets, with a cache for commits."""

    def __init__(self, gold: Path, cache: Path) -> None:
        self.gold, self.cache = gold, cache
        self.filter = os.environ.get("EVENTWIRE_EVENT_FILTER", "on")

    def _git(self, *args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True
        ).stdout.strip()

    def resolve(self, code: str) -> tuple[Path, str | None]:
        """The ``src`` directory of ``code`` and its cache key (None for a working directory)."""
        path = Path(code)
        if (path / "src" / "eventwire").is_dir():
            return path / "src", None
        commit = self._git("rev-parse", f"{code}^{{commit}}")
        key = "src-" + self._git("rev-parse", f"{commit}:src")[:12]
        checkout = self.cache / "checkouts" / key
        if not (checkout / "src").is_dir():
            checkout.parent.mkdir(parents=True, exist_ok=True)
            self._git("worktree", "add", "--detach", str(checkout), commit)
        return checkout / "src", key

    def _digest(self, name: str) -> str:
        h = hashlib.sha256()
        for p in sorted((self.gold / name).rglob("*")):
            if p.is_file():
                h.update(p.name.encode() + p.read_bytes())
        return h.hexdigest()[:12]

    def score(self, code: str, name: str) -> Scores:
        return self.score_all(code, [name])[name]

    def score_all(self, code: str, names: Sequence[str]) -> dict[str, Scores]:
        """Scores of ``code`` on each named set (the columns of its reports)."""
        return {n: metrics(r) for n, r in self.reports_all(code, names).items()}

    def reports_all(self, code: str, names: Sequence[str]) -> dict[str, dict[str, object]]:
        """Reports of ``code`` on each named set: cached ones, and the rest from ONE process that loads the
        pipeline once and writes each set's report as ``eventwire evaluate --format json`` prints it."""
        src, key = self.resolve(code)
        with tempfile.TemporaryDirectory(prefix="compare-reports-") as tmp:
            cached = self.cache / f"{key}-{self.filter}"
            outs = {n: cached / f"{n}-{self._digest(n)}.json" if key else Path(tmp) / n for n in names}
            todo = [n for n in names if not (key and outs[n].exists())]
            if todo:
                env = dict(os.environ, PYTHONPATH=str(src), EVENTWIRE_EVENT_FILTER=self.filter)
                args = [str(self.gold / n) + "=" + str(outs[n]) for n in todo]
                cmd = [sys.executable, "-c", RUNNER, *args]
                done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
                if done.returncode != 0:
                    raise SystemExit(f"{code}: evaluation failed\n{done.stderr[-2000:]}")
            return {n: json.loads(outs[n].read_text()) for n in names}


def snapshot(gold: Path, sets: Sequence[str], into: Path) -> Path:
    """A copy of the named sets' gold folders under ``into`` (the gold every version of one run is
    scored on)."""
    for name in sets:
        shutil.copytree(gold / name, into / name)
    return into


def _cell(x: float | None, y: float | None) -> str:
    if x is None or y is None:
        return "?"
    return f"{y:.3f}" if f"{x:.3f}" == f"{y:.3f}" else f"{x:.3f}→{y:.3f}"


def main(argv: Sequence[str] | None = None) -> None:
    from eventwire.evaluate.candidates import OPEN_SETS

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("run", "cmp", "md"))
    ap.add_argument("versions_and_sets", nargs="+", metavar="CODE/SET")
    ap.add_argument("--split", default="dev15", help="first set of the second half (cmp)")
    ap.add_argument("--gold", type=Path, default=REPO / "gold")
    ap.add_argument("--items", action="store_true", help="also print each half's item changes (cmp)")
    ap.add_argument(
        "--matched-both",
        action="store_true",
        help="items with fields counted only on gold records both versions matched (cmp; implies --items)",
    )
    args = ap.parse_intermixed_args(argv)
    n = 1 if args.command == "run" else 2
    versions, sets = args.versions_and_sets[:n], args.versions_and_sets[n:] or list(OPEN_SETS)
    cache = Path(os.environ.get("EVENTWIRE_COMPARE_CACHE", "/tmp/eventwire-compare"))
    with tempfile.TemporaryDirectory(prefix="compare-gold-") as tmp:
        scorer = Scorer(snapshot(args.gold, sets, Path(tmp)), cache)
        reports = [scorer.reports_all(v, sets) for v in versions]
    results = [{s: metrics(r) for s, r in rs.items()} for rs in reports]
    if args.command == "cmp" and args.matched_both:
        args.items = True
        for s in sets:
            counts = matched_both(reports[0][s], reports[1][s])
            for r, extra in zip(results, counts, strict=True):
                r[s] = {**{k: v for k, v in r[s].items() if not k.startswith("#")}, **extra}
    if args.command == "run":
        print("set    " + " ".join(f"{c:>6}" for c in COLUMNS))
        for s in sets:
            print(f"{s:6} " + " ".join(f"{results[0][s].get(c, float('nan')):6.4f}" for c in COLUMNS))
        return
    a, b = results
    if args.command == "cmp":
        print("points, CODE minus BASE ('.' unchanged); last column: predicted events")
        print("set    " + " ".join(f"{c:>6}" for c in COLUMNS))
        for s in sets:
            ds = [points(a[s], b[s], c) for c in COLUMNS]
            cells = ["?" if d is None else "." if abs(d) < 0.005 else f"{d:+.2f}" for d in ds]
            print(
                f"{s:6} " + " ".join(f"{x:>6}" for x in cells) + f"   {a[s]['pred']:.0f}->{b[s]['pred']:.0f}"
            )
        first, second = halves(list(OPEN_SETS), args.split)
        rest = [s for s in sets if s not in OPEN_SETS]  # held-out sets, scored only when named
        for label, half in (("H1", first), ("H2", second), ("held out", rest)):
            named = [s for s in sets if s in half]
            if named:
                print(half_line(label, a, b, named))
                if args.items:
                    print(items_line(label, a, b, named))
        return
    print("| set | " + " | ".join(COLUMNS) + " |")
    print("|---|" + "---|" * len(COLUMNS))
    for s in sets:
        print(f"| {s} | " + " | ".join(_cell(a[s].get(c), b[s].get(c)) for c in COLUMNS) + " |")
    print(f"\nMeans over the {len(sets)} sets (points):")
    print(half_line("all", a, b, sets))


if __name__ == "__main__":
    main()
