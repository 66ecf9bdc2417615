"""The trainers' shared set list and commit-bound cache."""

from __future__ import annotations

import pickle
from pathlib import Path

from eventwire.evaluate.candidates import OPEN_SETS, git_head, load_or_collect

REPO = Path(__file__).resolve().parents[2]


def test_open_sets_never_name_a_held_out_set() -> None:
    assert OPEN_SETS[0] == "dev" and "dev10" in OPEN_SETS and "dev13" in OPEN_SETS
    assert "dev14" not in OPEN_SETS and "test" not in OPEN_SETS
    assert not {"test", "dev14"} & set(OPEN_SETS)
    assert len(OPEN_SETS) == len(set(OPEN_SETS)) == 13


def test_the_cache_is_used_at_its_commit_and_refreshed_at_another(tmp_path: Path) -> None:
    cache = tmp_path / "c.pkl"
    calls: list[int] = []

    def collect() -> list[int]:
        calls.append(1)
        return [1, 2, 3]

    assert load_or_collect(cache, ("dev",), collect, repo=REPO) == [1, 2, 3]
    assert load_or_collect(cache, ("dev",), collect, repo=REPO) == [1, 2, 3]
    assert len(calls) == 1  # the second call read the cache
    assert load_or_collect(cache, ("dev", "dev2"), collect, repo=REPO) == [1, 2, 3]
    assert len(calls) == 2  # another set list: collected again
    with cache.open("wb") as fh:
        pickle.dump({"head": "0" * 40, "sets": ("dev",), "collected": [9]}, fh)
    assert load_or_collect(cache, ("dev",), collect, repo=REPO) == [1, 2, 3]  # another commit
    with cache.open("wb") as fh:
        pickle.dump({"head": "0" * 40, "sets": ("dev",), "collected": [9]}, fh)
    assert load_or_collect(cache, ("dev",), collect, repo=REPO, any_commit=True) == [9]


def test_git_head_is_a_commit() -> None:
    assert len(git_head(REPO)) == 40
