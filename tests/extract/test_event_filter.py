"""The learned event filter: features, the model file, and the pipeline switch."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType
from typing import TYPE_CHECKING

import pytest

from eventwire.errors import ConfigError
from eventwire.extract import confidence, event_filter
from eventwire.extract.confidence import Calibration, CalibrationBin
from eventwire.extract.event_filter import (
    ACTIONS,
    FEATURE_NAMES,
    FORMAT_VERSION,
    TENSOR_PREFIX,
    EventFilter,
    apply_decisions,
    event_features,
    filter_confidence,
    filter_events,
    load_filter,
    trigger_key,
)
from eventwire.ingest.document import make_document
from eventwire.records import Event, Span
from eventwire.settings import Settings

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline

N = len(FEATURE_NAMES)


def _model(bias: float, *, threshold: float = 0.5, dims: int = 0, **weights: float) -> EventFilter:
    names = (*FEATURE_NAMES, *(f"{TENSOR_PREFIX}{i}" for i in range(dims)))
    return EventFilter(
        version=FORMAT_VERSION,
        features=names,
        mean=(0.0,) * len(names),
        scale=(1.0,) * len(names),
        weights=tuple(weights.get(n, 0.0) for n in names),
        bias=bias,
        threshold=threshold,
        tensor_dims=dims,
    )


def test_probability_is_the_logistic_of_the_standardised_score() -> None:
    model = dataclasses.replace(_model(0.5, confidence=2.0), mean=(0.0,) * N, scale=(2.0,) * N)
    x = [0.0] * N
    x[FEATURE_NAMES.index("confidence")] = 1.0  # (1 - 0) / 2 * 2.0 + 0.5 = 1.5
    assert model.probability(x) == pytest.approx(1 / (1 + 2.718281828459045**-1.5))
    assert _model(-100.0).probability([0.0] * N) == 0.0


def test_model_round_trips_through_its_dict() -> None:
    model = dataclasses.replace(_model(0.25, has_time=1.5), prior=MappingProxyType({"arrest:arrest": 0.7}))
    again = EventFilter.from_dict(model.to_dict())
    assert again.weights == model.weights
    assert again.bias == model.bias
    assert dict(again.prior) == {"arrest:arrest": 0.7}


def test_a_model_file_of_another_version_or_feature_set_is_refused() -> None:
    data = _model(0.0).to_dict()
    with pytest.raises(ValueError, match="format version"):
        EventFilter.from_dict({**data, "version": FORMAT_VERSION + 1})
    with pytest.raises(ValueError, match="not this code's features"):
        EventFilter.from_dict({**data, "features": ["x", *data["features"][1:]]})
    with pytest.raises(ValueError, match="differ in length"):
        EventFilter.from_dict({**data, "weights": data["weights"][:-1]})


def test_the_packaged_model_matches_the_code() -> None:
    model = load_filter()
    assert model.features[:N] == FEATURE_NAMES
    assert model.trained_on == (
        "dev",
        "dev2",
        "dev3",
        "dev4",
        "dev5",
        "dev6",
        "dev7",
        "dev8",
        "dev9",
        "dev10",
        "dev11",
        "dev12",
    )
    assert not {"test", "dev67"} & set(model.trained_on)
    # dedup: a rejected repeat becomes a mention of a kept event of its type, a lone event stays;
    # where_when: no fold across sentences between records placed or dated apart
    assert model.action == "dedup"
    assert model.fold == ("where_when",)
    assert 0.0 < model.threshold < 1.0
    assert all(s > 0 for s in model.scale)


@pytest.mark.parametrize(
    ("raw", "value"), [("on", True), ("1", True), ("true", True), ("off", False), ("0", False)]
)
def test_the_setting_reads_on_and_off_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, raw: str, value: bool
) -> None:
    monkeypatch.setenv("EVENTWIRE_EVENT_FILTER", raw)
    assert Settings.from_env().event_filter is value


def test_the_setting_refuses_other_words(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the default, off or on, is the lead's call in settings.py: docs/event-filter.md)
    monkeypatch.setenv("EVENTWIRE_EVENT_FILTER", "sometimes")
    with pytest.raises(ConfigError):
        Settings.from_env()


TEXT = (
    "Police detain dozens at rally\n"
    "Police arrested 12 protesters in Tehran on Monday, a rights group said.\n"
    "The arrests came after the rally, and officers did not say whether more would be arrested."
)


def _result(pipeline: Pipeline, text: str = TEXT):  # type: ignore[no-untyped-def]
    document = make_document(text, normalize=False, published="2024-03-04", published_source="user")
    doc = pipeline.nlp(text)
    return pipeline._extract(document, doc), doc


@pytest.mark.slow
def test_features_describe_the_event_in_its_document(pipeline: Pipeline) -> None:
    result, doc = _result(pipeline)
    events = result.events
    arrests = [e for e in events if e.type == "arrest"]
    assert arrests, events
    first = min(arrests, key=lambda e: e.trigger.start)  # "arrested 12 protesters"
    body = dict(zip(FEATURE_NAMES, event_features(first, doc, events), strict=True))
    assert body["type=arrest"] == 1.0
    assert body["trigger_pos=VERB"] == 1.0
    assert body["has_magnitude"] == 1.0
    assert body["in_headline"] == 0.0
    assert 0.0 < body["position"] < 1.0
    for e in arrests:
        assert len(event_features(e, doc, events)) == N
        assert len(event_features(e, doc, events, tensor_dims=8)) == N + 8
        assert trigger_key(e, doc).startswith("arrest:")


@pytest.mark.slow
def test_sentence_cues_see_negation_and_modals(pipeline: Pipeline) -> None:
    text = "Officers did not say whether protesters would be arrested in Minsk."
    result, doc = _result(pipeline, text)
    for e in result.events:
        f = dict(zip(FEATURE_NAMES, event_features(e, doc, result.events), strict=True))
        assert f["sentence_negation"] == 1.0
        assert f["sentence_modal"] == 1.0


@pytest.mark.slow
def test_filter_keeps_or_drops_by_the_threshold_and_keeps_order(pipeline: Pipeline) -> None:
    result, doc = _result(pipeline)
    assert len(result.events) >= 2
    assert filter_events(result.events, doc, _model(100.0)) == result.events
    assert filter_events(result.events, doc, _model(-100.0)) == ()
    # a weight on one feature keeps exactly the events that have it
    only_numbers = _model(-5.0, has_magnitude=10.0)
    kept = filter_events(result.events, doc, only_numbers)
    assert kept == tuple(e for e in result.events if e.magnitudes)
    # the text handed in by the pipeline gives the same features as the Doc's own
    doc.user_data.clear()
    assert filter_events(result.events, doc, only_numbers, text=TEXT) == kept


@pytest.mark.slow
def test_the_packaged_model_keeps_a_plain_reported_arrest(pipeline: Pipeline) -> None:
    result, doc = _result(pipeline, "Police arrested 12 protesters in Tehran on Monday, a rights group said.")
    arrests = [e for e in result.events if e.type == "arrest"]
    assert arrests
    assert filter_events(arrests, doc) == tuple(arrests)


@pytest.mark.slow
def test_pipeline_applies_the_filter_only_when_the_setting_is_on(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = make_document(TEXT, normalize=False, published="2024-03-04", published_source="user")

    def switched(value: bool) -> Pipeline:
        settings = dataclasses.replace(pipeline.settings, event_filter=value)
        return dataclasses.replace(pipeline, settings=settings, timings={})

    off, on = switched(False), switched(True)
    assert off.process(document).events  # rules alone
    monkeypatch.setattr(event_filter, "load_filter", lambda: _model(-100.0))
    assert off.process(document).events
    assert "event_filter" not in off.timings
    assert on.process(document).events == ()
    assert "event_filter" in on.timings


def _event(
    eid: str, type_: str, start: int, word: str, mentions: tuple[Span, ...] = (), status: str = "asserted"
) -> Event:
    return Event(
        id=eid,
        type=type_,  # type: ignore[arg-type]
        subtype=None,
        status=status,  # type: ignore[arg-type]
        scope="single",
        trigger=Span(word, start, start + len(word)),
        evidence=Span(word, start, start + len(word)),
        time=None,
        places=(),
        country=None,
        actors=(),
        magnitudes=(),
        source=None,
        claim_id=None,
        confidence=0.5,
        mentions=mentions,
    )


def test_decisions_drop_merge_or_dedup_a_rejected_event() -> None:
    first = _event("ev1", "arrest", 0, "arrested")
    far = _event("ev2", "arrest", 300, "detained")
    repeat = _event("ev3", "arrest", 120, "arrests", (Span("held", 140, 144),))
    lone = _event("ev4", "protest", 200, "rally")
    events = (first, repeat, lone, far)
    keep = (True, False, False, True)
    assert apply_decisions(events, keep, "drop") == (first, far)
    merged = apply_decisions(events, keep, "merge")
    # the repeat becomes mentions of the nearest kept arrest; the lone protest goes
    assert [e.id for e in merged] == ["ev1", "ev2"]
    assert merged[0].mentions == (repeat.trigger, Span("held", 140, 144))
    assert merged[1] == far
    deduped = apply_decisions(events, keep, "dedup")
    assert [e.id for e in deduped] == ["ev1", "ev4", "ev2"]
    assert apply_decisions(events, (True,) * 4, "merge") == events


def test_a_rejected_record_joins_only_a_kept_record_of_its_mood() -> None:
    claim = _event("ev1", "riot", 0, "stormed", status="attributed")
    denial = _event("ev2", "riot", 60, "attacked", status="negated")
    repeat = _event("ev3", "riot", 120, "the attack", status="asserted")
    threat = _event("ev4", "riot", 200, "would storm", status="predicted")
    events = (claim, denial, repeat, threat)
    # the denial and the threat are rejected: no kept riot of their mood, so dedup keeps them apart
    out = apply_decisions(events, (True, False, True, False), "dedup")
    assert [e.id for e in out] == ["ev1", "ev2", "ev3", "ev4"]
    assert out[0].mentions == () and out[2].mentions == ()
    # an asserted repeat joins the nearest kept record of its mood (the attributed claim), not the denial
    out = apply_decisions(events, (True, True, False, True), "dedup")
    assert [e.id for e in out] == ["ev1", "ev2", "ev4"]
    assert out[0].mentions == (repeat.trigger,)
    assert out[1].mentions == ()
    # a hypothetical record joins a predicted one (both not yet happened)
    maybe = _event("ev5", "riot", 230, "could riot", status="hypothetical")
    out = apply_decisions((threat, maybe), (True, False), "merge")
    assert [e.id for e in out] == ["ev4"] and out[0].mentions == (maybe.trigger,)


def test_the_action_round_trips_and_unknown_actions_are_refused() -> None:
    model = dataclasses.replace(_model(0.0), action="dedup")
    assert EventFilter.from_dict(model.to_dict()).action == "dedup"
    assert set(ACTIONS) == {"drop", "merge", "dedup"}
    with pytest.raises(ValueError, match="unknown action"):
        EventFilter.from_dict({**model.to_dict(), "action": "maybe"})


@pytest.mark.slow
def test_the_packaged_model_loses_no_mention_and_no_event_type(pipeline: Pipeline) -> None:
    text = (
        "Police fire tear gas at Nairobi tax protest\n"
        "Riot police fired tear gas at thousands of people protesting against new taxes in Nairobi "
        "on Tuesday, and officers arrested at least 40 of them, a rights group said.\n"
        "The protest was the third this month. Organisers said the protests would go on.\n"
        "Those arrested were released on bail on Wednesday, their lawyers said, and the arrests "
        "were condemned by church leaders."
    )
    result, doc = _result(pipeline, text)
    kept = filter_events(result.events, doc)
    assert {e.type for e in kept} == {e.type for e in result.events}
    spans = {(e.type, s) for e in kept for s in (e.trigger, *e.mentions)}
    for e in result.events:
        for s in (e.trigger, *e.mentions):
            assert (e.type, s) in spans, (e.type, s)


# A refit confidence table unlike the packaged one: every raw score maps into 0.1 .. 0.3.
REFIT = Calibration(bins=(CalibrationBin(0.0, 0.5, 0.3, 0.1, 10), CalibrationBin(0.5, 1.0, 0.9, 0.3, 10)))


def test_the_filters_confidence_is_the_raw_score_through_its_own_table() -> None:
    frozen = Calibration(
        bins=(CalibrationBin(0.0, 0.5, 0.2, 0.4, 10), CalibrationBin(0.5, 1.0, 0.8, 0.9, 10))
    )
    event = dataclasses.replace(_event("ev1", "arrest", 0, "arrested"), confidence=0.11, raw_confidence=0.8)
    assert filter_confidence(event, frozen) == 0.9  # not the stated 0.11
    assert filter_confidence(event, Calibration(bins=())) == 0.8  # the identity table
    assert filter_confidence(event) == load_filter().calibration.apply(0.8)  # the packaged model's
    # a record without a raw score (built by hand, loaded from JSON) is read at its stated confidence
    assert filter_confidence(_event("ev2", "arrest", 0, "arrested"), frozen) == 0.5
    model = dataclasses.replace(_model(0.0), calibration=frozen)
    assert EventFilter.from_dict(model.to_dict()).calibration == frozen


def test_the_evidence_rank_reads_the_filters_confidence_not_the_stated_one() -> None:
    frozen = Calibration(bins=())
    # the stated confidences rank the first higher, the raw scores through the table the second
    a = dataclasses.replace(_event("ev1", "arrest", 0, "arrested"), confidence=0.9, raw_confidence=0.6)
    b = dataclasses.replace(_event("ev2", "arrest", 40, "detained"), confidence=0.6, raw_confidence=0.7)
    (out,) = apply_decisions((a, b), (True, False), "dedup", ("evidence",), calibration=frozen)
    assert out.id == "ev2"


def test_a_model_file_without_its_calibration_table_is_refused() -> None:
    data = _model(0.0).to_dict()
    del data["calibration"]
    with pytest.raises(ConfigError, match="calibration"):
        EventFilter.from_dict(data)


def test_the_packaged_model_carries_a_monotone_calibration_table() -> None:
    bins = load_filter().calibration.bins
    assert len(bins) >= 2
    assert [b.precision for b in bins] == sorted(b.precision for b in bins)


@pytest.mark.slow
def test_a_refit_confidence_table_moves_confidence_and_no_filter_decision(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = make_document(TEXT, normalize=False, published="2024-03-04", published_source="user")
    settings = dataclasses.replace(pipeline.settings, event_filter=True)
    on = dataclasses.replace(pipeline, settings=settings, timings={})
    rules = dataclasses.replace(
        pipeline, settings=dataclasses.replace(settings, event_filter=False), timings={}
    )

    def runs() -> tuple[tuple[Event, ...], tuple[Event, ...], list[float]]:
        doc = pipeline.nlp(TEXT)
        candidates = rules.process(document).events
        model = event_filter.load_filter()
        probs = [model.probability(model_features(model, e, doc, candidates)) for e in candidates]
        return candidates, on.process(document).events, probs

    def model_features(model: EventFilter, e: Event, doc: object, evs: tuple[Event, ...]) -> list[float]:
        return event_features(e, doc, evs, tensor_dims=model.tensor_dims, prior=model.prior,  # type: ignore[arg-type]
                              calibration=model.calibration)  # fmt: skip

    def blanked(evs: tuple[Event, ...]) -> list[dict[str, object]]:
        return [{**e.to_dict(), "confidence": None} for e in evs]

    # the packaged model, and one whose decision turns on the confidence feature alone (keep when
    # the filter's confidence is at least 0.7): a filter reading the records' confidence would
    # keep none of them under the refit table
    decisive = dataclasses.replace(_model(-70.0, confidence=100.0), calibration=load_filter().calibration)
    for model in (load_filter(), decisive):
        monkeypatch.setattr(event_filter, "load_filter", lambda model=model: model)
        candidates, kept, probs = runs()
        with monkeypatch.context() as patched:
            patched.setattr(confidence, "load_calibration", lambda: REFIT)
            candidates2, kept2, probs2 = runs()
        assert probs2 == probs  # the filter sees exactly what it saw
        assert blanked(kept2) == blanked(kept) and blanked(candidates2) == blanked(candidates)
        assert [e.confidence for e in kept2] != [e.confidence for e in kept]
        assert all(0.1 <= e.confidence <= 0.3 for e in kept2)
        assert [e.raw_confidence for e in kept2] == [e.raw_confidence for e in kept]
    assert 0 < len(kept) < len(candidates)  # the decisive model dropped a record under both tables
