"""Inter-annotator agreement: two gold annotations of the same articles, scored like the system.

The second annotation plays the system's part: its events are matched to the first's by the
scorer's rules (same type and overlapping anchors, else the second's anchor sentence holding
the first's anchor), and the same attribute checks are made on matched pairs. The result is
the ceiling a machine can reach against one author when two careful humans disagree this much.

    python -m eventwire.evaluate.agreement gold/dev4 gold/agreement

Only articles present in both folders (by file stem) are compared; the article text is read
from the first folder. Both directions are printed: each annotator as the reference.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .gold import find_anchor
from .scoring import ATTRIBUTES as SCORED_ATTRIBUTES
from .scoring import PRF, Ratio, _overlaps, names_match

__all__ = ["Agreement", "compare_annotations", "compare_folders", "main"]

_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[\"“(A-Z0-9])|\n+")

# the scorer's attribute checks, less the qualifier (checked there only when the figures agree)
ATTRIBUTES = tuple(a for a in SCORED_ATTRIBUTES if a != "qualifier")


class Agreement:
    """Counts of one comparison (the first annotation is the reference)."""

    def __init__(self) -> None:
        self.documents = 0
        self.events = PRF()
        self.attributes: dict[str, Ratio] = {a: Ratio() for a in ATTRIBUTES}
        self.claims = PRF()
        self.speakers = Ratio()

    def metrics(self) -> dict[str, float]:
        out = {
            "event_precision": self.events.precision,
            "event_recall": self.events.recall,
            "event_f1": self.events.f1,
            "claim_precision": self.claims.precision,
            "claim_recall": self.claims.recall,
        }
        for name, ratio in self.attributes.items():
            if ratio.value is not None:
                out[f"{name}_accuracy"] = ratio.value
        if self.speakers.value is not None:
            out["speaker_accuracy"] = self.speakers.value
        return out


def _sentences(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def _sentence_of(span: tuple[int, int], sentences: list[tuple[int, int]]) -> tuple[int, int]:
    return next((s for s in sentences if s[0] <= span[0] < s[1] or s[0] == span[0]), span)


def _anchored(text: str, items: Iterable[dict[str, Any]]) -> list[tuple[dict[str, Any], tuple[int, int]]]:
    out = []
    for item in items:
        try:
            out.append((item, find_anchor(text, item["anchor"], item.get("occurrence", 1))))
        except (KeyError, ValueError):
            continue
    return out


def _pairs(
    ref: list[tuple[dict[str, Any], tuple[int, int]]],
    other: list[tuple[dict[str, Any], tuple[int, int]]],
    sentences: list[tuple[int, int]],
    *,
    typed: bool,
) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    used_r: set[int] = set()
    used_o: set[int] = set()
    for strict in (True, False):
        for ri, (r, ra) in enumerate(ref):
            if ri in used_r:
                continue
            for oi, (o, oa) in enumerate(other):
                if oi in used_o or (typed and o.get("type") != r.get("type")):
                    continue
                if strict:
                    ok = _overlaps(ra, oa)
                else:
                    sent = _sentence_of(oa, sentences)
                    ok = sent[0] <= ra[0] and ra[1] <= sent[1]
                if ok:
                    pairs.append((ri, oi))
                    used_r.add(ri)
                    used_o.add(oi)
                    break
    return pairs


def _interval(t: dict[str, Any] | None) -> tuple[str, str] | None:
    if not t or not t.get("start") or not t.get("end"):
        return None
    return str(t["start"]), str(t["end"])


def _check_pair(agreement: Agreement, r: dict[str, Any], o: dict[str, Any]) -> None:
    attrs = agreement.attributes
    attrs["status"].add(o.get("status", "asserted") == r.get("status", "asserted"))
    attrs["scope"].add(o.get("scope", "single") == r.get("scope", "single"))
    rt, ot = _interval(r.get("time")), _interval(o.get("time"))
    if rt:
        attrs["time"].add(ot == rt)
        attrs["time_overlap"].add(ot is not None and ot[0] <= rt[1] and ot[1] >= rt[0])
    if r.get("country"):
        attrs["country"].add(o.get("country") == r["country"])
    if r.get("places"):
        attrs["place"].add(any(names_match(r["places"][0], p) for p in (o.get("places") or [])[:2]))
    for rm in r.get("magnitudes") or []:
        attrs["magnitude"].add(
            any(
                m.get("kind") == rm.get("kind") and m.get("value") == rm.get("value")
                for m in o.get("magnitudes") or []
            )
        )
    if r.get("source"):
        attrs["source"].add(bool(o.get("source")) and names_match(r["source"], o.get("source")))
    for ra in r.get("actors") or []:
        attrs["actor"].add(
            any(
                a.get("role") == ra.get("role") and names_match(ra["name"], a.get("name"))
                for a in o.get("actors") or []
            )
        )


def compare_annotations(agreement: Agreement, text: str, ref: dict[str, Any], other: dict[str, Any]) -> None:
    """Add the comparison of one article's two annotations to ``agreement``."""
    agreement.documents += 1
    sentences = _sentences(text)
    rev = _anchored(text, ref.get("events", []))
    oev = _anchored(text, other.get("events", []))
    pairs = _pairs(rev, oev, sentences, typed=True)
    agreement.events.tp += len(pairs)
    agreement.events.fp += len(oev) - len(pairs)
    agreement.events.fn += len(rev) - len(pairs)
    for ri, oi in _pairs(rev, oev, sentences, typed=False):
        agreement.attributes["type"].add(rev[ri][0].get("type") == oev[oi][0].get("type"))
    for ri, oi in pairs:
        _check_pair(agreement, rev[ri][0], oev[oi][0])
    rcl = _anchored(text, ref.get("claims", []))
    ocl = _anchored(text, other.get("claims", []))
    cpairs = _pairs(rcl, ocl, sentences, typed=False)
    agreement.claims.tp += len(cpairs)
    agreement.claims.fp += len(ocl) - len(cpairs)
    agreement.claims.fn += len(rcl) - len(cpairs)
    for ri, oi in cpairs:
        speaker = rcl[ri][0].get("speaker")
        if speaker:
            agreement.speakers.add(names_match(speaker, ocl[oi][0].get("speaker")))


def paired_files(first: Path, second: Path) -> list[tuple[Path, Path]]:
    """The (first, second) annotation files of the same article: the same file name, or, since all
    sets' second annotations share one folder, the second's name less the first folder's name and
    an underscore ("dev20_02_wire.json" answers gold/dev20/02_wire.json). Only articles whose text
    stands beside the first annotation count."""
    prefix = f"{first.name}_"
    pairs = []
    for path in sorted(second.glob("*.json")):
        first_path = first / path.name
        if not first_path.is_file() and path.name.startswith(prefix):
            first_path = first / path.name[len(prefix) :]
        if first_path.is_file() and first_path.with_suffix(".txt").is_file():
            pairs.append((first_path, path))
    return pairs


def compare_folders(first: Path, second: Path, *, swap: bool = False) -> Agreement:
    """Compare the annotations in ``second`` with those of the same article in ``first``
    (``paired_files``).

    The texts are read from ``first``. ``swap`` makes ``second`` the reference instead
    (precision and recall trade places; the attribute checks run from the other side).
    """
    agreement = Agreement()
    for first_path, path in paired_files(first, second):
        txt = first_path.with_suffix(".txt")
        a = json.loads(first_path.read_text(encoding="utf-8"))
        b = json.loads(path.read_text(encoding="utf-8"))
        ref, other = (b, a) if swap else (a, b)
        compare_annotations(agreement, txt.read_text(encoding="utf-8"), ref, other)
    return agreement


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("first", type=Path, help="the first annotation, beside the article texts")
    ap.add_argument("second", type=Path, help="a second annotation of some of the same articles")
    args = ap.parse_args(argv)
    for label, swap in (("second scored against first", False), ("first scored against second", True)):
        agreement = compare_folders(args.first, args.second, swap=swap)
        events = agreement.events.tp + agreement.events.fn
        print(f"## {label}: {agreement.documents} articles, {events} reference events")
        for key, value in agreement.metrics().items():
            print(f"{key:24} {value:.3f}")


if __name__ == "__main__":
    main()
