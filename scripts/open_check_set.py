"""Open the held-out check set for rule work: gold/devH joins the open sets, gold/devH+1 is held out from now.

    .venv/bin/python scripts/open_check_set.py FIRST_SEEN_COMMIT [--repo DIR]
    .venv/bin/ruff format -q scripts tests src

FIRST_SEEN_COMMIT is the last session's last commit (7 hex digits): the code the opened set was first
measured with, recorded in the event-filter trainer's FIRST_SEEN. The set numbers are read from the
repository: L = the last of ``OPEN_SETS``, H = L + 1 (opened now), H + 1 (held out from now); the session
from the gold table's row of devH. The edits, one set on: OPEN_SETS, the trainers' named sets, word counts
and held-out names, FIRST_SEEN and NOT_POOLED, the accuracy report's set list, the tests naming the last
open and the held-out set, and the gold table's rows (docs/evaluation-routes.md, "Sets"). Every edit must
find its text before any file is written, so an opening is whole or not made. Written in session 55
(sessions 52–54 repeated the opening diff by hand).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
ORDINALS = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
}


def words(n: int) -> str:
    """A count from 21 to 99 in words ("fifty-four")."""
    tens, unit = divmod(n, 10)
    return TENS[tens] + (f"-{UNITS[unit]}" if unit else "")


def ordinal(n: int) -> str:
    """An ordinal from 21 to 99 in words ("fifty-sixth")."""
    tens, unit = divmod(n, 10)
    if not unit:
        return TENS[tens][:-1] + "ieth"
    return f"{TENS[tens]}-{ORDINALS.get(UNITS[unit], UNITS[unit] + 'th')}"


def folds(sets: int, chosen: str, gap: str) -> str:
    """A trainer docstring's leave-one-set-out sentence for ``sets`` open sets (worded apart per trainer)."""
    return (
        f"fits on the other {words(sets - 1)} (the L2 strength and the\n   {chosen} inside those "
        f"{words(sets - 1)}, each predicted from a model fitted on the other{gap}{words(sets - 2)}"
    )


def fits_all(sets: int, chosen: str) -> str:
    """A trainer docstring's final-fit sentence for ``sets`` open sets."""
    return f"Fits on all {words(sets)} (strength and {chosen} chosen by the {words(sets)} folds)"


LINE_WIDTH = 110  # ruff's line-length in pyproject.toml


def wrap_long_lists(text: str, width: int = LINE_WIDTH) -> str:
    """Break a line of quoted set names (``"dev46", "dev47", …,``) longer than ``width``.

    The trainers' tests hold the open sets in ``# fmt: skip`` blocks, which the formatter leaves as they
    are, so an opening that appends a name to a full line would leave it too long for ruff. The break
    moves at least the last two names to the new line: the next opening finds them side by side.
    """
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > width and re.fullmatch(r'\s*("dev\d*", )*"dev\d*",', line):
            indent = line[: len(line) - len(line.lstrip())]
            cut = line.rfind(' "dev', 0, width)
            if line.count('"dev', cut) < 2:
                cut = line.rfind(' "dev', 0, cut)
            out.append(line[:cut])
            line = indent + line[cut + 1 :]
        out.append(line)
    return "\n".join(out)


class Opening:
    """The edits of one opening, held in memory and written only when every one has found its text."""

    def __init__(self, repo: Path) -> None:
        self.repo = repo
        self.texts: dict[str, str] = {}

    def text(self, path: str) -> str:
        if path not in self.texts:
            self.texts[path] = (self.repo / path).read_text()
        return self.texts[path]

    def edit(self, path: str, pairs: Sequence[tuple[str, str]], *, regex: bool = False) -> None:
        t = self.text(path)
        for old, new in pairs:
            if regex:
                t, n = re.subn(old, new, t, count=1)
            else:
                n = t.count(old)
                t = t.replace(old, new)
            if not n:
                raise SystemExit(f"{path}: no match for {old!r}; nothing written")
        self.texts[path] = t

    def write(self) -> None:
        for path, t in self.texts.items():
            (self.repo / path).write_text(wrap_long_lists(t) if path.endswith(".py") else t)


def open_set(repo: Path, first_seen: str) -> str:
    """Open the check set in ``repo``; returns what was opened."""
    if not re.fullmatch(r"[0-9a-f]{7}", first_seen):
        raise SystemExit(f"FIRST_SEEN_COMMIT must be 7 hex digits, not {first_seen!r}")
    op = Opening(repo)
    found = re.findall(r'"dev(\d+)",\n\)', op.text("src/eventwire/evaluate/candidates.py"))
    if len(found) != 1:
        raise SystemExit("src/eventwire/evaluate/candidates.py: the last open set not found")
    last = int(found[0])
    h, n = last + 1, last + 2
    table = op.text("docs/gold-format.md")
    row = re.search(rf"\| `gold/dev{h}` .*?held out: the check set of session (\d+)", table)
    if row is None:
        raise SystemExit(f"docs/gold-format.md: no held-out row for gold/dev{h}")
    s = int(row.group(1))  # the session dev{h} was held out in; this opening is for session s + 1
    ef, tm = "scripts/train_event_filter.py", "scripts/train_time_model.py"
    # the held-out pair as the trainers' tests write it, as a tuple and as a set
    held_tuple = (f'("test", "dev{h}")', f'("test", "dev{n}")')
    held_set = (f'{{"test", "dev{h}"}}', f'{{"test", "dev{n}"}}')
    op.edit(ef, [
        (f"over the {words(last)} open author sets", f"over the {words(h)} open author sets"),
        (f"gold/dev2 … gold/dev{last}, named one by one", f"gold/dev2 … gold/dev{h}, named one by one"),
        (folds(last, "threshold are chosen", "\n   "), folds(h, "threshold are chosen", "\n   ")),
        (fits_all(last, "threshold"), fits_all(h, "threshold")),
        (f"or gold/dev{h} (held out).", f"or gold/dev{n} (held out)."),
        (f"(gold/test and gold/dev{h} are held out:", f"(gold/test and gold/dev{n} are held out:"),
    ])  # fmt: skip
    op.edit(ef, [
        (rf"(# dev{last} opened in session {s} on code identical to [0-9a-f]{{7}})\.",
         rf"\1;\n# dev{h} opened in session {s + 1} on code identical to {first_seen}."),
        (rf'("dev{last}": "[0-9a-f]{{7}}",)\n', rf'\1\n    "dev{h}": "{first_seen}",\n'),
        (rf'"dev{last}",\n\}}\)', rf'"dev{last}", "dev{h}",\n}})'),
    ], regex=True)  # fmt: skip
    op.edit(tm, [
        (f"over the {words(last)}\n", f"over the {words(h)}\n"),
        (folds(last, "margin chosen", " "), folds(h, "margin chosen", " ")),
        (fits_all(last, "margin"), fits_all(h, "margin")),
        (f"gold/test or gold/dev{h} (held out)", f"gold/test or gold/dev{n} (held out)"),
        (f'HELD_OUT = ("test", "dev{h}")', f'HELD_OUT = ("test", "dev{n}")'),
    ])  # fmt: skip
    for path in ("scripts/train_status_model.py", "scripts/train_type_model.py"):
        op.edit(path, [
            (f"gold/dev2 … gold/dev{last}, named", f"gold/dev2 … gold/dev{h}, named"),
            (f"(gold/test and gold/dev{h} are held out", f"(gold/test and gold/dev{n} are held out"),
        ])  # fmt: skip
    op.edit("scripts/accuracy_report.py", [
        (f'        "dev{h}",\n        "test",', f'        "dev{h}",\n        "dev{n}",\n        "test",'),
        (f"dev to dev{last}: rules are written against them; dev{h}: the {ordinal(h + 1)} author's set, ",
         f"dev to dev{h}: rules are written against them; dev{n}: the {ordinal(n + 1)} author's set, "),
    ])  # fmt: skip
    op.edit("src/eventwire/evaluate/candidates.py", [
        (f"gold/test and gold/dev{h} are held out and", f"gold/test and gold/dev{n} are held out and"),
        (f'"dev{last}",\n)', f'"dev{last}", "dev{h}",\n)'),
    ])  # fmt: skip
    op.edit("tests/evaluate/test_candidates.py", [
        (f'"dev{last}" in OPEN_SETS\n', f'"dev{h}" in OPEN_SETS\n'),
        (f'assert "dev{h}" not in OPEN_SETS', f'assert "dev{n}" not in OPEN_SETS'),
        (f'not {{"test", "dev{h}"}} & set(OPEN_SETS)', f'not {{"test", "dev{n}"}} & set(OPEN_SETS)'),
        (f"== len(set(OPEN_SETS)) == {last}", f"== len(set(OPEN_SETS)) == {h}"),
    ])  # fmt: skip
    for path in ("tests/extract/test_event_filter.py", "tests/extract/test_time_model.py"):
        op.edit(path, [held_set])
    op.edit("tests/extract/test_type_model_trainer.py", [
        (f'assert "dev{last}" in trainer.SETS', f'assert "dev{h}" in trainer.SETS'),
        held_tuple,
    ])  # fmt: skip
    op.edit("tests/scripts/test_train_time_model.py", [
        (f'"dev{last - 1}", "dev{last}",\n    )', f'"dev{last - 1}", "dev{last}", "dev{h}",\n    )'),
        held_tuple,
    ])  # fmt: skip
    op.edit("tests/scripts/test_train_event_filter.py", [
        held_tuple,
        held_set,
        (f'"dev{last}"', f'"dev{h}"'),  # the fixtures' last open set, then the two full lists back
        (f'"dev{last - 1}", "dev{h}",\n    )', f'"dev{last - 1}", "dev{last}", "dev{h}",\n    )'),
        (f'"dev{last - 1}",\n        "dev{h}",\n    }}',
         f'"dev{last - 1}",\n        "dev{last}",\n        "dev{h}",\n    }}'),
    ])  # fmt: skip
    op.edit("docs/gold-format.md", [
        (rf"(\| `gold/dev{h}` .*?)held out: the check set of session {s} "
         rf"\((written during session {s - 1}; file names carry no country)[^)|]*\) \|",
         rf"\1held out as the check set of session {s} (\2); open for rule work since session {s + 1} |"),
    ], regex=True)  # fmt: skip
    # the agreement row, with the next check set written (its second annotations held out) or not yet
    both = (
        f"those of dev{h} and dev{n} are held out with their sets, dev20's to dev{last}'s are open with them"
    )
    one = f"those of dev{h} are held out with their set, dev20's to dev{last}'s are open with them"
    if both in op.text("docs/gold-format.md"):
        op.edit(
            "docs/gold-format.md",
            [(both, f"those of dev{n} are held out with their set, dev20's to dev{h}'s are open with them")],
        )
    else:
        op.edit("docs/gold-format.md", [(one, f"dev20's to dev{h}'s are open with them")])
    op.write()
    return f"opened gold/dev{h} for session {s + 1} (first seen {first_seen}); held out: test, dev{n}"


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("first_seen", metavar="FIRST_SEEN_COMMIT")
    ap.add_argument("--repo", type=Path, default=REPO)
    args = ap.parse_args(argv)
    print(open_set(args.repo, args.first_seen))
    print("now: .venv/bin/ruff format -q scripts tests src")


if __name__ == "__main__":
    main()
