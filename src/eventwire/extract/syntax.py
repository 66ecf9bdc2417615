"""Small dependency-parse helpers shared by the event extractor: subjects, patients, clauses."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, TypeVar

from ..nlp.text import doc_text, tokens

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Doc, Span, Token

__all__ = [
    "agent",
    "char_span",
    "children_index",
    "clause_head",
    "doc_lemma_set",
    "doc_sents",
    "doc_word_set",
    "governing_verb",
    "is_animate",
    "kids",
    "lemma",
    "lemmas",
    "lowers",
    "parse_tree",
    "patient",
    "per_doc",
    "segment",
    "segment_starts",
    "segments",
    "sentence_starts",
    "subject",
    "subtree_indices",
    "token_at",
    "tokens",
]

CLAUSE_DEPS = frozenset(
    {"ROOT", "ccomp", "advcl", "conj", "relcl", "xcomp", "parataxis", "acl", "pcomp", "csubj"}
)
T = TypeVar("T")
AGENTIVE_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ers", "ors", "ists", "ians", "ants", "ee", "ees")


def per_doc(doc: Doc, key: str, build: Callable[[], T]) -> T:
    """``doc.user_data[key]``, built by ``build()`` the first time it is asked for in this Doc.

    Keys start with ``eventwire.``: the pipeline drops them after each document.
    """
    found: T | None = doc.user_data.get(key)
    if found is None:
        found = build()
        doc.user_data[key] = found
    return found


def lemma(tok: Token) -> str:
    """``tok.lemma_.lower()``, from the per-Doc list (:func:`lemmas`)."""
    doc = tok.doc
    found: list[str] | None = doc.user_data.get(_LEMMAS)  # inlined per_doc: called per token
    if found is None:
        found = lemmas(doc)
    return found[tok.i]


def kids(tok: Token) -> list[Token]:
    """``list(tok.children)``, in the same order, from the per-Doc Token list: ``children`` builds
    a chain of generators and a new Token per child on every call. Do not mutate the list."""
    doc = tok.doc
    found: list[list[Token] | None] | None = doc.user_data.get(_KIDS)
    if found is None:
        found = doc.user_data[_KIDS] = [None] * len(doc)  # filled as tokens are asked about
    i = tok.i
    row = found[i]
    if row is None:
        toks = tokens(doc)
        row = found[i] = [toks[j] for j in children_index(doc)[i]]
    return row


def governing_verb(tok: Token) -> Token | None:
    """``tok`` itself when it is a verb, else the nearest verb above it (None at the root)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ != "aux":
            return cur
        if cur.head == cur:
            return None
        cur = cur.head
    return None


def clause_head(tok: Token) -> Token:
    """The head of the clause ``tok`` belongs to (a verb with a clausal dependency, or the root)."""
    doc = tok.doc
    memo: dict[int, Token] | None = doc.user_data.get(_CLAUSE_HEADS)  # asked per token, many times over
    if memo is None:
        memo = doc.user_data[_CLAUSE_HEADS] = {}
    found = memo.get(tok.i)
    if found is None:
        pos, dep, heads = parse_tree(doc)  # walked by index: each ``.head`` would build a Token
        i = tok.i
        for _ in range(20):
            if pos[i] in ("VERB", "AUX") and dep[i] in CLAUSE_DEPS:
                break
            if heads[i] == i:
                break
            i = heads[i]
        found = memo[tok.i] = tokens(doc)[i]
    return found


def parse_tree(doc: Doc) -> tuple[list[str], list[str], list[int]]:
    """``pos_``, ``dep_`` and head index of every token, built once per Doc."""
    tree: tuple[list[str], list[str], list[int]] | None = doc.user_data.get(_TREE)
    if tree is None:
        from spacy.parts_of_speech import NAMES

        # one array read instead of three Token attributes per token; HEAD is the head's offset,
        # stored unsigned: int64 gives it back its sign
        arr = doc.to_array(["POS", "HEAD"]).astype("int64")
        deps = doc.to_array("DEP").tolist()  # string hashes: kept unsigned
        dep_names = {d: doc.vocab.strings[d] for d in set(deps)}
        pos = [NAMES[p] for p in arr[:, 0].tolist()]
        dep = [dep_names[d] for d in deps]
        heads = [i + off for i, off in enumerate(arr[:, 1].tolist())]
        tree = (pos, dep, heads)
        doc.user_data[_TREE] = tree
    return tree


def children_index(doc: Doc) -> list[list[int]]:
    """Token index → the indices of its children in order (``[c.i for c in tok.children]``), built
    once per Doc from the head indices."""
    kids: list[list[int]] | None = doc.user_data.get(_CHILDREN)
    if kids is None:
        heads = parse_tree(doc)[2]
        kids = [[] for _ in heads]
        for i, h in enumerate(heads):
            if h != i:
                kids[h].append(i)
        doc.user_data[_CHILDREN] = kids
    return kids


def subtree_indices(tok: Token) -> tuple[int, ...]:
    """``tuple(t.i for t in tok.subtree)``, in the same order (each left child's subtree, the token,
    each right child's subtree), walked over the head indices and remembered per Doc: the clause of
    an event is searched by several stages, and ``subtree`` builds a Token per word each time."""
    doc = tok.doc
    cache: dict[int, tuple[int, ...]] | None = doc.user_data.get(_SUBTREES)
    if cache is None:
        cache = doc.user_data[_SUBTREES] = {}
    found = cache.get(tok.i)
    if found is None:
        kids = children_index(doc)
        out: list[int] = []
        stack = [tok.i]  # ``~j`` (negative): emit ``j``; ``j``: expand ``j``
        while stack:
            j = stack.pop()
            if j < 0:
                out.append(~j)
                continue
            ks = kids[j]
            split = bisect_left(ks, j)  # the children are in order: left ones, then right ones
            stack.extend(reversed(ks[split:]))
            stack.append(~j)
            stack.extend(reversed(ks[:split]))
        found = cache[tok.i] = tuple(out)
    return found


def _child(tok: Token, deps: tuple[str, ...]) -> Token | None:
    for c in kids(tok):
        if c.dep_ in deps:
            return c
    return None


RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def subject(tok: Token) -> Token | None:
    """The active subject of a verb trigger (through conjunctions, xcomp and participle clauses)."""
    cur = tok
    if _child(tok, ("nsubjpass", "auxpass")) is not None:
        return None  # a passive verb's grammatical subject is its patient
    for _ in range(4):
        subjects = [c for c in kids(cur) if c.dep_ in ("nsubj", "csubj")]
        if subjects:
            # the subject nearest the verb: "PARIS (Wire) — Farmers blocked …" has two
            best = min(subjects, key=lambda c: abs(cur.i - c.i))
            if best.lower_ in RELATIVE_PRONOUNS and cur.dep_ == "relcl" and cur.head != cur:
                return cur.head  # "protesters who tried to storm …": the noun the clause describes
            return _past_dateline(best)
        fronted = _fronted_subject(cur)
        if fronted is not None:
            return fronted  # "In Tehran, a Resistance Unit set fire to …": read as the place's apposition
        if _unlinked_conjunct(cur):
            cur = cur.head  # "young people erected barricades …, then attacked the station": a conjunct
            continue
        if cur.dep_ in ("conj", "xcomp", "advcl", "acl") and cur.head != cur and cur.pos_ in ("VERB", "AUX"):
            if cur.dep_ == "acl" and cur.tag_ == "VBG" and cur.head.pos_ in ("NOUN", "PROPN"):
                return cur.head  # "officers striking seated protesters": the noun does it
            if cur.dep_ == "acl" or (cur.dep_ == "relcl"):
                return None
            cur = cur.head
            continue
        if cur.dep_ == "relcl":
            return cur.head
        return None
    return None


def _fronted_subject(verb: Token) -> Token | None:
    """A finite verb with no subject, after a fronted phrase whose noun the parser gave the real subject
    as an apposition ("In Tehran, a Resistance Unit set fire to a base": "Unit" hung on "Tehran"): the
    apposition that ends right before the verb."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.pos_ != "VERB":
        return None
    for c in kids(verb):
        if c.dep_ != "prep" or c.i > verb.i:
            continue
        for g in kids(c):
            for a in kids(g):
                if (
                    a.dep_ == "appos"
                    and a.i > g.i
                    and a.pos_ in ("NOUN", "PROPN")
                    and a.right_edge.i == verb.i - 1
                ):
                    return a
    return None


def _unlinked_conjunct(verb: Token) -> bool:
    """A finite verb the parser hung as a bare ``dep`` on an earlier verb, with no subject of its own
    ("several hundred youths erected barricades on Monday, then attacked the police station"): a
    conjunct whose "and" the writer left out, sharing that verb's subject."""
    return (
        verb.dep_ == "dep"
        and verb.pos_ == "VERB"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.head.pos_ == "VERB"
        and verb.head.i < verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in kids(verb))
    )


def _past_dateline(tok: Token) -> Token:
    """A dateline parsed as subject ("BASRA, Iraq (Wire) — Hundreds of workers …"): take its apposition.

    Only a place opening its line is a dateline: "the COB, the main union federation, called …" keeps the COB.
    """
    if (tok.ent_type_ in ("GPE", "LOC") or (tok.text.isupper() and len(tok.text) > 2)) and _opens_line(tok):
        for c in kids(tok):
            if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN", "NUM") and c.i > tok.i:
                return c
    return tok


def _opens_line(tok: Token) -> bool:
    """Only spaces stand between the start of ``tok``'s line and ``tok``."""
    text = doc_text(tok.doc)
    line_start = text.rfind("\n", 0, tok.idx) + 1
    return not text[line_start : tok.idx].strip()


def agent(tok: Token) -> Token | None:
    """The ``by X`` agent of a passive verb or nominal."""
    for c in kids(tok):
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            for g in kids(c):
                if g.dep_ == "pobj":
                    return g
    return None


def patient(tok: Token) -> Token | None:
    """Who or what undergoes a trigger: the object, passive subject, ``of X``, or the noun it modifies."""
    if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBD", "VBG"):
        c = _child(tok, ("dobj", "nsubjpass", "obj"))
        if c is not None:
            return c
        if tok.dep_ in ("amod", "acl") and tok.head != tok and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head
        if tok.dep_ == "relcl" and _child(tok, ("auxpass",)) is not None:
            return tok.head
        if tok.dep_ == "conj" and tok.head != tok and tok.head.pos_ == "VERB":
            return _child(tok.head, ("dobj", "nsubjpass"))
        return None
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ in ("of", "on", "against"):
            for g in kids(c):
                if g.dep_ == "pobj":
                    return g
        if c.dep_ == "poss":
            return c
    return None


def is_animate(tok: Token, animate: frozenset[str]) -> bool:
    """Whether a noun phrase head names people (word list, entity label, pronoun, number, agent noun)."""
    low = tok.lower_
    lem = lemma(tok)
    if low in animate or lem in animate:
        return True
    if tok.ent_type_ in ("PERSON", "NORP", "ORG", "CARDINAL"):
        return True
    if tok.like_num or tok.pos_ == "NUM":
        return True
    if tok.pos_ == "PRON":
        return low not in ("it", "this", "that", "which", "what", "something", "everything", "nothing")
    if tok.pos_ == "PROPN":
        return True
    if lem.endswith(("ment", "ments")):
        return False
    return low.endswith(AGENTIVE_SUFFIXES) and len(low) > 4


def _cuts(sent: Span) -> Iterator[Span]:
    start = sent.start
    doc = sent.doc
    breaks = _line_breaks(doc)
    k = bisect_left(breaks, start)
    while k < len(breaks) and breaks[k] < sent.end:
        i = breaks[k]
        if i > start:
            yield doc[start:i]
        start = i + 1
        k += 1
    if start < sent.end:
        yield doc[start : sent.end]


def _line_breaks(doc: Doc) -> list[int]:
    """Indices of the whitespace tokens holding a line break, in order, once per Doc (read from the
    IS_SPACE array: a line break is only ever inside a whitespace token)."""
    found: list[int] | None = doc.user_data.get(_BREAKS)
    if found is None:
        toks = tokens(doc)
        spaces = doc.to_array("IS_SPACE").nonzero()[0].tolist() if len(doc) else []
        found = doc.user_data[_BREAKS] = [i for i in spaces if "\n" in toks[i].text]
    return found


def sentence_starts(doc: Doc) -> list[int]:
    """Token index → the token index where its spaCy sentence starts (``tok.sent.start``), once per Doc."""
    found: list[int] | None = doc.user_data.get(_SENT_STARTS)
    if found is None:
        found = []
        for sent in doc_sents(doc):
            found.extend([sent.start] * len(sent))
        doc.user_data[_SENT_STARTS] = found
    return found


def doc_sents(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, built once per Doc (each pass over ``doc.sents`` builds every Span anew)."""
    found: list[Span] | None = doc.user_data.get(_SENTS)
    if found is None:
        found = doc.user_data[_SENTS] = list(doc.sents)
    return found


def segments(doc: Doc) -> Iterator[Span]:
    """spaCy's sentences, also cut at line breaks (a paragraph never runs into the next)."""
    for sent in doc_sents(doc):
        yield from _cuts(sent)


def segment(tok: Token) -> Span:
    """The segment (see :func:`segments`) that holds ``tok`` (its sentence for a line-break token)."""
    index: list[Span] | None = tok.doc.user_data.get(_SEGMENTS)  # inlined: called per token pair
    if index is None:
        index = _segment_index(tok.doc)
    return index[tok.i]


def _segment_index(doc: Doc) -> list[Span]:
    """Token index → segment, built once per Doc (kept in ``doc.user_data``)."""
    index: list[Span] | None = doc.user_data.get(_SEGMENTS)
    if index is None:
        index = []
        for sent in doc_sents(doc):
            row: list[Span] = [sent] * len(sent)
            for seg in _cuts(sent):
                row[seg.start - sent.start : seg.end - sent.start] = [seg] * len(seg)
            index.extend(row)
        doc.user_data[_SEGMENTS] = index
    return index


def segment_starts(doc: Doc) -> list[int]:
    """Token index → the token index where its segment starts, built once per Doc."""
    found: list[int] | None = doc.user_data.get(_SEGMENT_STARTS)  # the common case without a closure
    if found is None:
        found = per_doc(doc, _SEGMENT_STARTS, lambda: [seg.start for seg in _segment_index(doc)])
    return found


def lemmas(doc: Doc) -> list[str]:
    """:func:`lemma` of every token, by index, built once per Doc."""
    found: list[str] | None = doc.user_data.get(_LEMMAS)  # the common case without a closure
    if found is None:
        found = per_doc(doc, _LEMMAS, lambda: [t.lemma_.lower() for t in tokens(doc)])
    return found


def lowers(doc: Doc) -> list[str]:
    """``lower_`` of every token, by index, built once per Doc."""
    found: list[str] | None = doc.user_data.get(_LOWERS)  # the common case without a closure
    if found is None:
        found = per_doc(doc, _LOWERS, lambda: [t.lower_ for t in tokens(doc)])
    return found


def doc_lemma_set(doc: Doc) -> frozenset[str]:
    """Every :func:`lemma` in the Doc (``any(lemma(t) in S for t in doc)`` is ``not S.isdisjoint(...)``)."""
    found: frozenset[str] | None = doc.user_data.get(_LEMMA_SET)  # the common case without a closure
    if found is None:
        found = per_doc(doc, _LEMMA_SET, lambda: frozenset(lemmas(doc)))
    return found


def doc_word_set(doc: Doc) -> frozenset[str]:
    """Every :func:`lemma` and every ``lower_`` in the Doc."""
    found: frozenset[str] | None = doc.user_data.get(_WORD_SET)  # the common case without a closure
    if found is None:
        found = per_doc(doc, _WORD_SET, lambda: doc_lemma_set(doc) | frozenset(lowers(doc)))
    return found


_TREE = "eventwire.tree"
_LEMMAS = "eventwire.lemmas"
_LOWERS = "eventwire.lowers"
_LEMMA_SET = "eventwire.lemma_set"
_WORD_SET = "eventwire.word_set"
_SEGMENTS = "eventwire.segments"
_SEGMENT_STARTS = "eventwire.segment_starts"
_STARTS = "eventwire.token_bounds"
_SPANS = "eventwire.char_spans"
_CHILDREN = "eventwire.children"
_KIDS = "eventwire.kid_tokens"
_CLAUSE_HEADS = "eventwire.clause_heads"
_BREAKS = "eventwire.line_breaks"
_SENT_STARTS = "eventwire.sentence_starts"
_SUBTREES = "eventwire.subtrees"
_SENTS = "eventwire.sents"


def token_at(doc: Doc, char: int) -> Token | None:
    """The token whose text holds character ``char``; None in the whitespace after a token.

    The same answer as ``doc.char_span(char, char + 1, alignment_mode="expand")[0]``, by a
    binary search over token offsets built once per Doc: extraction asks this per event
    and per mention, and ``char_span`` builds token objects over the whole document.
    """
    # from the cached Tokens: no second pass building them; each token's (start, end), so that the
    # answer reads no Token attribute (``tok.text`` builds a new string on every access)
    bounds: tuple[list[int], list[int]] | None = doc.user_data.get(_STARTS)
    if bounds is None:
        toks = tokens(doc)
        bounds = doc.user_data[_STARTS] = ([t.idx for t in toks], [t.idx + len(t.text) for t in toks])
    starts, ends = bounds
    i = bisect_right(starts, char) - 1
    if i < 0 or char >= ends[i]:
        return None
    return tokens(doc)[i]


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")``, remembered per Doc."""
    cache: dict[tuple[int, int], Span | None] | None = doc.user_data.get(_SPANS)
    if cache is None:
        cache = {}
        doc.user_data[_SPANS] = cache
    key = (start, end)
    if key not in cache:
        cache[key] = doc.char_span(start, end, alignment_mode="expand")
    return cache[key]


# Words that count or group the noun after "of": the phrase's head is that noun.
QUANTITY_HEADS = frozenset(
    {
        "thousand",
        "thousands",
        "hundred",
        "hundreds",
        "dozen",
        "dozens",
        "score",
        "scores",
        "ten",
        "tens",
        "number",
        "group",
        "crowd",
        "crowds",
        "some",
        "many",
        "several",
        "all",
        "most",
        "million",
        "millions",
    }
)


def phrase_head(tok: Token) -> Token:
    """``thousands of protesters`` → protesters; ``dozens of members of the forces`` → members."""
    cur = tok
    for _ in range(3):
        if lemma(cur) in QUANTITY_HEADS or cur.like_num or cur.pos_ == "NUM":
            nxt = None
            for c in kids(cur):
                if c.dep_ == "prep" and c.lower_ == "of":
                    nxt = next((g for g in kids(c) if g.dep_ == "pobj"), None)
            if nxt is None:
                return cur
            cur = nxt
        else:
            return cur
    return cur
