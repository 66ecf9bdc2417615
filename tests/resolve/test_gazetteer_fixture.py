"""A tiny in-memory gazetteer for fast unit tests (made-up populations, real places)."""

from __future__ import annotations

from eventwire.resolve.gazetteer import Candidate, InMemoryGazetteer


def _c(
    pid: int,
    name: str,
    feature: str,
    country: str,
    admin1_code: str | None = None,
    admin1: str | None = None,
    lat: float | None = None,
    lon: float | None = None,
    population: int = 0,
    gid: int | None = None,
    capital: bool = False,
) -> Candidate:
    precision = {"country": "country", "admin1": "admin1", "admin2": "admin2"}.get(feature, "city")
    return Candidate(
        place_id=pid,
        geonames_id=gid,
        name=name,
        feature=feature,  # type: ignore[arg-type]
        precision=precision,  # type: ignore[arg-type]
        country=country,
        admin1=admin1,
        admin1_code=admin1_code,
        lat=lat,
        lon=lon,
        population=population,
        capital=capital,
    )


def tiny_gazetteer() -> InMemoryGazetteer:
    sb = "Sistan and Baluchestan"
    entries = [
        (_c(1, "Iran", "country", "IR", population=81_000_000, gid=130758), ["Islamic Republic of Iran"]),
        (_c(2, "Georgia", "country", "GE", population=3_700_000, gid=614540), []),
        (_c(3, "United States", "country", "US", population=327_000_000, gid=6252001), ["U.S.", "US"]),
        (_c(10, "Tehran", "admin1", "IR", "26", "Tehran", population=13_000_000), ["Tehran Province"]),
        (_c(11, sb, "admin1", "IR", "04", sb, population=2_500_000),
         ["Sistan-Baluchestan"]),
        (_c(12, "Isfahan", "admin1", "IR", "28", "Isfahan", population=4_500_000), ["Esfahan"]),
        (_c(13, "Georgia", "admin1", "US", "GA", "Georgia", population=10_000_000, gid=4197000), []),
        (_c(14, "Kurdistan", "admin1", "IR", "16", "Kurdistan", population=1_600_000), ["Kordestan"]),
        (_c(20, "Tehran", "city", "IR", "26", "Tehran", 35.694, 51.422, 7_153_309, 112931, True),
         ["Teheran", "تهران"]),
        (_c(21, "Zahedan", "city", "IR", "04", sb, 29.496, 60.863, 551_980, 1159301), []),
        (_c(22, "Isfahan", "city", "IR", "28", "Isfahan", 32.652, 51.675, 1_547_164, 418863), ["Esfahan"]),
        (_c(23, "Ahvaz", "city", "IR", "15", "Khuzestan", 31.319, 48.684, 841_145, 144448), ["Ahwaz"]),
        (_c(24, "Mashhad", "city", "IR", "42", "Razavi Khorasan", 36.298, 59.606, 2_307_177, 124665), []),
        (_c(25, "Iran", "city", "MY", "12", "Sabah", 5.4, 116.9, 600, 9999001), []),  # a village
        (_c(26, "Zahedan", "city", "IR", "07", "Fars", 28.8, 53.9, 2_000, 9999002), []),  # namesake village
        (_c(27, "Atlanta", "city", "US", "GA", "Georgia", 33.749, -84.388, 463_878, 4180439), []),
        (_c(28, "Mahabad", "city", "IR", "01", "West Azerbaijan", 36.763, 45.722, 168_393, 125446), []),
        (_c(30, "Evin Prison", "place", "IR", "26", "Tehran", 35.797, 51.385, 0), ["Evin"]),
        (_c(40, "Laurel County", "admin2", "US", "KY", "Kentucky", gid=4297480), ["Laurel"]),
        (_c(41, "Laurel", "city", "US", "MD", "Maryland", 39.099, -76.848, 25_115, 4360369), []),
        (_c(42, "Faizabad", "admin2", "AF", "01", "Badakhshan", gid=7052668), ["Fayzabad District"]),
        (_c(43, "Fayzabad", "city", "AF", "01", "Badakhshan", 37.116, 70.580, 44_421, 1142226),
         ["Faizabad"]),
        (_c(44, "Ohio", "admin1", "US", "OH", "Ohio", population=11_500_000, gid=5165418), []),
        (_c(45, "Oklahoma", "admin1", "US", "OK", "Oklahoma", population=3_900_000, gid=4544379),
         ["Okla."]),
        (_c(49, "Basra Governorate", "admin1", "IQ", "02", "Basra Governorate", population=2_600_000,
            gid=99341), ["Basra"]),
        (_c(50, "Basrah", "city", "IQ", "02", "Basra Governorate", 30.508, 47.783, 2_600_000, 99532),
         ["Basra"]),
        (_c(48, "Ba", "city", "FJ", "W", "Western", -17.533, 177.683, 18_526, 2205218), []),
        (_c(46, "Oklahoma City", "city", "US", "OK", "Oklahoma", 35.467, -97.516, 681_054, 4544349),
         ["Oklahoma"]),
        (_c(47, "Tulsa", "city", "US", "OK", "Oklahoma", 36.154, -95.993, 401_190, 4553433), []),
    ]  # fmt: skip
    return InMemoryGazetteer(entries, demonyms={"Iranian": "IR", "American": "US", "Georgian": "GE"})
