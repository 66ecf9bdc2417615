"""People written as a group whose members the story names: the victims of an arrest, ill-treatment,
execution or killing told of "both", "the three", "them" or "two activists, A and B".

A rights report names the people it is about once ("Lena Markova, 31, and Ivo Saric, 29, were
hanged on Monday") and then tells what was done to them by number or pronoun ("Both had been
arrested in 2022", "interrogators beat them"); the victims of those acts are the people it named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import Actor
from .actor_organisers import organised_crowds, organisers_body
from .actor_roles import actor_at
from .syntax import kids, lemma, segment, token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["MEMBER_TYPES", "named_later", "named_members", "with_members"]


# Acts done to people one by one, whose victims a report names.
MEMBER_TYPES = frozenset({"arrest", "torture", "execution", "killing"})
# How many people a number word or "both" counts.
COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
# Nouns a report uses for people it named ("the two men", "these women").
PERSON_NOUNS = frozenset({"man", "woman", "men", "women", "boy", "girl", "brother", "sister"})
_ANAPHOR_DETS = frozenset({"the", "both", "these", "those", "all"})
_PATIENT_DEPS = frozenset({"nsubjpass", "dobj"})
# A victim told by age and a person noun: "a 19-year-old man", "a 23-year-old Kurdish woman".
_BY_AGE = re.compile(
    r"\b\d{1,3}-year-old\s+(?:[A-Za-z]+\s+){0,2}?(man|woman|boy|girl|teenager|youth|student)$", re.I
)
# A name apposed right after a description: ", Kaveh," / ", Carlos Vega,".
_APPOSED = re.compile(r"\s*,\s*([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})\s*,")
# How many sentences back a group anaphor looks for the people it counts.
_WINDOW = 4


def with_members(head: Token, etype: str, actors: list[Actor], known: Sequence[Actor]) -> list[Actor]:
    """The act's actors with the named people its victims stand for as victims; a victim the act
    only implies ("Protesters", "Detainees", no text) gives way to them; a protest's crowd takes
    part in the march of the named body that called it (:func:`organised_crowds`)."""
    actors = organised_crowds(head, etype, actors, known)
    actors = organisers_body(etype, actors, known, head.doc)
    if etype not in MEMBER_TYPES:
        return actors
    actors = [named_later(a, head.doc) if a.role == "victim" else a for a in actors]
    members = named_members(head, [a for a in actors if a.role == "victim"], known)
    if not members:
        return actors
    have = {a.name for a in actors if a.role == "victim"}
    kept = [a for a in actors if not (a.role == "victim" and a.text is None)]
    return kept + [m for m in members if m.name not in have]


def named_later(a: Actor, doc: Doc) -> Actor:
    """A victim told by age ("a 19-year-old man was shot dead") whom the story names once in an
    apposition to the same noun ("The dead man, Carlos Vega, was hit in the chest"; "the man,
    identified only as Tito"), or right after the description ("a 31-year-old man, Kaveh,"): that
    person, the description kept as an alias. Only when the story names one such person for that
    noun."""
    m = _BY_AGE.search(a.text or "")
    if m is None:
        return a
    text = doc_text(doc)
    if a.end_char is not None and (own := _APPOSED.match(text, a.end_char)) is not None:
        name, start = own.group(1), own.start(1)  # "a 31-year-old man, Kaveh, died in custody"
        first = token_at(doc, start)
        if first is not None and first.pos_ == "PROPN":
            return a.replace(name=name, aliases=(*a.aliases, *([a.text] if a.text else [])))
    noun = m.group(1).lower()
    pattern = re.compile(
        rf"\b[Tt]he\s+(?:[a-z]+\s+)?{noun}\s*,\s*(?:identified\s+(?:only\s+)?as\s+)?"
        r"([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})\s*,"
    )
    found = {(x.group(1), x.start(1)) for x in pattern.finditer(text)}
    names = {n for n, _ in found}
    if len(names) != 1:
        return a
    name, start = next(iter(found))
    first = token_at(doc, start)
    if first is None or first.pos_ != "PROPN":
        return a
    return a.replace(name=name, aliases=(*a.aliases, *([a.text] if a.text else [])))


def named_members(head: Token, victims: Sequence[Actor], known: Sequence[Actor]) -> list[Actor]:
    """The named people an act's victims stand for: its patient's apposition of names ("two
    activists, Lena Markova and Ivo Saric, were hanged"), or the names a group anaphor counts back to
    ("Both were arrested", "the three men", "beat them" after "Markova and Saric wrote that ...")."""
    for tok in _patients(head, victims, plural_act=head.tag_ in ("NNS", "NNPS")):
        names = _apposed_names(tok)
        if not names:
            count = _anaphor_count(tok)
            names = _counted_back(tok, count) if count is not None else []
        if names:
            return [_member(t, known) for t in names]
    return []


def _patients(head: Token, victims: Sequence[Actor], *, plural_act: bool) -> list[Token]:
    """The patient of the act's clause (or of the verb it is coordinated with: "Both were arrested
    ... and sentenced"), then the roots of the victims already bound, unless the act is many ("a
    wave of executions" beside "two activists, A and B, were hanged" is not theirs alone)."""
    out = [c for c in kids(head) if c.dep_ in _PATIENT_DEPS]
    if not out and head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        out = [c for c in kids(head.head) if c.dep_ == "nsubjpass"]
    if plural_act:
        return out
    for a in victims:
        root = token_at(head.doc, a.start_char) if a.start_char is not None else None
        if root is None:
            continue
        while root.head.i != root.i and root.dep_ in ("compound", "amod", "nummod", "det"):
            root = root.head  # "two PMOI supporters": the noun the names are apposed to
        out.append(root)
    return out


def _group(tok: Token) -> list[Token]:
    """A person's name with the names coordinated or listed beside it ("A, 24, B, 27, and C")."""
    top = tok
    while top.dep_ in ("conj", "appos") and top.head.ent_type_ == "PERSON" and top.head.i != top.i:
        top = top.head
    out = [top]
    stack = [top]
    while stack:
        for c in kids(stack.pop()):
            if c.dep_ in ("conj", "appos") and _person_word(c):
                out.append(c)
                stack.append(c)
    return sorted(out, key=lambda t: t.i)


_SURNAMES = "eventwire.actor_members.surnames"


def _person_word(tok: Token) -> bool:
    """A person's name, or a surname the story wrote as a person's elsewhere ("Markova and Saric
    wrote" where the tagger calls "Saric" a place)."""
    if tok.ent_type_ == "PERSON":
        return True
    if tok.pos_ != "PROPN":
        return False
    doc = tok.doc
    names: frozenset[str] | None = doc.user_data.get(_SURNAMES)
    if names is None:
        names = frozenset(e.root.text for e in doc.ents if e.label_ == "PERSON")
        doc.user_data[_SURNAMES] = names
    return tok.text in names


def _apposed_names(tok: Token) -> list[Token]:
    """ "two activists, Lena Markova and Ivo Saric": the names apposed to a plural noun."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return []
    for c in kids(tok):
        if c.dep_ == "appos" and c.ent_type_ == "PERSON":
            names = _group(c)
            return names if len(names) > 1 else []
    return []


def _anaphor_count(tok: Token) -> int | None:
    """How many people a group anaphor counts: "both" 2, "the three" 3; 0 for "they", "them" or
    "the men" (any number); None when the word is no group anaphor."""
    low = tok.lower_
    if tok.pos_ == "PRON" and low in ("they", "them"):
        return 0
    if low == "both":
        return 2
    dets = {c.lower_ for c in kids(tok) if c.dep_ in ("det", "predet")}
    if low in COUNTS and dets & _ANAPHOR_DETS:
        return COUNTS[low]  # "The three had been arrested"
    if tok.tag_ == "NNS" and lemma(tok) in PERSON_NOUNS:
        if "both" in dets:
            return 2  # "both men"
        num = [c.lower_ for c in kids(tok) if c.dep_ == "nummod" and c.lower_ in COUNTS]
        if num and dets & _ANAPHOR_DETS:
            return COUNTS[num[0]]  # "the two men"
        if dets & {"the", "these", "those"}:
            return 0  # "the men"
    return None


def _counted_back(tok: Token, count: int) -> list[Token]:
    """The latest group of named people written before ``tok`` (in its sentence or the few before
    it), of ``count`` people when the anaphor counts them."""
    doc = tok.doc
    toks = tokens(doc)
    seg = segment(tok)
    lo = seg.start
    for _ in range(_WINDOW):
        if lo == 0:
            break
        lo = segment(toks[lo - 1]).start
    seen: set[int] = set()
    for i in range(tok.i - 1, lo - 1, -1):
        if i in seen or toks[i].ent_type_ != "PERSON":
            continue
        root = _name_root(toks[i])
        if root.i in seen:
            continue
        names = _group(root)
        seen.update(n.i for n in names)
        if len(names) > 1 and (count == 0 or len(names) == count):
            return names
        if len(names) > 1:
            return []  # the nearest named group is another number of people
    return []


def _name_root(tok: Token) -> Token:
    """The head word of the name ``tok`` is part of ("Amir" -> "Rostami")."""
    while tok.dep_ == "compound" and tok.head.ent_type_ == "PERSON" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _member(name: Token, known: Sequence[Actor]) -> Actor:
    """The named person as a victim: the resolved mention when there is one."""
    a = actor_at(name, known, "victim")
    if a is not None:
        return a.replace(role="victim")
    start = name.left_edge.idx if name.left_edge.ent_type_ == "PERSON" else name.idx
    text = name.doc.text[start : name.idx + len(name.text)]
    return Actor(
        text=text,
        start_char=start,
        end_char=name.idx + len(name.text),
        name=text,
        aliases=(),
        kind="unknown",
        role="victim",
        country=None,
    )
