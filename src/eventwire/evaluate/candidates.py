"""What the learned stages' trainers share: the open author sets they train on, and a pickle cache of
the pipeline's output over them that is valid only for the commit it was made at.

The trainers (``scripts/train_event_filter.py``, ``train_type_model.py``, ``train_status_model.py``)
each collect their own items per set; this module only names the sets and keeps the cache honest.
"""

from __future__ import annotations

import pickle
import subprocess
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

__all__ = ["OPEN_SETS", "git_head", "load_or_collect"]

# The open author sets, named one by one: gold/test, gold/dev14 and gold/dev15 are held out and
# never listed (a glob over gold/ would reach them).
OPEN_SETS = (
    "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13",
)  # fmt: skip

_T = TypeVar("_T")


def git_head(repo: Path) -> str:
    """The commit checked out in ``repo`` ("" outside a git checkout)."""
    out = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True)
    return out.stdout.strip()


def load_or_collect(
    path: Path | None,
    sets: Sequence[str],
    collect: Callable[[], list[_T]],
    *,
    repo: Path,
    any_commit: bool = False,
) -> list[_T]:
    """The items of ``sets`` from the cache at ``path`` when it was made at this commit for the same
    sets (or at any commit with ``any_commit``), else ``collect()``, written to ``path`` when given."""
    head = git_head(repo)
    if path is not None and path.exists():
        with path.open("rb") as fh:
            saved = pickle.load(fh)  # our own file, written below
        same = any_commit or saved.get("head") == head
        if same and tuple(saved.get("sets", ())) == tuple(sets):
            print(f"candidates from {path} (made at {saved.get('head', '?')[:7]})")
            return list(saved["collected"])
        print(f"{path} is from another commit or set list: collecting again")
    collected = collect()
    if path is not None:
        with path.open("wb") as fh:
            pickle.dump({"head": head, "sets": tuple(sets), "collected": collected}, fh)
    return collected
