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
from ..records import Actor, ActorKind, ActorRole, inferred
from .actor_roles_phrases import np_actor
from .implicit_actors_antecedents import (
    _keeper,
    _modifier_only,
    _speaker_like,
)
from .implicit_actors_bystanders import SEIZING_VERBS, doer_elsewhere, in_custody, repels, seized_before
from .implicit_actors_protest import (
    GENERIC_PEOPLE,
    JUDICIAL_WORDS,
    PROTAGONIST_KINDS,
    PROTESTER_NAMES,
    RIOTER_KINDS,
    SELF_PRONOUNS,
    SUBJECT_DEPS,
    _effective_root,
    _lede,
    _protagonist,
)
from .implicit_actors_toll import untold_doer
from .syntax import (
    char_span,
    clause_head,
    doc_word_set,
    kids,
    lemma,
    lemmas,
    per_doc,
    phrase_head,
    segment,
    subject,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "crowd_before",
    "generic_as",
    "implicit_initiator",
    "implicit_perpetrator",
    "in_custody",
    "judiciary_for",
    "protesting",
    "reporting_force",
    "unnamed_actor",
    "vague_people",
]


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
            return unnamed_actor(
                f"{trade} workers", (f"{trade} sector workers", "workers"), "labor", "initiator"
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
    if etype == "strike" and _shops_closed(head):
        callers = _call_owners(head, known)  # "shops stayed shut as the students' shutdown call took hold"
        return [
            *callers,
            unnamed_actor("Bazaar merchants", ("traders", "shopkeepers", "merchants"), "labor", "initiator"),
        ]
    if etype == "strike" and (workers := _industry_workers(head)) is not None:
        return [workers]
    taken = {(a.start_char, a.end_char) for a in bound}
    caller = _caller(head, known)  # M33: "the coalition has called for a general strike"
    if caller is not None:
        taken.add((caller.start_char, caller.end_char))
        rest = _protagonists(head, etype, known, taken)
        return [caller, *(a for a in rest if a.name != caller.name)]
    return _protagonists(head, etype, known, taken)


def _protagonists(
    head: Token, etype: str, known: Sequence[Actor], taken: set[tuple[int | None, int | None]]
) -> list[Actor]:
    """The story's protagonists: a group subject of the event's sentence, else the nearest before."""
    doc = head.doc
    seg = segment(head)
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


# Callers that lead what they call (M33): bodies and groups, not persons or the state.
CALLER_KINDS = frozenset(
    {
        "political_party",
        "opposition_group",
        "labor",
        "students",
        "protesters",
        "rights_group",
        "religious",
        "unknown",
    }
)
# Head nouns of an unlisted body or group that calls an act: "the coalition", "the union", "organisers".
CALLER_NOUNS = frozenset(
    {
        "coalition",
        "union",
        "alliance",
        "council",
        "association",
        "federation",
        "confederation",
        "front",
        "movement",
        "party",
        "committee",
        "organiser",
        "organizer",
        "activist",
        "group",
        "network",
        "platform",
        "collective",
        "syndicate",
        "guild",
        "bloc",
        "forum",
    }
)


def _caller(head: Token, known: Sequence[Actor]) -> Actor | None:
    """M33: the body or group that calls for the trigger's act and names no one else to do it
    ("the teachers' union has called for a national strike"): the act's initiator. A call on
    others to act ("called on traders to close") is theirs (I10): the trigger is then no object
    of the call."""
    from .actor_doers_calls import call_verb  # here: actor_roles, which it imports, imports this module

    verb = call_verb(head)
    if verb is None:
        return None
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ in ("PERSON", "GPE", "NORP"):
        return None
    for a in known:
        if a.start_char is not None and a.end_char is not None and a.start_char <= subj.idx < a.end_char:
            return a.replace(role="initiator") if a.kind in CALLER_KINDS else None
    if lemma(subj) not in CALLER_NOUNS and subj.ent_type_ != "ORG":
        return None
    kind: ActorKind = (
        "labor" if lemma(subj) in ("union", "syndicate", "confederation") else "opposition_group"
    )
    return np_actor(subj, kind, "initiator")


def generic_as(a: Actor, coded: str) -> Actor:
    """Unnamed people killed or attacked are coded by where it happened: civilians away from a
    protest (ACLED's coding), detainees in custody."""
    if a.role not in ("victim", "target") or a.kind not in ("civilians", "unknown") or a.name == coded:
        return a
    words = {w.lower() for w in (a.text or a.name).split()}
    if not words & GENERIC_PEOPLE or coded in a.aliases:
        return a
    return inferred(a.replace(aliases=(*a.aliases, coded)), a, "implicit_actors.generic_as")


def unnamed_actor(name: str, aliases: tuple[str, ...], kind: ActorKind, role: ActorRole) -> Actor:
    """An actor the text implies without naming it: a generic name, no span, no country (its other
    names are the implied class's words, marked as inferred by ``unnamed.<name>``)."""
    implied = Actor(
        text=None,
        start_char=None,
        end_char=None,
        name=name,
        aliases=aliases,
        kind=kind,
        role=role,
        country=None,
    )
    return inferred(implied, None, f"unnamed.{name}")


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
                keepers = Actor(
                    text=text,
                    start_char=start,
                    end_char=end,
                    name=text,
                    aliases=("Security forces", "prison authorities", "police"),
                    kind="security_forces",
                    role="perpetrator",
                    country=None,
                )
                return inferred(keepers, None, "implicit_actors.keepers")
    return None


# Places where a force holds people ("a police station", "the police cell", "a military camp"), and
# the force a word before them names: who kept, and so who harmed, those who died or were hurt there.
HOLDING_PLACES = frozenset(
    {
        "station",
        "cell",
        "custody",
        "detention",
        "centre",
        "center",
        "post",
        "headquarters",
        "barracks",
        "camp",
        "van",
    }
)
PLACE_KEEPERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "police": ("Police", ("police", "Security forces")),
    "military": ("Military", ("army", "military", "Security forces")),
    "army": ("Military", ("army", "military", "Security forces")),
}


# The last word of a body that keeps people ("the Intelligence Ministry", "the State Security
# Service"), unlike the name of the place itself ("the 'Blue House' detention centre").
KEEPER_BODY_WORDS = frozenset(
    {"ministry", "police", "service", "agency", "directorate", "department", "intelligence", "guard"}
    | {"guards", "army", "forces", "force", "gendarmerie", "command", "committee", "bureau", "corps"}
)


def place_keeper(head: Token, known: Sequence[Actor] = ()) -> Actor | None:
    """The force a place of holding names where the act's sentence puts it: "died at the Sebkha police
    station", "beaten in a police detention centre", "held at the military camp" → the police, the
    army (unnamed, generic aliases); "at an Intelligence Ministry detention centre" → that body as
    the text names it. Only a place the act happens at or in, not one attacked."""
    seg = segment(head)
    for tok in seg:
        if lemma(tok) not in HOLDING_PLACES and tok.lower_ not in HOLDING_PLACES:
            continue
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "in", "inside", "within"):
            continue
        left = tok.left_edge.idx
        for a in known:
            if (
                a.start_char is not None
                and left <= a.start_char
                and (a.end_char or 0) <= tok.idx
                and a.kind in ("security_forces", "state")
                and (a.text or "").lower().rsplit(" ", 1)[-1] in KEEPER_BODY_WORDS
            ):
                return a.replace(role="perpetrator")  # "an Intelligence Ministry detention centre"
        for c in kids(tok):
            if c.dep_ in ("compound", "amod") and c.lower_ in PLACE_KEEPERS:
                name, aliases = PLACE_KEEPERS[c.lower_]
                return unnamed_actor(name, aliases, "security_forces", "perpetrator")
    return None


def forces_hurt(bound: Sequence[Actor]) -> bool:
    """Whether the act's victims or targets are a force ("two officers were killed at a police
    post"): then the place is theirs, not their captives'."""
    return any(a.role in ("victim", "target") and a.kind in ("security_forces", "armed_group") for a in bound)


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


def reporting_force(
    head: Token, known: Sequence[Actor], taken: set[tuple[int | None, int | None]]
) -> Actor | None:
    """M29 (2), M31 (1): the force that tells of arrests whose clause names no doer made them
    ("police said 63 people had been arrested", "the provincial police chief said 47 rioters had
    been detained", "the police warned that anyone who blocks a road will be arrested"): a force
    that arrests reports its own arrests. The force as the reporter's words name it ("police" of
    "Police spokesman X said"), not a speaker that makes no arrests (a ministry, a rights group),
    nor an officer by name ("General Moradi said"): a person speaks for the force, the force arrests."""
    doc = head.doc
    for r in reporters(head):
        sub = doc[r.left_edge.i : r.right_edge.i + 1]
        for a in known:
            if (
                a.start_char is not None
                and sub.start_char <= a.start_char < sub.end_char
                and a.kind in STATE_FORCE_KINDS
                and (a.start_char, a.end_char) not in taken
                and not _names_person(doc, a)
            ):
                return a.replace(role="perpetrator")
    return None


# Words that name a force as a body ("police spokesman", "the provincial police chief", "the army").
FORCE_BODY_WORDS = frozenset(
    {"police", "army", "military", "gendarmerie", "gendarmes", "forces", "force", "troops", "soldiers"}
    | {"guard", "guards", "command", "intelligence", "militsiya", "carabineros", "policía", "polícia"}
)


def _names_person(doc: Doc, a: Actor) -> bool:
    """An officer by name ("General Moradi", "police chief Ahmad-Reza Hosseini"), or a mention
    that names no force as a body."""
    span = char_span(doc, a.start_char or 0, a.end_char or 0)
    if span is None or any(t.ent_type_ == "PERSON" for t in span):
        return True
    return not any(t.lower_ in FORCE_BODY_WORDS for t in span)


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
    return inferred(a.replace(aliases=(*a.aliases, *PROTESTER_NAMES)), a, "implicit_actors.protesting")


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


STATE_FORCE_KINDS = frozenset({"security_forces"})


def _state_agents(name: str, aliases: tuple[str, ...], kind: ActorKind, force: Actor | None = None) -> Actor:
    """The unnamed state agents an act implies; the story's own state force when it has one (the
    generic words stay as its aliases)."""
    if force is not None:
        extra = tuple(x for x in (name, *aliases) if x != force.name and x not in force.aliases)
        agents = force.replace(
            role="perpetrator", text=None, start_char=None, end_char=None, aliases=(*force.aliases, *extra)
        )
        return inferred(agents, force, "implicit_actors.state_agents")
    return unnamed_actor(name, aliases, kind, "perpetrator")


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
    flogging = etype == "torture" and corporal_punishment(head)
    if etype == "torture":
        kinds = (
            {"security_forces", "armed_group", "judiciary"}
            if flogging
            else {"security_forces", "armed_group"}
        )
    para = doc_text(head.doc).rfind("\n", 0, seg.start_char) + 1
    windows = [(seg.start_char, seg.end_char)]
    if etype in ("arrest", "repression", "torture"):
        windows.append((para, seg.start_char))  # the paragraph's forces, latest first
    defended = False
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
            and not (etype == "killing" and _aftermath_mention(head, a))
        ]
        if hi == seg.end_char and etype in ("killing", "attack") and found:
            doers = [a for a in found if not doer_elsewhere(head, a)]
            defended = any(repels(head, a) for a in found if a not in doers)
            found = doers
        if found:
            pick = found[0] if hi == seg.end_char else found[-1]
            if etype == "execution" and _court(pick):
                return [judiciary_for(pick)]  # "hanged after the Supreme Court upheld the sentence"
            return [pick.replace(role="perpetrator")]
        if hi == seg.end_char and etype in ("killing", "torture") and not forces_hurt(bound):
            keeper = place_keeper(head, known)
            if keeper is not None:
                return [keeper]  # "beaten to death at a police station": by the police who held him
        if hi == seg.end_char and etype == "arrest":
            teller = reporting_force(head, known, taken | {(a.start_char, a.end_char) for a in bound})
            if teller is not None:
                return [teller]  # "police said 63 people had been arrested": the police's own arrests
    if etype == "killing" and in_custody(head):
        keeper = custody_keeper(head)
        if keeper is not None:
            return [keeper]  # "died in the custody of the intelligence department": its keepers
        return [
            _state_agents("Security forces", ("prison authorities", "police", *KEEPERS), "security_forces")
        ]
    if defended and not protest_setting:
        group = _group_before(head, known, taken, described | hurt_names)
        if group is not None:
            return [group]  # "Djibo was under blockade by armed groups. ... an attack that the army repelled"
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
        if untold_doer(head, bound):
            return []  # a riot's toll, a killing protested or charged: no doer may be supplied (M92, M95)
        return [_state_agents("Security forces", ("police",), "security_forces", state)]
    if flogging:  # "six women were flogged after being convicted": the sentence the judiciary carries out
        return [_state_agents("judiciary", ("judicial authorities", "prison officials"), "judiciary")]
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
        return [_unidentified(head)]
    return []


# Corporal punishment a court orders (I1): the judiciary carries it out, not the police.
CORPORAL_LEMMAS = frozenset(
    {"flog", "flogging", "lash", "whip", "whipping", "cane", "caning", "amputate", "amputation"}
)


def corporal_punishment(head: Token) -> bool:
    """The trigger's sentence tells a flogging or lashes carried out: "were flogged", "was given 74
    lashes", "carried out a sentence of 74 lashes"."""
    seg = segment(head)
    words = lemmas(head.doc)
    return any(words[i] in CORPORAL_LEMMAS for i in range(seg.start, seg.end))


def _court(a: Actor) -> bool:
    """A court of the judiciary ("the Supreme Court", "a revolutionary court")."""
    return a.kind == "judiciary" and any(
        w in (a.name + " " + (a.text or "")).lower() for w in ("court", "tribunal")
    )


def judiciary_for(court: Actor) -> Actor:
    """Who carries out what a court or a judicial officer decides (a death sentence upheld, a threatened
    prosecution): the judiciary, unnamed, with the court or officer as alias and its country."""
    return unnamed_actor(
        "judiciary", ("judicial authorities", court.name), "judiciary", "perpetrator"
    ).replace(country=court.country)


HURT_VERBS = frozenset({"kill", "injure", "wound", "hurt", "shoot", "die", "lose"})


def _first_conjunct(root: Token) -> Token:
    """The first of the conjuncts a mention stands in (up to four steps): its role is theirs."""
    for _ in range(4):
        if root.dep_ != "conj" or root.head.i == root.i:
            break
        root = root.head
    return root


def _hurt_mention(doc: Doc, a: Actor) -> bool:
    """A force named among the casualties ("104 people, including eight members of the security
    forces, were killed", "and 216 police officers had been injured"): no doer of the act."""
    root = _effective_root(doc, a)
    if root is None:
        return False
    root = _first_conjunct(root)  # "441 police officers and gendarmes were injured": the gendarmes too
    if root.dep_ == "pobj" and root.head.lower_ in ("including", "among"):
        return True
    if root.dep_ == "nsubjpass" and lemma(root.head) in HURT_VERBS:
        return True
    return root.dep_ == "nsubj" and lemma(root.head) == "die"


# What the police do after a killing or instead of stopping it: they arrest, book, register a case,
# recover bodies, take complaints, or fail to act. A force named only as the one who does these is the
# investigator or the bystander of a killing in its sentence, not its doer (a coder would not make the
# police who "registered a case of murder against the crowd" the killers).
AFTERMATH_VERBS = frozenset(
    {
        "arrest",
        "detain",
        "nab",
        "apprehend",
        "catch",
        "book",
        "register",
        "file",
        "lodge",
        "investigate",
        "probe",
        "recover",
        "pull",
        "exhume",
        "identify",
        "interrogate",
        "question",
        "round",
        "charge",
        "complain",
        "deploy",
        "fail",
    }
)
AFTERMATH_NOUNS = frozenset({"failure", "inaction", "complaint", "investigation", "probe", "inquiry"})
# an arrest before the death makes the arresters the keepers of the dead ("died in prison eight days after
# security agents detained him", "seven men arrested by soldiers were found dead"): no aftermath then


def _aftermath_mention(head: Token, a: Actor) -> bool:
    """A force named as the one who arrests, books, registers a case, recovers the bodies, takes the
    complaint or fails to act ("the police arrested two persons after the carnage in which 58 were burnt
    alive", "lodge complaints with the police", "killed due to police failure"): no doer of the killing."""
    root = _effective_root(head.doc, a)
    if root is None:
        return False
    root = _first_conjunct(root)  # "neither police nor army was deployed": the army too
    gov = root.head
    if root.dep_ in ("compound", "poss", "amod", "nmod") and lemma(gov) in AFTERMATH_NOUNS:
        return True
    if root.dep_ == "pobj" and gov.dep_ in ("agent", "prep") and gov.lower_ in ("by", "with", "to"):
        gov = gov.head
        if lemma(gov) in AFTERMATH_NOUNS:
            return True  # "lodge complaints with the police"
    elif root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if gov.pos_ not in ("VERB", "AUX") or lemma(gov) not in AFTERMATH_VERBS:
        return False
    if lemma(gov) in SEIZING_VERBS:
        return not seized_before(head, gov, root)
    return True


# Killings whose doer is someone, though the text does not say who: "was shot dead", "was stabbed".
UNSEEN_KILLER_LEMMAS = frozenset(
    {"shoot", "gun", "stab", "murder", "assassinate", "behead", "lynch", "ambush"}
)


# Words by which a clause says guns were used: "came under fire", "opened fire", "an ambush", "an armed
# attack"; whoever is unnamed behind them is known to readers as gunmen or armed men.
GUNFIRE_WORDS = frozenset(
    {"shoot", "gun", "fire", "gunfire", "shooting", "shootout", "gunfight", "gunshot", "ambush", "bullet"}
)


def _group_before(
    head: Token, known: Sequence[Actor], taken: set[tuple[int | None, int | None]], hurt: set[str]
) -> Actor | None:
    """The armed group written in the sentence before the trigger's, latest first, when the force written
    in the trigger's own sentence is its defender (implicit_actors_bystanders.repels): "Djibo
    has been under blockade by armed terrorist groups. In May, the town was the target of an attack that
    the Defence Forces repelled" (the attack is the groups', not the forces'; guide: the doer written
    nearest before)."""
    seg = segment(head)
    if seg.start == 0:
        return None
    prev = segment(head.doc[seg.start - 1])
    while not prev.text.strip() and prev.start > 0:  # a paragraph break: the sentence before it
        prev = segment(head.doc[prev.start - 1])
    for a in reversed(_starting_in(head.doc, known, prev.start_char, seg.start_char)):
        if (
            a.kind == "armed_group"
            and a.role not in ("victim", "target")
            and (a.start_char, a.end_char) not in taken
            and a.name not in hurt
            and not _speaker_like(head.doc, a)
            and not _hurt_mention(head.doc, a)
        ):
            return a.replace(role="perpetrator")
    return None


def _unidentified(head: Token) -> Actor:
    """An attack or shooting nobody is named for: ACLED's "Unidentified Armed Group", also known to
    readers as unknown attackers, and as gunmen when the clause tells of gunfire."""
    aliases: tuple[str, ...] = ("unknown attackers", "unidentified attackers", "unknown")
    if _gunfire(head):
        aliases = ("unidentified gunmen", "unknown gunmen", "gunmen", "armed men", *aliases)
    return unnamed_actor("Unidentified Armed Group", aliases, "armed_group", "perpetrator")


def _gunfire(head: Token) -> bool:
    """The head is a word of gunfire, an "armed" attack, or its clause tells of gunfire ("were killed
    in an ambush", "when their patrol came under fire")."""
    if lemma(head) in GUNFIRE_WORDS or any(c.dep_ == "amod" and c.lower_ == "armed" for c in kids(head)):
        return True
    return any(lemma(t) in GUNFIRE_WORDS for t in segment(head))


_CROWDS = "eventwire.implicit_actors.crowds"
# Words for people that say nothing of who they are: in a story about a crowd, they are of it.
VAGUE_PEOPLE = frozenset({"people", "person", "persons", "individuals", "citizens"})


def vague_people(a: Actor) -> bool:
    """An actor written as bare "people" ("11 people were arrested", "two people were killed"), or
    the crowd a crackdown at a protest implies though the text does not write it ("anyone who blocks
    the road will be arrested": the protesters)."""
    if a.text is None and a.start_char is None and a.name == "Protesters":
        return True
    words = (a.text or "").lower().split()
    return bool(words) and words[-1] in VAGUE_PEOPLE


# Verbs of shooting whose "on"/"at" object is the crowd fired upon: "opened fire on worshippers".
FIRE_LEMMAS = frozenset({"fire", "shoot"})
FIRED_ON_KINDS = frozenset(
    {"protesters", "civilians", "labor", "students", "religious", "political_party", "opposition_group"}
)


def fired_on(doc: Doc, known: Sequence[Actor], char: int) -> Actor | None:
    """The people its sentence has fired on: "guards opened fire on opposition supporters …, killing
    at least 28 people" (the people killed are of them), not bare "people" themselves."""
    from .actor_roles import actor_at

    seg = segment(doc[doc_token_index(doc, char)])
    for prep in seg:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "at"):
            continue
        verb = prep.head
        if lemma(verb) not in FIRE_LEMMAS and not any(
            c.dep_ == "dobj" and lemma(c) == "fire" for c in kids(verb)
        ):
            continue
        # "fired on protesters"; "opened fire on supporters marching on …" (the parser makes them the
        # subject of the participle)
        objects = [
            *(c for c in kids(prep) if c.dep_ == "pobj"),
            *(g for c in kids(prep) if c.dep_ == "pcomp" for g in kids(c) if g.dep_ == "nsubj"),
        ]
        for t in objects:
            if t.lower_ in VAGUE_PEOPLE:
                continue
            a = actor_at(t, known, "victim")
            if a is not None and a.kind in FIRED_ON_KINDS and not vague_people(a):
                return a
    return None


def doc_token_index(doc: Doc, char: int) -> int:
    """The index of the token at or just before ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is not None and len(span):
        return span.start
    return max(0, min(len(doc) - 1, next((t.i for t in doc if t.idx > char), len(doc)) - 1))


# Singular nouns that still name a body of people ("the crowd", "a mob").
_GROUP_SINGULARS = frozenset({"crowd", "mob", "group", "gathering", "throng"})


def _one_person(doc: Doc, a: Actor) -> bool:
    """The mention names one person ("a protester it said was struck"), who cannot be the people
    arrested or hurt after him."""
    if a.end_char is None:
        return False
    tok = doc[doc_token_index(doc, a.end_char - 1)]
    return tok.tag_ in ("NN", "NNP") and lemma(tok) not in _GROUP_SINGULARS


def crowd_before(doc: Doc, known: Sequence[Actor], char: int) -> Actor | None:
    """The last protesters (demonstrators, crowd, rioters, mourners …) written before ``char``: who
    the "people" arrested, beaten or killed after them in the story are. A binary search over the
    protesters' mentions (kept per Doc for the same ``known``). When the paragraph has shown a group
    acting since ("vendors looted shops", "a crowd of young men set fire"), its words are the crowd's."""
    memo: tuple[Sequence[Actor], list[int], list[Actor]] | None = doc.user_data.get(_CROWDS)
    if memo is None or memo[0] is not known:
        crowds = sorted(
            (
                a
                for a in known
                if a.kind == "protesters" and a.start_char is not None and a.text and not _one_person(doc, a)
            ),
            key=lambda a: a.start_char or 0,
        )
        memo = (known, [a.start_char or 0 for a in crowds], crowds)
        doc.user_data[_CROWDS] = memo
    _, starts, crowds = memo
    if (shot := fired_on(doc, known, char)) is not None:
        return shot
    k = bisect_left(starts, char)
    crowd = crowds[k - 1] if k else None
    from .actor_roles_kinds import actor_kinds
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
