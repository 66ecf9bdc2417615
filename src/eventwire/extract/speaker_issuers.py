"""The issuer of a statement, letter or report a speaker phrase names ("the statement
said", "according to the report"): the body that issued it, in the sentence or before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .speaker_actors import build_speaker
from .speaker_antecedents import AntecedentSearch
from .speaker_entries import _Entry
from .speaker_heads import _DOCUMENT_NOUNS, _words, figures_owner
from .speaker_phrases import SpeakerPhrase
from .syntax import kids

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["IssuerSearch"]


# documents that carry someone's words: the one who issued them speaks, not the paper
_ISSUED = frozenset({"statement", "communique", "communiqué", "letter", "message", "declaration", "note"})

# verbs by which a body puts out a document: "The ministry issued a statement. … the statement said"
_ISSUING = frozenset({"issue", "release", "publish", "post", "circulate", "send"})
# what a body can be said to issue, which a later "the statement" or "the report" stands for
_ISSUABLE = _ISSUED | _DOCUMENT_NOUNS | frozenset({"warning", "notice", "ultimatum", "appeal", "bulletin"})
# how far back (sentences) a definite "the statement" / "the report" looks for the one it names: a
# statement is quoted right after it is issued, a report may be cited paragraphs later
_STATEMENT_REACH = 3
_REPORT_REACH = 60


class IssuerSearch(AntecedentSearch):
    """Who issued the statement, letter or report that a speaker phrase names ("the statement said")."""

    __slots__ = ()

    def _issuer(self, head: Token) -> _Entry | None:
        """Who issued a statement, letter or message that "says" something: its owner ("the
        ministry's statement"), its author ("a letter signed by 40 lawyers"), for "the statement"
        the issuer of the last one, and for an unowned "according to a statement" the people whose
        act it reports ("women prisoners began a hunger strike, according to a statement")."""
        found: Token | None = None
        for c in kids(head):
            if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}:
                found = c
            elif c.dep_ == "prep" and c.lower_ in {"by", "from", "of"}:
                found = next((o for o in kids(c) if o.dep_ == "pobj" and self._agent(o)), found)
            elif c.dep_ in {"acl", "relcl"}:
                for a in kids(c):
                    if a.dep_ == "agent":
                        found = next((o for o in kids(a) if o.dep_ == "pobj" and self._agent(o)), found)
        if found is None and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(head)):
            # the statement issued just before, else the last one this document's "the statement" named
            found = self._earlier_issuer(head)
            known = self.issuers.get(head.lemma_.lower())
            if found is None and known is not None:
                return known
        if found is None:
            found = self._issuer_of_mention(head)
        if found is None and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(head)):
            # "According to the governor's office, … . Police intervened …, the statement said": the
            # body that just spoke, when no statement was mentioned before
            return self._recent_body(head)
        if found is None:
            return None
        start, end = found.left_edge.idx, found.idx + len(found.text)  # not "… in Evin Prison"
        named = SpeakerPhrase(head=found, start=start, end=end, core_start=start, core_end=end)
        actor = build_speaker(named, self.actors, self.lexicon)
        earlier = self._antecedent(found)
        entry = _Entry(
            actor=earlier.actor if earlier is not None else actor,
            person=self._is_person(found),
            plural=self._is_plural(found),
            head=found.lemma_.lower(),
            words=_words(actor.name, actor.text or ""),
            at=found.idx,
        )
        self.issuers[head.lemma_.lower()] = entry
        return entry

    @staticmethod
    def _issued_document(head: Token) -> bool:
        """A statement, letter or message, or a definite report, study or survey ("according to the
        report"), that speaks for whoever issued it."""
        lemma = head.lemma_.lower()
        if lemma in _ISSUED:
            return True
        return (
            lemma in _DOCUMENT_NOUNS
            and head.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(head))
            and not any(c.dep_ in {"poss", "compound"} for c in kids(head))
        )

    def _recent_body(self, head: Token) -> _Entry | None:
        """The organisation that spoke last, in this sentence or the two before it."""
        doc = head.doc
        first = head.sent.start
        for _ in range(2):
            if first == 0:
                break
            first = doc[first - 1].sent.start
        lo = doc[first].idx
        return next((e for e in reversed(self.entries) if not e.person and lo <= e.at < head.idx), None)

    def _issuer_of_mention(self, doc_noun: Token) -> Token | None:
        """Who issued this mention of a statement: "X said in a statement" (the speaker), "according
        to a statement" over an act of a group of people (the group)."""
        if doc_noun.dep_ != "pobj":
            return None
        prep = doc_noun.head
        if prep.lower_ == "in" and prep.head.lemma_.lower() in self.lexicon.speech_verbs:
            subj = next((c for c in kids(prep.head) if c.dep_ == "nsubj"), None)
            return subj if subj is not None and subj.pos_ != "PRON" else None
        if prep.lower_ == "to" and prep.head.lower_ == "according":
            return self._actor_of_vouched(prep.head)
        return None

    def _earlier_issuer(self, head: Token) -> Token | None:
        """ "The statement said …": the issuer of the last statement mentioned before whose issuer
        the text names, in the last three sentences ("the report": in the text before it); or the body
        that issued something just before ("The office issued a warning. '…,' the statement said")."""
        doc = head.doc
        lemma = head.lemma_.lower()
        first = head.sent.start
        for _ in range(_STATEMENT_REACH if lemma in _ISSUED else _REPORT_REACH):
            if first == 0:
                break
            first = doc[first - 1].sent.start
        for tok in reversed(doc[first : head.sent.start]):
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _ISSUABLE:
                continue
            if tok.lemma_.lower() == lemma:
                owner = figures_owner(tok)
                if owner is not None and owner.pos_ != "PRON":
                    return owner
                found = self._issuer_of_mention(tok)
                if found is not None:
                    return found
            found = self._issuing_subject(tok)
            if found is not None:
                return found
        return None

    def _issuing_subject(self, document: Token) -> Token | None:
        """Who issued a document the text names as the object of a verb of issuing: "the governor's
        office issued a warning", "Amnesty published a report" (not a pronoun: "it issued")."""
        verb = document.head
        if document.dep_ != "dobj" or verb.lemma_.lower() not in _ISSUING:
            return None
        subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON" or not self._agent(subj):
            return None
        return subj

    def _actor_of_vouched(self, according: Token) -> Token | None:
        """The subject of the clause an unowned "according to a statement" vouches for, when it is
        a group of people who can issue one ("women prisoners began a hunger strike, according to
        a statement smuggled out of the ward")."""
        verb = according.head
        for _ in range(2):
            subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
            if subj is not None:
                plural_people = subj.tag_ in {"NNS", "NNPS"} and (
                    subj.lemma_.lower() in self.lexicon.person_nouns or subj.ent_type_ in {"NORP", "ORG"}
                )
                return subj if plural_people or subj.ent_type_ == "ORG" else None
            if verb.head == verb:
                break
            verb = verb.head
        return None
