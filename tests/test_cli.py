from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from eventwire.cli import format_events, main
from eventwire.store.sqlite import SQLiteStore
from tests.factories import result


def test_cli_schema_is_valid_json_schema_and_accepts_a_result() -> None:
    out = CliRunner().invoke(main, ["schema"])
    assert out.exit_code == 0, out.output
    schema = json.loads(out.output)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(result().to_dict(), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**result().to_dict(), "extra": 1}, schema)


def test_cli_every_command_has_help() -> None:
    runner = CliRunner()
    for name, command in main.commands.items():
        assert command.help, name
        assert runner.invoke(main, [name, "--help"]).exit_code == 0


def test_cli_events_formats(tmp_path: Path) -> None:
    db = tmp_path / "ew.db"
    store = SQLiteStore.open(db)
    store.write(result())
    store.close()
    runner = CliRunner()
    table = runner.invoke(main, ["events", "--db", str(db)])
    assert table.exit_code == 0 and "killing" in table.output and "1 events" in table.output
    as_json = json.loads(runner.invoke(main, ["events", "--db", str(db), "--format", "json"]).output)
    assert as_json[0]["type"] == "killing" and as_json[0]["trigger"]["text"] == "shot dead"
    csv_out = runner.invoke(main, ["events", "--db", str(db), "--format", "csv", "--type", "killing"]).output
    assert csv_out.splitlines()[0].startswith("id,type,subtype")
    assert len(csv_out.splitlines()) == 2
    none = runner.invoke(main, ["events", "--db", str(db), "--format", "csv", "--country", "BY"]).output
    assert len(none.splitlines()) == 1


def test_cli_format_events_json_keeps_document_link() -> None:
    store = SQLiteStore.open(":memory:")
    store.write(result())
    rows = list(store.events())
    data = json.loads(format_events(rows, "json"))
    assert data[0]["document_id"] == result().document.id


def test_cli_bad_published_date_is_a_usage_error(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Protesters marched in Minsk.", encoding="utf-8")
    out = CliRunner().invoke(main, ["extract", str(src), "--published", "last Tuesday"])
    assert out.exit_code == 2
    assert "not an ISO date" in out.output
