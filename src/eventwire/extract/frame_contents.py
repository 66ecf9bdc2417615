"""Attribution frames: where the content of a speech verb's frame begins and ends.

The "that" clause, a naming, a called action, a trailing stretch after the frame, participles listed
after it, reduced relatives and infinitives stranded from their verb.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .claim_spans import (
    CONTENT_TRIM,
    clause_span,
    subtree_span,
    trim_span,
)
from .frame_base import Frame
from .frame_cues import FrameCues
from .frame_words import (
    CALLED_ACTIONS,
    CALLED_STRETCHES,
    DISPUTED,
    FRAME_DEPS,
    RELATIVE,
    STATEMENT_NOUNS,
    SUBJECTS,
    TRAILING,
)
from .speaker_phrases import SpeakerPhrase
from .syntax import kids

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["FrameContents"]


# the words of an addressee's phrase ("farmers in Shushtar and Dezful", "the UN's rights council")
ADDRESSEE_POS = frozenset({"NOUN", "PROPN", "ADP", "CCONJ", "DET", "ADJ", "NUM", "PART", "PUNCT"})


class FrameContents(FrameCues):
    """The content spans of the frames of :class:`~.frames.FrameFinder`."""

    @staticmethod
    def _more_to_come(children: list[Token]) -> bool:
        """ "expects more air strikes", "fears further arrests": an object that forecasts more of
        something (not "expects a reply", "fears the police")."""
        dobj = next((c for c in children if c.dep_ == "dobj"), None)
        return dobj is not None and any(
            c.dep_ == "amod" and c.lower_ in {"more", "further", "new", "fresh"} for c in kids(dobj)
        )

    def _stranded_infinitive(self, verb: Token) -> Token | None:
        """ "urged them in a televised address on Sunday to suspend the action": the parser hangs
        the infinitive on the noun of the verb's own phrase; it is still what was urged."""
        for prep in kids(verb):
            if prep.dep_ != "prep" or prep.i < verb.i:
                continue
            if prep.lower_ == "to":
                # "urged supporters to march on parliament": the parser made "to" a preposition
                bare = self._bare_verb(prep)
                if bare is not None:
                    return bare
            for t in prep.subtree:
                if (
                    t.dep_ == "acl"
                    and t.tag_ == "VB"
                    and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == t.i - 1 for c in kids(t))
                    and t.head.lemma_.lower() in STATEMENT_NOUNS
                ):
                    return t
        return None

    @staticmethod
    def _request_after_addressee(verb: Token, addressee: Token) -> Token | None:
        """The infinitive of a call the parser hung on a word of the addressee's phrase ("called on
        farmers in Shushtar and Dezful to join them"): a "to" infinitive in the verb's phrase with
        only the addressee's nouns, names and prepositions between it and the addressee."""
        doc = verb.doc
        for c in verb.subtree:
            if c.i <= addressee.i or c.dep_ != "xcomp" or c.tag_ != "VB":
                continue
            if not any(g.dep_ == "aux" and g.lower_ == "to" and g.i == c.i - 1 for g in kids(c)):
                continue
            between = doc[addressee.i + 1 : c.i - 1]
            if all(t.pos_ in ADDRESSEE_POS for t in between):
                return c
            return None
        return None

    @staticmethod
    def _bare_verb(prep: Token) -> Token | None:
        """The object of a preposition "to" that is a request's bare verb the parser misread: tagged
        a verb, or a singular noun with nothing of its own before it right after "to" ("to march"
        may be read as the month: a proper noun written in lower case)."""
        for c in kids(prep):
            if c.dep_ != "pobj":
                continue
            if c.tag_ == "VB":
                return c
            nounlike = c.tag_ == "NN" or (c.tag_ == "NNP" and c.text.islower())
            if nounlike and c.i == prep.i + 1 and not any(g.i < c.i for g in kids(c)):
                return c
        return None

    def _bare_to_noun(self, candidates: list[Token], after: Token) -> Token | None:
        """The "to" phrase of a request whose bare verb the parser read as a noun ("called on its
        supporters to march to the palace": "to" a preposition of the verb or of "on", "march" its
        object)."""
        for prep in candidates:
            if prep.dep_ == "prep" and prep.lower_ == "to" and prep.i > after.i and self._bare_verb(prep):
                return prep
        return None

    def _before_own_participle(self, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
        """ "denied that the law was used against activists, saying no one had been arrested": a
        speech participle the parser hung inside the complement goes on with the frame, not with
        what is reported; the content stops at its comma."""
        for t in clause.subtree:
            if (
                t.dep_ == "conj"
                and t.head.i == clause.i
                and t.lemma_.lower() in self.lex.speech_verbs
                and t.lemma_.lower() not in self.lex.weak_verbs
                and not any(c.dep_ in SUBJECTS for c in kids(t))
                and t.i > 1
                and self.doc[t.i - 1].lower_ in {"and", "but"}
                and span[0] < t.idx < span[1]
                and any(c.dep_ in SUBJECTS for c in kids(clause))
                and (
                    (
                        any(c.dep_ == "auxpass" for c in kids(clause))
                        and any(c.dep_ == "dobj" for c in kids(t))
                    )
                    or any(c.dep_ == "dobj" and c.lemma_.lower() in DISPUTED for c in kids(t))
                )
            ):
                # a verb with an object cannot share the complement's passive ("had been mistreated
                # and described him"), so it is the frame's verb; "arrested him and charged him" is not
                # "denied that Azizi had been mistreated and described him as …"
                cut = trim_span(self.text, span[0], self.doc[t.i - 1].idx)
                return cut if cut[1] > cut[0] else span
            if (
                t.dep_ == "advcl"
                and t.tag_ == "VBG"
                and t.lemma_.lower() in self.lex.speech_verbs
                and t.i > 0
                and self.doc[t.i - 1].text == ","
                and span[0] < t.idx < span[1]
                and not any(c.dep_ in SUBJECTS for c in kids(t))
            ):
                cut = trim_span(self.text, span[0], self.doc[t.i - 1].idx)
                return cut if cut[1] > cut[0] else span
        return span

    def _reduced_relative(self, verb: Token) -> Token | None:
        """A subject with a participle set off by commas that the parser took for the verb's
        complement: "Two of the men, released a week later, told …" (``released`` as a ccomp
        holding ``Two`` as its subject). The participle, or None."""
        if verb.i == 0 or self.doc[verb.i - 1].text != ",":
            return None
        for c in kids(verb):
            if (
                c.dep_ == "ccomp"
                and c.i < verb.i
                and c.tag_ == "VBN"
                and not any(g.dep_ in {"aux", "auxpass"} for g in kids(c))
                and c.right_edge.i >= verb.i - 2
            ):
                subj = next((g for g in kids(c) if g.dep_ in SUBJECTS and g.i < c.i), None)
                if subj is not None and self.doc[c.left_edge.i - 1 if c.left_edge.i else 0].text != ",":
                    comma = self.doc[c.i - 1] if c.i else None
                    of = [o for p in kids(subj) if p.lower_ == "of" for o in kids(p) if o.dep_ == "pobj"]
                    if (
                        comma is not None
                        and comma.text == ","
                        and any(self._plausible(t) for t in [subj, *of])
                    ):
                        return c  # "Two of the men": the men can speak
        return None

    def _in_reach(self, clause: Token, verb: Token) -> bool:
        """Some of ``clause`` lies in the verb's paragraph, between the same semicolons."""
        lo, hi = self._clip(clause_span(clause, self.text), verb.idx)
        return hi > lo

    @staticmethod
    def _counted(dobj: Token, children: list[Token]) -> bool:
        """The object of a counting verb states a finding: a number ("recorded 746 executions"), an
        "as" phrase ("identified the dead man as …"), or an event noun with its own "of" phrase
        ("documented the detention of 23 members")."""
        if any(t.like_num or t.pos_ == "NUM" for t in dobj.subtree):
            return True
        if any(c.dep_ == "prep" and c.lower_ == "as" for c in children):
            return True
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(dobj))

    def _trailing(
        self, verb: Token, cue: tuple[int, int], children: list[Token], subject: Token | None
    ) -> Frame | None:
        """ "CONTENT, SPEAKER said." where the parser lost the speaker: "…, a senior official at the
        health department told AFP", "…, the military's media wing, Inter-Services Public
        Relations (ISPR), said in a statement", "…, rights groups and local media said"."""
        lemma = verb.lemma_.lower()
        if lemma not in TRAILING or any(c.dep_ == "ccomp" and c.i > verb.i for c in children):
            return None
        s_start, s_end = self.sentence_of(verb.idx)
        after = [
            t.idx + len(t.text) for c in children if c.i > verb.i and c.dep_ in FRAME_DEPS for t in c.subtree
        ]
        if self.text[max([cue[1], *after]) : s_end].strip(CONTENT_TRIM + ".!?"):
            return None  # something other than the frame follows the verb
        first = verb
        while (
            first.i > 0
            and self.doc[first.i - 1].head == verb
            and self.doc[first.i - 1].dep_
            in {
                "aux",
                "neg",
                "advmod",
            }
        ):
            first = self.doc[first.i - 1]
        segments: list[list[Token]] = []
        i = first.i - 1
        if i >= 0 and self.doc[i].text == ",":
            i -= 1  # "…, Inter-Services Public Relations (ISPR), said"
        while i >= 0 and len(segments) < 3:
            segment: list[Token] = []
            while i >= 0 and self.doc[i].text != "," and self.doc[i].idx >= s_start:
                segment.insert(0, self.doc[i])
                i -= 1
            if any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"} for t in segment):
                break  # the clause that is the content
            names = [t for t in segment if t.pos_ in {"NOUN", "PROPN"}]
            if segments and names and all(t.ent_type_ in {"DATE", "TIME"} for t in names):
                break  # "…, a Monday, our monitors in the region reported": a date is not the speaker
            if i < 0 or self.doc[i].idx < s_start or not segment:
                return None  # no comma before: an ordinary "X said" sentence
            if len(segment) > 12 or not any(t.pos_ in {"NOUN", "PROPN"} for t in segment):
                return None
            segments.insert(0, segment)
            i -= 1  # the comma
        if not segments or segments[0][0].pos_ not in {"DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"}:
            return None  # "…, in an amnesty announced …" is no speaker
        tokens = [t for seg in segments for t in seg]
        before = self.text[s_start : tokens[0].idx].rstrip(" ,")
        clauses = [c for c in children if c.dep_ == "ccomp"]
        if (
            subject is not None
            and tokens[0].i <= subject.i <= tokens[-1].i
            and (verb.dep_ not in {"conj", "advcl"} or before.endswith(("”", '"')))
            and (not clauses or any(self._in_reach(c, verb) for c in clauses))
        ):
            # the parser found the speaker: the ordinary path is better, unless it hung the
            # frame on the reported clause ("…, a relative of one of the victims told KHRN")
            return None
        named = next((seg for seg in segments if any(t.pos_ == "PROPN" for t in seg)), segments[0])
        heads = [t for t in named if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "poss"]
        if not heads:
            return None
        ends = [t for t in tokens if not t.is_punct or t.text == ")"]
        start, end = tokens[0].idx, ends[-1].idx + len(ends[-1].text)
        head = next((t for t in named if t.dep_ == "appos" and t.pos_ == "PROPN"), heads[-1])
        if subject is not None and subject in named and head.dep_ != "appos":
            head = subject  # "our monitors in the region": the subject, not the last noun
        speaker = SpeakerPhrase(head=head, start=start, end=end, core_start=start, core_end=end)
        # "…; the service arrested 30 people, the group said": only the part after the semicolon
        content = self._clip(trim_span(self.text, s_start, self.doc[tokens[0].i - 1].idx), tokens[0].idx)
        if len(self.text[content[0] : content[1]].split()) < 4:
            return None
        return self._draft(cue, content, False, speaker, verb)

    def _listed_participles(self, verb: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
        """ "described how they were beaten, forced to kneel for hours and denied water": the parser
        hangs the later participles of the list on the speech verb; they are still what was said."""
        if clause.tag_ != "VBN" or clause.i < verb.i:
            return span
        siblings = [c for c in kids(verb) if c.dep_ == "advcl"]
        if verb.dep_ == "relcl":
            # "protesters who said they were kicked, slapped and forced to squat": or on the speakers
            siblings += [c for c in kids(verb.head) if c.dep_ == "acl"]
        for sib in siblings:
            if sib.tag_ != "VBN" or sib.i < clause.i:
                continue
            if any(g.dep_ in ("mark", "nsubj", "nsubjpass", "advmod") and g.i < sib.i for g in kids(sib)):
                continue  # "…, when detained", "…, as they were led away": a clause of its own
            if self.text[span[1] : sib.left_edge.idx].strip() not in (",", ""):
                continue
            right = sib.right_edge
            end = self._clip(trim_span(self.text, span[0], right.idx + len(right.text)), verb.idx)[1]
            span = (span[0], max(span[1], end))
        return span

    def _that_clause(self, verb: Token) -> tuple[int, int] | None:
        """A "that" clause the parser hung elsewhere ("said in a statement that …", "told X that …")."""
        right = verb.doc[verb.right_edge.i]
        for tok in verb.doc[verb.i + 1 : min(verb.i + 16, right.i)]:
            if (
                tok.pos_ == "VERB"
                and tok.dep_ == "acl"
                and tok.head.dep_ == "pobj"
                and tok.head.head.head == verb
            ):
                continue  # "said in a report released on Tuesday that …": the report's participle
            if tok.pos_ in {"VERB", "AUX"} or tok.is_punct:
                return None
            if tok.lower_ == "that" and tok.i + 1 <= right.i:
                clause = tok.head
                if tok.dep_ == "mark" and clause.i > tok.i and clause.dep_ == "acl":
                    # "said in a statement carried by X that A and that B, and denied …": the clause the
                    # parser hung on "statement", up to the speaker's next verb
                    right = clause.doc[clause.right_edge.i]
                return self._clip(trim_span(self.text, tok.idx + 4, right.idx + len(right.text)), verb.idx)
        return None

    def _naming(self, verb: Token, children: list[Token]) -> tuple[int, int] | None:
        """What a naming verb says: "called the protests a plot", "which state TV described as …"."""
        lemma = verb.lemma_.lower()
        if lemma not in self.lex.naming_verbs:
            return None
        oprd = next((c for c in children if c.dep_ == "oprd"), None)
        as_ = next((c for c in children if c.dep_ == "prep" and c.lower_ == "as"), None)
        target = oprd or as_
        if target is None:
            return None
        call_preps = self.lex.prep_verbs.get(lemma, ())
        if any(c.dep_ == "prep" and c.lower_ in call_preps and c.i < target.i for c in children):
            # "called for a day of action on 20 October, the anniversary of …": the parser took the
            # apposition for a name; the preposition makes it a call (also "calls on the world to treat
            # the crisis as a priority", the "as" hung on "calls")
            return None
        dobj = next((c for c in children if c.dep_ == "dobj"), None)
        lo, hi = subtree_span(target, self.text)
        if as_ is not None and target is as_:
            pobj = next((c for c in kids(as_) if c.dep_ in {"pobj", "amod", "acomp"}), None)
            lo, hi = subtree_span(pobj, self.text) if pobj is not None else (as_.idx + 3, hi)
        if dobj is not None and dobj.pos_ != "PRON" and dobj.lower_ not in RELATIVE and dobj.i < target.i:
            lo = subtree_span(dobj, self.text)[0]
        lo, hi = trim_span(self.text, lo, hi)
        return (lo, hi) if hi > lo else None

    def _addressed(self, lemma: str, children: list[Token]) -> bool:
        """An object before the verb's preposition ("warned them of arrest"); an object after it is an
        apposition the parser misread ("called for a day of action on 20 October, the anniversary …")."""
        preps = self.lex.prep_verbs[lemma]
        first = next((c.i for c in children if c.dep_ in ("prep", "prt") and c.lower_ in preps), None)
        return any(c.dep_ == "dobj" and (first is None or c.i < first) for c in children)

    @staticmethod
    def _marked_request(
        verb: Token, children: list[Token], preps: frozenset[str]
    ) -> tuple[Token, Token] | None:
        """ "called for farmers to block the trains", "appealed for the body to be returned": the
        verb's preposition parsed as the mark of an infinitive clause with a subject of its own."""
        for clause in children:
            if clause.dep_ not in ("advcl", "ccomp") or clause.i <= verb.i:
                continue
            if clause.tag_ not in ("VB", "VBN"):
                continue
            grand = kids(clause)
            mark = next((g for g in grand if g.dep_ == "mark" and g.i == verb.i + 1), None)
            if (
                mark is not None
                and mark.lower_ in preps
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in grand)
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in grand)
            ):
                return mark, clause
        return None

    @staticmethod
    def _day_of_action(noun: Token) -> bool:
        """ "a tenth day of strikes and marches", "a new wave of protests": a stretch of called actions."""
        if noun.lemma_.lower() not in CALLED_STRETCHES:
            return False
        of = next((c for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        return of is not None and any(
            c.dep_ == "pobj" and c.lemma_.lower() in CALLED_ACTIONS for c in kids(of)
        )

    def _called_action(self, verb: Token, children: list[Token]) -> tuple[int, int] | None:
        """ "has called an indefinite general strike from next Monday against the plan": the action
        called as the verb's object, with the verb's later prepositional phrases (when, against what)."""
        dobj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
        if (
            dobj is None
            or not (dobj.lemma_.lower() in CALLED_ACTIONS or self._day_of_action(dobj))
            or any(c.dep_ == "prt" for c in children)
        ):
            return None  # "called off the strike" is no call
        lo, hi = subtree_span(dobj, self.text)
        for c in children:
            if c.i <= dobj.i:
                continue
            if c.dep_ != "prep":
                break  # "…, and said its affiliates would …": the next clause is not the call
            hi = max(hi, subtree_span(c, self.text)[1])
        lo, hi = trim_span(self.text, lo, hi)
        return (lo, hi) if hi > lo else None

    # -- helpers -------------------------------------------------------------------------------
    def _after_frame(self, verb: Token, speaker: SpeakerPhrase, span: tuple[int, int]) -> tuple[int, int]:
        """ "Two rockets hit the airport, the army said, causing no casualties": a participle after a
        closing frame still belongs to the report; the content runs over the frame to the end."""
        hi = self._frame_bounds(verb, speaker)[1]
        s_end = self.sentence_of(verb.idx)[1]
        m = re.match(r"[^\S\n]*,[^\S\n]*([A-Za-z]+ing)\b", self.text[hi:s_end])
        if m is None or span[1] > hi or not self._consequence(hi + m.start(1)):
            return span
        end = self._clip(trim_span(self.text, hi + m.start(1), s_end), verb.idx)[1]
        return (span[0], end) if end > hi else span
