"""A learned chooser of each event's time among a few candidate times (an experiment).

The rules (:mod:`.timing`) give each event one time. This collects a small, general set of other
times the event could have (the expressions of its sentence, the previous sentence and its
paragraph, the previous paragraph's last one, the lead's day, the publication day, a running
interval up to the publication day, the hull of the rules' time with the nearest interval) and
scores every candidate with a conditional-logit ranker (a softmax over the event's candidates of
``w · x``) over general features (how the candidate was reached, distance, clause, precision,
interval, against the publication day, crossed with the event's status, type and the rules' own
choice). The rules' time stays unless another candidate's probability beats it by the model's
margin. Trained by ``scripts/train_time_model.py`` on the open author sets; stored as plain JSON
in ``eventwire/data/models/time_model.json``. See ``docs/time-model.md``: the protocol, the
pre-registered ship rule and the leave-one-author-set-out measurements.

It changes only ``Event.time``; nothing in the pipeline calls it unless a setting does.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..nlp.text import doc_text
from ..records import EVENT_TYPES, Time
from .models import packaged_model
from .syntax import (
    clause_head,
    governing_verb,
    kids,
    lemmas,
    lowers,
    per_doc,
    segment_starts,
    subtree_indices,
    token_at,
)
from .timing_lead import lead_time
from .timing_narrative import narrative_times
from .timing_saying import _said_of
from .timing_usable import _usable

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from ..records import Event

__all__ = [
    "FEATURE_NAMES",
    "FORMAT_VERSION",
    "KINDS",
    "Candidate",
    "TimeModel",
    "choose",
    "choose_times",
    "event_candidates",
    "load_time_model",
]

FORMAT_VERSION = 1
MODEL_FILE = "time_model.json"

KINDS: tuple[str, ...] = (
    "rules", "sentence", "prev_sentence", "paragraph", "prev_paragraph", "lead", "published", "running",
    "hull",
)  # fmt: skip

# Features of the candidate alone.
_CANDIDATE = (
    *(f"kind={k}" for k in KINDS),
    "same_sentence",
    "sentence_distance",
    "paragraph_distance",
    "before_trigger",
    "log_char_distance",
    "in_trigger_clause",
    "in_trigger_subtree",
    "statement_day",
    "after_since",
    "prec=day",
    "prec=week",
    "prec=month",
    "prec=year",
    "prec=other",
    "interval",
    "log_days",
    "before_published",
    "on_published",
    "after_published",
    "anchor=absolute",
    "anchor=document",
    "anchor=context",
    "first_in_paragraph",
)
# Features of the event (the same for all its candidates: they act only crossed with _CROSSED).
_EVENT = (
    "status=attributed",
    "status=predicted",
    "status=hypothetical",
    "status=negated",
    "scope=aggregate",
    "durative_type",
    "trigger=past",
    "trigger=perfect",
    "trigger=present",
    "trigger=noun",
    "running_cue",
    "rules=none",
    "rules=document",
    "rules=interval",
    "rules=day",
    "rules=month_or_year",
)
_CROSSED = (
    "kind=rules",
    "kind=published",
    "kind=running",
    "kind=hull",
    "same_sentence",
    "interval",
    "prec=day",
    "on_published",
    "after_published",
    "statement_day",
)
FEATURE_NAMES: tuple[str, ...] = (
    *_CANDIDATE,
    *(f"{e}*{c}" for e in _EVENT for c in _CROSSED),
    *(f"type={t}*kind=rules" for t in EVENT_TYPES),
)
_CI = {n: i for i, n in enumerate(_CANDIDATE)}
_EI = {n: i for i, n in enumerate(_EVENT)}
_CROSS_COLS = tuple(_CI[c] for c in _CROSSED)
_DURATIVE = frozenset({"protest", "strike", "riot"})
_RUNNING_WORDS = frozenset(
    {"since", "still", "continue", "continued", "continues", "continuing", "ongoing", "third", "fourth",
     "fifth", "sixth", "seventh", "second", "running", "days", "weeks", "months"}
)  # fmt: skip
_SINCE = frozenset({"since", "from"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP", "VBG"})
_INDEX = "eventwire.time_model.index"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One candidate time of an event, the ways it was reached and its feature vector."""

    time: Time
    kinds: frozenset[str]
    features: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class _Expr:
    """A usable time expression of the document with where it sits (built once per Doc)."""

    time: Time
    token: int  # index of its first token (-1 when none)
    sentence: int
    paragraph: int
    clause: int  # token index of its clause head (-1 when none)
    said: bool
    after_since: bool
    first_in_paragraph: bool


@dataclass(frozen=True, slots=True)
class _DocIndex:
    exprs: tuple[_Expr, ...]
    sentence_starts: tuple[int, ...]  # token index of each sentence's first token, in order
    line_breaks: tuple[int, ...]  # char offsets of the line breaks before non-empty lines
    lead: Time | None


def _paragraph_counter(text: str) -> tuple[int, ...]:
    """Char offsets of each line break that follows a non-empty line (bisect: paragraph number)."""
    out: list[int] = []
    pos = 0
    for line in text.split("\n")[:-1]:
        pos += len(line) + 1
        if line.strip():
            out.append(pos - 1)
    return tuple(out)


def _index(doc: Doc, times: Sequence[Time], published: date | None) -> _DocIndex:
    def build() -> _DocIndex:
        text = doc_text(doc)
        breaks = _paragraph_counter(text)
        seg = segment_starts(doc)
        starts = tuple(sorted(set(seg)))
        low = lowers(doc)
        narrative = narrative_times(doc, times, published)
        exprs: list[_Expr] = []
        seen_para: set[int] = set()
        for t in sorted(_usable(narrative, doc), key=lambda t: t.start_char or 0):
            if not t.start or not t.end:
                continue
            char = t.start_char or 0
            tok = token_at(doc, char)
            para = bisect_right(breaks, char)
            if tok is None:
                exprs.append(_Expr(t, -1, -1, para, -1, False, False, para not in seen_para))
            else:
                exprs.append(
                    _Expr(
                        t,
                        tok.i,
                        bisect_right(starts, seg[tok.i]) - 1,
                        para,
                        clause_head(tok).i,
                        _said_of(doc, t, None),
                        tok.i > 0 and low[tok.i - 1] in _SINCE,
                        para not in seen_para,
                    )
                )
            seen_para.add(para)
        return _DocIndex(tuple(exprs), starts, breaks, lead_time(doc, narrative))

    index: _DocIndex = per_doc(doc, _INDEX, build)
    return index


def _days(value: str | None) -> int | None:
    if value is None or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def _interval(text: str, start: str, end: str, anchor: Any = "context") -> Time:
    return Time(
        text=text,
        start_char=None,
        end_char=None,
        value=f"{start}/{end}" if start != end else start,
        start=start,
        end=end,
        precision="unknown" if start != end else "day",
        anchor=anchor,
        type="DATE",
    )


def _published_time(published: date) -> Time:
    iso = published.isoformat()
    return Time(
        text="", start_char=None, end_char=None, value=iso, start=iso, end=iso, precision="day",
        anchor="document", type="DATE",
    )  # fmt: skip


def _trigger_shape(doc: Doc, tok: Token | None) -> tuple[str, bool]:
    """(tense class of the trigger: past / perfect / present / noun / "", modal in its clause)."""
    if tok is None:
        return "", False
    head = governing_verb(tok) if tok.pos_ not in ("VERB", "AUX") else tok
    if tok.pos_ in ("NOUN", "PROPN") and (head is None or head.i != tok.i):
        return "noun", False
    if head is None:
        return "", False
    aux = [lemmas(doc)[c.i] for c in kids(head) if c.dep_ in ("aux", "auxpass")]
    modal = any(c.tag_ == "MD" for c in kids(head) if c.dep_ == "aux")
    if "have" in aux:
        return "perfect", modal
    if head.tag_ == "VBD" or (head.tag_ == "VBN" and "be" in aux):
        return "past", modal
    if head.tag_ in _PRESENT_TAGS or head.tag_ == "VB":
        return "present", modal
    return "past" if head.tag_ == "VBN" else "", modal


def _event_row(event: Event, doc: Doc, tok: Token | None, sent_words: frozenset[str]) -> list[float]:
    e = [0.0] * len(_EVENT)
    if event.status != "asserted":
        e[_EI[f"status={event.status}"]] = 1.0
    e[_EI["scope=aggregate"]] = float(event.scope == "aggregate")
    e[_EI["durative_type"]] = float(event.type in _DURATIVE)
    shape, _modal = _trigger_shape(doc, tok)
    if shape:
        e[_EI[f"trigger={shape}"]] = 1.0
    e[_EI["running_cue"]] = float(not _RUNNING_WORDS.isdisjoint(sent_words))
    t = event.time
    if t is None:
        e[_EI["rules=none"]] = 1.0
    else:
        e[_EI["rules=document"]] = float(t.anchor == "document")
        e[_EI["rules=interval"]] = float(bool(t.start and t.end and t.start != t.end))
        e[_EI["rules=day"]] = float(t.start is not None and t.start == t.end)
        e[_EI["rules=month_or_year"]] = float(t.precision in ("month", "year"))
    return e


def _candidate_row(
    time: Time,
    kinds: frozenset[str],
    expr: _Expr | None,
    *,
    trigger: int,
    trigger_char: int,
    sentence: int,
    paragraph: int,
    clause: int,
    subtree: frozenset[int],
    published: int | None,
) -> list[float]:
    c = [0.0] * len(_CANDIDATE)
    for k in kinds:
        c[_CI[f"kind={k}"]] = 1.0
    if expr is not None and expr.sentence >= 0:
        c[_CI["same_sentence"]] = float(expr.sentence == sentence)
        c[_CI["sentence_distance"]] = float(min(abs(sentence - expr.sentence), 6))
        c[_CI["before_trigger"]] = float(expr.token < trigger)
        c[_CI["in_trigger_clause"]] = float(expr.clause == clause)
        c[_CI["in_trigger_subtree"]] = float(expr.token in subtree)
        c[_CI["statement_day"]] = float(expr.said)
        c[_CI["after_since"]] = float(expr.after_since)
        c[_CI["first_in_paragraph"]] = float(expr.first_in_paragraph)
    if expr is not None:
        c[_CI["paragraph_distance"]] = float(min(abs(paragraph - expr.paragraph), 6))
        c[_CI["log_char_distance"]] = math.log1p(abs((expr.time.start_char or 0) - trigger_char))
    elif "published" in kinds or "lead" in kinds:
        c[_CI["paragraph_distance"]] = 6.0
        c[_CI["sentence_distance"]] = 6.0
    prec = time.precision if time.precision in ("day", "week", "month", "year") else "other"
    if time.start and time.end and time.start != time.end and prec == "day":
        prec = "other"
    c[_CI[f"prec={prec}"]] = 1.0
    s, e = _days(time.start), _days(time.end)
    if s is not None and e is not None:
        c[_CI["interval"]] = float(e > s)
        c[_CI["log_days"]] = math.log1p(max(e - s, 0))
        if published is not None:
            c[_CI["before_published"]] = float(e < published)
            c[_CI["on_published"]] = float(s <= published <= e)
            c[_CI["after_published"]] = float(s > published)
    if time.anchor in ("absolute", "document", "context"):
        c[_CI[f"anchor={time.anchor}"]] = 1.0
    return c


def _row(cand: list[float], ev: list[float], event: Event) -> tuple[float, ...]:
    crossed = [ev[i] * cand[j] for i in range(len(_EVENT)) for j in _CROSS_COLS]
    rules = cand[_CI["kind=rules"]]
    types = [rules * float(event.type == t) for t in EVENT_TYPES]
    return (*cand, *crossed, *types)


def event_candidates(
    event: Event, doc: Doc, times: Sequence[Time], published: date | None
) -> list[Candidate]:
    """The candidate times of ``event`` (deduplicated by start and end; the rules' first when it has one).

    ``times`` is the document's resolved times (``Result.times``); the Doc's positions of them are
    indexed once per Doc, so this is a few comparisons per expression per event.
    """
    ix = _index(doc, times, published)
    tok = token_at(doc, event.trigger.start)
    trig = tok.i if tok is not None else 0
    sentence = bisect_right(ix.sentence_starts, segment_starts(doc)[trig]) - 1 if tok is not None else -1
    paragraph = bisect_right(ix.line_breaks, event.trigger.start)
    clause = clause_head(tok).i if tok is not None else -1
    subtree = frozenset(subtree_indices(tok)) if tok is not None else frozenset()
    found: dict[tuple[str, str], tuple[Time, set[str], _Expr | None]] = {}

    def add(t: Time | None, kind: str, expr: _Expr | None = None) -> None:
        if t is None or not t.start or not t.end:
            return
        key = (t.start, t.end)
        if key in found:
            found[key][1].add(kind)
            if found[key][2] is None and expr is not None:
                found[key] = (found[key][0], found[key][1], expr)
        else:
            found[key] = (t, {kind}, expr)

    add(event.time, "rules")
    sent_exprs = [x for x in ix.exprs if x.sentence == sentence]
    for x in ix.exprs:
        if x.sentence == sentence:
            add(x.time, "sentence", x)
        elif x.sentence == sentence - 1 and x.sentence >= 0:
            add(x.time, "prev_sentence", x)
        elif x.paragraph == paragraph:
            add(x.time, "paragraph", x)
    earlier = [x for x in ix.exprs if x.paragraph < paragraph]
    if earlier:
        last = earlier[-1]
        add(last.time, "prev_paragraph", last)
    add(ix.lead, "lead", next((x for x in ix.exprs if x.time is ix.lead), None))
    ref = published.isoformat() if published is not None else None
    if published is not None:
        add(_published_time(published), "published")
    first = token_at(doc, event.evidence.start)
    last_tok = token_at(doc, max(event.evidence.end - 1, event.evidence.start))
    words = (
        frozenset(lowers(doc)[first.i : last_tok.i + 1])
        if first is not None and last_tok is not None
        else frozenset()
    )
    ev = _event_row(event, doc, tok, words)
    running = ev[_EI["running_cue"]] or ev[_EI["trigger=perfect"]] or ev[_EI["trigger=present"]]
    if ref is not None and running:
        since = next((x for x in sent_exprs if x.after_since), None)
        begin = since.time.start if since is not None else (event.time.start if event.time else None)
        if begin and begin < ref:
            add(_interval("", begin, ref), "running", since)
    if event.time is not None and event.time.start and event.time.end:
        near = [x for x in ix.exprs if x.paragraph == paragraph and x.time.start != x.time.end]
        if near:
            x = min(near, key=lambda x: abs((x.time.start_char or 0) - event.trigger.start))
            lo = min(event.time.start, x.time.start or event.time.start)
            hi = max(event.time.end, x.time.end or event.time.end)
            add(_interval("", lo, hi), "hull", x)
    pub = published.toordinal() if published is not None else None
    out = []
    for t, kinds, expr in found.values():
        row = _candidate_row(
            t, frozenset(kinds), expr, trigger=trig, trigger_char=event.trigger.start, sentence=sentence,
            paragraph=paragraph, clause=clause, subtree=subtree, published=pub,
        )  # fmt: skip
        out.append(Candidate(t, frozenset(kinds), _row(row, ev, event)))
    return out


@dataclass(frozen=True, slots=True)
class TimeModel:
    """A conditional-logit ranker: candidate score ``w · (x − mean) / scale``, softmax over an event's."""

    version: int
    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    margin: float
    """The rules' time stays unless another candidate's probability beats it by more than this."""
    undated: bool = False
    """Also give a time to an event the rules left without one."""
    strength: float = 1.0
    trained_on: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        n = len(self.features)
        if not (len(self.mean) == len(self.scale) == len(self.weights) == n):
            raise ValueError("time model: features, mean, scale and weights differ in length")
        if self.features != FEATURE_NAMES:
            raise ValueError("time model: the model's features are not this code's features")

    def probabilities(self, candidates: Sequence[Candidate]) -> list[float]:
        scores = [
            sum(
                w * (v - m) / s
                for v, m, s, w in zip(c.features, self.mean, self.scale, self.weights, strict=True)
            )
            for c in candidates
        ]
        if not scores:
            return []
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "features": list(self.features),
            "mean": [round(v, 6) for v in self.mean],
            "scale": [round(v, 6) for v in self.scale],
            "weights": [round(v, 6) for v in self.weights],
            "margin": round(self.margin, 4),
            "undated": self.undated,
            "strength": self.strength,
            "trained_on": list(self.trained_on),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TimeModel:
        if data.get("version") != FORMAT_VERSION:
            raise ValueError(f"time model: format version {data.get('version')!r}, expected {FORMAT_VERSION}")
        return cls(
            version=FORMAT_VERSION,
            features=tuple(str(f) for f in data["features"]),
            mean=tuple(float(v) for v in data["mean"]),
            scale=tuple(float(v) for v in data["scale"]),
            weights=tuple(float(v) for v in data["weights"]),
            margin=float(data["margin"]),
            undated=bool(data.get("undated", False)),
            strength=float(data.get("strength", 1.0)),
            trained_on=tuple(str(s) for s in data.get("trained_on", ())),
        )


def choose(
    candidates: Sequence[Candidate], probabilities: Sequence[float], margin: float, *, undated: bool = False
) -> int | None:
    """The chosen candidate's index: the rules' unless another beats it by more than ``margin``
    (ties go to the earlier candidate); None when the rules gave no time and ``undated`` is off."""
    if not candidates:
        return None
    best = max(range(len(candidates)), key=lambda k: (probabilities[k], -k))
    own = next((k for k, c in enumerate(candidates) if "rules" in c.kinds), None)
    if own is None:
        return best if undated and probabilities[best] > margin else None
    return best if probabilities[best] - probabilities[own] > margin else own


@lru_cache(maxsize=1)
def load_time_model() -> TimeModel:
    """The packaged model (read once)."""
    return TimeModel.from_dict(packaged_model(MODEL_FILE))


def choose_times(
    events: Sequence[Event],
    doc: Doc,
    times: Sequence[Time],
    published: date | None,
    model: TimeModel | None = None,
) -> tuple[Event, ...]:
    """``events`` with each time the model's choice among its candidates (nothing else changes)."""
    model = model or load_time_model()
    out = []
    for event in events:
        cands = event_candidates(event, doc, times, published)
        k = choose(cands, model.probabilities(cands), model.margin, undated=model.undated)
        chosen = cands[k].time if k is not None else event.time
        out.append(event if chosen is event.time else event.replace(time=chosen))
    return tuple(out)
