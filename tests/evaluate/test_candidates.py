"""The trainers' shared set list and commit-bound cache."""

from __future__ import annotations

import pickle
import subprocess
from pathlib import Path

import pytest

from eventwire.evaluate.candidates import (
    OPEN_SETS,
    NotAtHead,
    git_head,
    load_or_collect,
    source_differences,
)

REPO = Path(__file__).resolve().parents[2]


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t", *args],
        check=True,
        capture_output=True,
    )


@pytest.fixture
def tiny_repo(tmp_path: Path) -> Path:
    """A git repository whose HEAD holds a two-file src/eventwire package."""
    repo = tmp_path / "repo"
    package = repo / "src" / "eventwire"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text('"""pkg"""\n', encoding="utf-8")
    (package / "rules.py").write_text("LIMIT = 3\n", encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", "src")
    _git(repo, "commit", "-q", "-m", "start")
    return repo


def test_open_sets_never_name_a_held_out_set() -> None:
    assert OPEN_SETS[0] == "dev" and "dev10" in OPEN_SETS and "dev66" in OPEN_SETS
    assert "dev67" not in OPEN_SETS and "test" not in OPEN_SETS
    assert not {"test", "dev67"} & set(OPEN_SETS)
    assert len(OPEN_SETS) == len(set(OPEN_SETS)) == 66


def test_the_cache_is_used_at_its_commit_and_refreshed_at_another(tiny_repo: Path, tmp_path: Path) -> None:
    cache = tmp_path / "c.pkl"
    package = tiny_repo / "src" / "eventwire"
    calls: list[int] = []

    def collect() -> list[int]:
        calls.append(1)
        return [1, 2, 3]

    def load(sets: tuple[str, ...], *, any_commit: bool = False) -> list[int]:
        return load_or_collect(cache, sets, collect, repo=tiny_repo, package=package, any_commit=any_commit)

    assert load(("dev",)) == [1, 2, 3]
    assert load(("dev",)) == [1, 2, 3]
    assert len(calls) == 1  # the second call read the cache
    assert load(("dev", "dev2")) == [1, 2, 3]
    assert len(calls) == 2  # another set list: collected again
    with cache.open("wb") as fh:
        pickle.dump({"head": "0" * 40, "sets": ("dev",), "collected": [9]}, fh)
    assert load(("dev",)) == [1, 2, 3]  # another commit
    with cache.open("wb") as fh:
        pickle.dump({"head": "0" * 40, "sets": ("dev",), "collected": [9]}, fh)
    assert load(("dev",), any_commit=True) == [9]


def test_a_committed_package_has_no_differences(tiny_repo: Path) -> None:
    package = tiny_repo / "src" / "eventwire"
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"\0")
    assert source_differences(tiny_repo, package) == []


def test_uncommitted_edits_are_named(tiny_repo: Path) -> None:
    package = tiny_repo / "src" / "eventwire"
    (package / "rules.py").write_text("LIMIT = 4\n", encoding="utf-8")
    (package / "extra.py").write_text("X = 1\n", encoding="utf-8")
    (package / "__init__.py").unlink()
    assert source_differences(tiny_repo, package) == ["__init__.py", "extra.py", "rules.py"]


def test_collection_is_refused_on_uncommitted_edits(tiny_repo: Path, tmp_path: Path) -> None:
    package = tiny_repo / "src" / "eventwire"
    (package / "rules.py").write_text("LIMIT = 4\n", encoding="utf-8")
    cache = tmp_path / "c.pkl"
    calls: list[int] = []

    def collect() -> list[int]:
        calls.append(1)
        return [1]

    with pytest.raises(NotAtHead, match=r"rules\.py"):
        load_or_collect(cache, ("dev",), collect, repo=tiny_repo, package=package)
    assert calls == [] and not cache.exists()  # nothing collected, nothing written
    _git(tiny_repo, "commit", "-q", "-am", "edit")  # committed: now it is HEAD's code
    assert load_or_collect(cache, ("dev",), collect, repo=tiny_repo, package=package) == [1]


def test_a_clean_copy_of_head_may_collect(tiny_repo: Path, tmp_path: Path) -> None:
    """The way to collect while others edit the checkout: a `git archive HEAD src` copy."""
    (tiny_repo / "src" / "eventwire" / "rules.py").write_text("LIMIT = 5\n", encoding="utf-8")
    clean = tmp_path / "clean"
    clean.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(tiny_repo), "archive", "HEAD", "src"], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(clean)], input=archive, check=True)
    assert source_differences(tiny_repo, clean / "src" / "eventwire") == []
    assert source_differences(tiny_repo, tiny_repo / "src" / "eventwire") == ["rules.py"]


def test_git_head_is_a_commit() -> None:
    assert len(git_head(REPO)) == 40
