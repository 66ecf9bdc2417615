"""The learned time chooser: candidate times of an event, the margin rule, the model file."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.time_model import (
    FEATURE_NAMES,
    FORMAT_VERSION,
    Candidate,
    TimeModel,
    choose,
    choose_times,
    event_candidates,
    load_time_model,
)
from eventwire.ingest.document import make_document
from eventwire.records import Time

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.pipeline import Pipeline
    from eventwire.records import Result

PUBLISHED = date(2025, 6, 20)


def _model(margin: float = 0.1, **weights: float) -> TimeModel:
    n = len(FEATURE_NAMES)
    w = [0.0] * n
    for name, value in weights.items():
        w[FEATURE_NAMES.index(name.replace("__", "="))] = value
    return TimeModel(FORMAT_VERSION, FEATURE_NAMES, (0.0,) * n, (1.0,) * n, tuple(w), margin)


def _run(pipeline: Pipeline, text: str) -> tuple[Result, Doc]:
    document = make_document(text, published=PUBLISHED.isoformat())
    doc = pipeline.nlp(document.text)
    return pipeline._extract(document, doc), doc


def _published_day() -> Time:
    iso = PUBLISHED.isoformat()
    return Time("", None, None, iso, iso, iso, "day", "document")


TEXT = (
    "Teachers rally in provincial capital\n"
    "Hundreds of teachers gathered outside the education office in Karvan on 14 June, "
    "demanding unpaid wages, a local union said.\n"
    "Riot police later dispersed the crowd and detained four organisers, witnesses said.\n"
)


def _dispersal(result: Result) -> int:
    return next(i for i, e in enumerate(result.events) if e.trigger.text.startswith(("dispers", "detain")))


def test_the_candidates_hold_the_paragraphs_day_the_previous_sentences_and_the_published_day(
    pipeline: Pipeline,
) -> None:
    result, doc = _run(pipeline, TEXT)
    event = result.events[_dispersal(result)].replace(time=_published_day())
    cands = event_candidates(event, doc, result.times, PUBLISHED)
    by_day = {(c.time.start, c.time.end): c.kinds for c in cands}
    assert "rules" in by_day[("2025-06-20", "2025-06-20")]
    assert "published" in by_day[("2025-06-20", "2025-06-20")]
    assert "prev_sentence" in by_day[("2025-06-14", "2025-06-14")]
    assert len(by_day) == len(cands)  # one candidate per interval
    assert all(len(c.features) == len(FEATURE_NAMES) for c in cands)


def test_the_chooser_takes_the_paragraphs_day_over_the_published_day(pipeline: Pipeline) -> None:
    result, doc = _run(pipeline, TEXT)
    i = _dispersal(result)
    events = list(result.events)
    events[i] = events[i].replace(time=_published_day())
    model = _model(kind__published=-2.0, kind__prev_sentence=2.0, kind__paragraph=2.0)
    chosen = choose_times(events, doc, result.times, PUBLISHED, model)
    got = chosen[i].time
    assert got is not None
    assert (got.start, got.end) == ("2025-06-14", "2025-06-14")
    # only the time changes
    assert chosen[i].replace(time=events[i].time) == events[i]


def test_a_margin_no_difference_reaches_keeps_the_rules_time(pipeline: Pipeline) -> None:
    result, doc = _run(pipeline, TEXT)
    i = _dispersal(result)
    events = list(result.events)
    events[i] = events[i].replace(time=_published_day())
    model = _model(margin=2.0, kind__published=-2.0, kind__prev_sentence=2.0, kind__paragraph=2.0)
    chosen = choose_times(events, doc, result.times, PUBLISHED, model)
    assert chosen[i].time == events[i].time


def test_a_running_strike_gets_an_interval_to_the_publication_day(pipeline: Pipeline) -> None:
    text = (
        "Dock strike drags on\n"
        "Dock workers in Portmere have been on strike since 2 June, the union said on Thursday, "
        "and the port remains closed.\n"
    )
    result, doc = _run(pipeline, text)
    strike = next(e for e in result.events if e.type == "strike")
    spans = {
        (c.time.start, c.time.end): c.kinds for c in event_candidates(strike, doc, result.times, PUBLISHED)
    }
    assert any(k for (s, e), k in spans.items() if s == "2025-06-02" and e == "2025-06-20")


def _cand(start: str, *kinds: str) -> Candidate:
    return Candidate(Time("", None, None, start, start, start, "day", "absolute"), frozenset(kinds), ())


def test_choose_keeps_the_rules_unless_beaten_by_more_than_the_margin() -> None:
    cands = [_cand("2025-06-20", "rules", "published"), _cand("2025-06-14", "sentence")]
    assert choose(cands, [0.45, 0.55], 0.2) == 0
    assert choose(cands, [0.3, 0.7], 0.2) == 1
    # an event the rules left undated stays undated, unless the variant dates it
    undated = [_cand("2025-06-14", "sentence")]
    assert choose(undated, [1.0], 0.2) is None
    assert choose(undated, [1.0], 0.2, undated=True) == 0
    assert choose([], [], 0.2) is None


def test_the_model_round_trips_and_refuses_other_features() -> None:
    model = _model(margin=0.25, kind__sentence=1.5)
    again = TimeModel.from_dict(model.to_dict())
    assert again == model
    with pytest.raises(ValueError):
        dataclasses.replace(model, features=FEATURE_NAMES[:-1], mean=model.mean[:-1])
    with pytest.raises(ValueError):
        TimeModel.from_dict({**model.to_dict(), "version": FORMAT_VERSION + 1})


def test_the_packaged_model_loads_and_was_trained_on_open_sets_only() -> None:
    model = load_time_model()
    assert model.features == FEATURE_NAMES
    assert model.trained_on
    assert not {"test", "dev67"} & set(model.trained_on)
