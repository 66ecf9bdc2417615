"""What the learned stages' trainers share: the open author sets they train on, and a pickle cache of
the pipeline's output over them that is valid only for the commit it was made at.

The trainers (``scripts/train_event_filter.py``, ``train_type_model.py``, ``train_status_model.py``)
each collect their own items per set; this module only names the sets and keeps the cache honest:
the cache is labelled with the commit, so it is collected only when the imported ``eventwire``
package is that commit's ``src/eventwire`` file for file (never a working tree with uncommitted
edits, which may be another engineer's); otherwise :func:`load_or_collect` refuses.
"""

from __future__ import annotations

import hashlib
import pickle
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

__all__ = ["OPEN_SETS", "NotAtHead", "git_head", "load_or_collect", "source_differences"]

# The open author sets, named one by one: gold/test and gold/dev67 are held out and
# never listed (a glob over gold/ would reach them).
OPEN_SETS = (
    "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13",
    "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24",
    "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35",
    "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46",
    "dev47", "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", "dev55", "dev56",
    "dev57", "dev58", "dev59", "dev60", "dev61", "dev62", "dev63", "dev64", "dev65", "dev66",
)  # fmt: skip

_T = TypeVar("_T")


def git_head(repo: Path) -> str:
    """The commit checked out in ``repo`` ("" outside a git checkout)."""
    out = subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True)
    return out.stdout.strip()


class NotAtHead(RuntimeError):
    """The code that would collect is not the committed code the cache would be labelled with."""


def _blob_sha(path: Path) -> str:
    """The git blob id of a file's bytes (what ``git hash-object`` prints)."""
    data = path.read_bytes()
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def _package_dir() -> Path:
    import eventwire  # the package the collection will run

    return Path(eventwire.__file__).resolve().parent


def source_differences(repo: Path, package: Path | None = None) -> list[str]:
    """Paths (relative to the package) where ``package`` (default: the imported ``eventwire``)
    differs from ``src/eventwire`` at ``repo``'s HEAD: changed, missing or extra files
    (``__pycache__`` aside). Empty when the package is the committed code."""
    package = _package_dir() if package is None else package
    out = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "-r", "HEAD", "--", "src/eventwire"],
        capture_output=True,
        text=True,
        check=True,
    )
    committed: dict[str, str] = {}
    for line in out.stdout.splitlines():
        meta, _, name = line.partition("\t")
        committed[name.removeprefix("src/eventwire/")] = meta.split()[2]
    present = {
        p.relative_to(package).as_posix(): p
        for p in package.rglob("*")
        if p.is_file() and "__pycache__" not in p.relative_to(package).parts
    }
    changed = [n for n, p in present.items() if n in committed and _blob_sha(p) != committed[n]]
    extra = [n for n in present if n not in committed]
    missing = [n for n in committed if n not in present]
    return sorted(changed + extra + missing)


def load_or_collect(
    path: Path | None,
    sets: Sequence[str],
    collect: Callable[[], list[_T]],
    *,
    repo: Path,
    any_commit: bool = False,
    package: Path | None = None,
) -> list[_T]:
    """The items of ``sets`` from the cache at ``path`` when it was made at this commit for the same
    sets (or at any commit with ``any_commit``), else ``collect()``, written to ``path`` when given.

    ``collect()`` runs only when the imported ``eventwire`` (or ``package``) is ``repo``'s HEAD
    file for file (:func:`source_differences`); otherwise :class:`NotAtHead` is raised, naming the
    files, before anything is collected or written."""
    head = git_head(repo)
    if path is not None and path.exists():
        with path.open("rb") as fh:
            saved = pickle.load(fh)  # our own file, written below
        same = any_commit or saved.get("head") == head
        if same and tuple(saved.get("sets", ())) == tuple(sets):
            print(f"candidates from {path} (made at {saved.get('head', '?')[:7]})")
            return list(saved["collected"])
        print(f"{path} is from another commit or set list: collecting again")
    differences = source_differences(repo, package)
    if differences:
        shown = ", ".join(differences[:8]) + (" …" if len(differences) > 8 else "")
        raise NotAtHead(
            f"refusing to collect: the eventwire package imported from {package or _package_dir()} is not"
            f" src/eventwire at HEAD {head[:7]} ({len(differences)} file(s) differ: {shown}). Collect on"
            " the committed code, e.g. `git archive HEAD src | tar -x -C /tmp/clean` and"
            " PYTHONPATH=/tmp/clean/src."
        )
    collected = collect()
    if path is not None:
        with path.open("wb") as fh:
            pickle.dump({"head": head, "sets": tuple(sets), "collected": collected}, fh)
    return collected
