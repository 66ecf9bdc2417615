from __future__ import annotations

from pathlib import Path

from eventwire.records import Event, InferredName, Result
from eventwire.store.base import EventFilter
from eventwire.store.sqlite import SQLiteStore
from tests.factories import result


def test_sqlite_write_then_query_round_trips_the_event(tmp_path: Path) -> None:
    store = SQLiteStore.open(tmp_path / "ew.db")
    r = result()
    assert store.write(r) is True
    rows = list(store.events())
    assert len(rows) == 1
    row = rows[0]
    assert (row["type"], row["country"], row["date_start"], row["place_name"]) == (
        "killing",
        "IR",
        "2023-02-03",
        "Zahedan",
    )
    assert row["record"] == r.events[0].to_dict()
    assert row["source_name"] == "Amnesty International"
    assert row["claim_id"].startswith("sha256:")
    store.close()


def test_sqlite_second_write_of_same_document_adds_nothing(tmp_path: Path) -> None:
    store = SQLiteStore.open(tmp_path / "ew.db")
    r = result()
    store.write(r)
    before = store.counts()
    assert store.write(r) is False
    assert store.counts() == before
    assert before["documents"] == 1 and before["events"] == 1 and before["claims"] == 1


def test_sqlite_reopen_applies_no_migration_twice(tmp_path: Path) -> None:
    path = tmp_path / "ew.db"
    SQLiteStore.open(path).close()
    store = SQLiteStore.open(path)
    assert store.migrate() == []


def test_sqlite_filters(tmp_path: Path) -> None:
    store = SQLiteStore.open(":memory:")
    store.write(result())
    assert len(list(store.events(EventFilter(type="killing")))) == 1
    assert list(store.events(EventFilter(type="protest"))) == []
    assert len(list(store.events(EventFilter(country="ir")))) == 1
    assert list(store.events(EventFilter(country="BY"))) == []
    assert len(list(store.events(EventFilter(since="2023-02-01")))) == 1
    assert list(store.events(EventFilter(since="2023-02-04"))) == []


def test_sqlite_failed_write_leaves_store_unchanged(tmp_path: Path) -> None:
    store = SQLiteStore.open(tmp_path / "ew.db")
    good = result()
    store.write(good)
    # a result whose event duplicates a primary key fails inside the transaction
    other = result(
        "Monday, March 6, 2023\n\nPolice shot dead 12 protesters in Zahedan on Friday, Amnesty "
        "International said."
    )
    broken = Result(other.document, other.events + other.events, other.claims, other.places, other.times)
    before = store.counts()
    try:
        store.write(broken)
    except Exception as exc:
        assert "[E502]" in str(exc)
    assert store.counts() == before
    assert not store.has_document(other.document.id)


def test_sqlite_file_store_uses_wal_without_a_sync_per_document(tmp_path: Path) -> None:
    store = SQLiteStore.open(tmp_path / "ew.db")
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    store.write(result())
    store.close()
    reopened = SQLiteStore.open(tmp_path / "ew.db")
    assert reopened.counts()["documents"] == 1
    reopened.close()


def test_sqlite_keeps_an_actors_inferred_names_in_the_record(tmp_path: Path) -> None:
    r = result()
    ev = r.events[0]
    crowd = ev.actors[1].replace(inferred_names=(InferredName("demonstrators", "binding_implied.crowd"),))
    r = r.replace(events=(ev.replace(actors=(ev.actors[0], crowd)),))
    store = SQLiteStore.open(tmp_path / "ew.db")
    store.write(r)
    record = next(iter(store.events()))["record"]
    assert record["actors"][1]["inferred_names"] == [
        {"name": "demonstrators", "step": "binding_implied.crowd"}
    ]
    assert Event.from_dict(record).actors[1] == crowd
    store.close()
