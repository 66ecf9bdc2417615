"""A hyphenated word inside a phrase's gap counts as one word."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.triggers import find_triggers

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The governor imposed a dusk-to-dawn curfew in the city after the riots.",
            "imposed a dusk-to-dawn curfew",
        ),
        (
            "Authorities declared a round-the-clock curfew in three districts.",
            "declared a round-the-clock curfew",
        ),
        ("Police imposed a 24-hour curfew on Tuesday.", "imposed a 24-hour curfew"),
    ],
)
def test_curfew_after_a_hyphenated_modifier(nlp: Language, text: str, words: str) -> None:
    found = [(t.type, t.subtype, text[t.start_char : t.end_char]) for t in find_triggers(nlp(text))]
    assert ("repression", "curfew", words) in found


def test_gap_still_counts_separate_words(nlp: Language) -> None:
    # the curfew phrases allow seven words between verb and noun ("imposed a 6 p.m. to 6 a.m. curfew");
    # a curfew further away is no object of the verb
    text = (
        "The council imposed new rules on the opening hours of the market stalls in the old town, "
        "citing a curfew from last year."
    )
    assert not any(t.subtype == "curfew" and t.phrase for t in find_triggers(nlp(text)))
