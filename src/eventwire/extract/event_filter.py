"""A small learned filter over the rules' final events: keep, or drop as not a reportable event.

The rules propose events; this asks one question of each: "does this candidate match a real,
reportable event?". The model is an L2-regularised logistic regression over cheap features of
the final :class:`~eventwire.records.Event` and its Doc (type, status, scope, confidence,
trigger part of speech, which attributes were found, same-type duplicates in the document,
sentence cues), trained by ``scripts/train_event_filter.py`` on the open gold sets and
stored as plain JSON in ``eventwire/data/models/event_filter.json`` (no pickle). The packaged
model's action is ``dedup``: a rejected event becomes a mention of the nearest kept event of its
type and mood (most rejected candidates are unlinked repeats), and one with no such event stays;
its fold option ``where_when`` forbids a fold across sentences between records placed or dated
apart. See ``docs/event-filter.md`` for the method and the leave-one-author-set-out measurements.

Its confidence input (the ``confidence`` feature and the last key of the fold's evidence rank) is
the event's raw evidence score (``Event.raw_confidence``) through the calibration table the model
was trained with, a frozen copy stored in the model's JSON (``calibration``), not the packaged
``confidence.yaml``: refitting that table changes the records' ``confidence`` and nothing the
filter decides (:func:`filter_confidence`).

The pipeline applies it only when ``Settings.event_filter`` is on.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from ..errors import ConfigError
from ..records import EVENT_STATUSES, EVENT_TYPES
from .confidence import Calibration
from .models import packaged_model
from .syntax import lemmas, lowers, per_doc, token_at

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from spacy.tokens import Doc

    from ..records import Event

__all__ = [
    "ACTIONS",
    "FEATURE_NAMES",
    "FOLD_OPTIONS",
    "FORMAT_VERSION",
    "Action",
    "EventFilter",
    "apply_decisions",
    "event_features",
    "filter_confidence",
    "filter_events",
    "load_filter",
    "trigger_key",
]

FORMAT_VERSION = 1
Action = Literal["drop", "merge", "dedup"]
ACTIONS: tuple[Action, ...] = ("drop", "merge", "dedup")
MODEL_FILE = "event_filter.json"

# Sentence cue words (lower-cased tokens), by class.
_NEGATION = frozenset({"not", "n't", "no", "never", "deny", "denied", "denies", "without", "nor"})
_MODAL = frozenset(
    {
        "will", "would", "could", "may", "might", "should", "plan", "plans", "planned", "threaten",
        "threatened", "threatens", "call", "calls", "called", "vow", "vowed", "warn", "warned",
        "if", "unless", "risk", "fear", "feared", "possible", "likely",
    }
)  # fmt: skip
_OFF_DOMAIN = frozenset(
    {
        "match", "game", "team", "goal", "season", "league", "cup", "player", "players", "coach",
        "stock", "stocks", "shares", "market", "markets", "price", "prices", "index", "investors",
        "film", "movie", "novel", "album", "series", "episode", "video", "election",
        "vote", "votes", "poll", "polls", "budget", "bill", "law", "court", "trial", "sentenced",
    }
)  # fmt: skip
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_PERSON_ROLES = frozenset({"victim", "target"})
_DOER_ROLES = frozenset({"perpetrator", "initiator", "participant"})
_POS = ("VERB", "NOUN")

FEATURE_NAMES: tuple[str, ...] = (
    *(f"type={t}" for t in EVENT_TYPES),
    *(f"status={s}" for s in EVENT_STATUSES),
    "scope=aggregate",
    "confidence",
    "trigger_pos=VERB",
    "trigger_pos=NOUN",
    "trigger_multiword",
    "has_time",
    "time_document_anchor",
    "has_place",
    "has_country",
    "log_actors",
    "has_victim_or_target",
    "has_doer",
    "has_magnitude",
    "has_source",
    "has_claim",
    "log_mentions",
    "position",
    "in_headline",
    "log_same_type_in_doc",
    "same_type_in_sentence",
    "first_of_type",
    "log_events_in_sentence",
    "sentence_negation",
    "sentence_modal",
    "sentence_quote",
    "sentence_off_domain",
    "log_sentence_tokens",
    "trigger_plural",
    "anaphoric_determiner",
    "earlier_same_type_same_time",
    "earlier_same_type_shared_actor",
    "trigger_prior",
)
_ANAPHORIC = frozenset({"the", "this", "these", "that", "those", "its", "their", "his", "her", "such"})
_INDEX = {name: i for i, name in enumerate(FEATURE_NAMES)}
TENSOR_PREFIX = "tensor_"


_SHAPE = "eventwire.event_filter.shape"


def _shape(text: str) -> tuple[int, int]:
    """(length, offset of the first line break or -1): ``doc.text`` is rebuilt per call, so once per Doc."""
    return len(text), text.find("\n")


def _log1p(n: int) -> float:
    return math.log1p(n)


def trigger_key(event: Event, doc: Doc) -> str:
    """``type:lemma lemma …`` of the trigger's tokens: the key of the learned trigger prior."""
    first = token_at(doc, event.trigger.start)
    last = token_at(doc, max(event.trigger.end - 1, event.trigger.start))
    if first is None or last is None:
        return f"{event.type}:{event.trigger.text.lower()}"
    return f"{event.type}:{' '.join(lemmas(doc)[first.i : last.i + 1])}"


def filter_confidence(event: Event, calibration: Calibration | None = None) -> float:
    """The filter's confidence input: ``event.raw_confidence`` through ``calibration`` (default:
    the packaged model's frozen table), never through the packaged ``confidence.yaml``. A record
    without a raw score (built by hand, loaded from JSON) is read at its stated ``confidence``."""
    if event.raw_confidence is None:
        return event.confidence
    return _table(calibration).apply(event.raw_confidence)


def _table(calibration: Calibration | None) -> Calibration:
    """``calibration``, or by default the packaged model's frozen table."""
    return calibration if calibration is not None else load_filter().calibration


def event_features(
    event: Event,
    doc: Doc,
    events: Sequence[Event],
    *,
    tensor_dims: int = 0,
    prior: Mapping[str, float] | None = None,
    calibration: Calibration | None = None,
) -> list[float]:
    """The feature vector of ``event`` (one of ``events``, the document's final events).

    Cheap: one token lookup for the trigger, one slice of cached lower-cased tokens for the
    evidence sentence, a pass over the document's events. ``tensor_dims`` > 0 appends the first
    that many values of the trigger token's ``doc.tensor`` row. ``calibration`` maps the raw
    score to the ``confidence`` feature (:func:`filter_confidence`).
    """
    x = [0.0] * len(FEATURE_NAMES)
    idx = _INDEX
    x[idx[f"type={event.type}"]] = 1.0
    x[idx[f"status={event.status}"]] = 1.0
    x[idx["scope=aggregate"]] = float(event.scope == "aggregate")
    x[idx["confidence"]] = filter_confidence(event, calibration)
    tok = token_at(doc, event.trigger.start)
    if tok is not None:
        pos = tok.pos_
        if pos in _POS:
            x[idx[f"trigger_pos={pos}"]] = 1.0
        x[idx["trigger_plural"]] = float(tok.tag_ in {"NNS", "NNPS"})
        x[idx["anaphoric_determiner"]] = float(tok.i > 0 and lowers(doc)[tok.i - 1] in _ANAPHORIC)
    if prior:
        x[idx["trigger_prior"]] = prior.get(trigger_key(event, doc), 0.0)
    x[idx["trigger_multiword"]] = float(" " in event.trigger.text.strip())
    x[idx["has_time"]] = float(event.time is not None)
    x[idx["time_document_anchor"]] = float(event.time is not None and event.time.anchor == "document")
    x[idx["has_place"]] = float(bool(event.places))
    x[idx["has_country"]] = float(event.country is not None)
    x[idx["log_actors"]] = _log1p(len(event.actors))
    roles = {a.role for a in event.actors}
    x[idx["has_victim_or_target"]] = float(not _PERSON_ROLES.isdisjoint(roles))
    x[idx["has_doer"]] = float(not _DOER_ROLES.isdisjoint(roles))
    x[idx["has_magnitude"]] = float(bool(event.magnitudes))
    x[idx["has_source"]] = float(event.source is not None)
    x[idx["has_claim"]] = float(event.claim_id is not None)
    x[idx["log_mentions"]] = _log1p(len(event.mentions))
    length, first_break = per_doc(doc, _SHAPE, lambda: _shape(doc.text))
    x[idx["position"]] = event.trigger.start / max(length, 1)
    x[idx["in_headline"]] = float(0 <= event.trigger.start < first_break)
    ev = event.evidence
    same_type = 0
    same_type_sentence = 0
    in_sentence = 0
    first = True
    same_time = shared_actor = False
    names = {a.name for a in event.actors if a.role in _PERSON_ROLES}
    start = event.time.start if event.time is not None else None
    for other in events:
        if other is event:
            continue
        inside = ev.start <= other.trigger.start < ev.end
        in_sentence += inside
        if other.type == event.type:
            same_type += 1
            same_type_sentence += inside
            if other.trigger.start < event.trigger.start:
                first = False
                if start is not None and other.time is not None and other.time.start == start:
                    same_time = True
                if names and any(a.name in names for a in other.actors if a.role in _PERSON_ROLES):
                    shared_actor = True
    x[idx["earlier_same_type_same_time"]] = float(same_time)
    x[idx["earlier_same_type_shared_actor"]] = float(shared_actor)
    x[idx["log_same_type_in_doc"]] = _log1p(same_type)
    x[idx["same_type_in_sentence"]] = float(same_type_sentence > 0)
    x[idx["first_of_type"]] = float(first)
    x[idx["log_events_in_sentence"]] = _log1p(in_sentence)
    first_tok = token_at(doc, ev.start)
    last_tok = token_at(doc, max(ev.end - 1, ev.start))
    if first_tok is not None and last_tok is not None:
        words = lowers(doc)[first_tok.i : last_tok.i + 1]
        found = frozenset(words)
        x[idx["sentence_negation"]] = float(not _NEGATION.isdisjoint(found))
        x[idx["sentence_modal"]] = float(not _MODAL.isdisjoint(found))
        x[idx["sentence_quote"]] = float(not _QUOTES.isdisjoint(found))
        x[idx["sentence_off_domain"]] = float(not _OFF_DOMAIN.isdisjoint(found))
        x[idx["log_sentence_tokens"]] = _log1p(len(words))
    if tensor_dims:
        row = doc.tensor[tok.i] if tok is not None and doc.tensor is not None and len(doc.tensor) else None
        if row is None or len(row) < tensor_dims:
            x.extend([0.0] * tensor_dims)
        else:
            x.extend(float(v) for v in row[:tensor_dims])
    return x


@dataclass(frozen=True, slots=True)
class EventFilter:
    """A logistic model over :func:`event_features`: ``P(match) = σ(w·(x − mean)/scale + b)``."""

    version: int
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    tensor_dims: int = 0
    trained_on: tuple[str, ...] = ()
    action: Action = "drop"
    """What becomes of a rejected event (see :func:`apply_decisions`)."""
    fold: tuple[str, ...] = ()
    """Options of the fold of a rejected event into a kept one (:data:`FOLD_OPTIONS`)."""
    prior: Mapping[str, float] = field(
        default_factory=lambda: MappingProxyType({}), compare=False, hash=False
    )
    """Smoothed log-odds of a match per :func:`trigger_key`, relative to all candidates."""
    calibration: Calibration = field(default_factory=lambda: Calibration(bins=()))
    """The confidence table the model was trained with (frozen with its weights): raw score to its
    ``confidence`` feature and evidence rank (:func:`filter_confidence`); identity without bins."""

    def __post_init__(self) -> None:
        n = len(self.features)
        if not (len(self.mean) == len(self.scale) == len(self.weights) == n):
            raise ValueError("event filter: features, mean, scale and weights differ in length")
        if self.action not in ACTIONS:
            raise ValueError(f"event filter: unknown action {self.action!r}")
        if not set(self.fold) <= set(FOLD_OPTIONS):
            raise ValueError(f"event filter: unknown fold options {self.fold!r}")
        if self.features[: len(FEATURE_NAMES)] != FEATURE_NAMES or n != len(FEATURE_NAMES) + self.tensor_dims:
            raise ValueError("event filter: the model's features are not this code's features")

    def probability(self, x: Sequence[float]) -> float:
        z = self.bias
        for v, m, s, w in zip(x, self.mean, self.scale, self.weights, strict=True):
            z += w * (v - m) / s
        if z < -30.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def keep(self, event: Event, doc: Doc, events: Sequence[Event]) -> bool:
        x = event_features(
            event, doc, events, tensor_dims=self.tensor_dims, prior=self.prior, calibration=self.calibration
        )
        return self.probability(x) >= self.threshold

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "features": list(self.features),
            "mean": [round(v, 6) for v in self.mean],
            "scale": [round(v, 6) for v in self.scale],
            "weights": [round(v, 6) for v in self.weights],
            "bias": round(self.bias, 6),
            "threshold": round(self.threshold, 4),
            "tensor_dims": self.tensor_dims,
            "trained_on": list(self.trained_on),
            "action": self.action,
            "fold": list(self.fold),
            "calibration": self.calibration.to_dict(),
            "prior": {k: round(v, 4) for k, v in sorted(self.prior.items())},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventFilter:
        if data.get("version") != FORMAT_VERSION:
            raise ValueError(
                f"event filter: format version {data.get('version')!r}, expected {FORMAT_VERSION}"
            )
        if "calibration" not in data:
            raise ConfigError(
                "event filter: the model has no calibration table (its confidence input)", code="E121"
            )
        return cls(
            version=FORMAT_VERSION,
            features=tuple(str(f) for f in data["features"]),
            mean=tuple(float(v) for v in data["mean"]),
            scale=tuple(float(v) for v in data["scale"]),
            weights=tuple(float(v) for v in data["weights"]),
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            tensor_dims=int(data.get("tensor_dims", 0)),
            trained_on=tuple(str(s) for s in data.get("trained_on", ())),
            action=_action(data.get("action", "drop")),
            fold=tuple(str(f) for f in data.get("fold", ())),
            prior=MappingProxyType({str(k): float(v) for k, v in data.get("prior", {}).items()}),
            calibration=Calibration.from_dict(data["calibration"]),
        )


@lru_cache(maxsize=1)
def load_filter() -> EventFilter:
    """The packaged model (read once)."""
    return EventFilter.from_dict(packaged_model(MODEL_FILE))


def _action(value: object) -> Action:
    for a in ACTIONS:
        if value == a:
            return a
    raise ValueError(f"event filter: unknown action {value!r}")


_MOOD = {"asserted": "happened", "attributed": "happened", "predicted": "not yet", "hypothetical": "not yet"}

FOLD_OPTIONS: tuple[str, ...] = ("evidence", "enrich", "sources", "where_when", "far_dates", "sourced_stays")
"""Options of a fold (``dedup`` / ``merge``), see :func:`apply_decisions`."""


def _same_record_kind(a: Event, b: Event) -> bool:
    """Same type and the same mood: a claim and its denial, or a threat and its fulfilment, stay apart."""
    return a.type == b.type and _MOOD.get(a.status, a.status) == _MOOD.get(b.status, b.status)


def _specific_time(e: Event) -> bool:
    return e.time is not None and e.time.anchor != "document" and e.time.start is not None


def _sources_agree(a: Event, b: Event) -> bool:
    """The same source name, or one of the two unattributed."""
    if a.source is None or b.source is None:
        return True
    return a.source.name.strip().lower() == b.source.name.strip().lower()


def _place_names(e: Event) -> set[str]:
    return {(p.name or p.text).strip().lower() for p in e.places}


def _where_when_agree(a: Event, b: Event) -> bool:
    """In one sentence always; across sentences not when both are placed apart or dated apart."""
    if a.evidence == b.evidence:
        return True
    pa, pb = _place_names(a), _place_names(b)
    if pa and pb and pa.isdisjoint(pb):
        return False
    if _specific_time(a) and _specific_time(b):
        assert a.time is not None and b.time is not None
        return a.time.start == b.time.start
    return True


FAR_DAYS = 31
"""``far_dates``: two records whose dates lie more than this many days apart are two events."""


def _days(value: str | None) -> int | None:
    """Day number of an ISO date (``YYYY-MM-DD``; ``None`` for anything else)."""
    if value is None or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def _dated_far_apart(a: Event, b: Event) -> bool:
    """Across sentences, the two records' dates (the article's date counts) are over a month apart.

    ``where_when`` reads a time taken from the article date as no time, so an earlier event the
    article recalls ("the protests of August 10, 2022, in which 21 people were killed") could
    fold into the news event dated by the article; this reads every resolved interval.
    """
    if a.evidence == b.evidence or a.time is None or b.time is None:
        return False
    a0, a1 = _days(a.time.start), _days(a.time.end or a.time.start)
    b0, b1 = _days(b.time.start), _days(b.time.end or b.time.start)
    if a0 is None or a1 is None or b0 is None or b1 is None:
        return False
    return b0 - a1 > FAR_DAYS or a0 - b1 > FAR_DAYS


def _may_fold(kept: Event, rejected: Event, fold: frozenset[str]) -> bool:
    if not _same_record_kind(kept, rejected):
        return False
    if "sources" in fold and not _sources_agree(kept, rejected):
        return False
    if "far_dates" in fold and _dated_far_apart(kept, rejected):
        return False
    if "sourced_stays" in fold and rejected.source is not None and kept.source is None:
        return False
    if "sourced_stays" in fold and not _sources_agree(kept, rejected) and rejected.source is not None:
        return False
    return "where_when" not in fold or _where_when_agree(kept, rejected)


def _evidence(e: Event, calibration: Calibration) -> tuple[bool, bool, int, float]:
    """How well a record is evidenced: attributed, dated, filled attributes, confidence (in that
    order; the filter's confidence, :func:`filter_confidence`)."""
    filled = int(bool(e.places)) + int(bool(e.magnitudes)) + int(bool(e.actors))
    attributed = e.source is not None or e.claim_id is not None
    return (attributed, _specific_time(e), filled, filter_confidence(e, calibration))


def _enrich(survivor: Event, others: Sequence[Event]) -> Event:
    """``survivor`` with each field it lacks taken from ``others`` (the first that has it)."""
    s = survivor
    for o in others:
        changes: dict[str, Any] = {}
        if s.source is None and o.source is not None:
            changes["source"] = o.source
            if s.claim_id is None:
                changes["claim_id"] = o.claim_id
            if s.status == "asserted" and o.status == "attributed":
                changes["status"] = "attributed"
        elif s.claim_id is None and o.claim_id is not None and s.source is None:
            changes["claim_id"] = o.claim_id
        if o.time is not None and (s.time is None or (s.time.anchor == "document" and _specific_time(o))):
            changes["time"] = o.time
        if not s.places and o.places:
            changes["places"] = o.places
        if s.country is None and o.country is not None:
            changes["country"] = o.country
        if not s.magnitudes and o.magnitudes:
            changes["magnitudes"] = o.magnitudes
        roles = {a.role for a in s.actors}
        extra = tuple(a for a in o.actors if a.role not in roles)
        if extra:
            changes["actors"] = (*s.actors, *extra)
        if changes:
            s = s.replace(**changes)
    return s


def _fold(kept: Event, rejected: Sequence[Event], fold: frozenset[str], calibration: Calibration) -> Event:
    """One record from a kept record and the rejected records folded into it."""
    members = [kept, *sorted(rejected, key=lambda e: abs(e.trigger.start - kept.trigger.start))]
    survivor = max(members, key=lambda e: _evidence(e, calibration)) if "evidence" in fold else kept
    others = [m for m in members if m is not survivor]
    if "enrich" in fold:
        survivor = _enrich(survivor, others)
    spans = {*survivor.mentions, *(s for m in others for s in (m.trigger, *m.mentions))}
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    return survivor.replace(mentions=tuple(s for s in ordered if s != survivor.trigger))


def apply_decisions(
    events: Sequence[Event],
    keep: Sequence[bool],
    action: Action,
    fold: Iterable[str] = (),
    *,
    calibration: Calibration | None = None,
) -> tuple[Event, ...]:
    """The events after the filter's keep/reject decisions (order kept).

    ``drop``: a rejected event goes. ``merge``: a rejected event with a kept event of its type and
    mood in the document is folded into the nearest such event (its trigger and mentions become
    that event's mentions; the rejected one is most often a repeat the rules did not link),
    otherwise it goes. ``dedup``: as ``merge``, but a rejected event with no such kept event
    stays. Mood: asserted and attributed records are one kind, predicted and hypothetical
    another, negated a third (gold keeps a claim and its denial as two records).

    ``fold`` options (:data:`FOLD_OPTIONS`): ``evidence``: the record with the best evidence
    (source or claim, a specific time, filled attributes, confidence) survives the fold, not
    necessarily the kept one; ``enrich``: the survivor takes the fields it lacks from the folded
    records (its own values win); ``sources``: no fold between records of different sources;
    ``where_when``: no fold across sentences between records placed or dated apart;
    ``far_dates``: no fold across sentences between records dated more than :data:`FAR_DAYS`
    apart, the article's date counting as a date (a recalled earlier event is another event);
    ``sourced_stays``: a rejected record with a source folds only into a record of the same source.
    ``calibration``: the table of the filter's confidence (:func:`filter_confidence`; default the
    packaged model's), the last key of the ``evidence`` rank.
    """
    if all(keep):
        return tuple(events)
    options = frozenset(fold)
    unknown = options - set(FOLD_OPTIONS)
    if unknown:
        raise ValueError(f"event filter: unknown fold options {sorted(unknown)}")
    groups: dict[int, list[Event]] = {}
    out_keep = list(keep)
    if action != "drop":
        for i, (event, kept) in enumerate(zip(events, keep, strict=True)):
            if kept:
                continue
            near = [j for j, e in enumerate(events) if keep[j] and _may_fold(e, event, options)]
            if near:
                j = min(near, key=lambda j: abs(events[j].trigger.start - event.trigger.start))
                groups.setdefault(j, []).append(event)
            elif action == "dedup":
                out_keep[i] = True
    table = _table(calibration)
    out = []
    for i, (event, kept) in enumerate(zip(events, out_keep, strict=True)):
        if not kept:
            continue
        out.append(_fold(event, groups[i], options, table) if i in groups else event)
    return tuple(out)


def filter_events(
    events: Sequence[Event], doc: Doc, model: EventFilter | None = None, *, text: str | None = None
) -> tuple[Event, ...]:
    """``events`` after the model's decisions (:func:`apply_decisions` with its action).

    Features of every event are taken over the full list, before any is dropped. ``text`` is
    the Doc's text when the caller has it (``doc.text`` is rebuilt from the tokens per call).
    """
    model = model or load_filter()
    if text is not None:
        per_doc(doc, _SHAPE, lambda: _shape(text))
    keep = [model.keep(e, doc, events) for e in events]
    return apply_decisions(events, keep, model.action, model.fold, calibration=model.calibration)
