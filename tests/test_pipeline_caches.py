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
