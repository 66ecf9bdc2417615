"""Who an implicit mention stands for: pronoun antecedents, story groups, named parties.

The antecedent of "them" or "it", the party behind "party workers", the group a story is
about, and the tests of :mod:`implicit_actors` for mentions that cannot be a doer (a
speaker, a force named only as a modifier or as the keeper of a place of custody).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..nlp.text import ents as doc_ents
from ..records import Actor, ActorRole, inferred
from .implicit_actors_protest import (
    GENERIC_KINDS,
    GENERIC_PEOPLE,
    _effective_root,
    _lede,
    _protagonist,
    _protest_lede,
)
from .syntax import (
    char_span,
    clause_head,
    kids,
    lemma,
    segment,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "antecedent",
    "org_antecedent",
    "party_named",
    "story_group",
    "with_story_group",
]


PLURAL_PRONOUNS = frozenset({"them", "they", "their"})
# Who speaks for a victim rather than of themselves.
PROXY_SPEAKERS = frozenset(
    {"lawyer", "relative", "family", "mother", "father", "wife", "husband", "son", "daughter"}
)
SINGULAR_PRONOUNS = frozenset({"he", "him", "she", "her", "his"})
# Who passes on what happened to someone else, never the one it happened to.
INFORMANT_NOUNS = frozenset({"source", "informant"})
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
    return inferred(a.replace(aliases=(*a.aliases, pick.name)), a, "implicit_antecedents.named_group")


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
        a
        for a in known
        if (
            (_story_kind(a) and _protagonist(doc, a, STORY_KINDS))
            or (_nationals(doc, a) and _protagonist(doc, a, NATIONALS_KINDS))
        )
        and _protest_clause(doc, a)
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


NATIONALS_KINDS = frozenset({"unknown", "civilians"})


def _nationals(doc: Doc, a: Actor) -> bool:
    """A people named by nation or ethnicity that no dictionary knows ("several hundred Serbs",
    "Malaitans"): a story's group as a trade or a class is."""
    if a.kind not in NATIONALS_KINDS or a.identifier is not None or a.start_char is None:
        return False
    span = char_span(doc, a.start_char, a.end_char or a.start_char)
    if span is None or len(span) == 0:
        return False
    root = span.root
    return root.ent_type_ == "NORP" and root.tag_ in ("NNPS", "NNS")


# Prepositions whose object is who a crackdown falls on: "tear gas against / at / on opposition
# supporters", "a rally by the union's members".
CROWD_PREPS = frozenset({"against", "at", "on", "by"})


def _lede_crowd(doc: Doc, known: Sequence[Actor], lede_end: int) -> Actor | None:
    """The group a protest lede has the state act on, when it names none as a clause's subject:
    "Police fired tear gas to break up hundreds of opposition supporters who had gathered …",
    "police used water cannon against opposition supporters", "to break up a rally by teachers"."""
    for a in known:
        if a.start_char is None or a.start_char >= lede_end or not (_story_kind(a) or _nationals(doc, a)):
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
    acting = [verb, *(c for c in kids(verb) if c.dep_ in ("oprd", "xcomp"))]
    if any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and lemma(g) in words for g in kids(c))
        for v in acting
        for c in kids(v)
    ):
        return True  # "drivers kept their lorries parked in a strike", "shut their shops in protest"
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
    grouped = a.replace(aliases=(*a.aliases, *(x for x in extra if x not in a.aliases)))
    return inferred(grouped, a, "implicit_antecedents.story_group")


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
    if (declarer := _declarer(tok, known, role, forces_too=forces_too)) is not None:
        return declarer
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
        if (
            a.kind in NOT_ANTECEDENT_KINDS
            and not (forces_too and a.kind == "security_forces")
            and not (a.kind == "media" and a.name in persons)  # "the journalist Sara Nouri … she"
        ) or _speaker_like_subject(doc, a):
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
        if low in SINGULAR_PRONOUNS and any(
            c.dep_ == "poss" and c.lower_ in SINGULAR_PRONOUNS for c in kids(root)
        ):
            continue  # "a lawyer close to his family said they beat him": "him" is whose family it is
        if lemma(root) in INFORMANT_NOUNS or _informant_of(root):
            # "a source told the group that guards beat him": who tells of him is not him, nor are
            # those the source is close to ("sources close to the families of the detained")
            continue
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
        person = a.name in persons or root.ent_type_ == "PERSON"  # "the labour activist Ali Karimi": one
        plural = not person and (
            root.tag_ in ("NNS", "NNPS")
            or (word.endswith("s") and not word.endswith("ss") and root.tag_ not in ("NN", "NNP"))
            or a.kind in ("protesters", "labor", "students")
        )
        if (low in PLURAL_PRONOUNS) != plural:
            continue
        best = a
    return best.replace(role=role) if best is not None else None


def _informant_of(tok: Token) -> bool:
    """``tok`` describes an informant: "sources close to the families", "a source in the family"."""
    for _ in range(4):
        if tok.dep_ not in ("pobj", "prep", "amod", "acomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and lemma(tok) in INFORMANT_NOUNS:
            return True
    return False


# Roles of those who do an act: a group that says it will do one speaks of its own act.
DECLARED_DOER_ROLES = frozenset({"initiator", "participant", "perpetrator"})
# Bodies that tell of others' acts rather than declare their own.
NOT_DECLARER_KINDS = frozenset({"media", "international", "rights_group"})


def _declarer(tok: Token, known: Sequence[Actor], role: ActorRole, *, forces_too: bool) -> Actor | None:
    """``Church leaders said they would lead a peace march``: the group whose declaration the clause
    "they" heads is, when "they" does the act (not a group named in an earlier sentence)."""
    from .actor_doers import declaring_subject
    from .actor_roles import actor_at

    if role not in DECLARED_DOER_ROLES or tok.lower_ != "they" or tok.dep_ != "nsubj":
        return None
    said = declaring_subject(tok)
    if said is None:
        return None
    who = actor_at(said, known, role)
    if who is None or who.kind in NOT_DECLARER_KINDS:
        return None
    if who.kind in NOT_ANTECEDENT_KINDS and not (forces_too and who.kind == "security_forces"):
        return None
    return who


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
    memo: dict[tuple[int, int, str], bool] = doc.user_data.setdefault(_PERSON_ACTORS_KEY, {})
    for a in known:
        if a.start_char is None:
            continue
        key = (a.start_char, a.end_char or 0, a.name)
        person = memo.get(key)
        if person is None:
            person = memo[key] = _told_as_person(doc, a)
        if person:
            names.add(a.name)  # "the activist Neema Swai": the name inside a description is a person's
    out = frozenset(names)
    doc.user_data[_PERSONS_KEY] = (len(known), out)
    return out


_PERSON_ACTORS_KEY = "eventwire.person_actors"


def _told_as_person(doc: Doc, a: Actor) -> bool:
    """Whether the entity tagger calls this mention (or a name inside it equal to its name) a person."""
    span = char_span(doc, a.start_char or 0, a.end_char or 0)
    if span is None or not len(span):
        return False
    if span.root.ent_type_ == "PERSON":
        return True
    for e in doc_ents(doc):  # ``span.ents`` over the Doc's entities built once (spaCy rebuilds them per call)
        if e.start >= span.start:
            if e.end > span.end:
                break
            if e.label_ == "PERSON" and e.text == a.name:
                return True
    return False


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
    """The body speaking of its own act: "it" (or "its members") as the subject of what a body says,
    announces or vows; the actor found at that subject, or the name as written when no dictionary
    knows it."""
    from .actor_doers import declaring_subject
    from .actor_roles import actor_at, np_actor

    said = None
    if tok.lower_ == "it":
        said = declaring_subject(tok, plural=False)
    elif tok.lower_ == "its" and tok.dep_ == "poss" and tok.head.dep_ == "nsubj":
        # "the Cargo Truckers Solidarity union announced that its members would stop hauling goods"
        said = declaring_subject(tok.head, plural=False)
    if said is None or (said.ent_type_ == "PERSON" and not _determined(said)):
        return None
    who = actor_at(said, known, role)
    if who is None or who.kind == "unknown":  # a body no dictionary knows: its name as written
        return np_actor(said, "unknown", role) if said.pos_ == "PROPN" else _body_named_before(said, role)
    # "the union said it would strike" speaks for its members, the story's workers (the caller line);
    # a union with a name ("the Port Haulers Alliance union") is itself
    if who.kind == "labor" and _generic_actor(who):
        named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in kids(said))
        return np_actor(said, "labor", role) if named else None
    return who if who.kind in ORG_KINDS else None


# Bodies a story introduces by what they gather ("a coalition of journalists and civil society
# groups") and then calls "the coalition". Not "group": "a group of protesters" counts people.
BODY_NOUNS = frozenset(
    {
        "coalition",
        "alliance",
        "federation",
        "confederation",
        "association",
        "front",
        "bloc",
        "movement",
        "forum",
        "platform",
        "network",
        "committee",
        "council",
        "initiative",
        "campaign",
        "organisation",
        "organization",
        "collective",
    }
)


def _body_named_before(said: Token, role: ActorRole) -> Actor | None:
    """``the coalition`` saying it would act: the body as the story first described it ("a coalition
    of journalists and civil society groups"), with "the coalition" as an alias."""
    word = lemma(said)
    if said.pos_ != "NOUN" or word not in BODY_NOUNS or not _determined(said):
        return None
    if any(c.dep_ in ("amod", "compound", "poss") for c in kids(said)):
        return None  # "the opposition coalition": a description of its own
    for t in tokens(said.doc)[: said.i]:
        if lemma(t) == word and (first := described_body(t, role)) is not None:
            return inferred(
                first.replace(aliases=(f"the {said.lower_}",)), first, "implicit_antecedents.body_before"
            )
    return None


def described_body(t: Token, role: ActorRole) -> Actor | None:
    """``a coalition of journalists and civil society groups``: a body no dictionary knows, introduced
    by what it gathers; named by that phrase without its article."""
    if t.pos_ != "NOUN" or lemma(t) not in BODY_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids(t)):
        return None
    of = next((c for c in kids(t) if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or not any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in kids(of)):
        return None  # "a coalition": nothing the story named it by
    doc = t.doc
    start, end = t.left_edge.i, of.right_edge.i + 1
    for k in range(of.i + 1, end):
        if doc[k].dep_ in ("relcl", "acl", "appos") or doc[k].text in ("(", ";", ":"):
            end = min(end, doc[k].left_edge.i)
            break  # "…, which set off from the stadium": the body's name ends before its clause
    while end > of.i + 1 and doc[end - 1].is_punct:
        end -= 1
    if end <= of.i + 1:
        return None
    while start < t.i and doc[start].dep_ in ("det", "predet"):
        start += 1  # "a coalition of …" goes by "coalition of …"
    span = doc[start:end]
    return Actor(
        text=span.text,
        start_char=span.start_char,
        end_char=span.end_char,
        name=span.text,
        aliases=(),
        kind="unknown",
        role=role,
        country=None,
    )


def _determined(tok: Token) -> bool:
    """``The Front Commun``: a name with an article is a body's, whatever the tagger made of it."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok))


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
    described = root
    while described.dep_ == "appos" and described.head.i != described.i:
        described = described.head
    if (
        described.i != root.i
        and root.ent_type_ == "PERSON"
        and (
            (described.dep_ in ("nsubj", "nsubjpass", "dobj") and lemma(described.head) in reporting)
            or (described.dep_ == "pobj" and described.head.head.lower_ == "according")
        )
    ):
        # "the police chief, General X, said", "quoted the chief, General X, as saying": an officer who
        # speaks is no doer (a body that speaks, "the Directorate (PSD) said", may tell of its own acts)
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
