"""The written phrase of a claim's speaker: its span, core and head word."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from .syntax import kids

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["SpeakerPhrase", "noun_phrase_before", "speaker_phrase", "with_stacked_subject"]


_TRIM = " \t\n,;:.—–-\"'“”‘’()<>"

_CORE_RIGHT_DEPS = frozenset({"compound", "flat", "nummod", "poss", "case", "nmod"})


@dataclass(frozen=True, slots=True)
class SpeakerPhrase:
    """The written speaker: the whole phrase (``start``/``end``) and its core name (``core_*``)."""

    head: Token
    start: int
    end: int
    core_start: int
    core_end: int


def speaker_phrase(head: Token, *, stop: frozenset[int] = frozenset()) -> SpeakerPhrase:
    """The phrase headed by ``head``: its subtree up to any token in ``stop`` (token indices)."""
    named = _after_dateline(head)
    if named is not None:
        return speaker_phrase(named, stop=stop)  # "TABRIZ, 4 May 2026 — Azar Rights Watch has …"
    cut = _first_modifier_clause(head)
    late = _trailing_modifier(head)
    if late is not None and (cut is None or late < cut):
        cut = late
    aside = _asides(head)
    tokens: list[Token] = []
    for tok in head.subtree:
        if cut is not None and tok.i >= cut:
            break
        if tok.i in aside:
            if tok.i > head.i:
                break  # "Mr. Burman (a view echoed by everyone) said": the aside is no part of the name
            tokens = []  # "… predictable - Donald J. Trump": a dash before the name ends what came before
            continue
        if not tokens and tok.i < head.i and tok.lower_ in _NOT_SPEAKER_LEADS:
            continue  # "Everything Trump says"
        if tok.i < head.i and tok.dep_ in {"advmod", "cc", "preconj"} and tok.head == head and not tokens:
            continue  # "Even China", "But officials
        if tok.i in stop:
            if tok.i > head.i:
                break
            tokens = []
            continue
        tokens.append(tok)
    while len(tokens) > 1 and tokens[-1].dep_ in {"case", "punct", "cc"}:
        tokens.pop()
    if not tokens:
        tokens = [head]
    text = doc_text(head.doc)
    start, end = _trim(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    end = _close_paren(text, start, end)
    core_start = min(
        [head.idx]
        + [t.idx for left in head.lefts if left.dep_ not in {"punct", "cc", "preconj"} for t in left.subtree]
    )
    core_end_tok = head
    for tok in head.rights:
        of_phrase = tok.dep_ == "prep" and tok.lower_ == "of"
        # a name written right after the head, without a comma: "the terrorist group Jaish al-Adl"
        bare_name = tok.dep_ == "appos" and tok.left_edge.i == core_end_tok.i + 1 and tok.pos_ == "PROPN"
        if tok.dep_ in _CORE_RIGHT_DEPS or of_phrase or bare_name:
            core_end_tok = max(tok.subtree, key=lambda t: t.i)
        else:
            break
    core_end = core_end_tok.idx + len(core_end_tok.text)
    core_start = max(core_start, start)
    core_end = min(max(core_end, core_start + 1), end)
    core_start, core_end = _trim(text, core_start, core_end)
    if core_end <= core_start:
        core_start, core_end = start, end
    return SpeakerPhrase(head=head, start=start, end=end, core_start=core_start, core_end=core_end)


_NP_POS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM", "PART", "PRON"})


def noun_phrase_before(verb: Token) -> SpeakerPhrase | None:
    """The noun phrase written right before ``verb`` ("a member of parliament said"), by part of speech.

    A fallback for a subject the parser did not attach; the phrase stops at punctuation,
    verbs and line breaks, and takes "of/at/for/from" phrases inside it.
    """
    doc = verb.doc
    tokens: list[Token] = []
    i = verb.i - 1
    while i >= 0:
        tok = doc[i]
        if "\n" in tok.text_with_ws:
            break
        coordinated = (
            tok.lower_ == "and"
            and bool(tokens)
            and i > 0
            and doc[i - 1].pos_ in {"NOUN", "PROPN"}
            and not _object_before(doc[i - 1])
        )  # "rights groups and local media said" (not "… mishandled the investigation and Democrats accused")
        if (
            tok.pos_ in _NP_POS
            or coordinated
            or (tok.pos_ == "ADP" and tok.lower_ in {"of", "at", "for", "from", "in"})
        ):
            tokens.insert(0, tok)
            i -= 1
            continue
        break
    if i >= 0 and doc[i].tag_ == "$":
        # "the minimum $20 million experts say": the sum belongs to the phrase before the speaker
        while tokens and tokens[0].pos_ == "NUM":
            tokens.pop(0)
    while tokens and (tokens[0].pos_ == "ADP" or tokens[0].pos_ == "PART"):
        tokens.pop(0)
    nouns = [t for t in tokens if t.pos_ in {"NOUN", "PROPN", "PRON"}]
    if not nouns:
        return None
    first_adp = next((t for t in tokens if t.pos_ == "ADP"), None)
    head_candidates = [t for t in nouns if first_adp is None or t.i < first_adp.i] or nouns
    head = head_candidates[-1]
    text = doc_text(doc)
    start, end = _trim(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    core_end = end if first_adp is None or first_adp.lower_ == "of" else head.idx + len(head.text)
    return SpeakerPhrase(head=head, start=start, end=end, core_start=start, core_end=min(core_end, end))


def _object_before(tok: Token) -> bool:
    """The noun is the object of a verb written before it in its sentence: the end of another clause."""
    while tok.dep_ in {"compound", "amod"} and tok.head.i > tok.i:
        tok = tok.head
    return tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.i < tok.i


_DASHES = frozenset({"-", "--", "—", "–", "―"})
# words a parse may glue before a speaker's name that are not part of it
_NOT_SPEAKER_LEADS = frozenset(
    {"everything", "anything", "something", "nothing", "whatever", "what", "both", "who", "whom", "which"}
)


def _asides(head: Token) -> frozenset[int]:
    """Token indices in the speaker's subtree that end its phrase: a dash with a space on either
    side, and a parenthesis that holds a clause (but not "(Vt.)" or "(ISPR)")."""
    out: set[int] = set()
    tokens = list(head.subtree)
    kept = _dashed_apposition(head)
    for k, tok in enumerate(tokens):
        if tok.i in kept:
            continue
        if _spaced_dash(tok):
            out.add(tok.i)
        elif tok.text == "(":
            close = next((t for t in tokens[k + 1 :] if t.text == ")"), None)
            inner = tokens[k + 1 : tokens.index(close) if close is not None else len(tokens)]
            if any(t.pos_ in {"VERB", "AUX"} for t in inner):
                out.update(t.i for t in tokens[k : k + 1 + len(inner) + (close is not None)])
    return frozenset(out)


def _spaced_dash(tok: Token) -> bool:
    spaced = bool(tok.whitespace_) or (tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_))
    return tok.text in _DASHES and spaced


def _dashed_apposition(head: Token) -> frozenset[int]:
    """The two dashes around an apposition that describes the speaker ("Kall -- co-editor of a book on
    debates -- said"): part of the speaker's phrase, as an apposition between commas is; a dash
    before anything else ("Mr. Burman -- who was not there -- said") stays an aside."""
    doc = head.doc
    opening = _last_name_token(head) + 1
    if opening >= len(doc) or not _spaced_dash(doc[opening]):
        return frozenset()
    if not any(c.dep_ == "appos" and c.left_edge.i == opening + 1 for c in head.rights):
        return frozenset()
    closing = next((t.i for t in doc[opening + 1 : head.head.i] if _spaced_dash(t)), None)
    if closing is None or head.head.i <= head.i:
        return frozenset()
    after = doc[closing + 1]
    if not (after.i == head.head.i or (after.head == head.head and after.dep_ in {"aux", "neg", "advmod"})):
        return frozenset()  # the verb follows the closing dash
    within = {t.i for t in head.subtree}
    if any(t.i not in within and t.i != closing for t in doc[opening + 1 : closing]):
        return frozenset()
    return frozenset({opening, closing})


def _last_name_token(head: Token) -> int:
    """The last token of the head's name: the head itself, or a flat/compound word after it."""
    last = head.i
    for c in head.rights:
        if c.dep_ in {"compound", "flat"} and c.i == last + 1:
            last = c.i
    return last


def _trailing_modifier(head: Token) -> int | None:
    """Index where a comparison after the speaker starts ("Hillary Clinton, like Obama, said"),
    with its comma."""
    doc = head.doc
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in {"like", "unlike"}:
            first = child.left_edge.i
            return first - 1 if first > 0 and doc[first - 1].text == "," else first
        if child.dep_ == "prep" and child.lower_ in {"in", "on"} and _when(child):
            return child.i  # "A group of doctors in 2015 sent a letter": when they acted, not who they are
    return None


def _when(prep: Token) -> bool:
    """A preposition whose object is only a date: "in 2015", "on Monday"."""
    obj = [c for c in prep.children if c.dep_ == "pobj"]
    return len(obj) == 1 and all(t.ent_type_ in {"DATE", "TIME"} for t in obj[0].subtree)


def _first_modifier_clause(head: Token) -> int | None:
    """Index where a clause modifying the speaker starts after a comma ("X, who …", "X, appearing …",
    "X, a spokeswoman for the union, which organised the strike")."""
    doc = head.doc
    for child in head.rights:
        if child.dep_ in {"relcl", "acl", "advcl"}:
            first = child.left_edge.i
            if first > 0 and doc[first - 1].text == ",":
                return first - 1
    for tok in head.subtree:  # a non-restrictive relative clause deeper in an apposition
        if tok.i > head.i and tok.dep_ == "relcl" and tok.head != head:
            first = tok.left_edge.i
            if first > 0 and doc[first - 1].text == "," and doc[first].lower_ in {"which", "who", "whose"}:
                return first - 1
        # "X, the attorney general of Oklahoma, one of the states suing …": an apposition to a
        # noun inside the speaker's own apposition describes that noun, not the speaker
        if (
            tok.i > head.i
            and tok.dep_ == "appos"
            and tok.head != head
            and tok.head.dep_ in {"pobj", "dobj"}
            and _within_apposition(tok.head, head)
        ):
            first = tok.left_edge.i
            if first > 0 and doc[first - 1].text == ",":
                return first - 1
    return None


def _within_apposition(tok: Token, head: Token) -> bool:
    """``tok`` lies inside an apposition of ``head`` ("X, the attorney general of Oklahoma, …"), not
    in the head's own phrase ("Officials at Homeland Security Investigations, a division of …", "His
    former partner at Lenox, Lawrence B. Cummings,": there the apposition describes the speaker's
    own words)."""
    while tok.head != tok and tok.head != head:
        if tok.dep_ == "appos":
            return True
        tok = tok.head
    return tok.dep_ == "appos"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _TRIM or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _TRIM or text[end - 1].isspace()):
        if text[end - 1] == ")" and text.count("(", start, end) > text.count(")", start, end - 1):
            break  # "Sen. Jane Doe (Vt.)": keep the closing parenthesis
        end -= 1
    # keep a closing abbreviation dot ("Jr.", "U.N.") that belongs to the word
    if end < len(text) and text[end] == "." and re.search(r"(?:\b[A-Z]|\.[A-Za-z])$", text[start:end]):
        end += 1
    return start, end


def _close_paren(text: str, start: int, end: int) -> int:
    """``end`` moved past the ")" of a parenthesis the phrase opens and the parse left out
    ("Sen. Jane Doe (Vt.)")."""
    if text.count("(", start, end) > text.count(")", start, end):
        m = re.match(r"\.?\)", text[end : end + 2])
        if m:
            return end + m.end()
    return end


def with_stacked_subject(phrase: SpeakerPhrase, children: list[Token]) -> SpeakerPhrase:
    """Join a second subject the parser split off right before it ("the state news agency IRNA"), or
    the name right after it when the speaking verb shares the subject of an earlier verb ("The state
    news agency IRNA claimed … and insisted …": the second verb's subject is the first's)."""
    head = phrase.head
    if head.dep_ == "nsubj" and head.head not in children:
        for c in kids(head.head):
            if (
                c.dep_ == "nsubj"
                and c.i > head.i
                and c.left_edge.i == head.right_edge.i + 1
                and c.pos_ == "PROPN"
                and c.ent_type_ not in _NOT_NAME_ENTS
                and c.right_edge.i < head.head.i
                and not _dateline_break(head.right_edge)
            ):
                end = c.right_edge.idx + len(c.right_edge.text)
                return dataclasses.replace(
                    phrase, end=max(phrase.end, end), core_end=max(phrase.core_end, end)
                )
    for c in children:
        if (
            c.dep_ == "nsubj"
            and c != phrase.head
            and c.right_edge.i + 1 == phrase.head.left_edge.i
            and c.lower_ not in {"who", "which", "that", "whom"}  # "the man, who police said was armed"
            and not _dateline_break(c.right_edge)  # "KARAJ, 10 March 2026 — Iran Justice Monitor has …"
        ):
            start = c.left_edge.idx
            return dataclasses.replace(phrase, start=start, core_start=start)
    return phrase


_NOT_NAME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})


def _dateline_break(tok: Token) -> bool:
    """A dash with spaces around it ("KARAJ, 10 March 2026 — …", "LAGOS, Aug 6 (Wire) - …") or a line
    break: what ends there is a dateline or a heading, not a second subject of the verb."""
    if "\n" in tok.text:
        return True
    return (
        tok.text in _DASHES and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)
    )


def _after_dateline(head: Token) -> Token | None:
    """The name after a dateline the parser made the subject's head ("TABRIZ, 4 May 2026 — Azar Rights
    Watch has documented …", "GENEVA, 12 May 2026 - Justice for Iran's Women … condemns"): the head
    opens its line, and a spaced dash stands between it and a name in apposition to it."""
    doc = head.doc
    if head.i > 0 and "\n" not in doc[head.i - 1].text_with_ws:
        return None
    for c in head.rights:
        if (
            c.dep_ in ("appos", "conj")
            and c.pos_ in ("PROPN", "NOUN")
            and c.left_edge.text[:1].isupper()  # "Kall -- co-editor of …": an apposition, not a dateline
            and any(_dateline_break(t) for t in doc[head.i + 1 : c.left_edge.i + 1])
        ):
            return c
    return None
