"""Shortcuts in place, actor and time resolution give exactly what the plain computations give."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from eventwire.resolve.actor_match import _APOSTROPHES, _SPELLINGS, _TOKEN, fold, tokenize
from eventwire.resolve.gazetteer import Candidate
from eventwire.resolve.places_ranking import _km, _nearness
from eventwire.resolve.places_toponyms import _Cover as Cover
from eventwire.resolve.places_toponyms import _overlaps
from eventwire.resolve.timex_grammar import case_folded, rules

spans = st.lists(st.tuples(st.integers(-3, 60), st.integers(-3, 60)), max_size=8)


@given(spans, st.integers(-3, 70), st.integers(-3, 70))
def test_cover_is_overlaps(taken: list[tuple[int, int]], start: int, end: int) -> None:
    assert Cover(taken).hits(start, end) == _overlaps(start, end, taken)


def _place(lat: float, lon: float) -> Candidate:
    return Candidate(1, 1, "x", "city", "city", "IR", None, None, lat, lon, 1000)


coords = st.tuples(st.floats(-89, 89), st.floats(-179, 179))


@given(coords, st.lists(coords, min_size=1, max_size=6))
def test_nearness_is_the_threshold_of_the_nearest(
    here: tuple[float, float], there: list[tuple[float, float]]
) -> None:
    near = min(_km(here[0], here[1], lat, lon) for lat, lon in there)
    expected = 2.0 if near < 50 else 1.0 if near < 200 else 0.0
    assert _nearness(here[0], here[1], [_place(lat, lon) for lat, lon in there]) == expected


def test_nearness_at_the_edges() -> None:
    # 1.8 degrees of latitude is about 200 km: on either side of both thresholds
    for dlat in (0.44, 0.45, 1.79, 1.80, 1.88, 1.89, 2.5):
        near = _km(30.0, 50.0, 30.0 + dlat, 50.0)
        expected = 2.0 if near < 50 else 1.0 if near < 200 else 0.0
        assert _nearness(30.0, 50.0, [_place(30.0 + dlat, 50.0)]) == expected


def _fold_slow(text: str, *, lower: bool = True) -> str:
    text = text.translate(_APOSTROPHES)
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return text.casefold() if lower else text


@given(st.text(max_size=30))
def test_fold_fast_path_is_the_full_fold(text: str) -> None:
    assert fold(text) == _fold_slow(text)
    assert fold(text, lower=False) == _fold_slow(text, lower=False)


def _plain_tokens(text: str) -> list[tuple[str, int, int, str, str]]:
    """Each word's fields computed directly: folded, and a British spelling written the American way
    in the written case pattern ("Centre" -> "Center", "CENTRE" -> "CENTER")."""
    want = []
    for m in _TOKEN.finditer(text):
        exact = _fold_slow(m.group(), lower=False)
        key = exact.casefold()
        american = _SPELLINGS.get(key)
        if american is not None:
            key = american
            if exact.isupper():
                exact = american.upper()
            elif exact[:1].isupper():
                exact = american.capitalize()
            else:
                exact = american
        want.append((m.group(), m.start(), m.end(), key, exact))
    return want


def test_tokenize_folds_each_word_as_written() -> None:
    text = "Iran’s IRGC and the Revolutionary Guards; Café Naderi, café; the Workers' Centre, DEFENCE."
    got = [(t.text, t.start, t.end, t.key, t.exact) for t in tokenize(text)]
    assert got == _plain_tokens(text)


@given(st.text(max_size=40))
@example("ORGANISE Centre defence, Labour's")  # British spellings, each case pattern (found by CI)
def test_tokenize_tokens_are_the_plain_fields(text: str) -> None:
    got = [(t.text, t.start, t.end, t.key, t.exact) for t in tokenize(text)]
    assert got == _plain_tokens(text)


RARE = [
    "on 5 Mehr 1402",
    "Ordibehesht 1401",
    "12 Rabi al-Awwal 1445",
    "in the first quarter of 2023",
    "the second half",
    "last spring",
    "summer 2019",
    "the weekend",
    "a year-earlier figure",
    "the next morning",
    "the day before",
    "in recent weeks",
    "the coming days",
    "for several hours",
    "half an hour",
    "every Friday",
    "twice weekly",
    "this evening",
    "at dawn",
    "on Christmas Day",
    "New Year's Eve",
]


def test_every_rare_expression_still_passes_its_gate() -> None:
    for text in RARE + [s.upper() for s in RARE]:
        folded = case_folded(text)
        for rule in rules():
            if rule.pattern.search(text):
                assert rule.may_match(text, folded), (rule.name, text)


def test_case_folded_keeps_length_and_finds_odd_capitals() -> None:
    text = "İN THE COMİNG DAYS, ſpring, K"
    assert len(case_folded(text)) == len(text)
    assert "coming" in case_folded(text) and "spring" in case_folded(text)
    for rule in rules():
        if rule.pattern.search(text):
            assert rule.may_match(text, case_folded(text)), rule.name


@given(st.text(alphabet=st.sampled_from(list("aeiknrsty dqhufmowlgcpbv-'İıſK1234567890")), max_size=40))
def test_a_gated_rule_never_matches_a_text_it_skips(text: str) -> None:
    folded = case_folded(text)
    for rule in rules():
        if not rule.may_match(text, folded):
            assert rule.pattern.search(text) is None, rule.name


def test_gates_name_only_lower_case_words() -> None:
    for rule in rules():
        assert all(w == w.lower() and re.fullmatch(r"[a-z-]+", w) for w in rule.needs), rule.name
