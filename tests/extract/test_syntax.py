"""Parse helpers shared by the extractors: segments (sentences cut at line breaks), lemmas."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.syntax import lemma, phrase_head, segment, segments, subject

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = (
    "Protest in Basra\n\n"
    "Hundreds of oil workers rallied outside the company's offices on Monday. Police fired tear gas.\n"
    "Dozens of protesters were detained, a rights group said."
)


@pytest.mark.slow
def test_segment_of_every_token_is_the_segment_that_holds_it(nlp: Language) -> None:
    doc = nlp(TEXT)
    segs = list(segments(doc))
    for seg in segs:
        for tok in seg:
            found = segment(tok)
            assert (found.start, found.end) == (seg.start, seg.end)
    # the headline never runs into the first paragraph, nor a line into the next
    assert segs[0].text == "Protest in Basra"
    assert all("\n" not in s.text for s in segs)


@pytest.mark.slow
def test_segment_of_a_line_break_is_its_sentence_and_the_index_is_built_once(nlp: Language) -> None:
    doc = nlp(TEXT)
    breaks = [t for t in doc if "\n" in t.text]
    assert breaks
    for tok in breaks:
        seg = segment(tok)
        assert seg.start <= tok.i < seg.end
    first = segment(doc[0])
    assert segment(doc[0]) is first  # cached per Doc, not rebuilt per call


@pytest.mark.slow
def test_lemma_and_phrase_head(nlp: Language) -> None:
    doc = nlp("Dozens of protesters were detained.")
    assert lemma(doc[4]) == "detain"
    assert phrase_head(doc[0]).text == "protesters"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("LA PAZ, Bolivia (Wire) — The COB, the main union federation, called a strike.", "called", "COB"),
        ("On Monday the CGT, France's largest union, called a rail strike.", "called", "CGT"),
        ("Protesters said the UGTT, the labour federation, struck on Monday.", "struck", "UGTT"),
        ("BASRA, Iraq (Wire) — Hundreds of workers struck on Monday.", "struck", "Hundreds"),
    ],
)
def test_an_all_caps_subject_is_a_dateline_only_at_the_start_of_a_line(
    nlp: Language, text: str, verb: str, expected: str
) -> None:
    doc = nlp(text)
    found = subject(next(t for t in doc if t.text == verb))
    assert found is not None and found.text == expected


@pytest.mark.slow
def test_a_verb_hung_as_a_bare_dep_shares_the_earlier_verbs_subject(nlp: Language) -> None:
    # ", then attacked …" with no "and": the parser's ``dep`` is a conjunct all the same
    doc = nlp(
        "Several hundred young people erected barricades of burning tyres in the suburbs on Friday, then "
        "attacked the town hall with stones and set fire to a lorry."
    )
    attacked = next(t for t in doc if t.text == "attacked")
    found = subject(attacked)
    assert found is not None and found.text == "people"


@pytest.mark.slow
def test_a_subject_read_as_the_apposition_of_a_fronted_place_is_the_verbs(nlp: Language) -> None:
    # "In Tehran, a Resistance Unit set fire …": the parser hangs "Unit" on "Tehran" as an apposition
    doc = nlp("In Tehran, a Resistance Unit set fire to a base of the militia in the north overnight.")
    found = subject(next(t for t in doc if t.text == "set"))
    assert found is not None and found.text == "Unit"
