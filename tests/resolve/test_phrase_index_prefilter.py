"""The second-word prefilter of PhraseIndex finds exactly what a full comparison finds, in order."""

from __future__ import annotations

from eventwire.resolve.actor_match import PhraseIndex, tokenize


def _brute(phrases: list[tuple[str, int, bool]], text: str) -> list[tuple[int, int, int]]:
    toks = tokenize(text)
    out: list[tuple[int, int, int]] = []
    for i in range(len(toks)):
        for phrase, value, insensitive in phrases:
            single: PhraseIndex[int] = PhraseIndex()
            single.add(phrase, value, case_insensitive=insensitive)
            # one phrase per index: the prefilter never has a neighbour to skip to
            out.extend((i, end, v) for end, v in single.match_at(toks, i) if toks[i].key in single._by_first)
    return out


def test_prefilter_keeps_every_match_and_its_order() -> None:
    phrases = [
        ("the army", 1, False),
        ("the Army", 2, False),
        ("the", 3, False),
        ("The Revolutionary Guards", 4, False),
        ("the revolutionary guards", 5, True),
        ("the army's", 6, False),
        ("Straße Police", 7, False),
        ("the riot police", 8, False),
    ]
    text = "The army and the Army's men; THE REVOLUTIONARY GUARDS, the riot police, STRASSE police, the"
    index: PhraseIndex[int] = PhraseIndex()
    for phrase, value, insensitive in phrases:
        index.add(phrase, value, case_insensitive=insensitive)
    found = list(index.find(tokenize(text)))
    expected = sorted(_brute(phrases, text), key=lambda m: (m[0], [p[1] for p in phrases].index(m[2])))
    assert found == expected
    assert (0, 2, 1) in found  # "The army": lower-case phrase words match any case
    assert not any(v == 4 for _, _, v in found)  # capitals in the phrase must be written so
    assert any(v == 5 for _, _, v in found)  # unless the phrase is case-insensitive


def test_word_keys_are_remembered_and_fold_as_before() -> None:
    from eventwire.resolve.actor_match import _word_keys, fold

    for word in ("Béla", "Straße", "army", "ARMY", "O’Brien", "İzmir"):
        exact = fold(word, lower=False)
        assert _word_keys(word) == (exact.casefold(), exact)
        assert _word_keys(word) is _word_keys(word)


def test_tokenize_builds_real_tokens_with_offsets_and_folded_keys() -> None:
    from eventwire.resolve.actor_match import Token

    text = "Les Forces de l’ordre, HRW’s ÉTAT-major"
    toks = tokenize(text)
    assert all(type(t) is Token for t in toks)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.key for t in toks][:3] == ["les", "forces", "de"]
    assert toks[-1] == Token("major", 34, 39, "major", "major")
    assert next(t for t in toks if t.text == "ÉTAT")._asdict() == {
        "text": "ÉTAT", "start": 29, "end": 33, "key": "etat", "exact": "ETAT",
    }  # fmt: skip
