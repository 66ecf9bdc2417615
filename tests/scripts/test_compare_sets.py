"""The set-by-set comparison (scripts/compare_sets.py): report columns, halves, deltas, caching."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.scripts.loader import load_script

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def compare() -> ModuleType:
    return load_script("compare_sets")


def _report(f1: float, place: float | None, pred: int) -> dict[str, object]:
    return {
        "metrics": {"event_f1": f1, "place_accuracy": place, "type_accuracy": 1.0},
        "counts": {"predicted_events": pred, "gold_events": 10, "gold_claims": 0},
    }


def _with_misses(*lines: str) -> dict[str, object]:
    """A report of one document whose misses are ``lines``."""
    return {**_report(0.8, 0.5, 10), "misses": {"a.json": list(lines)}}


def test_metrics_takes_the_columns_and_skips_missing_ones(compare: ModuleType) -> None:
    m = compare.metrics(_report(0.8, None, 12))
    assert m == {"F1": 0.8, "type": 1.0, "pred": 12.0}  # no place scored: no column, not zero


def test_halves_split_in_author_order(compare: ModuleType) -> None:
    sets = ["dev", "dev2", "dev14", "dev15", "dev27"]
    assert compare.halves(sets, "dev15") == (["dev", "dev2", "dev14"], ["dev15", "dev27"])
    assert compare.halves(sets, "dev99") == (sets, [])


def test_half_line_gives_means_in_points_and_counts_up_and_down(compare: ModuleType) -> None:
    a = {"x": compare.metrics(_report(0.80, 0.50, 10)), "y": compare.metrics(_report(0.90, 0.70, 10))}
    b = {"x": compare.metrics(_report(0.81, 0.50, 11)), "y": compare.metrics(_report(0.88, 0.75, 10))}
    assert compare.points(a["x"], b["x"], "F1") == pytest.approx(1.0)
    assert compare.points(a["x"], b["x"], "src") is None
    line = compare.half_line("H1", a, b, ["x", "y"])
    assert line.startswith("H1 (mean of 2; up/down): F1 -0.50 (1/1)")
    assert "place +2.50 (1/0)" in line and "src ?" in line


def test_items_count_each_wrong_field_event_claim_and_speaker_and_net_them_per_half(
    compare: ModuleType,
) -> None:
    base = _with_misses(
        "ev2 attack 'a car bomb exploded': wrong country, actor, actor",
        "missed attack 'in an exchange of fire' (attributed)",
        "extra killing 'no casualties' at 460 (negated)",
        "hard negative became attack: 'a battle over the budget'",
        "missed claim: Kaveh Sadeghi 'urged' …'request access'",
        "wrong speaker: 'organisers' for 'the party' ('more than 50,000')",
    )
    assert compare.items(base) == {"F1": 3, "country": 1, "actor": 2, "claim": 1, "speaker": 1}
    code = _with_misses(
        "ev2 attack 'a car bomb exploded': wrong actor", "extra killing 'shooting' at 7 (negated)"
    )
    a = {"x": compare.metrics(base), "y": compare.metrics(_with_misses())}
    b = {"x": compare.metrics(code), "y": compare.metrics(_with_misses("ev1 riot 'looted': wrong time"))}
    line = compare.items_line("H2", a, b, ["x", "y"])
    assert line.startswith("H2 items (net fewer errors; sets better/worse): ")
    for cell in ("F1 +2 (1/0)", "actor +1 (1/0)", "country +1 (1/0)", "time -1 (0/1)", "claim +1 (1/0)"):
        assert cell in line
    assert compare.items_line("H2", a, a, ["x", "y"]).endswith("none changed")


def test_matched_both_counts_fields_only_on_records_both_versions_matched(compare: ModuleType) -> None:
    base = _with_misses(
        "ev2 attack 'a car bomb exploded': wrong country",
        'missed killing "the guards\' shooting" (asserted)',
        "missed protest 'marched' (asserted)",
    )
    # CODE newly matches the shooting (its time wrong) and loses the bomb (so base's country error drops out)
    code = _with_misses(
        'ev1 killing "the guards\' shooting": wrong time, actor',
        "missed attack 'a car bomb exploded' (asserted)",
        "missed protest 'marched' (asserted)",
        "ev3 riot 'looted': wrong place",
    )
    assert compare.missed(base) == {("a.json", "the guards' shooting"), ("a.json", "marched")}
    a, b = compare.matched_both(base, code)
    assert a == {"#F1": 2.0}
    assert b == {"#F1": 2.0, "#place": 1.0}
    # without the pairing every field error counts
    assert compare.items(code) == {"F1": 2, "time": 1, "actor": 1, "place": 1}


def test_a_working_directory_is_scored_and_a_commit_is_cached(
    compare: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold" / "one"
    gold.mkdir(parents=True)
    stem = "g01-qezel-hesar-executions"
    for ext in (".txt", ".json"):
        shutil.copy(REPO / "gold" / "dev" / f"{stem}{ext}", gold / f"{stem}{ext}")
    scorer = compare.Scorer(tmp_path / "gold", tmp_path / "cache")
    here = scorer.score(str(REPO), "one")
    assert 0.0 < here["F1"] <= 1.0 and here["pred"] > 0
    # a commit's result is cached by its src tree and the gold's digest, and read back, not recomputed
    assert scorer.resolve(str(REPO)) == (REPO / "src", None)  # a working directory: never cached
    real = compare.Scorer.resolve

    def fixed(self: object, code: str) -> tuple[Path, str | None]:
        return (REPO / "src", "src-fixed") if code == "a-commit" else real(self, code)

    monkeypatch.setattr(compare.Scorer, "resolve", fixed)
    first = scorer.score("a-commit", "one")
    assert first == here
    cached = tmp_path / "cache" / f"src-fixed-{scorer.filter}" / f"one-{scorer._digest('one')}.json"
    assert cached.exists()
    cached.write_text(json.dumps(_report(0.5, 0.5, 3)))
    assert scorer.score("a-commit", "one")["F1"] == 0.5
    monkeypatch.setenv("EVENTWIRE_COMPARE_CACHE", str(tmp_path / "cache"))
    compare.main(["cmp", "a-commit", str(REPO), "one", "--gold", str(tmp_path / "gold")])
    out = capsys.readouterr().out
    assert "one " in out and f"3->{here['pred']:.0f}" in out


def test_a_run_scores_every_version_on_one_copy_of_the_gold(compare: ModuleType, tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    for name in ("one", "two", "other"):
        (gold / name).mkdir(parents=True)
        (gold / name / "a.json").write_text(json.dumps({"name": name}))
    copy = compare.snapshot(gold, ["one", "two"], tmp_path / "copy")
    scorer = compare.Scorer(copy, tmp_path / "cache")
    before = scorer._digest("one")
    (gold / "one" / "a.json").write_text(json.dumps({"name": "edited while the run goes on"}))
    assert scorer._digest("one") == before  # the run still scores the gold it started with
    assert sorted(p.name for p in copy.iterdir()) == ["one", "two"]  # only the named sets
    assert compare.Scorer(gold, tmp_path / "cache")._digest("one") != before


def test_many_sets_are_scored_by_one_process_byte_for_byte_as_the_cli_reports_them(
    compare: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stems = {"one": "g01-qezel-hesar-executions", "two": "g02-belarus-kgb-extremists"}
    for name, stem in stems.items():
        (tmp_path / "gold" / name).mkdir(parents=True)
        for ext in (".txt", ".json"):
            shutil.copy(REPO / "gold" / "dev" / f"{stem}{ext}", tmp_path / "gold" / name / f"{stem}{ext}")
    scorer = compare.Scorer(tmp_path / "gold", tmp_path / "cache")
    monkeypatch.setattr(compare.Scorer, "resolve", lambda self, code: (REPO / "src", "src-fixed"))
    runs: list[list[str]] = []
    real_run = subprocess.run

    def counted(cmd: list[str], **kw: Any) -> Any:
        runs.append(cmd)
        return real_run(cmd, **kw)

    monkeypatch.setattr(compare.subprocess, "run", counted)
    scores = scorer.score_all("a-commit", ["one", "two"])
    assert len(runs) == 1 and scores["one"] != scores["two"]  # one process, the pipeline loaded once
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"), EVENTWIRE_EVENT_FILTER=scorer.filter)
    exe = Path(sys.executable).parent / "eventwire"
    for name in stems:
        cli = real_run(
            [str(exe), "evaluate", str(tmp_path / "gold" / name), "--no-misses", "--format", "json"],
            capture_output=True, text=True, env=env, check=True,
        ).stdout  # fmt: skip
        cached = tmp_path / "cache" / f"src-fixed-{scorer.filter}" / f"{name}-{scorer._digest(name)}.json"
        assert cached.read_text() == cli
