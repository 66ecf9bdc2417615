"""M130: the gatherings a ban forbids are no record ("banned all demonstrations", "a ban on street
protests", "Street protests have been banned", "all demonstrations remain banned"); a gathering the story
tells as its own (owned, planned, dated, the definite march whose ban is its circumstance) stays."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def kinds(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger.text) for e in events(nlp, text)]


def test_the_object_of_a_ban_is_no_record(nlp: Language) -> None:
    text = "The regional authorities have banned all public rallies in the valley since last spring."
    assert not [k for k in kinds(nlp, text) if k[0] == "protest"]


def test_a_passive_ban_of_a_kind_of_gathering_is_no_record(nlp: Language) -> None:
    text = "Street marches have been banned in the republic since 2019, and strikes are rare."
    assert not [k for k in kinds(nlp, text) if k[0] == "protest"]


def test_gatherings_that_remain_banned_are_no_record(nlp: Language) -> None:
    text = "The interior office reminded residents that all demonstrations remain banned in the capital."
    assert not [k for k in kinds(nlp, text) if k[0] == "protest"]


def test_the_gatherings_named_by_a_ban_noun_are_no_record(nlp: Language) -> None:
    text = "Hundreds of farmers marched on Friday despite a ban on all street protests in the province."
    assert [k[1] for k in kinds(nlp, text) if k[0] == "protest"] == ["marched"]


def test_our_planned_march_stays(nlp: Language) -> None:
    text = (
        '"Should the governor ban our peaceful march planned in the capital for 3 May, we will hold it '
        'anyway," the union said.'
    )
    assert [k[0] for k in kinds(nlp, text)] == ["protest"]
