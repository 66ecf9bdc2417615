"""The attribution cue lexicon: which words make a statement someone's claim.

The lexicon lives in ``eventwire/data/lexicon/cues.yaml`` and is read on the
first call to :func:`load_cue_lexicon` (never at import).
"""

from __future__ import annotations

import functools
import importlib.resources
from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError
from ..records import ActorKind

__all__ = ["CueLexicon", "load_cue_lexicon"]

_RESOURCE = ("data", "lexicon", "cues.yaml")


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Word lists that drive claim extraction; every set holds lowercase lemmas or words."""

    speech_verbs: frozenset[str]
    object_verbs: frozenset[str]
    prep_verbs: dict[str, frozenset[str]]
    weak_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    figure_nouns: frozenset[str]
    showing_verbs: frozenset[str]
    toll_nouns: frozenset[str]
    prep_cues: tuple[tuple[str, ...], ...]
    citing_words: frozenset[str]
    passive_subject_speaker: frozenset[str]
    anaphor_nouns: dict[str, frozenset[str]]
    person_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    kind_keywords: tuple[tuple[ActorKind, tuple[str, ...]], ...]

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> CueLexicon:
        """Build a lexicon from the parsed YAML mapping; [E160] when a key is missing."""

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in _need(data, key))

        try:
            return cls(
                speech_verbs=words("speech_verbs"),
                object_verbs=words("object_verbs"),
                prep_verbs={
                    str(k): frozenset(str(p) for p in v) for k, v in _need(data, "prep_verbs").items()
                },
                weak_verbs=words("weak_verbs"),
                belief_verbs=words("belief_verbs"),
                naming_verbs=words("naming_verbs"),
                figure_nouns=words("figure_nouns"),
                showing_verbs=words("showing_verbs"),
                toll_nouns=words("toll_nouns"),
                prep_cues=tuple(tuple(str(w) for w in c) for c in _need(data, "prep_cues")),
                citing_words=words("citing_words"),
                passive_subject_speaker=words("passive_subject_speaker"),
                anaphor_nouns={
                    str(k): frozenset(str(w) for w in v) for k, v in _need(data, "anaphor_nouns").items()
                },
                person_nouns=words("person_nouns"),
                person_pronouns=words("person_pronouns"),
                plural_pronouns=words("plural_pronouns"),
                thing_pronouns=words("thing_pronouns"),
                kind_keywords=tuple(
                    (kind, tuple(str(w) for w in kws)) for kind, kws in _need(data, "kind_keywords")
                ),
            )
        except (TypeError, ValueError, AttributeError) as exc:
            raise ConfigError(f"malformed cue lexicon: {exc}", code="E161") from exc

    @property
    def anaphor_all(self) -> frozenset[str]:
        """Every generic noun that can refer back to an earlier speaker."""
        out: set[str] = set()
        for group in self.anaphor_nouns.values():
            out |= group
        return frozenset(out)


def _need(data: dict[str, Any], key: str) -> Any:
    if key not in data:
        raise ConfigError(f"cue lexicon has no {key!r} entry", code="E160")
    return data[key]


@functools.cache
def load_cue_lexicon() -> CueLexicon:
    """The packaged English cue lexicon (read once, then cached)."""
    import yaml

    resource = importlib.resources.files("eventwire").joinpath(*_RESOURCE)
    data = yaml.safe_load(resource.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ConfigError("cue lexicon is not a mapping", code="E160")
    return CueLexicon.from_mapping(data)
