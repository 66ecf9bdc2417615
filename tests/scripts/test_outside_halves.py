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


def _articles(root: Path) -> Path:
    """The sentence fixture plus whole articles laid out like the real data (invented texts)."""
    data = _data(root)
    docs = [
        {"doc_id": 1, "doc_text": "Police fired tear gas. Ten were held.", "doc_labels": ["ARREST"]},
        {
            "doc_id": 2,
            "doc_text": "Shops stayed shut on Monday. Many fled.\n\nPolice arrested 12 traders in Agra.",
            "doc_labels": [],
        },
        {"doc_id": 3, "doc_text": "  ", "doc_labels": []},  # check half (sha1("3") = 7…)
    ]
    (data / "india_police_events" / "docs.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in docs), encoding="utf-8"
    )
    document = data / "glocon_gold_sample" / "document"
    document.mkdir(parents=True)
    rows = [
        {"id": "a", "url": "2", "text": "Workers marched to the city hall in Durban on Tuesday.", "label": 1},
        {"id": "b", "url": "1", "text": "Nurses went on strike.", "label": 1},  # check half
    ]
    (document / "Sabinet_R.json").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    text = data / "polnear" / "dev" / "text"
    (text / "e.txt").write_text("The minister said the talks had failed.", encoding="utf-8")  # check half
    (text / "h.txt").write_text("Rebels said they had seized the town.", encoding="utf-8")
    return data


def test_doc_units_are_the_develop_half_articles(halves: ModuleType, tmp_path: Path) -> None:
    found = halves.doc_units(_articles(tmp_path / "data"))
    assert [k for k, _ in found] == ["india:2", "glocon:2", "polnear:h"]
    assert found[0][1].startswith("Shops stayed shut")  # the article as stored, paragraph break and all


def test_dump_docs_writes_one_record_per_article_with_article_offsets(
    halves: ModuleType, tmp_path: Path
) -> None:
    data = _articles(tmp_path / "data")
    out = tmp_path / "docs.jsonl"
    assert halves.dump_docs(out, data) == 3
    records = halves._jsonl(out)
    assert [r["key"] for r in records] == ["india:2", "glocon:2", "polnear:h"]
    assert all(r["level"] == "article" and r["text"] for r in records)
    assert records[0]["n"] == 2  # one ". " and one paragraph break
    arrests = [e for e in records[0]["events"] if e[0] == "arrest"]
    assert arrests, records[0]["events"]
    for e in records[0]["events"]:
        start, end = e[3]
        assert records[0]["text"][start:end] == e[4]  # trigger offsets are the article's
    # scope, magnitudes and source are dumped too, so magnitude and source rules show their firings
    (arrest,) = arrests
    assert arrest[8] in {"single", "aggregate"} and [m[1] for m in arrest[9]] == [12], arrest


def test_diff_of_article_dumps_counts_per_thousand_articles(
    halves: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Shops stayed shut. " * 30 + "Police arrested 12 traders."
    before = [halves.unit_record(f"india:{i}", text, None, article=True) for i in range(4)]
    assert before[0]["n"] == 30 and before[0]["level"] == "article"
    after = [dict(r) for r in before]
    trigger = text.index("arrested")
    event = ["arrest", None, "asserted", [trigger, trigger + 8], "arrested", None, [], []]
    after[1] = {**after[1], "events": [event]}
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("".join(json.dumps(r) + "\n" for r in before), encoding="utf-8")
    b.write_text("".join(json.dumps(r) + "\n" for r in after), encoding="utf-8")
    assert halves.diff(a, b, show=5) == (1, 1000 / 120)
    out = capsys.readouterr().out
    assert "units changed 1 of 4; sentences 120" in out
    assert "articles 4; rate 250.00 per 1,000 develop-half articles" in out
    passage = next(line for line in out.splitlines() if line.startswith("  ["))
    assert (
        "Police arrested 12 traders." in passage and len(passage) < 450
    )  # a window, not the article (597 characters)
