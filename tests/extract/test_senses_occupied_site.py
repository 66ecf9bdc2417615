"""Occupying a site in protest is a sit-in whatever the site is called; a post, a share or a territory
occupied, or a site the state's forces or armed men take, is not."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import events

if TYPE_CHECKING:
    from spacy.language import Language

# (text, number of sit-in protest records)
CASES = [
    ("Some 200 tenant families occupied part of a sugar estate near Kisumu on Tuesday.", 1),
    ("Nursing students have occupied the library of the medical school since Monday.", 1),
    ("Dockers occupied the canteen of the container terminal on Friday to demand back pay.", 1),
    ("The farmers' union said its members would reoccupy the orchard next week.", 1),
    ("The former minister occupied the post of governor for six years.", 0),
    ("Women occupy only a fifth of the seats in the new assembly.", 0),
    ("Police occupied the depot overnight to prevent a stoppage.", 0),
    ("Armed militants occupied the village school on Sunday.", 0),
]


@pytest.mark.parametrize(("text", "count"), CASES)
def test_senses_occupied_site(nlp: Language, text: str, count: int) -> None:
    found = [e for e in events(nlp, text) if e.type == "protest" and e.subtype == "sit_in"]
    assert len(found) == count
