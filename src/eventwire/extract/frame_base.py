"""Attribution frame drafts and the document helpers the frame finder is built on.

:class:`Frame` is a claim before its speaker is resolved; :class:`FrameBase`
holds one parsed document with its paragraphs, sentences and quotations and
the span helpers (clipping, drafting, frames inside a sentence) that
:class:`~.frames.FrameFinder` uses.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from .claim_spans import (
    skip_dateline,
    trim_span,
    trim_ws,
)
from .cues import CueLexicon
from .frame_words import (
    AFTER_FRAME,
    AGENT_ENTS,
    FINDER_PRONOUNS,
    FRAME_DEPS,
    FRAME_PARTICIPLES,
    GAP_OK,
    JOINERS,
    RELATIVE,
    TELLING,
)
from .quotes import Quote
from .speaker_actors import guess_kind
from .speaker_phrases import SpeakerPhrase
from .syntax import char_span, doc_sents, kids, subtree_indices

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Frame", "FrameBase"]


@dataclass(slots=True)
class Frame:
    """A claim before speakers are resolved and ids are given."""

    cue: tuple[int, int]
    content: tuple[int, int]
    quote: bool
    speaker: SpeakerPhrase | None
    verb: Token | None = None
    cited: list[SpeakerPhrase] = field(default_factory=list)  # "X, citing Y": X goes to the chain
    parent: Frame | None = None  # a continuation quotation takes its parent's speaker
    outer: list[Frame] = field(default_factory=list)
    dropped: bool = False
    phrase: tuple[int, int] | None = None  # the whole "according to X" phrase
    weak: bool = False  # content is a topic ("warned of …"), not a statement: never a frame
    nominal: bool = False  # "Amnesty's allegation that …": neither frames nor is framed by another claim
    # "reports in foreign media that …": a report its maker does not voice here (someone denies or
    # cites it); the maker is no antecedent for a later "it" or "they"
    reported: bool = False
    sight: bool = False  # news staff's "saw" (M20): a claim only of the publisher, and only with a count
    # "…, a claim the military rejected": a denial whose content opens with the report it answers; the
    # report's figures are its maker's, not the denier's
    answers: bool = False

    @property
    def lo(self) -> int:
        starts = [self.cue[0], self.content[0]]
        if self.speaker is not None and self.parent is None:
            starts.append(self.speaker.start)
        return min(starts)

    @property
    def hi(self) -> int:
        ends = [self.cue[1], self.content[1]]
        if self.speaker is not None and self.parent is None:
            ends.append(self.speaker.end)
        return max(ends)


class FrameBase:
    """One parsed document, its paragraphs, sentences and quotations, and span helpers."""

    def __init__(self, doc: Doc, lexicon: CueLexicon, quotes: list[Quote]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.lex = lexicon
        self.quotes = quotes
        self.paras: list[tuple[int, int]] = [
            (m.start(), m.end()) for m in re.finditer(r"[^\n]+", doc_text(doc)) if m.group().strip()
        ] or [(0, len(doc_text(doc)))]
        self._para_starts = [p for p, _ in self.paras]
        self.sents = self._sentences()
        self._sent_starts = [s for s, _ in self.sents]

    def _sentences(self) -> list[tuple[int, int]]:
        """The parser's sentences, cut again at line breaks (a headline has no full stop)."""
        out: list[tuple[int, int]] = []
        for sent in doc_sents(self.doc):
            # the sentence's text, without building a Token per word (``Span.text``)
            for m in re.finditer(r"[^\n]+", self.text[sent.start_char : sent.end_char]):
                start, end = trim_ws(self.text, sent.start_char + m.start(), sent.start_char + m.end())
                if end > start:
                    out.append((start, end))
        return out or [(0, len(self.text))]

    def para_of(self, char: int) -> tuple[int, int]:
        i = max(bisect_right(self._para_starts, char) - 1, 0)
        return self.paras[i]

    def same_para(self, a: int, b: int) -> bool:
        return self.para_of(a) == self.para_of(b)

    def sentence_of(self, char: int) -> tuple[int, int]:
        i = max(bisect_right(self._sent_starts, char) - 1, 0)
        return self.sents[i]

    def evidence(self, lo: int, hi: int) -> tuple[int, int]:
        start = self.sentence_of(lo)[0]
        end = self.sentence_of(max(hi - 1, lo))[1]
        return trim_ws(self.text, start, max(end, hi))

    def in_quote(self, char: int) -> Quote | None:
        for q in self.quotes:
            if q.content_start <= char < q.content_end:
                return q
        return None

    def _headline(self, char: int) -> bool:
        """``char`` lies in a short line without final punctuation (a headline or a deck)."""
        p0, p1 = self.para_of(char)
        line = self.text[p0:p1].rstrip()
        return bool(line) and line[-1] not in ".!?\"”'’:" and len(line.split()) <= 20

    def _tokens(self, start: int, end: int) -> list[Token]:
        span = char_span(self.doc, start, end)
        return list(span) if span is not None else []

    def _covering_quote(self, span: tuple[int, int]) -> Quote | None:
        """A quotation that holds (nearly) all of ``span``: the span is quoted speech."""
        for q in self.quotes:
            if q.content_start <= span[0] + 2 and q.content_end >= span[1] - 2:
                return q
        return None

    def _adjacent_quote(self, verb: Token, speaker: SpeakerPhrase, cue: tuple[int, int]) -> Quote | None:
        found = self._adjacent_quotes(verb, speaker, cue)
        return found[0] if found else None

    def _adjacent_quotes(self, verb: Token, speaker: SpeakerPhrase, cue: tuple[int, int]) -> list[Quote]:
        """Quotations right before (``"…," he said``) or right after (``he said: "…"``) the attribution."""
        text = self.text
        toks = tokens(verb.doc)  # ``verb.subtree`` would build a Token per word
        # a speech verb coordinated with this one frames its own quotations ("dismissed the claim as
        # "propaganda" and said that "…"": the second quotation is the saying's, not the dismissal's)
        theirs = {
            i
            for c in kids(verb)
            if c.dep_ == "conj" and c.i > verb.i and c.lemma_.lower() in self.lex.speech_verbs
            for i in subtree_indices(c)
        }
        own = [
            toks[i]
            for i in subtree_indices(verb)
            if i not in theirs and toks[i].dep_ not in {"ccomp", "parataxis"}
        ]
        frame_lo = min(speaker.start, cue[0])
        frame_hi = max(speaker.end, cue[1])
        sent_hi = self.sentence_of(cue[0])[1]
        out: list[Quote] = []
        for q in self.quotes:
            if q.start <= cue[0] < q.end:
                continue
            if q.end <= frame_lo:
                gap = text[q.end : frame_lo]
                if GAP_OK.match(gap) and "\n" not in gap:
                    out.append(q)
            elif q.start >= frame_hi and q.start <= sent_hi + 2:
                gap = text[frame_hi : q.start]
                if GAP_OK.match(gap) or self._gap_is_frame(frame_hi, q.start, own):
                    out.append(q)
        return out

    def _gap_is_frame(self, lo: int, hi: int, own: list[Token]) -> bool:
        """Text between the attribution and a following quotation is part of the frame
        ("told reporters on Friday:", "said in a statement that")."""
        gap = self.text[lo:hi]
        if "\n" in gap or len(gap) > 80 or not re.search(r"[:,]\s*$|\bthat\s*$", gap):
            return False
        if any(
            lo <= t.idx < hi and t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(t))
            for t in own
        ):
            return False  # "called on supporters to join a march on Sunday, "for dignity"": a request
        own_ids = {(t.idx, t.idx + len(t.text)) for t in own}
        for m in re.finditer(r"\w[\w'’.-]*", gap):
            span = (lo + m.start(), lo + m.end())
            if not any(a <= span[0] and span[1] <= b for a, b in own_ids) and m.group().lower() != "that":
                return False
        return True

    def _plausible(self, tok: Token) -> bool:
        """A word that can name a speaker: a name, a pronoun, a person or organisation noun."""
        if tok.ent_type_ in AGENT_ENTS or tok.pos_ in {"PROPN", "PRON"}:
            return True
        lemma = tok.lemma_.lower()
        if lemma in self.lex.person_nouns or lemma in self.lex.anaphor_all:
            return True
        return guess_kind(tok.text, self.lex) != "unknown" or guess_kind(lemma, self.lex) != "unknown"

    @staticmethod
    def _verbal_noun(tok: Token) -> bool:
        """A speech verb the tagger took for a noun ("But Trump claims that …", "Police reports
        say"): it has a subject and a complement clause of its own."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS":
            return False
        children = kids(tok)
        if any(c.dep_ == "nsubj" for c in children) and any(c.dep_ == "ccomp" for c in children):
            return True
        # "IJO calls on the authorities to halt …", "GLRO urges …": the sentence's root, a body's
        # name before it taken for its modifier, an addressee and a request of its own
        return (
            tok.dep_ == "ROOT"
            and tok.lemma_.lower() in {"call", "urge"}
            and any(
                c.dep_ in {"amod", "compound", "nmod"}
                and c.i == tok.i - 1
                and (c.pos_ == "PROPN" or (c.text.isupper() and len(c.text) > 1))
                for c in children
            )
            and any(c.dep_ in {"advcl", "xcomp"} and any(g.lower_ == "to" for g in kids(c)) for c in children)
        )

    def _addressee(self, verb: Token, obj: Token) -> bool:
        """The object of "tell" is the one told, not what is said ("…, he told me, …")."""
        if verb.lemma_.lower() not in TELLING:
            return False
        return (
            obj.pos_ in {"PRON", "PROPN"}
            or obj.lemma_.lower() in self.lex.person_nouns
            or (obj.lemma_.lower() in {"reporter", "journalist", "audience", "crowd", "supporter"})
        )

    def _finder(self, tok: Token) -> bool:
        """A subject that can state a finding or a suggestion ("the agency found that", "he
        suggested that"): a name, a personal pronoun, a person or an institution noun, not a
        thing ("video shows", "it suggests", "the data indicate" go through the figures path)."""
        if tok.pos_ == "PRON":
            return tok.lower_ in FINDER_PRONOUNS
        return self._plausible(tok)

    def _belief(self, d: Frame) -> bool:
        return d.verb is not None and d.verb.lemma_.lower() in self.lex.belief_verbs

    def _clip(self, span: tuple[int, int], anchor: int) -> tuple[int, int]:
        """``span`` cut to the paragraph of ``anchor`` (the parser may join a headline to the text)
        and to the part between semicolons that holds ``anchor`` (outside quotations)."""
        p0, p1 = self.para_of(anchor)
        for m in re.finditer(";", self.text[p0:p1]):
            at = p0 + m.start()
            if self.in_quote(at) is not None:
                continue
            if at < anchor:
                p0 = at + 1
            else:
                p1 = at
                break
        lo, hi = max(span[0], p0), min(span[1], p1)
        if hi <= lo:
            return (span[0], span[0])
        return trim_span(self.text, lo, hi)

    def _draft(
        self,
        cue: tuple[int, int],
        content: tuple[int, int],
        quote: bool,
        speaker: SpeakerPhrase,
        verb: Token | None,
    ) -> Frame:
        if not quote:
            content = (skip_dateline(self.text, content[0], content[1]), content[1])
            if (
                content[0] < speaker.start
                and content[0] < cue[0] < content[1]
                and self.text[content[0] : speaker.start].rstrip().endswith(",")
                and len(self.text[content[0] : speaker.start].split()) >= 4
                and not self._interrupts(cue, content)
            ):
                # "At least 10 were killed, a hospital source said, while …": not the frame itself
                content = trim_span(self.text, content[0], min(speaker.start, cue[0]))
            if content[0] <= min(speaker.start, cue[0]) and cue[1] <= content[1]:
                lead = self.text[content[0] : min(speaker.start, cue[0])].split()
                if lead and len(lead) <= 2 and lead[0].lower() in RELATIVE | {"what", "whom"}:
                    # "the protests, which the authorities say were instigated …": a relative
                    # pronoun fronted before the frame; what is said follows the cue
                    content = trim_span(self.text, cue[1], content[1])
            covering = self._covering_quote(content)
            if covering is not None and content[1] - content[0] <= covering.end - covering.start:
                # the whole content is a quotation: "urged them to "exercise restraint""
                content, quote = (covering.content_start, covering.content_end), True
        return Frame(cue=cue, content=content, quote=quote, speaker=speaker, verb=verb)

    def _interrupts(self, cue: tuple[int, int], content: tuple[int, int]) -> bool:
        """The frame sits inside the clause it reports ("The benefit, it says, would be $300"):
        after its closing comma the same clause goes on, not a new one ("…, police said, while …",
        "…, he said, adding …")."""
        m = AFTER_FRAME.match(self.text, cue[1], content[1])
        if m is None:
            return False
        word = m.group(1).lower()
        if word.endswith("ing"):
            return self._consequence(m.start(1))
        return word not in JOINERS and m.group(1) not in RELATIVE

    def _consequence(self, char: int) -> bool:
        """The participle at ``char`` goes on with what is reported ("…, the army said, killing
        seven", "…, police said, causing no casualties"), not with the act of saying ("…, he said,
        adding that …", "…, she said, speaking on condition of anonymity")."""
        toks = self._tokens(char, char + 1)
        if not toks or toks[0].tag_ != "VBG":
            return False
        lemma = toks[0].lemma_.lower()
        return lemma not in self.lex.speech_verbs and lemma not in FRAME_PARTICIPLES

    def _frame_bounds(self, verb: Token, speaker: SpeakerPhrase) -> tuple[int, int]:
        """Characters of the attribution frame itself: speaker, verb group, addressee, "in a
        statement", "on Friday" — not the clauses hung on the verb ("…, killing seven")."""
        tokens = [verb]
        for child in kids(verb):
            if child.dep_ in FRAME_DEPS:
                tokens.extend(child.subtree)
        lo = min([speaker.start, *(t.idx for t in tokens)])
        hi = max([speaker.end, *(t.idx + len(t.text) for t in tokens)])
        return lo, hi

    def _around(self, verb: Token, speaker: SpeakerPhrase) -> tuple[int, int] | None:
        """The sentence around a parenthetical frame: one side, or both when the frame interrupts it."""
        lo, hi = self._frame_bounds(verb, speaker)
        s_start, s_end = self.sentence_of(verb.idx)
        before = trim_span(self.text, s_start, lo)
        after = trim_span(self.text, hi, s_end)
        if (
            len(self.text[before[0] : before[1]].split()) >= 1
            and len(self.text[after[0] : after[1]].split()) >= 2
            and (
                len(self.text[before[0] : before[1]].split()) >= 2
                or any(c.dep_ in {"nsubj", "nsubjpass"} and c.idx < lo for c in kids(verb.head))
            )
        ):
            return before[0], after[1]
        best = before if before[1] - before[0] >= after[1] - after[0] else after
        return best if best[1] - best[0] >= 3 else None

    def _rest_of_sentence(self, verb: Token, speaker: SpeakerPhrase) -> tuple[int, int] | None:
        """The larger side of the sentence outside an "as X put it" frame."""
        lo, hi = self._frame_bounds(verb, speaker)
        s_start, s_end = self.sentence_of(verb.idx)
        before = trim_span(self.text, s_start, lo)
        after = trim_span(self.text, hi, s_end)
        best = before if before[1] - before[0] >= after[1] - after[0] else after
        return best if best[1] - best[0] >= 3 else None
