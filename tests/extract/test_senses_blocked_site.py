"""A crowd blocking a site, a route or the machines sent against it is a blockade whatever the site is
called; a bill, an account or a country's veto blocked is not."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.extract._event_helpers import trigger_texts

if TYPE_CHECKING:
    from spacy.language import Language

# (text, the blockade trigger's words, or None)
CASES = [
    ("Lorry drivers blocked the Mombasa–Nairobi motorway near Athi River for four hours.", "blocked"),
    ("Students have blocked faculties in Kampala and Gulu since Monday.", "blocked"),
    ("When villagers tried to block the excavators, guards fired into the air.", "block"),
    ("Opposition senators blocked the finance bill on Tuesday.", None),
    ("The regulator blocked the merger of the two banks.", None),
]


@pytest.mark.parametrize(("text", "words"), CASES)
def test_senses_blocked_site(nlp: Language, text: str, words: str | None) -> None:
    found = trigger_texts(nlp, text, "protest")
    assert any(w.startswith(words) for w in found) if words is not None else not found
