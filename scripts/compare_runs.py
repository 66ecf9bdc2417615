"""Reach: which events two versions of the code extract differently from the same texts (no gold read).

    .venv/bin/eventwire extract FILE ... --format jsonl > a.jsonl        # at one commit
    .venv/bin/eventwire extract FILE ... --format jsonl > b.jsonl        # at another, same files, same order
    .venv/bin/python scripts/compare_runs.py a.jsonl b.jsonl [--names FILELIST]

Events are paired by (trigger start, type) within each document (documents paired by line). Prints,
per document that changed, the events only in A, only in B, and the fields that differ on paired
events (an actor's ``dictionary_version`` is not compared: a new dictionary release stamps every actor);
then the totals, and how many paired events changed each field. Used on held-out texts to
tell whether a change reaches them at all, without reading their gold.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIELDS = ("subtype", "status", "scope", "time", "places", "actors", "magnitudes", "source", "claim_id")
Key = tuple[int, str]


@dataclass
class DocChange:
    """How one document's events differ between run A and run B."""

    name: str
    only_a: list[Key] = field(default_factory=list)
    only_b: list[Key] = field(default_factory=list)
    fields: Counter[str] = field(default_factory=Counter)
    claims: tuple[int, int] = (0, 0)

    @property
    def changed(self) -> bool:
        return bool(self.only_a or self.only_b or self.fields or self.claims[0] != self.claims[1])


def _key(event: Mapping[str, Any]) -> Key:
    return (int(event["trigger"]["start"]), str(event["type"]))


# Not compared: a new dictionary release stamps its version on every actor it resolves, changed or not.
IGNORED = frozenset({"dictionary_version"})


def _bare(value: object) -> object:
    if isinstance(value, Mapping):
        return {k: _bare(v) for k, v in value.items() if k not in IGNORED}
    if isinstance(value, list):
        return [_bare(v) for v in value]
    return value


def _same(a: object, b: object) -> bool:
    return json.dumps(_bare(a), sort_keys=True) == json.dumps(_bare(b), sort_keys=True)


def compare_document(name: str, a: Mapping[str, Any], b: Mapping[str, Any]) -> DocChange:
    """The events only in ``a``, only in ``b``, and the fields that differ on events found in both."""
    ea = {_key(e): e for e in a.get("events", [])}
    eb = {_key(e): e for e in b.get("events", [])}
    change = DocChange(name, sorted(set(ea) - set(eb)), sorted(set(eb) - set(ea)))
    for k in sorted(set(ea) & set(eb)):
        for f in FIELDS:
            if not _same(ea[k].get(f), eb[k].get(f)):
                change.fields[f] += 1
    change.claims = (len(a.get("claims", [])), len(b.get("claims", [])))
    return change


def compare_runs(
    names: Sequence[str], a: Sequence[Mapping[str, Any]], b: Sequence[Mapping[str, Any]]
) -> list[DocChange]:
    if not len(names) == len(a) == len(b):
        raise ValueError(f"runs differ in length: {len(names)} names, {len(a)} and {len(b)} documents")
    return [compare_document(n, x, y) for n, x, y in zip(names, a, b, strict=True)]


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def report(changes: Iterable[DocChange]) -> str:
    changes = list(changes)
    lines = []
    total: Counter[str] = Counter()
    for c in changes:
        total.update(c.fields)
        if c.changed:
            fields = ", ".join(f"{f} {n}" for f, n in sorted(c.fields.items()))
            lines.append(
                f"{c.name}: only A {len(c.only_a)}, only B {len(c.only_b)}; differ: {fields or '-'}; "
                f"claims {c.claims[0]} -> {c.claims[1]}"
            )
    changed = sum(c.changed for c in changes)
    only_a, only_b = sum(len(c.only_a) for c in changes), sum(len(c.only_b) for c in changes)
    lines.append(
        f"documents changed: {changed} of {len(changes)}; events only A {only_a}, only B {only_b}; "
        "paired events changed per field: "
        + (", ".join(f"{f} {n}" for f, n in sorted(total.items())) or "none")
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    parser.add_argument("--names", type=Path, help="a file naming the documents, one per line, in run order")
    args = parser.parse_args(argv)
    a, b = _read(args.a), _read(args.b)
    if args.names:
        names = [x.strip() for x in args.names.read_text(encoding="utf-8").splitlines() if x.strip()]
    else:
        names = [str(d.get("document", {}).get("id", i)) for i, d in enumerate(a)]
    print(report(compare_runs(names, a, b)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
