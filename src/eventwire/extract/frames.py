"""Attribution frames in a parsed document: speaker, cue and content before resolution.

:class:`FrameFinder` walks the parse and the quotations of one document and
returns :class:`Frame` drafts; :mod:`eventwire.extract.claims` resolves their
speakers and turns them into :class:`~eventwire.records.Claim` records.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from .claim_spans import (
    clause_span,
    cut_before,
    ids,
    overlaps,
    skip_dateline,
    subtree_span,
    trim_span,
)
from .frame_base import Frame
from .frame_cues import MADE_REPORTS
from .frame_guards import guarded_cue_ok, read_document
from .frame_joins import DENYING_VERBS
from .frame_subjects import FrameSubjects
from .frame_words import (
    CLAIM_NOUNS,
    COUNTING,
    DEMAND_EMBEDDED,
    DEMANDED_PAYMENTS,
    DEMANDING,
    DEMANDING_CROWDS,
    DEMANDING_GATHERINGS,
    DOCUMENTS,
    EVERY,
    EVIDENTIAL,
    FORECASTING,
    ISSUED_DOCUMENTS,
    JUDGING,
    MODALS,
    NOBODY,
    NON_SPEAKERS,
    SPEECH_ONLY_WITH_SPEAKER,
    SUBJECTS,
    UNSAID_CONTROLLERS,
    XCOMP_VERBS,
)
from .speaker_heads import figures_owner
from .speaker_phrases import SpeakerPhrase, noun_phrase_before, speaker_phrase, with_stacked_subject
from .status_media import news_staff
from .syntax import kids, lemmas, lowers, parse_tree

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .quotes import Quote

__all__ = ["FrameFinder"]


# Verbs of sight whose subject is news staff frame what the staff saw ("our reporters saw …", "…, a Kalo
# Wire reporter saw"): the publisher's account, a claim only with a count (docs/gold-format.md M20)
SIGHT_VERBS = frozenset({"see", "witness"})
# the complements of a verb of sight: what was seen ("saw four bodies", "saw officers beat a man")
SEEN = frozenset({"dobj", "ccomp", "xcomp"})
# a demand told as a price ("… in exchange for his freedom", "in return for the hostages"): a ransom in kind
_PRICED = re.compile(r"\bin (?:exchange|return) for\b", re.IGNORECASE)

# verbs of finding that report only with a clause ("investigators discovered that …")
FINDING_ONLY_WITH_CLAUSE = frozenset({"discover"})

# closing quotation marks as the parser leaves them: curly, straight, or two apostrophes
QUOTE_CLOSERS = frozenset({"”", '"', "''"})
# words that may open a sentence after a quotation without being part of the speaker's name
_NOT_LEADS = frozenset(
    {"but", "and", "then", "still", "yet", "so", "now", "later", "there", "here", "instead"}
)

# Verbs written after their content with the speaker following: "…, said the monitor".
INVERTED_SAYING = frozenset({"say", "add", "report", "tell", "write", "state", "claim", "allege"})


class FrameFinder(FrameSubjects):
    """Finds the attribution frames of one document: speech verbs, "according to", claim nouns,
    passives, credit lines, continued quotations, and nesting."""

    # -- sentences -------------------------------------------------------------------------
    # -- driver ------------------------------------------------------------------------------
    def run(self) -> list[Frame]:
        drafts: list[Frame] = []
        seen_cues: set[tuple[int, int]] = set()
        prep_first = {seq[0] for seq in self.lex.prep_cues if seq}  # first words of the preposition cues
        doc = self.doc
        pos = parse_tree(doc)[0]  # by index: a Token only for a possible cue
        lows, lems = lowers(doc), lemmas(doc)
        speech = self.lex.speech_verbs
        for i, low in enumerate(lows):
            found: list[Frame] = []
            lem = lems[i]
            if lem in speech and (pos[i] == "VERB" or self._verbal_noun(doc[i])):
                found = self._verb(doc[i]) if guarded_cue_ok(doc[i]) else []
                if lem == "read":
                    self._read_documents(found)
            elif lem == "give" and pos[i] == "VERB":
                found = self._given_toll(doc[i])
            elif low in prep_first:
                found = self._prep_cue(doc[i])
            elif lem in SIGHT_VERBS and pos[i] == "VERB":
                found = self._staff_sight(doc[i])
            elif pos[i] == "NOUN" and (lem in CLAIM_NOUNS or lem in MADE_REPORTS or lem == "lie"):
                found = self._noun_cue(doc[i])
            for d in found:
                if d.cue not in seen_cues and d.content[1] > d.content[0]:
                    seen_cues.add(d.cue)
                    drafts.append(d)
        for d in self._credits(drafts):
            if d.cue not in seen_cues:
                seen_cues.add(d.cue)
                drafts.append(d)
        # "Ahmed, a shopkeeper who asked that his name not be used, said …": no claim inside a speaker
        drafts = [
            d
            for d in drafts
            if not any(
                o.speaker is not None
                and o is not d
                and o.speaker.start <= d.cue[0]
                and d.cue[1] <= o.speaker.end
                for o in drafts
            )
        ]
        self._cut_phrases(drafts)
        drafts.extend(self._continuations(drafts))
        self._nest(drafts)
        return [d for d in drafts if not d.dropped and d.content[1] > d.content[0]]

    def _demanded(
        self, verb: Token, children: list[Token], speaker_tok: Token | None
    ) -> tuple[int, int] | None:
        """ "The Forward Alliance demands the immediate release of all those detained", "the union
        demanded a judicial inquiry into the deaths": a body's demand is its statement, the thing
        demanded its content. Not a gathering's own demand ("protesters demanded the governor's
        resignation", "gathered outside the ministry, demanding work": the aim of the protest record),
        nor a ransom, nor a thing as the demander."""
        if verb.tag_ == "VBG":
            return None
        if speaker_tok is None or not self._finder(speaker_tok):
            return None
        if speaker_tok.lemma_.lower() in DEMANDING_CROWDS or speaker_tok.i > verb.i:
            return None
        if speaker_tok.pos_ not in {"NOUN", "PROPN", "PRON"} or not speaker_tok.text[:1].isalnum():
            return None  # a stray mark before an inverted frame ("…?'' demanded the activist")
        if verb.dep_ == "conj" and verb.head.dep_ in DEMAND_EMBEDDED:
            return None  # "held [the minister responsible …] and demanded": joined to a told clause
        if _PRICED.search(self.text[verb.idx : max(t.idx + len(t) for t in verb.subtree)]):
            return None  # "demanded the release of two men in exchange for his freedom": a price
        if verb.dep_ == "conj" and verb.head.lemma_.lower() in DEMANDING_GATHERINGS:
            return None  # "members demonstrated at the portico and demanded …": the protest's aim
        if verb.dep_ == "conj" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in DEMANDING_GATHERINGS for c in kids(verb.head)
        ):
            return None  # "held a demonstration … and demanded …"
        own = speaker_tok.dep_ == "nsubj" and (
            speaker_tok.head == verb or (verb.dep_ == "conj" and speaker_tok.head == verb.head)
        )
        if not own:
            return None  # "held X responsible … and demanded", "agitated outside parliament to demand"
        dobj = next((c for c in children if c.dep_ == "dobj" and c.i > speaker_tok.i), None)
        if dobj is None or dobj.pos_ != "NOUN" or dobj.lemma_.lower() in DEMANDED_PAYMENTS:
            return None
        return subtree_span(dobj, self.text)

    @staticmethod
    def _read_documents(found: list[Frame]) -> None:
        """ "…, reads part of the statement": the statement speaks (its issuer is found as for "the
        statement read"), not the part."""
        for d in found:
            if d.speaker is None:
                continue
            document = read_document(d.speaker.head)
            if document is not None and document.i != d.speaker.head.i:
                d.speaker = speaker_phrase(document)

    def _staff_sight(self, verb: Token) -> list[Frame]:
        """ "Our reporters saw at least three people being treated", "About 200 people marched, a Kalo
        Wire reporter saw": news staff telling what they saw. The content is what was seen, after the
        verb or (a closing frame) the clause before it; whose staff they are, and whether the content
        holds a count, :mod:`.claims` decides (M20)."""
        if self.in_quote(verb.idx) is not None:
            return []
        children = list(kids(verb))
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        if subject is None or not news_staff(subject, verb) or not self.same_para(subject.idx, verb.idx):
            return []
        after = [c for c in children if c.dep_ in SEEN and c.i > verb.i]
        before = [c for c in children if c.dep_ == "ccomp" and c.i < verb.i]
        if after:
            ends = [subtree_span(c, self.text)[1] for c in after]
            content = (subtree_span(after[0], self.text)[0], max(ends))
        elif before:
            content = clause_span(before[-1], self.text)
        else:
            return []
        content = self._clip(content, verb.idx)
        if content[1] <= content[0]:
            return []
        cue = (verb.idx, verb.idx + len(verb.text))
        draft = self._draft(cue, content, False, speaker_phrase(subject), verb)
        draft.sight = True
        return [draft]

    # -- speech verbs ------------------------------------------------------------------------
    def _verb(self, verb: Token) -> list[Frame]:
        if self.in_quote(verb.idx) is not None or verb.dep_ in {"amod", "compound"}:
            return []
        if verb.lower_ in self.lex.citing_words:
            return []
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids(verb)):
            return []  # "the party would announce", "the ministry will say": not yet said
        if (
            verb.dep_ in {"xcomp", "ccomp"}  # "daring him to say" (ccomp with "him" its subject)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb))
            and verb.head.lemma_.lower() in UNSAID_CONTROLLERS
        ):
            return []  # "requires candidates to disclose", "refused to confirm": nothing was said
        lemma = verb.lemma_.lower()
        children = list(kids(verb))
        if lemma in FINDING_ONLY_WITH_CLAUSE and not any(c.dep_ == "ccomp" for c in children):
            return []  # "Troops discover mass grave" (a headline, or any object): an act, not a finding
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in children)
        subjects = [c for c in children if c.dep_ in SUBJECTS and self.same_para(c.idx, verb.idx)]
        p0, p1 = self.para_of(verb.idx)
        dateline_end = skip_dateline(self.text, p0, p1)
        # "AHVAZ, Iran (Wire) — At least one … was killed, rights groups said": no dateline speaks
        subjects = [c for c in subjects if c.idx >= dateline_end]
        subject = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None
        if subject is not None and subject.dep_ == "csubj" and subject.tag_ in ("VBN", "VBD"):
            # "the federation affiliated with the UGTT announced …", "a group based in London said":
            # the parser made the participle the subject; its own subject is the speaker
            inner = next(
                (c for c in kids(subject) if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None
            )
            if inner is not None:
                subject = inner
        if subject is not None and len(subjects) > 1:
            subject = self._before_apposition(subject, subjects)
        reduced = self._reduced_relative(verb) if subject is None else None
        if reduced is not None:
            # "Two of the men, released a week later, told X they had been beaten"
            subject = next(c for c in kids(reduced) if c.dep_ in SUBJECTS)
            children = [c for c in children if c.i != reduced.i]
        cue = (verb.idx, verb.idx + len(verb.text))
        first = verb
        while first.i > 0:  # the verb group: "has said", "did not confirm"
            prev = self.doc[first.i - 1]
            if prev.head == verb and prev.dep_ in {"aux", "neg"} and prev.lower_ != "to":
                first = prev
            else:
                break
        cue = (first.idx, cue[1])
        prt = next((c for c in children if c.dep_ == "prt" and c.i == verb.i + 1), None)
        if prt is not None:
            cue = (cue[0], prt.idx + len(prt.text))

        if passive:
            return self._passive(verb, children)
        if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and self._quoting(verb.head.head):
            return []  # the "saying" of "quoted X as saying": handled with "quoted"
        if self._quoting(verb):
            return self._quoted_as_saying(verb, children, subject)

        trailing = self._trailing(verb, cue, children, subject)
        if trailing is not None:
            return [trailing]

        speaker_tok = self._active_subject(verb, subject)
        fallback: SpeakerPhrase | None = None
        named_modifier = False
        if speaker_tok is None and verb.pos_ == "NOUN" and verb.dep_ == "ROOT":
            # "IJO calls on …": the verb taken for a noun, the body's name for its modifier
            named = next(
                (c for c in kids(verb) if c.dep_ in {"amod", "compound", "nmod"} and c.i == verb.i - 1), None
            )
            if named is not None and (
                named.pos_ == "PROPN" or (named.text.isupper() and len(named.text) > 1)
            ):
                fallback = speaker_phrase(named, stop=frozenset({verb.i}))
                speaker_tok = named
                named_modifier = True
        if (
            speaker_tok is not None
            and verb.dep_ == "conj"
            and speaker_tok.i < verb.i
            and self.in_quote(speaker_tok.idx) is not None
            and lemma in INVERTED_SAYING
            and self._name_after_quote(verb)
        ):
            speaker_tok = None  # "“We will …,” Tulsa police Chief X said": not the quotation's "we"
        if speaker_tok is None and (
            verb.dep_ not in {"conj", "advcl", "xcomp", "relcl", "pcomp", "acl"}
            or (verb.dep_ == "conj" and lemma in INVERTED_SAYING and self._name_after_quote(verb))
        ):
            # the parser lost the subject ("In Isfahan, a student … told", a headline glued on)
            fallback = noun_phrase_before(verb)
            speaker_tok = fallback.head if fallback is not None else None
        if speaker_tok is None and verb.dep_ == "acl" and lemma in self.lex.prep_verbs:
            root = self._noun_root(verb)
            if root is not None:
                # "Organisers of the protests called for a total shutdown", "The coalition called on
                # exiles to hold vigils": the parser took the main verb for a reduced relative and made
                # the subject the sentence's root
                fallback = speaker_phrase(root, stop=frozenset(ids(verb)))
                speaker_tok = root
        if speaker_tok is None:
            met = self._interviewees(verb)
            if met is not None:
                # "Workers we spoke to said …": parsed as "we spoke" with "to said" its infinitive
                fallback = speaker_phrase(met[0], stop=frozenset(ids(met[1])) - {met[0].i})
                speaker_tok = met[0]
        if speaker_tok is None:
            swallowing = self._swallowing_root(verb)
            if swallowing is not None:
                # "The candidate, who came second and says he won, called for a shutdown": the parser
                # hung the main verb inside the subject's relative clause
                root, branch = swallowing
                fallback = speaker_phrase(root, stop=frozenset(ids(branch)))
                speaker_tok = root
        if speaker_tok is None or not self.same_para(speaker_tok.idx, verb.idx):
            return []
        quoted = self.in_quote(speaker_tok.idx)
        if quoted is not None and not self._quoted_name(quoted):
            return []  # a subject inside a quotation the parse joined to a verb outside it
        if (
            lemma in SPEECH_ONLY_WITH_SPEAKER
            and not self._plausible(speaker_tok)
            and speaker_tok.lemma_.lower() not in ISSUED_DOCUMENTS
        ):
            return []  # "clashes continued", "rain added to the misery": no one speaks (a statement does)
        if lemma == "continue" and (
            verb.dep_ not in {"ROOT", "parataxis"}
            or not (speaker_tok.pos_ in {"PRON", "PROPN"} or speaker_tok.ent_type_ == "PERSON")
        ):
            return []  # only a sentence's own frame: "“…,” she continued", "Smith continued: “…”"
        if speaker_tok.lower_ in NON_SPEAKERS and speaker_tok.pos_ != "PRON":
            return []
        if lemma == "learn" and (
            speaker_tok.lower_ in {"i", "we", "you"}
            or any(c.dep_ == "prep" and c.i > verb.i and c.lower_ != "from" for c in children)
        ):
            # "I've learned that I can't …", "they learned of a meeting": no one reports news (but
            # "has learned from relatives that …", "…, the group has learned from officials": a source)
            return []
        if speaker_tok.lower_ in NOBODY or any(
            c.dep_ == "det" and c.lower_ == "no" for c in kids(speaker_tok)
        ):
            return []  # "No group claimed responsibility": nobody said anything

        # "X's figures show", "a report by X found": the speaker is the figures' owner
        stop = frozenset(ids(verb)) if verb in speaker_tok.subtree else frozenset()
        if speaker_tok.dep_ == "ROOT" and speaker_tok.pos_ in {"NOUN", "PROPN"}:
            # "Organisers of the protests called for a shutdown, urging …": the sentence's main verb,
            # lost under the subject, is no part of the speaker
            stop |= self._lost_main_verbs(speaker_tok)
        figures = speaker_tok.lemma_.lower() in self.lex.figure_nouns and lemma in self.lex.showing_verbs
        if figures:
            owner = figures_owner(speaker_tok)
            if owner is None and speaker_tok.lemma_.lower() not in DOCUMENTS:
                return []
            if owner is None or owner.dep_ == "compound":
                # "a poll found that …", "a CBS News poll found", "UN figures show": the document
                # is the source, its owner named inside it
                speaker = speaker_phrase(speaker_tok, stop=stop)
            else:
                if speaker_tok.i + 1 == first.i:  # "the ministry's figures show", not "figures from X show"
                    cue = (min(speaker_tok.idx, verb.idx), cue[1])
                speaker = speaker_phrase(owner, stop=stop | {speaker_tok.i})
        elif fallback is not None:
            if lemma in EVIDENTIAL or not (named_modifier or self._plausible(speaker_tok)):
                return []
            speaker = self._lead_after_quote(fallback, verb)
        else:
            if lemma in EVIDENTIAL and not self._finder(speaker_tok):
                return []  # "officers should show restraint", "video shows": no speaker
            speaker = self._lead_after_quote(
                with_stacked_subject(speaker_phrase(speaker_tok, stop=stop), children), verb
            )

        # "put the toll at N"
        if lemma == "put":
            dobj = next((c for c in children if c.dep_ == "dobj"), None)
            at = next((c for c in children if c.dep_ == "prep" and c.lower_ == "at"), None)
            if at is None and dobj is not None and dobj.lemma_.lower() in self.lex.toll_nouns:
                # "put the number of its workers detained across the country at more than 5,000":
                # the parser hangs "at" inside the object; the last "at" with a number is the figure
                at = next(
                    (
                        t
                        for t in reversed(list(verb.subtree))
                        if t.i > dobj.i
                        and t.lower_ == "at"
                        and t.dep_ == "prep"
                        and any(g.like_num for g in t.subtree)
                    ),
                    None,
                )
            pobj = next((c for c in kids(at) if c.dep_ == "pobj"), None) if at is not None else None
            counted = pobj is not None and any(t.like_num for t in pobj.subtree)
            if (
                dobj is not None
                and at is not None
                and (dobj.lemma_.lower() in self.lex.toll_nouns or counted)
            ):
                # "put the toll at 304", "put the Paris march at 57,000"
                if pobj is None:
                    return []
                cue = (verb.idx, at.idx + len(at.text))
                content = self._clip(subtree_span(pobj, self.text), verb.idx)
                return [self._draft(cue, content, False, speaker, verb)]
            if not any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
                return []
            it = next((c for c in children if c.dep_ == "dobj" and c.lower_ == "it"), None)
            if it is not None:
                cue = (verb.idx, it.idx + len(it.text))

        if self._given_name(verb, children):
            return []
        drafts: list[Frame] = []
        # "as X put it / as X said": the content is the rest of the sentence
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
            quote = self._adjacent_quote(verb, speaker, cue)
            if quote is not None:
                return [self._draft(cue, (quote.content_start, quote.content_end), True, speaker, verb)]
            rest = self._rest_of_sentence(verb, speaker)
            return [self._draft(cue, rest, False, speaker, verb)] if rest else []

        if verb.dep_ == "parataxis" and not any(
            c.dep_ == "ccomp" or (c.dep_ == "dobj" and not self._addressee(verb, c)) for c in children
        ):
            # "The museum, Mr. Obama said, would …": the sentence around the frame is the content
            quote = self._adjacent_quote(verb, speaker, cue)
            if quote is not None:
                return [self._draft(cue, (quote.content_start, quote.content_end), True, speaker, verb)]
            around = self._around(verb, speaker)
            return [self._draft(cue, around, False, speaker, verb)] if around else []

        sent = self.sentence_of(verb.idx)
        clauses = [
            c
            for c in children
            if c.dep_ == "ccomp" and sent[0] <= c.idx < sent[1] and not self._split_frame(c)
        ]
        # "…," a spokesman told the state news agency SANA: a bare name the parser took for a clause
        clauses = [c for c in clauses if not (c.i > verb.i and c.text[:1].isupper() and not list(kids(c)))]
        # "Futures were little changed; traders said …": a clause beyond a semicolon is not said
        clauses = [c for c in clauses if self._in_reach(c, verb)]
        # "Discontent remains: unions have announced a strike": a clause before a colon is a lead-in
        clauses = [c for c in clauses if c.i > verb.i or ":" not in self.text[c.right_edge.idx : verb.idx]]
        clause = min(clauses, key=lambda c: abs(c.i - verb.i)) if clauses else None
        if clause is None and lemma in {"say", "tell", "add", "write", "state"}:
            clause = next((c for c in children if c.dep_ == "parataxis" and c.i < verb.i), None)
        if clause is None and lemma in {"say", "tell", "add", "write", "state"}:
            # "said after the convention he would not …": a finite clause the parser took for an adverbial
            clause = next(
                (
                    c
                    for c in children
                    if c.dep_ == "advcl"
                    and c.i > verb.i
                    and any(g.dep_ == "nsubj" for g in kids(c))
                    and not any(g.dep_ == "mark" and g.lower_ != "that" for g in kids(c))
                ),
                None,
            )
        if clause is not None:
            clipped = self._clip(clause_span(clause, self.text), verb.idx)
            if clipped[1] <= clipped[0]:
                clause = None  # the clause lies beyond a semicolon or paragraph break
        if clause is None:
            that = self._that_clause(verb)
            if that is not None:
                drafts.append(self._draft(cue, that, False, speaker, verb))
        if clause is not None:
            span = self._clip(clause_span(clause, self.text), verb.idx)
            for other in clauses:  # the parser may split one complement into two ccomps
                if other is not clause and (other.i > verb.i) == (clause.i > verb.i):
                    o0, o1 = self._clip(clause_span(other, self.text), verb.idx)
                    if o1 > o0:
                        span = (min(span[0], o0), max(span[1], o1))
            for other in children:
                # "said on Thursday that A and that no one had been beaten": a second "that" clause
                # the parser coordinated with the speech verb
                if (
                    other.dep_ == "conj"
                    and other.i > clause.i
                    and any(g.dep_ == "mark" and g.lower_ == "that" for g in kids(other))
                ):
                    o0, o1 = self._clip(clause_span(other, self.text), verb.idx)
                    if o1 > o0:
                        span = (span[0], max(span[1], o1))
            obj = next((c for c in children if c.dep_ == "dobj" and verb.i < c.i < clause.left_edge.i), None)
            if obj is not None and obj.pos_ in {"NUM", "NOUN", "PROPN"} and lemma not in {"tell"}:
                span = (min(span[0], obj.left_edge.idx), span[1])
            if clause.i < verb.i:
                span = self._after_frame(verb, speaker, span)
            lost = next(
                (
                    t
                    for t in clause.subtree
                    if t.i > clause.i
                    and t.lemma_.lower() in self.lex.speech_verbs
                    and self._swallowing_root(t) is not None
                ),
                None,
            )
            split = next((c for c in children if c.i > clause.i and self._split_frame(c)), None)
            if split is not None:  # "said its units "act lawfully" and denied that …"
                span = (span[0], min(span[1], cut_before(self.text, span[0], self.doc[split.i - 1].idx)[1]))
            if lost is not None:  # "says he won, called for a shutdown": the main verb is not said
                span = (span[0], min(span[1], cut_before(self.text, span[0], lost.left_edge.idx)[1]))
            span = self._before_own_participle(clause, span)
            span = self._listed_participles(verb, clause, span)
            lead = self._quantity_subject(verb, clause)
            if lead is not None:
                span = (min(span[0], lead.idx), span[1])
            quote = self._covering_quote(span)
            if quote is not None:
                drafts.append(self._draft(cue, (quote.content_start, quote.content_end), True, speaker, verb))
            else:
                drafts.append(self._draft(cue, span, False, speaker, verb))
        adjacent = self._adjacent_quotes(verb, speaker, cue)
        for quote in adjacent:
            if drafts and overlaps(drafts[0].content, (quote.content_start, quote.content_end)):
                continue
            drafts.append(self._draft(cue, (quote.content_start, quote.content_end), True, speaker, verb))
        if drafts:
            if lemma == "continue":
                for d in drafts:
                    d.weak = True  # "troops continued "to fire"" inside another claim is no frame
            return self._with_cited(drafts, verb, speaker_tok)

        inverted = self._inverted_after_clause(verb, subject, lemma, sent)
        if inverted is None:
            inverted = self._closing_frame(verb, speaker_tok, lemma, sent)
        if inverted is not None:
            quote = self._covering_quote(inverted)
            if quote is not None:
                drafts.append(self._draft(cue, (quote.content_start, quote.content_end), True, speaker, verb))
            else:
                drafts.append(self._draft(cue, inverted, False, speaker, verb))
            return self._with_cited(drafts, verb, speaker_tok)

        naming = self._naming(verb, children)
        if naming is not None:
            drafts.append(self._draft(cue, self._clip(naming, verb.idx), False, speaker, verb))
        elif (lemma in self.lex.object_verbs and (lemma not in self.lex.weak_verbs or figures)) or (
            lemma in FORECASTING and self._more_to_come(children)
        ):
            # "UN figures show 304 dead": figures state their object
            dobj = next((c for c in children if c.dep_ in {"dobj", "xcomp"} and c.i > verb.i), None)
            judged = self._judged_report(children) if dobj is None and lemma in DENYING_VERBS else None
            if judged is not None:
                dobj = judged
            if dobj is not None and any(c.dep_ == "det" and c.lower_ in EVERY for c in kids(dobj)):
                dobj = None  # "confirms each case with two sources": a method, not a statement
            if (
                dobj is not None
                and dobj.pos_ != "PRON"
                and (dobj.dep_ == "dobj" or dobj.tag_ == "VBG" or judged is not None)
            ):
                lo, hi = subtree_span(dobj, self.text)
                # "condemned the strike as a violation", "accused the police of …"
                for sib in children:
                    if sib.dep_ == "prep" and sib.lower_ in {"as", "of", "for"} and sib.i > dobj.i:
                        hi = max(hi, subtree_span(sib, self.text)[1])
                if lemma in COUNTING and not self._counted(dobj, children):
                    return []  # "activists counted the bodies", "police identified the suspect"
                if lemma in JUDGING and len(self.text[lo:hi].split()) < 3:
                    return []  # "criticised the government": a target, not a statement
                drafts.append(self._draft(cue, self._clip((lo, hi), verb.idx), False, speaker, verb))
        if not drafts and naming is None and lemma in DEMANDING:
            demanded = self._demanded(verb, children, speaker_tok)
            if demanded is not None:
                drafts.append(self._draft(cue, self._clip(demanded, verb.idx), False, speaker, verb))
        if not drafts and naming is None and lemma == "call":
            called = self._called_action(verb, children)
            if called is not None:
                drafts.append(self._draft(cue, self._clip(called, verb.idx), False, speaker, verb))
                drafts[-1].weak = True
        if not drafts and (lemma in XCOMP_VERBS or self._asked_to(verb, lemma, children)):
            xcomp = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i), None)
            if xcomp is None:
                xcomp = self._stranded_infinitive(verb)
            if xcomp is not None:
                lo, hi = subtree_span(xcomp, self.text)
                to = next((c for c in kids(xcomp) if c.dep_ == "aux" and c.lower_ == "to"), None)
                if to is not None and to.idx == lo:
                    lo = trim_span(self.text, to.idx + 2, hi)[0]
                drafts.append(self._draft(cue, self._clip((lo, hi), verb.idx), False, speaker, verb))
                drafts[-1].weak = True  # "reported being beaten" inside another claim is no frame
        if not drafts and lemma in self.lex.prep_verbs and not self._addressed(lemma, children):
            # "warned of a crackdown" states a risk; "warned them of arrest" threatens the addressee
            for prep in children:
                # "called on members to join": the parser may take "on" for a particle
                if prep.dep_ in ("prep", "prt") and prep.lower_ in self.lex.prep_verbs[lemma]:
                    pobj = next((c for c in kids(prep) if c.dep_ in {"pobj", "pcomp"}), None)
                    if pobj is None and prep.dep_ == "prt":  # then its object hangs on the verb
                        pobj = next((c for c in children if c.dep_ == "dobj" and c.i > prep.i), None)
                    if pobj is not None and pobj.ent_type_ in {"DATE", "TIME"} and prep.lower_ == "on":
                        continue  # "called on Friday for a general strike": a day, not an addressee
                    if pobj is not None:
                        lo, hi = subtree_span(pobj, self.text)
                        # "called on the ministry to identify the officers": the request goes on
                        xcomp = next((c for c in children if c.dep_ == "xcomp" and c.i > pobj.i), None)
                        if xcomp is None:
                            xcomp = next((c for c in kids(pobj) if c.dep_ in {"acl", "relcl"}), None)
                        if xcomp is None and prep.lower_ in {"on", "upon"}:
                            # "called on Nicaraguans in exile to hold vigils": the parser may take the
                            # request for an infinitive of purpose
                            xcomp = next(
                                (
                                    c
                                    for c in children
                                    if c.dep_ == "advcl"
                                    and c.i > pobj.i
                                    and c.tag_ == "VB"
                                    and any(g.dep_ == "aux" and g.lower_ == "to" for g in kids(c))
                                ),
                                None,
                            )
                        if xcomp is None and prep.lower_ in {"on", "upon"}:
                            # "called on farmers in A and B to join them": the parser hung the request
                            # on a word of the addressee's phrase
                            xcomp = self._request_after_addressee(verb, pobj)
                        if xcomp is None and prep.lower_ in {"on", "upon"}:
                            # "called on its supporters to march to the palace": the parser read the
                            # request's bare verb as a noun after the preposition "to"
                            xcomp = self._bare_to_noun([*children, *kids(prep)], pobj)
                        if xcomp is not None:
                            hi = max(hi, subtree_span(xcomp, self.text)[1])
                            second = self._second_call(xcomp)
                            if second is not None:  # "… to extend the strike and urged others to join"
                                hi = min(hi, cut_before(self.text, lo, second.left_edge.idx)[1])
                        elif prep.lower_ in {"on", "upon", "to"}:
                            if any(c.dep_ == "prep" and c.lower_ == "for" and c.i > prep.i for c in children):
                                continue  # "are calling on social media for a national uprising"
                            break  # "calls on the government to:" and a list: no request in the sentence
                        if prep.i == verb.i + 1:  # "called for", "warned of": the preposition is cue
                            cue = (cue[0], prep.idx + len(prep.text))
                        content = self._clip((lo, hi), verb.idx)
                        drafts.append(self._draft(cue, content, False, speaker, verb))
                        drafts[-1].weak = True
                        break
            request = None if drafts else self._marked_request(verb, children, self.lex.prep_verbs[lemma])
            if request is not None:
                # "called for farmers to block the trains": the parser hangs "for" on the request
                mark, clause = request
                lo, hi = trim_span(self.text, mark.idx + len(mark.text), subtree_span(clause, self.text)[1])
                cue = (cue[0], mark.idx + len(mark.text))
                drafts.append(self._draft(cue, self._clip((lo, hi), verb.idx), False, speaker, verb))
                drafts[-1].weak = True
        if not drafts and self._headline(verb.idx):
            # "Iran says 230 killed in protests": a headline's telegraphic complement
            rest = trim_span(self.text, cue[1], self.para_of(verb.idx)[1])
            if len(self.text[rest[0] : rest[1]].split()) >= 2:
                drafts.append(self._draft(cue, rest, False, speaker, verb))
        return self._with_cited(drafts, verb, speaker_tok)

    def _inverted_after_clause(
        self, verb: Token, subject: Token | None, lemma: str, sent: tuple[int, int]
    ) -> tuple[int, int] | None:
        """ "Police killed 12 protesters, said the Zomia Monitor": the parse joins the inverted
        frame to the reported clause as its conjunct; the clause before the comma is the content."""
        if verb.dep_ != "conj" or subject is None or subject.i < verb.i or lemma not in INVERTED_SAYING:
            return None
        if verb.i == 0 or self.doc[verb.i - 1].text != "," or verb.head.i > verb.i:
            return None
        if any(c.dep_ in {"ccomp", "dobj"} for c in kids(verb)):
            return None
        span = trim_span(self.text, max(sent[0], self.para_of(verb.idx)[0]), self.doc[verb.i - 1].idx)
        if span[1] <= span[0] or len(self.text[span[0] : span[1]].split()) < 4:
            return None
        return span

    def _noun_root(self, verb: Token) -> Token | None:
        """The noun at the root of a sentence with no verb of its own above ``verb`` (an ``acl`` in
        the past tense, no agent, no subject of its own), when it stands before the verb."""
        if verb.tag_ not in {"VBD", "VBN"} or any(
            c.dep_ in {"agent", "nsubj", "nsubjpass"} for c in kids(verb)
        ):
            return None
        root = verb
        while root.head.i != root.i:
            root = root.head
            if root.pos_ in {"VERB", "AUX"}:
                return None
        if root.pos_ not in {"NOUN", "PROPN"} or root.i > verb.i or root.lower_ in NON_SPEAKERS:
            return None
        return root

    def _lead_after_quote(self, speaker: SpeakerPhrase, verb: Token) -> SpeakerPhrase:
        """ "“…,” Tulsa police Chief Ron Hale said Monday": the parser hung the first word of the
        speaker's phrase, right after the closing quotation mark, elsewhere (as an object or an
        apposition of the quotation); it opens the speaker's phrase."""
        doc = self.doc
        first = next((t for t in doc[max(0, verb.i - 12) : verb.i] if t.idx >= speaker.start), None)
        if first is None or first.i < 3 or verb.i < first.i or speaker.head.i > verb.i:
            return speaker
        lead = doc[first.i - 1]
        if not self._comma_quote_at(lead.i - 1):
            return speaker
        if lead.i in {t.i for t in speaker.head.subtree} or lead.ent_type_ in {"DATE", "TIME"}:
            return speaker
        if not (lead.is_alpha and lead.text[:1].isupper() and lead.tag_ in {"NNP", "NNPS", "VB", "JJ"}):
            return speaker
        if lead.lower_ in _NOT_LEADS or (first.text[:1].isupper() and first.pos_ != "NOUN"):
            return speaker  # '“…,” But police said', '“…,” Reuters Ali Khan said': not one phrase
        return dataclasses.replace(speaker, start=lead.idx, core_start=lead.idx)

    def _name_after_quote(self, verb: Token) -> bool:
        """ "“…,” Tulsa police Chief Ron Hale said Monday" with the name hung on the quotation: only
        capitalised words and role nouns between the closing mark (after a comma) and the verb."""
        doc = self.doc
        k = verb.i - 1
        while k >= 0 and doc[k].is_alpha and (doc[k].text[:1].isupper() or doc[k].pos_ == "NOUN"):
            k -= 1
        return (
            verb.i - k - 1 >= 2
            and self._comma_quote_at(k)
            and any(t.text[:1].isupper() for t in doc[k + 1 : verb.i])
        )

    def _comma_quote_at(self, k: int) -> bool:
        """A closing quotation mark at token ``k`` right after a comma: '…," Chief X said'."""
        return k >= 1 and self.doc[k].text in QUOTE_CLOSERS and self.doc[k - 1].text == ","

    def _given_name(self, verb: Token, children: list[Token]) -> bool:
        """ "His charitable trust, called the Hollow Creek Land Fund, will …": a participle of naming
        set off by a comma after a noun, with a name and no object, names the noun; no one speaks."""
        if verb.lemma_.lower() not in {"call", "name", "dub"}:
            return False
        if verb.i == 0 or self.doc[verb.i - 1].text != ",":
            return False
        if any(c.dep_ in {"dobj", "ccomp", "prep", "nsubj", "nsubjpass"} and c.i > verb.i for c in children):
            return False
        oprd = next((c for c in children if c.dep_ == "oprd" and c.i > verb.i), None)
        return oprd is not None and oprd.pos_ == "PROPN" and oprd.left_edge.i == verb.i + 1

    def _quoted_name(self, quote: Quote) -> bool:
        """A name in quotation marks ('the Human Rights Centre "Viasna" said'), not a quotation: a few
        capitalised words."""
        words = quote.content(self.text).split()
        return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words)

    def _closing_frame(
        self, verb: Token, subject: Token, lemma: str, sent: tuple[int, int]
    ) -> tuple[int, int] | None:
        """ "Shelling by the RSF on the camp killed 14 civilians on Tuesday, a group of volunteer lawyers
        said": a frame that closes its sentence whose report the parser hung elsewhere (under a
        gerund subject, on a dateline) than as the verb's complement. The words before the comma
        that opens the speaker's phrase are the report."""
        if lemma not in INVERTED_SAYING or subject.i > verb.i or verb.dep_ not in {"ROOT", "conj"}:
            return None
        if any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in kids(verb)):
            return None
        left = subject.left_edge
        if left.i == 0 or self.doc[left.i - 1].text != ",":
            return None
        start = max(sent[0], self.para_of(verb.idx)[0])
        start = skip_dateline(self.text, start, left.idx)
        span = trim_span(self.text, start, self.doc[left.i - 1].idx)
        if span[1] <= span[0] or len(self.text[span[0] : span[1]].split()) < 5:
            return None
        told = [t for t in self.doc[left.i - 1].sent if span[0] <= t.idx < span[1]]
        if not any(t.pos_ in {"VERB", "AUX"} and t.tag_ in {"VBD", "VBN", "VBZ", "VBP"} for t in told):
            return None  # "In a statement on Monday, the ministry said": no report before the frame
        if self.in_quote(span[0]) is not None:
            return None
        return self._clip(span, verb.idx)

    def _passive(self, verb: Token, children: list[Token]) -> list[Frame]:
        lemma = verb.lemma_.lower()
        subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
        text = self.text
        # "X was quoted as saying …"
        if lemma in self.lex.passive_subject_speaker and subject is not None:
            as_ = next((c for c in children if c.dep_ == "prep" and c.lower_ == "as"), None)
            saying = None
            if as_ is not None:
                saying = next((c for c in kids(as_) if c.dep_ in {"pcomp", "pobj"}), None)
            if saying is None:
                return []
            aux = [c for c in children if c.dep_ in {"auxpass", "aux"} and c.i < verb.i]
            first = aux[0] if aux else verb
            cue = (first.idx, saying.idx + len(saying.text))
            speaker = speaker_phrase(subject)
            clause = next((c for c in kids(saying) if c.dep_ == "ccomp"), None)
            found: list[Frame] = []
            if clause is not None:
                found = [self._draft(cue, clause_span(clause, text), False, speaker, verb)]
            else:
                quotes = self._adjacent_quotes(saying, speaker, cue)
                found = [
                    self._draft(cue, (q.content_start, q.content_end), True, speaker, verb)
                    for q in quotes[:1]
                ]
            # "was quoted by IRNA as saying": the agent relayed it
            agent = next((c for c in children if c.dep_ == "agent"), None)
            relay = next((c for c in kids(agent) if c.dep_ == "pobj"), None) if agent is not None else None
            if relay is not None:
                for d in found:
                    d.cited = [speaker_phrase(relay)]
            return found
        # "… is said by X to …": the agent is the speaker; without one it is no claim
        agent = next((c for c in children if c.dep_ == "agent"), None)
        by_obj = next((c for c in kids(agent) if c.dep_ == "pobj"), None) if agent is not None else None
        if by_obj is None:
            return []
        clause = next((c for c in children if c.dep_ in {"xcomp", "ccomp"}), None)
        if clause is None:
            return []
        speaker = speaker_phrase(by_obj)
        cue = (verb.idx, verb.idx + len(verb.text))
        lo = subject.left_edge.idx if subject is not None else clause.left_edge.idx
        content = trim_span(text, lo, subtree_span(clause, text)[1])
        if agent is not None and agent.left_edge.idx < content[1] and agent.left_edge.idx > lo:
            content = trim_span(text, clause.left_edge.idx, content[1])
        return [self._draft(cue, content, False, speaker, verb)]

    def _quoting(self, verb: Token) -> bool:
        """An active "X quoted Y as saying" frame."""
        if verb.lemma_.lower() not in self.lex.passive_subject_speaker:
            return False
        as_ = next((c for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "as"), None)
        return as_ is not None and any(c.dep_ == "dobj" for c in kids(verb))

    def _quoted_as_saying(self, verb: Token, children: list[Token], subject: Token | None) -> list[Frame]:
        """ "State media quoted the governor as saying …": the governor speaks, state media relay it."""
        dobj = next(c for c in children if c.dep_ == "dobj")
        as_ = next(c for c in children if c.dep_ == "prep" and c.lower_ == "as")
        saying = next((c for c in kids(as_) if c.dep_ in {"pcomp", "pobj"}), None)
        if saying is None or subject is None:
            return []
        speaker = speaker_phrase(dobj)
        cue = (verb.idx, saying.idx + len(saying.text))
        clause = next((c for c in kids(saying) if c.dep_ == "ccomp"), None)
        if clause is not None:
            found = [self._draft(cue, clause_span(clause, self.text), False, speaker, verb)]
        else:
            found = [
                self._draft(cue, (q.content_start, q.content_end), True, speaker, verb)
                for q in self._adjacent_quotes(saying, speaker, cue)[:1]
            ]
        for d in found:
            d.cited = [speaker_phrase(subject)]
        return found
