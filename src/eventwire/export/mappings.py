"""Event type and subtype → ACLED and PLOVER codes, in one table (documented in ``docs/mappings.md``).

Each eventwire ``(type, subtype)`` maps to ACLED's ``disorder_type`` / ``event_type`` /
``sub_event_type`` and to PLOVER's ``event_type`` / ``mode`` / ``context``. A subtype
without a row of its own falls back to its type's row (``subtype`` ``None``).

Choices where the schemes do not line up:

* Strikes are coded as ACLED peaceful protests (ACLED has no strike type; it codes
  labour strikes and shop closures as protests) and as PLOVER ``PROTEST`` / ``boycott``.
* Judicial executions are ACLED ``Strategic developments`` / ``Other``: ACLED does not code
  executions after legal proceedings as political violence, and this keeps them out of
  violence counts while keeping them in the export. PLOVER: ``ASSAULT`` with context ``legal``.
* Torture and killings of civilians are ACLED ``Violence against civilians`` / ``Attack``.
* An ``attack`` without a weapon subtype is ``Violence against civilians`` / ``Attack``;
  bombings, missile and air strikes are ``Explosions/Remote violence``.
* Repression: dispersal is ``Protest with intervention``, excessive force is
  ``Excessive force against protesters``; an internet shutdown and other restrictions are
  ``Strategic developments`` / ``Other`` (PLOVER ``COERCE`` / ``restrict``).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ACLED_GEO_PRECISION", "MAPPINGS", "Mapping", "mapping"]


@dataclass(frozen=True, slots=True)
class Mapping:
    disorder_type: str
    event_type: str
    sub_event_type: str
    plover_type: str
    plover_mode: str
    plover_context: str


_PV = "Political violence"
_DEM = "Demonstrations"
_SD = "Strategic developments"
_VAC = "Violence against civilians"
_ERV = "Explosions/Remote violence"

MAPPINGS: dict[tuple[str, str | None], Mapping] = {
    ("protest", None): Mapping(_DEM, "Protests", "Peaceful protest", "PROTEST", "demo", ""),
    ("protest", "hunger_strike"): Mapping(_DEM, "Protests", "Peaceful protest", "PROTEST", "hunger", ""),
    ("strike", None): Mapping(_DEM, "Protests", "Peaceful protest", "PROTEST", "boycott", ""),
    ("strike", "hunger_strike"): Mapping(_DEM, "Protests", "Peaceful protest", "PROTEST", "hunger", ""),
    ("riot", None): Mapping(_DEM, "Riots", "Violent demonstration", "PROTEST", "riot", ""),
    ("repression", None): Mapping(
        _DEM, "Protests", "Protest with intervention", "COERCE", "restrict", "legal"
    ),
    ("repression", "excessive_force"): Mapping(
        _DEM, "Protests", "Excessive force against protesters", "ASSAULT", "beat", ""
    ),
    ("repression", "internet_shutdown"): Mapping(_SD, _SD, "Other", "COERCE", "restrict", "legal"),
    ("killing", None): Mapping(_PV, _VAC, "Attack", "ASSAULT", "", ""),
    ("killing", "shooting"): Mapping(_PV, _VAC, "Attack", "ASSAULT", "firearms", ""),
    ("execution", None): Mapping(_SD, _SD, "Other", "ASSAULT", "", "legal"),
    ("arrest", None): Mapping(_SD, _SD, "Arrests", "COERCE", "arrest", "legal"),
    ("torture", None): Mapping(_PV, _VAC, "Attack", "ASSAULT", "torture", ""),
    ("attack", None): Mapping(_PV, _VAC, "Attack", "ASSAULT", "", ""),
    ("attack", "shooting"): Mapping(_PV, _VAC, "Attack", "ASSAULT", "firearms", ""),
    ("attack", "bombing"): Mapping(_PV, _ERV, "Remote explosive/landmine/IED", "ASSAULT", "explosives", ""),
    ("attack", "missile_strike"): Mapping(
        _PV, _ERV, "Shelling/artillery/missile attack", "ASSAULT", "heavy-weapons", "military"
    ),
    ("attack", "air_strike"): Mapping(_PV, _ERV, "Air/drone strike", "ASSAULT", "heavy-weapons", "military"),
}

# ACLED geo_precision: 1 the town itself, 2 a part of a region or near a town, 3 a province or country.
ACLED_GEO_PRECISION: dict[str, int] = {"point": 1, "city": 1, "admin2": 2, "admin1": 3, "country": 3}


def mapping(event_type: str, subtype: str | None) -> Mapping:
    """The ACLED and PLOVER codes of an event type and subtype (the type's row when the subtype has none)."""
    return MAPPINGS.get((event_type, subtype)) or MAPPINGS[(event_type, None)]
