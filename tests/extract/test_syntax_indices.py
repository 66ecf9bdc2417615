"""Children and subtrees walked over the parse arrays: the same tokens, in the same order, as spaCy's."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.scope import one_occasion, whole_extent, within_wave
from eventwire.extract.syntax import CLAUSE_DEPS, children_index, clause_head, kids, lemma, subtree_indices

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span, Token

TEXTS = [
    "Security forces shot dead at least 12 protesters in the city of Zahedan on Friday, witnesses said.",
    "Police, who had been deployed across the entire province, detained the lawyer, his wife and "
    "three students after the rally, which organisers said drew thousands; the strike went on.",
    "Crowds that gathered outside the main gate of the prison were dispersed with tear gas, and "
    "nine men were hanged together at dawn, a rights group said, citing sources inside.",
    "BAGHDAD (Wire) — Hundreds of oil workers went on strike. Was it over? No: the whole country "
    "rose, and during the protests in which more than 100 people were killed, shops closed.",
]


@pytest.mark.slow
def test_children_and_subtrees_match_spacy(nlp: Language) -> None:
    for text in TEXTS:
        doc = nlp(text)
        kids = children_index(doc)
        for tok in doc:
            assert kids[tok.i] == [c.i for c in tok.children]
            assert subtree_indices(tok) == tuple(t.i for t in tok.subtree)
            assert subtree_indices(tok) is subtree_indices(tok)  # remembered per Doc


@pytest.mark.slow
def test_cached_tokens_match_spacy(nlp: Language) -> None:
    """``kids``, ``lemma`` and ``clause_head`` from the per-Doc caches give what the Token attributes give."""
    for text in TEXTS:
        doc = nlp(text)
        for tok in doc:
            assert kids(tok) == list(tok.children)
            assert kids(tok) is kids(tok)  # built once per Doc
            assert lemma(tok) == str(tok.lemma_).lower()
            walked = tok
            for _ in range(20):
                if (walked.pos_ in ("VERB", "AUX") and walked.dep_ in CLAUSE_DEPS) or walked.head == walked:
                    break
                walked = walked.head
            assert clause_head(tok) == walked
            assert clause_head(tok) == walked  # again, from the per-Doc memo


@pytest.mark.slow
def test_clause_searches_over_indices(nlp: Language) -> None:
    doc = nlp("Nine men were hanged together in a prison near the capital on Thursday.")
    hanged = next(t for t in doc if t.lower_ == "hanged")
    assert one_occasion(hanged)
    doc = nlp("The whole country will rise against the government, the union said.")
    rise = next(t for t in doc if t.lower_ == "rise")
    assert whole_extent(rise)
    doc = nlp("More than 100 people were killed during the protests, the group said.")
    killed = next(t for t in doc if t.lower_ == "killed")
    assert within_wave(killed, [])
    doc = nlp("A protester was shot in the leg on Monday.")
    shot = next(t for t in doc if t.lower_ == "shot")
    assert not one_occasion(shot) and not whole_extent(shot) and not within_wave(shot, [])


def _condition_only_by_tokens(head: Token) -> bool:
    cur = head
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in cur.children):
            return cur.dep_ == "advcl" or cur.head == cur
        if cur.head == cur or cur.dep_ in ("ccomp", "relcl", "parataxis"):
            return False
        cur = cur.head
    return False


@pytest.mark.slow
def test_condition_only_by_index_agrees_with_the_token_walk(nlp: Language) -> None:
    from eventwire.extract.events_cues import _condition_only

    texts = [
        *TEXTS,
        "If the protests continue, the government will fall, unless the army intervenes.",
        "Unless workers end the strike, the company said it would fire them if they refused.",
    ]
    hits = 0
    for text in texts:
        for tok in nlp(text):
            assert _condition_only(tok) == _condition_only_by_tokens(tok)
            hits += _condition_only(tok)
    assert hits


@pytest.mark.slow
def test_qualifier_words_before_a_number(nlp: Language) -> None:
    from eventwire.extract.magnitudes import find_magnitudes

    doc = nlp("Police arrested at least 40 people and more than 200 were injured; nearly 12 died.")
    assert {m.qualifier for m in find_magnitudes(doc)} >= {"at_least", "more_than"}


@pytest.mark.slow
def test_country_words_found_from_the_cued_tokens(nlp: Language) -> None:
    from eventwire.extract.placing_countries import _countries_in, _country_names

    def by_tokens(span: Span) -> list[str]:
        names, out = _country_names(), []
        for t in span:
            if not (t.text[:1].isupper() or t.ent_type_ in ("GPE", "NORP")):
                continue
            two = f"{t.lower_} {span.doc[t.i + 1].lower_}" if t.i + 1 < span.end else ""
            if two in names:
                out.append(names[two])
            elif t.lower_ in names:
                out.append(names[t.lower_])
        return out

    doc = nlp(
        "Protests spread from Iran to Iraq and South Africa. Iranian and Sudanese exiles marched in "
        "United Kingdom cities; the United States and iran said nothing. Sri Lanka, Lebanon."
    )
    assert _countries_in(doc[:]) == by_tokens(doc[:]) and "IR" in _countries_in(doc[:])
    for sent in doc.sents:
        assert _countries_in(sent) == by_tokens(sent)
    for start in range(len(doc)):
        assert _countries_in(doc[start : start + 3]) == by_tokens(doc[start : start + 3])


@pytest.mark.slow
def test_char_span_is_spacys_expanded_span_remembered_per_doc(nlp: Language) -> None:
    from eventwire.extract.syntax import char_span

    doc = nlp(TEXTS[1])
    for start, end in [(0, 6), (3, 9), (8, 8), (10, 40), (len(doc.text) - 5, len(doc.text)), (5, 4)]:
        expected = doc.char_span(start, end, alignment_mode="expand")
        found = char_span(doc, start, end)
        assert (found is None) == (expected is None)
        if found is not None and expected is not None:
            assert (found.start, found.end) == (expected.start, expected.end)
        assert char_span(doc, start, end) is found  # remembered


@pytest.mark.slow
def test_segments_and_sentence_starts_match_the_token_scan(nlp: Language) -> None:
    from eventwire.extract.syntax import segments, sentence_starts

    text = "HEADLINE OF THE DAY\n\nPolice detained 12 people. Protests went on\nin Tehran.  \n \nThe end"
    doc = nlp(text)
    expected = []
    for sent in doc.sents:
        start = sent.start
        for t in sent:
            if t.is_space and "\n" in t.text:
                if t.i > start:
                    expected.append((start, t.i))
                start = t.i + 1
        if start < sent.end:
            expected.append((start, sent.end))
    assert [(s.start, s.end) for s in segments(doc)] == expected
    assert sentence_starts(doc) == [t.sent.start for t in doc]
