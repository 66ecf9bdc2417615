"""Actors the parse does not tie to a trigger: implied doers, inherited initiators, pronouns.

The clause around an event trigger often names only some of its actors. What the rest
of the article supports is added here, each with its reason: the state agents an arrest
or execution implies, the protagonists of a protest story, the antecedent of "them",
the party behind "party workers", and ACLED's coding of unnamed people as protesters,
civilians or detainees by where it happened. Implied actors carry no offsets.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Actor, ActorKind, ActorRole
from .syntax import (
    QUANTITY_HEADS,
    char_span,
    clause_head,
    doc_word_set,
    kids,
    lemma,
    lemmas,
    lowers,
    per_doc,
    phrase_head,
    segment,
    segments,
    subject,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "GENERIC_PEOPLE",
    "PROTESTER_NAMES",
    "antecedent",
    "as_protesters",
    "at_protest",
    "crowd_before",
    "generic_as",
    "implicit_initiator",
    "implicit_perpetrator",
    "in_custody",
    "org_antecedent",
    "party_named",
    "protesting",
    "story_group",
    "vague_people",
    "with_story_group",
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


def _lede(doc: Doc) -> list[Span]:
    """The article's opening: headline, date and dateline lines, up to the end of its first full sentence."""
    cached: list[Span] | None = doc.user_data.get(_LEDE)
    if cached is not None:
        return list(cached)  # asked per event: found once per Doc
    out: list[Span] = []
    for seg in segments(doc):
        out.append(seg)
        if len(out) >= LEDE_SEGMENTS or (len(seg) >= 8 and seg.text.rstrip()[-1:] in '.!?"\u201d'):
            break
    doc.user_data[_LEDE] = list(out)
    return out


_LEDE = "eventwire.implicit_actors.lede"
_PROTEST_LEDE = "eventwire.implicit_actors.protest_lede"


def at_protest(head: Token) -> bool:
    """The event happens at a protest: protest words in its sentence or in the article's lede.

    A story whose headline or first sentence is about protests reports arrests and deaths
    of "people" that are protesters unless it says otherwise.
    """
    return _protesty(segment(head), head.i) or _protest_lede(head.doc)


def _protest_lede(doc: Doc) -> bool:
    """The article's headline or first sentence is about protests (protest words in its lede)."""
    lede: bool | None = doc.user_data.get(_PROTEST_LEDE)  # the same for every event of the Doc
    if lede is None:
        lede = doc.user_data[_PROTEST_LEDE] = any(_protesty(seg) for seg in _lede(doc))
    return lede


def _protesty(seg: Span, skip: int = -1) -> bool:
    """A protest word in the segment (but at ``skip``), not a military "strike"."""
    from .lexicon import word_set

    words = word_set("protest")
    doc = seg.doc
    low, lem = lowers(doc), lemmas(doc)  # by index: a Token only for a protest word
    return any(
        (low[i] in words or lem[i] in words) and not _military_strike(doc[i])
        for i in range(seg.start, seg.end)
        if i != skip
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
    return a.replace(aliases=(*a.aliases, *PROTESTER_NAMES))


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


INDUSTRY_NOUNS = frozenset({"industry", "sector"})


def _industry_workers(head: Token) -> Actor | None:
    """``a strike in the oil industry``, ``strikes across the health sector``: its workers strike."""
    for c in kids(head):
        if c.dep_ != "prep" or c.lower_ not in ("in", "across", "throughout"):
            continue
        for g in kids(c):
            if g.dep_ != "pobj" or lemma(g) not in INDUSTRY_NOUNS:
                continue
            mods = [m for m in kids(g) if m.dep_ in ("compound", "amod") and m.i < g.i and m.is_alpha]
            if not mods or any(m.ent_type_ in ("GPE", "NORP") for m in mods):
                continue  # "the Iranian oil industry" keeps its trade: only the trade words
            trade = " ".join(m.lower_ for m in sorted(mods, key=lambda m: m.i))
            return Actor(
                text=None,
                start_char=None,
                end_char=None,
                name=f"{trade} workers",
                aliases=(f"{trade} sector workers", "workers"),
                kind="labor",
                role="initiator",
                country=None,
            )
    return None


# Generic actors named by what they did in one event, not by who they are ("organisers").
RELATIONAL_GROUPS = frozenset({"ew:generic-organisers"})


def implicit_initiator(head: Token, etype: str, known: Sequence[Actor], bound: list[Actor]) -> list[Actor]:
    """Who holds a protest or strike whose clause names no one ("similar gatherings took place").

    Shops and markets that stay shut are the shopkeepers' strike. Else a group that is the
    subject of a clause in the event's sentence ("traders' associations said
    a longer strike would follow"), else the nearest such group earlier in the article: the
    protagonists of a protest story are named once and then referred to by the events alone.
    """
    doc = head.doc
    seg = segment(head)
    if etype == "strike" and _shops_closed(head):
        callers = _call_owners(head, known)  # "shops stayed shut as the students' shutdown call took hold"
        return [
            *callers,
            Actor(
                text=None,
                start_char=None,
                end_char=None,
                name="Bazaar merchants",
                aliases=("traders", "shopkeepers", "merchants"),
                kind="labor",
                role="initiator",
                country=None,
            ),
        ]
    if etype == "strike" and (workers := _industry_workers(head)) is not None:
        return [workers]
    taken = {(a.start_char, a.end_char) for a in bound}
    pool = [
        a
        for a in known
        if a.start_char is not None
        and a.start_char < seg.end_char
        and (a.start_char, a.end_char) not in taken
        and _protagonist(doc, a, RIOTER_KINDS if etype == "riot" else PROTAGONIST_KINDS)
    ]
    here = [a for a in pool if a.start_char is not None and a.start_char >= seg.start_char]
    if here:
        first = _effective_root(doc, here[0])
        group = {first.i, *(c.i for c in first.conjuncts)} if first is not None else set()
        same = [a for a in here[1:] if (r := _effective_root(doc, a)) is not None and r.i in group]
        return [a.replace(role="initiator") for a in (here[0], *same)]
    # an earlier group that only gave a toll ("the NCRI gives a much higher toll") started nothing here;
    # nor do the "organisers" of an earlier act: organisers are someone's, of that act, and no group
    # a later protest or strike can be laid at
    earlier = [a for a in pool if not _gives_toll(doc, a) and a.identifier not in RELATIONAL_GROUPS]
    if earlier:
        return [earlier[-1].replace(role="initiator")]
    return []


def generic_as(a: Actor, coded: str) -> Actor:
    """Unnamed people killed or attacked are coded by where it happened: civilians away from a
    protest (ACLED's coding), detainees in custody."""
    if a.role not in ("victim", "target") or a.kind not in ("civilians", "unknown") or a.name == coded:
        return a
    words = {w.lower() for w in (a.text or a.name).split()}
    if not words & GENERIC_PEOPLE or coded in a.aliases:
        return a
    return a.replace(aliases=(*a.aliases, coded))


CUSTODY_WORDS = frozenset(
    {"custody", "detention", "interrogation", "cell", "jail", "prison", "colony", "bars"}
)


# Who holds people in a prison or a cell: the unnamed doers of what is done to them there.
KEEPERS = ("prison guards", "prison service")


def custody_keeper(head: Token) -> Actor | None:
    """The body a death's sentence says held the dead: "in the custody of X" (X as written, beside
    the generic doers as aliases), whether or not the dictionary knows X ("the intelligence
    department", "the National Intelligence Agency")."""
    seg = segment(head)
    for c in kids(head):
        for tok in (c, *kids(c)) if c.dep_ == "prep" else ():
            if lemma(tok) != "custody" or not any(d.lower_ == "the" for d in kids(tok)):
                continue  # "the death in custody of Mahsa Amini": the dead, not the keeper
            of = [p for p in kids(tok) if p.dep_ == "prep" and p.lower_ == "of"]
            body = [o for p in of for o in kids(p) if o.dep_ == "pobj" and o.i < seg.end]
            if body and body[0].pos_ in ("NOUN", "PROPN") and body[0].ent_type_ != "PERSON":
                left = body[0].left_edge
                start = left.idx if left.lower_ not in ("the", "a", "an") else left.nbor().idx
                end = body[0].idx + len(body[0].text)
                text = doc_text(head.doc)[start:end]
                return Actor(
                    text=text,
                    start_char=start,
                    end_char=end,
                    name=text,
                    aliases=("Security forces", "prison authorities", "police"),
                    kind="security_forces",
                    role="perpetrator",
                    country=None,
                )
    return None


def in_custody(head: Token) -> bool:
    """A death in custody: its sentence speaks of detention, interrogation, cells or prisons."""
    seg, doc = segment(head), head.doc
    lems, lows = lemmas(doc), lowers(doc)  # indices, not Tokens: iterating a Span builds a Token per word
    return any(lems[i] in CUSTODY_WORDS or lows[i] in CUSTODY_WORDS for i in range(seg.start, seg.end))


def _speaking(doc: Doc, a: Actor) -> bool:
    """A mention that only reports: the subject of a reporting verb ("the army said"), the
    object of "according to", or the agent of a reported statement ("a statement by the army")."""
    cache: dict[tuple[int, int], bool] = per_doc(doc, _SPEAKING, dict)
    key = (a.start_char or 0, a.end_char or 0)  # asked per event for every actor: kept per Doc
    if key not in cache:
        cache[key] = _speaking_at(doc, *key)
    return cache[key]


_SPEAKING = "eventwire.implicit_actors.speaking"


def _speaking_at(doc: Doc, start: int, end: int) -> bool:
    from .lexicon import word_set

    span = char_span(doc, start, end)
    if span is None or len(span) == 0:
        return False
    root = span.root
    while root.dep_ in ("compound", "amod", "poss") and root.head.i != root.i:
        root = root.head
    reporting = word_set("reporting_verbs") | word_set("denial")
    if root.dep_ in ("nsubj", "nsubjpass") and lemma(root.head) in reporting:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True
    return root.dep_ == "appos" and _speaking_token(root.head, reporting)


def _gives_toll(doc: Doc, a: Actor) -> bool:
    """A mention that only gives a figure: "the NCRI gives a much higher toll", "the group puts the
    number of dead at 500"."""
    cache: dict[tuple[int, int], bool] = per_doc(doc, _TOLL_GIVERS, dict)  # asked per event: kept per Doc
    key = (a.start_char or 0, a.end_char or 0)
    if key not in cache:
        root = _effective_root(doc, a)
        giver = root.head if root is not None and root.dep_ == "appos" else root  # "(NCRI)" after the name
        cache[key] = (
            giver is not None
            and giver.dep_ == "nsubj"
            and lemma(giver.head) in TOLL_GIVING_VERBS
            and any(c.dep_ == "dobj" and lemma(c) in TOLL_NOUNS for c in kids(giver.head))
        )
    return cache[key]


_TOLL_GIVERS = "eventwire.implicit_actors.toll_givers"


# Verbs and objects of giving a figure: its giver only reports.
TOLL_GIVING_VERBS = frozenset({"give", "put", "publish", "release", "cite", "provide", "issue"})
TOLL_NOUNS = frozenset({"toll", "figure", "number", "estimate", "count", "tally", "total", "statistic"})


def _speaking_token(tok: Token, reporting: frozenset[str]) -> bool:
    if tok.dep_ in ("nsubj", "nsubjpass") and lemma(tok.head) in reporting:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def reporters(head: Token) -> list[Token]:
    """Who reports the clause ``head`` sits in: the subjects of the reporting verbs whose content
    it is ("the army said [a rocket attack hit …]") and the objects of "according to" on its path."""
    from .lexicon import word_set

    reporting = word_set("reporting_verbs") | word_set("denial")
    out: list[Token] = []
    tok = head
    path = [head]
    while tok.head.i != tok.i:
        parent = tok.head
        if tok.dep_ in ("ccomp", "parataxis", "advcl", "conj") and lemma(parent) in reporting:
            out.extend(c for c in kids(parent) if c.dep_ in ("nsubj", "nsubjpass", "agent"))
        path.append(parent)
        tok = parent
    for t in path:
        for c in kids(t):
            if c.lower_ == "according":
                out.extend(g for p in kids(c) if p.lower_ == "to" for g in kids(p) if g.dep_ == "pobj")
    return out


def speaker_names(head: Token, known: Sequence[Actor]) -> frozenset[str]:
    """The names of the actors who report the event at ``head`` (see :func:`reporters`)."""
    names: set[str] = set()
    for r in reporters(head):
        sub = r.doc[r.left_edge.i : r.right_edge.i + 1]
        for a in known:
            if a.start_char is not None and sub.start_char <= a.start_char < sub.end_char:
                names.add(a.name)
    return frozenset(names)


def _dominant_force(
    head: Token,
    known: Sequence[Actor],
    bound: list[Actor],
    kinds: frozenset[str] = frozenset({"security_forces", "armed_group"}),
) -> Actor | None:
    """The named armed actor the article is about, named before the event's sentence ends.

    Unattributed attacks in a story about one force's campaign ("a helicopter then fired on
    people", "more villages would be bombed") are that force's. It must be named twice, or
    once in the headline or lede. Mentions that only report ("the army said") do not count,
    and the one who reports the event is not its doer unless the content says so.
    """
    seg = segment(head)
    lede_end = max((x.end_char for x in _lede(head.doc)), default=0)
    doer = subject(head) or subject(clause_head(head))
    self_report = doer is not None and doer.lower_ in SELF_PRONOUNS  # "the Houthis said they attacked"
    reporting = speaker_names(head, known)
    if self_report:
        speakers = [a for a in known if a.name in reporting and a.kind in kinds]
        if speakers:
            return speakers[0]
        reporting = frozenset()
    named = [
        a
        for a in known
        if a.start_char is not None
        and a.start_char < seg.end_char
        and a.kind in kinds
        and a.identifier
        and not a.identifier.startswith("ew:generic-")
        and a.name not in reporting
        and not _speaking(head.doc, a)
    ]
    counts = Counter(a.name for a in named)
    counts.update({a.name for a in named if a.start_char is not None and a.start_char < lede_end})
    hurt = {n for a in bound if a.role in ("victim", "target") for n in (a.name, *a.aliases)}
    best: Actor | None = None
    for a in named:  # the latest of the most named
        if counts[a.name] < 2 or a.name in hurt:
            continue
        if best is None or counts[a.name] >= counts[best.name]:
            best = a
    return best


def protesting(a: Actor) -> Actor:
    """The initiator of a protest is coded "Protesters" with the group as its associate (ACLED's coding)."""
    if a.name == "Protesters" or "Protesters" in a.aliases:
        return a
    if a.kind not in (*PROTAGONIST_KINDS, "civilians", "unknown", "rights_group", "religious"):
        return a
    return a.replace(aliases=(*a.aliases, *PROTESTER_NAMES))


SHOP_WORDS = frozenset({"shop", "store", "market", "bazaar", "business", "shutter"})
CALL_NOUNS = frozenset({"call", "strike", "shutdown", "boycott", "walkout", "appeal"})


def _call_owners(head: Token, known: Sequence[Actor]) -> list[Actor]:
    """Whose strike call a shutdown answers: the possessor of a call or strike noun in its sentence."""
    out: list[Actor] = []
    for t in segment(head):
        if lemma(t) not in CALL_NOUNS:
            continue
        for c in kids(t):
            if c.dep_ != "poss":
                continue
            for a in known:
                if a.start_char is not None and a.end_char is not None and a.start_char <= c.idx < a.end_char:
                    out.append(a.replace(role="initiator"))
    return out[:1]


def _shops_closed(head: Token) -> bool:
    """A shutdown whose subject is shops, markets or businesses ("shops in the bazaar stayed closed")."""
    for tok in (head, head.head):
        for c in kids(tok):
            if c.dep_ in SUBJECT_DEPS and lemma(phrase_head(c)) in SHOP_WORDS:
                return True
    return False


PLURAL_PRONOUNS = frozenset({"them", "they", "their"})
# Who speaks for a victim rather than of themselves.
PROXY_SPEAKERS = frozenset(
    {"lawyer", "relative", "family", "mother", "father", "wife", "husband", "son", "daughter"}
)
SINGULAR_PRONOUNS = frozenset({"he", "him", "she", "her", "his"})
# Kinds that are not those arrested, beaten or killed in the sentence after they are named.
NOT_ANTECEDENT_KINDS = frozenset({"security_forces", "state", "judiciary", "media", "international"})


PARTY_KINDS = frozenset({"political_party", "opposition_group"})
ARMED_KINDS = frozenset({"armed_group"})


def _person_mention(doc: Doc, a: Actor) -> bool:
    """A party's leader filed under its kind ("Imran Khan"): tagged as a person where named."""
    span = char_span(doc, a.start_char or 0, a.end_char or 0)
    return span is not None and len(span) > 0 and span[-1].ent_type_ == "PERSON"


def party_named(a: Actor, known: Sequence[Actor], text: str = "", doc: Doc | None = None) -> Actor:
    """A party, opposition or armed group named generically ("party workers", "opposition
    supporters", "the terrorists", "militants") is the one of its sort the article last named
    before it (else the first it names after it in the same paragraph): its name rides along as
    an alias."""
    kinds = PARTY_KINDS if a.kind in PARTY_KINDS else ARMED_KINDS if a.kind in ARMED_KINDS else None
    if kinds is None or a.start_char is None or not _generic_actor(a):
        return a
    if "ruling" in (a.text or "").lower():
        return a
    named = [
        k
        for k in known
        if k.kind in kinds
        and not _generic_actor(k)
        and k.start_char is not None
        and not (doc is not None and kinds is PARTY_KINDS and _person_mention(doc, k))
    ]
    before = [k for k in named if k.start_char is not None and k.start_char < a.start_char]
    pick: Actor | None = before[-1] if before else None
    if pick is None and kinds is ARMED_KINDS:
        after = [k for k in named if k.start_char is not None and k.start_char > a.start_char]
        if after and after[0].start_char is not None and "\n" not in text[a.start_char : after[0].start_char]:
            pick = after[0]  # "gunmen attacked the post … Jaish al-Adl claimed the attack"
    if pick is None or pick.name in a.aliases or pick.name == a.name:
        return a
    return a.replace(aliases=(*a.aliases, pick.name))


# Who a protest story is about: groups of these kinds, or generic classes of people named for what
# they are (teachers, residents, mourners), not for taking part ("protesters", "people").
STORY_KINDS = frozenset(
    {"labor", "students", "political_party", "opposition_group", "civilians", "religious"}
)
NOT_STORY_GROUPS = frozenset(
    {
        "ew:generic-civilians",
        "ew:generic-witnesses",
        "ew:generic-lawyers",
        "ew:generic-prisoners",
        "ew:generic-unions",
        "ew:generic-hospital-officials",
    }
)
_STORY_KEY = "eventwire.story_group"
STORY_PARAGRAPHS = 2  # paragraphs after the lede's that still open the story
RESIDENTS = frozenset({"resident", "residents"})  # people named for where they live: a story's group


def story_group(doc: Doc, known: Sequence[Actor]) -> Actor | None:
    """The social group a protest story is about: the first group of people the lede makes the
    subject of a clause ("Hundreds of retirees gathered …"), else the one the article names most
    (at least twice) as such a subject. Unnamed protesters, detainees and "people" in its events are
    that group (ACLED codes them as protesters with the group as associated actor)."""
    cache = doc.user_data.get(_STORY_KEY)
    if isinstance(cache, tuple) and cache[0] == len(known):
        return cache[1]  # type: ignore[no-any-return]
    lede_end = max((x.end_char for x in _lede(doc)), default=0)
    subjects = [
        a for a in known if _story_kind(a) and _protagonist(doc, a, STORY_KINDS) and _protest_clause(doc, a)
    ]
    best: Actor | None = next(
        (a for a in subjects if a.start_char is not None and a.start_char < lede_end), None
    )
    if best is None and subjects:
        counts = Counter(a.name for a in subjects)
        name, n = counts.most_common(1)[0]
        best = next(a for a in subjects if a.name == name) if n >= 2 else None
    if best is None and subjects:  # else the first such subject in the article's opening paragraphs
        text = doc_text(doc)
        opening = len(text)
        for _ in range(STORY_PARAGRAPHS):
            cut = text.find("\n\n", lede_end if opening == len(text) else opening + 2)
            if cut < 0:
                break
            opening = cut
        first = subjects[0]
        best = first if first.start_char is not None and first.start_char < opening else None
    if best is None and _protest_lede(doc):
        best = _lede_crowd(doc, known, lede_end)
    doc.user_data[_STORY_KEY] = (len(known), best)
    return best


def _story_kind(a: Actor) -> bool:
    """A written social group that a story can be about (retirees, students, a party's supporters)."""
    if a.start_char is None or a.kind not in STORY_KINDS or a.identifier in NOT_STORY_GROUPS:
        return False
    words = {w.lower() for w in (a.text or a.name).split()}
    return not (a.kind == "civilians" and (words & (GENERIC_PEOPLE - RESIDENTS) or a.identifier is None))


# Prepositions whose object is who a crackdown falls on: "tear gas against / at / on opposition
# supporters", "a rally by the union's members".
CROWD_PREPS = frozenset({"against", "at", "on", "by"})


def _lede_crowd(doc: Doc, known: Sequence[Actor], lede_end: int) -> Actor | None:
    """The group a protest lede has the state act on, when it names none as a clause's subject:
    "Police fired tear gas to break up hundreds of opposition supporters who had gathered …",
    "police used water cannon against opposition supporters", "to break up a rally by teachers"."""
    for a in known:
        if a.start_char is None or a.start_char >= lede_end or not _story_kind(a):
            continue
        root = _effective_root(doc, a)
        while root is not None and root.dep_ in ("conj", "appos") and root.head != root:
            root = root.head
        if root is None:
            continue
        if root.dep_ in ("dobj", "nsubjpass") or (root.dep_ == "pobj" and root.head.lower_ in CROWD_PREPS):
            return a
    return None


STORY_VERBS = frozenset(
    {
        "protest",
        "demonstrate",
        "rally",
        "march",
        "gather",
        "assemble",
        "strike",
        "walk",
        "stage",
        "hold",
        "block",
        "blockade",
        "occupy",
        "boycott",
        "picket",
        "chant",
        "shut",
        "close",
        "refuse",
        "storm",
        "take",
        "demand",
        "join",
        "mourn",
        "stop",
        "down",
        "torch",
        "burn",
        "set",
        "clash",
        "loot",
        "vandalise",
        "vandalize",
        "shout",
        "sing",
        "wave",
        "pour",  # "thousands poured into the streets"
    }
)


def _protest_clause(doc: Doc, a: Actor) -> bool:
    """The group is the subject of a protest act: "retirees gathered", "farmers blocked motorways"."""
    from .lexicon import word_set

    root = _effective_root(doc, a)
    if root is None:
        return False
    while root.dep_ in ("conj", "appos") and root.head != root:
        root = root.head
    verb = root.head
    words = word_set("protest")
    if root.dep_ == "pobj" and verb.lower_ == "by" and verb.head.pos_ == "NOUN" and lemma(verb.head) in words:
        return True  # "a strike by truck drivers spread to 30 cities" (not "calls by the movement")
    nouns = [root, *(g for c in kids(root) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c))]
    described = [c for n in nouns for c in kids(n)]
    if any(c.dep_ == "amod" and (lemma(c) in STORY_VERBS or c.lower_ in words) for c in described):
        return True  # "thousands of striking teachers tried to break through": striking is what they do
    if lemma(verb) == "stay" and any(c.lower_ in ("out", "off", "away") for c in kids(verb)):
        return True  # "workers stayed out for a third day", "drivers stayed off the job"
    own = [c for c in kids(root) if c.dep_ in ("acl", "relcl")]  # "students demanding an end to quotas"
    for v in (verb, *own, *(c for c in kids(verb) if c.dep_ in ("xcomp", "conj", "dobj"))):
        if lemma(v) in STORY_VERBS or lemma(v) in words or v.lower_ in words:
            return True
    return False


def with_story_group(a: Actor, group: Actor | None) -> Actor:
    """A generic participant, detainee or victim ("protesters", "people") gets the story's group as alias."""
    if group is None or group.name == a.name or group.name in a.aliases:
        return a
    if a.kind not in GENERIC_KINDS or not (a.text is None or a.identifier is None or _generic_actor(a)):
        return a
    words = {w.lower() for w in (a.text or a.name).split()}
    if not (words & GENERIC_PEOPLE or a.name in ("Protesters", "Rioters", "Residents")):
        return a
    extra = [group.name, *([group.text] if group.text and group.text != group.name else [])]
    return a.replace(aliases=(*a.aliases, *(x for x in extra if x not in a.aliases)))


def _generic_actor(a: Actor) -> bool:
    """An actor of a generic class, or one the parse found without a dictionary entry."""
    return a.identifier is None or a.identifier.startswith("ew:generic-")


def antecedent(
    tok: Token, known: Sequence[Actor], role: ActorRole, *, forces_too: bool = False
) -> Actor | None:
    """The group or person a pronoun patient stands for ("Police arrested four of them").

    The nearest earlier mention in the paragraph, of matching number, that is not a
    state body or a speaker ("his lawyer said he had been tortured": not the lawyer).
    """
    low = tok.lower_
    if tok.pos_ != "PRON" or low not in PLURAL_PRONOUNS | SINGULAR_PRONOUNS:
        return None
    doc = tok.doc
    seg = segment(tok)
    para = doc_text(doc).rfind("\n\n", 0, tok.idx) + 1
    before = doc[seg.start - 1] if seg.start > 0 else None
    lo = min(para, segment(before).start_char) if before is not None else para  # or the sentence before
    best: Actor | None = None
    persons = _person_names(doc, known)
    for a in known:
        if a.start_char is None or a.end_char is None or not lo <= a.start_char or a.end_char > tok.idx:
            continue
        if (a.kind in NOT_ANTECEDENT_KINDS and not (forces_too and a.kind == "security_forces")) or (
            _speaker_like_subject(doc, a)
        ):
            continue
        named_body = a.identifier is not None and not a.identifier.startswith("ew:generic-")
        span = char_span(doc, a.start_char, a.end_char)
        if (
            span is None
            or len(span) == 0
            or (named_body and not _person_or_people(span.root) and a.name not in persons)
        ):
            continue  # an organisation is not "them" or "he" (a person's surname the tagger missed is)
        root = span.root
        if root.dep_ in ("amod", "compound", "nmod") and root.head.i != root.i:
            continue  # "a terrorist organisation": a modifier names no one
        if root.dep_ == "appos" and root.head.ent_type_ == "PERSON" and root.head.i < root.i:
            continue  # "Amini, a 22-year-old Kurdish woman, … She died": the name, not its description
        if (
            low in SINGULAR_PRONOUNS
            and a.name not in persons
            and (
                root.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC")
                or (a.kind == "unknown" and root.ent_type_ != "PERSON")
            )
        ):
            continue  # "he" is a person, not "the Observatory"
        if (
            root.dep_ in ("dobj", "dative")
            and root.head.i < tok.i
            and tok in root.head.subtree
            and _reports(root.head)
        ):
            continue  # "X told the Observatory that he was held": the one told is not "he"
        if clause_head(root) == clause_head(tok) and not (low in ("his", "her") and tok.dep_ == "poss"):
            continue  # "protesters threw bottles at them" (but "she called on her supporters")
        word = root.lower_
        plural = (
            root.tag_ in ("NNS", "NNPS")
            or (word.endswith("s") and not word.endswith("ss") and root.tag_ not in ("NN", "NNP"))
            or a.kind in ("protesters", "labor", "students")
        )
        if (low in PLURAL_PRONOUNS) != plural:
            continue
        best = a
    return best.replace(role=role) if best is not None else None


def generic_root(doc: Doc, a: Actor) -> Token:
    span = char_span(doc, a.start_char or 0, a.end_char or 0)
    return span.root if span is not None and len(span) else doc[0]


_PERSONS_KEY = "eventwire.person_names"


def _person_names(doc: Doc, known: Sequence[Actor]) -> frozenset[str]:
    """Names of actors the entity tagger calls a person somewhere in the document."""
    cache = doc.user_data.get(_PERSONS_KEY)
    if isinstance(cache, tuple) and cache[0] == len(known):
        return cache[1]  # type: ignore[no-any-return]
    names = set()
    for a in known:
        span = char_span(doc, a.start_char or 0, a.end_char or 0)
        if a.start_char is not None and span is not None and len(span) and span.root.ent_type_ == "PERSON":
            names.add(a.name)
    out = frozenset(names)
    doc.user_data[_PERSONS_KEY] = (len(known), out)
    return out


def _reports(verb: Token) -> bool:
    from .lexicon import word_set

    return lemma(verb) in word_set("reporting_verbs") | {"tell", "inform"}


def _person_or_people(root: Token) -> bool:
    """A named mention that "he" or "them" can stand for: a person (also one the entity tagger
    missed, "Khan, 72, …") or people of a named body ("police officers", "resistance committees")."""
    if root.ent_type_ == "PERSON":
        return True
    if root.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC"):
        return False
    if root.tag_ in ("NNS", "NNPS"):
        return True
    return root.pos_ == "PROPN" and not root.text.isupper() and root.text[:1].isupper()


ORG_PRONOUNS = frozenset({"it", "its"})
# The state's side: the "it" that holds a protest or a strike is never one of these (a ministry, the
# police), which answer them.
STATE_SIDE_KINDS = frozenset({"state", "security_forces", "judiciary"})
ORG_KINDS = frozenset(
    {"security_forces", "state", "judiciary", "armed_group", "political_party", "opposition_group", "labor"}
)


def _declaring_body(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """The body speaking of its own act: "it" as the subject of what a body says, announces or
    vows; the actor found at that subject, or the name as written when no dictionary knows it."""
    from .actor_doers import declaring_subject
    from .actor_roles import actor_at, np_actor

    said = declaring_subject(tok, plural=False) if tok.lower_ == "it" else None
    if said is None or said.ent_type_ == "PERSON":
        return None
    who = actor_at(said, known, role)
    if who is None or who.kind == "unknown":  # a body no dictionary knows: its name as written
        return np_actor(said, "unknown", role) if said.pos_ == "PROPN" else None
    # "the union said it would strike" speaks for its members, the story's workers (the caller line)
    if who.kind == "labor" and _generic_actor(who):
        return None
    return who if who.kind in ORG_KINDS else None


def org_antecedent(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """The body "it" or "its" stands for ("the DSS said it had arrested seven tailors", "its supporters").

    The body that declares the clause ("the Front Commun said it would hold another rally"), else
    the nearest named organisation earlier in the paragraph or the sentence before.
    """
    if tok.lower_ not in ORG_PRONOUNS:
        return None
    if (declarer := _declaring_body(tok, known, role)) is not None:
        return declarer
    doc = tok.doc
    seg = segment(tok)
    para = doc_text(doc).rfind("\n", 0, tok.idx) + 1
    before = doc[seg.start - 1] if seg.start > 0 else None
    lo = min(para, segment(before).start_char) if before is not None else para
    best: Actor | None = None
    generic: Actor | None = None
    for a in known:
        if a.start_char is None or a.end_char is None or not lo <= a.start_char or a.end_char > tok.idx:
            continue
        if a.kind in ORG_KINDS and not (role in ("initiator", "participant") and a.kind in STATE_SIDE_KINDS):
            span = char_span(doc, a.start_char, a.end_char)
            if span is not None and len(span) and span.root.ent_type_ == "PERSON":
                continue
            if span is not None and len(span) and span.root.tag_ == "NNS":
                continue  # "soldiers" are "they", not "it"
            if not _generic_actor(a):
                best = a
            elif (
                span is not None
                and len(span)
                and span.root.tag_ in ("NN", "NNP")
                and span.root.dep_
                not in (
                    "amod",
                    "compound",
                )
            ):
                generic = a  # "the army … its warplanes", "a resistance group said its fighters"
    if best is not None and generic is not None and segment(generic_root(doc, generic)).start == seg.start:
        best = (
            generic if (generic.start_char or 0) > (best.start_char or 0) else best
        )  # the nearer, same sentence
    best = best or generic
    return best.replace(role=role) if best is not None else None


def _speaker_like_subject(doc: Doc, a: Actor) -> bool:
    """Someone speaking for another: the subject of a reporting verb with a possessive ("his
    lawyer said he had been tortured"). Those who speak of themselves ("two activists said
    officers had beaten them") stay antecedents."""
    from .lexicon import word_set

    span = char_span(doc, a.start_char or 0, a.end_char or 0)
    if span is None or len(span) == 0:
        return False
    root = span.root
    reporting = word_set("reporting_verbs") | word_set("denial")
    if not (root.dep_ in ("nsubj", "nsubjpass") and lemma(root.head) in reporting):
        return False
    return any(c.dep_ == "poss" for c in kids(root)) or lemma(root) in PROXY_SPEAKERS


def _speaker_like(doc: Doc, a: Actor) -> bool:
    """An actor that speaks in the sentence ("police said", "according to police") or is acted upon."""
    from .lexicon import word_set

    span = char_span(doc, a.start_char or 0, a.end_char or 0)
    if span is None or len(span) == 0:
        return True
    root = span.root
    reporting = word_set("reporting_verbs") | word_set("denial")
    if root.dep_ in ("nsubj", "nsubjpass") and lemma(root.head) in reporting:
        return True
    if root.dep_ in ("nsubjpass", "dobj", "pobj") and root.head.lower_ not in ("by",):
        return (
            root.dep_ != "pobj"
            or root.head.head.lower_ == "according"
            or root.head.lower_ in ("to", "of", "for")
        )
    return False


def _modifier_only(doc: Doc, a: Actor) -> bool:
    """``a police checkpoint``, ``an army base``: a force named only to say whose thing it is."""
    span = char_span(doc, a.start_char or 0, a.end_char or 0)
    if span is None or len(span) == 0:
        return False
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.i not in range(span.start, span.end)


# Places where people are held: whose they are ("an Intelligence Ministry detention centre", "a
# police station") says who held, and so who ill-treated, those held there.
HOLDING_PLACES = frozenset(
    {"prison", "jail", "centre", "center", "facility", "cell", "station", "camp", "custody"}
)


def _keeper(doc: Doc, a: Actor) -> bool:
    """``an Intelligence Ministry detention centre``: a force named as the keeper of a place of custody."""
    span = char_span(doc, a.start_char or 0, a.end_char or 0)
    return span is not None and len(span) > 0 and lemma(span.root.head) in HOLDING_PLACES


STATE_FORCE_KINDS = frozenset({"security_forces"})


def _state_agents(name: str, aliases: tuple[str, ...], kind: ActorKind, force: Actor | None = None) -> Actor:
    """The unnamed state agents an act implies; the story's own state force when it has one (the
    generic words stay as its aliases)."""
    if force is not None:
        extra = tuple(x for x in (name, *aliases) if x != force.name and x not in force.aliases)
        return force.replace(
            role="perpetrator", text=None, start_char=None, end_char=None, aliases=(*force.aliases, *extra)
        )
    return Actor(
        text=None,
        start_char=None,
        end_char=None,
        name=name,
        aliases=aliases,
        kind=kind,
        role="perpetrator",
        country=None,
    )


_STARTS = "eventwire.implicit_actors.starts"


def _starting_in(doc: Doc, known: Sequence[Actor], lo: int, hi: int) -> list[Actor]:
    """The actors of ``known`` that start in ``[lo, hi)``, in their order in ``known``: a binary search
    over their starts (kept per Doc for the same ``known``) instead of a scan per event."""
    memo: tuple[Sequence[Actor], list[int], list[int]] | None = doc.user_data.get(_STARTS)
    if memo is None or memo[0] is not known:
        spans = sorted((a.start_char, n) for n, a in enumerate(known) if a.start_char is not None)
        memo = (known, [st for st, _ in spans], [n for _, n in spans])
        doc.user_data[_STARTS] = memo
    _, starts, order = memo
    return [known[n] for n in sorted(order[bisect_left(starts, lo) : bisect_left(starts, hi)])]


def implicit_perpetrator(
    head: Token,
    etype: str,
    known: Sequence[Actor],
    bound: list[Actor],
    *,
    protest_setting: bool = False,
    bodily: bool = False,
) -> list[Actor]:
    """A perpetrator the text supports though the parse does not tie it to the trigger.

    A security-forces mention in the same sentence (not already a victim), or earlier in the
    paragraph for arrests, repression and torture. Failing that, the state agents the act itself
    implies, unnamed (``text`` None): the judiciary for an execution when the article speaks of
    sentences, courts or prisons (no executioner is invented from a bare "were hanged"); the
    story's armed force for an attack; security forces for an arrest,
    for torture, and for a killing at a protest or in custody; the authorities for other repression. A killing
    or attack elsewhere gets no doer the text does not name. Where the story has its own state force
    (named twice, or once in the lede: "the KGB", "Serbian police"), the unnamed agents of an arrest,
    torture, repression or protest killing are that force, with the generic words as aliases.
    """
    seg = segment(head)
    taken = {(a.start_char, a.end_char) for a in bound}
    # "a sergeant of the National Guard, X, was shot dead": the body named in the victim's description
    described = {alias for a in bound if a.role in ("victim", "target") for alias in a.aliases}
    hurt_names = {a.name for a in bound if a.role in ("victim", "target")}
    kinds = {"security_forces", "judiciary"} if etype == "execution" else {"security_forces"}
    if etype == "torture":
        kinds = {"security_forces", "armed_group"}
    para = doc_text(head.doc).rfind("\n", 0, seg.start_char) + 1
    windows = [(seg.start_char, seg.end_char)]
    if etype in ("arrest", "repression", "torture"):
        windows.append((para, seg.start_char))  # the paragraph's forces, latest first
    for lo, hi in windows:
        found = [
            a
            for a in _starting_in(head.doc, known, lo, hi)  # by a binary search, not a scan of known
            if a.kind in kinds
            and (a.start_char, a.end_char) not in taken
            and a.name not in described
            and a.name not in hurt_names
            and not _speaker_like(head.doc, a)
            and (not _modifier_only(head.doc, a) or (etype == "torture" and _keeper(head.doc, a)))
            and not _hurt_mention(head.doc, a)
        ]
        if found:
            pick = found[0] if hi == seg.end_char else found[-1]
            return [pick.replace(role="perpetrator")]
    if etype == "killing" and in_custody(head):
        keeper = custody_keeper(head)
        if keeper is not None:
            return [keeper]  # "died in the custody of the intelligence department": its keepers
        return [
            _state_agents("Security forces", ("prison authorities", "police", *KEEPERS), "security_forces")
        ]
    if etype in ("attack", "killing", "torture") and not protest_setting:
        force = _dominant_force(head, known, bound)
        if force is not None:
            return [force.replace(role="perpetrator", text=None, start_char=None, end_char=None)]
    if etype == "execution":
        # the article speaks of sentences, courts or prisons
        if not doc_word_set(head.doc).isdisjoint(JUDICIAL_WORDS):
            return [_state_agents("judiciary", ("judicial authorities", "authorities"), "judiciary")]
        return []
    forces_killed = any(a.role == "victim" and a.kind in ("security_forces", "armed_group") for a in bound)
    state = None
    protest_killing = etype == "killing" and protest_setting and not forces_killed
    if etype in ("arrest", "torture", "repression") or protest_killing:
        # the state force the story is about ("the KGB", "Serbian police"), named twice before: its agents
        state = _dominant_force(head, known, bound, STATE_FORCE_KINDS)
    if etype == "arrest":  # the unnamed state that detains: its forces, "the authorities" in most reports
        return [_state_agents("Security forces", ("police", "authorities"), "security_forces", state)]
    if protest_killing:
        return [_state_agents("Security forces", ("police",), "security_forces", state)]
    if etype == "torture":
        keepers = KEEPERS if in_custody(head) else ()  # "beaten in the punishment cells": by its guards
        return [
            _state_agents("Security forces", ("interrogators", "police", *keepers), "security_forces", state)
        ]
    if etype == "repression" and bodily:  # a beating is done by hands, not by a ministry
        return [_state_agents("Security forces", ("police", "authorities"), "security_forces", state)]
    if etype == "repression":
        return [_state_agents("Authorities", ("government", "security forces"), "state", state)]
    if etype == "attack" or (etype == "killing" and lemma(head) in UNSEEN_KILLER_LEMMAS):
        return [_unidentified(lemma(head))]
    return []


HURT_VERBS = frozenset({"kill", "injure", "wound", "hurt", "shoot", "die", "lose"})


def _hurt_mention(doc: Doc, a: Actor) -> bool:
    """A force named among the casualties ("104 people, including eight members of the security
    forces, were killed", "and 216 police officers had been injured"): no doer of the act."""
    root = _effective_root(doc, a)
    if root is None:
        return False
    for _ in range(4):  # "441 police officers and gendarmes were injured": the gendarmes too
        if root.dep_ != "conj" or root.head.i == root.i:
            break
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ in ("including", "among"):
        return True
    if root.dep_ == "nsubjpass" and lemma(root.head) in HURT_VERBS:
        return True
    return root.dep_ == "nsubj" and lemma(root.head) == "die"


# Killings whose doer is someone, though the text does not say who: "was shot dead", "was stabbed".
UNSEEN_KILLER_LEMMAS = frozenset(
    {"shoot", "gun", "stab", "murder", "assassinate", "behead", "lynch", "ambush"}
)


def _unidentified(verb: str) -> Actor:
    """An attack or shooting nobody is named for: ACLED's "Unidentified Armed Group", also known to
    readers as unknown gunmen or attackers."""
    aliases: tuple[str, ...] = ("unknown attackers", "unidentified attackers", "unknown")
    if verb in ("shoot", "gun"):
        aliases = ("unidentified gunmen", "unknown gunmen", *aliases)
    return Actor(
        text=None,
        start_char=None,
        end_char=None,
        name="Unidentified Armed Group",
        aliases=aliases,
        kind="armed_group",
        role="perpetrator",
        country=None,
    )


_CROWDS = "eventwire.implicit_actors.crowds"
# Words for people that say nothing of who they are: in a story about a crowd, they are of it.
VAGUE_PEOPLE = frozenset({"people", "person", "persons", "individuals", "citizens"})


def vague_people(a: Actor) -> bool:
    """An actor written as bare "people" ("11 people were arrested", "two people were killed")."""
    words = (a.text or "").lower().split()
    return bool(words) and words[-1] in VAGUE_PEOPLE


def crowd_before(doc: Doc, known: Sequence[Actor], char: int) -> Actor | None:
    """The last protesters (demonstrators, crowd, rioters, mourners …) written before ``char``: who
    the "people" arrested, beaten or killed after them in the story are. A binary search over the
    protesters' mentions (kept per Doc for the same ``known``). When the paragraph has shown a group
    acting since ("vendors looted shops", "a crowd of young men set fire"), its words are the crowd's."""
    memo: tuple[Sequence[Actor], list[int], list[Actor]] | None = doc.user_data.get(_CROWDS)
    if memo is None or memo[0] is not known:
        crowds = sorted(
            (a for a in known if a.kind == "protesters" and a.start_char is not None and a.text),
            key=lambda a: a.start_char or 0,
        )
        memo = (known, [a.start_char or 0 for a in crowds], crowds)
        doc.user_data[_CROWDS] = memo
    _, starts, crowds = memo
    k = bisect_left(starts, char)
    crowd = crowds[k - 1] if k else None
    from .actor_roles import actor_kinds
    from .crowd_groups import doer_group_before

    group = doer_group_before(doc, char, actor_kinds())  # "vendors looted shops … 38 people were arrested"
    if group is None or (crowd is not None and crowd.text == group):
        return crowd
    if crowd is not None:
        return crowd.replace(text=group)
    return Actor(
        text=group,
        start_char=None,
        end_char=None,
        name=group,
        aliases=(),
        kind="civilians",
        role="victim",
        country=None,
    )
