"""The pipeline drops its per-Doc caches after each document, and warms up without side effects."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.ingest.document import make_document

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline

TEXT = "Police arrested 40 protesters in Minsk on Sunday, a rights group said.\nThousands marched."


@pytest.mark.slow
def test_caches_released_and_results_unchanged(pipeline: Pipeline) -> None:
    document = make_document(TEXT, published="2024-03-04")
    doc = pipeline.nlp(TEXT)
    first = pipeline._analyse(document, doc)
    assert not [k for k in doc.user_data if isinstance(k, str) and k.startswith("eventwire.")]
    assert pipeline._analyse(document, doc).to_dict() == first.to_dict()  # rebuilt the same


@pytest.mark.slow
def test_warm_leaves_no_timings_and_same_results(pipeline: Pipeline) -> None:
    document = make_document(TEXT, published="2024-03-04")
    before = pipeline.process(document).to_dict()
    pipeline.warm()
    assert pipeline.timings == {}
    assert pipeline.process(document).to_dict() == before


@pytest.mark.slow
def test_load_puts_the_pipeline_out_of_the_collectors_reach(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc
    import types

    import eventwire.nlp.pipeline
    import eventwire.pipeline

    monkeypatch.setattr(eventwire.nlp.pipeline, "load_nlp", lambda _model: pipeline.nlp)
    monkeypatch.setattr(eventwire.pipeline, "load_gazetteer", lambda *_a: pipeline.gazetteer)
    stub = types.SimpleNamespace(load=lambda _files: pipeline.actors)
    monkeypatch.setattr(eventwire.pipeline, "ActorDictionary", stub)
    gc.unfreeze()
    try:
        loaded = eventwire.pipeline.Pipeline.load(pipeline.settings)
        assert gc.get_freeze_count() > 0  # full collections skip what lives as long as the process
        assert loaded.process(make_document(TEXT, published="2024-03-04")).events
    finally:
        gc.unfreeze()


@pytest.mark.slow
def test_entities_read_once_per_doc(pipeline: Pipeline) -> None:
    from eventwire.nlp.text import ents

    doc = pipeline.nlp(TEXT)
    first = ents(doc)
    assert first == tuple(doc.ents)
    assert ents(doc) is first  # kept in user_data, dropped with the other caches
    pipeline._analyse(make_document(TEXT, published="2024-03-04"), doc)
    assert "eventwire.ents" not in doc.user_data
