"""Implicit actors: a force written in an attack's or killing's sentence only as the subject of another,
non-violent act (patrolling, denying, tracking down) is its bystander, investigator or teller, not its doer;
and a sentence that tells the forces doing something else implies no state doer either (IndiaPoliceEvents:
police made the bombers of blasts they were patrolling near)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


def _doers(nlp: Language, text: str, etype: str) -> list[tuple[str, str | None]]:
    ev = _of(_with_actors(nlp, text), etype)
    return [(a.kind, a.text) for a in ev.actors if a.role == "perpetrator"]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday three small bombs exploded near the bus depot even as police stepped up patrols "
        "in the old town.",
        "A grenade exploded outside the mill while the police were questioning the night watchmen.",
    ],
)
def test_a_force_busy_with_another_act_does_not_attack(nlp: Language, text: str) -> None:
    assert not any(kind == "security_forces" for kind, _ in _doers(nlp, text, "attack"))


def test_a_force_busy_with_another_act_implies_no_killer(nlp: Language) -> None:
    text = "The army was expected to hold a flag march in the town after the clashes claiming nine lives."
    assert not any(kind == "security_forces" for kind, _ in _doers(nlp, text, "killing"))


@pytest.mark.parametrize(
    "text",
    [
        "Three villagers were killed after the police opened fire on the crowd near the temple.",
        "Police opened fire on the marchers, killing two of them.",
    ],
)
def test_a_force_whose_act_is_violent_still_kills(nlp: Language, text: str) -> None:
    assert any(kind == "security_forces" for kind, _ in _doers(nlp, text, "killing"))


@pytest.mark.parametrize(
    ("text", "word", "bare"),
    [
        ("Weeks of unrest and some 300 deaths later, the council met again.", "deaths", True),
        ("The communal killings in the district went on for a week.", "killings", True),
        ("Students marched against the killing of three protesters.", "killing", False),
        ("Their deaths shocked the town.", "deaths", False),
    ],
)
def test_a_killing_noun_with_no_victim_on_it_is_bare(nlp: Language, text: str, word: str, bare: bool) -> None:
    from eventwire.extract.implicit_actors_bystanders import bare_killing_noun

    tok = next(t for t in nlp(text) if t.text == word)
    assert bare_killing_noun(tok) is bare
