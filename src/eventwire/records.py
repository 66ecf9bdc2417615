"""Frozen, typed records of the output contract (``shared/spec/event-data.md``).

Every record here is public API: field names follow the spec exactly. Fields
may be added (always with a default, at the end), never renamed or removed.

Records serialise with :meth:`to_dict` (JSON-ready, spec field order) and load
with :meth:`from_dict`. Optional character offsets (``start_char``/``end_char``
of an inferred :class:`Time` or implied :class:`Actor`) are left out of the
dict when they are ``None``, as the spec says they are *absent*. A field marked
``metadata={SERIALISED: False}`` (``Event.raw_confidence``) is run-time state, not part of the
contract: never in ``to_dict``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints

__all__ = [
    "ACTOR_KINDS",
    "ACTOR_ROLES",
    "EVENT_STATUSES",
    "EVENT_TYPES",
    "MAGNITUDE_KINDS",
    "PRECISIONS",
    "Actor",
    "ActorKind",
    "ActorRole",
    "Claim",
    "Document",
    "Event",
    "EventStatus",
    "EventType",
    "InferredName",
    "Magnitude",
    "Place",
    "Result",
    "Span",
    "Time",
    "canonical_json",
    "content_hash",
    "inferred",
    "split_inferred",
]

EventType = Literal[
    "protest", "strike", "riot", "repression", "killing", "execution", "arrest", "torture", "attack"
]
EventStatus = Literal["asserted", "attributed", "predicted", "hypothetical", "negated"]
Scope = Literal["single", "aggregate"]
Precision = Literal["day", "week", "month", "season", "quarter", "year", "decade", "unknown"]
Anchor = Literal["absolute", "document", "context", "unresolved"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
PlaceFeature = Literal["country", "admin1", "admin2", "city", "place", "region"]
PlacePrecision = Literal["point", "city", "admin2", "admin1", "country"]
ActorKind = Literal[
    "state",
    "security_forces",
    "judiciary",
    "political_party",
    "opposition_group",
    "armed_group",
    "labor",
    "students",
    "civilians",
    "protesters",
    "religious",
    "media",
    "rights_group",
    "international",
    "unknown",
]
ActorRole = Literal["initiator", "target", "perpetrator", "victim", "participant", "speaker"]
MagnitudeKind = Literal[
    "participants", "fatalities", "injuries", "arrests", "executions", "localities", "provinces", "other"
]
Qualifier = Literal[
    "exact", "approximate", "at_least", "more_than", "at_most", "fewer_than", "range", "vague"
]
PublishedSource = Literal["html-meta", "dateline", "url", "user", "none"]

EVENT_TYPES: tuple[str, ...] = get_args(EventType)
PRECISIONS: tuple[str, ...] = get_args(Precision)
EVENT_STATUSES: tuple[str, ...] = get_args(EventStatus)
ACTOR_KINDS: tuple[str, ...] = get_args(ActorKind)
ACTOR_ROLES: tuple[str, ...] = get_args(ActorRole)
MAGNITUDE_KINDS: tuple[str, ...] = get_args(MagnitudeKind)

# Fields dropped from ``to_dict`` output when they are None (spec: "absent"; only an
# implied Actor has a None text).
_OMIT_IF_NONE = frozenset({"text", "start_char", "end_char"})
# Field metadata key: a field marked ``{SERIALISED: False}`` is run-time state, left out of ``to_dict``
# (and so of every output, store row and content id); ``from_dict`` gives it its default.
SERIALISED = "eventwire.serialised"

R = TypeVar("R", bound="_Record")


def canonical_json(value: Any) -> str:
    """JSON with sorted keys and no whitespace: the input of every content id."""
    return _CANONICAL(value)


# ``json.dumps`` with options builds a new encoder per call; this one is built once.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


def content_hash(value: Any) -> str:
    """``sha256:<hex>`` of a string, or of the canonical JSON of any other value."""
    data = value if isinstance(value, str) else canonical_json(value)
    return "sha256:" + hashlib.sha256(data.encode("utf-8")).hexdigest()


class _Record:
    """Mixin: dict round-trip for the frozen dataclasses below."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        names = _FIELD_NAMES.get(type(self))
        if names is None:
            fields = dataclasses.fields(self)  # type: ignore[arg-type]
            names = tuple(f.name for f in fields if f.metadata.get(SERIALISED, True))
            _FIELD_NAMES[type(self)] = names
        out: dict[str, Any] = {}
        for name in names:
            value = getattr(self, name)
            if value is None:
                if name not in _OMIT_IF_NONE:
                    out[name] = None
            elif type(value) in _SCALARS:
                out[name] = value  # most fields: nothing to convert (:func:`_dump`, inlined)
            else:
                out[name] = _dump(value)
        return out

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        hints = _hints(cls)
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name in data:
                kwargs[f.name] = _load(hints[f.name], data[f.name])
            elif f.name in _OMIT_IF_NONE:
                kwargs[f.name] = None
        return cls(**kwargs)

    def replace(self: R, **changes: Any) -> R:
        """A copy with some fields changed (records are frozen)."""
        return replace(self, **changes)


D = TypeVar("D")
# Init field names per dataclass, for :func:`replace`; None for a class it leaves to dataclasses.replace.
_INIT_NAMES: dict[type, tuple[str, ...] | None] = {}


def replace(obj: D, /, **changes: Any) -> D:
    """``dataclasses.replace(obj, **changes)``, with the field names looked up once per class
    (``dataclasses.replace`` walks ``fields()`` per call, and events are copied many times each).
    A class with init=False fields or init-only variables takes ``dataclasses.replace`` itself."""
    cls = type(obj)
    try:
        names = _INIT_NAMES[cls]
    except KeyError:
        fields = dataclasses.fields(obj)  # type: ignore[arg-type]
        declared: dict[str, Any] = cls.__dataclass_fields__  # type: ignore[attr-defined]
        plain = len(fields) == len(declared) and all(f.init for f in fields)
        names = _INIT_NAMES[cls] = tuple(f.name for f in fields) if plain else None
    if names is None:
        return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    setters = _SETTERS.get(cls)
    if setters is None:
        setters = _SETTERS[cls] = _slot_setters(cls, names)
    if setters and _NAME_SETS[cls].issuperset(changes):
        # what the generated __init__ does, one slot store per field without its frozen-class
        # ``object.__setattr__`` call: a third of the time for an event's sixteen fields
        out: D = object.__new__(cls)
        for name, set_slot in setters:
            set_slot(out, changes[name] if name in changes else getattr(obj, name))
        return out
    kwargs = {name: getattr(obj, name) for name in names}
    kwargs.update(changes)
    return cls(**kwargs)


# Per class with slots, a generated __init__ and no __post_init__: (field, slot setter) pairs;
# () for any other class (it is built through its __init__).
_SETTERS: dict[type, tuple[tuple[str, Callable[[Any, Any], None]], ...]] = {}
_NAME_SETS: dict[type, frozenset[str]] = {}


def _slot_setters(cls: type, names: tuple[str, ...]) -> tuple[tuple[str, Callable[[Any, Any], None]], ...]:
    init = getattr(cls.__init__, "__code__", None)  # type: ignore[misc]
    if init is None or init.co_filename != "<string>" or hasattr(cls, "__post_init__"):
        return ()  # an __init__ of its own, or one that does more than store the fields
    out = []
    for name in names:
        slot = next((k.__dict__[name] for k in cls.__mro__ if name in k.__dict__), None)
        if not isinstance(slot, types.MemberDescriptorType):
            return ()
        out.append((name, slot.__set__))
    _NAME_SETS[cls] = frozenset(names)
    return tuple(out)


# Field names per record class, in declaration order (``dataclasses.fields`` rebuilds them per call).
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
_SCALARS = frozenset({str, int, float, bool})


def _dump(value: Any) -> Any:
    if value is None or type(value) in _SCALARS:
        return value  # most fields: nothing to convert
    if isinstance(value, _Record):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_dump(v) for v in value]
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


def _load(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        for arg in get_args(tp):
            if arg is not type(None):
                return _load(arg, value)
    if origin is tuple:
        (item_tp, *_rest) = get_args(tp)
        return tuple(_load(item_tp, v) for v in value)
    if isinstance(tp, type) and issubclass(tp, _Record):
        return tp.from_dict(value)
    return value


@dataclass(frozen=True, slots=True)
class Span(_Record):
    """Characters of ``Document.text``: ``text == document.text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Time(_Record):
    """A temporal expression, normalised (TIMEX3-style value, ISO interval, precision)."""

    text: str
    start_char: int | None
    end_char: int | None
    value: str | None
    start: str | None
    end: str | None
    precision: Precision
    anchor: Anchor
    type: TimexType = "DATE"  # TIMEX3 type; DURATION and SET never date an event


@dataclass(frozen=True, slots=True)
class Place(_Record):
    """A toponym and what it resolves to in the gazetteer."""

    text: str
    start_char: int
    end_char: int
    name: str | None
    geonames_id: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    feature: PlaceFeature | None
    precision: PlacePrecision | None


@dataclass(frozen=True, slots=True)
class InferredName(_Record):
    """A name an actor was given from the story, not from the actor dictionary, and the step that gave it."""

    name: str
    step: str  # a short provenance label, "<module>.<rule>" ("binding_implied.rioters")


@dataclass(frozen=True, slots=True)
class Actor(_Record):
    """Who did it, to whom, or who says so."""

    text: str | None
    start_char: int | None
    end_char: int | None
    name: str
    aliases: tuple[str, ...]  # other names the actor dictionary holds for this actor
    kind: ActorKind
    role: ActorRole | None
    country: str | None
    identifier: str | None = None  # Wikidata QID or a dictionary key
    dictionary_version: str | None = None
    # Names inferred from the story ("its supporters", "rioters", "<title> of <leader>"), each with the
    # step that inferred it. While a document is processed they are also held in ``aliases`` (the
    # steps read one list); :func:`split_inferred` takes them out of ``aliases`` for the result.
    inferred_names: tuple[InferredName, ...] = ()


def inferred(new: Actor, old: Actor | None, step: str) -> Actor:
    """``new`` with the aliases it holds beyond ``old``'s (all of them when ``old`` is None) marked
    as inferred by ``step``; names marked before keep their first step."""
    before = old.aliases if old is not None else ()
    marked = {x.name for x in new.inferred_names}
    added = tuple(
        InferredName(n, step) for n in dict.fromkeys(new.aliases) if n not in before and n not in marked
    )
    return replace(new, inferred_names=(*new.inferred_names, *added)) if added else new


def split_inferred(actor: Actor) -> Actor:
    """The actor as output: ``aliases`` the dictionary's names only, the names marked as inferred
    (and still held) in ``inferred_names``, in alias order. Run once, at the end of a document."""
    if not actor.inferred_names:
        return actor
    marks: dict[str, InferredName] = {}
    for x in actor.inferred_names:
        marks.setdefault(x.name, x)
    held = tuple(dict.fromkeys(n for n in actor.aliases if n in marks))
    return replace(
        actor,
        aliases=tuple(n for n in actor.aliases if n not in marks),
        inferred_names=tuple(marks[n] for n in held),
    )


@dataclass(frozen=True, slots=True)
class Magnitude(_Record):
    """A size, count or toll as written, with the bounds its qualifier implies."""

    kind: MagnitudeKind
    value: int
    low: int | None
    high: int | None
    qualifier: Qualifier
    text: str
    start_char: int
    end_char: int
    vague: bool = False  # "dozens", "hundreds": ACLED's conventional value


@dataclass(frozen=True, slots=True)
class Claim(_Record):
    """A statement attributed to a speaker."""

    id: str
    speaker: Actor
    cue: Span
    content: Span
    quote: bool
    time: Time | None
    magnitudes: tuple[Magnitude, ...]
    evidence: Span
    chain: tuple[Actor, ...] = ()  # outer speakers of nested attribution, outermost first


@dataclass(frozen=True, slots=True)
class Event(_Record):
    """Something that happened, or is said to have happened."""

    id: str
    type: EventType
    subtype: str | None
    status: EventStatus
    scope: Scope
    trigger: Span
    evidence: Span
    time: Time | None
    places: tuple[Place, ...]
    country: str | None
    actors: tuple[Actor, ...]
    magnitudes: tuple[Magnitude, ...]
    source: Actor | None
    claim_id: str | None
    confidence: float
    mentions: tuple[Span, ...] = ()  # other spans (coreferent mentions) of the same event
    raw_confidence: float | None = field(
        default=None, compare=False, repr=False, metadata={SERIALISED: False}
    )
    """The evidence score before calibration (:func:`eventwire.extract.confidence.raw_confidence`),
    ``None`` for a record not made by the rules (built by hand, loaded from JSON). Never serialised
    and not part of equality: ``confidence`` is the output; this is the input of the learned event
    filter, which calibrates it through the table it was trained with (docs/event-filter.md)."""


@dataclass(frozen=True, slots=True)
class Document(_Record):
    """An article's text and metadata, as ingested."""

    id: str
    external_id: str | None
    url: str | None
    title: str | None
    publisher: str | None
    published: str | None
    published_source: PublishedSource
    language: str
    text: str


@dataclass(frozen=True, slots=True)
class Result(_Record):
    """Everything extracted from one document."""

    document: Document
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    places: tuple[Place, ...] = ()
    times: tuple[Time, ...] = ()
    warnings: tuple[str, ...] = field(default=())
