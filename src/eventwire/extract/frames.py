"""Attribution frames in a parsed document: speaker, cue and content before resolution.

:class:`FrameFinder` walks the parse and the quotations of one document and
returns :class:`Frame` drafts; :mod:`eventwire.extract.claims` resolves their
speakers and turns them into :class:`~eventwire.records.Claim` records.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp.text import tokens as doc_tokens
from .claim_spans import (
    CONTENT_TRIM,
    clause_span,
    coordinated,
    cut_before,
    ids,
    is_ancestor,
    overlaps,
    skip_dateline,
    subtree_span,
    trim_span,
)
from .frame_base import Frame, FrameBase
from .frame_words import (
    CALLED_ACTIONS,
    CALLED_STRETCHES,
    CLAIM_NOUNS,
    COLON_CREDIT,
    COUNTING,
    DASH_CREDIT,
    DISPUTED,
    DOCUMENTS,
    EVERY,
    EVIDENTIAL,
    FORECASTING,
    FRAME_DEPS,
    FRAME_LEAD,
    ISSUED_DOCUMENTS,
    JUDGING,
    LABELS,
    MODALS,
    NOBODY,
    NON_SPEAKERS,
    PERSONAL,
    QUANTIFIERS,
    RECORD_NOUNS,
    REL_OPEN,
    RELATIVE,
    SPEECH_ONLY_WITH_SPEAKER,
    STATEMENT_NOUNS,
    SUBJECTS,
    TITLE_CREDIT,
    TRAILING,
    UNSAID_CONTROLLERS,
    XCOMP_VERBS,
)
from .speaker_heads import described_name, figures_owner, phrase_head
from .speaker_phrases import SpeakerPhrase, noun_phrase_before, speaker_phrase, with_stacked_subject
from .status import disputed_report
from .syntax import kids, lemmas, lowers, parse_tree

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .quotes import Quote

__all__ = ["Frame", "FrameFinder"]


# Verbs written after their content with the speaker following: "…, said the monitor".
# an official's further frame after a first one: "…, and denied that", "…, and insisted that"
ANSWERING_VERBS = frozenset(
    {"deny", "insist", "add", "stress", "reject", "dismiss", "acknowledge", "admit", "maintain"}
    | {"confirm", "reiterate", "emphasise", "emphasize", "note", "say", "claim"}
)
# verbs of a call to action ("called on X to …", "urged", "appealed to X to …")
CALLING_VERBS = frozenset({"call", "urge", "appeal", "ask", "warn", "vow", "threaten", "demand", "invite"})
DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})
INVERTED_SAYING = frozenset({"say", "add", "report", "tell", "write", "state", "claim", "allege"})
# "X, citing Y, reported": Y has no verb of saying of its own; X is the speaker (docs/gold-format.md S3)
CITING_ONLY = frozenset({"citing"})


class FrameFinder(FrameBase):
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
                found = self._verb(doc[i])
            elif lem == "give" and pos[i] == "VERB":
                found = self._given_toll(doc[i])
            elif low in prep_first:
                found = self._prep_cue(doc[i])
            elif pos[i] == "NOUN" and (lem in CLAIM_NOUNS or lem in MADE_REPORTS):
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

    # -- speech verbs ------------------------------------------------------------------------
    def _verb(self, verb: Token) -> list[Frame]:
        if self.in_quote(verb.idx) is not None or verb.dep_ in {"amod", "compound"}:
            return []
        if verb.lower_ in self.lex.citing_words:
            return []
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids(verb)):
            return []  # "the party would announce", "the ministry will say": not yet said
        if (
            verb.dep_ == "xcomp"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb))
            and verb.head.lemma_.lower() in UNSAID_CONTROLLERS
        ):
            return []  # "requires candidates to disclose", "refused to confirm": nothing was said
        lemma = verb.lemma_.lower()
        children = list(kids(verb))
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
        if speaker_tok is None and verb.dep_ not in {"conj", "advcl", "xcomp", "relcl", "pcomp", "acl"}:
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
            or any(c.dep_ == "prep" and c.i > verb.i for c in children)
        ):
            return []  # "I've learned that I can't …", "they learned of a meeting": no one reports news
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
            if lemma in EVIDENTIAL or not self._plausible(speaker_tok):
                return []
            speaker = fallback
        else:
            if lemma in EVIDENTIAL and not self._finder(speaker_tok):
                return []  # "officers should show restraint", "video shows": no speaker
            speaker = with_stacked_subject(speaker_phrase(speaker_tok, stop=stop), children)

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
        clauses = [c for c in children if c.dep_ == "ccomp" and sent[0] <= c.idx < sent[1]]
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
                bare = next((c for c in kids(prep) if c.dep_ == "pobj" and c.tag_ == "VB"), None)
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

    def _before_apposition(self, subject: Token, subjects: list[Token]) -> Token:
        """ "A spokesman for X, the group leading the movement, said": the parser makes the
        apposition a second subject; the subject is the phrase before it."""
        doc = self.doc
        lo, hi = subject.left_edge.i, subject.right_edge.i
        while hi > lo and doc[hi].is_punct:
            hi -= 1  # the parser may hang the closing comma on the apposition
        if lo == 0 or hi + 1 >= len(doc) or doc[lo - 1].text != "," or doc[hi + 1].text != ",":
            return subject
        if not any(c.dep_ == "det" for c in kids(subject)):
            return subject
        earlier = [c for c in subjects if c.right_edge.i == lo - 2]
        return earlier[0] if earlier else subject

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

    def _quantity_subject(self, verb: Token, clause: Token) -> Token | None:
        """The subject of a complement the parser hung on the verb as a phrase: "said around one
        in seven stations had run short" ("around one …" as a prepositional phrase of "said")."""
        if clause.i < verb.i or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in kids(clause)):
            return None
        for c in kids(verb):
            if verb.i < c.i < clause.left_edge.i and c.dep_ in {"prep", "advmod", "npadvmod"}:
                nxt = self.doc[c.i + 1] if c.i + 1 < len(self.doc) else None
                amount = c.lower_ in QUANTIFIERS or (
                    c.lower_ == "at" and nxt is not None and nxt.lower_ in {"least", "most"}
                )
                if amount and any(t.pos_ == "NUM" or t.like_num for t in c.subtree):
                    return c
        return None

    def _active_subject(self, verb: Token, subject: Token | None) -> Token | None:
        if subject is not None and subject.dep_ != "csubj":
            if subject.lower_ in RELATIVE:
                if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
                    return described_name(phrase_head(verb.head))
                if verb.dep_ == "relcl" and verb.head.lower_ != "according":
                    return verb.head
                # "…, according to residents, who said": the noun before the relative pronoun
                before = [t for t in verb.doc[max(subject.i - 3, 0) : subject.i] if not t.is_punct]
                if before and before[-1].pos_ in {"NOUN", "PROPN"}:
                    return phrase_head(before[-1])
                return None
            return subject
        if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
            return verb.head
        if (
            verb.dep_ == "acl"
            and verb.head.dep_ == "ROOT"
            and verb.head.pos_ in {"NOUN", "PROPN"}
            and verb.i > 0
            and self.doc[verb.i - 1].text == ","
            and self._plausible(verb.head)
        ):
            # "Opposition leader X, who claims …, called on …": the parser made the main verb a
            # participle of the subject
            return verb.head
        if verb.dep_ == "conj":
            caller = self._caller_of_second_call(verb)
            if caller is not None:
                return caller
        if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "acl"}:
            swallowing = self._swallowing_root(verb.head)
            if swallowing is not None:
                return swallowing[0]  # "…, called for a shutdown, urging workers to stay home"
        head = verb
        for _ in range(4):  # "…, saying / adding that", "shouted and said", "responded by saying"
            if head.dep_ == "pcomp" and head.head.dep_ == "prep" and head.tag_ == "VBG":
                head = head.head  # climb "by saying" to the verb the preposition modifies
                if head.head == head or head.head.pos_ not in {"VERB", "AUX"}:
                    return None
                head = head.head
                found = next((c for c in kids(head) if c.dep_ == "nsubj"), None)
                if found is not None:
                    return found
                continue
            if head.dep_ in {"conj", "advcl", "xcomp"} and head.head is not head:
                gov = head.head
                if (
                    head.tag_ == "VB"
                    and gov.lemma_.lower() == "go"
                    and any(c.dep_ == "prt" and c.lower_ == "on" for c in kids(gov))
                ):
                    # "the minister went on to say": the subject of "went on" speaks
                    return next((c for c in kids(gov) if c.dep_ == "nsubj"), None)
                if head.dep_ == "xcomp" and head.tag_ == "VB":
                    # object control: "prompting the army to warn", "forced police to admit"
                    obj = next((c for c in kids(head.head) if c.dep_ == "dobj"), None)
                    return obj if obj is not None and self._plausible(obj) else None
                if head.dep_ != "conj" and head.tag_ != "VBG":
                    return None
                climbed = head
                head = head.head
                found = next((c for c in kids(head) if c.dep_ in {"nsubj", "nsubjpass"}), None)
                nobody = found is not None and (
                    found.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in kids(found))
                )
                if found is not None and found.dep_ == "nsubj" and not nobody:
                    if found.lower_ in RELATIVE and head.dep_ == "relcl":
                        return head.head
                    answered = self._answering_frame(climbed, head)
                    if answered is not None:
                        return answered
                    if self._speaks(head) or self._plausible(found):
                        return found
                if found is None and climbed.dep_ == "conj" and head.dep_ in {"advcl", "xcomp"}:
                    # "said it would strike until wages are paid and called for talks"
                    return self._answering_frame(climbed, head)
                if found is not None:
                    answered = self._answering_frame(climbed, head)
                    if answered is not None:
                        return answered  # "said she was alarmed by the reports and called for …"
                    outer = head.head
                    if (
                        (climbed.tag_ == "VBG" or climbed.dep_ == "conj")
                        and head.dep_ == "ccomp"
                        and outer.lemma_.lower() in self.lex.speech_verbs
                        and climbed.lemma_.lower() in self.lex.speech_verbs
                    ):
                        # "X denied that the law was used …, saying …": the participle goes with
                        # the frame, whose subject speaks
                        said_by = next((c for c in kids(outer) if c.dep_ == "nsubj"), None)
                        if said_by is not None and self._plausible(said_by):
                            return said_by
                    return None
            else:
                break
        return None

    @staticmethod
    def _judged_report(children: list[Token]) -> Token | None:
        """ "rejected as "baseless" claims that …": the parser takes the judgement for the object's
        preposition; the claims are what is rejected."""
        for c in children:
            if c.dep_ == "prep" and c.lower_ == "as":
                obj = next((o for o in kids(c) if o.dep_ == "pobj"), None)
                if obj is not None and obj.lemma_.lower() in DISPUTED:
                    return obj
        return None

    def _lost_main_verbs(self, root: Token) -> frozenset[int]:
        """Token indices of the speech verbs (and their clauses) the parser hung under a root noun."""
        out: set[int] = set()
        for t in root.subtree:
            if (
                t.i > root.i
                and t.i not in out
                and t.pos_ == "VERB"
                and t.tag_ in {"VBD", "VBN", "VBZ"}
                and t.lemma_.lower() in self.lex.speech_verbs
                and not any(c.dep_ in SUBJECTS for c in kids(t))
            ):
                out.update(ids(t))
        return frozenset(out)

    def _swallowing_root(self, verb: Token) -> tuple[Token, Token] | None:
        """(root noun, its relative clause) when a sentence with no main verb hangs a speech verb
        after a comma inside the relative clause of its subject."""
        if verb.tag_ not in {"VBD", "VBN", "VBZ"} or verb.i == 0 or self.doc[verb.i - 1].text != ",":
            return None
        if any(c.dep_ in SUBJECTS or c.dep_ == "agent" for c in kids(verb)):
            return None
        branch = verb
        while branch.head.i != branch.i and branch.head.head.i != branch.head.i:
            branch = branch.head
        root = branch.head
        if branch.i == root.i or branch.dep_ != "relcl" or root.pos_ not in {"NOUN", "PROPN"}:
            return None
        if root.dep_ != "ROOT" or root.lower_ in NON_SPEAKERS or not self._plausible(root):
            return None
        return root, branch

    def _second_call(self, request: Token) -> Token | None:
        """The call verb the parser coordinated with a request ("called on drivers to extend the
        strike and urged workers to join them": "urged" a conjunct of "extend"), when the request is
        the infinitive of a call."""
        if request.dep_ not in {"xcomp", "advcl"} or request.tag_ != "VB":
            return None
        if request.head.lemma_.lower() not in CALLING_VERBS:
            return None
        return next(
            (
                c
                for c in request.subtree
                if c.dep_ == "conj"
                and c.head.pos_ in {"VERB", "AUX"}
                and c.lemma_.lower() in CALLING_VERBS | ANSWERING_VERBS
                and c.tag_ in {"VBD", "VBZ", "VBN"}
                and not any(g.dep_ in SUBJECTS for g in kids(c))
            ),
            None,
        )

    def _speaks(self, verb: Token) -> bool:
        """A verb of saying used as one: not "the shutdown will continue", "rain added to the misery"."""
        lemma = verb.lemma_.lower()
        if lemma not in self.lex.speech_verbs:
            return False
        if lemma not in SPEECH_ONLY_WITH_SPEAKER:
            return True
        subject = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
        return subject is not None and self._plausible(subject)

    def _asked_to(self, verb: Token, lemma: str, children: list[Token]) -> bool:
        """ "asked the mourners to join a procession": a request to someone named (not "asked not to be
        named", which asks nothing of anyone)."""
        if lemma != "ask":
            return False
        xcomp = next((c for c in children if c.dep_ == "xcomp" and c.i > verb.i), None)
        return xcomp is not None and any(c.dep_ == "dobj" and verb.i < c.i < xcomp.i for c in children)

    def _caller_of_second_call(self, verb: Token) -> Token | None:
        """The subject of the first call, for a second call the parser hung inside its request."""
        caller = self._caller_past_request(verb)
        if caller is not None:
            return caller
        request = verb.head
        for _ in range(3):
            if request.head == request:
                return None
            if request.dep_ in {"xcomp", "advcl"} and request.head.lemma_.lower() in CALLING_VERBS:
                break
            request = request.head
        else:
            return None
        if self._second_call(request) != verb:
            return None
        return next((c for c in kids(request.head) if c.dep_ == "nsubj"), None)

    def _caller_past_request(self, verb: Token) -> Token | None:
        """ "called on X to bang pots every night "until …" and urged Y to gather": a second call with
        no subject of its own, joined to a clause of the first call's request; the first caller."""
        if (
            verb.lemma_.lower() not in CALLING_VERBS
            or verb.tag_ not in {"VBD", "VBZ", "VBN"}
            or any(c.dep_ in SUBJECTS for c in kids(verb))
        ):
            return None
        clause = verb.head
        if clause.dep_ not in {"xcomp", "advcl"} or clause.head.lemma_.lower() not in CALLING_VERBS:
            return None
        first = clause.head
        on = any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") for c in kids(first))
        if first.i > verb.i or not on:
            return None
        return next((c for c in kids(first) if c.dep_ == "nsubj"), None)

    def _answering_frame(self, climbed: Token, head: Token) -> Token | None:
        """The speaker of an official's second frame that the parser hung inside the first one's
        content: "X said the man had died of a stroke and denied that he was beaten" ("denied" a
        conjunct of "died"), "X denied that its officers beat anyone, saying force was used only
        against rioters" ("saying" under "beat"). The subject of the content did not speak; the
        subject of the frame around it did."""
        if head.dep_ != "ccomp" and climbed.dep_ == "conj":
            # "said they would continue "until the gallows is dismantled" and called on …": the parser
            # joined the call to a clause inside the content; a call in the frame's own tense is the
            # frame's second act
            inner = head
            for _ in range(3):
                if inner.dep_ not in {"advcl", "conj", "xcomp"} or inner.head == inner:
                    return None
                inner = inner.head
                if inner.dep_ == "ccomp":
                    break
            if inner.dep_ != "ccomp" or inner.head.tag_ != climbed.tag_:
                return None
            head = inner
        if head.dep_ != "ccomp" or (
            self._speaks(head) and not any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids(head))
        ):
            return None  # a frame of its own ("said X told them …"), not "said they would continue"
        outer = head.head
        lemma = climbed.lemma_.lower()
        if climbed.dep_ == "conj":
            that_clause = any(
                c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in kids(c))
                for c in kids(climbed)
            )
            # "X said the military was waging war on its people and urged states to cut off its fuel",
            # "said she was alarmed by the reports and called for an inquiry": the call is X's
            called = lemma in CALLING_VERBS and any(
                c.dep_ == "xcomp"
                or (c.dep_ in ("prep", "prt") and c.lower_ in ("for", "on"))
                or (c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in kids(c)))
                for c in kids(climbed)
            )
            framed = (lemma in ANSWERING_VERBS and that_clause) or called
        else:  # "…, saying": only after a denial, whose content nobody in it goes on to say
            framed = climbed.tag_ == "VBG" and outer.lemma_.lower() in DENYING_VERBS
        if not framed or outer.lemma_.lower() not in self.lex.speech_verbs:
            return None
        said_by = next((c for c in kids(outer) if c.dep_ == "nsubj"), None)
        if said_by is None:
            return None
        # whoever "said" speaks ("participants said …"); a verb that also has other senses needs a speaker
        speaks = outer.lemma_.lower() not in SPEECH_ONLY_WITH_SPEAKER and said_by.pos_ in {"NOUN", "PROPN"}
        return said_by if speaks or self._plausible(said_by) else None

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
            phrase_tokens = [tok, *doc[tok.i + 1 : last.i + 1], *obj.subtree]
            lo = min(t.idx for t in phrase_tokens)
            hi = max(t.idx + len(t.text) for t in phrase_tokens)
            speaker = speaker_phrase(obj)
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

    # -- credit lines: "“…” ― Jane Doe", "Amnesty: 41 killed" -----------------------------------
    def _credits(self, drafts: list[Frame]) -> list[Frame]:
        """A quotation followed by a dash and a name, and a line opened by a name and a colon."""
        used = [d.content for d in drafts]
        out: list[Frame] = []
        for q in self.quotes:
            m = DASH_CREDIT.match(self.text, q.end)
            if m is None or (q.content_start, q.content_end) in used:
                continue
            speaker = self._name_at(m.end(), line_end=True)
            if speaker is not None:
                out.append(
                    self._draft((m.start(1), m.end(1)), (q.content_start, q.content_end), True, speaker, None)
                )
        for p0, p1 in self.paras:
            h = TITLE_CREDIT.fullmatch(self.text, p0, p1)
            if h is not None and not any(p0 <= d.cue[0] < p1 for d in drafts):
                # "Iran Hangs Two Men Over Protests, Rights Group Says": a title-case headline
                words = self._tokens(h.start(2), h.end(2))
                content = trim_span(self.text, p0, h.start(2))
                if words and len(self.text[content[0] : content[1]].split()) >= 3:
                    head = words[-1]
                    speaker = SpeakerPhrase(
                        head=head, start=h.start(2), end=h.end(2), core_start=h.start(2), core_end=h.end(2)
                    )
                    out.append(self._draft((h.start(3), h.end(3)), content, False, speaker, None))
                continue
            m = COLON_CREDIT.match(self.text, p0, p1)
            if m is None or m.group(1).lower() in LABELS:
                continue
            speaker = self._name_at(m.start(1), line_end=False)
            if speaker is None or speaker.end != m.end(1):
                continue
            name = self._tokens(speaker.start, speaker.end)
            if not all(t.ent_type_ in {"PERSON", "ORG"} for t in name) and not all(
                t.text.isupper() and len(t.text) > 2 for t in name
            ):
                continue  # "Cinema: …", "Iran: …": a section or a place, not a speaker ("PENCE:" is one)
            colon = m.end(1)
            content = trim_span(self.text, colon + 1, p1)
            if len(self.text[content[0] : content[1]].split()) >= 3:
                out.append(self._draft((colon, colon + 1), content, False, speaker, None))
        return out

    def _name_at(self, char: int, *, line_end: bool) -> SpeakerPhrase | None:
        """A proper name (a person or an organisation, not a place) written from ``char`` on."""
        first = self._tokens(char, min(char + 1, len(self.text)))
        start = first[0] if first else None
        if start is None or start.idx < char or "\n" in self.text[char : start.idx]:
            return None
        tokens: list[Token] = []
        for tok in self.doc[start.i :]:
            if tok.pos_ != "PROPN" and not (tokens and tok.lower_ in {"of", "for", "de", "al", "-"}):
                break
            tokens.append(tok)
            if "\n" in tok.whitespace_:
                break
        while tokens and tokens[-1].pos_ != "PROPN":
            tokens.pop()
        if not tokens or len(tokens) > 6 or any(t.ent_type_ in {"GPE", "LOC", "DATE"} for t in tokens):
            return None
        end = tokens[-1].idx + len(tokens[-1].text)
        rest = self.text[end : self.para_of(char)[1]]
        if line_end and rest.strip().strip(" ,.;") and not re.match(r"\s*[,“\"]", rest):
            # the line goes on after the name (but "“…” ― Jane Doe “…” ― John Roe" lists credits)
            return None
        head = tokens[-1]
        return SpeakerPhrase(head=head, start=tokens[0].idx, end=end, core_start=tokens[0].idx, core_end=end)

    # -- quotations ----------------------------------------------------------------------------
    def _continuations(self, drafts: list[Frame]) -> list[Frame]:
        """Quotations with no cue of their own that go on right after an attributed one."""
        used = [d.content for d in drafts]
        ordered = sorted(drafts, key=lambda d: d.hi)
        out: list[Frame] = []
        for q in self.quotes:
            qspan = (q.content_start, q.content_end)
            if any(overlaps(qspan, u) for u in used):
                continue
            if any(q.start <= d.cue[0] < q.end for d in drafts):
                continue
            words = len(self.text[q.content_start : q.content_end].split())
            prev = [d for d in ordered + out if d.hi <= q.start]
            if not prev or words < 2:
                continue
            last = max(prev, key=lambda d: d.hi)
            if words < 4 and not last.quote:
                continue  # a short quotation after a paraphrase is more likely a title or a slogan
            gap_lo = self.evidence(last.lo, last.hi)[1]
            if gap_lo > q.start and not last.quote:
                continue  # a slogan later in the paraphrase's sentence ("…, chanting "…"") goes on nothing
            gap = self.text[gap_lo : q.start] if gap_lo <= q.start else ""
            if gap.strip():
                continue
            root = last.parent or last
            d = Frame(cue=root.cue, content=qspan, quote=True, speaker=root.speaker, verb=root.verb)
            d.cited = root.cited
            d.parent = root
            out.append(d)
        return out

    # -- nesting -------------------------------------------------------------------------------
    def _cut_phrases(self, drafts: list[Frame]) -> None:
        """'X said Y, according to Z': the according-phrase is no part of X's content."""
        for p in drafts:
            if p.phrase is None:
                continue
            for d in drafts:
                if d is p or d.quote or not (d.content[0] <= p.phrase[0] and p.phrase[1] <= d.content[1]):
                    continue
                if not self.text[p.phrase[1] : d.content[1]].strip(CONTENT_TRIM + ".!?"):
                    d.content = trim_span(self.text, d.content[0], p.phrase[0])
                elif not self.text[d.content[0] : p.phrase[0]].strip(CONTENT_TRIM):
                    d.content = trim_span(self.text, p.phrase[1], d.content[1])

    def _nest(self, drafts: list[Frame]) -> None:
        """Attach each claim to the claims whose content holds it; drop outer frames.

        "State TV reported that police said …": the police claim gets State TV in its
        chain and the State TV claim, a mere frame, is dropped. "X said A, and Y
        reported B": Y's claim is coordinated, not nested; X's content stops before it.
        """
        for inner in drafts:
            if inner.parent is not None or inner.speaker is None:
                continue
            for outer in drafts:
                if outer is inner or outer.parent is not None:
                    continue
                c0, c1 = outer.content
                if inner.content[0] <= outer.cue[0] < inner.content[1]:
                    continue  # each inside the other: no nesting
                if (
                    outer.speaker is not None
                    and inner.speaker.start == outer.speaker.start
                    and inner.verb is not None
                    and inner.verb.dep_ == "conj"
                    and c0 < inner.cue[0] < c1
                    and not outer.quote
                    # a denial keeps its whole object ("rejected that account and said …"): the
                    # denial records read it
                    and (outer.verb is None or outer.verb.lemma_.lower() not in DENYING_VERBS)
                ):
                    # "X said they would continue … and called on Y to …": X's second act is no part
                    # of what X said
                    cut = cut_before(self.text, c0, min(inner.verb.left_edge.idx, inner.cue[0]))
                    if cut[1] > cut[0]:
                        outer.content = cut
                    continue
                if not (c0 <= inner.cue[0] and inner.cue[1] <= c1 and c0 <= inner.speaker.start):
                    continue
                if inner.verb is not None and coordinated(inner.verb) and not outer.quote:
                    cut = cut_before(self.text, c0, min(inner.verb.left_edge.idx, inner.cue[0]))
                    if cut[1] > cut[0]:
                        outer.content = cut
                    continue
                inner.outer.append(outer)
                if inner.nominal:
                    continue  # "the ministry rejected Amnesty's allegation that …": two claims
                findings = outer.verb is not None and outer.verb.lemma_.lower() in EVIDENTIAL
                if self._belief(inner) or inner.weak or findings or inner.speaker.head.lower_ in PERSONAL:
                    # "X said she thinks …", "X said it had documented …", "X told Y that the man
                    # had complained of pains": X's claim holds it
                    inner.dropped = True
                    continue
                lead = self.text[c0 : inner.lo].split()
                if not inner.weak and len(lead) <= FRAME_LEAD and inner.hi >= c1 - 2:
                    outer.dropped = True
        for d in drafts:
            d.outer = [o for o in d.outer if o.content[0] <= d.cue[0] < o.content[1]]
            d.outer.sort(key=lambda o: o.content[0] - o.content[1])  # widest (outermost) first

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
        if target is oprd and any(
            c.dep_ == "prep" and c.lower_ in call_preps and c.i < oprd.i for c in children
        ):
            # "called for a day of action on 20 October, the anniversary of …": the parser took the
            # apposition for a name; the preposition makes it a call
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
