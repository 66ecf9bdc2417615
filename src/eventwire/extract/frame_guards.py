"""Guards for cue verbs that frame a claim only in one construction.

- "read": "'…,' the statement read", "the letter reads: …" — a document speaks through its text; the
  subject must be a document noun (statement, letter, communiqué …), never a sign or banner, and the
  participle "reading" ("banners reading 'Free them'") is never a cue.
- "suspect", "assume": a belief with a clause ("police suspect the killings are linked").
- "respond": only with a that-clause ("the director responded that the site cites …"); "responded
  with tear gas", "responded proportionately" are actions, not claims.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .syntax import kids

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["GUARDED_CUES", "guarded_cue_ok", "read_document"]

# nouns of written texts that can "read" their content
TEXT_NOUNS = frozenset(
    {
        "statement",
        "letter",
        "communique",
        "communiqué",
        "note",
        "message",
        "article",
        "notice",
        "post",
        "tweet",
        "release",
        "declaration",
        "memo",
        "memorandum",
        "email",
        "e-mail",
        "editorial",
        "petition",
        "resolution",
        "report",
        "document",
        "order",
        "text",
        "citation",
        "indictment",
        "complaint",
        "ruling",
        "verdict",
        "judgment",
        "judgement",
        "headline",
        "caption",
    }
)
# "part of the statement reads": the document is the object of "of"
PART_NOUNS = frozenset({"part", "portion", "excerpt", "section", "extract", "passage", "one", "some"})
CLAUSE_VERBS = frozenset({"suspect", "assume"})
THAT_VERBS = frozenset({"respond"})
GUARDED_CUES = frozenset({"read"}) | CLAUSE_VERBS | THAT_VERBS


def read_document(subject: Token) -> Token | None:
    """The document a subject of "read" names: itself, or the document of "part of the statement"."""
    head: Token | None = subject
    if subject.lemma_.lower() in PART_NOUNS:
        ofs = [p for p in kids(subject) if p.dep_ == "prep" and p.lower_ == "of"]
        head = next((g for p in ofs for g in kids(p) if g.dep_ == "pobj"), None)
    if head is not None and (head.lemma_.lower() in TEXT_NOUNS or head.lower_ in TEXT_NOUNS):
        return head
    return None


def guarded_cue_ok(verb: Token) -> bool:
    """Whether ``verb`` (lemma "read", "respond", "suspect" or "assume") frames a claim here; True for
    any other verb."""
    lemma = verb.lemma_.lower()
    if lemma not in GUARDED_CUES:
        return True
    if verb.pos_ != "VERB" or verb.tag_ == "VBG":
        return False
    children = list(kids(verb))
    if lemma == "read":
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        return subject is not None and read_document(subject) is not None
    clauses = [c for c in children if c.dep_ == "ccomp" and c.i > verb.i]
    if not clauses:
        return False
    if any(c.dep_ == "nsubj" and c.lower_ == "you" for c in children):
        return False  # "lest you assume …": a generic reader, no speaker
    if lemma in THAT_VERBS:
        return any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(clauses[0]))
    return True
