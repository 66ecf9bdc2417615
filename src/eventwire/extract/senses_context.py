"""The match context of a sense check (:class:`MatchContext`) and the helpers the checks share:
the trigger's paragraph and nearby sentences, sports reports, protest documents, antecedents and counts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from .lexicon import word_set
from .senses_words import _PROTEST_DOC_KEY, FUTURE_AUX, RELATIVE_PRONOUNS, SPORTS_LEAGUES, SPORTS_OWNERS
from .syntax import char_span, doc_sents, kids, lemma, lemmas, lowers, patient, per_doc

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True, slots=True)
class MatchContext:
    """A candidate trigger: its head token, all matched tokens and its sentence's words."""

    head: Token
    tokens: tuple[Token, ...]
    sent: Span
    words: frozenset[str]  # lemmas and lower forms of the sentence's other tokens

    def has(self, name: str) -> bool:
        return bool(self.words & word_set(name))


def sentence_words(sent: Span, skip: set[int]) -> frozenset[str]:
    out: set[str] = set()
    low, lem = lowers(sent.doc), lemmas(sent.doc)
    for i in range(sent.start, sent.end):
        if i in skip:
            continue
        out.add(low[i])
        out.add(lem[i])
    return frozenset(out)


def _modifiers(tok: Token) -> set[str]:
    return {lemma(c) for c in kids(tok) if c.dep_ in ("compound", "amod", "nmod", "npadvmod")} | {
        c.lower_ for c in kids(tok) if c.dep_ in ("compound", "amod", "nmod")
    }


def _animate_patient(c: MatchContext) -> bool:
    """The patient, when there is one, is not a known thing ("killing time", "arrest the decline")."""
    p = patient(c.head)
    if p is None or p.i in {t.i for t in c.tokens}:
        return True
    inanimate = word_set("inanimate") | word_set("abstract")
    return lemma(p) not in inanimate and p.lower_ not in inanimate


def _paragraph(c: MatchContext) -> Span:
    """The line (paragraph) around the trigger's segment, once per segment of a Doc."""
    doc = c.sent.doc
    memo: dict[tuple[int, int], Span] = per_doc(doc, _PARAGRAPHS, dict)
    key = (c.sent.start, c.sent.end)
    found = memo.get(key)
    if found is None:
        text = doc_text(doc)
        start = text.rfind("\n", 0, c.sent.start_char) + 1
        end = text.find("\n", c.sent.end_char)
        span = char_span(doc, start, len(text) if end < 0 else end)
        found = memo[key] = span if span is not None else c.sent
    return found


_PARAGRAPHS = "eventwire.senses.paragraphs"


SPORTS_WINDOW = 1  # sentences either side of the trigger's own


def _nearby_ranges(c: MatchContext) -> list[tuple[int, int]]:
    """The token index ranges (start, end) of the trigger's sentence and of up to ``SPORTS_WINDOW``
    sentences either side, within its paragraph (a long paragraph, or a whole text with no line breaks,
    is not one topic)."""
    para = _paragraph(c)
    sents = _doc_sents(para.doc)
    # the sentences overlapping the paragraph, in order (``para.doc.sents`` filtered)
    sents = [s for s in sents if s.end > para.start and s.start < para.end]
    own = next((k for k, s in enumerate(sents) if s.start <= c.head.i < s.end), None)
    if own is None:
        return [(para.start, para.end)]
    lo, hi = max(0, own - SPORTS_WINDOW), min(len(sents), own + SPORTS_WINDOW + 1)
    return [(s.start, s.end) for s in sents[lo:hi]]


def _nearby_indices(c: MatchContext) -> Iterator[int]:
    """The token indices of :func:`_nearby_ranges`, in order."""
    for lo, hi in _nearby_ranges(c):
        yield from range(lo, hi)


def _doc_sents(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, built once per Doc."""
    return doc_sents(doc)


def _not_sports(c: MatchContext) -> bool:
    """No sports words near the trigger (a football "attack", a team "beat" another), and no team
    owning it ("the national team's attack")."""
    words = word_set("sports")
    if any(ch.dep_ == "poss" and lemma(ch) in SPORTS_OWNERS for ch in kids(c.head)):
        return False
    doc = c.head.doc
    # the rest depends on the segment alone (its sentence and paragraph): once per segment of a Doc
    memo: dict[tuple[int, int], bool] = per_doc(doc, _NO_SPORTS, dict)
    key = (c.sent.start, c.sent.end)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _no_sports_near(c, words)
    return found


_NO_SPORTS = "eventwire.senses.no_sports"


def _no_sports_near(c: MatchContext, words: frozenset[str]) -> bool:
    doc = c.head.doc
    low = lowers(doc)  # by index: the scans below look at every token of up to three sentences
    if any(low[i] in words and not _party_league(doc[i]) for i in range(c.sent.start, c.sent.end)):
        return False
    # in the neighbouring sentences, one passing mention ("the city will host the football tournament")
    # is another topic; a match report names the sport sentence after sentence
    near = {
        doc[i].sent.start
        for lo, hi in _nearby_ranges(c)
        for i in range(lo, hi)
        if low[i] in words and not _party_league(doc[i])
    }
    return len(near) < 2


def _party_league(t: Token) -> bool:
    """ "the Awami League", "the Muslim League", "the Arab League": a party or a union of states named
    a league, not a sports league."""
    if t.lower_ != "league" or t.pos_ != "PROPN" or t.i == 0:
        return False
    return t.doc[t.i - 1].lower_ not in SPORTS_LEAGUES


def _protest_document(c: MatchContext) -> bool:
    """Protest words in the document (cached per document): a report about protests or riots."""
    doc = c.sent.doc
    cached = doc.user_data.get(_PROTEST_DOC_KEY)
    if isinstance(cached, bool):
        return cached
    words = word_set("protest")
    found = any(t.lower_ in words or lemma(t) in words for t in doc)
    doc.user_data[_PROTEST_DOC_KEY] = found
    return found


def _antecedent(s: Token | None) -> Token | None:
    """A relative pronoun's noun ("protesters who tried to storm"): the noun the clause modifies."""
    if s is not None and s.lower_ in RELATIVE_PRONOUNS and s.head.dep_ == "relcl" and s.head.head != s.head:
        return s.head.head
    return s


# a verb written with no subject of its own: a gerund after a preposition ("accused of setting fire"), a
# past form parsed as a participle on a noun ("a unit set fire"); not an infinitive on a noun ("attempts
# to storm state buildings" tells no act)
SUBJECTLESS_VERBS = frozenset({("pcomp", "VBG"), ("acl", "VBD"), ("acl", "VBN")})


def _protest_paragraph(c: MatchContext) -> bool:
    """Protest words in the sentence or its paragraph, other than the trigger's own."""
    words = word_set("protest")
    if c.has("protest"):
        return True
    own = {t.i for t in c.tokens}
    para = _paragraph(c)
    low, lem = lowers(para.doc), lemmas(para.doc)  # by index: no Token per word of the paragraph
    return any((low[i] in words or lem[i] in words) and i not in own for i in range(para.start, para.end))


# heads that count a group named after "of": "dozens of police", "hundreds of soldiers", "a unit of troops"
COUNT_HEADS = frozenset(
    {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "unit"}
)


def _counted_noun(s: Token) -> Token | None:
    """The noun a counting head stands for ("dozens of police" -> "police"), or None."""
    if lemma(s) not in COUNT_HEADS and s.lower_ not in COUNT_HEADS and not s.like_num:
        return None
    of = next((ch for ch in kids(s) if ch.dep_ == "prep" and ch.lower_ == "of"), None)
    if of is None:
        return None
    return next((g for g in kids(of) if g.dep_ == "pobj"), None)


CALLING_WORDS = frozenset({"call", "urge", "appeal", "vow", "plan", "announce", "threaten", "warn", "pledge"})


def _future_or_called(c: MatchContext) -> bool:
    """The act is still to come: a future auxiliary on the trigger or on the verb whose argument it is
    ("would lay siege to the capital", "the siege of Paris would tighten"), or a call, plan, vow or
    warning in its sentence ("urged workers to join a caravan to the palace")."""
    if c.words & CALLING_WORDS:
        return True
    h = c.head
    holders = [h, h.head] if h.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and h.head != h else [h]
    if h.dep_ == "pobj" and h.head.head != h.head:
        holders.append(h.head.head)
    return any(ch.dep_ in ("aux", "auxpass") and ch.lower_ in FUTURE_AUX for v in holders for ch in kids(v))
