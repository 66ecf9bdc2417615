"""Attribution frames: who speaks a speech verb.

The active subject and the speaker it stands for: a quantity ("a third of them said"), an
apposition, a second call after a first ("urged … and called on …"), an answering frame ("…, and
denied that"), a main verb the parser lost, a report judged by its speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .claim_spans import (
    ids,
)
from .frame_contents import FrameContents
from .frame_joins import DENYING_VERBS
from .frame_words import (
    DISPUTED,
    MODALS,
    NOBODY,
    NON_SPEAKERS,
    QUANTIFIERS,
    RELATIVE,
    SPEECH_ONLY_WITH_SPEAKER,
    SUBJECTS,
)
from .speaker_heads import described_name, phrase_head
from .syntax import kids

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["FrameSubjects"]


# verbs of meeting the people who then speak: "Workers we spoke to said …", "Residents we talked with said"
INTERVIEWING = frozenset({"speak", "talk", "interview", "meet", "contact", "reach"})

# an official's further frame after a first one: "…, and denied that", "…, and insisted that"
ANSWERING_VERBS = frozenset(
    {"deny", "insist", "add", "stress", "reject", "dismiss", "acknowledge", "admit", "maintain"}
    | {"confirm", "reiterate", "emphasise", "emphasize", "note", "say", "claim"}
)
# verbs of a call to action ("called on X to …", "urged", "appealed to X to …")
CALLING_VERBS = frozenset({"call", "urge", "appeal", "ask", "warn", "vow", "threaten", "demand", "invite"})


class FrameSubjects(FrameContents):
    """The subjects and speakers of the speech verbs of :class:`~.frames.FrameFinder`."""

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
        if self._split_frame(verb):
            # "said its units "act lawfully" and denied that …" read as two complements of "said"
            return next((c for c in kids(verb.head) if c.dep_ == "nsubj"), None)
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

    def _interviewees(self, verb: Token) -> tuple[Token, Token] | None:
        """(the people spoken to, the interviewing verb) when the parser read "Workers we spoke to
        said …" as "we spoke" with "to said" its infinitive: the noun before the pronoun speaks."""
        if verb.dep_ not in {"xcomp", "advcl"} or verb.tag_ != "VBD" or verb.i == 0:
            return None
        to = self.doc[verb.i - 1]
        if to.lower_ != "to" or to.head.i != verb.i:
            return None
        met = verb.head
        if met.lemma_.lower() not in INTERVIEWING or met.i >= verb.i:
            return None
        pron = next((c for c in kids(met) if c.dep_ == "nsubj" and c.pos_ == "PRON"), None)
        if pron is None:
            return None
        noun = next(
            (
                c
                for c in kids(met)
                if c.i < pron.i
                and c.pos_ in {"NOUN", "PROPN"}
                and c.dep_ in {"npadvmod", "nsubj", "dobj", "dep"}
            ),
            None,
        )
        if noun is None or noun.lower_ in NON_SPEAKERS or not self._plausible(noun):
            return None
        return noun, met

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
        no subject of its own, joined to a clause of the first call's request (or to the first call
        itself, "called for calm but urged worshippers to gather"); the first caller. The first call
        may be the parser's reduced relative of the sentence's root noun ("The union, which …, called
        on drivers to keep their lorries parked until … and urged bus drivers to join"): the root."""
        if (
            verb.lemma_.lower() not in CALLING_VERBS
            or verb.tag_ not in {"VBD", "VBZ", "VBN"}
            or any(c.dep_ in SUBJECTS for c in kids(verb))
        ):
            return None
        first = verb.head
        for _ in range(4):
            if first.lemma_.lower() in CALLING_VERBS and first.pos_ == "VERB" and first.i < verb.i:
                break
            if first.dep_ not in {"xcomp", "advcl", "oprd", "ccomp"} or first.head == first:
                return None
            first = first.head
        else:
            return None
        if (first.tag_ == "VBZ") != (verb.tag_ == "VBZ"):
            return None  # "calls … and urged": not one speaker's two calls told together
        subject = next((c for c in kids(first) if c.dep_ == "nsubj"), None)
        if subject is None and first.dep_ == "acl":
            return self._noun_root(first)  # type: ignore[attr-defined, no-any-return]
        return subject

    def _split_frame(self, verb: Token) -> bool:
        """A second speech verb the parser took for a second complement of the first ("said its
        units "act lawfully" and denied that any detainee had been killed": "denied" a ccomp of
        "said"): no subject of its own, after "and"/"but", a complement with a subject before it."""
        outer = verb.head
        if (
            verb.dep_ != "ccomp"
            or verb.tag_ not in {"VBD", "VBZ"}
            or verb.lemma_.lower() not in self.lex.speech_verbs
            or outer.lemma_.lower() not in self.lex.speech_verbs
            or verb.i == 0
            or verb.doc[verb.i - 1].lower_ not in {"and", "but"}
            or any(c.dep_ in SUBJECTS for c in kids(verb))
        ):
            return False
        return any(
            c.dep_ == "ccomp" and outer.i < c.i < verb.i and any(g.dep_ in SUBJECTS for g in kids(c))
            for c in kids(outer)
        )

    def _statement_clause(self, clause: Token) -> Token | None:
        """The speech verb of "said in a statement that …" when the parser hung the "that" clause on
        the statement noun (an ``acl``) instead of on the verb: the clause is the verb's content."""
        if clause.dep_ != "acl" or not any(g.dep_ == "mark" and g.lower_ == "that" for g in kids(clause)):
            return None
        noun = clause.head
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head == prep:
            return None
        verb = prep.head
        if verb.i > clause.i or verb.lemma_.lower() not in self.lex.speech_verbs:
            return None
        return verb

    def _answering_frame(self, climbed: Token, head: Token) -> Token | None:
        """The speaker of an official's second frame that the parser hung inside the first one's
        content: "X said the man had died of a stroke and denied that he was beaten" ("denied" a
        conjunct of "died"), "X denied that its officers beat anyone, saying force was used only
        against rioters" ("saying" under "beat"). The subject of the content did not speak; the
        subject of the frame around it did."""
        stated = self._statement_clause(head)
        if stated is None and head.dep_ != "ccomp" and climbed.dep_ == "conj":
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
        if (head.dep_ != "ccomp" and stated is None) or (
            self._speaks(head) and not any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids(head))
        ):
            return None  # a frame of its own ("said X told them …"), not "said they would continue"
        outer = stated if stated is not None else head.head
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
