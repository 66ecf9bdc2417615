"""Outside gold split in two fixed halves: a develop half to read and a check half to score in aggregate.

    .venv/bin/python scripts/outside_halves.py score check|dev [--data ../shared/data]
    .venv/bin/python scripts/outside_halves.py dump OUT.jsonl [--data ../shared/data]
    .venv/bin/python scripts/outside_halves.py dump-docs OUT.jsonl [--data ../shared/data]
    .venv/bin/python scripts/outside_halves.py diff A.jsonl B.jsonl [--show 20]

The split (session 39's, kept since): the SHA-1 of each document's key, first hex digit 0-7 = check half,
8-f = develop half. Keys: india_police_events the article's ``doc_id``; glocon_gold_sample the row's
``url`` (its article); PolNeAR the text's file name (``name.txt``). So every sentence of one article falls
in one half.

``score`` builds the half under ``--work`` (default /tmp/eventwire-outside; the public data are read in
place and never copied into the repository) and runs the package's adapters on it: india KILL / ARREST /
FORCE sentence F1, glocon protest sentence F1, PolNeAR source span F1 (exact and overlapping).
``dump`` (develop half only) writes, per unit (an india or glocon sentence, a PolNeAR article), the
events (type, subtype, status, trigger span and text, time interval, first two places, actors; since session
54 also scope, magnitudes and source, so a dump made before that compares unequal on every event) and the
claims (cue, speaker); ``diff`` counts the units whose output differs between two dumps, the rate per
1,000 develop-half sentences (PolNeAR articles counted by their sentences, roughly), and prints a seeded
random draw of changed units to read by hand: the firings of a rule on real news.

``dump-docs`` (develop half only) writes the same record per develop-half ARTICLE, so that rules joining
records across sentences can fire: india_police_events ``docs.jsonl`` (``doc_text``, key ``doc_id``),
glocon_gold_sample ``document/Sabinet_R.json`` (``text``, key ``url``, as the sentence split keys it:
all develop-half documents, not only the 109 with sentence gold) and the PolNeAR articles. Trigger and cue
offsets are relative to the article as stored; each record keeps the article's text, its sentence count
estimate (". " and paragraph breaks) and ``"level": "article"``. Check-half articles are skipped by their
key before their text is used. ``diff`` on two such dumps also gives the rate per 1,000 develop-half
articles, and prints, for each drawn unit, the passages around the events that changed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
HALVES = ("check", "dev")
KEYS = {
    "india_police_events": ("kill_f1", "arrest_f1", "force_f1"),
    "glocon_gold_sample": ("protest_f1",),
    "polnear": ("source_exact_f1", "source_overlap_f1"),
}


def is_check(key: str) -> bool:
    """The check half: the key's SHA-1 begins with 0-7."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[0] in "01234567"


def _rows(path: Path, key: str, want: bool) -> Iterator[str]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and is_check(str(json.loads(line)[key])) == want:
                yield line


def build(half: str, data: Path, work: Path) -> Path:
    """The half's copy of the three sets under ``work/half`` (made once; a ``.done`` file marks it whole)."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    want = half == "check"
    out = work / half
    if (out / ".done").exists():
        return out
    if out.exists():
        shutil.rmtree(out)
    india = out / "india_police_events"
    india.mkdir(parents=True)
    (india / "sents.jsonl").write_text(
        "".join(_rows(data / "india_police_events" / "sents.jsonl", "doc_id", want)), encoding="utf-8"
    )
    glocon = out / "glocon_gold_sample" / "sentence"
    glocon.mkdir(parents=True)
    (glocon / "Sabinet.json").write_text(
        "".join(_rows(data / "glocon_gold_sample" / "sentence" / "Sabinet.json", "url", want)),
        encoding="utf-8",
    )
    for sub in ("text", "attributions"):
        (out / "polnear" / "dev" / sub).mkdir(parents=True)
    for txt in sorted((data / "polnear" / "dev" / "text").glob("*.txt")):
        if is_check(txt.name) != want:
            continue
        shutil.copy(txt, out / "polnear" / "dev" / "text" / txt.name)
        for ann in (data / "polnear" / "dev" / "attributions").glob(txt.stem + "_*.ann"):
            shutil.copy(ann, out / "polnear" / "dev" / "attributions" / ann.name)
    (out / ".done").write_text("whole\n", encoding="utf-8")
    return out


def score(half: str, data: Path, work: Path) -> dict[str, dict[str, float]]:
    from eventwire.evaluate.adapters import run_adapter
    from eventwire.pipeline import Pipeline

    root = build(half, data, work)
    pipeline = Pipeline.load()
    paths = {
        "india_police_events": root / "india_police_events",
        "glocon_gold_sample": root / "glocon_gold_sample",
        "polnear": root / "polnear" / "dev",
    }
    out: dict[str, dict[str, float]] = {}
    for name, path in paths.items():
        report = run_adapter(name, path, pipeline)
        out[name] = {k: report.metrics[k] for k in KEYS[name]}
        print(f"{half} {name} n={report.documents} " + " ".join(f"{k}={v:.4f}" for k, v in out[name].items()))
    return out


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def units(root: Path) -> list[tuple[str, str]]:
    """(key, text) of every develop-half unit: india and glocon sentences, PolNeAR articles."""
    found: list[tuple[str, str]] = []
    for row in _jsonl(root / "india_police_events" / "sents.jsonl"):
        if text := str(row["sent_text"]).strip():
            found.append((f"india:{row['doc_id']}:{row['sent_id']}", text))
    for row in _jsonl(root / "glocon_gold_sample" / "sentence" / "Sabinet.json"):
        if text := str(row["sentence"]).strip():
            found.append((f"glocon:{row['id']}", text))
    for txt in sorted((root / "polnear" / "dev" / "text").glob("*.txt")):
        found.append((f"polnear:{txt.stem}", txt.read_text(encoding="utf-8")))
    return found


def doc_units(data: Path) -> list[tuple[str, str]]:
    """(key, text) of every develop-half article, read in place (check-half rows are skipped by key)."""
    found: list[tuple[str, str]] = []
    for line in _rows(data / "india_police_events" / "docs.jsonl", "doc_id", False):
        row = json.loads(line)
        if str(row["doc_text"]).strip():
            found.append((f"india:{row['doc_id']}", str(row["doc_text"])))
    for line in _rows(data / "glocon_gold_sample" / "document" / "Sabinet_R.json", "url", False):
        row = json.loads(line)
        if str(row["text"]).strip():
            found.append((f"glocon:{row['url']}", str(row["text"])))
    for txt in sorted((data / "polnear" / "dev" / "text").glob("*.txt")):
        if not is_check(txt.name):
            found.append((f"polnear:{txt.stem}", txt.read_text(encoding="utf-8")))
    return found


def _sentences(text: str) -> int:
    """A rough sentence count of an article: ". " and paragraph breaks."""
    return max(1, text.count(". ") + text.count("\n\n"))


def unit_record(key: str, text: str, result: Any, article: bool = False) -> dict[str, Any]:
    """One dump line: what the pipeline made of one unit (``result`` a Result, or None when it failed).

    ``article`` marks a ``dump-docs`` unit: its text is kept and it counts as its sentences, roughly.
    """
    events: list[list[Any]] = []
    claims: list[list[Any]] = []
    # a PolNeAR article counts as its sentences (roughly: ". " and paragraph breaks) in the rate per 1,000
    sentences = _sentences(text) if article or key.startswith("polnear:") else 1
    if result is not None:
        for e in result.events:
            time = [e.time.start, e.time.end] if e.time is not None else None
            places = [p.name or p.text for p in e.places[:2]]
            actors = sorted(f"{a.role}:{a.kind}:{a.name or ''}" for a in e.actors)
            trigger = [e.trigger.start, e.trigger.end]
            figures = sorted([m.kind, m.value, m.qualifier] for m in e.magnitudes)
            source = (e.source.name or e.source.text) if e.source is not None else None
            told = [e.type, e.subtype, e.status, trigger, e.trigger.text, time, places, actors]
            events.append([*told, e.scope, figures, source])
        for c in result.claims:
            claims.append([c.cue.start, c.cue.end, c.speaker.name or c.speaker.text])
    record = {
        "key": key,
        "n": sentences,
        "events": sorted(events, key=str),
        "claims": sorted(claims, key=str),
        "text": text if article or not key.startswith("polnear:") else "",
    }
    if article:
        record["level"] = "article"
    return record


def _write(out: Path, found: list[tuple[str, str]], article: bool) -> int:
    from eventwire.ingest.document import make_document
    from eventwire.pipeline import Pipeline
    from eventwire.records import Result

    pipeline = Pipeline.load()
    docs = [make_document(text, normalize=False) for _, text in found]
    with out.open("w", encoding="utf-8") as g:
        for (key, text), result in zip(found, pipeline.pipe(docs), strict=True):
            record = unit_record(key, text, result if isinstance(result, Result) else None, article)
            g.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(found)


def dump(out: Path, data: Path, work: Path) -> int:
    return _write(out, units(build("dev", data, work)), article=False)


def dump_docs(out: Path, data: Path) -> int:
    """The develop-half articles' dump (see the module docstring); the number of units written."""
    return _write(out, doc_units(data), article=True)


def changed(a: dict[str, dict[str, Any]], b: dict[str, dict[str, Any]]) -> list[str]:
    return [k for k in a if k in b and (a[k]["events"], a[k]["claims"]) != (b[k]["events"], b[k]["claims"])]


def passages(a: dict[str, Any], b: dict[str, Any], width: int = 200) -> list[str]:
    """The article's text around each trigger or cue in one dump and not the other (merged windows)."""
    spans = sorted(
        {(e[3][0], e[3][1]) for e in a["events"] if e not in b["events"]}
        | {(e[3][0], e[3][1]) for e in b["events"] if e not in a["events"]}
        | {(c[0], c[1]) for c in a["claims"] if c not in b["claims"]}
        | {(c[0], c[1]) for c in b["claims"] if c not in a["claims"]}
    )
    text: str = a["text"]
    windows: list[list[int]] = []
    for start, end in spans:
        lo, hi = max(0, start - width), min(len(text), end + width)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return [f"  [{lo}:{hi}] " + text[lo:hi].replace("\n", " ") for lo, hi in windows]


def diff(path_a: Path, path_b: Path, show: int) -> tuple[int, float]:
    a = {r["key"]: r for r in _jsonl(path_a)}
    b = {r["key"]: r for r in _jsonl(path_b)}
    total = sum(r["n"] for r in a.values())
    moved = changed(a, b)
    rate = 1000 * len(moved) / total if total else 0.0
    print(f"units changed {len(moved)} of {len(a)}; sentences {total}; rate {rate:.2f} per 1,000")
    articles = sum(r.get("level") == "article" for r in a.values())
    if articles:
        per_article = 1000 * len(moved) / articles
        print(f"articles {articles}; rate {per_article:.2f} per 1,000 develop-half articles")
    for key in random.Random(44).sample(moved, min(show, len(moved))):
        print("----", key)
        if a[key].get("level") == "article":
            for passage in passages(a[key], b[key]):
                print(passage)
        elif a[key]["text"]:
            print(a[key]["text"][:600])
        print("  before:", a[key]["events"], a[key]["claims"])
        print("  after: ", b[key]["events"], b[key]["claims"])
    return len(moved), rate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--work", type=Path, default=Path("/tmp/eventwire-outside"))
    sub = ap.add_subparsers(dest="command", required=True)
    s = sub.add_parser("score")
    s.add_argument("half", choices=HALVES)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    o = sub.add_parser("dump-docs")
    o.add_argument("out", type=Path)
    f = sub.add_parser("diff")
    f.add_argument("a", type=Path)
    f.add_argument("b", type=Path)
    f.add_argument("--show", type=int, default=20)
    args = ap.parse_args(argv)
    if args.command == "score":
        score(args.half, args.data, args.work)
    elif args.command == "dump":
        dump(args.out, args.data, args.work)
    elif args.command == "dump-docs":
        dump_docs(args.out, args.data)
    else:
        diff(args.a, args.b, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
