"""Binding: a partitive names the same people ("N people, among them X", "most of them X")."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract.test_implicit_actors import _of, _with_actors

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.records import Event

pytestmark = pytest.mark.slow


def _names(ev: Event, role: str) -> set[str]:
    return {n.lower() for a in ev.actors if a.role == role for n in (a.name, a.text or "", *a.aliases)}


@pytest.mark.parametrize(
    ("text", "etype", "name"),
    [
        (
            "Soldiers detained 40 people in Bouaké on Sunday, among them three opposition lawmakers.",
            "arrest",
            "opposition lawmakers",
        ),
        (
            "More than 300 people, most of them ethnic Tigrayans, were detained in Addis Ababa last month.",
            "arrest",
            "ethnic tigrayans",
        ),
        (
            "Gunmen ambushed a bus near Gao, killing nine men, among them a 19-year-old, Moussa Traoré.",
            None,
            "moussa traoré",
        ),
        (
            "The monitor recorded the hanging of at least 14 Kurdish prisoners in Urmia in March, "
            "including three men executed on the same morning.",
            "execution",
            "kurdish prisoners",
        ),
    ],
)
def test_a_partitive_names_the_same_people(nlp: Language, text: str, etype: str | None, name: str) -> None:
    events = _with_actors(nlp, text)
    ev = _of(events, etype) if etype else next(e for e in events if _names(e, "victim"))
    assert name in _names(ev, "victim")


def test_a_partitive_about_another_group_is_not_theirs(nlp: Language) -> None:
    text = "Police detained 12 people as dock workers, most of them union members, marched to the port."
    ev = _of(_with_actors(nlp, text), "arrest")
    assert "union members" not in _names(ev, "victim")
