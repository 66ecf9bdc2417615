"""A custody told as a state ("was held for five months", "five are still held") is no arrest of its own
beside the act of its sentence it is the setting of: the ill-treatment done there, or the arrest that
began it (``coref._custody_into_acts``). Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from eventwire.extract.coref import merge_drafts
from tests.extract._event_helpers import events
from tests.extract.test_coref import draft

if TYPE_CHECKING:
    from spacy.language import Language


def test_custody_beside_ill_treatment_is_the_torture() -> None:
    # "He was held for three months in a military camp, where guards beat him with cables."
    held = replace(draft("arrest", "held", 7, sent_start=0, status="attributed"), head_lemma="hold")
    beat = replace(draft("torture", "beat", 60, sent_start=0, status="attributed"), head_lemma="beat")
    (one,) = merge_drafts([held, beat])
    assert (one.type, one.trigger.text) == ("torture", "beat")
    assert [m.text for m in one.mentions] == ["held"]


def test_custody_beside_the_arrest_of_its_sentence_is_that_arrest() -> None:
    # "Thirty workers were detained and six are still held at the district station."
    arrest = replace(draft("arrest", "detained", 17, sent_start=0), head_lemma="detain")
    held = replace(draft("arrest", "held", 48, sent_start=0), head_lemma="hold")
    (one,) = merge_drafts([arrest, held])
    assert one.trigger.text == "detained"


def test_custody_alone_or_denied_stays_a_record() -> None:
    # "Six activists have been held since Friday." and "It denied that he had been held in a cell."
    held = replace(draft("arrest", "held", 20, sent_start=0), head_lemma="hold")
    assert [d.type for d in merge_drafts([held])] == ["arrest"]
    denied = replace(held, status="negated")
    beat = replace(draft("torture", "beaten", 60, sent_start=0, status="negated"), head_lemma="beat")
    assert sorted(d.type for d in merge_drafts([denied, beat])) == ["arrest", "torture"]


@pytest.mark.slow
def test_custody_in_a_sentence_of_torture_end_to_end(nlp: Language) -> None:
    text = (
        "A former detainee told the group that he was held for three months in an army camp near Torit, "
        "where soldiers tortured him with electric shocks."
    )
    assert [e.type for e in events(nlp, text)] == ["torture"]
