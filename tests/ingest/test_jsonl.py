"""JSON Lines input: text kept exactly, one failure per bad line, the rest goes on."""

from __future__ import annotations

import io
import json
from pathlib import Path

from eventwire.ingest.document import Failure
from eventwire.ingest.jsonl import read_jsonl, read_jsonl_bytes
from eventwire.records import Document

FIXTURES = Path(__file__).parent / "fixtures"


def test_jsonl_good_and_bad_lines() -> None:
    path = FIXTURES / "records.jsonl"
    items = list(read_jsonl(path))
    docs = [i for i in items if isinstance(i, Document)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert [d.external_id for d in docs] == ["hw-001", "hw-002", "hw-006"]
    assert [(f.source, f.code) for f in failures] == [
        (f"{path}:3", "E231"),
        (f"{path}:4", "E231"),
        (f"{path}:6", "E201"),
        (f"{path}:7", "E231"),
    ]
    # a failure names the record's id when it has one
    assert failures[1].message == "record 'hw-004': the record has no 'text' field"
    first = docs[0]
    # the text is exactly as given: CRLF, trailing spaces and all
    raw = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert first.text == raw["text"]
    assert first.text.endswith("wages.  ")
    assert (first.title, first.publisher, first.url) == (raw["title"], raw["publisher"], raw["url"])
    assert (first.published, first.published_source) == ("2023-02-09", "user")
    assert first.language == "en"
    # the id hashes the normalised text, as for any other input
    from eventwire.ingest.text import document_from_text

    assert first.id == document_from_text(raw["text"]).id
    assert (docs[1].published, docs[1].published_source) == (None, "none")
    assert (docs[2].published, docs[2].published_source) == ("2023-02-06", "url")


def test_jsonl_from_a_text_stream_and_bytes() -> None:
    lines = '{"id": 7, "text": "Miners stopped work in Kerman on Sunday over unpaid bonuses."}\n{oops}\n'
    items = list(read_jsonl(io.StringIO(lines), source="batch"))
    assert isinstance(items[0], Document)
    assert items[0].external_id == "7"
    assert items[1] == Failure("batch:2", "E231", items[1].message)
    raw = [
        b'{"text": "Miners stopped work in Kerman."}\n',
        b'{"text": "caf\xe9"}\n',
        b'{"text": "Second."}\n',
    ]
    items = list(read_jsonl_bytes(raw, source="-"))
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Document"]
    assert isinstance(items[1], Failure)
    assert (items[1].source, items[1].code) == ("-:2", "E204")


def test_jsonl_bad_fields(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"text": 42}),
                json.dumps({"text": "Workers rallied.", "title": ["a", "list"]}),
                json.dumps({"text": "Workers rallied.", "published": "last week"}),
                json.dumps({"text": "x" * 50}),
                json.dumps({"text": "Workers rallied in Arak on Monday."}),
            ]
        ),
        encoding="utf-8",
    )
    items = list(read_jsonl(path, max_chars=40))
    codes = [i.code if isinstance(i, Failure) else "ok" for i in items]
    assert codes == ["E231", "E231", "E208", "E206", "ok"]


def test_jsonl_fallbacks_fill_only_gaps() -> None:
    from eventwire.ingest.document import Fallbacks

    lines = [
        '{"text": "Miners stopped work in Kerman on Sunday.", "publisher": "Own", "published": "2023-01-02"}',
        '{"text": "Miners stopped work in Kerman on Monday."}',
    ]
    fallbacks = Fallbacks(url="https://n.example/x", title="T", publisher="Given", published="2023-05-06")
    first, second = read_jsonl(io.StringIO("\n".join(lines)), fallbacks=fallbacks)
    assert isinstance(first, Document)
    assert isinstance(second, Document)
    assert (first.publisher, first.published, first.title) == ("Own", "2023-01-02", "T")
    assert (second.publisher, second.published, second.published_source) == ("Given", "2023-05-06", "user")
