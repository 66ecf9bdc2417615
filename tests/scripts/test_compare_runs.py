"""The reach check (scripts/compare_runs.py): events paired by trigger start and type, per document."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.scripts.loader import load_script


@pytest.fixture(scope="module")
def runs() -> ModuleType:
    return load_script("compare_runs")


def _event(start: int, etype: str = "protest", **fields: Any) -> dict[str, Any]:
    return {"type": etype, "trigger": {"start": start, "end": start + 5}, "scope": "single", **fields}


def test_a_document_with_the_same_events_is_unchanged(runs: ModuleType) -> None:
    doc = {"events": [_event(3), _event(40, "arrest")], "claims": [{}]}
    assert not runs.compare_document("d", doc, json.loads(json.dumps(doc))).changed


def test_a_new_dictionary_version_alone_is_no_change(runs: ModuleType) -> None:
    def actor(version: str, name: str = "Police") -> dict[str, Any]:
        return {"name": name, "kind": "security_forces", "dictionary_version": version}

    a = {"events": [_event(3, actors=[actor("ew-1")])], "claims": []}
    b = {"events": [_event(3, actors=[actor("ew-2")])], "claims": []}
    assert not runs.compare_document("d", a, b).changed
    renamed = {"events": [_event(3, actors=[actor("ew-2", "Riot police")])], "claims": []}
    assert runs.compare_document("d", a, renamed).fields == {"actors": 1}


def test_added_lost_and_changed_events_are_counted(runs: ModuleType) -> None:
    a = {"events": [_event(3), _event(40, "arrest")], "claims": []}
    b = {"events": [_event(3, scope="aggregate"), _event(40, "killing")], "claims": [{}]}
    c = runs.compare_document("d", a, b)
    assert c.only_a == [(40, "arrest")] and c.only_b == [(40, "killing")]
    assert c.fields == {"scope": 1} and c.claims == (0, 1) and c.changed


def test_the_report_totals_and_the_cli(
    runs: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = [{"events": [_event(3)]}, {"events": [_event(9, places=[])]}]
    b = [{"events": [_event(3)]}, {"events": [_event(9, places=[{"text": "Lomé"}])]}]
    for name, run in (("a.jsonl", a), ("b.jsonl", b)):
        (tmp_path / name).write_text("\n".join(json.dumps(d) for d in run) + "\n", encoding="utf-8")
    (tmp_path / "names").write_text("one.txt\ntwo.txt\n", encoding="utf-8")
    assert (
        runs.main([str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"), "--names", str(tmp_path / "names")])
        == 0
    )
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("two.txt: only A 0, only B 0; differ: places 1")
    assert out[-1].startswith("documents changed: 1 of 2;") and out[-1].endswith("places 1")
    with pytest.raises(ValueError, match="differ in length"):
        runs.compare_runs(["x"], a, b)
