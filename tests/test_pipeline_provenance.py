"""The pipeline's actors: dictionary names in ``aliases``, names a step inferred in ``inferred_names``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.ingest.document import make_document

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline

pytestmark = pytest.mark.slow


def test_an_implied_riot_crowd_carries_its_class_words_as_inferred_names(pipeline: Pipeline) -> None:
    text = "Shops were looted and several cars were set on fire in the old quarter on Saturday night."
    res = pipeline.process(make_document(text, published="2024-03-04", published_source="user"))
    riot = next(e for e in res.events if e.type == "riot")
    crowd = next(a for a in riot.actors if a.role == "initiator")
    assert crowd.aliases == ()
    assert {(x.name, x.step) for x in crowd.inferred_names} >= {("demonstrators", "binding_implied.crowd")}


def test_a_dictionary_alias_stays_in_aliases(pipeline: Pipeline) -> None:
    text = "The IRGC arrested 12 protesters in Tehran on Monday, a rights group said."
    res = pipeline.process(make_document(text, published="2024-03-04", published_source="user"))
    arrest = next(e for e in res.events if e.type == "arrest")
    guards = next(a for a in arrest.actors if a.role == "perpetrator")
    assert guards.aliases and not {x.name for x in guards.inferred_names} & set(guards.aliases)
    for ev in res.events:
        for a in ev.actors:
            assert not {x.name for x in a.inferred_names} & set(a.aliases)
