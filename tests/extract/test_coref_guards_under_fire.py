"""A side that came under fire and an act told in another sentence: each side's act, unless the act is
an attack on that very side (the one act told from the other end).

Each test writes the sentences it stands for; the drafts are built by hand.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref_draft import Draft
from eventwire.extract.coref_guards import under_fire_apart
from eventwire.records import Actor
from tests.extract.test_coref import _said, draft


def _actor(name: str, role: str, start: int) -> Actor:
    return Actor(name, start, start + len(name), name, (), "unknown", role, None)  # type: ignore[arg-type]


def _under_fire(target: str) -> Draft:
    # "(para 2) The lorries came under fire near a river crossing, the army said."
    d = _said(
        draft("attack", "came under fire", 320, status="attributed", para=2),
        "The lorries came under fire near a river crossing, the army said.",
    )
    return replace(d, head_lemma="come", actors=(_actor(target, "target", 304),))


def test_an_ambush_of_the_side_that_came_under_fire_is_one_act() -> None:
    # "Bandits ambushed a column of aid lorries on Sunday, officials said."
    ambush = _said(
        draft("attack", "ambushed", 8, status="attributed", para=1),
        "Bandits ambushed a column of aid lorries on Sunday, officials said.",
    )
    ambush = replace(ambush, actors=(_actor("Bandits", "perpetrator", 0), _actor("lorries", "target", 30)))
    assert not under_fire_apart(ambush, _under_fire("lorries"))


def test_the_other_side_shooting_someone_else_stays_apart() -> None:
    # "... 'They shot a boy who was running away,' his uncle said."
    shot = _said(
        draft("attack", "shot", 600, status="attributed", para=3),
        "'They shot a boy who was running away,' his uncle said.",
    )
    shot = replace(shot, actors=(_actor("boy", "victim", 607),))
    assert under_fire_apart(_under_fire("lorries"), shot)


def test_a_killing_told_apart_stays_apart() -> None:
    # "... Two drivers of the lorries were shot dead, the army said."
    killed = _said(
        draft("killing", "shot dead", 700, status="attributed", para=3),
        "Two drivers of the lorries were shot dead, the army said.",
    )
    killed = replace(killed, actors=(_actor("lorries", "victim", 680),))
    assert under_fire_apart(_under_fire("lorries"), killed)
