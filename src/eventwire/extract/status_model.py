"""A small learned re-labelling of the rules' final statuses (an experiment; off by default).

The rules give every event one of five statuses (asserted, attributed, predicted, hypothetical,
negated); on unseen authors' text about one matched event in ten gets the wrong one, and a
denial or a threat stored as asserted is the error the spec forbids. This model looks at each
final :class:`~eventwire.records.Event` once more and asks "which status would the gold authors
give it?", from cheap, non-lexical features: the rules' status, type and scope, the record's
source and claim, reporting cues in its sentence, modal / future / condition and negation
markers on the verbs governing the trigger, the trigger's verb form, its time against the
publication day, its place in the article and quotation marks around it. A multinomial
logistic regression (numpy at training, plain Python at run time) trained by
``scripts/train_status_model.py`` on the open gold sets and stored as plain JSON in
``eventwire/data/models/status_model.json``. A status changes only when the model's
probability of another status exceeds that of the rules' status by the model's ``margin``;
how the source and claim follow a change is :func:`relabel`.

See ``docs/status-model.md`` for the protocol and the leave-one-author-set-out measurements.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..records import EVENT_STATUSES, EVENT_TYPES
from .models import packaged_model
from .softmax import fields_from_dict, fields_to_dict, margin_choice, softmax_probabilities
from .syntax import children_index, lemmas, lowers, parse_tree, per_doc, sentence_starts, token_at

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc

    from ..records import Claim, Event

__all__ = [
    "FEATURES",
    "FORMAT_VERSION",
    "StatusModel",
    "apply_status_model",
    "load_status_model",
    "relabel",
    "status_features",
]

FORMAT_VERSION = 1
MODEL_FILE = "status_model.json"
CHAIN = 8
"""At most this many heads above the trigger are "governing" (inside its sentence)."""

# Cue classes on the verbs governing the trigger (lower-cased words or lemmas).
_FUTURE = frozenset({"will", "'ll", "shall", "wo"})
_MODAL = frozenset({"would", "could", "may", "might", "should", "can", "must", "ca", "'d"})
_NEG = frozenset({"not", "n't", "never", "no"})
GOVERNING: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "intent": frozenset({
            "threaten", "vow", "pledge", "promise", "plan", "intend", "prepare", "decide",
            "seek", "want", "aim", "try", "resolve", "vote", "agree", "propose", "consider",
        }),
        "call": frozenset({"call", "urge", "demand", "appeal", "ask", "invite", "order", "encourage"}),
        "warn": frozenset({"warn", "risk", "face", "expect", "predict", "fear", "anticipate", "likely"}),
        "announce": frozenset({"announce", "schedule", "set", "declare", "organise", "organize"}),
        "deny": frozenset({"deny", "reject", "dismiss", "refute", "rebut", "contest", "dispute"}),
        "report": frozenset({
            "say", "tell", "report", "claim", "allege", "accuse", "state", "add", "confirm",
            "quote", "cite", "describe", "recount", "testify", "write", "post", "insist", "note",
        }),
    }
)  # fmt: skip
_REPORTING = GOVERNING["report"] | frozenset({"according", "statement", "spokesman", "spokesperson"})
_CONDITION = frozenset({"if", "unless", "whether", "should"})
_ANYONE = frozenset({"anyone", "whoever", "anybody", "those"})
_NO_WORDS = frozenset({"no", "none", "nobody", "nothing", "neither", "nor", "without"})
_SENT_NEG = frozenset({"not", "n't", "no", "never", "none", "nobody", "deny", "denied", "denies", "without"})
_OPEN_QUOTES = frozenset({"“", "«"})
_CLOSE_QUOTES = frozenset({"”", "»"})
_PERFECT = frozenset({"has", "have", "had", "'ve", "'s"})
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "npadvmod"})
_CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_ANY_WHO = frozenset({"attempt", "attempts", "person", "one"})

LEVELS = ("own", "above")
SOURCE_GROUPS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "state": frozenset({"state", "security_forces", "judiciary"}),
        "rights_media": frozenset({"rights_group", "media", "international"}),
        "witness": frozenset({"civilians", "unknown", "religious"}),
        "movement": frozenset(
            {"political_party", "opposition_group", "labor", "students", "protesters", "armed_group"}
        ),
    }
)
_KIND_GROUP = {kind: g for g, kinds in SOURCE_GROUPS.items() for kind in kinds}
_BACKGROUND_MARKS = frozenset({"as", "when", "while", "after", "since", "before"})
DISTANT_DAYS = 60
"""An event dated this many days or more before publication is "distant past" (background)."""
BASE_FEATURES: tuple[str, ...] = (
    *(f"status={s}" for s in EVENT_STATUSES),
    *(f"type={t}" for t in EVENT_TYPES),
    "scope=aggregate",
    "has_source",
    "has_claim",
    "claim_covers_trigger",
    "claim_in_sentence",
    "claim_quote",
    "claim_cue_before_trigger",
    "sentence:reporting",
    "sentence:according_to",
    "sentence:by_count",
    "sentence:condition",
    "sentence:anyone_who",
    "sentence:negation",
    "sentence:at_no_time",
    *(f"{level}:{cue}" for level in LEVELS for cue in ("future", "modal", "to_infinitive", "negation")),
    *(f"governing:{cue}" for cue in GOVERNING),
    "condition_marks_clause",
    "no_on_argument",
    "only_before",
    "form=past",
    "form=participle",
    "form=base",
    "form=gerund",
    "form=present",
    "form=noun",
    "perfect",
    "time=future",
    "time=past",
    "time=none",
    "in_headline",
    "in_lede",
    "position",
    "in_quotes",
    # second variant (added after the first run, docs/status-model.md)
    "own:modifier",
    "own:background_clause",
    *(f"source={g}" for g in SOURCE_GROUPS),
    "source_is_publisher",
    "time=distant_past",
    "log_mentions",
    "mention_outside_sentence",
)
_INDEX = {name: i for i, name in enumerate(BASE_FEATURES)}
FEATURES = BASE_FEATURES
_SHAPE = "eventwire.status_model.shape"


def _shape(doc: Doc) -> tuple[int, int]:
    """(token index of the first line break or len(doc), start token of the lede sentence)."""
    words = lowers(doc)
    brk = len(words)
    for i, w in enumerate(words):
        if "\n" in w:
            brk = i
            break
    lede = -1
    starts = sentence_starts(doc)
    for i in range(brk + 1, len(words)):
        if words[i].strip():
            lede = starts[i]
            break
    return brk, lede


def _covering(event: Event, claims: Sequence[Claim]) -> tuple[Claim | None, Claim | None]:
    """(the claim whose content holds the trigger, the claim whose sentence holds it); the event's
    own claim first."""
    pos = event.trigger.start
    ordered = sorted(claims, key=lambda c: c.id != event.claim_id)
    content = next((c for c in ordered if c.content.start <= pos < c.content.end), None)
    sentence = next((c for c in ordered if c.evidence.start <= pos < c.evidence.end), None)
    return content, sentence


def _name_words(text: str) -> frozenset[str]:
    return frozenset(
        w for w in "".join(ch if ch.isalnum() else " " for ch in text.lower()).split() if len(w) > 2
    )


def _is_publisher(event: Event, publisher: str | None) -> bool:
    """The source is the publisher speaking of itself: the words (of three letters or more) of
    its name, written text or an alias hold all of the publisher's name's, or the reverse."""
    if event.source is None or not publisher:
        return False
    pub = _name_words(publisher)
    if not pub:
        return False
    src = event.source
    for name in (src.name, src.text or "", *src.aliases):
        words = _name_words(name)
        if words and (words <= pub or pub <= words):
            return True
    return False


def status_features(
    event: Event,
    doc: Doc,
    claims: Sequence[Claim] = (),
    published: date | None = None,
    publisher: str | None = None,
) -> list[float]:
    """The feature vector (:data:`FEATURES`) of one event.

    Cheap: a few token lookups, a walk of at most :data:`CHAIN` heads above the trigger and their
    dependents, one slice of the cached lower-cased tokens of its sentence.
    """
    x = [0.0] * len(BASE_FEATURES)
    idx = _INDEX
    x[idx[f"status={event.status}"]] = 1.0
    x[idx[f"type={event.type}"]] = 1.0
    x[idx["scope=aggregate"]] = float(event.scope == "aggregate")
    x[idx["has_source"]] = float(event.source is not None)
    x[idx["has_claim"]] = float(event.claim_id is not None)
    content, in_sentence = _covering(event, claims)
    x[idx["claim_covers_trigger"]] = float(content is not None)
    x[idx["claim_in_sentence"]] = float(in_sentence is not None)
    claim = content or in_sentence
    if claim is not None:
        x[idx["claim_quote"]] = float(claim.quote)
        x[idx["claim_cue_before_trigger"]] = float(claim.cue.start < event.trigger.start)
    t = event.time
    if t is None or t.anchor == "document" or t.start is None or published is None:
        x[idx["time=none"]] = 1.0
    elif t.start > published.isoformat():
        x[idx["time=future"]] = 1.0
    else:
        x[idx["time=past"]] = 1.0
        x[idx["time=distant_past"]] = float(_days_before(t.end or t.start, published) >= DISTANT_DAYS)
    if event.source is not None:
        group = _KIND_GROUP.get(event.source.kind)
        if group is not None:
            x[idx[f"source={group}"]] = 1.0
        x[idx["source_is_publisher"]] = float(_is_publisher(event, publisher))
    x[idx["log_mentions"]] = math.log1p(len(event.mentions))
    ev = event.evidence
    x[idx["mention_outside_sentence"]] = float(
        any(not (ev.start <= m.start < ev.end) for m in event.mentions)
    )
    tok = token_at(doc, event.trigger.start)
    if tok is None:
        return x
    words = lowers(doc)
    lems = lemmas(doc)
    pos, dep, heads = parse_tree(doc)
    children = children_index(doc)
    i = tok.i
    brk, lede = per_doc(doc, _SHAPE, lambda: _shape(doc))
    s0 = sentence_starts(doc)[i]
    first = token_at(doc, event.evidence.start)
    lo = min(first.i, i) if first is not None else s0
    last = token_at(doc, max(event.evidence.end - 1, event.evidence.start))
    hi = max(last.i, i) if last is not None else i
    x[idx["in_headline"]] = float(i < brk)
    x[idx["in_lede"]] = float(s0 == lede)
    x[idx["position"]] = i / max(len(words), 1)
    sentence = words[lo : hi + 1]
    found = frozenset(sentence)
    found_lemmas = frozenset(lems[lo : hi + 1])
    x[idx["sentence:reporting"]] = float(not _REPORTING.isdisjoint(found_lemmas))
    for k in range(len(sentence) - 1):
        a, b = sentence[k], sentence[k + 1]
        if a == "according" and b == "to":
            x[idx["sentence:according_to"]] = 1.0
        elif a == "at" and b == "no":
            x[idx["sentence:at_no_time"]] = 1.0
        elif (a in _ANYONE and b in {"who", "found", "caught"}) or (a == "any" and b in _ANY_WHO):
            x[idx["sentence:anyone_who"]] = 1.0
        elif b in {"count", "tally", "figures"} and a in {"own", "'s"}:
            x[idx["sentence:by_count"]] = 1.0
    x[idx["sentence:condition"]] = float(not {"if", "unless"}.isdisjoint(found))
    x[idx["sentence:negation"]] = float(not _SENT_NEG.isdisjoint(found))
    # the trigger's form
    tag = tok.tag_
    if tag == "VBD":
        x[idx["form=past"]] = 1.0
    elif tag == "VBN":
        x[idx["form=participle"]] = 1.0
    elif tag == "VB":
        x[idx["form=base"]] = 1.0
    elif tag == "VBG":
        x[idx["form=gerund"]] = 1.0
    elif tag in {"VBZ", "VBP"}:
        x[idx["form=present"]] = 1.0
    elif pos[i] in {"NOUN", "PROPN"}:
        x[idx["form=noun"]] = 1.0
    # the governing chain: the trigger and the heads above it, "own" up to its first verb
    level = "own"
    j = i
    for step in range(CHAIN):
        for c in children[j]:
            w, d = words[c], dep[c]
            if d in {"aux", "auxpass"}:
                if w in _FUTURE:
                    x[idx[f"{level}:future"]] = 1.0
                elif w in _MODAL:
                    x[idx[f"{level}:modal"]] = 1.0
                elif w == "to":
                    x[idx[f"{level}:to_infinitive"]] = 1.0
                elif w in _PERFECT and step == 0:
                    x[idx["perfect"]] = 1.0
            elif d == "neg" or (w in _NEG and d in {"advmod", "det"} and c < j):
                x[idx[f"{level}:negation"]] = 1.0
            elif d == "mark" and w in _CONDITION:
                x[idx["condition_marks_clause"]] = 1.0
            elif d == "mark" and w in _BACKGROUND_MARKS and level == "own" and dep[j] == "advcl":
                x[idx["own:background_clause"]] = 1.0
            elif ((d in _ARG_DEPS and step == 0) or (d in _CORE_DEPS and level == "own")) and (
                w in _NO_WORDS or any(words[g] in _NO_WORDS for g in children[c] if dep[g] == "det")
            ):
                x[idx["no_on_argument"]] = 1.0
        if level == "own" and dep[j] in {"acl", "relcl"}:
            x[idx["own:modifier"]] = 1.0
        if step > 0:
            for cue, cue_lemmas in GOVERNING.items():
                if lems[j] in cue_lemmas:
                    x[idx[f"governing:{cue}"]] = 1.0
        if pos[j] in {"VERB", "AUX"}:
            level = "above"
        h = heads[j]
        if h == j or h < lo or h > hi:
            break
        j = h
    # "only" just before the trigger (partial denials: "used only tear gas")
    if "only" in words[max(lo, i - 4) : i]:
        x[idx["only_before"]] = 1.0
    # quotation marks around the trigger
    before = words[lo:i]
    opened = sum(w in _OPEN_QUOTES for w in before) - sum(w in _CLOSE_QUOTES for w in before)
    straight = sum(w == '"' for w in before)
    x[idx["in_quotes"]] = float(opened > 0 or straight % 2 == 1)
    return x


def _days_before(day: str, published: date) -> int:
    """Days from ``day`` (ISO, possibly only a year or a month) to ``published``; 0 when unreadable."""
    parts = day.split("-")
    try:
        d = date(
            int(parts[0]), int(parts[1]) if len(parts) > 1 else 12, int(parts[2]) if len(parts) > 2 else 28
        )
    except (ValueError, IndexError):
        return 0
    return (published - d).days


def relabel(event: Event, status: str, claims: Sequence[Claim] = ()) -> Event:
    """``event`` with ``status``, its source and claim following (docs/status-model.md).

    To ``attributed``: the source stays, or comes from the claim covering the trigger (its
    content, else its sentence); with neither the event is returned unchanged. To ``asserted``:
    no source (the publisher). To a not-yet or denied status: the source stays, or comes from the
    covering claim when there is one.
    """
    if status == event.status:
        return event
    if status == "asserted":
        return event.replace(status="asserted", source=None)
    if event.source is not None:
        return event.replace(status=status)
    content, sentence = _covering(event, claims)
    claim = content or sentence
    if claim is None:
        if status == "attributed":
            return event
        return event.replace(status=status)
    return event.replace(status=status, source=claim.speaker, claim_id=claim.id)


@dataclass(frozen=True, slots=True)
class StatusModel:
    """Multinomial logistic model: ``P(status k) ∝ exp(w_k·(x − mean)/scale + b_k)``."""

    version: int
    features: tuple[str, ...]
    classes: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[tuple[float, ...], ...]  # one row per class
    bias: tuple[float, ...]
    margin: float
    trained_on: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        n = len(self.features)
        if self.features != FEATURES:
            raise ValueError("status model: the model's features are not this code's features")
        if not set(self.classes) <= set(EVENT_STATUSES) or len(set(self.classes)) != len(self.classes):
            raise ValueError("status model: unknown or repeated classes")
        if not (len(self.mean) == len(self.scale) == n):
            raise ValueError("status model: features, mean and scale differ in length")
        if len(self.weights) != len(self.classes) or len(self.bias) != len(self.classes):
            raise ValueError("status model: one weight row and one bias per class")
        if any(len(row) != n for row in self.weights):
            raise ValueError("status model: a weight row is not as long as the features")

    def probabilities(self, x: Sequence[float]) -> list[float]:
        return softmax_probabilities(x, self.mean, self.scale, self.weights, self.bias)

    def decide(self, rule_status: str, probabilities: Sequence[float]) -> str:
        """The rules' status unless another's probability beats it by more than ``margin``."""
        return margin_choice(self.classes, rule_status, probabilities, self.margin)

    def to_dict(self) -> dict[str, Any]:
        return fields_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StatusModel:
        return cls(**fields_from_dict(data, "status model", FORMAT_VERSION))


@lru_cache(maxsize=1)
def load_status_model() -> StatusModel:
    """The packaged model (read once)."""
    return StatusModel.from_dict(packaged_model(MODEL_FILE))


def apply_status_model(
    events: Sequence[Event],
    doc: Doc,
    model: StatusModel | None = None,
    *,
    claims: Sequence[Claim] = (),
    published: date | None = None,
    publisher: str | None = None,
) -> tuple[Event, ...]:
    """``events`` with each one's status as the model decides (:func:`relabel`; order kept).

    ``claims`` are the document's claims (a record moved to ``attributed`` takes its speaker
    from the claim covering its trigger); ``published`` the publication day; ``publisher`` the
    document's publisher (a source that is the publisher itself is one of the features).
    """
    model = model or load_status_model()
    out = []
    for e in events:
        x = status_features(e, doc, claims, published, publisher)
        new = model.decide(e.status, model.probabilities(x))
        out.append(relabel(e, new, claims) if new != e.status else e)
    return tuple(out)
