"""The packaged event lexicons (``data/lexicon/*.yaml``), read once on first use."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from ..errors import ConfigError

__all__ = ["TriggerEntry", "load_yaml", "senses", "trigger_entries", "word_set"]


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One trigger pattern: the words to match, where its head is, and the sense checks it needs."""

    type: str
    subtype: str | None
    words: tuple[str, ...]  # words to match; "" marks a gap
    gaps: tuple[int, ...]  # for each word, how many free tokens may precede it (0 for none)
    head: int  # index into ``words`` of the head word
    pos: tuple[str, ...]
    checks: tuple[str, ...]
    order: int  # position in the lexicon: earlier entries win ties
    status: str | None = None  # "negated" or "predicted" as the words tell ("sentenced to death")


@functools.cache
def load_yaml(name: str) -> Any:
    """A YAML file of ``eventwire/data/lexicon``; ConfigError [E120] when it is missing or broken."""
    try:
        text = resources.files("eventwire").joinpath("data", "lexicon", name).read_text(encoding="utf-8")
        return yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"lexicon {name!r} cannot be read: {exc}", code="E120") from exc


@functools.cache
def senses() -> dict[str, frozenset[str]]:
    """Word lists of ``senses.yaml`` as lower-case sets."""
    data = load_yaml("senses.yaml")
    return {key: frozenset(str(w).lower() for w in words) for key, words in data.items()}


def word_set(name: str) -> frozenset[str]:
    return senses().get(name, frozenset())


def _parse_phrase(phrase: str) -> tuple[tuple[str, ...], tuple[int, ...], int]:
    words: list[str] = []
    gaps: list[int] = []
    head = 0
    gap = 0
    for raw in phrase.split():
        if raw.startswith("..") and raw[2:].isdigit():
            gap = int(raw[2:])
            continue
        word = raw
        if word.startswith("^") and len(word) > 1:
            head = len(words)
            word = word[1:]
        words.append(word.lower())
        gaps.append(gap)
        gap = 0
    return tuple(words), tuple(gaps), head


@functools.cache
def trigger_entries() -> tuple[TriggerEntry, ...]:
    """Every trigger pattern of ``triggers.yaml``, in lexicon order."""
    data = load_yaml("triggers.yaml")
    out: list[TriggerEntry] = []
    for etype, groups in data.items():
        for group in groups:
            pos = tuple(group.get("pos") or ())
            checks = tuple(group.get("checks") or ())
            subtype = group.get("subtype")
            status = group.get("status")
            phrases = [str(w) for w in group.get("lemmas") or ()]
            phrases += [str(p) for p in group.get("phrases") or ()]
            for phrase in phrases:
                words, gaps, head = _parse_phrase(phrase)
                if not words:
                    continue
                out.append(
                    TriggerEntry(
                        type=str(etype),
                        subtype=subtype,
                        words=words,
                        gaps=gaps,
                        head=head,
                        pos=pos,
                        checks=checks,
                        order=len(out),
                        status=str(status) if status else None,
                    )
                )
    return tuple(out)
