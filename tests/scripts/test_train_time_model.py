"""The time-chooser trainer (scripts/train_time_model.py): sets, ranker, margin rule, ship rule."""

from __future__ import annotations

from types import ModuleType

import numpy as np
import pytest

from eventwire.extract.time_model import FEATURE_NAMES
from tests.scripts.loader import load_script

N = len(FEATURE_NAMES)


@pytest.fixture(scope="module")
def trainer() -> ModuleType:
    return load_script("train_time_model")


def test_the_sets_are_the_thirty_nine_open_ones_named_one_by_one(trainer: ModuleType) -> None:
    assert trainer.SETS == (
        "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12",
        "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23",
        "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34",
        "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "dev45",
        "dev46", "dev47", "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", "dev55",
        "dev56", "dev57", "dev58", "dev59", "dev60", "dev61", "dev62", "dev63", "dev64", "dev65", "dev66",
    )  # fmt: skip
    for held_out in ("test", "dev67"):
        assert held_out not in trainer.SETS
        with pytest.raises(ValueError, match="not an open author set"):
            trainer.collect(held_out, None)  # refused before any gold is read


def _items(trainer: ModuleType, groups: list[tuple[list[dict[str, float]], int, int]]):  # type: ignore[no-untyped-def]
    """Items from (candidate feature dicts, right candidate or -1, rules' candidate or -1)."""
    rows: list[np.ndarray] = []
    item: list[int] = []
    right: list[int] = []
    rules: list[int] = []
    starts: list[int] = []
    for i, (cands, ok, own) in enumerate(groups):
        starts.append(len(rows))
        right.append(len(rows) + ok if ok >= 0 else -1)
        rules.append(len(rows) + own if own >= 0 else -1)
        for c in cands:
            x = np.zeros(N)
            for name, v in c.items():
                x[FEATURE_NAMES.index(name)] = v
            rows.append(x)
            item.append(i)
    return trainer.Items(np.array(rows), np.array(item), np.array(right), np.array(rules), np.array(starts))


def test_the_ranker_learns_which_kind_of_candidate_is_right(trainer: ModuleType) -> None:
    # the sentence's day is right four times in five, the rules' (the publication day) once
    groups = []
    for k in range(10):
        cands = [{"kind=rules": 1.0, "kind=published": 1.0}, {"kind=sentence": 1.0, "same_sentence": 1.0}]
        groups.append((cands, 1 if k % 5 else 0, 0))
    it = _items(trainer, groups)
    model = trainer.fit(it, 1.0)
    probs = model.probabilities(it.x, it.item, len(it.right))
    assert probs[1] > 0.6 > probs[0]
    chosen = trainer.decide(it, probs, 0.1, undated=False)
    assert trainer.right_count(it, chosen) == 8
    never = trainer.decide(it, probs, trainer.NEVER, undated=False)
    assert (never == it.rules).all() and trainer.right_count(it, never) == 2


def test_an_undated_event_is_dated_only_by_the_undated_variant(trainer: ModuleType) -> None:
    it = _items(trainer, [([{"kind=sentence": 1.0}, {"kind=published": 1.0}], 0, -1)])
    probs = np.array([0.8, 0.2])
    assert trainer.decide(it, probs, 0.1, undated=False).tolist() == [-1]
    assert trainer.decide(it, probs, 0.1, undated=True).tolist() == [0]


def test_the_pre_registered_ship_rule(trainer: ModuleType) -> None:
    assert trainer.ship_rule([2.0] * 13, [0.0] * 13)
    assert not trainer.ship_rule([1.4] * 13, [0.0] * 13)  # mean below +1.5
    assert not trainer.ship_rule([3.0] * 11 + [-1.0, -1.0], [0.0] * 13)  # two folds below -0.5
    assert trainer.ship_rule([3.0] * 12 + [-1.0], [0.0] * 13)  # one allowed
    assert not trainer.ship_rule([2.0] * 13, [-0.6] * 13)  # time-overlap falls
