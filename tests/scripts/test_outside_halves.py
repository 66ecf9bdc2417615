"""The outside halves (scripts/outside_halves.py): a fixed split by article, dumps and their diff."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from tests.scripts.loader import load_script


@pytest.fixture(scope="module")
def halves() -> ModuleType:
    return load_script("outside_halves")


def test_the_split_is_the_sha1_first_hex_digit(halves: ModuleType) -> None:
    # sha1("11") = 17ba…: check; sha1("1") = 356a…: check; sha1("2") = da4b…: develop
    assert halves.is_check("11") and halves.is_check("1")
    assert not halves.is_check("2")


def _data(root: Path) -> Path:
    india = root / "india_police_events"
    india.mkdir(parents=True)
    rows = [
        {"doc_id": 1, "sent_id": 0, "sent_labels": [], "sent_text": "Police fired tear gas."},
        {"doc_id": 1, "sent_id": 1, "sent_labels": ["ARREST"], "sent_text": "Ten were held."},
        {"doc_id": 2, "sent_id": 0, "sent_labels": [], "sent_text": "Shops stayed shut."},
        {"doc_id": 2, "sent_id": 1, "sent_labels": [], "sent_text": "  "},
    ]
    (india / "sents.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    glocon = root / "glocon_gold_sample" / "sentence"
    glocon.mkdir(parents=True)
    (glocon / "Sabinet.json").write_text(
        json.dumps({"id": "a_1", "url": "2", "sentence": "Workers marched.", "label": 1}) + "\n",
        encoding="utf-8",
    )
    for sub in ("text", "attributions"):
        (root / "polnear" / "dev" / sub).mkdir(parents=True)
    return root


def test_every_sentence_of_an_article_falls_in_its_half(halves: ModuleType, tmp_path: Path) -> None:
    data = _data(tmp_path / "data")
    check = halves.build("check", data, tmp_path / "work")
    dev = halves.build("dev", data, tmp_path / "work")
    checked = [r["doc_id"] for r in halves._jsonl(check / "india_police_events" / "sents.jsonl")]
    developed = [r["doc_id"] for r in halves._jsonl(dev / "india_police_events" / "sents.jsonl")]
    assert checked == [1, 1] and developed == [2, 2]
    assert (dev / "glocon_gold_sample" / "sentence" / "Sabinet.json").read_text().count("\n") == 1
    assert [k for k, _ in halves.units(dev)] == ["india:2:0", "glocon:a_1"]  # the blank sentence is no unit
    with pytest.raises(ValueError, match="half must be"):
        halves.build("test", data, tmp_path / "work")


def test_diff_counts_changed_units_per_thousand_sentences(
    halves: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = [halves.unit_record(f"india:{i}:0", f"sentence {i}", None) for i in range(4)]
    after = [dict(r) for r in before]
    after[2] = {**after[2], "events": [["protest", None, "asserted", [0, 8], "sentence", None, [], []]]}
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("".join(json.dumps(r) + "\n" for r in before), encoding="utf-8")
    b.write_text("".join(json.dumps(r) + "\n" for r in after), encoding="utf-8")
    n, rate = halves.diff(a, b, show=5)
    assert (n, rate) == (1, 250.0)
    out = capsys.readouterr().out
    assert "units changed 1 of 4" in out and "---- india:2:0" in out
