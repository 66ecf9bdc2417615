"""The event-filter trainer (scripts/train_event_filter.py): sets, out-of-fold prior, models, thresholds."""

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


def _rows(**columns: list[float]) -> np.ndarray:
    n = len(next(iter(columns.values())))
    x = np.zeros((n, N + 96))
    for name, values in columns.items():
        x[:, FEATURE_NAMES.index(name)] = values
    return x


def _set(trainer: ModuleType, name: str, articles: list[tuple[np.ndarray, list[float], list[str]]]):  # type: ignore[no-untyped-def]
    feats = [x for x, _, _ in articles]
    labels = [np.array(y, dtype=float) for _, y, _ in articles]
    keys = [k for _, _, k in articles]
    gold = int(sum(lab.sum() for lab in labels)) + 2
    docs = [GoldArticle(f"{name}_{i:02d}", f"Article {i} of {name}.", {}) for i in range(len(articles))]
    return trainer.Collected(name, docs, [], feats, labels, keys, gold)


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


def test_the_fold_variants_share_one_model_and_differ_only_in_the_fold(trainer: ModuleType) -> None:
    folds = [v.fold for v in trainer.FOLD_VARIANTS]
    assert folds[0] == () and len(set(folds)) == len(folds)
    assert {v.action for v in trainer.FOLD_VARIANTS} == {"dedup"}
    assert {(v.model, v.prior, v.rule, v.dims) for v in trainer.FOLD_VARIANTS} == {
        ("logistic", True, "half-f1", 0)
    }


def test_the_session_12_variants_are_the_ones_written_down_in_order(trainer: ModuleType) -> None:
    got = [(v.fold, v.rule) for v in trainer.FOLD_VARIANTS_12]
    assert got == [
        (("where_when",), "half-f1"),
        (("where_when", "far_dates"), "half-f1"),
        (("sources", "where_when", "far_dates"), "half-f1"),
        (("where_when",), "fields"),
        (("where_when", "sourced_stays"), "half-f1"),
    ]
    assert {v.action for v in trainer.FOLD_VARIANTS_12} == {"dedup"}


def test_the_session_13_variants_are_the_two_packaged_options(trainer: ModuleType) -> None:
    assert [(v.action, v.fold, v.rule) for v in trainer.FOLD_VARIANTS_13] == [
        ("dedup", (), "half-f1"),
        ("dedup", ("where_when",), "half-f1"),
    ]


def test_the_loso_rule_reads_the_seven_field_sum(trainer: ModuleType) -> None:
    good = {"event_recall": -0.3, "source_accuracy": -0.1, "status_accuracy": -0.1, "time_accuracy": -0.05}
    assert trainer.loso_rule(0.6, 1, good)
    # every field within its own bound, but their sum is -0.35 < -0.3
    worse = {**good, "place_accuracy": -0.1}
    assert not trainer.loso_rule(0.6, 1, worse)
    assert not trainer.loso_rule(0.4, 0, good)  # F1 below +0.5
    assert not trainer.loso_rule(0.6, 2, good)  # two folds losing > 0.5
    assert not trainer.loso_rule(0.6, 0, {**good, "event_recall": -0.6})
    assert not trainer.loso_rule(0.6, 0, {**good, "source_accuracy": -0.25, "status_accuracy": 0.0})
    # claim recall is not one of the seven fields
    assert trainer.loso_rule(0.6, 0, {**good, "claim_recall": -5.0})


def test_the_fields_objective_adds_f1_and_the_seven_field_changes_in_points(trainer: ModuleType) -> None:
    base = {"event_f1": 0.80, "source_accuracy": 0.90, "status_accuracy": 0.95, "claim_recall": 0.9}
    filt = {"event_f1": 0.81, "source_accuracy": 0.88, "status_accuracy": 0.95, "claim_recall": 0.5}
    # +1 point of F1, -2 points of source; claim recall is not one of the seven fields
    assert trainer._objective(base, filt) == pytest.approx(-1.0)
    assert len(trainer.FIELD_KEYS) == 7 and 0.0 in trainer.FIELD_OFFSETS


def test_an_articles_trigger_prior_never_sees_its_own_labels(trainer: ModuleType) -> None:
    # one key; article a matched every time, article b never: a's prior comes from b (low), b's from a (high)
    a = (_rows(confidence=[0.5, 0.5, 0.5]), [1.0, 1.0, 1.0], ["kill:kill"] * 3)
    b = (_rows(confidence=[0.5, 0.5, 0.5]), [0.0, 0.0, 0.0], ["kill:kill"] * 3)
    other = (_rows(confidence=[0.5, 0.5]), [1.0, 0.0], ["arrest:arrest", "arrest:arrest"])
    x, y = trainer._stack(trainer.SHIPPED, [_set(trainer, "s", [a, b, other])])
    prior = x[:, trainer.PRIOR_COL]
    assert (prior[:3] < 0).all()
    assert (prior[3:6] > 0).all()
    assert list(y[:6]) == [1, 1, 1, 0, 0, 0]
    no_prior = trainer.Variant("no prior", prior=False)
    assert (trainer._stack(no_prior, [_set(trainer, "s", [a, b, other])])[0][:, trainer.PRIOR_COL] == 0).all()


def test_the_held_out_prior_comes_from_the_training_sets_only(trainer: ModuleType) -> None:
    keys = ["riot:riot", "riot:riot", "arrest:arrest", "arrest:arrest"]
    train = _set(trainer, "t", [(_rows(confidence=[0.5] * 4), [0.0, 0.0, 1.0, 1.0], keys)])
    held = _set(trainer, "h", [(_rows(confidence=[0.5, 0.5]), [1.0, 1.0], ["riot:riot", "strike:strike"])])
    (x,) = trainer._apply_matrix(trainer.SHIPPED, held, [train])
    assert x[0, trainer.PRIOR_COL] < 0  # from the training set's misses, not the held-out matches
    assert x[1, trainer.PRIOR_COL] == 0.0  # unseen key: no evidence


def test_status_features_cross_cues_with_not_asserted(trainer: ModuleType) -> None:
    x = _rows(**{"status=predicted": [1.0, 0.0], "status=asserted": [0.0, 1.0], "has_source": [1.0, 1.0]})
    v = trainer.Variant("status", status_features=True)
    z = trainer._design(v, x)
    assert z.shape == (2, N + len(trainer.STATUS_CROSSED))
    crossed = z[:, N + trainer.STATUS_CROSSED.index("has_source")]
    assert list(crossed) == [1.0, 0.0]
    assert list(trainer.not_asserted(x)) == [True, False]


def test_boosted_trees_learn_an_interaction_and_are_deterministic(trainer: ModuleType) -> None:
    rng = np.random.default_rng(1)
    x = rng.integers(0, 2, size=(400, 3)).astype(float)
    y = (x[:, 0] != x[:, 1]).astype(float)  # xor: no single cut separates it, depth 2 does
    model = trainer.fit_trees(x, y, 50)
    p = model.predict(x)
    assert ((p > 0.5) == (y == 1)).all()
    again = trainer.fit_trees(x, y, 50)
    assert again.trees == model.trees
    assert model.staged(10).predict(x).tolist() != p.tolist()


def test_the_logistic_fit_separates_a_simple_signal(trainer: ModuleType) -> None:
    x = np.array([[0.0], [0.1], [0.2], [0.8], [0.9], [1.0]] * 5)
    y = np.array([0, 0, 0, 1, 1, 1] * 5, dtype=float)
    model = trainer.fit(x, y, 1.0)
    p = model.predict(x)
    assert (p[y == 1] > 0.5).all() and (p[y == 0] < 0.5).all()


def test_a_not_asserted_threshold_is_tuned_apart_from_the_others(trainer: ModuleType) -> None:
    # the model scores every record 0.9; not-asserted ones never match, the others always do:
    # dropping all not-asserted records pays inside the training sets, the others' threshold stays
    hyp = np.array([1.0, 0.0, 1.0, 0.0, 0.0, 1.0] * 3)
    x = _rows(**{"status=hypothetical": list(hyp), "confidence": [0.5] * len(hyp)})
    y = 1.0 - hyp
    gold = int(y.sum())

    def inner(keep: np.ndarray) -> float:
        tp = float((keep & (y == 1)).sum())
        return float(trainer._f1(tp, float((keep & (y == 0)).sum()), gold - tp))

    p = np.full(len(hyp), 0.9)
    start = trainer.Choice(10.0, 0.3, 0.3, inner(p >= 0.3))
    tuned = trainer._status_tuned(trainer.Variant("status", status_threshold=True), start, p, x, inner)
    assert tuned.threshold == 0.3
    assert tuned.threshold_not_asserted > 0.9
    assert tuned.inner_f1 == 1.0 > start.inner_f1
    assert list(trainer._keep(p, x, tuned)) == [h == 0.0 for h in hyp]
    assert trainer._status_tuned(trainer.SHIPPED, start, p, x, inner) == start


def test_the_bootstrap_interval_is_zero_when_nothing_changes(trainer: ModuleType) -> None:
    counts = np.array([[3, 1, 1], [2, 0, 2], [5, 2, 0]], dtype=float)
    assert trainer.bootstrap(counts, counts, n=50) == (0.0, 0.0)
    lo, hi = trainer.bootstrap(counts, counts + np.array([0, -1, 0]), n=50)
    assert 0.0 < lo <= hi
    assert trainer.auc(np.array([0.9, 0.2, 0.8]), np.array([1.0, 0.0, 1.0])) == 1.0


def test_first_seen_commits_name_every_open_set_but_dev_and_no_held_out_set(trainer: ModuleType) -> None:
    assert tuple(trainer.FIRST_SEEN) == trainer.SETS[1:]  # gold/dev was never held out
    assert trainer.FIRST_SEEN["dev2"] == "7c7f398" and trainer.FIRST_SEEN["dev13"] == "f629bb3"
    assert not {"test", "dev67"} & set(trainer.FIRST_SEEN)
    # their first-seen rules are today's
    assert set(trainer.NOT_POOLED) == {
        "dev46",
        "dev47",
        "dev48",
        "dev49",
        "dev50",
        "dev51",
        "dev52",
        "dev53",
        "dev54",
        "dev55",
        "dev56",
        "dev57",
        "dev58",
        "dev59",
        "dev60",
        "dev61",
        "dev62",
        "dev63",
        "dev64",
        "dev65",
        "dev66",
    }


def _three_kinds(trainer: ModuleType) -> tuple[list[Any], dict[str, Any]]:
    art = (_rows(confidence=[0.5, 0.5]), [1.0, 0.0], ["riot:riot", "riot:riot"])
    today = [_set(trainer, n, [art]) for n in ("dev", "dev2", "dev3", "dev66")]
    first = {n: _set(trainer, n, [art, art]) for n in ("dev2", "dev3", "dev66")}
    return today, first


def test_each_variant_trains_on_its_own_candidates_with_the_fold_left_out(trainer: ModuleType) -> None:
    today, first = _three_kinds(trainer)
    t = trainer.training_sets("today", today, first, "dev2")
    assert [c.name for c in t] == ["dev", "dev3", "dev66"] and all(len(c.labels) == 1 for c in t)
    f = trainer.training_sets("first-seen", today, first, "dev2")
    assert [c.name for c in f] == ["dev3", "dev66"] and all(len(c.labels) == 2 for c in f)
    p = trainer.training_sets("pooled", today, first, "dev2")
    # dev has no first-seen output, dev3 pools both kinds as one inner fold, dev33 is not doubled
    assert [(c.name, len(c.labels)) for c in p] == [("dev", 1), ("dev3", 3), ("dev66", 1)]
    assert p[1].gold_events == today[2].gold_events + first["dev3"].gold_events
    every_first_seen = trainer.training_sets("first-seen", today, first, "dev")
    assert [c.name for c in every_first_seen] == ["dev2", "dev3", "dev66"]


def test_a_pooled_articles_prior_sees_neither_copy_of_itself(trainer: ModuleType) -> None:
    """The same article twice (today's and first-seen records): its trigger prior comes from the
    other articles only, as it would if the article were there once."""
    a = (_rows(confidence=[0.5, 0.5]), [1.0, 1.0], ["kill:kill"] * 2)
    b = (_rows(confidence=[0.5, 0.5]), [0.0, 0.0], ["kill:kill"] * 2)
    other = (_rows(confidence=[0.5, 0.5]), [1.0, 0.0], ["arrest:arrest"] * 2)
    once = _set(trainer, "s", [a, b, other])
    twice = trainer.pooled(once, _set(trainer, "s", [a, b, other]))
    x1, _ = trainer._stack(trainer.SHIPPED, [once])
    x2, y2 = trainer._stack(trainer.SHIPPED, [twice])
    p1, p2 = x1[:, trainer.PRIOR_COL], x2[:, trainer.PRIOR_COL]
    assert (p2[:2] < 0).all() and (p2[2:4] > 0).all()  # a from b's misses, b from a's matches
    assert (p2[:2] < p1[:2]).all()  # b's two copies count, a's own copy does not
    assert (p2[6:8] == p2[:2]).all()  # the second copy of a, the same
    assert list(y2) == [1, 1, 0, 0, 1, 0, 1, 1, 0, 0, 1, 0]


def test_the_shipped_models_decisions_on_candidates_are_its_run_time_ones(trainer: ModuleType) -> None:
    from types import MappingProxyType

    from eventwire.extract.event_filter import FORMAT_VERSION, EventFilter

    weights = [0.0] * N
    weights[FEATURE_NAMES.index("confidence")] = 2.0
    weights[FEATURE_NAMES.index("trigger_prior")] = 1.0
    model = EventFilter(
        version=FORMAT_VERSION, features=FEATURE_NAMES, mean=(0.5,) * N, scale=(1.0,) * N,
        weights=tuple(weights), bias=0.0, threshold=0.5, action="dedup", fold=("where_when",),
        prior=MappingProxyType({"arrest:detain": 1.5}),
    )  # fmt: skip
    x = _rows(confidence=[0.9, 0.3, 0.3, 0.5])
    keys = ["killing:kill", "killing:kill", "arrest:detain", "arrest:unknown"]
    held = _set(trainer, "dev66", [(x, [1, 0, 1, 0], keys)])
    (keep,) = trainer.shipped_decisions(held, model)
    expected = []
    for row, k in zip(x, keys, strict=True):
        v = list(row[:N])
        v[trainer.PRIOR_COL] = model.prior.get(k, 0.0)
        expected.append(model.probability(v) >= model.threshold)
    assert keep.tolist() == expected == [True, False, True, False]


def test_the_bootstrap_takes_its_percentiles(trainer: ModuleType) -> None:
    rng = np.random.default_rng(1)
    base = rng.integers(0, 5, (40, 3)).astype(float)
    filt = base + rng.integers(-1, 2, (40, 3))
    lo90, hi90 = trainer.bootstrap(base, np.clip(filt, 0, None))
    lo95, hi95 = trainer.bootstrap(base, np.clip(filt, 0, None), q=(2.5, 97.5))
    assert lo95 <= lo90 <= hi90 <= hi95


def test_the_trained_model_reads_confidence_through_the_shipped_models_table(trainer: ModuleType) -> None:
    from eventwire.extract.event_filter import load_filter

    table = trainer.filter_calibration()
    assert table == load_filter().calibration and table.bins
    model = trainer.Logistic(np.zeros(N), np.ones(N), np.zeros(N), 0.0)
    held = _set(trainer, "dev66", [(_rows(confidence=[0.9]), [1], ["arrest:arrest"])])
    written = trainer.to_filter(trainer.SHIPPED, model, 0.5, [held])
    # the written model carries the table its candidates' confidence feature was computed with
    assert written.calibration == table
    assert written.to_dict()["calibration"] == table.to_dict()
