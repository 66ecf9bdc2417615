"""Opening the held-out check set (scripts/open_check_set.py): every edit one set on, or none at all."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from tests.scripts.loader import load_script

REPO = Path(__file__).resolve().parents[2]
EDITED = (
    "scripts/train_event_filter.py", "scripts/train_time_model.py", "scripts/train_status_model.py",
    "scripts/train_type_model.py", "scripts/accuracy_report.py", "src/eventwire/evaluate/candidates.py",
    "tests/evaluate/test_candidates.py", "tests/extract/test_event_filter.py",
    "tests/extract/test_time_model.py", "tests/extract/test_type_model_trainer.py",
    "tests/scripts/test_train_time_model.py",
    "tests/scripts/test_train_event_filter.py", "docs/gold-format.md",
)  # fmt: skip


@pytest.fixture(scope="module")
def opener() -> ModuleType:
    return load_script("open_check_set")


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    last = int(_open_sets(REPO)[-1][3:])
    if f"| `gold/dev{last + 1}` " not in (REPO / "docs/gold-format.md").read_text():
        pytest.skip(f"gold/dev{last + 1} is not written yet: there is no check set to open")
    for name in EDITED:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / name, tmp_path / name)
    return tmp_path


def _open_sets(root: Path) -> list[str]:
    text = (root / "src/eventwire/evaluate/candidates.py").read_text()
    block = text[text.index("OPEN_SETS = (") : text.index(")  # fmt: skip")]
    return re.findall(r'"(dev\d*)"', block)


def test_counts_and_ordinals_in_words(opener: ModuleType) -> None:
    assert [opener.words(n) for n in (21, 40, 54, 99)] == ["twenty-one", "forty", "fifty-four", "ninety-nine"]
    assert [opener.ordinal(n) for n in (52, 56, 57, 60, 83)] == [
        "fifty-second", "fifty-sixth", "fifty-seventh", "sixtieth", "eighty-third",
    ]  # fmt: skip


def test_an_opening_moves_every_named_set_one_on(opener: ModuleType, copy: Path) -> None:
    before = _open_sets(copy)
    last = int(before[-1][3:])
    summary = opener.open_set(copy, "abcdef1")
    after = _open_sets(copy)
    assert after == [*before, f"dev{last + 1}"] and f"dev{last + 1}" in summary
    trainer = (copy / "scripts/train_event_filter.py").read_text()
    assert f'"dev{last + 1}": "abcdef1"' in trainer
    assert f"dev{last + 1} opened in session" in trainer and f"gold/dev{last + 2} (held out)" in trainer
    assert f'HELD_OUT = ("test", "dev{last + 2}")' in (copy / "scripts/train_time_model.py").read_text()
    report = (copy / "scripts/accuracy_report.py").read_text()
    assert f'"dev{last + 2}",\n        "test",' in report
    table = (copy / "docs/gold-format.md").read_text()
    row = next(line for line in table.splitlines() if line.startswith(f"| `gold/dev{last + 1}`"))
    assert "open for rule work since session" in row
    held = (copy / "tests/evaluate/test_candidates.py").read_text()
    assert f'assert "dev{last + 2}" not in OPEN_SETS' in held
    # nothing names the set held out before as held out any more
    for name in EDITED:
        text = (copy / name).read_text()
        assert f'("test", "dev{last + 1}")' not in text and f'{{"test", "dev{last + 1}"}}' not in text


def test_a_text_not_found_stops_before_any_file_is_written(opener: ModuleType, copy: Path) -> None:
    report = copy / "scripts/accuracy_report.py"
    report.write_text(report.read_text().replace("rules are written against them", "rules are written"))
    untouched = {name: (copy / name).read_text() for name in EDITED}
    with pytest.raises(SystemExit, match=r"accuracy_report\.py"):
        opener.open_set(copy, "abcdef1")
    assert {name: (copy / name).read_text() for name in EDITED} == untouched


def test_the_first_seen_commit_is_seven_hex_digits(opener: ModuleType, copy: Path) -> None:
    with pytest.raises(SystemExit, match="7 hex digits"):
        opener.open_set(copy, "HEAD")


def test_an_opening_leaves_no_line_longer_than_ruff_allows(opener: ModuleType, copy: Path) -> None:
    def long_lines(name: str) -> set[str]:
        return {line for line in (copy / name).read_text().splitlines() if len(line) > opener.LINE_WIDTH}

    python = [name for name in EDITED if name.endswith(".py")]
    before = {name: long_lines(name) for name in python}  # lines ruff lets pass (a pragma past the limit)
    opener.open_set(copy, "abcdef1")
    for name in python:
        assert long_lines(name) <= before[name], name


def test_a_full_line_of_set_names_breaks_with_its_last_two_names_together(opener: ModuleType) -> None:
    names = ", ".join(f'"dev{i}"' for i in range(40, 52)) + ","
    text = f"    x = (\n        {names}\n    )  # fmt: skip\n"
    wrapped = opener.wrap_long_lists(text, width=60)
    lines = wrapped.splitlines()
    assert all(len(line) <= 60 for line in lines)
    assert lines[-2] == '        "dev50", "dev51",'
    assert wrapped.replace(",\n        ", ", ") == text
    assert opener.wrap_long_lists("short = 1\n") == "short = 1\n"
