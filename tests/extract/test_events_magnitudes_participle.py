"""A toll told by a participle after a comma (", killing six people") or by a "when" clause is the
shooting's own, even when the parser hangs the participle from another verb of the sentence (sentences
written for these tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses recall the night of the vote, when troops opened fire on marchers in Mutare on 3 May, "
        "killing five people.",
        "In March 2011, police opened fire on strikers gathering near a mine in Mutare, killing five people.",
    ],
)
def test_participle_toll_is_the_shootings_own(nlp: Language, text: str) -> None:
    evs = [e for e in events(nlp, text) if e.trigger.text.startswith("opened fire")]
    assert evs
    assert ("fatalities", 5) in {(m.kind, m.value) for m in evs[0].magnitudes}


def test_the_people_fired_on_are_not_the_dead(nlp: Language) -> None:
    text = (
        "On 9 May, guards opened fire on a column of about 30 traders on the path above the village, "
        "killing three men."
    )
    evs = [e for e in events(nlp, text) if e.type == "killing"]
    assert evs
    assert all(("fatalities", 30) not in {(m.kind, m.value) for m in e.magnitudes} for e in evs)
    assert any(("fatalities", 3) in {(m.kind, m.value) for m in e.magnitudes} for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "Three border guards were killed and two wounded when their post came under fire near Saravan "
        "late on Friday, the governor said.",
        "Three border guards were killed on Friday as a roadside bomb exploded under their truck near "
        "Saravan, the governor said.",
    ],
)
def test_toll_of_a_when_clause_is_the_attacks_own(nlp: Language, text: str) -> None:
    evs = [e for e in events(nlp, text) if e.type == "attack"]
    assert evs
    assert any(("fatalities", 3) in {(m.kind, m.value) for m in e.magnitudes} for e in evs)
