"""Which actor a noun phrase names: the phrase's span, the resolved mention it overlaps (or a generic
actor its head noun's kind makes), and the nouns of members and bodies that decide between them.

Split from :mod:`.actor_roles`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import Actor, ActorKind, ActorRole, inferred
from .actor_roles_kinds import actor_kinds
from .actor_roles_partitives import DOER_ROLES, NOT_CROWD_KINDS, bare_people, partitive_them
from .actor_roles_telling import bare_force
from .implicit_actors_antecedents import antecedent, described_body
from .syntax import kids, lemma, phrase_head

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "BODY_KINDS",
    "GROUP_NOUNS",
    "MEMBER_NOUNS",
    "PROTEST_ACTS",
    "WEAK_HEADS",
    "actor_at",
    "named_head",
    "np_actor",
    "np_span",
]


PROTEST_ACTS = frozenset({"chant", "march", "rally", "protest", "demonstrate", "shout", "gather"})


def np_span(tok: Token) -> tuple[int, int]:
    """Token range of a noun phrase head with its compounds, adjectives and possessor."""
    start = tok.i
    children = kids(tok)  # cached: ``lefts``/``rights`` build a Token per child on every call
    for c in children:
        if c.i < tok.i and c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < start:
            start = min(start, c.left_edge.i)
    end = tok.i + 1
    for c in children:
        if c.i > tok.i and c.dep_ == "compound":
            end = max(end, c.i + 1)
    toks = tokens(tok.doc)  # the cached Token list: ``doc[i]`` builds a new Token each time
    while start < tok.i and (toks[start].is_punct or toks[start].pos_ == "DET"):
        start += 1
    return start, end


def np_actor(tok: Token, kind: ActorKind, role: ActorRole) -> Actor:
    """An actor for the noun phrase ``tok`` heads, named as written (no dictionary entry)."""
    s, e = np_span(tok)
    doc = tok.doc
    toks = tokens(doc)
    start, end = toks[s].idx, toks[e - 1].idx + len(toks[e - 1].text)
    text = doc_text(doc)[start:end]
    return Actor(
        text=text, start_char=start, end_char=end, name=text, aliases=(), kind=kind, role=role, country=None
    )


_SPANS = "eventwire.actor_roles.spans"


def _overlapping(doc: Doc, known: Sequence[Actor], start_char: int, end_char: int) -> list[Actor]:
    """The actors of ``known`` whose text overlaps ``[start_char, end_char)``, in their order: a binary
    search over their starts (kept per Doc for the same ``known``) instead of a scan per phrase."""
    memo: tuple[Sequence[Actor], list[int], list[int], int] | None = doc.user_data.get(_SPANS)
    if memo is None or memo[0] is not known:
        spans = sorted(
            (a.start_char, n)
            for n, a in enumerate(known)
            if a.start_char is not None and a.end_char is not None
        )
        longest = max(
            (a.end_char - a.start_char for a in known if a.start_char is not None and a.end_char is not None),
            default=0,
        )
        memo = (known, [st for st, _ in spans], [n for _, n in spans], longest)
        doc.user_data[_SPANS] = memo
    _, starts, order, longest = memo
    # an overlapping actor starts before ``end_char`` and ends after ``start_char``, so it starts
    # after ``start_char - longest``
    lo = bisect_right(starts, start_char - longest)
    hi = bisect_left(starts, end_char)
    found = sorted(order[lo:hi])
    out: list[Actor] = []
    for n in found:
        a = known[n]
        if a.start_char < end_char and start_char < a.end_char:  # type: ignore[operator]
            out.append(a)
    return out


def actor_at(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """The actor a noun phrase names: a resolved mention when one overlaps it, else a generic one."""
    tok = named_head(tok)
    if bare_force(tok):
        return None
    s, e = np_span(tok)
    doc = tok.doc
    toks = tokens(doc)  # the cached Token list: ``doc[i]`` builds a new Token each time
    start_char, end_char = toks[s].idx, toks[e - 1].idx + len(toks[e - 1].text)
    overlapping = _overlapping(doc, known, start_char, end_char)
    kinds = actor_kinds()
    if overlapping and (picked := _pick_overlapping(tok, overlapping, kinds, role)) is not None:
        phrase = doc_text(doc)[start_char:end_char]
        if picked.text and picked.text != phrase and picked.text in phrase and phrase not in picked.aliases:
            # the whole description as written: "Masalit civilians", "young Baluch fuel porter"
            picked = inferred(
                picked.replace(aliases=(*picked.aliases, phrase)), picked, "actor_roles_phrases.phrase"
            )
        return picked
    if role in DOER_ROLES and (pron := partitive_them(tok)) is not None:
        # "Some of them threw bottles at officers": some of the group the story named before; not
        # bare "people" (the act's own crowd stands) nor, for a protest, armed men or the state
        group = antecedent(pron, known, role, forces_too=role == "perpetrator")
        if group is None or bare_people(group) or (role != "perpetrator" and group.kind in NOT_CROWD_KINDS):
            return None
        return group
    if tok.pos_ == "PRON" or tok.like_num:
        return None
    kind: ActorKind | None = kinds.get(lemma(tok)) or kinds.get(tok.lower_)
    if (
        (kind is None or kind == "civilians")
        and lemma(tok) in ARMED_COLLECTIVES
        and any(c.dep_ in ("amod", "compound") and lemma(c) in ARMED_QUALIFIERS for c in kids(tok))
    ):
        kind = "armed_group"  # "violent groups", "armed factions", "masked men"
    if kind is None:
        for k in range(s, e):
            kind = kinds.get(lemma(toks[k])) or kinds.get(toks[k].lower_)
            if kind is not None:
                break
    if kind is None and tok.ent_type_ in ("ORG", "PERSON", "NORP"):
        kind = "unknown"
    if kind in (None, "unknown") and (body := described_body(tok, role)) is not None:
        return body  # "a coalition of journalists and civil society groups": by what it gathers
    if kind is None and role in ("initiator", "participant") and _described_collective(tok):
        kind = "unknown"  # "indigenous groups occupied two stations": whoever the group is, it acts
    text = doc_text(doc)[start_char:end_char]
    if kind is None and _protesting_group(tok):
        return Actor(
            text=text,
            start_char=start_char,
            end_char=end_char,
            name="Protesters",
            aliases=(),
            kind="protesters",
            role=role,
            country=None,
        )
    if kind is None:
        return None
    return Actor(
        text=text,
        start_char=start_char,
        end_char=end_char,
        name=text,
        aliases=(),
        kind=kind,
        role=role,
        country=None,
    )


# Collectives that an adjective makes armed: "armed groups", "violent groups", "armed factions".
ARMED_COLLECTIVES = frozenset(
    {"group", "faction", "element", "cell", "band", "squad", "unit", "formation", "men"}
)
# Collective nouns that name a body of people by how it is organised, not by who is in it: as the
# doer of a protest or strike they are its initiators ("coca growers' federations kept a vigil").
DOING_COLLECTIVES = frozenset(
    {
        "group",
        "federation",
        "confederation",
        "cooperative",
        "association",
        "coalition",
        "alliance",
        "movement",
        "committee",
        "collective",
        "syndicate",
        "guild",
        "network",
        "council",
        "front",
        "bloc",
        "organisation",
        "organization",
        "platform",
        "society",
    }
)


def _described_collective(tok: Token) -> bool:
    """A collective noun said by its own words ("indigenous groups", "growers' federations"); a bare
    "the committee" is left to the body named before it (:func:`.actor_names.the_group`)."""
    if lemma(tok) not in DOING_COLLECTIVES:
        return False
    described = any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in kids(tok))
    definite = any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in kids(tok)
    )
    return described or not definite


ARMED_QUALIFIERS = frozenset(
    {"armed", "violent", "criminal", "extremist", "unidentified", "unknown", "masked", "hooded", "terrorist"}
)


def _pick_overlapping(
    tok: Token, overlapping: list[Actor], kinds: dict[str, ActorKind], role: ActorRole
) -> Actor | None:
    """Which of the actors inside a noun phrase it names.

    The one covering the phrase's head ("a young Baluch fuel porter" is a porter, not "Baluch"),
    a dictionary name before a description ("the terrorist group Jaish al-Adl"); descriptions
    around a name ride along as aliases ("Kurdish political prisoner Rebwar Azizi").
    """
    head = [a for a in overlapping if (a.start_char or 0) <= tok.idx < (a.end_char or 0)]
    named = [a for a in overlapping if a.identifier and not a.identifier.startswith("ew:generic-")]
    bodies = [a for a in overlapping if a.kind in BODY_KINDS] if lemma(tok) in MEMBER_NOUNS else []
    if bodies and not head:  # "a National Guard sergeant": one of the Guard
        body = bodies[0]
        return inferred(
            body.replace(role=role, aliases=(*body.aliases, tok.lower_)), body, "actor_roles_phrases.member"
        )
    if not head and not named and (kinds.get(lemma(tok)) or kinds.get(tok.lower_)):
        return None  # the head noun names its own generic actor
    pick = (head or named or overlapping)[0]
    before = [a for a in overlapping if a is not pick and (a.end_char or 0) <= (pick.start_char or 0)]
    if head and (pick.text or "").lower() in WEAK_HEADS and before and not _state_forces(pick, before[-1]):
        pick = before[-1]  # "military intelligence officers": the body the officers serve
    elif head and (pick.identifier or "").startswith("ew:generic-"):
        bodies = [a for a in before if a in named and a.kind in BODY_KINDS and not _state_forces(pick, a)]
        if bodies:  # "RSF fighters", "KGB officers", "PTI supporters": members of the named body
            body = bodies[-1]
            member = (pick.text,) if pick.text and pick.text not in body.aliases else ()
            return inferred(
                body.replace(role=role, aliases=(*body.aliases, *member)), body, "actor_roles_phrases.member"
            )
    extra = [
        a.text
        for a in overlapping
        if a is not pick and a.text and a.identifier and a.identifier.startswith("ew:generic-")
    ]
    if (
        extra
        and pick.kind in ("civilians", "unknown")
        and not (pick.identifier or "").startswith("ew:generic-")
    ):
        described = pick.replace(aliases=(*pick.aliases, *(x for x in extra if x not in pick.aliases)))
        pick = inferred(described, pick, "actor_roles_phrases.generic_words")
    return pick.replace(role=role)


# The armed men of a government: "the regime's forces", "the government's forces" are its security
# forces, not the government (a body that keeps no armed men of its own name).
_FORCE_HEADS = frozenset({"forces", "force", "units", "personnel", "elements", "operatives", "troops"})


def _state_forces(head: Actor, body: Actor) -> bool:
    """``head`` is the armed men of a government ``body`` names: "the regime's forces"."""
    ident = body.identifier or ""
    return (head.text or "").lower() in _FORCE_HEADS and (
        ident == "ew:generic-government" or ident.endswith("-government")
    )


WEAK_HEADS = frozenset(
    {
        "officers",
        "officer",
        "agents",
        "agent",
        "forces",
        "force",
        "personnel",
        "members",
        "member",
        "units",
        "unit",
        "staff",
        "men",
        "elements",
        "operatives",
        "officials",
        "official",
    }
)
GROUP_NOUNS = frozenset({"group", "groups", "crowd", "crowds", "gathering", "column", "procession"})


def _protesting_group(tok: Token) -> bool:
    """``a group chanting slogans``, ``crowds that marched``: a group described by what protesters do."""
    from .lexicon import word_set

    if tok.lower_ not in GROUP_NOUNS:
        return False
    words = word_set("protest")
    return any(
        c.dep_ in ("acl", "relcl") and (lemma(c) in words or lemma(c) in PROTEST_ACTS) for c in kids(tok)
    )


def named_head(tok: Token) -> Token:
    """:func:`phrase_head`, except that "a crowd of several hundred" stays the crowd: a count
    after "of" names no one."""
    ph = phrase_head(tok)
    if ph.i != tok.i and (ph.like_num or ph.pos_ == "NUM") and not (tok.like_num or tok.pos_ == "NUM"):
        return tok
    if ph.i != tok.i and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in kids(tok)):
        return tok  # "one of the seven, Khamphone Vongsa, has refused food": the one the name is beside
    return ph


# People who belong to the body named after "of": "members of the security forces", "a commander of X".
MEMBER_NOUNS = frozenset(
    {
        "member",
        "commander",
        "leader",
        "fighter",
        "supporter",
        "officer",
        "soldier",
        "militant",
        "official",
        "agent",
        "personnel",
        "operative",
        "activist",
        "cadre",
        "loyalist",
        "unit",
        "element",
        "sergeant",
        "colonel",
        "lieutenant",
        "captain",
        "corporal",
        "general",
        "major",
        "guardsman",
        "conscript",
        # parts of a body: "the Balochistan chapter of the JUI-F", "the party's youth wing"
        "chapter",
        "branch",
        "wing",
    }
)

BODY_KINDS = frozenset(
    {"security_forces", "armed_group", "political_party", "opposition_group", "state", "labor", "students"}
)
