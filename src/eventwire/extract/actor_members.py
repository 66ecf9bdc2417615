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
from ..records import Actor, inferred
from .actor_organisers import organised_crowds, organisers_body
from .actor_roles import actor_at
from .cues import load_cue_lexicon
from .syntax import kids, lemma, lowers, segment, token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["MEMBER_TYPES", "named_among", "named_later", "named_members", "with_members"]


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
    actors = named_among(head, etype, actors)
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
            named = a.replace(name=name, aliases=(*a.aliases, *([a.text] if a.text else [])))
            return inferred(named, a, "actor_members.by_age")
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
    named = a.replace(name=name, aliases=(*a.aliases, *([a.text] if a.text else [])))
    return inferred(named, a, "actor_members.by_age")


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


# Acts whose group of people struck a sentence may name one of ("among them X"): M26.
AMONG_TYPES = MEMBER_TYPES | {"repression", "attack"}
_AMONG_ROLES = ("victim", "target")
# Where the phrase of the people named among a group ends: a new clause, an attribution, a bracket.
_AMONG_ENDS = frozenset({";", ":", "(", ".", "according", "said", "says", "told", "whose", "which", "while"})


def _among_start(lows: Sequence[str], i: int) -> int:
    """The index after a partitive marker at ``i`` ("among them", "among whom", "including", "one
    of them", "one of whom"), or -1."""
    if lows[i] == "among" and i + 1 < len(lows) and lows[i + 1] in ("them", "whom"):
        return i + 2
    if lows[i] == "including":
        return i + 1
    if lows[i : i + 2] == ["one", "of"] and i + 2 < len(lows) and lows[i + 2] in ("them", "whom"):
        return i + 3
    return -1


# Verbs of one act, so that a relative clause of the same act is the person's own record.
_SAME_ACT = (
    frozenset({"arrest", "detain", "seize", "abduct", "take", "pick", "hold", "jail", "imprison"}),
    frozenset({"kill", "shoot", "die", "murder"}),
    frozenset({"beat", "torture", "mistreat", "flog", "whip", "lash"}),
)


def _own_act(head: Token, after: Sequence[Token]) -> bool:
    """The words after a name open a relative clause that tells the same act of that person ("X, 62,
    who was detained at his home on Saturday"), not one that says more of the person ("who had
    filmed the protest", "who was hit in the head")."""
    words = [t for t in after if t.lower_ not in (",", "aged") and not t.like_num]
    if not words or words[0].lower_ != "who":
        return False
    verb = next((t for t in words[1:6] if t.pos_ == "VERB"), None)
    if verb is None:
        return False
    same = lemma(verb) == lemma(head)
    return same or any(lemma(verb) in group and lemma(head) in group for group in _SAME_ACT)


def _titled(toks: Sequence[Token], j: int) -> bool:
    """The word before ``j`` (over a comma) is a noun for a person: "the village elder X", "its
    spokesman, X", "chairwoman X"."""
    i = j - 1 if j > 0 and toks[j - 1].lower_ != "," else j - 2
    nouns = load_cue_lexicon().person_nouns
    return i >= 0 and toks[i].pos_ in ("NOUN", "ADJ") and (lemma(toks[i]) in nouns or toks[i].lower_ in nouns)


def _name_end(toks: Sequence[Token], j: int, end: int) -> int:
    """The end of a person's name starting at ``j`` (``j`` when none starts there): the tagger's
    person, or a run of proper nouns after a noun for a person, whatever entity the tagger guessed
    for an unfamiliar name ("the village elder Bounmy Sisavath")."""
    t = toks[j]
    if t.ent_type_ == "PERSON" and t.ent_iob_ == "B":
        k = j + 1
        while k < end and toks[k].ent_iob_ == "I" and toks[k].ent_type_ == "PERSON":
            k += 1
        return k
    if t.pos_ != "PROPN" or (j > 0 and toks[j - 1].pos_ == "PROPN") or not _titled(toks, j):
        return j
    k = j + 1
    while k < end and toks[k].pos_ == "PROPN":
        k += 1
    return k


def named_among(head: Token, etype: str, actors: list[Actor]) -> list[Actor]:
    """M26: a named person the act's own sentence gives as one of its group of people struck
    ("Police detained 14 strikers on Monday, among them the union's treasurer, Lena Voss"; "several
    detainees were beaten in the vans; one of them, Ivo Saric, was taken to hospital") is one of the
    act's actors, with the group's role, beside the group. Not a person told in an act of their own
    in a relative clause ("among them X, who was detained at his home on Saturday": X has that
    record), nor one the act already has."""
    if etype not in AMONG_TYPES:
        return actors
    struck = [a for a in actors if a.role in _AMONG_ROLES]
    # the group as written, else the one the act implies ("several detainees were beaten …; one of
    # them, X, …": the parse left the detainees unbound, the act still has its implied victims)
    group = next((a for a in struck if a.start_char is not None), struck[0] if struck else None)
    if group is None:
        return actors
    doc = head.doc
    seg = segment(head)
    toks, lows = tokens(doc), lowers(doc)
    # from the group's own words: "the five organisers, among them X, were detained" names them
    # before the act, "detained 14 strikers, among them X" after it
    first = token_at(doc, group.start_char) if group.start_char is not None else None
    after = first.i if first is not None and seg.start <= first.i < seg.end else head.i
    have = {x.lower() for a in actors for x in (a.name, a.text or "")}  # (an alias of the group: still apart)
    found: list[Actor] = []
    i = after + 1
    while i < seg.end:
        start = _among_start(lows, i)
        if start < 0:
            i += 1
            continue
        j = start
        while j < seg.end and lows[j] not in _AMONG_ENDS:
            t = toks[j]
            k = _name_end(toks, j, seg.end)
            if k > j:
                name = doc[j:k].text
                own_act = _own_act(head, toks[k : min(k + 10, seg.end)])
                if not own_act and name.lower() not in have and all(f.name != name for f in found):
                    found.append(
                        Actor(
                            text=name,
                            start_char=t.idx,
                            end_char=doc[k - 1].idx + len(doc[k - 1].text),
                            name=name,
                            aliases=(),
                            kind="civilians",
                            role=group.role,
                            country=None,
                        )
                    )
                j = k
                continue
            j += 1
        break  # the first partitive after the act's group is the one that names its people
    return [*actors, *found] if found else actors
