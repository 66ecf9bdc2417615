"""A crackdown at a protest whose clause gives the force's target only after it: "fired tear gas at
several hundred merchants marching": the crowd written after the force is its target."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_the_crowd_told_after_the_force_is_its_target(nlp: Language) -> None:
    text = "Riot police fired tear gas on Wednesday at several hundred merchants marching through the bazaar."
    ev = _of(_with_actors(nlp, text), "repression")
    targets = [a.text for a in ev.actors if a.role in ("target", "victim")]
    assert targets == ["merchants"], ev.actors


def test_a_crowd_before_the_force_is_still_preferred(nlp: Language) -> None:
    text = (
        "Hundreds of students marched to the ministry on Monday, and police fired tear gas to disperse "
        "them as workers watched."
    )
    ev = _of(_with_actors(nlp, text), "repression")
    assert [a.text for a in ev.actors if a.role in ("target", "victim")][:1] == ["students"], ev.actors
