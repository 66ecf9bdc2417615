"""A fault inside the extractors is one document's error, in ``process`` as in ``pipe``, and the
``extract`` command goes on to the next document."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner

import eventwire.pipeline as pipeline_module
from eventwire.cli import main
from eventwire.errors import ExtractionError
from eventwire.extract.events import find_events as real_find_events
from eventwire.ingest.document import make_document

if TYPE_CHECKING:
    from pathlib import Path

    from eventwire.extract.mentions import Mentions
    from eventwire.pipeline import Pipeline
    from eventwire.records import Document

POISON = "Poison pill: the extractor fails on this article."
FINE = "Riot police fired tear gas at protesters in Nairobi on Monday."


def _failing_find_events(real: object) -> object:
    def find_events(m: Mentions) -> object:
        if m.document.text.startswith("Poison"):
            raise IndexError("a bug in a rule")
        return real(m)  # type: ignore[operator]

    return find_events


def _doc(text: str) -> Document:
    return make_document(text, published="2026-03-02")


@pytest.mark.slow
def test_process_raises_an_extraction_error_for_a_fault(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline_module, "find_events", _failing_find_events(real_find_events))
    with pytest.raises(ExtractionError) as info:
        pipeline.process(_doc(POISON))
    assert info.value.code == "E301" and "IndexError" in info.value.message
    assert pipeline.process(_doc(FINE)).events  # the next document is extracted


@pytest.mark.slow
def test_pipe_yields_the_error_and_goes_on(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline_module, "find_events", _failing_find_events(real_find_events))
    out = list(pipeline.pipe([_doc(POISON), _doc(FINE)]))
    assert isinstance(out[0], tuple) and isinstance(out[0][1], ExtractionError)
    assert not isinstance(out[1], tuple) and out[1].events


@pytest.mark.slow
def test_extract_reports_the_fault_and_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline_module, "find_events", _failing_find_events(real_find_events))
    bad, good = tmp_path / "a.txt", tmp_path / "b.txt"
    bad.write_text(POISON, encoding="utf-8")
    good.write_text(FINE, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(bad), str(good), "--format", "jsonl"])
    assert result.exit_code == 1  # one document failed
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0]["events"]
    assert '"E301"' in result.stderr


def _fragments() -> list[str]:
    """Pieces of the bundled sample articles cut the way feeds and scrapers cut text: a paragraph
    alone, begun or ended mid-sentence, in capitals, its first letter lower-cased, run together."""
    import random
    from importlib.resources import files

    rng = random.Random(34)
    out: list[str] = []
    for entry in sorted(files("eventwire.data.samples").iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".txt"):
            continue
        paras = [p for p in entry.read_text(encoding="utf-8").split("\n") if p.strip()]
        out.append(" ".join(paras))
        for para in paras:
            words = para.split()
            k = rng.randint(1, max(1, len(words) - 1))
            out += [para, " ".join(words[k:]), " ".join(words[:k]), para.upper(), para[0].lower() + para[1:]]
    return [f for f in out if f.strip()]


@pytest.mark.slow
def test_no_fragment_of_the_samples_is_a_fault(pipeline: Pipeline) -> None:
    docs = [make_document(f, published="2026-03-02") for f in _fragments()]
    assert len(docs) > 300
    faults = [(d.text[:80], str(e)) for d, e in (o for o in pipeline.pipe(docs) if isinstance(o, tuple))]
    assert faults == []
