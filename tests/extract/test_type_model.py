"""The learned type model: features, the decision by margin, the model file, the pipeline switch."""

from __future__ import annotations

import dataclasses
import math
from typing import TYPE_CHECKING

import pytest

from eventwire.errors import ConfigError
from eventwire.extract import type_model
from eventwire.extract.type_model import (
    BASE_FEATURES,
    FORMAT_VERSION,
    TypeModel,
    base_features,
    load_type_model,
    retype_events,
    trigger_lemma,
)
from eventwire.ingest.document import make_document
from eventwire.records import EVENT_TYPES
from eventwire.settings import Settings

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline

N = len(BASE_FEATURES)
K = len(EVENT_TYPES)


def _model(margin: float = 0.0, *, subtypes: tuple[str, ...] = (), **weights: dict[str, float]) -> TypeModel:
    """Weights per class (``killing={"near:death": 5.0}``); every other class scores 0."""
    features = (*BASE_FEATURES, *(f"subtype={s}" for s in subtypes))
    rows = []
    for t in EVENT_TYPES:
        w = weights.get(t, {})
        rows.append(tuple(w.get(f, 0.0) for f in features))
    return TypeModel(
        version=FORMAT_VERSION,
        features=features,
        classes=EVENT_TYPES,
        mean=(0.0,) * len(features),
        scale=(1.0,) * len(features),
        weights=tuple(rows),
        bias=(0.0,) * K,
        margin=margin,
    )


def test_probabilities_are_a_softmax_of_the_class_scores() -> None:
    m = _model(killing={"near:death": 2.0})
    x = [0.0] * N
    x[BASE_FEATURES.index("near:death")] = 1.0
    p = m.probabilities(x)
    assert math.isclose(sum(p), 1.0)
    k = EVENT_TYPES.index("killing")
    assert math.isclose(p[k], math.exp(2.0) / (math.exp(2.0) + K - 1))
    assert all(math.isclose(v, 1.0 / (math.exp(2.0) + K - 1)) for i, v in enumerate(p) if i != k)


def test_the_rules_type_stays_unless_another_beats_it_by_the_margin() -> None:
    p = [0.0] * K
    p[EVENT_TYPES.index("attack")] = 0.35
    p[EVENT_TYPES.index("killing")] = 0.55
    p[EVENT_TYPES.index("riot")] = 0.10
    assert _model(0.1).decide("attack", p) == "killing"
    assert _model(0.3).decide("attack", p) == "attack"
    assert _model(0.0).decide("killing", p) == "killing"
    assert _model(0.0).decide("riot", p) == "killing"


def test_model_round_trips_through_its_dict() -> None:
    m = _model(0.2, subtypes=("air_strike",), killing={"near:death": 1.5, "subtype=air_strike": -0.5})
    back = TypeModel.from_dict(m.to_dict())
    assert back == m
    assert back.subtypes == ("air_strike",)
    assert not back.uses_prior


def test_a_model_file_of_another_version_or_feature_set_is_refused() -> None:
    data = _model().to_dict()
    with pytest.raises(ValueError, match="version"):
        TypeModel.from_dict({**data, "version": FORMAT_VERSION + 1})
    with pytest.raises(ValueError, match="features"):
        TypeModel.from_dict({**data, "features": data["features"][1:]})
    with pytest.raises(ValueError, match="unknown feature"):
        TypeModel.from_dict(
            {**data, "features": [*data["features"], "colour=red"], "mean": [*data["mean"], 0.0],
             "scale": [*data["scale"], 1.0], "weights": [[*r, 0.0] for r in data["weights"]]}
        )  # fmt: skip
    with pytest.raises(ValueError, match="classes"):
        TypeModel.from_dict({**data, "classes": ["protest", "parade", *data["classes"][2:]]})


def test_the_packaged_model_matches_the_code() -> None:
    m = load_type_model()
    assert m.version == FORMAT_VERSION
    assert m.features[:N] == BASE_FEATURES
    assert set(m.classes) == set(EVENT_TYPES)
    assert m.margin >= 0.0
    assert "gold/test" not in m.trained_on and "dev12" not in m.trained_on and "dev13" not in m.trained_on


def test_the_setting_reads_on_and_off_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().type_model is False
    monkeypatch.setenv("EVENTWIRE_TYPE_MODEL", "on")
    assert Settings.from_env().type_model is True
    monkeypatch.setenv("EVENTWIRE_TYPE_MODEL", "off")
    assert Settings.from_env().type_model is False
    monkeypatch.setenv("EVENTWIRE_TYPE_MODEL", "maybe")
    with pytest.raises(ConfigError):
        Settings.from_env()


def _result(pipeline: Pipeline, text: str):  # type: ignore[no-untyped-def]
    document = make_document(text, normalize=False, published="2025-06-02", published_source="user")
    doc = pipeline.nlp(text)
    return pipeline._extract(document, doc), doc


DRONE = "A drone strike hit a wedding party near Marib on Sunday, killing 9 guests, local officials said."


@pytest.mark.slow
def test_features_see_outcome_and_instrument_words_near_the_trigger(pipeline: Pipeline) -> None:
    result, doc = _result(pipeline, DRONE)
    assert result.events
    for e in result.events:
        f = dict(zip(BASE_FEATURES, base_features(e, doc), strict=True))
        assert f[f"type={e.type}"] == 1.0
        assert f["sentence:death"] == 1.0
        assert f["sentence:heavy_weapon"] == 1.0
        assert f["sentence:arrest"] == 0.0
        assert (
            sum(f[f"status={s}"] for s in ("asserted", "attributed", "predicted", "hypothetical", "negated"))
            == 1
        )
        assert trigger_lemma(e, doc)


@pytest.mark.slow
def test_a_model_re_types_an_event_and_keeps_everything_else(pipeline: Pipeline) -> None:
    result, doc = _result(pipeline, DRONE)
    events = result.events
    assert events
    to_killing = _model(0.1, killing={"sentence:death": 6.0})
    out = retype_events(events, doc, to_killing)
    assert [e.type for e in out] == ["killing"] * len(events)
    for before, after in zip(events, out, strict=True):
        assert dataclasses.replace(after, type=before.type, subtype=before.subtype) == before
        if before.type != "killing":
            assert after.subtype is None
    # a margin no probability difference reaches leaves the rules' types
    assert retype_events(events, doc, dataclasses.replace(to_killing, margin=1.0)) == events


@pytest.mark.slow
def test_the_packaged_model_is_deterministic_and_keeps_a_plain_arrest(pipeline: Pipeline) -> None:
    text = "Police arrested 14 students outside the university in Dhaka on Tuesday, their lawyer said."
    result, doc = _result(pipeline, text)
    arrests = [e for e in result.events if e.type == "arrest"]
    assert arrests
    assert retype_events(arrests, doc) == tuple(arrests)
    once = retype_events(result.events, doc)
    assert retype_events(result.events, doc) == once


@pytest.mark.slow
def test_pipeline_applies_the_model_only_when_the_setting_is_on(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = make_document(DRONE, normalize=False, published="2025-06-02", published_source="user")

    def switched(value: bool) -> Pipeline:
        settings = dataclasses.replace(pipeline.settings, type_model=value)
        return dataclasses.replace(pipeline, settings=settings, timings={})

    monkeypatch.setattr(type_model, "load_type_model", lambda: _model(0.0, riot={"type=attack": 9.0}))
    off, on = switched(False), switched(True)
    rules = off.process(document).events
    assert any(e.type == "attack" for e in rules), rules
    assert "type_model" not in off.timings
    events = on.process(document).events
    assert "type_model" in on.timings
    assert [e.type for e in events] == ["riot" if e.type == "attack" else e.type for e in rules]
