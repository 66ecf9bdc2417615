"""find_actors: "young people", "young men" and "youths" name one group, so each takes the others as
aliases (gold-format M57, N11); people written without "young" take none."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
import spacy

from eventwire.resolve.actors import ActorDictionary, find_actors

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def _by_text(blank: Language, text: str, written: str) -> tuple[str, tuple[str, ...]]:
    actors = find_actors(blank(text), ActorDictionary.load())
    found = [a for a in actors if (a.text or "").lower() == written]
    assert found, [(a.text, a.name) for a in actors]
    return found[0].name, found[0].aliases


@pytest.mark.parametrize(
    ("text", "written", "others"),
    [
        (
            "Hundreds of young people blocked the ring road with burning tyres.",
            "young people",
            ("youths", "young men"),
        ),
        ("Soldiers detained 30 young men in the market town.", "young men", ("youths", "young people")),
        ("Youths hurled stones at the customs post on Sunday.", "youths", ("young people", "young men")),
    ],
)
def test_the_young_go_by_one_anothers_words(
    blank: Language, text: str, written: str, others: tuple[str, ...]
) -> None:
    _name, aliases = _by_text(blank, text, written)
    assert all(o in aliases for o in others)


def test_the_name_stays_the_generic_one(blank: Language) -> None:
    name, _aliases = _by_text(blank, "Hundreds of young people marched to the square.", "young people")
    assert name == "Residents"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Hundreds of people marched to the square in the old town.", "people"),
        ("Masked men set fire to a lorry on the bypass.", "masked men"),
    ],
)
def test_people_not_written_young_take_no_youth_alias(blank: Language, text: str, written: str) -> None:
    _name, aliases = _by_text(blank, text, written)
    assert "youths" not in aliases
