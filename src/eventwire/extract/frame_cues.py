"""Attribution frames cued by a noun or a preposition rather than a speech verb.

Claim nouns ("reports in foreign media that …", "the ministry's statement that …"), "according to"
and its kin, tolls given by a source, and the frames of sources cited by a speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp.text import tokens as doc_tokens
from .claim_spans import (
    clause_span,
    is_ancestor,
    subtree_span,
    trim_span,
)
from .frame_base import Frame
from .frame_joins import FrameJoins
from .frame_words import (
    ISSUED_DOCUMENTS,
    RECORD_NOUNS,
    REL_OPEN,
    RELATIVE,
)
from .speaker_heads import figures_owner
from .speaker_phrases import SpeakerPhrase, noun_phrase_before, speaker_phrase, with_stacked_subject
from .status import disputed_report
from .status_negation import written_story_owner
from .syntax import kids, lowers

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["MADE_REPORTS", "FrameCues", "report_maker"]


# "X, citing Y, reported": Y has no verb of saying of its own; X is the speaker (docs/gold-format.md S3)
CITING_ONLY = frozenset({"citing"})


# what someone makes and another can deny: "reports in foreign media that …", "rumours circulated by …"
MADE_REPORTS = frozenset({"report", "rumour", "rumor", "statement"})
# who can make a report, written as a modifier of the noun ("media reports", "opposition claims")
_REPORTING_MODIFIERS = frozenset({"media", "opposition", "activist", "activists", "witness", "witnesses"})
_MAKER_PREPS = frozenset({"by", "in", "on", "from"})
_CLAIMING = frozenset({"claim", "allege", "say", "suggest", "assert"})
_NO_MAKERS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL"})


def _can_make(tok: Token) -> bool:
    """A noun that can have made a report: not a place, a time or a number ("reports from the region")."""
    return tok.pos_ in {"NOUN", "PROPN"} and tok.ent_type_ not in _NO_MAKERS and tok.tag_ != "CD"


def report_maker(noun: Token) -> Token | None:
    """Who made a report the text names without a possessive: "reports in international media",
    "claims by the opposition", "rumours circulated online by opposition figures", "claims circulating
    on social media", "Western media reports"."""
    for c in kids(noun):
        if c.dep_ == "prep" and c.lower_ in _MAKER_PREPS and c.i > noun.i:
            obj = next((o for o in kids(c) if o.dep_ == "pobj"), None)
            if obj is not None and _can_make(obj):
                return obj
    for c in kids(noun):
        if c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"} and c.lemma_.lower() not in _CLAIMING:
            for p in kids(c):
                if p.dep_ in {"prep", "agent"} and p.lower_ in _MAKER_PREPS:
                    obj = next((o for o in kids(p) if o.dep_ == "pobj"), None)
                    if obj is not None and _can_make(obj):
                        return obj
    for c in kids(noun):
        if (
            c.dep_ == "compound"
            and c.i < noun.i
            and (c.ent_type_ in {"ORG", "NORP"} or c.lower_ in _REPORTING_MODIFIERS)
        ):
            return c
    return None


def _reported_clause(noun: Token) -> Token | None:
    """What a report named with its maker says: the first "that" clause, or the clause of a
    "claiming" / "alleging", inside the phrase of the report noun ("reports by foreign media claiming
    that …", "claims on social media that …" where the parser hangs the clause on "media")."""
    for t in noun.subtree:
        if t.i <= noun.i or t.dep_ not in {"acl", "ccomp", "relcl"}:
            continue
        if t.left_edge.lower_ == "that" and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "that" for c in kids(t)
        ):
            return t  # a whole clause after "that" (not "reports that were published")
        if t.dep_ == "acl" and t.tag_ == "VBG" and t.lemma_.lower() in _CLAIMING:
            return next((g for g in kids(t) if g.dep_ == "ccomp"), None)
    return None


# a verbless tail naming some of what the clause before counts: "among them", "including", "two of them"
ELABORATION = re.compile(
    r"(?:among (?:them|whom)|including|of whom|(?:most|many|some|several|all|\w+) of them)\b", re.I
)


class FrameCues(FrameJoins):
    """The frames of :class:`~.frames.FrameFinder` cued by a noun or a preposition, and of cited sources."""

    # -- "X's claim that …" --------------------------------------------------------------------
    def _noun_cue(self, noun: Token) -> list[Frame]:
        """A claim noun with its owner and a "that" clause: "Amnesty's allegation that police …";
        also a report, rumour or statement whose maker the text names ("reports in foreign media
        that …", "claims circulated by opposition websites that …", "media reports claiming that …"):
        the maker speaks, whoever denies it (docs/gold-format.md G4)."""
        if self.in_quote(noun.idx) is not None:
            return []
        owner = next((c for c in kids(noun) if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if owner is None and disputed_report(noun):
            owner = report_maker(noun)
        clause = next(
            (
                c
                for c in kids(noun)
                if c.dep_ in {"acl", "ccomp"}
                and c.i > noun.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c))
            ),
            None,
        )
        if clause is None and owner is not None:
            clause = _reported_clause(noun)  # the parser hangs the clause on the maker's phrase
        if owner is None or clause is None:
            written = written_story_owner(noun)  # "denied claims spread by X that …" read as a clause
            if written is not None:
                owner, clause = written
        if owner is None or clause is None:
            return []
        content = self._clip(clause_span(clause, self.text), noun.idx)
        if content[1] <= content[0]:
            return []
        top = clause.head if clause.head.dep_ == "acl" and clause.head.lemma_.lower() in _CLAIMING else clause
        said = frozenset(range(top.left_edge.i, top.right_edge.i + 1))  # "media claiming that …": "media"
        phrase = speaker_phrase(owner, stop=said)
        if self.text.startswith("that ", content[0]):
            content = (content[0] + 5, content[1])  # "statements by X that security forces had shot"
        d = self._draft((noun.idx, noun.idx + len(noun.text)), content, False, phrase, None)
        d.nominal = True
        d.reported = owner.dep_ != "poss"
        return [d]

    # -- "according to X" --------------------------------------------------------------------
    def _prep_cue(self, tok: Token) -> list[Frame]:
        doc = self.doc
        for seq in self.lex.prep_cues:
            words = [t.lower_ for t in doc[tok.i : tok.i + len(seq)]]
            if tuple(words) != seq:
                continue
            last = doc[tok.i + len(seq) - 1]
            if self.in_quote(tok.idx) is not None:
                return []
            obj = next((c for c in kids(last) if c.dep_ in {"pobj", "dobj", "pcomp"}), None)
            if obj is None and last.i + 1 < len(doc):
                nxt = doc[last.i + 1]
                obj = nxt if nxt.pos_ in {"NOUN", "PROPN", "PRON"} else None
                if obj is not None:
                    while (
                        obj.head is not obj
                        and obj.head.i > last.i
                        and obj.dep_ in {"compound", "amod", "det"}
                    ):
                        obj = obj.head
            if obj is None:
                return []
            cue = (tok.idx, last.idx + len(last.text))
            # "according to the rector, including two who …": the parse may hang the tail on the source
            tail = next(
                (
                    t.i
                    for t in obj.subtree
                    if t.i > obj.i
                    and t.text == ","
                    and ELABORATION.match(self.text, t.idx + 1 + t.whitespace_.count(" "))
                ),
                None,
            )
            if tail is None:
                tail = self._swallowed_clause(tok, obj)
            cut = frozenset(range(tail, obj.right_edge.i + 1)) if tail is not None else frozenset()
            phrase_tokens = [tok, *doc[tok.i + 1 : last.i + 1], *(t for t in obj.subtree if t.i not in cut)]
            lo = min(t.idx for t in phrase_tokens)
            hi = max(t.idx + len(t.text) for t in phrase_tokens)
            speaker = speaker_phrase(obj, stop=cut)
            named = self._name_after(obj)
            if named is not None:
                # "according to a spokesman for the police, Ali Khan, 30 people …": the name is
                # the speaker and no part of the content
                speaker, hi = named, max(hi, named.end)
            if obj.lemma_.lower() in self.lex.figure_nouns or obj.lemma_.lower() in RECORD_NOUNS:
                # "according to figures from the ministry", "according to photos shared by the union"
                owner = figures_owner(obj)
                conj = next(
                    (
                        c
                        for c in obj.subtree  # the parse may hang it on a noun inside the phrase
                        if c.dep_ == "conj"
                        and (c.lemma_.lower() in self.lex.person_nouns or c.ent_type_ in {"PERSON", "ORG"})
                    ),
                    None,
                )
                if owner is not None and owner.dep_ != "compound":  # "according to UN figures" stays whole
                    speaker = speaker_phrase(owner)
                elif (issuer := self._compound_issuer(obj)) is not None:
                    # "according to union statements": the union issued them
                    start, end = issuer.idx, issuer.idx + len(issuer.text)
                    speaker = SpeakerPhrase(head=issuer, start=start, end=end, core_start=start, core_end=end)
                elif conj is not None:  # "according to messages smuggled out and relatives who …"
                    speaker = speaker_phrase(conj)
                elif (issuer := self._vouched_issuer(tok, obj)) is not None:
                    # "women prisoners began a hunger strike, according to a statement smuggled out":
                    # the group as named, without where it is ("in Evin Prison")
                    start, end = issuer.left_edge.idx, issuer.idx + len(issuer.text)
                    speaker = SpeakerPhrase(head=issuer, start=start, end=end, core_start=start, core_end=end)
                elif self._told_before(obj):
                    pass  # "according to the statement": the speaker memory gives it its issuer
                elif obj.lemma_.lower() in RECORD_NOUNS:
                    return []
            s_start, s_end = self.sentence_of(tok.idx)
            if re.search(r"\b(?:and|or|but)\s*,?\s*$", self.text[s_start:lo]):
                # "firing tear gas and, according to the opposition, live ammunition, …":
                # the source vouches for the coordinated phrase that follows, up to the next comma
                comma = self.text.find(",", last.idx, s_end)
                comma_tok = next((t for t in doc[last.i : obj.right_edge.i + 1] if t.idx == comma), None)
                named = noun_phrase_before(comma_tok) if comma_tok is not None else None
                if named is not None and named.start > last.idx:
                    speaker = named
                    end = self.text.find(",", comma + 1, s_end)
                    part = trim_span(self.text, comma + 1, end if end > 0 else s_end)
                    if part[1] > part[0]:
                        d = self._draft(cue, part, False, speaker, None)
                        d.phrase = (lo, comma)
                        return [d]
                after_and = trim_span(self.text, hi, s_end)
                if comma_tok is None and len(self.text[after_and[0] : after_and[1]].split()) >= 2:
                    # "Police removed the flag and, according to local media, detained two teenagers":
                    # the source vouches for the coordinated clause that follows
                    d = self._draft(cue, self._clip(after_and, tok.idx), False, speaker, None)
                    d.phrase = (lo, hi)
                    return [d]
            before = trim_span(self.text, s_start, lo)
            after = trim_span(self.text, hi, s_end)
            content = before if before[1] - before[0] >= after[1] - after[0] else after
            if re.match(r"(?:who|which)\b", self.text[after[0] : after[1]]) and before[1] > before[0]:
                content = before  # "…, according to residents, who said …": their own claim follows
            if (
                re.match(r"(?:and|but|while|whereas)\b", self.text[after[0] : after[1]])
                and before[1] > before[0]
            ):
                content = before  # "A, according to X, and B": X vouches for A, B is the publisher's
            if ELABORATION.match(self.text[after[0] : after[1]]) and before[1] > before[0]:
                # "police detained 37 drivers, according to the union, among them its spokesman …":
                # what follows only names some of those the claim before the cue counts
                content = before
            is_before = content == before
            # "A; B, according to X": X vouches for B only (a semicolon closes a statement)
            content = self._clip(content, tok.idx)
            if is_before:
                content = self._relative_scope(content, tok)
            if content[1] - content[0] < 3:
                return []
            quote = self._covering_quote(content)
            if quote is not None:
                d = self._draft(cue, (quote.content_start, quote.content_end), True, speaker, None)
            else:
                d = self._draft(cue, content, False, speaker, None)
            d.phrase = (lo, hi)
            return [d]
        return []

    def _swallowed_clause(self, according: Token, obj: Token) -> int | None:
        """ "According to our members in X, a group of men armed with clubs broke into …": the parse
        hung the sentence's subject, and its verb, on the source as an apposition. The comma before it
        (the cue opens the sentence; not a relative "who asked not to be named")."""
        s_start, _ = self.sentence_of(according.idx)
        if self.text[s_start : according.idx].strip():
            return None
        doc = self.doc
        for t in obj.subtree:
            if t.i <= obj.i or t.text != "," or t.i + 1 > obj.right_edge.i:
                continue
            nxt = doc[t.i + 1]
            if nxt.lower_ in RELATIVE or nxt.ent_type_ == "PERSON":
                return None
            if according.dep_ == "ROOT" and self._no_other_clause(according, obj):
                # "According to talk radio host X, the move reeks of …": the parser took the cue for the
                # sentence's root and the report ("reeks" read as a plural noun) for an apposition
                # to the source; nothing else in the sentence can be what X says
                return int(t.i)
            verbs = doc[t.i + 1 : min(obj.right_edge.i + 2, len(doc))]  # its own verb, or the next word
            if any(v.tag_ == "VBD" and v.pos_ == "VERB" for v in verbs):
                return int(t.i)
            return None
        return None

    def _no_other_clause(self, according: Token, obj: Token) -> bool:
        """Every word of the sentence but its closing punctuation lies in the cue's own phrase."""
        inside = {t.i for t in according.subtree}
        sent = according.sent
        rest = [t for t in sent if t.i not in inside and not t.is_punct and not t.is_space]
        return not rest and obj.right_edge.i > obj.i + 2

    @staticmethod
    def _compound_issuer(document: Token) -> Token | None:
        """The issuer named before an unowned statement or letter: "union statements", "ministry
        communiques" (the noun, not a name the figures' owner already read)."""
        if document.lemma_.lower() not in ISSUED_DOCUMENTS:
            return None
        return next((c for c in kids(document) if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}), None)

    def _vouched_issuer(self, according: Token, document: Token) -> Token | None:
        """An unowned statement, letter or message that vouches for a group's own act: the group
        issued it ("women prisoners began a hunger strike, according to a statement smuggled out of
        the ward"). Only people or named organisations, never "police fired, according to a statement"
        where the statement could be anyone's."""
        if document.lemma_.lower() not in ISSUED_DOCUMENTS:
            return None
        verb = according.head
        subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
        if subj is None or subj.i > according.i:
            return None
        people = subj.tag_ in {"NNS", "NNPS"} and subj.lemma_.lower() in self.lex.person_nouns
        return subj if people else None

    def _told_before(self, document: Token) -> bool:
        """ "X said in a statement … According to the statement, …": a definite statement, letter or
        message mentioned shortly before (its issuer is then known)."""
        if document.lemma_.lower() not in ISSUED_DOCUMENTS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in kids(document)
        ):
            return False
        window = self.text[max(0, document.idx - 1500) : document.idx].lower()
        return re.search(rf"\b{re.escape(document.lower_)}\b", window) is not None

    def _name_after(self, obj: Token) -> SpeakerPhrase | None:
        """A person's name set off by commas right after a person noun ("a spokesman for the
        police, Ali Khan, …"), which the parse left outside the noun's phrase."""
        doc = self.doc
        if obj.lemma_.lower() not in self.lex.person_nouns:
            return None
        j = obj.right_edge.i + 1
        if j >= len(doc) or doc[j].text != ",":
            return None
        k = j + 1
        while k < len(doc) and (doc[k].ent_type_ == "PERSON" or doc[k].pos_ == "PROPN"):
            k += 1  # "Dr Amina Yusuf", "Colonel Ahmed Saleh": a title may lie outside the entity
        if k == j + 1 or k >= len(doc) or doc[k].text != ",":
            return None
        if not any(t.ent_type_ == "PERSON" for t in doc[j + 1 : k]):
            return None
        first, last = doc[j + 1], doc[k - 1]
        start, end = first.idx, last.idx + len(last.text)
        return SpeakerPhrase(head=last, start=start, end=end, core_start=start, core_end=end)

    def _relative_scope(self, content: tuple[int, int], cue_tok: Token) -> tuple[int, int]:
        """ "X has documented 82 cases since the protests, during which 60 people were killed,
        according to Y": when the clause before a closing relative clause is already someone's
        claim, the according-phrase vouches for the relative clause only."""
        last = None
        for m in REL_OPEN.finditer(self.text, content[0], content[1]):
            last = m
        if last is None:
            return content
        main = [
            t
            for t in self.doc[: cue_tok.i]
            if content[0] <= t.idx < last.start()
            and t.pos_ == "VERB"
            and t.lemma_.lower() in self.lex.speech_verbs
            and self.in_quote(t.idx) is None
            and any(c.dep_ == "nsubj" for c in kids(t))
        ]
        if not main:
            return content
        rest = trim_span(self.text, last.end(), content[1])
        return rest if len(self.text[rest[0] : rest[1]].split()) >= 3 else content

    def _given_toll(self, verb: Token) -> list[Frame]:
        """ "The commission gave a lower toll of 99 dead", "the directorate gave a figure of seven
        deaths": a toll given is a toll claimed, the figure its content."""
        if self.in_quote(verb.idx) is not None:
            return []
        children = list(kids(verb))
        dobj = next((c for c in children if c.dep_ == "dobj"), None)
        subj = next((c for c in children if c.dep_ == "nsubj"), None)
        if dobj is None or subj is None or dobj.lemma_.lower() not in self.lex.toll_nouns:
            return []
        if subj.pos_ not in ("NOUN", "PROPN") or not self.same_para(subj.idx, verb.idx):
            return []
        of = next((c for c in kids(dobj) if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in kids(of) if c.dep_ == "pobj"), None) if of is not None else None
        if of is None or pobj is None or not any(t.like_num for t in pobj.subtree):
            return []
        cue = (verb.idx, of.idx + len(of.text))
        content = self._clip(subtree_span(pobj, self.text), verb.idx)
        speaker = with_stacked_subject(speaker_phrase(subj), children)
        return self._with_cited([self._draft(cue, content, False, speaker, verb)], verb, subj)

    def _with_cited(self, drafts: list[Frame], verb: Token, speaker_tok: Token) -> list[Frame]:
        """'X, quoting Y, said …': Y speaks, X is the outer speaker. 'X, citing Y, reported …': Y has
        no verb of saying of its own, X speaks and Y goes to the chain (docs/gold-format.md S3)."""
        if not drafts:
            return drafts
        sent = verb.sent
        low, toks = lowers(verb.doc), doc_tokens(verb.doc)
        for i in range(sent.start, sent.end):
            if low[i] not in self.lex.citing_words:
                continue  # by index: no Token for the other words
            tok = toks[i]
            if not (tok.head == verb or is_ancestor(speaker_tok, tok)):
                continue
            obj = next((c for c in kids(tok) if c.dep_ in {"dobj", "pobj", "attr"}), None)
            if obj is None or not self._plausible(obj):
                continue  # "citing security concerns" names a reason, not a source
            cited = speaker_phrase(obj)
            for d in drafts:
                if d.speaker is None:
                    continue
                if low[i] in CITING_ONLY:
                    d.cited = [cited]  # the outer speaker tells it; the cited party stays in the chain
                else:
                    d.cited = [d.speaker]
                    d.speaker = cited
            break
        return drafts
