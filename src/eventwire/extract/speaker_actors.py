"""The actor a speaker phrase names: the actor stage's mention over its head, or the phrase
as written with a kind guessed from keywords (``kind_keywords`` in the cue lexicon)."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import Actor, ActorKind, inferred
from .cues import CueLexicon
from .speaker_heads import _aside_name, _aside_span, _bare, _noun_name, _unlisted_title
from .speaker_phrases import SpeakerPhrase, speaker_phrase
from .syntax import kids, parse_tree

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["build_speaker", "guess_kind"]


_GENERIC_PREFIX = "ew:generic-"


def guess_kind(phrase: str, lexicon: CueLexicon) -> ActorKind:
    """The actor kind that keywords in ``phrase`` suggest, else ``unknown``."""
    plain = " " + re.sub(r"[^\w.'-]+", " ", phrase) + " "
    low = plain.lower()
    for kind, keywords in lexicon.kind_keywords:
        for kw in keywords:
            # a keyword written with capitals (an acronym: "UN", "WHO") matches only as written
            if f" {kw} " in (plain if kw != kw.lower() else low):
                return kind
    return "unknown"


def _is_generic(actor: Actor) -> bool:
    return (actor.identifier or "").startswith(_GENERIC_PREFIX)


def _modifier_clauses(phrase: SpeakerPhrase) -> list[tuple[int, int]]:
    """Character ranges of the participle and relative clauses inside a speaker phrase ("interviewed
    by Amnesty", "who spoke to Reuters"), walked by index over the phrase's tokens."""
    doc = phrase.head.doc
    _, deps, heads = parse_tree(doc)
    out: list[tuple[int, int]] = []
    i = phrase.head.left_edge.i
    last = phrase.head.right_edge.i
    while i <= last:
        tok = doc[i]
        if tok.idx >= phrase.end:
            break
        if deps[i] in ("acl", "relcl") and heads[i] != i and tok.idx >= phrase.start:
            right = tok.right_edge
            out.append((tok.left_edge.idx, right.idx + len(right.text)))
            i = right.i + 1
            continue
        i += 1
    return out


def _overlapping_actor(actors: tuple[Actor, ...], phrase: SpeakerPhrase) -> Actor | None:
    """The actor mention that names the speaker: over its head word, else a named one in the phrase
    ("the main farmers' union, the FNSEA")."""
    head_start = phrase.head.idx
    head_end = head_start + len(phrase.head.text)
    best: Actor | None = None
    best_score = (-1, -1, 0)
    clauses: list[tuple[int, int]] | None = None
    joint = _second_speaker_at(phrase)
    for actor in actors:
        if actor.start_char is None or actor.end_char is None:
            continue
        if actor.end_char <= phrase.start or actor.start_char >= phrase.end:
            continue
        if joint is not None and (actor.start_char >= joint[0]) != joint[1]:
            # S4: of two speakers in one attribution the first named speaks ("residents and the country's
            # shadow government"), unless only a later one is named by name ("his relatives and Viasna")
            continue
        covers_head = actor.start_char <= head_start and actor.end_char >= head_end
        if not covers_head:
            if clauses is None:
                clauses = _modifier_clauses(phrase)
            if any(lo <= actor.start_char < hi for lo, hi in clauses):
                # "two witnesses interviewed by Amnesty", "residents contacted by Reuters": the one who
                # met the speakers is not the speaker
                continue
        in_core = actor.start_char < phrase.core_end and actor.end_char > phrase.core_start
        place = 2 if covers_head else 1 if in_core else 0
        titled = phrase.head.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.idx >= actor.end_char for c in phrase.head.lefts
        )  # "Super Eagles striker Emeka Obi": a title noun between the organisation and the name
        inside_name = phrase.head.pos_ == "PROPN" and actor.end_char <= head_start
        if place < 2 and (phrase.head.ent_type_ == "PERSON" or titled or inside_name):
            # a person named in the phrase is not the organisation mentioned beside them, nor the
            # club or ministry in their title ("Super Eagles striker Emeka Obi"); a name that only
            # begins with a known one is another ("The Independent High Electoral Commission")
            continue
        score = (
            0 if _is_generic(actor) else 1,
            place,
            actor.end_char - actor.start_char,
        )
        if score > best_score:
            best, best_score = actor, score
    return best


def _second_speaker_at(phrase: SpeakerPhrase) -> tuple[int, bool] | None:
    """Where a second speaker coordinated with the head starts ("officials and residents", "according to
    a local group and the shadow government"), and whether only that later part holds a proper name."""
    head = phrase.head
    conj = next((c for c in kids(head) if c.dep_ == "conj" and c.i > head.i and c.idx < phrase.end), None)
    if conj is None:
        return None
    cc = next((c for c in kids(head) if c.dep_ == "cc" and head.i < c.i < conj.i), None)
    at = cc.idx if cc is not None else conj.left_edge.idx
    toks = tokens(head.doc)
    first_named = any(toks[i].pos_ == "PROPN" for i in range(head.left_edge.i, head.i + 1))
    later_named = any(t.pos_ == "PROPN" for t in conj.subtree)
    return at, later_named and not first_named


_OF_THEM = re.compile(
    r"\s+of\s+(?:(?:one\s+of\s+)?(?:them|those|these|us)\b|one\s+of\s+(?:the|those|these|his|her|their)\s+\w+)",
    re.IGNORECASE,
)


def _identity(phrase: SpeakerPhrase, core: str) -> str:
    """The name of a speaker without words that only point back ("one of them, a student" ->
    "student", "a relative of one of them" -> "relative")."""
    head = phrase.head
    if head.lower_ in {"one", "some", "many", "several", "another"} or head.pos_ == "NUM":
        appos = next((c for c in kids(head) if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"}), None)
        if appos is not None:
            inner = speaker_phrase(appos)
            return _bare(doc_text(head.doc)[inner.core_start : inner.core_end])
    core = _first_of_joint_modifiers(phrase, core)
    if head.tag_ == "NNS" and any(c.dep_ == "nummod" and c.like_num and c.i < head.i for c in kids(head)):
        return _noun_name(head)  # "two participants who spoke to this outlet" -> "participants"
    name = _bare(_OF_THEM.sub("", core)) or _bare(core)
    return _spokesperson_last(name) if head.lemma_.lower() in _SPOKESPEOPLE else name


_SPOKESPEOPLE = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"}
)
_VOICE_OF = re.compile(r"^(spokes\w+)\s+(?:of|for)\s+(?:the\s+)?(\S.*)$", re.IGNORECASE)


def _spokesperson_last(name: str) -> str:
    """ "spokesman of the Ministry of the Interior" -> "Ministry of the Interior spokesman": an
    unnamed spokesperson is the body followed by the word the text uses (docs/gold-format.md K16)."""
    m = _VOICE_OF.match(name)
    return f"{m.group(2)} {m.group(1)}" if m is not None else name


def _first_of_joint_modifiers(phrase: SpeakerPhrase, core: str) -> str:
    """ "medical and security sources" -> "medical sources": two kinds of speaker joined before one
    noun, of which the first named speaks (docs/gold-format.md S4)."""
    head = phrase.head
    for mod in kids(head):
        if mod.i > head.i or mod.dep_ not in {"amod", "compound"}:
            continue
        conj = next((c for c in kids(mod) if c.dep_ == "conj"), None)
        if conj is None:
            continue
        cut_from = mod.idx + len(mod.text) - phrase.core_start
        cut_to = conj.right_edge.idx + len(conj.right_edge.text) - phrase.core_start
        if 0 < cut_from < cut_to <= len(core):
            return core[:cut_from] + core[cut_to:]
    return core


def _owned_person(phrase: SpeakerPhrase, known: Actor, lexicon: CueLexicon) -> bool:
    """The actor names only the owner of a person noun ("IHRM's director", "Interior Ministry spokesman")."""
    head = phrase.head
    if head.lemma_.lower() not in lexicon.person_nouns or head.ent_type_ == "PERSON":
        return False
    if known.start_char is None or known.end_char is None or known.end_char > head.idx:
        return False
    return any(
        c.dep_ in {"poss", "compound"}
        and c.pos_ in {"PROPN", "NOUN"}
        and known.start_char <= c.idx < known.end_char
        for c in head.lefts
    )


# nouns for a part of an organisation that speaks for it
_UNIT_NOUNS = frozenset(
    {
        "team",
        "office",
        "wing",
        "unit",
        "department",
        "cell",
        "bureau",
        "branch",
        "desk",
        "division",
        "section",
    }
)


def _owned_unit(phrase: SpeakerPhrase, known: Actor) -> bool:
    """The actor names only the owner of a unit noun ("the junta's information team")."""
    head = phrase.head
    if head.lemma_.lower() not in _UNIT_NOUNS or head.pos_ != "NOUN":
        return False
    if known.start_char is None or known.end_char is None or known.end_char > head.idx:
        return False
    return any(
        c.dep_ in {"poss", "compound"} and known.start_char <= c.idx < known.end_char for c in head.lefts
    )


def _closing_name(phrase: SpeakerPhrase) -> Token | None:
    """A person's name in apposition to the object of the speaker's "for"/"of" phrase that ends
    the subject right before its verb ("a spokesman for the ministry, Ahmed Saleh, said")."""
    head = phrase.head
    verb = head.head
    if verb.i <= head.i:
        return None
    doc = head.doc
    for tok in head.subtree:
        if (
            tok.i > head.i
            and tok.dep_ == "appos"
            and tok.ent_type_ == "PERSON"
            and tok.head.dep_ == "pobj"
            and tok.head.head.lower_ in ("for", "of", "at", "in")
            and tok.left_edge.i > 0
            and doc[tok.left_edge.i - 1].text == ","
            and all(t.is_punct for t in doc[tok.right_edge.i + 1 : verb.i])
        ):
            return tok
    return None


_NAMING_PARTICIPLES = frozenset({"call", "name", "know"})
_SELF_PRONOUNS = frozenset({"itself", "themselves"})


def _self_name(phrase: SpeakerPhrase, lexicon: CueLexicon) -> tuple[int, int] | None:
    """The name a body is given in the speaker's phrase: "a youth movement called Stand Up Mongolia",
    "a group calling itself the Coordinating Council of Bazaar Guilds", "a group known as the Free
    Workers Front" (the span of the name, without "the")."""
    organisations = lexicon.anaphor_nouns.get("organisation", frozenset())
    doc = phrase.head.doc
    for tok in tokens(doc)[phrase.head.left_edge.i : phrase.head.right_edge.i + 1]:
        if tok.idx < phrase.start or tok.idx >= phrase.end:
            continue
        if tok.dep_ != "acl" or tok.lemma_.lower() not in _NAMING_PARTICIPLES:
            continue
        if tok.head.lemma_.lower() not in organisations:
            continue
        if tok.lemma_.lower() == "know":
            preps = [c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "as"]
            names = [o for p in preps for o in kids(p) if o.dep_ == "pobj"]
        else:
            names = [c for c in kids(tok) if c.dep_ in {"oprd", "attr", "xcomp", "dobj"}]
        name = next((n for n in names if n.lower_ not in _SELF_PRONOUNS and n.pos_ == "PROPN"), None)
        if name is None:
            continue
        words = [t for t in name.subtree if not (t.dep_ == "det" and t.i == name.left_edge.i)]
        start, end = words[0].idx, min(words[-1].idx + len(words[-1].text), phrase.end)
        if start < end:
            return start, end
    return None


def _named_body_nouns(phrase: SpeakerPhrase) -> frozenset[str]:
    """The nouns a named body goes by in the speaker's phrase ("movement" in "a youth movement called
    X")."""
    doc = phrase.head.doc
    return frozenset(
        t.head.lemma_.lower()
        for t in doc[phrase.head.left_edge.i : phrase.head.right_edge.i + 1]
        if t.dep_ == "acl" and t.lemma_.lower() in _NAMING_PARTICIPLES
    )


def build_speaker(phrase: SpeakerPhrase, actors: tuple[Actor, ...], lexicon: CueLexicon) -> Actor:
    """The speaker Actor for a written phrase: canonical where an actor mention covers it. Of two
    speakers in one attribution ("officials and residents said") the first named is the speaker: its
    words as written join the aliases (docs/gold-format.md S4)."""
    actor = _build_speaker(phrase, actors, lexicon)
    named = _self_name(phrase, lexicon)
    if named is not None:
        # "a youth movement called Stand Up Mongolia said": the body by the name it is given
        name = doc_text(phrase.head.doc)[named[0] : named[1]]
        if name != actor.name:
            return dataclasses.replace(actor, name=name, aliases=tuple(a for a in actor.aliases if a != name))
    joint = _second_speaker_at(phrase)
    if joint is None or joint[1]:
        return actor
    first = _bare(doc_text(phrase.head.doc)[phrase.core_start : min(phrase.core_end, joint[0])])
    if not first or first == actor.name or first in actor.aliases:
        return actor
    return inferred(
        dataclasses.replace(actor, aliases=(*actor.aliases, first)), actor, "speaker_actors.joint"
    )


def _build_speaker(phrase: SpeakerPhrase, actors: tuple[Actor, ...], lexicon: CueLexicon) -> Actor:
    text = doc_text(phrase.head.doc)
    written = text[phrase.start : phrase.end]
    aside = _aside_name(phrase.head)
    if aside is not None:
        lo, hi = _aside_span(aside)
        return Actor(
            text=written,
            start_char=phrase.start,
            end_char=phrase.end,
            name=text[lo:hi],
            aliases=(),
            kind=guess_kind(written, lexicon),
            role="speaker",
            country=None,
        )
    named = next(
        (
            c
            for c in kids(phrase.head)
            if c.dep_ == "appos" and c.ent_type_ == "PERSON" and phrase.start <= c.idx < phrase.end
        ),
        None,
    )
    if named is None and phrase.head.lemma_.lower() in lexicon.person_nouns:
        named = _closing_name(phrase)
        if named is not None:
            # "a spokesman for the Interior Ministry, Ahmed Saleh, said": the parse hangs the name
            # on the ministry, but it names the spokesman and closes the subject
            last = named.right_edge
            phrase = dataclasses.replace(phrase, end=max(phrase.end, last.idx + len(last.text)))
            written = text[phrase.start : phrase.end]
    titled = named is not None and (
        phrase.head.lemma_.lower() in lexicon.person_nouns or _unlisted_title(phrase.head)
    )
    if named is not None and titled:
        # "a spokesperson for the UN office, Jeremy Laurence": the person, not the office; "the
        # province's chief justice, Ali Rezaei": a title the lexicon does not list names a person too
        first, last = named.left_edge, named.right_edge
        phrase = dataclasses.replace(
            phrase, head=named, core_start=first.idx, core_end=min(last.idx + len(last.text), phrase.end)
        )
    known = _overlapping_actor(actors, phrase)
    core = text[phrase.core_start : phrase.core_end]
    generic = known is not None and _is_generic(known)
    if known is not None and (generic or _owned_unit(phrase, known)):
        # a generic actor ("a local official" -> Authorities): keep the words, take the kind; a part
        # of a named organisation ("the junta's information team", "the ministry's press office"):
        # its name is the words as written, its kind and country the owner's, no identifier of its own
        return Actor(
            text=written,
            start_char=phrase.start,
            end_char=phrase.end,
            name=_identity(phrase, core),
            aliases=(),
            kind=known.kind if known.kind != "unknown" else guess_kind(written, lexicon),
            role="speaker",
            country=known.country,
            identifier=known.identifier if generic else None,
            dictionary_version=known.dictionary_version,
        )
    if known is not None and _owned_person(phrase, known, lexicon):
        # "IHRM's director", "the ministry's spokesman": a person of the named organisation
        head = phrase.head
        person = Actor(
            text=written,
            start_char=phrase.start,
            end_char=phrase.end,
            name=f"{known.name} {head.text}",
            aliases=_role_of_owner(phrase),
            kind=known.kind if known.kind != "unknown" else guess_kind(written, lexicon),
            role="speaker",
            country=known.country,
            identifier=None,
            dictionary_version=known.dictionary_version,
        )
        return inferred(person, None, "speaker_actors.owner_role")
    if known is not None:
        kind = known.kind if known.kind != "unknown" else guess_kind(written, lexicon)
        return Actor(
            text=written,
            start_char=phrase.start,
            end_char=phrase.end,
            name=known.name,
            aliases=known.aliases,
            kind=kind,
            role="speaker",
            country=known.country,
            identifier=known.identifier,
            dictionary_version=known.dictionary_version,
            inferred_names=known.inferred_names,
        )
    return Actor(
        text=written,
        start_char=phrase.start,
        end_char=phrase.end,
        name=_identity(phrase, core),
        aliases=(),
        kind="state" if phrase.head.ent_type_ == "GPE" else guess_kind(written, lexicon),  # "Iran says"
        role="speaker",
        country=None,
    )


def _role_of_owner(phrase: SpeakerPhrase) -> tuple[str, ...]:
    """ "the CGT's leader" -> ("leader of the CGT",): the same person named the other way round."""
    head = phrase.head
    poss = next((c for c in head.lefts if c.dep_ == "poss"), None)
    if poss is None:
        return ()
    text = doc_text(head.doc)
    case = next((c for c in kids(poss) if c.dep_ == "case"), None)
    after = (case or poss).idx + len((case or poss).text)
    role = text[after : head.idx + len(head.text)].strip()
    owner = text[max(poss.left_edge.idx, phrase.start) : poss.idx + len(poss.text)]
    return (f"{role} of {owner}",) if role and owner else ()
