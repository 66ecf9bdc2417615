"""Event adapters: scoring on made-up files with a stub pipeline, and a run on the real sets."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.datasets.events import run_glocon, run_india_police_events, run_wikievents
from eventwire.records import Actor, Document, Event, Result, Span

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def _event(text: str, word: str, etype: str, police: bool = False) -> Event:
    start = text.lower().index(word)
    actors = ()
    if police:
        actors = (Actor("police", None, None, "police", (), "security_forces", "perpetrator", None),)
    return Event(
        "ev1",
        etype,
        None,
        "asserted",
        "single",
        Span(text[start : start + len(word)], start, start + len(word)),  # type: ignore[arg-type]
        Span(text, 0, len(text)),
        None,
        (),
        None,
        actors,
        (),
        None,
        None,
        0.8,
    )


class StubPipeline:
    """Finds 'arrested' → arrest, 'shot' → killing by police, 'protest' → protest, 'bomb' → attack."""

    RULES = (
        ("arrested", "arrest", False),
        ("shot", "killing", True),
        ("protest", "protest", False),
        ("bomb", "attack", False),
    )

    def pipe(self, documents: Iterable[Document]) -> Iterator[Result]:
        for doc in documents:
            evs = tuple(_event(doc.text, w, t, p) for w, t, p in self.RULES if w in doc.text.lower())
            yield Result(document=doc, events=evs)


def _jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_india_police_events_scores(tmp_path: Path) -> None:
    _jsonl(
        tmp_path / "sents.jsonl",
        [
            {
                "doc_id": 1,
                "sent_id": 0,
                "sent_labels": ["ARREST", "ANY_ACTION"],
                "sent_text": "ten were arrested.",
            },
            {
                "doc_id": 1,
                "sent_id": 1,
                "sent_labels": ["KILL", "FORCE"],
                "sent_text": "police shot two men.",
            },
            {"doc_id": 1, "sent_id": 2, "sent_labels": ["ARREST"], "sent_text": "they were held by police."},
            {"doc_id": 1, "sent_id": 3, "sent_labels": [], "sent_text": "the minister arrested the decline."},
        ],
    )
    report = run_india_police_events(tmp_path, StubPipeline())  # type: ignore[arg-type]
    assert report.documents == 4
    assert report.metrics["arrest_precision"] == 0.5 and report.metrics["arrest_recall"] == 0.5
    assert report.metrics["kill_f1"] == 1.0
    assert set(report.baseline) == set(report.metrics)


def test_glocon_scores(tmp_path: Path) -> None:
    (tmp_path / "sentence").mkdir()
    _jsonl(
        tmp_path / "sentence" / "Sabinet.json",
        [
            {
                "id": "a_1",
                "url": "u",
                "sent_num": 1,
                "sentence": "Residents staged a protest.",
                "label": 1,
                "last": False,
            },
            {"id": "a_2", "url": "u", "sent_num": 2, "sentence": "Shares fell.", "label": 0, "last": False},
            {"id": "a_3", "url": "u", "sent_num": 3, "sentence": "Miners marched.", "label": 1, "last": True},
        ],
    )
    report = run_glocon(tmp_path, StubPipeline(), limit=3)  # type: ignore[arg-type]
    assert report.metrics["protest_precision"] == 1.0 and report.metrics["protest_recall"] == 0.5
    assert "protest_f1" in report.baseline


def test_wikievents_scores(tmp_path: Path) -> None:
    row = {
        "doc_id": "d1",
        "tokens": ["A", "bomb", "killed", "two", "."],
        "text": "A bomb killed two.",
        "sentences": [
            [
                [["A", 0, 1], ["bomb", 2, 6], ["killed", 7, 13], ["two", 14, 17], [".", 17, 18]],
                "A bomb killed two.",
            ]
        ],
        "entity_mentions": [],
        "relation_mentions": [],
        "event_mentions": [
            {
                "id": "e1",
                "event_type": "Conflict.Attack.DetonateExplode",
                "trigger": {"start": 1, "end": 2, "text": "bomb", "sent_idx": 0},
                "arguments": [],
            },
            {
                "id": "e2",
                "event_type": "Life.Die.Unspecified",
                "trigger": {"start": 2, "end": 3, "text": "killed", "sent_idx": 0},
                "arguments": [],
            },
        ],
    }
    _jsonl(tmp_path / "dev.jsonl", [row])
    report = run_wikievents(tmp_path, StubPipeline())  # type: ignore[arg-type]
    assert report.metrics["attack_f1"] == 1.0
    assert report.metrics["die_recall"] == 0.0
    assert report.baseline["die_f1"] == 1.0


def test_missing_sets_raise_e610(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="E610"):
        run_glocon(tmp_path / "absent", StubPipeline())  # type: ignore[arg-type]
    with pytest.raises(EvaluationError, match="E610"):
        run_india_police_events(tmp_path / "absent", StubPipeline())  # type: ignore[arg-type]


@pytest.mark.slow
@pytest.mark.needs_data
def test_real_sets_beat_or_match_floors(pipeline: Any) -> None:
    if not (DATA / "india_police_events").exists() or not (DATA / "wikievents").exists():
        pytest.skip("shared/data not present")
    india = run_india_police_events(DATA / "india_police_events", pipeline, limit=800)
    wiki = run_wikievents(DATA / "wikievents" / "dev.jsonl", pipeline, limit=8)
    # floors a little under what was measured (full-set figures in the adapter report)
    assert india.metrics["arrest_f1"] >= 0.6
    assert india.metrics["arrest_f1"] > india.baseline["arrest_f1"]
    assert wiki.metrics["die_f1"] >= 0.6


def test_india_police_implied_perpetrator_needs_a_police_word() -> None:
    from eventwire.evaluate.datasets.events import _police_involved

    implied = Actor(None, None, None, "Security forces", (), "security_forces", "perpetrator", None)
    text = "Homage was paid to the people killed in the train attack."
    ev = _event(text, "killed", "killing")
    ev_implied = Event(**{**{f: getattr(ev, f) for f in ev.__dataclass_fields__}, "actors": (implied,)})
    assert not _police_involved(ev_implied, text)
    with_police = "Police said the people killed in the train attack were pilgrims."
    ev2 = _event(with_police, "killed", "killing")
    ev2_implied = Event(**{**{f: getattr(ev2, f) for f in ev2.__dataclass_fields__}, "actors": (implied,)})
    assert _police_involved(ev2_implied, with_police)
    written = _event(text, "killed", "killing", police=True)
    assert _police_involved(written, text)


def test_limit_samples_evenly_over_the_set() -> None:
    from eventwire.evaluate.datasets.events import _spread

    rows = list(range(10))
    assert _spread(rows, 5) == [0, 2, 4, 6, 8]
    assert _spread(rows, None) == rows
    assert _spread(rows, 20) == rows
    assert _spread(rows, 0) == []
