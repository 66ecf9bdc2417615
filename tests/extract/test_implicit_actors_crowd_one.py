"""Implicit actors: the bare "people" arrested after a protest stand for its crowd, not for one
protester the story named in between (crowd_before skips a mention of one person)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def test_one_protester_does_not_stand_for_the_people_arrested(nlp: Language) -> None:
    text = (
        "Hundreds of marchers blocked the ring road in Kumasi on Monday over fuel prices.\n\n"
        "Police said a demonstrator was hurt by a stone.\n\n"
        "Police said they had detained 40 people since the march began."
    )
    ev = _of(_with_actors(nlp, text), "arrest")
    texts = {(a.text or "").lower() for a in ev.actors}
    aliases = {x.lower() for a in ev.actors if a.role == "victim" for x in a.aliases}
    assert "demonstrator" not in aliases, ev.actors
    assert "marchers" in aliases | texts, ev.actors
