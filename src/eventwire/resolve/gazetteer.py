"""The gazetteer: candidates for a place name, from the SQLite index or from memory.

:class:`Gazetteer` reads the index built by :mod:`eventwire.resolve.gazetteer_build`
(opened read-only, one connection per instance). :class:`InMemoryGazetteer` holds a
handful of :class:`Candidate` records for unit tests and small user gazetteers.
Both answer the same questions: ``candidates(name)``, ``country(code)``,
``demonym(word)`` and ``admin1(country, code_or_name)``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import ResolutionError
from ..records import PlaceFeature, PlacePrecision
from .gazetteer_build import build_gazetteer
from .gazetteer_names import fold, key_variants, skeleton

__all__ = ["Candidate", "Gazetteer", "InMemoryGazetteer", "build_gazetteer"]

# Words a toponym is written with that the gazetteer's names leave out.
_SUFFIXES = (
    " province",
    " provinces",
    " state",
    " governorate",
    " region",
    " oblast",
    " prefecture",
    " district",
    " city",
    " county",
    " ostan",
)
_PREFIXES = ("the ", "city of ", "province of ", "state of ", "ostan e ")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry a name may refer to.

    ``primary`` is True when the name matched the entry's own name or a curated
    alias, False when it matched a GeoNames alternate name; ``match`` says which
    key found it: ``exact`` (folded name), ``trimmed`` (after dropping words such
    as "province" or "the"), ``skeleton`` (transliteration variant).
    """

    place_id: int
    geonames_id: int | None
    name: str
    feature: PlaceFeature
    precision: PlacePrecision
    country: str | None
    admin1: str | None
    admin1_code: str | None
    lat: float | None
    lon: float | None
    population: int
    primary: bool = True
    match: str = "exact"
    capital: bool = False  # a national capital
    admin2_id: int | None = None  # GeoNames id of the second-level unit it lies in (or is)

    def with_match(self, *, primary: bool, match: str) -> Candidate:
        return Candidate(
            self.place_id,
            self.geonames_id,
            self.name,
            self.feature,
            self.precision,
            self.country,
            self.admin1,
            self.admin1_code,
            self.lat,
            self.lon,
            self.population,
            primary,
            match,
            self.capital,
            self.admin2_id,
        )


class Gazetteer:
    """Candidate places for names, read from the SQLite index at ``path``.

    Use :meth:`open` (or :func:`eventwire.resolve.places.load_gazetteer`, which
    builds the index when missing). Lookups are cached per instance.
    """

    def __init__(self, connection: sqlite3.Connection | None = None, *, version: str = "") -> None:
        self._conn = connection
        self._lock = threading.Lock()
        self._cache: dict[str, list[Candidate]] = {}
        self._written: dict[str, list[Candidate]] = {}  # by the name as written: no folding on a repeat
        self._demonyms_seen: dict[str, str | None] = {}
        self._countries: dict[str, Candidate | None] = {}
        self._capitals: dict[str, Candidate | None] = {}
        self._neighbours: dict[str, frozenset[str]] = {}
        self._province_pops: dict[tuple[str, str], int] = {}
        self.version = version

    @classmethod
    def open(cls, path: Path) -> Gazetteer:
        if not path.exists():
            raise ResolutionError(f"gazetteer index not found at {path}", code="E410")
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'inputs'").fetchone()
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise ResolutionError(f"gazetteer index at {path} is unreadable: {exc}", code="E411") from exc
        return cls(conn, version=str(row[0])[:16] if row else "")

    def stats(self) -> dict[str, float]:
        """Size of the index file in MB, its build time in seconds and its number of places."""
        out: dict[str, float] = {}
        if self._conn is None:
            return out
        rows = self._rows("SELECT key, value FROM meta WHERE key IN ('build_seconds', 'places')")
        meta = {str(row[0]): str(row[1]) for row in rows}
        for key, name in (("build_seconds", "index_build_seconds"), ("places", "index_places")):
            try:
                out[name] = float(meta[key])
            except (KeyError, ValueError):
                continue
        files = self._rows("PRAGMA database_list")
        path = Path(str(files[0][2])) if files and files[0][2] else None
        if path is not None and path.exists():
            out["index_size_mb"] = path.stat().st_size / 1e6
        return out

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- primitives (overridden by InMemoryGazetteer) -------------------------------

    def _by_key(self, key: str) -> list[Candidate]:
        return self._query(
            "SELECT p.*, n.kind FROM name n JOIN place p ON p.id = n.place WHERE n.key = ?", key
        )

    def _by_skeleton(self, key: str) -> list[Candidate]:
        return self._query(
            "SELECT p.*, 1 FROM skeleton s JOIN place p ON p.id = s.place WHERE s.key = ?", key
        )

    def _demonym(self, key: str) -> str | None:
        rows = self._rows("SELECT country FROM demonym WHERE key = ?", key)
        return str(rows[0][0]) if rows else None

    def _neighbour_rows(self, code: str) -> list[str]:
        return [str(r[0]) for r in self._rows("SELECT other FROM neighbour WHERE country = ?", code)]

    def _country_row(self, code: str) -> list[Candidate]:
        return self._query(
            "SELECT p.*, 0 FROM place p WHERE p.feature = 'country' AND p.country = ?", code.upper()
        )

    def _admin1_rows(self, country: str) -> list[Candidate]:
        return self._query(
            "SELECT p.*, 0 FROM place p WHERE p.feature = 'admin1' AND p.country = ?", country.upper()
        )

    def _capital_rows(self, country: str) -> list[Candidate]:
        return self._query(
            "SELECT p.*, 0 FROM place p WHERE p.capital = 1 AND p.country = ?", country.upper()
        )

    # -- queries -------------------------------------------------------------------

    def candidates(self, name: str) -> list[Candidate]:
        """Entries ``name`` may refer to: exact folded keys, then trimmed ones, then skeletons.

        Sorted by feature level (country, admin1, city, ...) then population, largest first.
        """
        known = self._written.get(name)
        if known is not None:
            return known
        key = fold(name)
        if not key:
            return []
        if key in self._cache:
            self._written[name] = self._cache[key]
            return self._cache[key]
        found = self._exact(key)
        if not found:
            for trimmed in _trims(key):
                found = [c.with_match(primary=c.primary, match="trimmed") for c in self._exact(trimmed)]
                if found:
                    break
        if not found:
            skel = skeleton(name)
            if skel:
                found = [
                    c.with_match(primary=False, match="skeleton")
                    for c in self._by_skeleton(skel)
                    if _close_spelling(key, fold(c.name))
                ]
        found = _dedupe(found)
        self._cache[key] = found
        self._written[name] = found
        return found

    def _exact(self, key: str) -> list[Candidate]:
        found = self._by_key(key)
        for variant in key_variants(key):
            found += self._by_key(variant)
        if not found:
            for variant in _article_variants(key):
                found += self._by_key(variant)
        return found

    def country(self, code: str) -> Candidate | None:
        """The country entry of an ISO 3166-1 alpha-2 code."""
        code = code.upper()
        if code not in self._countries:
            rows = self._country_row(code)
            self._countries[code] = rows[0] if rows else None
        return self._countries[code]

    def capital(self, code: str) -> Candidate | None:
        """The national capital of an ISO 3166-1 alpha-2 code (None when the index has none)."""
        code = code.upper()
        if code not in self._capitals:
            rows = sorted(self._capital_rows(code), key=lambda c: -c.population)
            self._capitals[code] = rows[0] if rows else None
        return self._capitals[code]

    def neighbours(self, code: str) -> frozenset[str]:
        """ISO codes of the countries that border ``code``."""
        code = code.upper()
        if code not in self._neighbours:
            self._neighbours[code] = frozenset(self._neighbour_rows(code))
        return self._neighbours[code]

    def province_population(self, country: str, code: str) -> int:
        """Population of the towns of a first-level subdivision (0 when unknown)."""
        key = (country.upper(), code)
        if key not in self._province_pops:
            self._province_pops[key] = max(
                (c.population for c in self._admin1_rows(key[0]) if c.admin1_code == code), default=0
            )
        return self._province_pops[key]

    def demonym(self, word: str) -> str | None:
        """ISO code of the country a demonym or adjective (``Iranian``) refers to."""
        key = fold(word)
        if key not in self._demonyms_seen:
            self._demonyms_seen[key] = self._demonym(key)
        return self._demonyms_seen[key]

    def admin1(self, country: str, code_or_name: str) -> Candidate | None:
        """A first-level subdivision of ``country`` by GeoNames code or name."""
        key = fold(code_or_name)
        for cand in self._admin1_rows(country):
            if cand.admin1_code == code_or_name or fold(cand.name) == key:
                return cand
        for cand in self.candidates(code_or_name):
            if cand.feature == "admin1" and cand.country == country.upper():
                return cand
        return None

    # -- SQLite plumbing -------------------------------------------------------------

    def _rows(self, sql: str, *params: object) -> list[tuple[object, ...]]:
        if self._conn is None:
            raise ResolutionError("gazetteer is closed", code="E412")
        with self._lock:
            return list(self._conn.execute(sql, params).fetchall())

    def _query(self, sql: str, *params: object) -> list[Candidate]:
        return [_candidate(row) for row in self._rows(sql, *params)]


def _candidate(row: tuple[object, ...]) -> Candidate:
    (pid, gid, name, feature, precision, country, a1code, a1, lat, lon, pop, capital) = row[:12]
    kind = row[-1]
    admin2 = row[12] if len(row) > 13 else None  # indexes before builder 8 have no admin2_id
    return Candidate(
        place_id=int(pid),  # type: ignore[call-overload]
        geonames_id=None if gid is None else int(gid),  # type: ignore[call-overload]
        name=str(name),
        feature=feature,  # type: ignore[arg-type]
        precision=precision,  # type: ignore[arg-type]
        country=None if country is None else str(country),
        admin1_code=None if a1code is None else str(a1code),
        admin1=None if a1 is None else str(a1),
        lat=None if lat is None else float(lat),  # type: ignore[arg-type]
        lon=None if lon is None else float(lon),  # type: ignore[arg-type]
        population=int(pop or 0),  # type: ignore[call-overload]
        primary=kind == 0,
        capital=bool(capital),
        admin2_id=None if admin2 is None else int(admin2),  # type: ignore[call-overload]
    )


def _article_variants(key: str) -> list[str]:
    """The name with "the" put in after "of", or taken out: "Democratic Republic of Congo" is the
    gazetteer's "Democratic Republic of the Congo"."""
    if " of the " in key:
        return [key.replace(" of the ", " of ", 1)]
    if " of " in key:
        return [key.replace(" of ", " of the ", 1)]
    return []


def _trims(key: str) -> list[str]:
    out: list[str] = []
    for prefix in _PREFIXES:
        if key.startswith(prefix):
            out.append(key[len(prefix) :])
    for suffix in _SUFFIXES:
        for base in [key, *out]:
            if base.endswith(suffix) and len(base) > len(suffix) + 1:
                out.append(base[: -len(suffix)])
    return out


def _close_spelling(a: str, b: str) -> bool:
    """Transliteration variants keep their first consonant and about their length."""
    a_c, b_c = a.lstrip("aeiouy"), b.lstrip("aeiouy")
    return bool(a_c and b_c) and a_c[0] == b_c[0] and abs(len(a) - len(b)) <= 2 and a[-2:] == b[-2:]


_LEVEL = {"country": 0, "region": 1, "admin1": 2, "admin2": 3, "city": 4, "place": 5}


def _dedupe(cands: Iterable[Candidate]) -> list[Candidate]:
    best: dict[int, Candidate] = {}
    for cand in cands:
        old = best.get(cand.place_id)
        if old is None or (cand.primary and not old.primary):
            best[cand.place_id] = cand
    return sorted(best.values(), key=lambda c: (_LEVEL[c.feature], -c.population, c.place_id))


class InMemoryGazetteer(Gazetteer):
    """A small gazetteer held in memory: ``entries`` maps each candidate to its names.

    ``demonyms`` maps a demonym (``Iranian``) to an ISO country code; ``neighbours``
    maps an ISO code to the codes of the countries that border it.
    """

    def __init__(
        self,
        entries: Sequence[tuple[Candidate, Sequence[str]]],
        *,
        demonyms: dict[str, str] | None = None,
        neighbours: dict[str, Sequence[str]] | None = None,
    ) -> None:
        super().__init__(None, version="memory")
        self._names: dict[str, list[Candidate]] = {}
        self._skeletons: dict[str, list[Candidate]] = {}
        self._all = [cand for cand, _ in entries]
        for cand, names in entries:
            for i, name in enumerate([cand.name, *names]):
                self._names.setdefault(fold(name), []).append(cand.with_match(primary=i == 0, match="exact"))
                skel = skeleton(name)
                if skel:
                    self._skeletons.setdefault(skel, []).append(cand)
        self._demonyms = {fold(k): v for k, v in (demonyms or {}).items()}
        self._borders = {k.upper(): list(v) for k, v in (neighbours or {}).items()}

    def _by_key(self, key: str) -> list[Candidate]:
        return list(self._names.get(key, []))

    def _by_skeleton(self, key: str) -> list[Candidate]:
        return list(self._skeletons.get(key, []))

    def _demonym(self, key: str) -> str | None:
        return self._demonyms.get(key)

    def _neighbour_rows(self, code: str) -> list[str]:
        return self._borders.get(code, [])

    def _country_row(self, code: str) -> list[Candidate]:
        return [c for c in self._all if c.feature == "country" and c.country == code.upper()]

    def _admin1_rows(self, country: str) -> list[Candidate]:
        return [c for c in self._all if c.feature == "admin1" and c.country == country.upper()]

    def _capital_rows(self, country: str) -> list[Candidate]:
        return [c for c in self._all if c.capital and c.country == country.upper()]
