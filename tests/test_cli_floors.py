"""`eventwire evaluate` prints per-document misses by default, but not when it checks or raises floors:
those runs are on held-out sets, whose misses must not be read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main

REPO = Path(__file__).resolve().parents[1]
STEM = "g12-saravan-border-post-attack"  # an open gold article (gold/dev)


@pytest.fixture(scope="module")
def gold_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("gold")
    for suffix in (".txt", ".json"):
        shutil.copy(REPO / "gold" / "dev" / f"{STEM}{suffix}", folder / f"{STEM}{suffix}")
    return folder


@pytest.mark.slow
@pytest.mark.parametrize(
    ("extra", "shown"),
    [
        ((), True),
        (("--no-misses",), False),
        (("--update-floors", "FLOORS"), False),
        (("--update-floors", "FLOORS", "--misses"), True),
    ],
)
def test_misses_are_hidden_when_floors_are_touched(
    gold_dir: Path, tmp_path: Path, extra: tuple[str, ...], shown: bool
) -> None:
    args = [str(tmp_path / "floors.json") if a == "FLOORS" else a for a in extra]
    result = CliRunner().invoke(main, ["evaluate", str(gold_dir), *args])
    assert result.exit_code == 0, result.output
    assert "precision  recall" in result.stdout
    assert ("misses per document:" in result.stdout) is shown
