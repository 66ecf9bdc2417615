"""The actor dictionary's data: entries, generic classes and country names, read from YAML.

Packaged files live under ``eventwire/data/actors/``: ``manifest.yaml`` gives
the dictionary ``version`` and lists the entry files. Every YAML file (packaged
or a user's) may hold three lists:

``actors``
    named, canonical actors::

        - key: ir-irgc                 # stable key; identifier "ew:ir-irgc" unless qid is set
          qid: Q...                    # Wikidata QID, only where certain
          name: Islamic Revolutionary Guard Corps
          aliases: [IRGC, Revolutionary Guards]   # a word with a capital matches case-sensitively
          short: [the Guards]          # resolved only after the actor was named in the document
                                       # (a name listed here too is only found after an alias)
          kind: security_forces
          country: IR
          person: false                # a person: titles before it join the mention, surnames resolve later
          generic: [army]              # what "Iranian <generic>" means in this country
          shared: [Guards]             # aliases another entry may also hold

``generics``
    unnamed actors found by lower-case patterns (``key``, ``name``, ``kind``, ``patterns``), with
    optional ``aliases``: other names the class goes by in event data, carried on every mention
    ("Bazaar merchants" are also "traders" and "shopkeepers").

``countries``
    ``{ISO alpha-2: {names: [...], adjectives: [...]}}``: what makes "Iranian police" Iran's.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ResolutionError
from ..records import ACTOR_KINDS

__all__ = ["ActorData", "ActorEntry", "GenericEntry", "load_data"]

_QID = re.compile(r"Q\d+")
_KEY = re.compile(r"[a-z0-9][a-z0-9.-]*")
_PACKAGE = "eventwire.data.actors"
_ACTOR_FIELDS = frozenset(
    {"key", "qid", "name", "aliases", "short", "kind", "country", "person", "generic", "shared"}
)
_GENERIC_FIELDS = frozenset({"key", "name", "kind", "patterns", "aliases"})


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One canonical named actor."""

    key: str
    name: str
    kind: str
    country: str | None
    aliases: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    qid: str | None = None
    person: bool = False
    generic: tuple[str, ...] = ()
    shared: tuple[str, ...] = ()

    @property
    def identifier(self) -> str:
        return self.qid if self.qid else f"ew:{self.key}"

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name first, then every alias (short forms included)."""
        return (self.name, *self.aliases, *self.short)


@dataclass(frozen=True, slots=True)
class GenericEntry:
    """A class of unnamed actors ("security forces", "teachers")."""

    key: str
    name: str
    kind: str
    patterns: tuple[str, ...]
    aliases: tuple[str, ...] = ()

    @property
    def identifier(self) -> str:
        return f"ew:generic-{self.key}"


@dataclass(frozen=True, slots=True)
class ActorData:
    """Everything read from the YAML files, overlays applied."""

    version: str
    entries: tuple[ActorEntry, ...]
    generics: tuple[GenericEntry, ...]
    countries: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=dict)


def _strs(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ResolutionError(f"{where}: expected a list of strings", code="E402")
    return tuple(value)


def _entry(raw: Any, where: str) -> ActorEntry:
    if not isinstance(raw, dict):
        raise ResolutionError(f"{where}: an actor must be a mapping", code="E402")
    unknown = set(raw) - _ACTOR_FIELDS
    if unknown:
        raise ResolutionError(f"{where}: unknown fields {sorted(map(str, unknown))}", code="E402")
    key, name, kind = raw.get("key"), raw.get("name"), raw.get("kind", "unknown")
    if not isinstance(name, str) or not name.strip():
        raise ResolutionError(f"{where}: actor without a name", code="E402")
    if key is None:
        key = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise ResolutionError(f"{where}: bad key {key!r} for {name!r}", code="E402")
    if kind not in ACTOR_KINDS:
        raise ResolutionError(f"{where}: {name!r} has unknown kind {kind!r}", code="E403")
    country = raw.get("country")
    if country is not None and not (isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country)):
        raise ResolutionError(f"{where}: {name!r} has bad country {country!r}", code="E404")
    qid = raw.get("qid")
    if qid is not None and not (isinstance(qid, str) and _QID.fullmatch(qid)):
        raise ResolutionError(f"{where}: {name!r} has bad QID {qid!r}", code="E405")
    return ActorEntry(
        key=key,
        name=name.strip(),
        kind=kind,
        country=country,
        aliases=_strs(raw.get("aliases"), where),
        short=_strs(raw.get("short"), where),
        qid=qid,
        person=bool(raw.get("person", False)),
        generic=_strs(raw.get("generic"), where),
        shared=_strs(raw.get("shared"), where),
    )


def _generic(raw: Any, where: str) -> GenericEntry:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise ResolutionError(f"{where}: a generic actor needs a name", code="E402")
    unknown = set(raw) - _GENERIC_FIELDS
    if unknown:
        raise ResolutionError(f"{where}: unknown fields {sorted(map(str, unknown))}", code="E402")
    name: str = raw["name"]
    key = raw.get("key") or re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    kind = raw.get("kind", "unknown")
    if kind not in ACTOR_KINDS:
        raise ResolutionError(f"{where}: generic {name!r} has unknown kind {kind!r}", code="E403")
    patterns = _strs(raw.get("patterns"), where)
    if not patterns:
        raise ResolutionError(f"{where}: generic {name!r} has no patterns", code="E402")
    aliases = tuple(a for a in _strs(raw.get("aliases"), where) if a != name)
    return GenericEntry(key=str(key), name=name, kind=kind, patterns=patterns, aliases=aliases)


def _parse(text: str, where: str) -> dict[str, Any]:
    import yaml

    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(text, Loader=loader)  # safe loader, C-accelerated if built
    except yaml.YAMLError as exc:
        raise ResolutionError(f"{where}: not valid YAML: {exc}", code="E401") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ResolutionError(f"{where}: the top level must be a mapping", code="E401")
    return data


class _Builder:
    """Accumulates files in order; a later entry with the same key or name replaces an earlier one."""

    def __init__(self) -> None:
        self.entries: dict[str, ActorEntry] = {}
        self.by_name: dict[str, str] = {}
        self.generics: dict[str, GenericEntry] = {}
        self.countries: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def add(self, data: Mapping[str, Any], where: str) -> None:
        for i, raw in enumerate(data.get("actors") or ()):
            entry = _entry(raw, f"{where}: actors[{i}]")
            folded = entry.name.casefold()
            old_key = self.by_name.get(folded)
            if old_key is not None and old_key != entry.key:
                del self.entries[old_key]
            if entry.key in self.entries:
                self.by_name.pop(self.entries[entry.key].name.casefold(), None)
            self.entries[entry.key] = entry
            self.by_name[folded] = entry.key
        for i, raw in enumerate(data.get("generics") or ()):
            generic = _generic(raw, f"{where}: generics[{i}]")
            self.generics[generic.key] = generic
        countries = data.get("countries") or {}
        if not isinstance(countries, dict):
            raise ResolutionError(f"{where}: countries must be a mapping", code="E401")
        for code, raw in countries.items():
            if not (isinstance(code, str) and re.fullmatch(r"[A-Z]{2}", code) and isinstance(raw, dict)):
                raise ResolutionError(f"{where}: bad country entry {code!r}", code="E404")
            names = _strs(raw.get("names"), f"{where}: countries.{code}")
            adjectives = _strs(raw.get("adjectives"), f"{where}: countries.{code}")
            self.countries[code] = (names, adjectives)


def _packaged() -> tuple[str, list[tuple[str, str]]]:
    root = resources.files(_PACKAGE)
    manifest = _parse(root.joinpath("manifest.yaml").read_text(encoding="utf-8"), "manifest.yaml")
    version = manifest.get("version")
    if not isinstance(version, str):
        raise ResolutionError("manifest.yaml: no version", code="E401")
    files = _strs(manifest.get("files"), "manifest.yaml")
    return version, [(name, root.joinpath(name).read_text(encoding="utf-8")) for name in files]


def load_data(extra: Iterable[Path] = ()) -> ActorData:
    """Read the packaged files, then each user file in order (later wins)."""
    version, files = _packaged()
    builder = _Builder()
    for name, text in files:
        builder.add(_parse(text, name), name)
    digest = hashlib.sha256()
    extras: Sequence[Path] = list(extra)
    for path in extras:
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise ResolutionError(f"cannot read actor dictionary {path}: {exc}", code="E406") from exc
        digest.update(hashlib.sha256(raw).digest())
        builder.add(_parse(raw.decode("utf-8"), str(path)), str(path))
    if extras:
        version = f"{version}+user.{digest.hexdigest()[:12]}"
    return ActorData(
        version=version,
        entries=tuple(builder.entries.values()),
        generics=tuple(builder.generics.values()),
        countries=dict(builder.countries),
    )
