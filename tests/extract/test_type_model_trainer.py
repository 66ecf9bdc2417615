"""The type-model trainer (scripts/train_type_model.py): sets, the fit, the margin decision."""

from __future__ import annotations

from types import ModuleType

import numpy as np
import pytest

from tests.scripts.loader import load_script


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    return load_script("train_type_model")


def test_only_open_sets_are_named(trainer: ModuleType) -> None:
    assert "dev66" in trainer.SETS
    for held_out in ("test", "dev67"):
        assert held_out not in trainer.SETS


def test_the_fit_learns_a_class_from_a_feature_and_is_deterministic(trainer: ModuleType) -> None:
    rng = np.random.default_rng(3)
    n, k = 300, trainer.K
    y = rng.integers(0, 3, n)
    x = np.zeros((n, 4))
    x[np.arange(n), y] = 1.0  # column c marks class c
    x[:, 3] = rng.normal(size=n)  # noise
    first = trainer.fit(x, y, 1.0)
    again = trainer.fit(x, y, 1.0)
    assert np.array_equal(first.w, again.w) and np.array_equal(first.b, again.b)
    p = first.predict(x)
    assert p.shape == (n, k)
    assert np.allclose(p.sum(axis=1), 1.0)
    assert (p.argmax(axis=1) == y).mean() == 1.0
    # stronger shrinkage gives flatter probabilities
    flat = trainer.fit(x, y, 100.0).predict(x)
    assert flat.max(axis=1).mean() < p.max(axis=1).mean()


def test_the_decision_keeps_the_rules_type_inside_the_margin(trainer: ModuleType) -> None:
    p = np.array([[0.5, 0.4, 0.1], [0.2, 0.7, 0.1], [0.34, 0.33, 0.33]])
    p = np.hstack([p, np.zeros((3, trainer.K - 3))])
    rule = np.array([1, 0, 2])
    assert trainer.decide(p, rule, 0.0).tolist() == [0, 1, 0]
    assert trainer.decide(p, rule, 0.2).tolist() == [1, 1, 2]
    assert trainer.decide(p, rule, 2.0).tolist() == [1, 0, 2]
