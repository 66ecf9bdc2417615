"""A small learned re-typing of the rules' final events (an experiment; off by default).

The rules give every event one of nine types; on unseen authors' text about one matched event in
eight gets the wrong one (killing vs attack, attack vs strike, repression vs arrest …), and a
type error costs event F1 twice (a miss and an extra). This model looks at each final
:class:`~eventwire.records.Event` once more and asks "which type would the gold authors give
it?", from cheap, mostly non-lexical features: the rules' type, subtype (sense) and status, the
trigger's part of speech, outcome and instrument words near the trigger and in its sentence,
the kinds of the bound actors by role, and the kinds of the attached figures. A multinomial
logistic regression (numpy at training, plain Python at run time) trained by
``scripts/train_type_model.py`` on the open gold sets and stored as plain JSON in
``eventwire/data/models/type_model.json``. An event is re-typed only when the model's
probability of another type exceeds that of the rules' type by the model's ``margin``.

See ``docs/type-model.md`` for the protocol and the leave-one-author-set-out measurements. The
pipeline applies it only when ``Settings.type_model`` is on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..records import EVENT_STATUSES, EVENT_TYPES, MAGNITUDE_KINDS
from .models import packaged_model
from .softmax import fields_from_dict, fields_to_dict, margin_choice, softmax_probabilities
from .syntax import lemmas, lowers, token_at

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc

    from ..records import Event

__all__ = [
    "BASE_FEATURES",
    "FORMAT_VERSION",
    "TypeModel",
    "base_features",
    "load_type_model",
    "retype_events",
    "trigger_lemma",
]

FORMAT_VERSION = 1
MODEL_FILE = "type_model.json"
SUBTYPE_PREFIX = "subtype="
PRIOR_PREFIX = "prior="
NEAR = 6
"""Tokens either side of the trigger that count as "near" (inside its evidence sentence)."""

# Cue words (lower-cased tokens) by class: what happened to people, and with what.
CUES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "death": frozenset({
            "killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "death", "deaths",
            "bodies", "body", "fatalities", "slain", "murdered", "murder", "lives", "lifeless",
        }),
        "injury": frozenset({"wounded", "injured", "injuries", "injuring", "wounding", "hurt", "wounds"}),
        "arrest": frozenset({
            "arrested", "arrest", "arrests", "detained", "detention", "detainees", "custody",
            "jailed", "imprisoned", "abducted", "rounded",
        }),
        "execution": frozenset({"executed", "execution", "executions", "hanged", "hanging", "gallows"}),
        "torture": frozenset({
            "tortured", "torture", "beaten", "beating", "beatings", "abused", "abuse",
            "mistreated", "ill-treatment", "ill-treated",
        }),
        "heavy_weapon": frozenset({
            "drone", "drones", "missile", "missiles", "shell", "shells", "shelling", "rocket",
            "rockets", "airstrike", "airstrikes", "air", "bomb", "bombs", "bombing", "explosion",
            "explosive", "explosives", "grenade", "grenades", "mortar", "mortars", "artillery",
        }),
        "gun": frozenset({
            "gunfire", "gunmen", "gunman", "bullets", "bullet", "ammunition", "rifles", "guns",
            "gun", "fired", "shooting", "shot", "shots",
        }),
        "crowd_control": frozenset({
            "tear", "teargas", "cannon", "cannons", "batons", "baton", "truncheons", "rubber",
            "pellets", "dispersed", "disperse", "clubs", "charged",
        }),
        "protest": frozenset({
            "protesters", "protestors", "demonstrators", "protest", "protests", "rally", "rallies",
            "march", "marched", "marchers", "demonstration", "demonstrations",
        }),
        "labor": frozenset({
            "workers", "union", "unions", "walkout", "wages", "wage", "pay", "employees",
            "salaries", "salary", "staff", "strike", "strikes", "striking",
        }),
        "riot": frozenset({
            "clashes", "clashed", "looted", "looting", "torched", "burned", "burnt", "stones",
            "rocks", "vandalised", "vandalized",
        }),
    }
)  # fmt: skip
_DOER_ROLES = frozenset({"perpetrator", "initiator", "participant"})
_VICTIM_ROLES = frozenset({"victim", "target"})
ACTOR_GROUPS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "state": frozenset({"state", "security_forces", "judiciary"}),
        "armed": frozenset({"armed_group"}),
        "crowd": frozenset({"protesters", "students", "opposition_group", "political_party", "religious"}),
        "labor": frozenset({"labor"}),
        "civilians": frozenset({"civilians", "media", "rights_group", "international", "unknown"}),
    }
)
_POS = ("VERB", "NOUN")

BASE_FEATURES: tuple[str, ...] = (
    *(f"type={t}" for t in EVENT_TYPES),
    *(f"status={s}" for s in EVENT_STATUSES),
    "scope=aggregate",
    *(f"trigger_pos={p}" for p in _POS),
    "trigger_plural",
    "trigger_multiword",
    *(f"near:{c}" for c in CUES),
    *(f"sentence:{c}" for c in CUES),
    *(f"doer:{g}" for g in ACTOR_GROUPS),
    *(f"victim:{g}" for g in ACTOR_GROUPS),
    *(f"magnitude={k}" for k in MAGNITUDE_KINDS),
)
_INDEX = {name: i for i, name in enumerate(BASE_FEATURES)}
_KIND_GROUP = {kind: g for g, kinds in ACTOR_GROUPS.items() for kind in kinds}


def trigger_lemma(event: Event, doc: Doc) -> str:
    """The lemmas of the trigger's tokens (the key of the optional trigger prior)."""
    first = token_at(doc, event.trigger.start)
    last = token_at(doc, max(event.trigger.end - 1, event.trigger.start))
    if first is None or last is None:
        return event.trigger.text.lower()
    return " ".join(lemmas(doc)[first.i : last.i + 1])


def base_features(event: Event, doc: Doc) -> list[float]:
    """The fixed part of the feature vector (:data:`BASE_FEATURES`).

    Cheap: two token lookups for the trigger and its sentence, one slice of the cached
    lower-cased tokens, a pass over the event's actors and figures.
    """
    x = [0.0] * len(BASE_FEATURES)
    idx = _INDEX
    x[idx[f"type={event.type}"]] = 1.0
    x[idx[f"status={event.status}"]] = 1.0
    x[idx["scope=aggregate"]] = float(event.scope == "aggregate")
    x[idx["trigger_multiword"]] = float(" " in event.trigger.text.strip())
    tok = token_at(doc, event.trigger.start)
    if tok is not None:
        if tok.pos_ in _POS:
            x[idx[f"trigger_pos={tok.pos_}"]] = 1.0
        x[idx["trigger_plural"]] = float(tok.tag_ in {"NNS", "NNPS"})
        last = token_at(doc, max(event.trigger.end - 1, event.trigger.start)) or tok
        first_tok = token_at(doc, event.evidence.start)
        last_tok = token_at(doc, max(event.evidence.end - 1, event.evidence.start))
        lo = first_tok.i if first_tok is not None and first_tok.i <= tok.i else tok.i
        hi = last_tok.i if last_tok is not None and last_tok.i >= last.i else last.i
        words = lowers(doc)
        sentence = frozenset(words[lo : hi + 1])
        near = frozenset(words[max(lo, tok.i - NEAR) : min(hi, last.i + NEAR) + 1])
        for cue, cue_words in CUES.items():
            if not cue_words.isdisjoint(sentence):
                x[idx[f"sentence:{cue}"]] = 1.0
                if not cue_words.isdisjoint(near):
                    x[idx[f"near:{cue}"]] = 1.0
    for actor in event.actors:
        group = _KIND_GROUP.get(actor.kind)
        if group is None:
            continue
        if actor.role in _DOER_ROLES:
            x[idx[f"doer:{group}"]] = 1.0
        elif actor.role in _VICTIM_ROLES:
            x[idx[f"victim:{group}"]] = 1.0
    for magnitude in event.magnitudes:
        x[idx[f"magnitude={magnitude.kind}"]] = 1.0
    return x


@dataclass(frozen=True, slots=True)
class TypeModel:
    """Multinomial logistic model: ``P(type k) ∝ exp(w_k·(x − mean)/scale + b_k)``.

    ``features`` is :data:`BASE_FEATURES`, then one ``subtype=…`` one-hot per subtype seen in
    training, then (optionally) one ``prior=<type>`` value per type from the trigger prior.
    """

    version: int
    features: tuple[str, ...]
    classes: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[tuple[float, ...], ...]  # one row per class
    bias: tuple[float, ...]
    margin: float
    trained_on: tuple[str, ...] = ()
    prior: Mapping[str, tuple[float, ...]] = field(
        default_factory=lambda: MappingProxyType({}), compare=False, hash=False
    )
    """Per trigger lemma: smoothed log-ratio of each class's rate to its overall rate."""

    def __post_init__(self) -> None:
        n = len(self.features)
        if self.features[: len(BASE_FEATURES)] != BASE_FEATURES:
            raise ValueError("type model: the model's features are not this code's features")
        if not set(self.classes) <= set(EVENT_TYPES) or len(set(self.classes)) != len(self.classes):
            raise ValueError("type model: unknown or repeated classes")
        if not (len(self.mean) == len(self.scale) == n):
            raise ValueError("type model: features, mean and scale differ in length")
        if len(self.weights) != len(self.classes) or len(self.bias) != len(self.classes):
            raise ValueError("type model: one weight row and one bias per class")
        if any(len(row) != n for row in self.weights):
            raise ValueError("type model: a weight row is not as long as the features")
        extra = self.features[len(BASE_FEATURES) :]
        for name in extra:
            if not name.startswith((SUBTYPE_PREFIX, PRIOR_PREFIX)):
                raise ValueError(f"type model: unknown feature {name!r}")

    @property
    def subtypes(self) -> tuple[str, ...]:
        return tuple(f[len(SUBTYPE_PREFIX) :] for f in self.features if f.startswith(SUBTYPE_PREFIX))

    @property
    def uses_prior(self) -> bool:
        return any(f.startswith(PRIOR_PREFIX) for f in self.features)

    def vector(self, event: Event, doc: Doc) -> list[float]:
        x = base_features(event, doc)
        x.extend(float(event.subtype == s) for s in self.subtypes)
        if self.uses_prior:
            row = self.prior.get(trigger_lemma(event, doc))
            x.extend(row if row is not None else (0.0,) * len(self.classes))
        return x

    def probabilities(self, x: Sequence[float]) -> list[float]:
        return softmax_probabilities(x, self.mean, self.scale, self.weights, self.bias)

    def decide(self, rule_type: str, probabilities: Sequence[float]) -> str:
        """The rules' type unless another type's probability beats it by more than ``margin``."""
        return margin_choice(self.classes, rule_type, probabilities, self.margin)

    def retype(self, event: Event, doc: Doc) -> Event:
        new = self.decide(event.type, self.probabilities(self.vector(event, doc)))
        if new == event.type:
            return event
        return event.replace(type=new, subtype=None)

    def to_dict(self) -> dict[str, Any]:
        return {
            **fields_to_dict(self),
            "prior": {k: [round(v, 4) for v in row] for k, row in sorted(self.prior.items())},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TypeModel:
        return cls(
            **fields_from_dict(data, "type model", FORMAT_VERSION),
            prior=MappingProxyType(
                {str(k): tuple(float(v) for v in row) for k, row in data.get("prior", {}).items()}
            ),
        )


@lru_cache(maxsize=1)
def load_type_model() -> TypeModel:
    """The packaged model (read once)."""
    return TypeModel.from_dict(packaged_model(MODEL_FILE))


def retype_events(events: Sequence[Event], doc: Doc, model: TypeModel | None = None) -> tuple[Event, ...]:
    """``events`` with each one's type as the model decides (order and everything else kept)."""
    model = model or load_type_model()
    return tuple(model.retype(e, doc) for e in events)
