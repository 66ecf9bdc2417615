"""The index walks and per-Doc caches of the rule modules give what the Token API gives."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from eventwire.extract.implicit_actors_protest import _effective_root, _find_effective_root, _protagonist
from eventwire.extract.scope import _own_conjunct, in_own_clause
from eventwire.extract.senses_context import (
    SPORTS_WINDOW,
    MatchContext,
    _doc_sents,
    _nearby_indices,
    _not_sports,
    _paragraph,
)
from eventwire.extract.syntax import clause_head
from eventwire.records import Actor

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

TEXT = (
    "TEHRAN, Iran (Wire) — Security forces fired on protesters who had gathered outside the court,\n"
    "killing at least three people, witnesses said on Friday.\n\n"
    "Dozens of workers went on strike, and tens of thousands marched in the capital, a union said. "
    "The deadliest unrest the city has seen in months left houses belonging to politicians burned, "
    "and activists hung a banner. Nine were killed and more than 200 injured. "
    "Hundreds of retirees rallied, according to the union, and the team will play next week."
)


def _in_own_clause_by_tokens(tok: Token, head: Token) -> bool:
    if tok in head.subtree and head.pos_ in ("NOUN", "PROPN"):
        return True
    top = clause_head(head)
    cur = tok
    for _ in range(40):
        if cur == top:
            return True
        if cur.dep_ in ("relcl", "advcl", "ccomp", "csubj", "parataxis") or _own_conjunct(cur):
            return False
        if cur.head == cur:
            return False
        cur = cur.head
    return False


@pytest.mark.slow
def test_in_own_clause_by_index_matches_the_token_walk(nlp: Language) -> None:
    doc = nlp(TEXT)
    for head in doc:
        for tok in doc:
            assert in_own_clause(tok, head) == _in_own_clause_by_tokens(tok, head), (tok.text, head.text)


def _nearby_by_tokens(c: MatchContext) -> list[Token]:
    para = _paragraph(c)
    sents = [s for s in para.doc.sents if s.end > para.start and s.start < para.end]
    own = next((k for k, s in enumerate(sents) if s.start <= c.head.i < s.end), None)
    if own is None:
        return list(para)
    lo, hi = max(0, own - SPORTS_WINDOW), min(len(sents), own + SPORTS_WINDOW + 1)
    return [t for s in sents[lo:hi] for t in s]


@pytest.mark.slow
def test_nearby_indices_match_the_sentences_around_the_trigger(nlp: Language) -> None:
    doc = nlp(TEXT + "\nThe striker scored in the football match. Police attacked the fans. The league said.")
    assert [(s.start, s.end) for s in _doc_sents(doc)] == [(s.start, s.end) for s in doc.sents]
    assert _doc_sents(doc) is _doc_sents(doc)  # built once
    for sent in doc.sents:
        for head in sent:
            c = MatchContext(head=head, tokens=(head,), sent=sent, words=frozenset())
            assert list(_nearby_indices(c)) == [t.i for t in _nearby_by_tokens(c)]
    attacked = next(t for t in doc if t.text == "attacked")
    c = MatchContext(head=attacked, tokens=(attacked,), sent=attacked.sent, words=frozenset())
    assert not _not_sports(c)  # "football", "striker" and "league" in the sentences around it


@pytest.mark.slow
def test_effective_root_and_protagonist_are_remembered_per_doc(nlp: Language) -> None:
    doc = nlp(TEXT)
    start = TEXT.index("Hundreds of retirees")
    end = start + len("Hundreds of retirees")
    actor = Actor(
        text=TEXT[start:end],
        start_char=start,
        end_char=end,
        name="retirees",
        aliases=(),
        kind="civilians",
        role=None,
        country=None,
    )
    root = _effective_root(doc, actor)
    assert root is not None and root.text == "Hundreds"
    assert root == _find_effective_root(doc, start, end)
    assert _effective_root(doc, actor) is root  # remembered
    first = _protagonist(doc, actor, frozenset({"civilians"}))
    assert first is True  # "Hundreds of retirees rallied": the subject of its clause
    assert _protagonist(doc, actor, frozenset({"civilians"})) is first
    assert _protagonist(doc, actor, frozenset({"state"})) is False  # the kind filter comes first


@pytest.mark.slow
def test_time_attachment_is_the_head_of_the_time_and_the_words_above_a_preposition(nlp: Language) -> None:
    from eventwire.extract.claims import _attachment

    text = "Police said on Friday that 12 protesters were detained. Yesterday the union marched."
    doc = nlp(text)
    start = text.index("Friday")
    said = next(t for t in doc if t.text == "said")
    on = next(t for t in doc if t.text == "on")
    assert _attachment(doc, start, start + 6) == (on.i, said.i)  # "said on Friday"
    y = text.index("Yesterday")
    marched = next(t for t in doc if t.text == "marched")
    assert _attachment(doc, y, y + 9) == (marched.i,)  # "Yesterday … marched": no preposition above


@pytest.mark.slow
def test_status_ancestors_by_index_match_the_head_walk(nlp: Language) -> None:
    from eventwire.extract.status_syntax import _ancestors

    doc = nlp(TEXT)
    for tok in doc:
        expected = []
        cur = tok
        for _ in range(5):
            if cur.head == cur:
                break
            expected.append((cur.head.i, cur.dep_))
            cur = cur.head
        assert [(a.i, d) for a, d in _ancestors(tok, 5)] == expected


@pytest.mark.slow
def test_nth_matches_are_found_once_per_sentence(nlp: Language) -> None:
    from eventwire.extract.timing import _NTH_UNIT, _nth_matches

    text = "Workers struck for a third day on Monday. Protests continued for the eighth week in a row."
    doc = nlp(text)
    for sent in doc.sents:
        found = _nth_matches(doc, sent)
        assert [m[0] for m in found] == [m[0] for m in _NTH_UNIT.finditer(sent.text)]
        assert found
        assert _nth_matches(doc, sent) is found  # remembered


@pytest.mark.slow
def test_lede_speaking_and_protest_lede_are_remembered_per_doc(nlp: Language) -> None:
    from eventwire.extract.implicit_actors import _speaking
    from eventwire.extract.implicit_actors_protest import _lede, at_protest

    text = (
        "Protest in Tehran\n\nThe army said a rocket attack hit a village. Hundreds of people were arrested."
    )
    doc = nlp(text)
    first = _lede(doc)
    assert [s.text for s in first] == ["Protest in Tehran", "The army said a rocket attack hit a village."]
    first.clear()  # the caller's copy: the cached lede stays whole
    assert len(_lede(doc)) == 2
    start = text.index("The army")
    army = Actor(
        text="The army",
        start_char=start,
        end_char=start + 8,
        name="army",
        aliases=(),
        kind="security_forces",
        role=None,
        country=None,
    )
    assert _speaking(doc, army) is True  # "the army said"
    assert _speaking(doc, army) is True
    arrested = next(t for t in doc if t.text == "arrested")
    assert at_protest(arrested)  # the headline is about a protest
    assert at_protest(arrested)


@pytest.mark.slow
def test_gap_stops_match_the_token_punctuation(nlp: Language) -> None:
    from eventwire.extract.triggers import GAP_PUNCT, _gap_stops

    doc = nlp('A banner reading "No to executions" was hung - police (and guards) detained 3; others fled.')
    assert _gap_stops(doc) == [t.is_punct and t.text not in GAP_PUNCT for t in doc]
    assert _gap_stops(doc) is _gap_stops(doc)


@pytest.mark.slow
def test_protest_paragraph_by_index_matches_the_token_scan(nlp: Language) -> None:
    from eventwire.extract.lexicon import word_set
    from eventwire.extract.senses_context import _protest_paragraph
    from eventwire.extract.syntax import lemma

    text = "Thousands marched in the capital.\nSoldiers drove into the crowd. Police fired.\nA quiet day."
    doc = nlp(text)
    words = word_set("protest")
    for sent in doc.sents:
        for head in sent:
            c = MatchContext(head=head, tokens=(head,), sent=sent, words=frozenset())
            para = _paragraph(c)
            expected = any((t.lower_ in words or lemma(t) in words) and t.i != head.i for t in para)
            assert _protest_paragraph(c) == expected, head.text


@pytest.mark.slow
def test_triggers_by_segment_keep_their_order_per_segment(nlp: Language) -> None:
    from eventwire.extract.events_cues import _by_segment
    from eventwire.extract.syntax import segment_starts
    from eventwire.extract.triggers import find_triggers

    doc = nlp(TEXT)
    by_head = {t.head: t for t in find_triggers(doc)}
    groups = _by_segment(doc, by_head)
    starts = segment_starts(doc)
    for t in by_head.values():
        assert [o for o in by_head.values() if starts[o.head] == starts[t.head]] == groups[starts[t.head]]
    assert _by_segment(doc, by_head) is groups  # remembered for the same triggers
    assert _by_segment(doc, dict(by_head)) is not groups  # rebuilt for other ones


@pytest.mark.slow
def test_hedge_positions_match_the_segment_scan(nlp: Language) -> None:
    from eventwire.extract.lexicon import word_set
    from eventwire.extract.status_reporters import _hedge_positions, _hedged
    from eventwire.extract.syntax import lowers, segment

    text = "Police allegedly beat two students. Officers reportedly detained nine. Workers marched."
    doc = nlp(text)
    hedges = word_set("hedges")
    assert _hedge_positions(doc) == [i for i, w in enumerate(lowers(doc)) if w in hedges]
    for tok in doc:
        seg = segment(tok)
        if any(lowers(doc)[i] in hedges for i in range(seg.start, seg.end)):
            assert _hedged(tok)
    marched = next(t for t in doc if t.text == "marched")
    assert not _hedged(marched)


@pytest.mark.slow
def test_overlapping_actors_by_binary_search_match_the_scan(nlp: Language) -> None:
    from eventwire.extract.actor_roles import _overlapping

    doc = nlp(TEXT)

    def actor(text: str | None, start: int | None, end: int | None) -> Actor:
        return Actor(
            text=text,
            start_char=start,
            end_char=end,
            name="x",
            aliases=(),
            kind="police",
            role=None,
            country=None,
        )

    known = (
        actor("Security forces", 22, 37),
        actor("protesters", 49, 59),
        actor(None, None, None),
        actor("forces fired", 31, 43),
    )
    for start in range(0, 70, 3):
        for end in range(start + 1, start + 30, 4):
            expected = [
                a
                for a in known
                if a.start_char is not None
                and a.end_char is not None
                and a.start_char < end
                and start < a.end_char
            ]
            assert _overlapping(doc, known, start, end) == expected
    assert _overlapping(doc, (), 0, 10) == []


@pytest.mark.slow
def test_site_anaphor_from_the_site_nouns_matches_the_subtree_scan(nlp: Language) -> None:
    from eventwire.extract.placing_site_nouns import SITE_NOUNS, _is_site, _site_anaphor
    from eventwire.extract.syntax import kids, lemmas, subtree_indices
    from eventwire.records import Place

    def by_subtree(head: Token, own: list[Place]) -> Place | None:
        lems = lemmas(head.doc)
        for i in subtree_indices(clause_head(head)):
            t = head.doc[i]
            if (
                lems[i] not in SITE_NOUNS
                or t.tag_ != "NN"
                or not (
                    any(c.dep_ == "det" and c.lower_ == "the" for c in kids(t)) or t.nbor(-1).lower_ == "the"
                )
                or any(c.dep_ in ("compound", "poss") or c.pos_ == "PROPN" for c in kids(t))
            ):
                continue
            named = [
                p
                for p in own
                if p.end_char <= t.idx and _is_site(p) and (p.name or p.text).lower().split()[-1] == t.lower_
            ]
            if named:
                return named[-1]
        return None

    text = (
        "Families gathered at Evin Prison and at Jumhuriya Bridge on Monday. Later, guards beat "
        "relatives who waited outside the main gate of the prison, while others marched to the bridge "
        "and blocked the entrance to the prison and the bridge."
    )
    doc = nlp(text)

    def site(name: str) -> Place:
        start = text.index(name)
        return Place(
            text=name, start_char=start, end_char=start + len(name), name=name, geonames_id=None, lat=None,
            lon=None, country="IR", admin1=None, feature="place", precision="point",
        )  # fmt: skip

    own = [site("Evin Prison"), site("Jumhuriya Bridge")]
    found = 0
    for tok in doc:
        expected = by_subtree(tok, own)
        assert _site_anaphor(tok, own) == expected
        found += expected is not None
    assert found


@pytest.mark.slow
def test_trigger_match_with_the_doc_arrays_given_or_not(nlp: Language) -> None:
    from eventwire.extract.lexicon import TriggerEntry
    from eventwire.extract.triggers import _doc_keys, _gap_stops, _match_at

    doc = nlp("Thousands went on a general strike and took to the streets on Monday.")
    sent = next(iter(doc.sents))
    one = TriggerEntry("strike", None, ("strike",), (0,), 0, (), (), 0)
    phrase = TriggerEntry("protest", None, ("take", "to", "street"), (0, 0, 1), 0, (), (), 1)
    keys, stops = _doc_keys(doc), _gap_stops(doc)
    took = next(t.i for t in doc if t.text == "took")
    for i in range(len(doc)):
        assert _match_at(one, sent, i) == [i] == _match_at(one, sent, i, keys, stops)
        assert _match_at(phrase, sent, i) == _match_at(phrase, sent, i, keys, stops)
    assert _match_at(phrase, sent, took, keys, stops) == [took, took + 1, took + 3]


@pytest.mark.slow
def test_index_scans_of_joiners_plural_sites_and_clause_spans(nlp: Language) -> None:
    from eventwire.extract.actor_doers_calls import JOIN_LEMMAS, URGE_LEMMAS, joiners
    from eventwire.extract.actor_roles import conjuncts
    from eventwire.extract.claim_spans import clause_span
    from eventwire.extract.scope import ONE_WORDS, PLURAL_SITES, SITE_PREPS, plural_sites
    from eventwire.extract.syntax import kids, lemma, segment

    text = (
        "The union called a general strike and urged teachers, farmers and lawyers to join. "
        "Port workers are expected to join.\n"
        "Detainees were beaten in police stations across the country, the group said that day."
    )
    doc = nlp(text)

    def joiners_by_tokens(head: Token) -> list[Token]:
        seg = segment(head)
        out: list[Token] = []
        for t in seg:
            if lemma(t) in JOIN_LEMMAS and t.dep_ == "xcomp" and lemma(t.head) in URGE_LEMMAS:
                out.extend(k for o in kids(t.head) if o.dep_ == "dobj" for k in conjuncts(o))
        if seg.end < len(doc) and not doc[seg.end].is_space:
            for t in segment(doc[seg.end]):
                if lemma(t) not in JOIN_LEMMAS or any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in kids(t)):
                    continue
                gov = t.head if t.dep_ == "xcomp" else t
                subj = next((c for c in kids(gov) if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                    out.extend(conjuncts(subj))
        return out

    def plural_sites_by_tokens(head: Token) -> bool:
        return any(
            t.dep_ == "pobj"
            and t.tag_ == "NNS"
            and lemma(t) in PLURAL_SITES
            and t.head.lower_ in SITE_PREPS
            and t.head.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ == "nummod" and c.lower_ in ONE_WORDS for c in kids(t))
            and in_own_clause(t, head)
            for t in clause_head(head).subtree
        )

    assert any(joiners(t) for t in doc) and any(plural_sites(t) for t in doc)
    for tok in doc:
        assert joiners(tok) == joiners_by_tokens(tok)
        assert plural_sites(tok) == plural_sites_by_tokens(tok)
        sub = list(tok.subtree)
        assert clause_span(tok, text)[0] >= min(t.idx for t in sub)


def test_remembered_text_searches_give_what_the_patterns_give() -> None:
    import re

    from eventwire.extract.coref_draft import TREND
    from eventwire.extract.coref_draft import searched as _searched
    from eventwire.extract.coref_tolls import CUMULATIVE
    from eventwire.extract.placing import _quotes
    from eventwire.extract.placing_site_nouns import ROUTE_NOUNS, _route_pattern
    from eventwire.extract.status_media import _words

    for text in ["12 killed since the coup", "so far 40 have died", "a sharp rise in executions", "nothing"]:
        for pattern in (CUMULATIVE, TREND):
            assert _searched(pattern, text) == (pattern.search(text) is not None)
            assert _searched(pattern, text) == (pattern.search(text) is not None)  # from the cache
    assert _words("The Hawar Human-Rights Org's") == ["hawar", "human", "rights", "org"]
    assert _words("the A") == [] and _words("") == []
    text = 'They chanted "death to the dictator" and “free them” before police came.'
    assert _quotes(text, 5, len(text)) == [(13, 36), (41, 52)]
    assert [text[s:e] for s, e in _quotes(text, 5, len(text))] == ['"death to the dictator"', "“free them”"]
    assert _quotes(text, 5, len(text)) is not _quotes(text, 5, len(text))  # a fresh list each time
    route = re.compile(r"\b(?:" + "|".join(sorted(ROUTE_NOUNS)) + r")\s+(?:to|towards?)\s+(?:the\s+)?$", re.I)
    for before in ["on the main highway to ", "the road towards the ", "went to ", "Road To "]:
        assert (_route_pattern().search(before) is None) == (route.search(before) is None)


@pytest.mark.slow
def test_modals_are_read_once_per_verb(nlp: Language) -> None:
    from eventwire.extract.status_syntax import _modal, _read_modal

    doc = nlp("Police would have arrested them, and workers will strike; they might march but did not riot.")
    for tok in doc:
        assert _modal(tok) == _read_modal(tok)
        assert _modal(tok) is _modal(tok)  # remembered per Doc
    would = next(t for t in doc if t.text == "arrested")
    assert _modal(would) == ("would", True)


@pytest.mark.slow
def test_site_names_over_the_cached_tokens_match_the_span_walk(nlp: Language) -> None:
    from eventwire.extract.timing_context import _CALENDAR, _SITE_PREPS, _sites

    text = "Vendors looted shops in Izeh and on the Changuinola bridge on Monday. Police arrested 38 people."
    doc = nlp(text)
    for lo, hi in ((0, len(doc)), (2, 9), (5, 5)):
        span = doc[lo:hi]
        expected = {
            t.text
            for t in span
            if t.pos_ == "PROPN"
            and t.ent_type_ not in ("DATE", "TIME")
            and not _CALENDAR.fullmatch(t.text)
            and (o := t.head if t.dep_ == "compound" else t).dep_ == "pobj"
            and o.head.lower_ in _SITE_PREPS
        }
        assert _sites(span) == expected
