"""The learned status model: features, the decision by margin, how the source follows, the model file."""

from __future__ import annotations

import dataclasses
import math
from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.status_model import (
    FEATURES,
    FORMAT_VERSION,
    StatusModel,
    apply_status_model,
    load_status_model,
    relabel,
    status_features,
)
from eventwire.ingest.document import make_document
from eventwire.records import EVENT_STATUSES, Actor, Claim, Event, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.pipeline import Pipeline
    from eventwire.records import Result

N = len(FEATURES)
K = len(EVENT_STATUSES)
PUBLISHED = date(2025, 6, 2)
TEXT = "Guards beat three inmates in Evin prison last week, the monitoring group Prison Watch said."


def _model(margin: float = 0.0, **weights: dict[str, float]) -> StatusModel:
    """Weights per class (``negated={"own:negation": 5.0}``); every other class scores 0."""
    rows = []
    for s in EVENT_STATUSES:
        w = weights.get(s, {})
        rows.append(tuple(w.get(f, 0.0) for f in FEATURES))
    return StatusModel(
        version=FORMAT_VERSION,
        features=FEATURES,
        classes=EVENT_STATUSES,
        mean=(0.0,) * N,
        scale=(1.0,) * N,
        weights=tuple(rows),
        bias=(0.0,) * K,
        margin=margin,
    )


def _event(status: str, *, source: Actor | None = None, claim_id: str | None = None) -> Event:
    return Event(
        id="ev1", type="torture", subtype=None, status=status,  # type: ignore[arg-type]
        scope="single", trigger=Span("beat", 7, 11), evidence=Span(TEXT, 0, len(TEXT)), time=None,
        places=(), country=None, actors=(), magnitudes=(), source=source, claim_id=claim_id,
        confidence=0.5,
    )  # fmt: skip


def _speaker(name: str) -> Actor:
    return Actor(
        text=name, start_char=0, end_char=len(name), name=name, aliases=(), kind="rights_group",
        role="speaker", country=None,
    )  # fmt: skip


def _claim(cid: str, speaker: str, content: tuple[int, int], evidence: tuple[int, int]) -> Claim:
    return Claim(
        id=cid,
        speaker=_speaker(speaker),
        cue=Span("said", evidence[1] - 5, evidence[1] - 1),
        content=Span("x" * (content[1] - content[0]), *content),
        quote=False,
        time=None,
        magnitudes=(),
        evidence=Span("x" * (evidence[1] - evidence[0]), *evidence),
    )


def test_probabilities_are_a_softmax_of_the_class_scores() -> None:
    m = _model(negated={"own:negation": 2.0})
    x = [0.0] * N
    x[FEATURES.index("own:negation")] = 1.0
    p = m.probabilities(x)
    assert math.isclose(sum(p), 1.0)
    k = EVENT_STATUSES.index("negated")
    assert math.isclose(p[k], math.exp(2.0) / (math.exp(2.0) + K - 1))


def test_the_rules_status_stays_unless_another_beats_it_by_the_margin() -> None:
    p = [0.0] * K
    p[EVENT_STATUSES.index("predicted")] = 0.35
    p[EVENT_STATUSES.index("hypothetical")] = 0.55
    p[EVENT_STATUSES.index("asserted")] = 0.10
    assert _model(0.1).decide("predicted", p) == "hypothetical"
    assert _model(0.3).decide("predicted", p) == "predicted"
    assert _model(0.0).decide("hypothetical", p) == "hypothetical"


def test_model_round_trips_and_refuses_another_version_or_feature_set() -> None:
    m = _model(0.2, negated={"own:negation": 1.5})
    assert StatusModel.from_dict(m.to_dict()) == m
    data = m.to_dict()
    with pytest.raises(ValueError, match="version"):
        StatusModel.from_dict({**data, "version": FORMAT_VERSION + 1})
    with pytest.raises(ValueError, match="features"):
        StatusModel.from_dict({**data, "features": data["features"][1:]})
    with pytest.raises(ValueError, match="classes"):
        StatusModel.from_dict({**data, "classes": ["asserted", "rumoured", *data["classes"][2:]]})


def test_the_packaged_model_matches_the_code() -> None:
    m = load_status_model()
    assert m.version == FORMAT_VERSION
    assert m.features == FEATURES
    assert set(m.classes) == set(EVENT_STATUSES)
    assert m.margin >= 0.0
    assert m.trained_on and not {"test", "dev12", "dev13"} & set(m.trained_on)


# --- how the source follows a new status -------------------------------------------------


def test_a_record_moved_to_attributed_takes_the_speaker_of_the_claim_covering_it() -> None:
    e = _event("asserted")
    claim = _claim("c1", "Prison Watch", (0, 49), (0, len(TEXT)))
    out = relabel(e, "attributed", [claim])
    assert out.status == "attributed"
    assert out.source is not None and out.source.name == "Prison Watch"
    assert out.claim_id == "c1"


def test_no_record_becomes_attributed_without_a_speaker() -> None:
    e = _event("asserted")
    assert relabel(e, "attributed", []) == e
    elsewhere = _claim("c2", "Prison Watch", (200, 240), (180, 250))
    assert relabel(e, "attributed", [elsewhere]) == e


def test_a_record_moved_to_asserted_loses_its_source_and_a_denial_keeps_it() -> None:
    e = _event("attributed", source=_speaker("Prison Watch"), claim_id="c1")
    asserted = relabel(e, "asserted")
    assert asserted.status == "asserted" and asserted.source is None and asserted.claim_id == "c1"
    negated = relabel(e, "negated")
    assert negated.status == "negated" and negated.source == e.source


# --- on parsed sentences -----------------------------------------------------------------


def _result(pipeline: Pipeline, text: str) -> tuple[Result, Doc]:
    document = make_document(text, normalize=False, published="2025-06-02", published_source="user")
    doc = pipeline.nlp(text)
    return pipeline._extract(document, doc), doc


DENIAL = "The interior ministry said that no protester had been arrested in Kisumu on Monday."
THREAT = "The union said its members will hold a general strike on Friday if the wage talks fail."


@pytest.mark.slow
def test_features_see_negation_and_condition_governing_the_trigger(pipeline: Pipeline) -> None:
    result, doc = _result(pipeline, DENIAL)
    arrests = [e for e in result.events if e.type == "arrest"]
    assert arrests
    f = dict(zip(FEATURES, status_features(arrests[0], doc, result.claims, PUBLISHED), strict=True))
    assert f["no_on_argument"] == 1.0
    assert f["sentence:negation"] == 1.0
    assert f["claim_covers_trigger"] == 1.0
    assert f["own:future"] == 0.0
    result, doc = _result(pipeline, THREAT)
    strikes = [e for e in result.events if e.type == "strike"]
    assert strikes
    f = dict(zip(FEATURES, status_features(strikes[0], doc, result.claims, PUBLISHED), strict=True))
    assert f["own:future"] == 1.0
    assert f["sentence:condition"] == 1.0
    assert f["no_on_argument"] == 0.0
    assert f["governing:report"] == 1.0


@pytest.mark.slow
def test_a_model_re_labels_an_event_and_the_source_follows(pipeline: Pipeline) -> None:
    result, doc = _result(pipeline, THREAT)
    events = result.events
    strikes = [e for e in events if e.type == "strike"]
    assert strikes
    to_hypothetical = _model(0.1, hypothetical={"sentence:condition": 8.0})
    out = apply_status_model(events, doc, to_hypothetical, claims=result.claims, published=PUBLISHED)
    assert [e.status for e in out] == ["hypothetical"] * len(events)
    for before, after in zip(events, out, strict=True):
        assert (
            dataclasses.replace(after, status=before.status, source=before.source, claim_id=before.claim_id)
            == before
        )
        assert after.source is not None and after.source.name.lower().endswith("union")
    never = dataclasses.replace(to_hypothetical, margin=1.0)
    assert apply_status_model(events, doc, never, claims=result.claims, published=PUBLISHED) == events


@pytest.mark.slow
def test_the_packaged_model_is_deterministic_and_keeps_a_plain_report(pipeline: Pipeline) -> None:
    text = "Police arrested 14 students outside the university in Dhaka on Tuesday."
    result, doc = _result(pipeline, text)
    arrests = [e for e in result.events if e.type == "arrest"]
    assert arrests and all(e.status == "asserted" for e in arrests)
    once = apply_status_model(result.events, doc, claims=result.claims, published=PUBLISHED)
    assert [e.status for e in once] == [e.status for e in result.events]
    assert apply_status_model(result.events, doc, claims=result.claims, published=PUBLISHED) == once
