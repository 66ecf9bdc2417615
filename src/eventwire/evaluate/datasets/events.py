"""Event adapters: score the event extractor on public sets, each beside a plain keyword baseline.

- ``run_india_police_events``: IndiaPoliceEvents sentences, KILL / ARREST / FORCE sentence F1.
- ``run_glocon``: GLOCON Gold public sample, protest-sentence F1 (label 1 = a protest event).
- ``run_wikievents``: WikiEvents dev, trigger F1 for attack / die / arrest (span overlap).

Data sets are read in place from ``/work/shared/data`` (never copied).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...ingest.document import make_document
from ...records import EVENT_TYPES, Document, Event, Result
from .base import DatasetReport, require_dir

if TYPE_CHECKING:
    from ...pipeline import Pipeline

__all__ = ["run_glocon", "run_glocon_gold_sample", "run_india_police_events", "run_wikievents"]

REPORTED = frozenset({"asserted", "attributed"})
POLICE = re.compile(
    r"\b(police|policemen|policeman|cops?|constables?|jawans?|crpf|rapid action force|sra?p|"
    r"security forces?|officers?|khaki|inspector|sub-inspector|commissioner|home guards?)\b",
    re.I,
)
POLICE_ACTION = re.compile(
    r"\b(police|security forces?|cops?)\s+(firing|fired|opened fire|shot|killed|lathi|"
    r"baton|cane|used|burst|lobbed|beat)|\b(firing|shot|killed|beaten|lathi-?charged?) by "
    r"(the )?(police|security)|\bencounters?\b|\bpolice firing\b",
    re.I,
)
KILL_WORDS = re.compile(
    r"\b(kill(ed|ing|s)?|shot dead|gunned down|died|dead|deaths?|encounter|firing)\b", re.I
)
ARREST_WORDS = re.compile(
    r"\b(arrest(ed|s|ing)?|detain(ed|s|ing)?|detention|custody|rounded up|nabbed|held)\b", re.I
)
FORCE_WORDS = re.compile(
    r"\b(kill(ed|ing|s)?|shot|fired?|firing|lathi|baton|tear ?gas|beat(en|ing)?|"
    r"cane-?charged?|charged?|force|bullets?|injur(ed|ies))\b",
    re.I,
)
PROTEST_WORDS = re.compile(
    r"\b(protest\w*|demonstrat\w*|strike\w*|march(ed|es|ing)?|rall(y|ies|ied)|riot\w*|"
    r"picket\w*|boycott\w*|sit-in|stayaway|stay-away|toyi-toyi)\b",
    re.I,
)
VIOLENCE_WORDS = re.compile(
    r"\b(kill\w*|attack\w*|bomb\w*|shot|shoot\w*|arrest\w*|detain\w*|tortur\w*|"
    r"execut\w*|hanged|explo\w*|blast\w*|clash\w*|murder\w*|abduct\w*)\b",
    re.I,
)
DIE_WORDS = re.compile(r"^(kill\w*|died|dies|die|dead|deaths?|murder\w*|slain|shot dead)$", re.I)
WIKI_CLASSES = {"Conflict.Attack": "attack", "Life.Die": "die", "Justice.ArrestJailDetain": "arrest"}
WIKI_BASELINE = {
    "attack": {
        "attack",
        "attacks",
        "attacked",
        "bomb",
        "bombing",
        "bombings",
        "explosion",
        "explosions",
        "blast",
        "exploded",
        "detonated",
        "shooting",
        "shot",
        "fired",
        "strike",
        "strikes",
        "assault",
        "ambush",
    },
    "die": {"died", "dead", "death", "deaths", "killed", "kill", "kills", "killing", "die", "dies"},
    "arrest": {"arrest", "arrested", "arrests", "detained", "detain", "custody", "jailed", "jail", "held"},
}


@dataclass(frozen=True, slots=True)
class _Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: bool, gold: bool) -> _Counts:
        return _Counts(
            self.tp + (predicted and gold),
            self.fp + (predicted and not gold),
            self.fn + (gold and not predicted),
        )

    def scores(self, prefix: str) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            f"{prefix}_precision": round(p, 4),
            f"{prefix}_recall": round(r, 4),
            f"{prefix}_f1": round(f, 4),
        }


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _spread(rows: list[Any], limit: int | None) -> list[Any]:
    """``limit`` rows spaced evenly over the whole set (the first N sentences are a handful of documents
    of one week), in file order; all of them when there is no limit or no more rows."""
    if limit is None or len(rows) <= limit:
        return rows
    step = len(rows) / max(limit, 1)
    return [rows[int(i * step)] for i in range(max(limit, 0))]


def _results(pipeline: Pipeline, documents: Sequence[Document]) -> list[Result | None]:
    out: list[Result | None] = []
    for item in pipeline.pipe(documents):
        out.append(item if isinstance(item, Result) else None)
    return out


def _events(result: Result | None, types: Iterable[str], statuses: frozenset[str] = REPORTED) -> list[Event]:
    if result is None:
        return []
    wanted = set(types)
    return [e for e in result.events if e.type in wanted and e.status in statuses]


def _police_involved(event: Event, text: str) -> bool:
    """A security-forces perpetrator written in the sentence (an implied one needs a police word there),
    or none named and a police action written out."""
    perpetrators = [a for a in event.actors if a.role == "perpetrator"]
    if any(a.kind == "security_forces" and a.text is not None for a in perpetrators):
        return True
    if any(a.kind == "security_forces" for a in perpetrators) and POLICE.search(text):
        return True
    named = [a for a in perpetrators if a.text is not None]
    return not named and bool(POLICE_ACTION.search(text))


def run_india_police_events(path: Path, pipeline: Pipeline, *, limit: int | None = None) -> DatasetReport:
    """Sentence-level F1 for KILL, ARREST and FORCE (police actions) on IndiaPoliceEvents."""
    require_dir(path, "india_police_events")
    rows = []
    for row in _jsonl(path / "sents.jsonl"):
        text = str(row["sent_text"]).strip()
        if not text:
            continue
        rows.append((text, set(row["sent_labels"])))
    rows = _spread(rows, limit)
    docs = [make_document(text, normalize=False) for text, _ in rows]
    results = _results(pipeline, docs)
    model = {k: _Counts() for k in ("kill", "arrest", "force")}
    base = {k: _Counts() for k in ("kill", "arrest", "force")}
    for (text, labels), result in zip(rows, results, strict=True):
        kills = [e for e in _events(result, ("killing",)) if _police_involved(e, text)]
        forces = [
            e
            for e in _events(result, ("killing", "repression", "torture", "attack"))
            # repression and torture are the state's by definition: a police word in the sentence suffices
            if _police_involved(e, text) or (e.type in ("repression", "torture") and POLICE.search(text))
        ]
        arrests = _events(result, ("arrest",))
        model["kill"] = model["kill"].add(bool(kills), "KILL" in labels)
        model["arrest"] = model["arrest"].add(bool(arrests), "ARREST" in labels)
        model["force"] = model["force"].add(bool(forces), "FORCE" in labels)
        police = bool(POLICE.search(text))
        base["kill"] = base["kill"].add(police and bool(KILL_WORDS.search(text)), "KILL" in labels)
        base["arrest"] = base["arrest"].add(bool(ARREST_WORDS.search(text)), "ARREST" in labels)
        base["force"] = base["force"].add(police and bool(FORCE_WORDS.search(text)), "FORCE" in labels)
    metrics: dict[str, float] = {}
    baseline: dict[str, float] = {}
    for k in ("kill", "arrest", "force"):
        metrics.update(model[k].scores(k))
        baseline.update(base[k].scores(k))
    return DatasetReport(
        name="india_police_events",
        task="sentence classification: KILL / ARREST / FORCE by police",
        metrics=metrics,
        documents=len(rows),
        notes="each sentence processed alone; KILL/FORCE need a security-forces perpetrator or a police word",
        baseline=baseline,
    )


def run_glocon(path: Path, pipeline: Pipeline, *, limit: int | None = None) -> DatasetReport:
    """Protest-sentence F1 on the GLOCON Gold public sample (label 1 positive; label 2 = planned)."""
    require_dir(path, "glocon_gold_sample")
    rows = []
    for row in _jsonl(path / "sentence" / "Sabinet.json"):
        text = str(row["sentence"]).strip()
        if not text:
            continue
        rows.append((text, int(row["label"])))
    rows = _spread(rows, limit)
    docs = [make_document(text, normalize=False) for text, _ in rows]
    results = _results(pipeline, docs)
    model = _Counts()
    base = _Counts()
    planned = _Counts()
    anyev = _Counts()
    anybase = _Counts()
    for (text, label), result in zip(rows, results, strict=True):
        found = bool(_events(result, ("protest", "strike", "riot")))
        model = model.add(found, label == 1)
        base = base.add(bool(PROTEST_WORDS.search(text)), label == 1)
        anyev = anyev.add(bool(_events(result, EVENT_TYPES)), label == 1)
        anybase = anybase.add(bool(PROTEST_WORDS.search(text) or VIOLENCE_WORDS.search(text)), label == 1)
        future = bool(
            _events(result, ("protest", "strike", "riot"), frozenset({"predicted", "hypothetical"}))
        )
        planned = planned.add(future, label == 2)
    metrics = model.scores("protest")
    metrics.update(anyev.scores("any_event"))
    metrics.update(planned.scores("planned"))
    baseline = base.scores("protest")
    baseline.update(anybase.scores("any_event"))
    return DatasetReport(
        name="glocon_gold_sample",
        task="sentence classification: protest event (asserted/attributed protest, strike or riot)",
        metrics=metrics,
        documents=len(rows),
        notes="GLOCON's label 1 also covers political violence: any_event counts all nine types; "
        "label 2 (planned) is scored against predicted/hypothetical events",
        baseline=baseline,
    )


def _wiki_doc(row: dict[str, Any]) -> tuple[str, list[tuple[int, int]]]:
    """Text rebuilt from the tokens (the stored offsets drift from ``text``) and each token's span."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    offset = 0
    for tokens, _text in row["sentences"]:
        pieces: list[str] = []
        pos = 0
        prev_end: int | None = None
        for tok, start, _end in tokens:
            if prev_end is not None and start > prev_end:
                pieces.append(" ")
                pos += 1
            spans.append((offset + pos, offset + pos + len(tok)))
            pieces.append(tok)
            pos += len(tok)
            prev_end = int(start) + len(tok)
        parts.append("".join(pieces))
        offset += pos + 1
    return " ".join(parts), spans


def _wiki_class(event_type: str) -> str | None:
    for prefix, name in WIKI_CLASSES.items():
        if event_type.startswith(prefix):
            return name
    return None


def _event_class(event: Event) -> str | None:
    if event.type in ("attack", "riot"):
        return "attack"
    if event.type in ("killing", "execution"):
        return "die"
    if event.type == "arrest":
        return "arrest"
    return None


def _score_spans(
    gold: list[tuple[str, int, int]], predicted: list[tuple[str, int, int]], counts: dict[str, _Counts]
) -> dict[str, _Counts]:
    used: set[int] = set()
    for cls, s, e in predicted:
        hit = next(
            (i for i, (gc, gs, ge) in enumerate(gold) if i not in used and gc == cls and gs < e and s < ge),
            None,
        )
        c = counts[cls]
        if hit is None:
            counts[cls] = _Counts(c.tp, c.fp + 1, c.fn)
        else:
            used.add(hit)
            counts[cls] = _Counts(c.tp + 1, c.fp, c.fn)
    for i, (cls, _s, _e) in enumerate(gold):
        if i not in used:
            c = counts[cls]
            counts[cls] = _Counts(c.tp, c.fp, c.fn + 1)
    return counts


def run_wikievents(path: Path, pipeline: Pipeline, *, limit: int | None = None) -> DatasetReport:
    """Trigger F1 (span overlap, class match) for attack / die / arrest on WikiEvents dev."""
    file = path if path.is_file() else path / "dev.jsonl"
    require_dir(file, "wikievents")
    rows = list(_jsonl(file))[: limit if limit is not None else None]
    texts: list[str] = []
    golds: list[list[tuple[str, int, int]]] = []
    for row in rows:
        text, spans = _wiki_doc(row)
        gold = []
        for em in row["event_mentions"]:
            cls = _wiki_class(str(em["event_type"]))
            if cls is None:
                continue
            tr = em["trigger"]
            gold.append((cls, spans[tr["start"]][0], spans[tr["end"] - 1][1]))
        texts.append(text)
        golds.append(gold)
    docs = [make_document(t, normalize=False) for t in texts]
    results = _results(pipeline, docs)
    classes = ("attack", "die", "arrest")
    model = {c: _Counts() for c in classes}
    base = {c: _Counts() for c in classes}
    all_statuses = frozenset({"asserted", "attributed", "predicted", "hypothetical", "negated"})
    for text, gold, result in zip(texts, golds, results, strict=True):
        predicted: list[tuple[str, int, int]] = []
        for ev in _events(result, ("attack", "riot", "killing", "execution", "arrest"), all_statuses):
            cls = _event_class(ev)
            if cls is None:
                continue
            for span in (ev.trigger, *ev.mentions):
                # a merged mention keeps its own class: the "killing" absorbed by a bombing is a death
                own = "die" if DIE_WORDS.search(span.text) else cls
                predicted.append((own, span.start, span.end))
        model = _score_spans(gold, predicted, model)
        base = _score_spans(gold, _keyword_triggers(text), base)
    metrics: dict[str, float] = {}
    baseline: dict[str, float] = {}
    for c in classes:
        metrics.update(model[c].scores(c))
        baseline.update(base[c].scores(c))
    return DatasetReport(
        name="wikievents",
        task="trigger detection: attack / die / arrest (KAIROS), span overlap",
        metrics=metrics,
        documents=len(rows),
        notes="an event's trigger and its coreferent mentions all count as predicted triggers of its class",
        baseline=baseline,
    )


def _keyword_triggers(text: str) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    for m in re.finditer(r"[A-Za-z]+", text):
        word = m.group(0).lower()
        for cls, words in WIKI_BASELINE.items():
            if word in words:
                out.append((cls, m.start(), m.end()))
    return out


run_glocon_gold_sample = run_glocon  # the name the adapter registry looks up

RUNNERS: dict[str, Callable[..., DatasetReport]] = {
    "india_police_events": run_india_police_events,
    "glocon_gold_sample": run_glocon,
    "wikievents": run_wikievents,
}
