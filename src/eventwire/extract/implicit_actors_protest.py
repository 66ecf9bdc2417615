"""The protest context of implicit actors: the article's lede, protest words, protagonists.

What the rules of :mod:`implicit_actors` ask about the story around an event: is its lede
about protests, which mention carries an actor in its clause, and which groups are the
ones who hold the protests and strikes of the article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Actor, inferred
from .syntax import (
    QUANTITY_HEADS,
    char_span,
    kids,
    lemma,
    lemmas,
    lowers,
    per_doc,
    segment,
    segments,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span, Token

__all__ = [
    "GENERIC_KINDS",
    "GENERIC_PEOPLE",
    "JUDICIAL_WORDS",
    "PROTAGONIST_KINDS",
    "PROTESTER_NAMES",
    "RIOTER_KINDS",
    "SELF_PRONOUNS",
    "SUBJECT_DEPS",
    "as_protesters",
    "at_protest",
    "lede_words",
]


JUDICIAL_WORDS = frozenset(
    {
        "sentence",
        "sentenced",
        "judiciary",
        "court",
        "judge",
        "convict",
        "convicted",
        "verdict",
        "tribunal",
        "gallows",
        "prison",
    }
)
# Who holds protests and strikes: an initiator is looked for among these when the parse gives none.
PROTAGONIST_KINDS = frozenset({"protesters", "labor", "students", "opposition_group", "political_party"})
# Unnamed groups of other kinds that hold protests ("activists said they would return to the square").
PROTAGONIST_GENERICS = frozenset({"ew:generic-activists"})
# Who riots, when the story must say: a crowd, not the workers or officials named around it.
RIOTER_KINDS = frozenset({"protesters", "students"})
ORGANISE_LEMMAS = frozenset(
    {"call", "organise", "organize", "lead", "stage", "hold", "back", "support", "join", "attend", "launch"}
)
SELF_PRONOUNS = frozenset({"we", "they", "it", "i"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
LEDE_SEGMENTS = 6
# A story is about protests when they come up by its second full sentence ("Dozens were killed
# on Thursday. The bloodshed began when thousands marched …"): its unnamed arrested are protesters.
PROTEST_LEDE_SENTENCES = 2
GENERIC_KINDS = frozenset({"civilians", "unknown", "protesters"})


# What protesters are called in event data: a crowd coded as protesters goes by both.
PROTESTER_NAMES = ("Protesters", "demonstrators")
GENERIC_PEOPLE = frozenset(
    {
        "people",
        "person",
        "man",
        "men",
        "woman",
        "women",
        "resident",
        "residents",
        "crowd",
        "crowds",
        "youth",
        "youths",
        "demonstrator",
        "demonstrators",
        "marcher",
        "marchers",
        "civilians",
        "civilian",
        "participants",
        "suspect",
        "suspects",
    }
)


def _lede(doc: Doc, sentences: int = 1) -> list[Span]:
    """The article's opening: headline, date and dateline lines, up to the end of its first full
    sentence (or of its first ``sentences`` full sentences)."""
    key = f"{_LEDE}.{sentences}"
    cached: list[Span] | None = doc.user_data.get(key)
    if cached is not None:
        return list(cached)  # asked per event: found once per Doc
    out: list[Span] = []
    full = 0
    for seg in segments(doc):
        out.append(seg)
        # a dateline closed by a full stop ("KYIV, 3 May (Wire).") tells no act: no sentence of the lede
        full += (
            len(seg) >= 8
            and seg.text.rstrip()[-1:] in '.!?"\u201d'
            and any(t.pos_ in ("VERB", "AUX") for t in seg)
        )
        if len(out) >= LEDE_SEGMENTS + sentences - 1 or full >= sentences:
            break
    doc.user_data[key] = list(out)
    return out


_LEDE = "eventwire.implicit_actors.lede"
_PROTEST_LEDE = "eventwire.implicit_actors.protest_lede"


def at_protest(head: Token) -> bool:
    """The event happens at a protest: protest words in its sentence or in the article's lede.

    A story whose headline or first sentence is about protests reports arrests and deaths
    of "people" that are protesters unless it says otherwise; so does one whose second sentence
    is, for the events told after its first ("Police arrested 14 people for fraud. Later,
    protesters gathered outside the station": those arrested were no protesters).
    """
    if _protesty(segment(head), head.i):
        return True
    first = _lede(head.doc)
    after_first = bool(first) and head.idx >= first[-1].end_char
    return _protest_lede(head.doc, PROTEST_LEDE_SENTENCES if after_first else 1)


def _protest_lede(doc: Doc, sentences: int = PROTEST_LEDE_SENTENCES) -> bool:
    """The article's headline and first ``sentences`` sentences are about protests (protest words
    in them)."""
    key = f"{_PROTEST_LEDE}.{sentences}"
    lede: bool | None = doc.user_data.get(key)  # the same for every event of the Doc
    if lede is None:
        lede = doc.user_data[key] = any(_protesty(seg) for seg in _lede(doc, sentences))
    return lede


def _protesty(seg: Span, skip: int = -1) -> bool:
    """A protest word in the segment (but at ``skip``), not a military "strike"."""
    return any(i != skip for i in _protest_indices(seg))


def _protest_indices(seg: Span) -> Iterator[int]:
    """The indices of the segment's protest words, not a military "strike"."""
    from .lexicon import word_set

    words = word_set("protest")
    doc = seg.doc
    low, lem = lowers(doc), lemmas(doc)  # by index: a Token only for a protest word
    return (
        i
        for i in range(seg.start, seg.end)
        if (low[i] in words or lem[i] in words) and not _military_strike(doc[i])
    )


# What makes a "strike" an attack, not a walkout: "air strikes", "a drone strike", "Israeli strikes".
STRIKE_WEAPONS = frozenset(
    {
        "air",
        "airstrike",
        "drone",
        "missile",
        "rocket",
        "artillery",
        "aerial",
        "military",
        "naval",
        "precision",
        "retaliatory",
        "preemptive",
        "pre-emptive",
        "surgical",
        "targeted",
        "nuclear",
        "ballistic",
    }
)


def _military_strike(tok: Token) -> bool:
    """``air strikes``, ``a US drone strike``, ``Israeli strikes``: an attack word, not a protest word."""
    if lemma(tok) not in ("strike", "airstrike"):
        return False
    if lemma(tok) == "airstrike":
        return True
    if tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in kids(tok)):
        return True  # "the bomber struck a police van": a blow, not a walkout
    return any(
        c.dep_ in ("compound", "amod", "nmod")
        and (c.lower_ in STRIKE_WEAPONS or c.ent_type_ in ("NORP", "GPE"))
        for c in kids(tok)
    )


def as_protesters(a: Actor) -> Actor:
    """People described generically ("people", "the crowd") at a protest are protesters (ACLED's coding).

    So are a victim or target of repression at a protest and the generic doers of a protest.
    """
    if a.role not in ("victim", "target", "initiator") or a.kind not in GENERIC_KINDS:
        return a
    words = {w.lower() for w in (a.text or a.name).split()}
    if not words & GENERIC_PEOPLE or "Protesters" in a.aliases:
        return a
    return inferred(a.replace(aliases=(*a.aliases, *PROTESTER_NAMES)), a, "implicit_protest.generic_people")


_ROOTS = "eventwire.implicit_actors.roots"
_PROTAGONISTS = "eventwire.implicit_actors.protagonists"


def _effective_root(doc: Doc, a: Actor) -> Token | None:
    """The token that carries an actor mention in its clause: ``hundreds of retirees`` → hundreds."""
    if a.start_char is None or a.end_char is None:
        return None
    # asked per event for every actor of the article: remembered per Doc by the mention's offsets
    cache: dict[tuple[int, int], Token | None] = per_doc(doc, _ROOTS, dict)
    key = (a.start_char, a.end_char)
    if key not in cache:
        cache[key] = _find_effective_root(doc, a.start_char, a.end_char)
    return cache[key]


def _find_effective_root(doc: Doc, start: int, end: int) -> Token | None:
    span = char_span(doc, start, end)
    if span is None or len(span) == 0:
        return None
    root = span.root
    for _ in range(3):
        prep = root.head
        if root.dep_ == "pobj" and prep.lower_ == "of" and prep.head != prep:
            up = prep.head
            if lemma(up) in QUANTITY_HEADS or up.like_num or up.pos_ == "NUM":
                root = up
                continue
        break
    return root


def _protagonist(doc: Doc, a: Actor, kinds: frozenset[str] = PROTAGONIST_KINDS) -> bool:
    """A group that is the subject (or ``by`` agent) of its clause: the one who does things there."""
    if a.kind not in kinds and a.identifier not in PROTAGONIST_GENERICS:
        return False
    if a.start_char is None or a.end_char is None:
        return False
    # asked per event for every actor of the article: remembered per Doc (it depends on the offsets only)
    cache: dict[tuple[int, int], bool] = per_doc(doc, _PROTAGONISTS, dict)
    key = (a.start_char, a.end_char)
    if key not in cache:
        cache[key] = _protagonist_at(doc, a)
    return cache[key]


def _protagonist_at(doc: Doc, a: Actor) -> bool:
    root = _effective_root(doc, a)
    if root is None:
        return False
    while root.dep_ == "conj" and root.head != root:
        root = root.head  # "civil servants, doctors and teachers": each conjunct is a subject
    if root.dep_ in SUBJECT_DEPS or (root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS):
        return True
    # "marches called by the resistance committees", not "videos posted by activists"; "a strike by
    # truck drivers": the group that holds the protest or strike named
    return root.dep_ == "pobj" and root.head.lower_ == "by" and _organised_or_held(root.head.head)


def _organised_or_held(tok: Token) -> bool:
    """``called``, ``organised`` (a verb of organising) or ``strike``, ``protest`` (a protest noun)."""
    from .lexicon import word_set

    if lemma(tok) in ORGANISE_LEMMAS:
        return True
    return tok.pos_ == "NOUN" and (lemma(tok) in word_set("protest") or tok.lower_ in word_set("protest"))


def lede_words(doc: Doc) -> frozenset[str]:
    """The protest words (lower-cased) of the article's headline and first sentences."""
    low = lowers(doc)
    return frozenset(low[i] for seg in _lede(doc, PROTEST_LEDE_SENTENCES) for i in _protest_indices(seg))
