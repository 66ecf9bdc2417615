"""Who a mention names, for :mod:`.binding`: "the group", a surname after a full name, a
person described before a pronoun, detainees, aliases and listed members.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import ents as doc_ents
from ..nlp.text import tokens
from ..records import Actor, ActorRole, inferred
from .actor_roles import MEMBER_NOUNS, actor_at, conjuncts, member_of, np_actor, np_span
from .actor_roles_kinds import actor_kinds
from .actor_roles_scenes import dateline
from .syntax import char_span, is_animate, kids, lemma, lowers, phrase_head, segment

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "AIMED_LEMMAS",
    "HOLD_LEMMAS",
    "NOT_PERSON_ENTITIES",
    "PERSON_NOUNS",
    "SINGLE_PERSON_PRONOUNS",
    "VAGUE_SOME",
    "actor_root",
    "believed_to_be",
    "body_of",
    "described_antecedent",
    "described_as",
    "full_name",
    "held",
    "identified_as",
    "including",
    "known_as",
    "named_body",
    "named_person",
    "part_of",
    "person_actor",
    "person_noun",
    "the_group",
]


AIMED_LEMMAS = frozenset({"fire", "shoot", "throw", "hurl", "lob", "aim", "open", "point", "charge", "spray"})
VAGUE_SOME = frozenset({"several", "some", "many", "most", "few", "dozens", "hundreds", "others"})
HOLD_LEMMAS = frozenset({"detain", "arrest", "hold", "jail", "imprison", "abduct"})


def actor_root(doc: Doc, a: Actor) -> Token | None:
    """The head token of an actor mention written in the text."""
    if a.start_char is None or a.end_char is None:
        return None
    span = char_span(doc, a.start_char, a.end_char)
    return span.root if span is not None and len(span) else None


GROUP_WORDS = frozenset(
    {
        "group",
        "organisation",
        "organization",
        "movement",
        "militia",
        "faction",
        "outfit",
    }
)
NAMED_BODY_KINDS = frozenset({"state", "unknown", "rights_group", "religious"})
# "the committee", "the union": the named body of that sort, when its name says it is one.
NAMED_GROUP_WORDS = frozenset(
    {
        "committee",
        "union",
        "federation",
        "confederation",
        "coalition",
        "alliance",
        "front",
        "association",
        "platform",
        "party",
        "council",
    }
)
ACTING_GROUP_KINDS = frozenset(
    {"armed_group", "political_party", "opposition_group", "protesters", "labor", "students"}
)


def the_group(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """``the group``, ``the militia``: the named group of that sort the article last mentioned."""
    word = lemma(tok)
    if word not in GROUP_WORDS | NAMED_GROUP_WORDS or not any(c.lower_ in ("the", "this") for c in kids(tok)):
        return None
    if any(c.dep_ in ("amod", "compound") for c in kids(tok)):
        return None  # "the terrorist group X" names its own
    before = [
        a
        for a in known
        if a.end_char is not None
        and a.end_char <= tok.idx
        and (a.kind in ACTING_GROUP_KINDS or (word in NAMED_GROUP_WORDS and a.kind in NAMED_BODY_KINDS))
        and not (a.identifier or "").startswith("ew:generic-")
        and a.text is not None
        and a.text[:1].isupper()
        and (word in GROUP_WORDS or word in a.name.lower() or word in a.text.lower())
    ]
    if not before:
        return None
    pick = before[-1]
    return inferred(
        pick.replace(role=role, aliases=(*pick.aliases, f"the {tok.lower_}")), pick, "actor_names.the_group"
    )


SINGLE_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
# People named by a noun that the shared word lists do not carry.
PERSON_NOUNS = frozenset(
    {
        "colleague",
        "classmate",
        "comrade",
        "neighbour",
        "neighbor",
        "friend",
        "peasant",
        "vendor",
        "hawker",
        "client",
        "customer",
        "tenant",
        "inmate",
        "cellmate",
    }
)
NOT_PERSON_ENTITIES = frozenset({"ORG", "GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "PRODUCT", "LAW"})


def person_noun(tok: Token, animate: frozenset[str]) -> bool:
    """A common noun for people ("colleagues", "young men", "a street vendor"), not a count or a pronoun."""
    if tok.pos_ != "NOUN" or tok.like_num or tok.ent_type_ in NOT_PERSON_ENTITIES:
        return False
    if tok.lower_ in VAGUE_SOME or lemma(tok) in ("other", "one", "thousand", "hundred", "dozen", "score"):
        return False
    return lemma(tok) in PERSON_NOUNS or is_animate(tok, animate)


def described_antecedent(tok: Token, role: ActorRole) -> Actor | None:
    """``a 27-year-old street vendor died …; officers beat him to death``: the person a singular
    pronoun stands for when no name was given, the last singular subject naming a person in this
    sentence or the one before (not one who only reports, not a state agent)."""
    from .lexicon import word_set

    animate = word_set("animate")
    reporting = word_set("reporting_verbs")
    seg = segment(tok)
    doc = tok.doc
    lo = segment(doc[seg.start - 1]).start if seg.start > 0 else seg.start
    best: Token | None = None
    for i in range(lo, tok.i):
        c = doc[i]
        if c.dep_ not in ("nsubj", "nsubjpass") or c.tag_ != "NN" or not person_noun(c, animate):
            continue
        if lemma(c.head) in reporting or lemma(c) in (
            "family",
            "group",
            "crowd",
            "mob",
            "staff",
            "personnel",
        ):
            continue
        if actor_kinds().get(lemma(c)) in ("security_forces", "state", "judiciary"):
            continue
        best = c
    return np_actor(best, "civilians", role) if best is not None else None


def full_name(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """``Fathy`` after ``Karim Fathy``: a surname standing for the person named in full before."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in NOT_PERSON_ENTITIES or not tok.text[:1].isupper():
        return None
    if any(c.dep_ == "compound" for c in kids(tok)) or tok.dep_ == "compound":
        return None  # a full name itself, or part of one
    doc = tok.doc
    toks = tokens(doc)
    full = None
    for ent in doc_ents(doc):
        if ent.start >= tok.i:
            break
        if (
            2 <= ent.end - ent.start <= 4  # ``len(ent)``; ``ent[-1]`` would build a Token
            and toks[ent.end - 1].text == tok.text
            and (
                ent.label_ == "PERSON"
                or (ent.label_ == "ORG" and tok.ent_type_ == "PERSON" and all(t.pos_ == "PROPN" for t in ent))
            )
        ):
            full = ent  # the small model tags some full names ORG and the bare surname PERSON
    if full is None:
        return None
    for a in known:
        if a.start_char is not None and a.start_char <= full.start_char < (a.end_char or 0):
            if a.kind not in ("unknown", "civilians") and full.label_ != "PERSON":
                return None  # a named body after all
            named = a.replace(
                role=role, aliases=(*a.aliases, tok.text) if tok.text not in a.aliases else a.aliases
            )
            return inferred(named, a, "actor_names.surname")
    person = Actor(
        text=full.text,
        start_char=full.start_char,
        end_char=full.end_char,
        name=full.text,
        aliases=(tok.text,),
        kind="unknown",
        role=role,
        country=None,
    )
    return inferred(person, None, "actor_names.surname")


def named_person(tok: Token, role: ActorRole) -> Actor | None:
    """A victim named by a proper noun no dictionary or entity tagger knew: a person."""
    aged = any(c.dep_ == "appos" and c.like_num for c in kids(tok))  # "Tamerlan, 26, died"
    if (
        tok.pos_ != "PROPN"
        or (tok.ent_type_ not in ("", "PERSON") and not aged)
        or not tok.text[:1].isupper()
    ):
        return None
    if tok.text.isupper() or dateline(tok):
        return None
    return np_actor(tok, "civilians", role)


PART_NOUNS = frozenset(
    {
        "part",
        "parts",
        "section",
        "wing",
        "portion",
        "floor",
        "gate",
        "gates",
        "entrance",
        "door",
        "doors",
        "window",
        "windows",
        "facade",
        "façade",
        "front",
        "roof",
        "wall",
        "walls",
        # the whole site named after its owner: "stormed the grounds of the National Assembly",
        # "the building of the city akimat was burned", "set fire to the offices of the CRC party"
        "building",
        "buildings",
        "grounds",
        "premises",
        "compound",
        "headquarters",
        "office",
        "offices",
    }
)


def part_of(tok: Token) -> Token:
    if tok.lower_ not in PART_NOUNS:
        return tok
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in kids(c):
                if g.dep_ == "pobj":
                    return g
    return tok


def person_actor(doc: Doc, a: Actor) -> bool:
    root = actor_root(doc, a)
    return root is not None and root.ent_type_ == "PERSON" and a.kind in ("unknown", "civilians", "state")


def held(tok: Token) -> list[str]:
    """``a man detained in Hrodna``, ``activists held since May``: described as detainees."""
    for c in kids(tok):
        if c.dep_ in ("acl", "relcl") and lemma(c) in HOLD_LEMMAS and c.tag_ == "VBN":
            return ["detainee"]
    if tok.dep_ in ("dobj", "nsubjpass") and lemma(tok.head) in HOLD_LEMMAS:
        return ["detainee"]  # "fighters detained 40 young men … several had been beaten"
    return []


def known_as(tok: Token) -> list[str]:
    """``armed groups known as colectivos``, ``gangs, known locally as bandits``: the name they go by."""
    out: list[str] = []
    for c in kids(tok):
        if c.dep_ in ("acl", "appos", "advcl", "relcl") and lemma(c) in ("know", "call", "dub", "describe"):
            for p in kids(c):
                if p.dep_ in ("prep", "oprd") and p.lower_ == "as":
                    for g in kids(p):
                        if g.dep_ == "pobj":
                            s, e = np_span(g)
                            out.append(tok.doc[s:e].text)
    return out


def described_as(tok: Token) -> list[str]:
    """``A third protester, a 19-year-old student, was shot dead``: the description set beside a
    common noun in apposition, and its head noun ("student"), as further names of the same people."""
    if tok.pos_ != "NOUN":
        return []
    out: list[str] = []
    for c in kids(tok):
        if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > tok.i and c.ent_type_ == "":
            s, e = np_span(c)
            out.extend(x for x in (tok.doc[s:e].text, c.lower_) if x not in out)
    return out


def believed_to_be(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """``men believed to be plainclothes officers``, ``gunmen thought to be militia members``: who
    the text says they are, with the written description kept as an alias."""
    for c in kids(tok):
        if c.dep_ != "acl" or lemma(c) not in ("believe", "think", "suspect", "say", "report", "identify"):
            continue
        for x in kids(c):
            if x.dep_ == "xcomp" and lemma(x) == "be":
                for attr in kids(x):
                    if attr.dep_ == "attr":
                        who = member_of(phrase_head(attr), known, role) or actor_at(attr, known, role)
                        if who is not None:
                            return inferred(
                                who.replace(aliases=(*who.aliases, tok.lower_)), who, "actor_names.believed"
                            )
    return None


def including(tok: Token) -> list[str]:
    """``21 people, including several journalists``: the named part; ``31 prisoners, including seven
    men``: the whole. Both describe the same victims, so each rides along as an alias of the other."""
    out: list[str] = []
    holders = [tok]
    if tok.dep_ in ("nsubjpass", "dobj") and tok.head.pos_ == "VERB":
        holders.append(tok.head)  # "Leftists were arrested, including X, Y and Z"
    for h in holders:
        for c in kids(h):
            if c.dep_ == "prep" and c.lower_ in ("including", "among"):
                for g in kids(c):
                    if g.dep_ == "pobj" and g.lower_ not in _PART_PRONOUNS:  # "among them X": see below
                        for k in conjuncts(phrase_head(g)):
                            s, e = np_span(k)
                            out.append(tok.doc[s:e].text)
                            if lemma(k) in MEMBER_NOUNS:  # "eight members of the security forces"
                                out.extend(
                                    tok.doc[slice(*np_span(b))].text
                                    for o in kids(k)
                                    if o.dep_ == "prep" and o.lower_ == "of"
                                    for b in kids(o)
                                    if b.dep_ == "pobj"
                                )
    if tok.dep_ == "pobj" and tok.head.lower_ == "including" and tok.head.head.i != tok.head.i:
        whole: Token | None = phrase_head(tok.head.head)
        if whole is not None and whole.pos_ not in ("NOUN", "PROPN"):
            # "documented the hanging of 11 Baluch prisoners in Zahedan, including four men": the parse
            # hangs "including" on the verb; the whole is the people named last before it
            whole = _people_before(tok.head)
        if whole is not None and whole.pos_ in ("NOUN", "PROPN"):
            s, e = np_span(whole)
            out.append(tok.doc[s:e].text)
    out.extend(x for x in _elaboration(tok) if x not in out)
    return out


# "N people, among them X", "…, most of them X", "…, including X": what follows names the same people.
_PART_QUANTIFIERS = frozenset({"most", "many", "all", "some", "several", "half", "majority", "both"})
_PART_PRONOUNS = frozenset({"them", "whom", "those"})
# Where an elaboration ends: a new clause or an attribution.
_ELABORATION_ENDS = frozenset({";", ":", "(", "according", "who", "whose", "which", "that", "said", '"'})


def _animate_plural(t: Token) -> bool:
    if t.tag_ not in ("NNS", "NNPS") or t.pos_ != "NOUN":
        return False  # most tokens, asked word by word back through a sentence: no import to run
    from .lexicon import word_set

    return lemma(t) in word_set("animate")


def _people_before(marker: Token) -> Token | None:
    """The people named last before ``marker`` in its sentence ("11 Baluch prisoners in Zahedan,")."""
    toks = tokens(marker.doc)
    for i in range(marker.i - 1, segment(marker).start - 1, -1):
        if _animate_plural(toks[i]):
            return toks[i]
    return None


def _elaboration(tok: Token) -> list[str]:
    """What a partitive after a group of people names ("27 people …, among them the main ringleaders";
    "1,500 people, most of them Alawite civilians"; "four men, among them a 17-year-old, Aram
    Veisi"): the head noun phrase and any person named in it. Only when no other group of people
    stands between the group and the partitive, within its sentence."""
    if not _animate_plural(tok):
        return []
    doc = tok.doc
    toks, lows = tokens(doc), lowers(doc)
    end = min(segment(tok).end, tok.i + 32)
    start = -1
    i = tok.i + 1
    while i < end - 1:
        low = lows[i]
        if low in _ELABORATION_ENDS:
            return []
        if low == "among" and lows[i + 1] in _PART_PRONOUNS:
            start = i + 2
        elif low == "including" or low == "mostly":
            start = i + 1
        elif low in _PART_QUANTIFIERS and i + 2 < end and lows[i + 1 : i + 3] == ["of", "them"]:
            start = i + 3  # "most of them", "many of them"
        elif _animate_plural(toks[i]) and toks[i].dep_ not in ("compound", "amod"):
            return []  # another group: the partitive is about it
        if start >= 0:
            break
        i += 1
    if start < 0 or start >= end:
        return []
    stop = start
    names: list[str] = []
    while stop < end and lows[stop] not in _ELABORATION_ENDS:
        if lows[stop] == ",":
            after = toks[stop + 1] if stop + 1 < end else None
            if after is None or not _personish(after):
                break
            j = stop + 1  # "a 17-year-old, Aram Veisi": the name in apposition closes the phrase
            while (
                j < end
                and _personish(toks[j])
                and (toks[j].ent_type_ == "PERSON") == (after.ent_type_ == "PERSON")
            ):
                j += 1
            names.append(doc[stop + 1 : j].text)
            break
        if toks[stop].pos_ == "VERB" and toks[stop].tag_ != "VBN" and stop > start:
            break
        stop += 1
    if stop <= start:
        return names
    root = doc[start:stop].root
    if root.pos_ in ("NOUN", "PROPN"):
        # "most of them students and young workers": each conjunct names some of the same people
        for k in reversed(
            [k for k in conjuncts(root) if start <= k.i < stop and k.pos_ in ("NOUN", "PROPN")]
        ):
            s, e = np_span(k)
            text = doc[max(s, start) : min(e, stop)].text
            if text and text.lower() not in _PART_PRONOUNS and text not in names:
                names.insert(0, text)
    i = start
    while i < stop:
        t = toks[i]
        ent_end = i + 1
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "B":
            while ent_end < stop and toks[ent_end].ent_iob_ == "I":
                ent_end += 1
        elif _personish(t) and t.ent_type_ != "PERSON":
            # "the village elder Bounmy Sisavath": a name the tagger left unlabelled, two words or more
            while ent_end < stop and _personish(toks[ent_end]) and toks[ent_end].ent_type_ != "PERSON":
                ent_end += 1
            if ent_end - i < 2:
                i += 1
                continue
        else:
            i += 1
            continue
        name = doc[i:ent_end].text
        if name not in names:
            names.append(name)
        i = ent_end
    return names


def _personish(t: Token) -> bool:
    """A word of a person's name: labelled a person, or a capitalised proper noun the tagger gave no
    other label (not a place, body, date or nationality)."""
    if t.ent_type_ == "PERSON":
        return True
    return t.pos_ == "PROPN" and t.ent_type_ == "" and t.is_title


# Verbs that give a described person's name: "a prisoner, identified as X", "a man, named by police as X".
IDENTIFY_LEMMAS = frozenset({"identify", "name"})


def _description(tok: Token) -> str:
    """The words describing a person up to the noun, without the article: "Baluch prisoner"."""
    words = [t for t in tok.doc[tok.left_edge.i : tok.i + 1] if t.dep_ not in ("det", "punct")]
    return " ".join(t.text for t in words)


def identified_as(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """``a Baluch prisoner, identified by a rights group as Karim Rostami``, ``a protester, named by
    his family as X``: the person named, with the description kept as aliases."""
    for c in kids(tok):
        if c.dep_ != "acl" or c.tag_ != "VBN" or lemma(c) not in IDENTIFY_LEMMAS:
            continue
        for p in kids(c):
            if p.dep_ != "prep" or p.lower_ != "as":
                continue
            for g in kids(p):
                # the tagger often takes an unfamiliar name for an organisation
                if g.dep_ != "pobj" or g.pos_ != "PROPN" or g.ent_type_ not in ("PERSON", "ORG"):
                    continue
                person = actor_at(g, known, role)
                if person is None:
                    return None
                extra = [x for x in (_description(tok), tok.lower_) if x not in person.aliases]
                named = person.replace(aliases=(*person.aliases, *dict.fromkeys(extra)))
                return inferred(named, person, "actor_names.identified_as")
    return None


# Descriptions of a body that a name in apposition names: "the party now in power, PASTEF, called".
BODY_DESCRIPTIONS = (
    GROUP_WORDS | NAMED_GROUP_WORDS | frozenset({"organization", "body", "syndicate", "network"})
)


def named_body(tok: Token, known: Sequence[Actor], role: ActorRole) -> Actor | None:
    """``the party now in power, PASTEF``, ``the main opposition alliance, the Popular Front``: the
    named body a group description stands beside, the description kept as an alias."""
    if lemma(tok) not in BODY_DESCRIPTIONS or tok.pos_ != "NOUN":
        return None
    # "the party now in power, PASTEF": the parser may hang the name on the description's last noun
    nouns = [tok, *(g for c in kids(tok) if c.dep_ == "prep" for g in kids(c) if g.dep_ == "pobj")]
    beside = [c for n in nouns for c in kids(n) if c.dep_ == "appos"]
    for c in beside:
        if c.pos_ != "PROPN" or c.i < tok.i:
            continue
        named = actor_at(c, known, role)
        if named is None or named.text is None or not named.text[:1].isupper():
            return None
        if (named.identifier or "").startswith("ew:generic-"):
            return None
        extra = [x for x in (_description(tok), tok.lower_) if x not in named.aliases and x != named.text]
        return inferred(
            named.replace(aliases=(*named.aliases, *dict.fromkeys(extra))), named, "actor_names.named_body"
        )
    return None


# Verbs of finding a body, which a killing's trigger may be: the finder did not kill.
BODY_NOUNS = frozenset({"body", "bodies", "corpse", "corpses", "remains"})


def body_of(tok: Token) -> Token:
    """``the body of Ismail Ssemanda``, ``the bodies of three activists``: whose body it was."""
    if lemma(tok) not in BODY_NOUNS and tok.lower_ not in BODY_NOUNS:
        return tok
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in kids(c) if g.dep_ == "pobj"), tok)
        if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"):
            return c  # "Ssemanda's body"
    return tok
