"""Session 15 of the event-filter trainer: trained on today's candidates, strength and threshold
chosen on the training sets' first-seen candidates (docs/event-filter.md, "Session 15")."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import numpy as np
import pytest

from eventwire.evaluate.gold import GoldArticle
from eventwire.extract.event_filter import FEATURE_NAMES
from tests.scripts.loader import load_script

N = len(FEATURE_NAMES)


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    return load_script("train_event_filter")


def _sigmoid(z: np.ndarray) -> np.ndarray:
    out: np.ndarray = 1.0 / (1.0 + np.exp(-z))
    return out


def _set(
    trainer: ModuleType, name: str, confidence: list[float], labels: list[float], extra_gold: int = 2
) -> Any:
    """One set of one article: candidates differing only in their confidence."""
    x = np.zeros((len(confidence), N + 96))
    x[:, FEATURE_NAMES.index("confidence")] = confidence
    lab = np.array(labels, dtype=float)
    doc = GoldArticle(f"{name}_01", f"An article of {name}.", {})
    keys = [f"protest:march{i % 3}" for i in range(len(confidence))]
    return trainer.Collected(name, [doc], [], [x], [lab], [keys], int(lab.sum()) + extra_gold)


def _signal(trainer: ModuleType, name: str, shift: float = 0.0) -> Any:
    """Twenty candidates: the confident ones match, the others do not (``shift`` lowers them all)."""
    conf = [i / 19 - shift for i in range(20)]
    return _set(trainer, name, conf, [float(i >= 8) for i in range(20)])


def test_the_session_15_variants_differ_only_in_how_strength_and_threshold_are_chosen(
    trainer: ModuleType,
) -> None:
    variants = trainer.SESSION_15
    assert [v.rule for v in variants] == ["half-f1", "fs-half", "fs-platt", "fs-f1", "fs-fields"]
    assert {(v.action, v.fold, v.model, v.prior, v.dims) for v in variants} == {
        ("dedup", ("where_when",), "logistic", True, 0)
    }
    assert set(trainer.FS_RULES) == {v.rule for v in variants[1:]}
    assert trainer.FS_GRID[0] == 0.0 and trainer.FS_GRID[1] == 0.2 and trainer.FS_GRID[-1] == 0.7


def test_platt_scaling_recovers_a_known_recalibration(trainer: ModuleType) -> None:
    rng = np.random.default_rng(3)
    logits = rng.normal(0.0, 1.5, 20000)
    y = (rng.random(20000) < _sigmoid(2.0 * logits - 1.0)).astype(float)
    a, b = trainer.platt(_sigmoid(logits), y)
    assert a == pytest.approx(2.0, abs=0.15) and b == pytest.approx(-1.0, abs=0.15)


def test_the_raw_threshold_recalibrates_to_the_chosen_one(trainer: ModuleType) -> None:
    raw = trainer.calibrated_threshold(0.4, 2.0, -1.0)
    assert float(_sigmoid(np.array(2.0 * np.log(raw / (1 - raw)) - 1.0))) == pytest.approx(0.4, abs=1e-3)
    assert raw > 0.4  # today's probabilities are too high on first-seen text: the raw cut rises
    assert trainer.calibrated_threshold(0.4, 0.0, 1.0) == 0.4  # no usable slope: unchanged


def test_no_inner_fold_is_scored_by_a_model_that_saw_its_own_set(
    trainer: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = [_signal(trainer, n) for n in ("dev", "dev2", "dev3", "dev4")]
    first = {n: _signal(trainer, n, shift=0.1) for n in ("dev2", "dev3", "dev4")}
    seen: list[list[str]] = []
    real = trainer._stack

    def spy(v: Any, sets: list[Any]) -> Any:
        seen.append([c.name for c in sets])
        return real(v, sets)

    monkeypatch.setattr(trainer, "_stack", spy)
    trainer._INNER_FS.clear()
    train = [c for c in today if c.name != "dev3"]  # dev3 is the outer fold
    inner = trainer.inner_first_seen(trainer.SESSION_15[1], train, first)
    # dev has no first-seen candidates; dev3 is left out: dev2 and dev4 are the inner folds
    assert [c is first[n] for c, n in zip(inner.sets, ("dev2", "dev4"), strict=True)] == [True, True]
    assert seen == [["dev", "dev4"], ["dev", "dev2"]]  # today's candidates of the other training sets
    assert inner.gold == first["dev2"].gold_events + first["dev4"].gold_events
    assert set(inner.preds) == set(trainer.LAMBDAS)
    assert trainer.inner_first_seen(trainer.SESSION_15[2], train, first) is inner  # shared by the rules


def test_fs_f1_drops_only_where_dropping_paid_on_first_seen_text(trainer: ModuleType) -> None:
    trainer._INNER_FS.clear()
    today = [_signal(trainer, n) for n in ("dev", "dev2", "dev3", "dev4")]
    first = {n: _signal(trainer, n, shift=0.1) for n in ("dev2", "dev3", "dev4")}
    ch = trainer.choose_first_seen(trainer.SESSION_15[3], today, first)
    assert ch.threshold > 0.0
    base = trainer._f1(36.0, 24.0, 6.0)  # the rules on the three first-seen sets: 36 of 60 right
    assert ch.inner_f1 > base
    every_one_right = {n: _set(trainer, n, [0.2, 0.5, 0.9] * 4, [1.0] * 12) for n in ("dev2", "dev3", "dev4")}
    keep_all = trainer.choose_first_seen(trainer.SESSION_15[3], today, every_one_right)
    assert keep_all.threshold == 0.0  # nothing to drop on first-seen text: nothing dropped


def test_fs_half_takes_half_the_rules_f1_on_first_seen_text(trainer: ModuleType) -> None:
    trainer._INNER_FS.clear()
    today = [_signal(trainer, n) for n in ("dev", "dev2", "dev3", "dev4")]
    first = {n: _signal(trainer, n, shift=0.1) for n in ("dev2", "dev3", "dev4")}
    ch = trainer.choose_first_seen(trainer.SESSION_15[1], today, first)
    assert ch.threshold == round(trainer._f1(36.0, 24.0, 6.0) / 2, 4)
    platt = trainer.choose_first_seen(trainer.SESSION_15[2], today, first)
    assert platt.strength == ch.strength and platt.threshold != ch.threshold
