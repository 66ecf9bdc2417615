"""Speakers of claims: the written phrase, its canonical actor, and carry-over by pronoun or role.

A speaker is built from the words of the text. When the actor stage found a
mention over the speaker's head word, the speaker takes that actor's
canonical name and kind; otherwise the name is the phrase as written and the
kind comes from a few keywords (``kind_keywords`` in the cue lexicon).

:class:`SpeakerMemory` resolves "he said", "the group added", "the ministry
said" to the most recent compatible earlier speaker (recency plus a
person / organisation / head-noun check). It also names:

- a speaker whose relative clause gives the name ("one protester, who gave
  only his first name, Haider" -> Haider);
- a relative speaker by the noun its clause hangs on ("students, some of whom
  said" -> students);
- "we" / "our" outside quotations by the publisher, when the document has one;
- a definite description by the body the text names in full later ("the
  country's rights commission" … "The Ethiopian Human Rights Commission");
- an indefinite description by the organisation named soon after, in the actor
  dictionary or, failing that, by the parser ("a rights group said" … "The West
  Africa Rights Monitor said");
- "the company" by the organisation the sentence before names;
- "they" / "she" after a verb of interviewing by those interviewed ("Our
  researchers interviewed 23 witnesses. They described …");
- "the 34-year-old" and "the activist" by the person the text introduced so
  ("Narges Mohammadi, a prominent activist, …");
- "the two groups" by the speakers last named together, "the broadcaster" by
  the last speaker of its kind;

and gives a spokesperson or official the institution it speaks for as an
alias ("a police spokesperson" after "Hong Kong police").
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..nlp.text import ents as doc_ents
from ..records import Actor, ActorKind, Place
from .cues import CueLexicon
from .status import STAFF_NOUNS, is_publisher
from .syntax import kids, parse_tree, token_at

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Token

__all__ = [
    "SpeakerMemory",
    "SpeakerPhrase",
    "build_speaker",
    "described_name",
    "figures_owner",
    "guess_kind",
    "noun_phrase_before",
    "speaker_phrase",
    "with_stacked_subject",
]

_TRIM = " \t\n,;:.—–-\"'“”‘’()"
_ORG_ENTS = frozenset({"ORG", "NORP", "GPE", "FAC"})
_TITLES = frozenset({"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "sen.", "rep."})
# documents that carry someone's words: the one who issued them speaks, not the paper
_ISSUED = frozenset({"statement", "communique", "communiqué", "letter", "message", "declaration", "note"})
_GENERIC_PREFIX = "ew:generic-"
# role nouns that may refer to any earlier organisation speaker ("the group added")
_GENERIC_GROUP = frozenset({"group", "organisation", "organization", "body"})
# bodies people belong to, which a report names once and then calls "the party", "the alliance"
_MEMBERSHIP = frozenset(
    {"party", "alliance", "coalition", "movement", "front", "union", "federation", "association", "bloc"}
)
# who lead a body: "its leaders said" is the body speaking
_LEADERSHIP = frozenset({"leader", "leadership"})
# generic nouns for a body that are not said of the state, its forces, its courts or the press
_NONSTATE = frozenset({"group", "organisation", "organization"})
_OFFICIAL = frozenset({"state", "security_forces", "judiciary", "media"})
_LEADING = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that"})
# how far ahead (characters) an indefinite organisation may be named: "a doctors' group" … its name
# documents whose "of" phrase is their topic, not their author
_DOCUMENT_NOUNS = frozenset(
    {
        "report",
        "survey",
        "poll",
        "study",
        "analysis",
        "investigation",
        "assessment",
        "inquiry",
        "audit",
        "review",
    }
)
# verbs by which a body puts out a document: "The ministry issued a statement. … the statement said"
_ISSUING = frozenset({"issue", "release", "publish", "post", "circulate", "send"})
# what a body can be said to issue, which a later "the statement" or "the report" stands for
_ISSUABLE = _ISSUED | _DOCUMENT_NOUNS | frozenset({"warning", "notice", "ultimatum", "appeal", "bulletin"})
# how far back (sentences) a definite "the statement" / "the report" looks for the one it names: a
# statement is quoted right after it is issued, a report may be cited paragraphs later
_STATEMENT_REACH = 3
_REPORT_REACH = 60
_AHEAD = 1200
# modifiers that describe a group without naming it ("the London-based monitor")
_DESCRIPTIVE = frozenset(
    {"based", "-based", "-", "semi", "official", "run", "semi-official", "state-run", "ruling", "governing"}
    | {"funded", "backed", "owned", "affiliated", "linked", "state", "independent", "local"}
)
# general words for an office holder and the speaker kinds they can refer back to
_HYPERNYMS: dict[str, frozenset[str]] = {
    "official": frozenset({"state", "security_forces", "judiciary"}),
    "officer": frozenset({"security_forces"}),
}
# how far back (characters) a description of a private person picks up the last speaker
_CARRY = 600
# Verbs that go on with what the speaker before said: "He added that …", "She continued".
CONTINUING = frozenset({"add", "continue", "go", "stress", "note", "insist"})
# left dependents a definite role noun may have and still refer back ("the ruling party")
_DEFINITE_LEFTS = frozenset({"det", "poss", "compound", "amod"})
_CORE_RIGHT_DEPS = frozenset({"compound", "flat", "nummod", "poss", "case", "nmod"})


@dataclass(frozen=True, slots=True)
class SpeakerPhrase:
    """The written speaker: the whole phrase (``start``/``end``) and its core name (``core_*``)."""

    head: Token
    start: int
    end: int
    core_start: int
    core_end: int


def speaker_phrase(head: Token, *, stop: frozenset[int] = frozenset()) -> SpeakerPhrase:
    """The phrase headed by ``head``: its subtree up to any token in ``stop`` (token indices)."""
    cut = _first_modifier_clause(head)
    late = _trailing_modifier(head)
    if late is not None and (cut is None or late < cut):
        cut = late
    aside = _asides(head)
    tokens: list[Token] = []
    for tok in head.subtree:
        if cut is not None and tok.i >= cut:
            break
        if tok.i in aside:
            if tok.i > head.i:
                break  # "Mr. Burman (a view echoed by everyone) said": the aside is no part of the name
            tokens = []  # "… predictable - Donald J. Trump": a dash before the name ends what came before
            continue
        if not tokens and tok.i < head.i and tok.lower_ in _NOT_SPEAKER_LEADS:
            continue  # "Everything Trump says"
        if tok.i < head.i and tok.dep_ in {"advmod", "cc", "preconj"} and tok.head == head and not tokens:
            continue  # "Even China", "But officials
        if tok.i in stop:
            if tok.i > head.i:
                break
            tokens = []
            continue
        tokens.append(tok)
    while len(tokens) > 1 and tokens[-1].dep_ in {"case", "punct", "cc"}:
        tokens.pop()
    if not tokens:
        tokens = [head]
    text = doc_text(head.doc)
    start, end = _trim(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    end = _close_paren(text, start, end)
    core_start = min(
        [head.idx]
        + [t.idx for left in head.lefts if left.dep_ not in {"punct", "cc", "preconj"} for t in left.subtree]
    )
    core_end_tok = head
    for tok in head.rights:
        of_phrase = tok.dep_ == "prep" and tok.lower_ == "of"
        # a name written right after the head, without a comma: "the terrorist group Jaish al-Adl"
        bare_name = tok.dep_ == "appos" and tok.left_edge.i == core_end_tok.i + 1 and tok.pos_ == "PROPN"
        if tok.dep_ in _CORE_RIGHT_DEPS or of_phrase or bare_name:
            core_end_tok = max(tok.subtree, key=lambda t: t.i)
        else:
            break
    core_end = core_end_tok.idx + len(core_end_tok.text)
    core_start = max(core_start, start)
    core_end = min(max(core_end, core_start + 1), end)
    core_start, core_end = _trim(text, core_start, core_end)
    if core_end <= core_start:
        core_start, core_end = start, end
    return SpeakerPhrase(head=head, start=start, end=end, core_start=core_start, core_end=core_end)


_NP_POS = frozenset({"NOUN", "PROPN", "DET", "ADJ", "NUM", "PART", "PRON"})


def noun_phrase_before(verb: Token) -> SpeakerPhrase | None:
    """The noun phrase written right before ``verb`` ("a member of parliament said"), by part of speech.

    A fallback for a subject the parser did not attach; the phrase stops at punctuation,
    verbs and line breaks, and takes "of/at/for/from" phrases inside it.
    """
    doc = verb.doc
    tokens: list[Token] = []
    i = verb.i - 1
    while i >= 0:
        tok = doc[i]
        if "\n" in tok.text_with_ws:
            break
        coordinated = (
            tok.lower_ == "and" and bool(tokens) and i > 0 and doc[i - 1].pos_ in {"NOUN", "PROPN"}
        )  # "rights groups and local media said"
        if (
            tok.pos_ in _NP_POS
            or coordinated
            or (tok.pos_ == "ADP" and tok.lower_ in {"of", "at", "for", "from", "in"})
        ):
            tokens.insert(0, tok)
            i -= 1
            continue
        break
    while tokens and (tokens[0].pos_ == "ADP" or tokens[0].pos_ == "PART"):
        tokens.pop(0)
    nouns = [t for t in tokens if t.pos_ in {"NOUN", "PROPN", "PRON"}]
    if not nouns:
        return None
    first_adp = next((t for t in tokens if t.pos_ == "ADP"), None)
    head_candidates = [t for t in nouns if first_adp is None or t.i < first_adp.i] or nouns
    head = head_candidates[-1]
    text = doc_text(doc)
    start, end = _trim(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    core_end = end if first_adp is None or first_adp.lower_ == "of" else head.idx + len(head.text)
    return SpeakerPhrase(head=head, start=start, end=end, core_start=start, core_end=min(core_end, end))


_DASHES = frozenset({"-", "--", "—", "–", "―"})
# words a parse may glue before a speaker's name that are not part of it
_NOT_SPEAKER_LEADS = frozenset(
    {"everything", "anything", "something", "nothing", "whatever", "what", "both", "who", "whom", "which"}
)


def _asides(head: Token) -> frozenset[int]:
    """Token indices in the speaker's subtree that end its phrase: a dash with a space on either
    side, and a parenthesis that holds a clause (but not "(Vt.)" or "(ISPR)")."""
    out: set[int] = set()
    doc = head.doc
    tokens = list(head.subtree)
    for k, tok in enumerate(tokens):
        if tok.text in _DASHES and (tok.whitespace_ or (tok.i > 0 and doc[tok.i - 1].whitespace_)):
            out.add(tok.i)
        elif tok.text == "(":
            close = next((t for t in tokens[k + 1 :] if t.text == ")"), None)
            inner = tokens[k + 1 : tokens.index(close) if close is not None else len(tokens)]
            if any(t.pos_ in {"VERB", "AUX"} for t in inner):
                out.update(t.i for t in tokens[k : k + 1 + len(inner) + (close is not None)])
    return frozenset(out)


def _trailing_modifier(head: Token) -> int | None:
    """Index where a comparison after the speaker starts ("Hillary Clinton, like Obama, said"),
    with its comma."""
    doc = head.doc
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in {"like", "unlike"}:
            first = child.left_edge.i
            return first - 1 if first > 0 and doc[first - 1].text == "," else first
    return None


def _first_modifier_clause(head: Token) -> int | None:
    """Index where a clause modifying the speaker starts after a comma ("X, who …", "X, appearing …",
    "X, a spokeswoman for the union, which organised the strike")."""
    doc = head.doc
    for child in head.rights:
        if child.dep_ in {"relcl", "acl", "advcl"}:
            first = child.left_edge.i
            if first > 0 and doc[first - 1].text == ",":
                return first - 1
    for tok in head.subtree:  # a non-restrictive relative clause deeper in an apposition
        if tok.i > head.i and tok.dep_ == "relcl" and tok.head != head:
            first = tok.left_edge.i
            if first > 0 and doc[first - 1].text == "," and doc[first].lower_ in {"which", "who", "whose"}:
                return first - 1
        # "X, the attorney general of Oklahoma, one of the states suing …": an apposition to a
        # noun inside the speaker's own apposition describes that noun, not the speaker
        if tok.i > head.i and tok.dep_ == "appos" and tok.head != head and tok.head.dep_ in {"pobj", "dobj"}:
            first = tok.left_edge.i
            if first > 0 and doc[first - 1].text == ",":
                return first - 1
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _TRIM or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _TRIM or text[end - 1].isspace()):
        if text[end - 1] == ")" and text.count("(", start, end) > text.count(")", start, end - 1):
            break  # "Sen. Jane Doe (Vt.)": keep the closing parenthesis
        end -= 1
    # keep a closing abbreviation dot ("Jr.", "U.N.") that belongs to the word
    if end < len(text) and text[end] == "." and re.search(r"(?:\b[A-Z]|\.[A-Za-z])$", text[start:end]):
        end += 1
    return start, end


def _close_paren(text: str, start: int, end: int) -> int:
    """``end`` moved past the ")" of a parenthesis the phrase opens and the parse left out
    ("Sen. Jane Doe (Vt.)")."""
    if text.count("(", start, end) > text.count(")", start, end):
        m = re.match(r"\.?\)", text[end : end + 2])
        if m:
            return end + m.end()
    return end


def _stem(word: str) -> str:
    """A word compared loosely: lowercase, no possessive ending, no plural "s" ("doctors'" -> "doctor")."""
    w = re.sub(r"['’]s?$", "", word.lower())
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w


@functools.lru_cache(maxsize=8192)  # the same names and word lists are compared per claim and per mention
def _stems(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in re.findall(r"\w[\w'’]*", text))


def _bare(name: str) -> str:
    """A written name without a leading article or possessive pronoun, and without a possessive
    "'s" before a common noun ("his lawyer" -> "lawyer", "the junta's information team" ->
    "junta information team", but "Iran's Interior Ministry" stays)."""
    words = name.split(" ", 1)
    if len(words) == 2 and words[0].lower() in _LEADING:
        name = words[1]
    elif len(words) == 2 and words[0].lower() == "one" and re.fullmatch(r"(?!of )[a-z][\w -]*", words[1]):
        # "one woman", "One resident": one unnamed person is named as "a woman" is
        name = words[1]
    return re.sub(r"(\w)['’]s(?= [a-z])", r"\1", name)


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
    for tok in doc[phrase.head.left_edge.i : phrase.head.right_edge.i + 1]:
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
    return dataclasses.replace(actor, aliases=(*actor.aliases, first))


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
    if known is not None and _is_generic(known):
        # a generic actor ("a local official" -> Authorities): keep the words, take the kind
        return Actor(
            text=written,
            start_char=phrase.start,
            end_char=phrase.end,
            name=_identity(phrase, core),
            aliases=(),
            kind=known.kind if known.kind != "unknown" else guess_kind(written, lexicon),
            role="speaker",
            country=known.country,
            identifier=known.identifier,
            dictionary_version=known.dictionary_version,
        )
    if known is not None and _owned_unit(phrase, known):
        # "the junta's information team", "the ministry's press office": a part of the named
        # organisation speaks; its name is the words as written, its kind and country the owner's
        return Actor(
            text=written,
            start_char=phrase.start,
            end_char=phrase.end,
            name=_identity(phrase, core),
            aliases=(),
            kind=known.kind if known.kind != "unknown" else guess_kind(written, lexicon),
            role="speaker",
            country=known.country,
            identifier=None,
            dictionary_version=known.dictionary_version,
        )
    if known is not None and _owned_person(phrase, known, lexicon):
        # "IHRM's director", "the ministry's spokesman": a person of the named organisation
        head = phrase.head
        return Actor(
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


_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_TITLE_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}
# nouns that tell a person's gender; not "spokesman" or "chairman": papers write them of women too
_MALE_NOUNS = frozenset({"man", "father", "brother", "son", "husband", "boy", "uncle", "nephew"})
_FEMALE_NOUNS = frozenset({"woman", "mother", "sister", "daughter", "wife", "girl", "aunt", "niece"})
_NOUN_GENDER = dict.fromkeys(_MALE_NOUNS | {"grandfather", "businessman", "widower"}, "m") | dict.fromkeys(
    _FEMALE_NOUNS | {"grandmother", "spokeswoman", "businesswoman", "chairwoman", "widow"}, "f"
)


def written_gender(text: str) -> str | None:
    """The gender a speaker is written with: "she", "Mrs Abena …", "his sister", "Police spokesman X"
    (a title or a gendered noun; a possessive pronoun before the noun is someone else's)."""
    words = [w.lower() for w in re.findall(r"[\w.]+", text)]
    if len(words) == 1 and words[0] in _PRONOUN_GENDER:
        return _PRONOUN_GENDER[words[0]]
    for w in words:
        if w in _TITLE_GENDER:
            return _TITLE_GENDER[w]
        if w in _NOUN_GENDER:
            return _NOUN_GENDER[w]
    return None


def _phrase_text(tok: Token) -> str:
    """The words of ``tok``'s phrase, its apposition included ("the commissioner, Mr Okello")."""
    return doc_text(tok.doc)[tok.left_edge.idx : tok.right_edge.idx + len(tok.right_edge.text)]


@dataclass(slots=True)
class _Entry:
    actor: Actor
    person: bool
    plural: bool
    head: str
    words: frozenset[str]
    at: int = 0  # where the speaker was last named or referred to
    gender: str | None = None  # "m" / "f" once a "he" or "she" referred to it

    def agrees(self, pronoun: str) -> bool:
        """The entry can be what ``pronoun`` ("he", "she" …) stands for: no gender told against it."""
        want = _PRONOUN_GENDER.get(pronoun)
        have = self.gender or written_gender(self.actor.text or "")
        return want is None or have is None or want == have


@dataclass(slots=True)
class SpeakerMemory:
    """Earlier speakers of a document, most recent last, for pronoun and role carry-over.

    "he" / "she" with no person speaker in the last two sentences falls back to the
    last person named before it outside quotations ("A graphic artist … He told …").
    """

    lexicon: CueLexicon
    entries: list[_Entry] = field(default_factory=list)
    actors: tuple[Actor, ...] = ()
    quoted: tuple[tuple[int, int], ...] = ()  # quotation spans: names inside them are not antecedents
    issuers: dict[str, _Entry] = field(default_factory=dict)  # who issued the last statement, letter …
    publisher: str | None = None  # who "we" / "our" are in the publisher's own voice
    places: tuple[Place, ...] = ()  # toponyms in text order: "the province's governor" is placed

    def resolve(self, phrase: SpeakerPhrase, actor: Actor) -> Actor:
        """``actor`` with the name and kind of the earlier speaker it refers to, if any; remembers it.

        A spokesperson or official of an institution ("a police spokesperson", "a spokesman for the
        ministry") speaks for it: the institution's name is added to the speaker's aliases."""
        found = self._resolve(phrase, actor)
        head = phrase.head
        held = _held_name(head) if (found.name or "").lower() in _PLAIN_PEOPLE else None
        if held is not None:
            # "more than 50 people, some of whom said", "three men who were released in April said":
            # people named by what was done to them speak as detainees
            found = dataclasses.replace(found, name=held)
            for entry in self.entries[-1:]:
                if entry.at == head.idx:
                    entry.actor = found
        if found.aliases:
            return found
        if self.publisher and head.lower_ in STAFF_NOUNS and is_publisher(found, self.publisher):
            # "ASK's fact-finding team" in an ASK report: the publisher's own people speak for it
            found = dataclasses.replace(found, aliases=(self.publisher,))
            for entry in self.entries[-1:]:
                if entry.at == head.idx:
                    entry.actor = found
            return found
        if head.lemma_.lower() in _SPEAKING_UNITS:
            owner = self._owning_body(head)
            if owner is None or _words(owner.name) <= _words(found.name):
                return found
            # "the Security Committee of the National Council (NCRI)": a unit speaks for its body
            found = dataclasses.replace(found, aliases=(owner.name, *owner.aliases))
            for entry in self.entries[-1:]:
                if entry.at == head.idx:
                    entry.actor = found
            return found
        if head.lemma_.lower() not in _VOICE_NOUNS:
            return found
        institution = self._institution(head)
        if institution is None or _words(institution) <= _words(found.name):
            return found
        found = dataclasses.replace(found, aliases=(institution,))
        for entry in self.entries[-1:]:
            if entry.at == head.idx:
                entry.actor = found
        return found

    def _owning_body(self, head: Token) -> Actor | None:
        """The named organisation a unit belongs to: "of the National Council of Resistance of Iran
        (NCRI)" after "Committee", "the party's" before "secretariat" (not a place: "of Belarus")."""
        for c in kids(head):
            if c.dep_ == "poss" and c.i < head.i:
                owner: Token | None = c
            elif c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i:
                owner = next((o for o in kids(c) if o.dep_ == "pobj"), None)
            else:
                continue
            if owner is None or owner.pos_ != "PROPN" or owner.ent_type_ in {"GPE", "LOC"}:
                continue
            covering = next(self._actors_at(owner.idx), None)
            if (
                covering is not None
                and not _is_generic(covering)
                and covering.kind not in {"state", "unknown"}
            ):
                return covering
        return None

    def _institution(self, head: Token) -> str | None:
        """The institution a spokesperson speaks for: "police" of "a police spokesperson" (the
        police force named before, if any), "the ministry" of "a spokesman for the ministry"."""
        owner: Token | None = None
        for c in kids(head):
            if c.dep_ in {"compound", "poss"} and c.pos_ in {"NOUN", "PROPN"} and c.i < head.i:
                owner = c
            elif c.dep_ == "prep" and c.lower_ in {"for", "of", "at"} and owner is None:
                owner = next((o for o in kids(c) if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}), None)
        if owner is None or owner.lemma_.lower() in self.lexicon.person_nouns:
            return None
        covering = next(self._actors_at(owner.idx), None)
        if covering is not None and not _is_generic(covering):
            return covering.name
        lemma = owner.lemma_.lower()
        spoken = next((e for e in reversed(self.entries) if not e.person and lemma in e.words), None)
        earlier = spoken or self._named_before(owner, lemma, by_kind=False)
        if earlier is not None:
            return earlier.actor.name
        return _bare(doc_text(head.doc)[owner.left_edge.idx : owner.idx + len(owner.text)])

    def _resolve(self, phrase: SpeakerPhrase, actor: Actor) -> Actor:
        head = phrase.head
        if _self_name(phrase, self.lexicon) is not None:
            # "The organisers, a youth movement called Stand Up Mongolia, said": the name given stands,
            # and a later "the group" / "the movement" is that body
            self._remember(head, actor)
            self.entries[-1].person = False
            self.entries[-1].words = self.entries[-1].words | _GENERIC_GROUP | _named_body_nouns(phrase)
            return actor
        if _aside_name(head) is not None:
            # "one protester, who gave only his first name, Haider": the name stands for itself
            self._remember(head, actor)
            return actor
        if (
            head.lemma_.lower() in self.lexicon.person_nouns
            and (
                any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in kids(head))
                or _closing_name(phrase) is not None
            )
        ) or _unlisted_title(head):
            # "the group's director, Mahmood Amiry-Moghaddam, said": the person named, not "<group> director"
            self._remember(head, actor)
            return actor
        relative = _relative_antecedent(head)
        if relative is not None:
            # "… detained 50 students, some of whom said": the students speak
            inner = speaker_phrase(relative)
            found = self.resolve(inner, build_speaker(inner, self.actors, self.lexicon))
            if not found.identifier or _is_generic(found):  # "more than 50 students" -> "students"
                found = dataclasses.replace(found, name=_noun_name(relative))
            return dataclasses.replace(
                found, text=actor.text, start_char=actor.start_char, end_char=actor.end_char
            )
        part = _partitive_pronoun(head)
        if part is not None:
            # "Three of them said …": those the pronoun stands for speak
            inner = speaker_phrase(part)
            found = self.resolve(inner, build_speaker(inner, self.actors, self.lexicon))
            if found.name and found.name.lower() not in _PARTITIVE_PRONOUNS and found.kind not in _WHOLES:
                return dataclasses.replace(
                    found, text=actor.text, start_char=actor.start_char, end_char=actor.end_char
                )
        if head.lower_ in _FIRST_PLURAL and self.publisher and not self._in_quote(head.idx):
            # "According to our records", "we have documented": the publisher in its own voice
            return self._as_publisher(actor, self.publisher)
        if self.publisher and _own_findings(head) and not self._in_quote(head.idx):
            # "according to our research", "our investigation found": the publisher's own work
            return self._as_publisher(actor, self.publisher)
        if self.publisher and _own_staff(head) and not self._in_quote(head.idx):
            # "Our monitors have documented", "our reporters counted", "our own network of activists":
            # the publisher's own people speak for it
            return self._as_publisher(actor, self.publisher)
        if actor.identifier and not _is_generic(actor) and head.pos_ != "PRON":
            # a name the actor dictionary knows ("KHRN", "the judiciary") stands for itself, unless
            # it names only the owner of a definite role noun ("the UN agency" after UNHCR)
            earlier = self._antecedent(head) if self._owner_only(actor, head) else None
            if earlier is None:
                local = self._local_name(head)
                if local is not None:
                    # "Police in Gazipur", "Tehran's prosecutor": a local branch of the body the
                    # dictionary knows speaks; the body's name stays as an alias
                    actor = dataclasses.replace(
                        actor, name=local, aliases=(actor.name, *actor.aliases), identifier=None
                    )
                self._remember(head, actor)
                return actor
        antecedent = self._issuer(head) if self._issued_document(head) else None
        if antecedent is None and head.lemma_.lower() not in _ISSUED:
            antecedent = self._antecedent(head)
        if head.pos_ == "PRON" and (
            head.lower_ in self.lexicon.person_pronouns
            or head.lower_ in self.lexicon.plural_pronouns
            or head.lower_ in self.lexicon.thing_pronouns
        ):
            subject = self._subject_before(head, antecedent.at if antecedent is not None else -1)
            if subject is not None:
                antecedent = subject
                self.entries.append(subject)
        if antecedent is None and _is_generic(actor) and (actor.text or "").lower().startswith("the "):
            antecedent = self._named_for_generic(head, actor)
        if antecedent is None and (not actor.identifier or _is_generic(actor)):
            antecedent = self._named_after(head)
        if antecedent is None and head.lower_ in self.lexicon.person_pronouns:
            antecedent = self._person_mentioned_before(head)
            if antecedent is not None:
                self.entries.append(antecedent)
        if antecedent is None and head.pos_ == "PRON" and head.lower_ in self.lexicon.person_pronouns:
            antecedent = self._continued(head)
        if antecedent is None and head.pos_ in {"NOUN", "PROPN"}:
            antecedent = self._owned_role(head)
        if antecedent is not None:
            resolved = Actor(
                text=actor.text,
                start_char=actor.start_char,
                end_char=actor.end_char,
                name=antecedent.actor.name,
                aliases=_with_written(antecedent.actor),
                kind=antecedent.actor.kind,
                role="speaker",
                country=antecedent.actor.country,
                identifier=antecedent.actor.identifier,
                dictionary_version=antecedent.actor.dictionary_version,
            )
            self.entries = [e for e in self.entries if e is not antecedent]
            antecedent.actor = resolved
            antecedent.at = head.idx
            antecedent.gender = _PRONOUN_GENDER.get(head.lower_, antecedent.gender)
            if head.pos_ in {"NOUN", "PROPN"}:
                # "Mr X, the minister, …; the Minister said": X is the minister from now on
                antecedent.words = antecedent.words | {head.lemma_.lower()}
            self.entries.append(antecedent)
            return resolved
        placed = self._placed_name(head) if not actor.identifier or _is_generic(actor) else None
        if placed is None and head.pos_ != "PRON":
            placed = self._local_name(head)  # "Police in Gazipur" -> "Gazipur police"
        if placed is not None:
            actor = dataclasses.replace(actor, name=placed)  # "the province's governor"
        if head.pos_ != "PRON":
            self._remember(head, actor)
        return actor

    def _local_name(self, head: Token) -> str | None:
        provincial = self._provincial_name(head)
        return provincial if provincial is not None else self._placed_unit(head)

    def _provincial_name(self, head: Token) -> str | None:
        """ "the provincial police chief" -> "Sistan and Baluchestan police chief", "the provincial
        government" -> "Balochistan government": "provincial" stands for the last province named before
        (outside quotations), as "the province's governor" does."""
        if head.pos_ not in {"NOUN", "PROPN"}:
            return None
        doc = head.doc
        adj = next((t for t in doc[head.left_edge.i : head.i] if t.lower_ == "provincial"), None)
        if adj is None:
            return None
        place = None
        for p in self.places:
            if p.start_char >= head.idx:
                break
            if p.feature == "admin1" and not self._in_quote(p.start_char):
                place = p
        if place is None:
            return None
        words = place.text.split()
        while len(words) > 1 and words[-1].lower() in _RANK_WORDS:
            words.pop()  # "Balochistan province" -> "Balochistan"
        rest = doc_text(doc)[adj.idx + len(adj.text) : head.idx + len(head.text)].strip()
        return f"{' '.join(words)} {rest}" if rest else None

    def _placed_unit(self, head: Token) -> str | None:
        """ "Police in Punjab province" -> "Punjab police", "Tehran's prosecutor" -> "Tehran
        prosecutor": an institution noun placed below the country by a toponym ("in X", "X's")."""
        if head.pos_ not in {"NOUN", "PROPN"} or head.lower_ not in _LOCAL_UNITS:
            return self._officials_of(head)
        found: Place | None = None
        for c in kids(head):
            if c.dep_ == "poss" and c.i < head.i:
                place: Token | None = c
            elif c.dep_ == "prep" and c.lower_ == "in" and c.i > head.i:
                place = next((o for o in kids(c) if o.dep_ == "pobj"), None)
            else:
                continue
            if place is None:
                continue
            # the toponym itself or, "in Punjab province", the name before its rank noun
            found = next(
                (p for p in self.places if p.start_char <= place.left_edge.idx and place.idx < p.end_char),
                None,
            )
            if found is not None:
                break
        if found is None or found.feature in {None, "country", "region"}:
            return None
        words = found.text.split()
        while len(words) > 1 and words[-1].lower() in _RANK_WORDS:
            words.pop()  # "Punjab province" -> "Punjab"
        return f"{' '.join(words)} {head.text.lower()}"

    def _officials_of(self, head: Token) -> str | None:
        """ "Officials at the Civil Hospital in Quetta" -> "Civil Hospital officials", "a senior official
        of the presidential administration" -> "presidential administration official": officials
        of a named body speak for it, not for the government at large."""
        if head.lower_ not in {"official", "officials"}:
            return None
        prep = next((c for c in kids(head) if c.dep_ == "prep" and c.lower_ in {"at", "of", "from"}), None)
        body = next((o for o in kids(prep) if o.dep_ == "pobj"), None) if prep is not None else None
        if body is None or body.pos_ not in {"NOUN", "PROPN"} or body.ent_type_ in {"GPE", "NORP"}:
            return None
        if body.lemma_.lower() in _GENERAL_BODIES:
            return None
        doc = head.doc
        words = [
            t.text
            for t in doc[body.left_edge.i : body.i + 1]
            if t.dep_ not in {"det", "poss", "case", "punct"}
        ]
        of = next((c for c in kids(body) if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            for t in doc[of.i : of.right_edge.i + 1]:
                if t.text in {"(", ","}:
                    break
                words.append(t.text)
        return f"{' '.join(words)} {head.lower_}" if words else None

    def _placed_name(self, head: Token) -> str | None:
        """ "the province's governor" -> "governor of Sistan and Baluchestan": a possessor that
        only places the speaker stands for the last place of its rank named before."""
        poss = next((c for c in head.lefts if c.dep_ == "poss" and c.lemma_.lower() in _PLACE_OWNERS), None)
        if poss is None:
            return None
        ranks = _PLACE_RANKS.get(poss.lemma_.lower(), frozenset())
        place = None
        for p in self.places:
            if p.start_char >= head.idx:
                break
            if p.feature in ranks and not self._in_quote(p.start_char):
                place = p
        if place is None:
            return None
        words = [t.text for t in head.lefts if t.dep_ in {"compound", "amod"} and t.i > poss.i]
        return f"{' '.join([*words, head.text])} of {place.text}"

    def _actors_at(self, idx: int) -> Iterator[Actor]:
        """The actor mentions covering character offset ``idx``, in the order the actor stage found them."""
        return (
            a
            for a in self.actors
            if a.start_char is not None and a.end_char is not None and a.start_char <= idx < a.end_char
        )

    def _owner_only(self, actor: Actor, head: Token) -> bool:
        """A known actor mention that covers a modifier of a definite organisation noun but not the
        noun itself ("the UN agency", "the Iranian group")."""
        if head.lemma_.lower() not in self.lexicon.anaphor_nouns.get("organisation", frozenset()):
            return False
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
            return False
        for c in kids(head):
            if (
                c.dep_ == "appos"
                and c.i > head.i
                and any(a.identifier == actor.identifier for a in self._actors_at(c.idx))
            ):
                return (
                    False  # "the Oslo-based group Iran Human Rights": the name in apposition is the group's
                )
        return not any(a.identifier == actor.identifier for a in self._actors_at(head.idx))

    def _person_named_before(self, head: Token, role: str | None) -> _Entry | None:
        """The last person named before ``head`` in its paragraph or the two before, outside
        quotations; with ``role``, only one the text gave that role in apposition ("Narges
        Mohammadi, a prominent activist" … "the activist said")."""
        text = doc_text(head.doc)
        floor = head.idx
        for _ in range(3):
            floor = text.rfind("\n", 0, max(floor - 1, 0))
            if floor < 0:
                break
        for tok in reversed(head.doc[: head.i]):
            if tok.idx <= floor:
                break
            if tok.dep_ == "compound" or tok.pos_ != "PROPN" or self._in_quote(tok.idx):
                continue
            aged = any(c.like_num for c in kids(tok))  # "Maryam Hosseini, 34,"
            if tok.ent_type_ != "PERSON" and role is None and not aged:
                continue
            if role is not None:
                appos = [c for c in kids(tok) if c.dep_ == "appos"]
                if tok.dep_ == "appos":
                    appos.append(tok.head)
                if not any(a.lemma_.lower() == role for a in appos):
                    continue
            named = speaker_phrase(tok)
            first = min(
                (t for t in tok.lefts if t.dep_ == "compound" and t.lower_ not in _TITLES),
                key=lambda t: t.i,
                default=tok,
            )  # "Mr Kwabena Asante-Darko" -> "Kwabena Asante-Darko"
            named = dataclasses.replace(
                named,
                start=first.idx,
                end=tok.idx + len(tok.text),
                core_start=first.idx,
                core_end=tok.idx + len(tok.text),
            )
            actor = build_speaker(named, self.actors, self.lexicon)
            return _Entry(
                actor=actor,
                person=True,
                plural=False,
                head=tok.lemma_.lower(),
                words=_words(actor.name),
                at=tok.idx,
            )
        return None

    def _in_quote(self, at: int) -> bool:
        return any(a <= at < b for a, b in self.quoted)

    def _as_publisher(self, actor: Actor, publisher: str) -> Actor:
        """``actor`` named as the publisher (the actor mention of the publisher's name, if any)."""
        want = _words(publisher)
        known = next(
            (
                a
                for a in self.actors
                if not _is_generic(a) and any(_words(n) == want for n in (a.name, *a.aliases))
            ),
            None,
        )
        if known is not None:
            return dataclasses.replace(
                known, text=actor.text, start_char=actor.start_char, end_char=actor.end_char, role="speaker"
            )
        return dataclasses.replace(
            actor, name=publisher, aliases=(), kind=guess_kind(publisher, self.lexicon)
        )

    def _issuer(self, head: Token) -> _Entry | None:
        """Who issued a statement, letter or message that "says" something: its owner ("the
        ministry's statement"), its author ("a letter signed by 40 lawyers"), for "the statement"
        the issuer of the last one, and for an unowned "according to a statement" the people whose
        act it reports ("women prisoners began a hunger strike, according to a statement")."""
        found: Token | None = None
        for c in kids(head):
            if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}:
                found = c
            elif c.dep_ == "prep" and c.lower_ in {"by", "from", "of"}:
                found = next((o for o in kids(c) if o.dep_ == "pobj" and self._agent(o)), found)
            elif c.dep_ in {"acl", "relcl"}:
                for a in kids(c):
                    if a.dep_ == "agent":
                        found = next((o for o in kids(a) if o.dep_ == "pobj" and self._agent(o)), found)
        if found is None and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(head)):
            # the statement issued just before, else the last one this document's "the statement" named
            found = self._earlier_issuer(head)
            known = self.issuers.get(head.lemma_.lower())
            if found is None and known is not None:
                return known
        if found is None:
            found = self._issuer_of_mention(head)
        if found is None and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(head)):
            # "According to the governor's office, … . Police intervened …, the statement said": the
            # body that just spoke, when no statement was mentioned before
            return self._recent_body(head)
        if found is None:
            return None
        start, end = found.left_edge.idx, found.idx + len(found.text)  # not "… in Evin Prison"
        named = SpeakerPhrase(head=found, start=start, end=end, core_start=start, core_end=end)
        actor = build_speaker(named, self.actors, self.lexicon)
        earlier = self._antecedent(found)
        entry = _Entry(
            actor=earlier.actor if earlier is not None else actor,
            person=self._is_person(found),
            plural=self._is_plural(found),
            head=found.lemma_.lower(),
            words=_words(actor.name, actor.text or ""),
            at=found.idx,
        )
        self.issuers[head.lemma_.lower()] = entry
        return entry

    @staticmethod
    def _issued_document(head: Token) -> bool:
        """A statement, letter or message, or a definite report, study or survey ("according to the
        report"), that speaks for whoever issued it."""
        lemma = head.lemma_.lower()
        if lemma in _ISSUED:
            return True
        return (
            lemma in _DOCUMENT_NOUNS
            and head.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(head))
            and not any(c.dep_ in {"poss", "compound"} for c in kids(head))
        )

    def _recent_body(self, head: Token) -> _Entry | None:
        """The organisation that spoke last, in this sentence or the two before it."""
        doc = head.doc
        first = head.sent.start
        for _ in range(2):
            if first == 0:
                break
            first = doc[first - 1].sent.start
        lo = doc[first].idx
        return next((e for e in reversed(self.entries) if not e.person and lo <= e.at < head.idx), None)

    def _issuer_of_mention(self, doc_noun: Token) -> Token | None:
        """Who issued this mention of a statement: "X said in a statement" (the speaker), "according
        to a statement" over an act of a group of people (the group)."""
        if doc_noun.dep_ != "pobj":
            return None
        prep = doc_noun.head
        if prep.lower_ == "in" and prep.head.lemma_.lower() in self.lexicon.speech_verbs:
            subj = next((c for c in kids(prep.head) if c.dep_ == "nsubj"), None)
            return subj if subj is not None and subj.pos_ != "PRON" else None
        if prep.lower_ == "to" and prep.head.lower_ == "according":
            return self._actor_of_vouched(prep.head)
        return None

    def _earlier_issuer(self, head: Token) -> Token | None:
        """ "The statement said …": the issuer of the last statement mentioned before whose issuer
        the text names, in the last three sentences ("the report": in the text before it); or the body
        that issued something just before ("The office issued a warning. '…,' the statement said")."""
        doc = head.doc
        lemma = head.lemma_.lower()
        first = head.sent.start
        for _ in range(_STATEMENT_REACH if lemma in _ISSUED else _REPORT_REACH):
            if first == 0:
                break
            first = doc[first - 1].sent.start
        for tok in reversed(doc[first : head.sent.start]):
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _ISSUABLE:
                continue
            if tok.lemma_.lower() == lemma:
                owner = figures_owner(tok)
                if owner is not None and owner.pos_ != "PRON":
                    return owner
                found = self._issuer_of_mention(tok)
                if found is not None:
                    return found
            found = self._issuing_subject(tok)
            if found is not None:
                return found
        return None

    def _issuing_subject(self, document: Token) -> Token | None:
        """Who issued a document the text names as the object of a verb of issuing: "the governor's
        office issued a warning", "Amnesty published a report" (not a pronoun: "it issued")."""
        verb = document.head
        if document.dep_ != "dobj" or verb.lemma_.lower() not in _ISSUING:
            return None
        subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON" or not self._agent(subj):
            return None
        return subj

    def _actor_of_vouched(self, according: Token) -> Token | None:
        """The subject of the clause an unowned "according to a statement" vouches for, when it is
        a group of people who can issue one ("women prisoners began a hunger strike, according to
        a statement smuggled out of the ward")."""
        verb = according.head
        for _ in range(2):
            subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
            if subj is not None:
                plural_people = subj.tag_ in {"NNS", "NNPS"} and (
                    subj.lemma_.lower() in self.lexicon.person_nouns or subj.ent_type_ in {"NORP", "ORG"}
                )
                return subj if plural_people or subj.ent_type_ == "ORG" else None
            if verb.head == verb:
                break
            verb = verb.head
        return None

    def _remember(self, head: Token, actor: Actor) -> None:
        self.entries.append(
            _Entry(
                actor=actor,
                person=self._is_person(head),
                plural=self._is_plural(head),
                head=head.lemma_.lower(),
                words=_words(actor.name, actor.text or "", *actor.aliases),
                at=head.idx,
            )
        )

    def _continued(self, pronoun: Token) -> _Entry | None:
        """ "The ministry said … . He added that …": with no person to stand for, a "he" or
        "she" who adds or goes on continues the body that spoke in the sentence before."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in CONTINUING or not self.entries:
            return None
        doc = pronoun.doc
        sent = pronoun.sent
        if sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        last = self.entries[-1]
        if before.start_char <= last.at < sent.start_char and not last.plural:
            return last
        return None

    def _person_mentioned_before(self, pronoun: Token) -> _Entry | None:
        """The last person named before ``pronoun`` (same or previous paragraph), when no
        person speaker was named in the last two sentences."""
        doc = pronoun.doc
        sent = pronoun.sent
        window_start = doc[max(sent.start - 1, 0)].sent.start_char if sent.start > 0 else sent.start_char
        word = pronoun.lower_
        if any(e.person and not e.plural and e.at >= window_start and e.agrees(word) for e in self.entries):
            return None
        text = doc_text(doc)
        floor = text.rfind("\n\n", 0, text.rfind("\n\n", 0, pronoun.idx))
        best: Token | None = None
        for tok in doc[: pronoun.i]:
            if tok.idx <= floor or any(a <= tok.idx < b for a, b in self.quoted):
                continue
            if tok.dep_ not in {"nsubj", "nsubjpass", "appos", "attr"} or tok.pos_ not in {"PROPN", "NOUN"}:
                continue  # subjects are what a later "he" / "she" picks up
            person = tok.ent_type_ == "PERSON" or tok.lemma_.lower() in self.lexicon.person_nouns
            if person and tok.tag_ not in {"NNS", "NNPS"}:
                gender = written_gender(_phrase_text(tok))
                if gender is None or _PRONOUN_GENDER.get(word, gender) == gender:
                    best = tok
        if best is None:
            return None
        named = speaker_phrase(best)
        actor = build_speaker(named, self.actors, self.lexicon)
        return _Entry(
            actor=actor,
            person=True,
            plural=False,
            head=best.lemma_.lower(),
            words=frozenset(w.lower() for w in re.findall(r"\w+", actor.name)),
            at=best.idx,
        )

    def _is_person(self, head: Token) -> bool:
        for appos in kids(head):  # "Georgian Dream, the ruling party": the apposition decides
            if appos.dep_ == "appos" and appos.pos_ == "NOUN":
                if appos.lemma_.lower() in self.lexicon.person_nouns:
                    return True
                if appos.lemma_.lower() in self.lexicon.anaphor_all:
                    return False
            if (
                appos.dep_ == "appos"
                and appos.pos_ == "PROPN"
                and appos.ent_type_ == "PERSON"
                and head.pos_ == "NOUN"
                and head.tag_ == "NN"
                and not head.ent_type_
                and head.lemma_.lower() not in self.lexicon.anaphor_all
            ):
                return True  # "the province's chief justice, Ali Mostafavi-Nia": a person's office
        if head.ent_type_ == "PERSON":
            return True
        if head.pos_ == "PROPN" and any(
            c.dep_ in {"appos", "amod", "npadvmod"} and c.like_num and c.i == head.i + 2 for c in kids(head)
        ):
            return True  # "Khan, 72, has been …": an age makes a name a person's
        if (
            head.pos_ == "PROPN"
            and head.lemma_.lower() not in self.lexicon.anaphor_all
            and any(t.dep_ == "compound" and t.lower_ in self.lexicon.person_nouns for t in head.lefts)
        ):
            # a title before the name, whatever the tagger says: "Police spokeswoman X" (not a body's
            # name: "the Border Guard Command")
            return True
        if head.ent_type_ in _ORG_ENTS:
            return False
        if head.lemma_.lower() in self.lexicon.person_nouns:
            return True
        return any(t.lower_ in _TITLES for t in head.lefts)

    @staticmethod
    def _is_plural(head: Token) -> bool:
        return head.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in kids(head))

    def _antecedent(self, head: Token) -> _Entry | None:
        lex = self.lexicon
        word = head.lower_
        lemma = head.lemma_.lower()
        recent = list(reversed(self.entries))
        if word in lex.person_pronouns:
            people = [e for e in recent if e.person and not e.plural]
            return next((e for e in people if e.agrees(word)), people[0] if people else None)
        if word in lex.plural_pronouns:
            return next((e for e in recent if e.plural or not e.person), None)
        if word in lex.thing_pronouns:
            return next((e for e in recent if not e.person), None)
        if word == "one" and head.pos_ in {"NUM", "PRON"}:
            return next((e for e in recent if e.plural), None)  # "One said …" after "Cellmates said …"
        if _said_same(head):
            # "The same division said", "the same media had claimed": the one named so before
            same = {word, lemma}
            spoken = next((e for e in recent if e.head in same or same & e.words), None)
            return spoken or self._same_named_before(head, same)
        if _age_noun(head):
            # "the 34-year-old said": the last person spoken of
            last = next((e for e in recent if e.person and not e.plural), None)
            if last is not None and head.idx - last.at <= _CARRY:
                return last
            return self._person_named_before(head, None)
        lefts = [t for t in head.lefts if t.dep_ != "punct"]
        poss = next((t for t in lefts if t.dep_ == "poss"), None)
        determiner = next((t.lower_ for t in lefts if t.dep_ == "det"), None)
        if determiner is None and poss is not None and poss.pos_ == "NOUN":
            # "the doctors' committee", "the ombudsman's office": the role noun is still definite
            determiner = next((t.lower_ for t in poss.lefts if t.dep_ == "det"), None)
        titled = determiner == "the" and head.ent_type_ != "PERSON" and lemma in lex.person_nouns
        if (head.pos_ == "PROPN" or head.ent_type_) and not titled:
            # (a capitalised office, "the Minister", "the President", is a role noun like any other)
            if (
                head.ent_type_ not in {"GPE", "NORP", "ORG"}
                and not (head.text.isupper() and len(head.text) > 1)  # "GOHRI": an acronym, no surname
                and not any(t.dep_ == "compound" for t in head.lefts)
                and not _other_office(head, lemma, lex)
            ):
                # a surname alone after the full name: "Rezaei said"
                return next((e for e in recent if e.person and word in e.words and len(e.words) > 1), None)
            titles = [t.lower_.rstrip(".") for t in head.lefts if t.dep_ == "compound"]
            if titles and head.ent_type_ not in {"GPE", "NORP", "ORG"} and not head.text.isupper():
                # a title and the surname after the full name: "Brig Gen Habimana" after "RDF
                # spokesperson Brig Gen Jean-Paul Habimana" (the earlier mention gave every title word)
                return next(
                    (
                        e
                        for e in recent
                        if e.person
                        and word in e.words
                        and len(e.words) > len(titles) + 1
                        and all(t in e.words for t in titles)
                        and not _words(e.actor.name) <= {word, *titles}
                    ),
                    None,
                )
            return None
        if (
            determiner == "the"
            and head.tag_ == "NNS"
            and any(t.dep_ == "nummod" for t in lefts)
            and all(t.dep_ in {"det", "nummod"} for t in lefts)
            and (lemma in lex.anaphor_all or lemma in lex.person_nouns)
        ):
            # "Amnesty and HRW said … The two groups said": the last speakers named together
            return next(
                (
                    e
                    for e in recent
                    if (e.plural or " and " in (e.actor.text or ""))
                    and e.person == (lemma in lex.person_nouns)
                ),
                None,
            )
        if lemma in _LEADERSHIP and poss is not None and poss.lower_ == "its" and len(lefts) == 1:
            # "The BRDC has called a ville morte. Its leaders warned …": the body "its" stands for
            return self._body_before(head)
        if determiner != "the" or any(t.dep_ not in _DEFINITE_LEFTS for t in lefts):
            return None
        if poss is not None and poss.pos_ != "NOUN":
            return None
        person_noun = lemma in lex.person_nouns
        # "the telecommunications authority", "the Tabriz guild": every modifier is in the earlier name
        # "the Norway-based organisation": where a group is based describes it, it does not name it
        need = frozenset(
            _stem(t.text) for t in lefts if t.dep_ in {"compound", "amod"} and t.lower_ not in _DESCRIPTIVE
        ) | _office_of(head, person_noun)
        if poss is not None and person_noun and not need and poss.lemma_.lower() in lex.anaphor_all:
            return self._owned_by(head, poss)  # "the group's director"
        owner = _stem(poss.text) if poss is not None and poss.lemma_.lower() not in _PLACE_OWNERS else None
        everyone = recent
        recent = [e for e in recent if _fits(_stems(" ".join(e.words)), need, owner)]
        if lemma in lex.anaphor_nouns.get("organisation", frozenset()):
            named = next((e for e in recent if not e.person and (e.head == lemma or lemma in e.words)), None)
            if named is None and lemma in _GENERIC_GROUP and owner is None and not need:
                # "the group said" is no police force, ministry, court or news agency that spoke last
                official = _OFFICIAL if lemma in _NONSTATE else frozenset()
                named = next((e for e in recent if not e.person and e.actor.kind not in official), None)
            if named is None and owner is None and need:
                named = self._of_kind(head, everyone, need)
            if named is None and owner is None and not need and lemma not in _GENERIC_GROUP:
                # "according to the exile news site Iran Azad. The outlet reported": a speaker of the
                # noun's kind comes before any other mention of that kind
                kind = guess_kind(lemma, self.lexicon)
                if kind not in {"unknown", "state"}:
                    named = next((e for e in recent if not e.person and e.actor.kind == kind), None)
            named = named or self._named_before(
                head, lemma, by_kind=owner is None and not need, owner=owner, need=need
            )
            if named is None and owner is None and not need:
                named = self._classed_before(head, lemma)
            if named is None and lemma in _GENERIC_GROUP and owner is None and not need:
                named = self._group_named_near(head)
            if named is None and lemma in _BUSINESS and owner is None:
                named = self._company_before(head)
            if named is None and owner is None and not need:
                # "State television said … The broadcaster said": the last speaker of the noun's kind
                kind = guess_kind(lemma, self.lexicon)
                if kind not in {"unknown", "state"}:
                    named = next((e for e in recent if not e.person and e.actor.kind == kind), None)
            if named is None and lemma in _MEMBERSHIP and owner is None and not need:
                # "police arrested four members of the Convergence for Social Democracy (CPDS), the
                # party said": the body named in this sentence or the one before, of any group kind
                named = self._group_named_near(head, unlisted=True)
            return named
        if lemma in lex.anaphor_all or person_noun:
            # a person noun refers back to a person, an institution noun to an institution
            # ("the judiciary" is not "the judiciary spokesman")
            plural = self._is_plural(head)
            named = next(
                (
                    e
                    for e in recent
                    if e.person == person_noun
                    and (e.head == lemma or lemma in e.words)
                    and (not person_noun or e.plural == plural or " and " in (e.actor.text or ""))
                ),
                None,
            )  # "the residents" are not "one resident"
            if (
                named is not None
                and lemma not in _words(named.actor.name)
                and " and " in (named.actor.text or "")
            ):
                # "Residents and a doctor at the hospital said … the doctor said": that one of them
                name = _bare(doc_text(head.doc)[head.left_edge.idx : head.idx + len(head.text)])
                return _Entry(
                    actor=dataclasses.replace(named.actor, name=name, aliases=(), identifier=None),
                    person=person_noun,
                    plural=self._is_plural(head),
                    head=lemma,
                    words=_words(name),
                    at=head.idx,
                )
            named = named or self._named_before(head, lemma, by_kind=False, owner=owner, need=need)
            if named is None and person_noun and poss is None and need:
                named = self._described_before(head, recent)
            if named is None and person_noun and poss is None:
                named = self._person_named_before(head, lemma)  # "X, a prominent activist" … "the activist"
            if named is None and lemma in _HYPERNYMS and poss is None:
                named = self._hypernym_before(head, recent, _HYPERNYMS[lemma])
            return named
        return None

    def _same_named_before(self, head: Token, same: set[str]) -> _Entry | None:
        """The last noun phrase before ``head`` (outside quotations) whose head is the noun of "the same
        X": "messages from influencers in Florida" … "the same influencers"."""
        for tok in reversed(head.doc[: head.i]):
            if tok.pos_ != "NOUN" or not ({tok.lower_, tok.lemma_.lower()} & same) or self._in_quote(tok.idx):
                continue
            phrase = speaker_phrase(tok)
            actor = build_speaker(phrase, self.actors, self.lexicon)
            return _Entry(
                actor=actor,
                person=self._is_person(tok),
                plural=self._is_plural(tok),
                head=tok.lemma_.lower(),
                words=_words(actor.name, actor.text or ""),
                at=tok.idx,
            )
        return None

    def _classed_before(self, head: Token, lemma: str) -> _Entry | None:
        """The last name the text gave with ``lemma`` as its class noun before ``head``: "the Inclusive
        Alliance coalition" or "the Front Commun, an alliance of opposition parties" … "the
        coalition / the alliance said" (outside quotations)."""
        doc = head.doc
        for tok in reversed(doc[: head.i]):
            if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN" or self._in_quote(tok.idx):
                continue
            name = _class_bearer(tok)
            if name is None:
                continue
            start, end = name
            text = doc_text(doc)[start:end]
            covering = next((a for a in self.actors if a.start_char == start and not _is_generic(a)), None)
            actor = covering or Actor(
                text=text,
                start_char=start,
                end_char=end,
                name=_bare(text),
                aliases=(),
                kind=guess_kind(f"{text} {lemma}", self.lexicon),
                role="speaker",
                country=None,
            )
            words = _words(actor.name) | {lemma}
            return _Entry(actor=actor, person=False, plural=False, head=lemma, words=words, at=start)
        return None

    def _body_before(self, head: Token) -> _Entry | None:
        """The body that spoke last within the last sentences, else a non-state one named in this
        sentence or the one before: what "its" of "its leaders" stands for."""
        body = next((e for e in reversed(self.entries) if not e.person), None)
        if body is not None and head.idx - body.at <= _CARRY:
            return body
        return self._group_named_near(head, unlisted=True)

    def _group_named_near(self, head: Token, *, unlisted: bool = False) -> _Entry | None:
        """ "… the highest figure recorded by Iran Human Rights (IHRNGO), the organisation said": a
        non-state body named in this sentence or the one before, when no speaker came earlier.
        ``unlisted``: also an organisation the actor dictionary does not know (kind unknown, an
        organisation name to the parser)."""
        doc = head.doc
        sent = head.sent
        floor = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        for actor in sorted(self.actors, key=lambda a: a.start_char or 0, reverse=True):
            if actor.start_char is None or not floor <= actor.start_char < head.idx or _is_generic(actor):
                continue
            if any(a <= actor.start_char < b for a, b in self.quoted):
                continue
            if actor.kind not in _GROUP_KINDS and not (unlisted and self._unlisted_body(actor, doc)):
                continue
            words = frozenset(w.lower() for w in re.findall(r"\w+", actor.name))
            return _Entry(actor=actor, person=False, plural=False, head=head.lemma_.lower(), words=words)
        return None

    def _unlisted_body(self, actor: Actor, doc: Doc) -> bool:
        """An organisation the actor dictionary does not know: the parser's, and no toponym."""
        if actor.kind != "unknown" or actor.start_char is None:
            return False
        tok = token_at(doc, actor.start_char)
        if tok is None or tok.ent_type_ != "ORG":
            return False
        start, end = actor.start_char, actor.end_char or actor.start_char + 1
        return not any(p.start_char < end and start < p.end_char for p in self.places)

    def _company_before(self, head: Token) -> _Entry | None:
        """ "Rail workers at the state-owned SNCF struck …, the company said": the last organisation
        the parser names in this sentence or the one before (outside quotations)."""
        doc = head.doc
        sent = head.sent
        floor = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        found = None
        for ent in doc_ents(doc):
            if ent.start_char >= head.idx:
                break
            if ent.label_ == "ORG" and ent.start_char >= floor and not self._in_quote(ent.start_char):
                found = ent
        if found is None:
            return None
        actor = Actor(
            text=found.text,
            start_char=found.start_char,
            end_char=found.end_char,
            name=_bare(found.text),
            aliases=(),
            kind=guess_kind(found.text, self.lexicon),
            role="speaker",
            country=None,
        )
        return _Entry(
            actor=actor,
            person=False,
            plural=False,
            head=head.lemma_.lower(),
            words=_words(actor.name),
            at=found.start_char,
        )

    def _of_kind(self, head: Token, recent: list[_Entry], need: frozenset[str]) -> _Entry | None:
        """ "Amnesty International said … the rights group added": modifiers that only say what
        kind of organisation it is ("rights", "news") are met by the last organisation speaker of
        that kind; any other modifier must still be in its name."""
        words = [
            t.text
            for t in head.subtree
            if t.i < head.i
            and t.dep_ not in {"det", "poss", "punct", "case"}
            and t.lower_ not in _DESCRIPTIVE
        ]
        kind = guess_kind(" ".join([*words, head.text]), self.lexicon)
        if kind in {"unknown", "state"} or not need:
            return None
        keywords = next((kws for k, kws in self.lexicon.kind_keywords if k == kind), ())
        rest = _stems(" ".join(words)) - _stems(" ".join(keywords))
        return next(
            (
                e
                for e in recent
                if not e.person and e.actor.kind == kind and _fits(_stems(" ".join(e.words)), rest, None)
            ),
            None,
        )

    def _hypernym_before(self, head: Token, recent: list[_Entry], kinds: frozenset[str]) -> _Entry | None:
        """ "The governor was quoted as saying … The official added …": a general word for an office
        holder is the last person speaker of that kind, when it spoke within the last sentences."""
        last = next((e for e in recent if e.person and not e.plural), None)
        if last is None or last.actor.kind not in kinds or head.idx - last.at > _CARRY:
            return None
        return last

    def _described_before(self, head: Token, recent: list[_Entry]) -> _Entry | None:
        """ "Former cellmates told … One said … "They were killing him," the former prisoner said":
        a definite description of a private person (not an office: "the governor") whose modifiers
        all describe the last speaker too (``recent`` holds only such speakers) is that speaker,
        when it was named no better and spoke within the last sentences."""
        if guess_kind(head.lemma_.lower(), self.lexicon) not in {"unknown", "civilians"}:
            return None
        last = next((e for e in recent if e.person), None)
        if last is None or (last.actor.identifier and not _is_generic(last.actor)):
            return None
        if head.idx - last.at > _CARRY:
            return None
        return last

    def _named_after(self, head: Token) -> _Entry | None:
        """An indefinite organisation the text names soon after: "according to a doctors' group"
        … "The Central Committee of Sudanese Doctors said" (every modifier is in the name)."""
        lemma = head.lemma_.lower()
        lefts = [t for t in head.lefts if t.dep_ != "punct"]
        if lemma not in self.lexicon.anaphor_nouns.get("organisation", frozenset()):
            return None
        dets = [t for t in lefts if t.dep_ == "det"] + [
            t for p in lefts if p.dep_ == "poss" for t in p.lefts if t.dep_ == "det"
        ]  # "a doctors' group": the article hangs on the possessor
        definite = any(t.lower_ == "the" for t in dets)
        if not definite and not any(t.lower_ in {"a", "an"} for t in dets):
            return None
        need = frozenset(
            _stem(t.text)
            for t in lefts
            if t.dep_ in {"compound", "amod", "poss"}
            and t.lower_ not in _DESCRIPTIVE
            and t.lemma_.lower() not in _PLACE_OWNERS
            and not any(p in _DESCRIPTIVE for p in t.lower_.split("-")[1:])  # "state-funded"
        )
        if not need:
            return None
        if definite:
            # "the country's rights commission said" … "The Ethiopian Human Rights Commission":
            # a definite description the text names in full later holds its head noun too
            need = need | {_stem(head.text)}
        end = head.idx + len(head.text)
        for actor in sorted(self.actors, key=lambda a: a.start_char or 0):
            if (
                actor.start_char is None
                or actor.start_char <= end
                or _is_generic(actor)
                or not actor.identifier
            ):
                continue
            if actor.start_char > end + _AHEAD:
                break
            if _fits(_stems(" ".join((actor.name, *actor.aliases))), need, None):
                return _Entry(
                    actor=actor, person=False, plural=False, head=lemma, words=_words(actor.name), at=head.idx
                )
        # an organisation the dictionary does not know: "a rights group said" … "The West Africa
        # Rights Monitor said" (the parser's organisation names, every modifier in the name)
        for ent in doc_ents(head.doc):
            if ent.start_char <= end or ent.label_ != "ORG" or self._in_quote(ent.start_char):
                continue
            if ent.start_char > end + _AHEAD:
                break
            words = _bare(ent.text)
            if _fits(_stems(words), need, None) and len(words.split()) > 1:
                found = Actor(
                    text=ent.text,
                    start_char=ent.start_char,
                    end_char=ent.end_char,
                    name=words,
                    aliases=(),
                    kind=guess_kind(ent.text, self.lexicon),
                    role="speaker",
                    country=None,
                )
                return _Entry(
                    actor=found, person=False, plural=False, head=lemma, words=_words(words), at=head.idx
                )
        # "a civil society monitor" … "Plataforma Decide, an electoral monitoring group"
        return None if definite else self._described_after(head)

    def _described_after(self, head: Token) -> _Entry | None:
        """ "a civil society monitor said" … "Plataforma Decide, an electoral monitoring group, said":
        the name the text gives soon after with an apposition that describes it by the same noun."""
        doc = head.doc
        stem = _stem(head.text)
        if stem in _GENERIC_GROUP:
            return None  # "a group" is described as a group by any name
        org_nouns = self.lexicon.anaphor_nouns.get("organisation", frozenset())
        end = head.idx + len(head.text)
        for t in doc[head.i + 1 :]:
            if t.idx > end + _AHEAD:
                break
            if (
                t.dep_ != "appos"
                or t.head.pos_ != "PROPN"
                or t.head.i > t.i
                or t.lemma_.lower() not in org_nouns
            ):
                continue
            if self._in_quote(t.idx) or not any(
                _stem(w.text).startswith(stem) for w in t.subtree if w.pos_ in {"NOUN", "VERB", "ADJ"}
            ):
                continue
            name_tok = t.head
            covering = next((a for a in self._actors_at(name_tok.idx) if not _is_generic(a)), None)
            if covering is None:
                lo = name_tok.left_edge.idx
                name = _bare(doc_text(doc)[lo : name_tok.idx + len(name_tok.text)])
                covering = Actor(
                    text=name,
                    start_char=lo,
                    end_char=name_tok.idx + len(name_tok.text),
                    name=name,
                    aliases=(),
                    kind=guess_kind(t.text, self.lexicon),
                    role="speaker",
                    country=None,
                )
            return _Entry(
                actor=covering,
                person=False,
                plural=False,
                head=_stem(head.text),
                words=_words(covering.name),
                at=head.idx,
            )
        return None

    def _owned_by(self, head: Token, owner: Token) -> _Entry | None:
        """ "the group's director": a person of the organisation the possessor refers back to."""
        org = self._antecedent(owner)
        if org is None or org.person:
            return None
        name = f"{org.actor.name} {head.text}"
        actor = dataclasses.replace(org.actor, name=name, aliases=(), identifier=None)
        return _Entry(
            actor=actor,
            person=True,
            plural=self._is_plural(head),
            head=head.lemma_.lower(),
            words=frozenset(w.lower() for w in re.findall(r"\w+", actor.name)),
            at=head.idx,
        )

    def _owned_role(self, head: Token) -> _Entry | None:
        """ "the party's southern office", "the company's management", "the station's director": a
        role or unit of the organisation a definite possessor noun refers back to, named after it
        ("MDP southern office"; also "southern office of MDP")."""
        poss = next((c for c in kids(head) if c.dep_ == "poss" and c.i < head.i), None)
        if poss is None or poss.pos_ != "NOUN":
            return None
        lemma = poss.lemma_.lower()
        if lemma not in self.lexicon.anaphor_nouns.get("organisation", frozenset()):
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in poss.lefts):
            return None
        org = self._antecedent(poss) or self._classed_before(poss, lemma)
        if org is None or org.person:
            return None
        marker = next((c for c in kids(poss) if c.dep_ == "case"), poss)
        rest = doc_text(head.doc)[marker.idx + len(marker.text) : head.idx + len(head.text)].strip()
        if not rest:
            return None
        name = f"{org.actor.name} {rest}"
        actor = dataclasses.replace(
            org.actor, name=name, aliases=(f"{rest} of {org.actor.name}",), identifier=None
        )
        return _Entry(
            actor=actor,
            person=head.lemma_.lower() in self.lexicon.person_nouns,
            plural=self._is_plural(head),
            head=head.lemma_.lower(),
            words=_words(name),
            at=head.idx,
        )

    def _subject_before(self, pronoun: Token, after: int) -> _Entry | None:
        """The subject of a main clause between the last speaker (``after``) and ``pronoun``, in
        its sentence or the one before, that the pronoun can refer to: "the governor met
        elders … He said" is the governor, not an older speaker."""
        person = pronoun.lower_ in self.lexicon.person_pronouns
        thing = pronoun.lower_ in self.lexicon.thing_pronouns
        window_start = self._unquoted_sentence_before(pronoun)
        for tok in reversed(pronoun.doc[window_start : pronoun.i]):
            if tok.idx <= after:
                break
            if tok.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if any(a <= tok.idx < b for a, b in self.quoted) or not _main_clause(tok.head):
                continue
            if tok.lower_ == "one":
                # "One of them, the youth leader Neema Swai, was released. She told us": the one named
                tok = next((c for c in kids(tok) if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"}), tok)
            if tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            heard = self._interviewed(tok.head) if not thing else None
            if heard is not None and (self._is_plural(heard) != person):
                tok = heard  # "Our researchers interviewed 23 witnesses. They described …"
            else:
                heard = None
            plural = self._is_plural(tok)
            if person:
                if plural or not self._is_person(tok):
                    continue
                gender = written_gender(_phrase_text(tok))
                if gender is not None and _PRONOUN_GENDER.get(pronoun.lower_, gender) != gender:
                    continue  # "Mrs X …" is no "he"
            elif thing:
                if plural or self._is_person(tok):
                    continue
                if not self._named(tok) and tok.head.lemma_.lower() not in self.lexicon.speech_verbs:
                    continue  # "it" is an organisation named as such, not any thing
            elif not plural or not self._agent(tok):
                continue
            named = speaker_phrase(tok)
            actor = build_speaker(named, self.actors, self.lexicon)
            earlier = self._antecedent(tok)
            if earlier is not None:
                actor = earlier.actor
            elif heard is not None and (not actor.identifier or _is_generic(actor)):
                actor = dataclasses.replace(actor, name=_noun_name(tok))  # "23 witnesses" -> "witnesses"
            return _Entry(
                actor=actor,
                person=person,
                plural=plural,
                head=tok.lemma_.lower(),
                words=_words(actor.name, actor.text or ""),
                at=tok.idx,
            )
        return None

    def _unquoted_sentence_before(self, pronoun: Token) -> int:
        """Where the sentence before ``pronoun``'s starts (token index), passing over sentences that
        lie wholly inside a quotation: in 'The minister dismissed the reports. "A. B," he said.' the
        sentence before "he" is the minister's, not the first sentence of the quotation."""
        doc = pronoun.doc
        start = pronoun.sent.start
        while start > 0:
            before = doc[start - 1].sent
            start = before.start
            if not self._quoted_sentence(before.start_char, before.end_char):
                break
        return start

    def _quoted_sentence(self, start: int, end: int) -> bool:
        """The sentence ``start``..``end`` (characters) lies wholly inside one quotation."""
        return any(a <= start and end <= b for a, b in self.quoted)

    def _interviewed(self, verb: Token) -> Token | None:
        """The people a verb of interviewing reached ("interviewed 23 witnesses", "spoke to
        relatives"): what they said next is theirs, not the interviewer's."""
        if verb.lemma_.lower() not in _INTERVIEW:
            return None
        for c in kids(verb):
            if c.dep_ == "dobj" and self._agent(c):
                return c
            if c.dep_ == "prep" and c.lower_ in {"to", "with", "from"}:
                obj = next((o for o in kids(c) if o.dep_ == "pobj"), None)
                if obj is not None and self._agent(obj):
                    return obj
        return None

    def _named(self, tok: Token) -> bool:
        """An organisation with a name: an ORG entity or a mention the actor stage found."""
        return tok.ent_type_ == "ORG" or next(self._actors_at(tok.idx), None) is not None

    def _agent(self, tok: Token) -> bool:
        """A plural noun that can say something: people, an organisation, an actor mention."""
        lemma = tok.lemma_.lower()
        if tok.ent_type_ in {"PERSON", "ORG", "NORP"} or lemma in self.lexicon.person_nouns:
            return True
        if lemma in self.lexicon.anaphor_all or guess_kind(tok.text, self.lexicon) != "unknown":
            return True
        return next(self._actors_at(tok.idx), None) is not None

    def _named_for_generic(self, head: Token, generic: Actor) -> _Entry | None:
        """A named actor mentioned earlier whose name or alias holds every word of a generic one
        ("the ombudsman's office" -> Public Defender of Georgia, alias Georgian Ombudsman)."""
        source = next(
            (
                a
                for a in self.actors
                if a.identifier == generic.identifier
                and a.start_char is not None
                and generic.start_char is not None
                and generic.end_char is not None
                and generic.start_char <= a.start_char < generic.end_char
            ),
            generic,
        )  # the dictionary's name of the generic ("Ombudsman"), not the words as written
        need = {w.lower() for w in re.findall(r"\w+", source.name)}
        if not need:
            return None
        for actor in sorted(self.actors, key=lambda a: a.start_char or 0, reverse=True):
            if actor.start_char is None or actor.start_char >= head.idx or _is_generic(actor):
                continue
            words = {w.lower() for w in re.findall(r"\w+", " ".join((actor.name, *actor.aliases)))}
            if need <= words:
                return _Entry(
                    actor=actor, person=False, plural=False, head=head.lemma_.lower(), words=frozenset(words)
                )
        return None

    def _named_before(
        self,
        head: Token,
        lemma: str,
        *,
        by_kind: bool,
        owner: str | None = None,
        need: frozenset[str] = frozenset(),
    ) -> _Entry | None:
        """A named actor mentioned before ``head`` that the role noun fits: its name holds the
        noun ("the committee" -> Central Committee of Sudanese Doctors), or, for an organisation
        noun, its kind is the noun's ("the party" -> a political party)."""
        kind = guess_kind(lemma, self.lexicon) if by_kind else "unknown"
        if kind == "state":
            kind = "unknown"  # too broad to pick one actor ("the office")
        for actor in sorted(self.actors, key=lambda a: a.start_char or 0, reverse=True):
            if actor.start_char is None or actor.start_char >= head.idx or _is_generic(actor):
                continue
            if any(a <= actor.start_char < b for a, b in self.quoted):
                continue
            words = {w.lower() for w in re.findall(r"\w+", actor.name)}
            if not _fits(_stems(" ".join((actor.name, actor.text or "", *actor.aliases))), need, owner):
                continue
            person = lemma in self.lexicon.person_nouns
            if person and lemma in _title_before(doc_text(head.doc), actor):
                # "President Nicolas Maduro … what the president described": the titled person
                return _Entry(
                    actor=actor,
                    person=True,
                    plural=False,
                    head=lemma,
                    words=frozenset(words),
                    at=actor.start_char,
                )
            if lemma in words or head.lower_ in words or (kind != "unknown" and actor.kind == kind):
                return _Entry(
                    actor=actor,
                    person=False,
                    plural=False,
                    head=lemma,
                    words=frozenset(words),
                    at=actor.start_char,
                )
        return None


_FIRST_PLURAL = frozenset({"we", "our", "us"})


def _class_bearer(noun: Token) -> tuple[int, int] | None:
    """The proper name a class noun is written with: its capitalised compound modifiers ("the
    Inclusive Alliance coalition", "the Sitraibana banana workers' union": the name, not the
    description between), or the name it stands in apposition to ("the Front Commun, an alliance
    of …"). None when the noun names nobody in particular."""
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
        name = noun.head
        first = min((t for t in name.lefts if t.pos_ == "PROPN"), key=lambda t: t.i, default=name)
        return first.idx, name.idx + len(name.text)
    names = [
        t
        for t in noun.doc[noun.left_edge.i : noun.i]
        if t.pos_ == "PROPN" and t.ent_type_ not in _PLACE_LABELS
    ]
    if not names or any(t.ent_type_ in {"PERSON", "GPE"} for t in names):
        return None
    run = [names[0]]
    for t in names[1:]:
        if t.i != run[-1].i + 1:
            break
        run.append(t)
    return run[0].idx, run[-1].idx + len(run[-1].text)


def _with_written(antecedent: Actor) -> tuple[str, ...]:
    """The aliases a pronoun or role noun takes from the speaker it refers back to: that speaker's own,
    and the words it was written with when they are a short description the canonical name replaced
    ("the provincial governor" named "Khuzestan governor": "He denied …" keeps both)."""
    aliases = antecedent.aliases
    written = _bare((antecedent.text or "").strip())
    words = written.split()
    if (
        not words
        or len(words) > 5
        or any(ch in written for ch in ',()-—–"“”')
        or written.lower() in {"he", "she", "it", "they", "we", "i", "you"}
        or written == antecedent.name
        or written in aliases
    ):
        return aliases
    return (*aliases, written)


# plain words for people, which a speaker's relative clause can name better ("people … detained")
_PLAIN_PEOPLE = frozenset(
    {"people", "person", "persons", "individuals", "man", "men", "woman", "women", "volunteer", "volunteers"}
)
_HELD_VERBS = frozenset({"detain", "arrest", "abduct", "seize", "jail", "imprison"})
_FREED_VERBS = frozenset({"release", "free"})


def _held_name(head: Token) -> str | None:
    """ "detainees" for people the text has detained ("detained 50 people, some of whom said", "men
    who were held"), "former detainees" for those it has released ("a volunteer who was released")."""
    nouns = [head]
    antecedent = _relative_antecedent(head)
    if antecedent is not None:
        nouns.append(antecedent)
    plural = any(n.tag_ in ("NNS", "NNPS") or n.lower_ in ("whom", "them") for n in nouns)
    for noun in nouns:
        for c in kids(noun):
            if c.dep_ not in ("relcl", "acl"):
                continue
            passive = c.tag_ == "VBN" and (c.dep_ == "acl" or any(g.dep_ == "auxpass" for g in kids(c)))
            if passive and c.lemma_.lower() in _FREED_VERBS:
                return "former detainees" if plural else "former detainee"
            if passive and c.lemma_.lower() in _HELD_VERBS | {"hold"}:
                return "detainees" if plural else "detainee"
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _HELD_VERBS:
            return "detainees" if plural else "detainee"
    return None


# the publisher's own people: its staff, and the networks it runs ("our own network of activists")
_OWN_PEOPLE = STAFF_NOUNS | frozenset({"network", "activists", "volunteers", "observers"})


def _own_staff(head: Token) -> bool:
    """ "our monitors", "our own network of activists": a group of the publisher's own people."""
    return head.lower_ in _OWN_PEOPLE and any(c.dep_ == "poss" and c.lower_ == "our" for c in kids(head))


# what a body finds out by its own work: "according to our research", "our investigation found"
_FINDINGS = _DOCUMENT_NOUNS | frozenset({"research", "finding", "findings", "documentation", "monitoring"})


def _said_same(head: Token) -> bool:
    """ "the same division", "the same media": a noun that says it is the one named before."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids(head)) and any(
        c.dep_ == "amod" and c.lower_ == "same" for c in kids(head)
    )


def _own_findings(head: Token) -> bool:
    """ "our research", "our own investigation": the publisher's own findings."""
    return head.lemma_.lower() in _FINDINGS and any(
        c.dep_ == "poss" and c.lower_ == "our" for c in kids(head)
    )


# verbs of hearing people out: a pronoun after them stands for those heard
# ("interviewed witnesses. They said")
_INTERVIEW = frozenset(
    {"interview", "speak", "talk", "question", "survey", "contact", "hear", "meet", "consult"}
)
# kinds of body "the group" / "the organisation" can stand for
_GROUP_KINDS = frozenset(
    {"rights_group", "opposition_group", "political_party", "labor", "armed_group", "international"}
)
# nouns for a business, which a report names once and then calls "the company"
_BUSINESS = frozenset({"company", "firm", "operator", "carrier", "airline", "employer", "utility"})
# people who speak for an institution
_VOICE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "representative", "source"})
# parts of an organisation that speak for it: "the Security Committee of the NCRI", "the party's secretariat"
_SPEAKING_UNITS = frozenset(
    {"committee", "secretariat", "commission", "bureau", "office", "department", "wing"}
)
# the gazetteer ranks a placing possessor stands for
# bodies whose officials are the state's at large ("officials of the government", "of the ministry")
_GENERAL_BODIES = frozenset({"government", "state", "regime", "authorities", "country"})
# institutions with local branches, named after their place ("Gazipur police", "Tehran prosecutor")
_LOCAL_UNITS = frozenset({"police", "prosecutor", "prosecutors", "judiciary", "court", "governorate"})
_RANK_WORDS = frozenset(
    {"province", "state", "region", "district", "county", "city", "governorate", "municipality"}
)
_PLACE_RANKS: dict[str, frozenset[str]] = {
    "country": frozenset({"country"}),
    "nation": frozenset({"country"}),
    "republic": frozenset({"country"}),
    "kingdom": frozenset({"country"}),
    "province": frozenset({"admin1"}),
    "region": frozenset({"admin1", "region"}),
    "state": frozenset({"admin1"}),
    "territory": frozenset({"admin1", "region"}),
    "city": frozenset({"city"}),
    "capital": frozenset({"city"}),
}
# possessors that place an institution rather than name it: "the country's rights commission"
_PLACE_OWNERS = frozenset(
    {
        "country",
        "nation",
        "province",
        "region",
        "city",
        "capital",
        "state",
        "republic",
        "kingdom",
        "territory",
    }
)
# words of a relative clause that gives a speaker's name: "who gave only his first name, Haider",
# "who asked to be identified only as Maryam", "who goes by the nickname El Flaco"
_NAMING = frozenset({"name", "nickname", "identify", "know", "call", "go", "pseudonym"})
_PARTITIVE = frozenset(
    {"some", "many", "most", "several", "one", "all", "few", "none", "both", "each", "two", "three"}
)
_RELATIVE = frozenset({"whom", "which", "who"})


def _aside_name(head: Token) -> Token | None:
    """The proper name a relative clause after the speaker gives ("one protester, who would give only
    his first name, Haider" -> Haider; "a woman, who asked to be identified only as Maryam")."""
    if head.pos_ == "PROPN":
        return None
    clause = next((c for c in head.rights if c.dep_ == "relcl"), None)
    if clause is None or not any(t.lemma_.lower() in _NAMING for t in clause.subtree):
        return None
    for tok in clause.subtree:
        if tok.pos_ == "PROPN" and tok.dep_ in {"appos", "pobj", "oprd", "attr", "dobj"}:
            if tok.dep_ == "pobj" and tok.head.lower_ not in {"as", "by"}:
                continue
            return tok
    return None


def _aside_span(name: Token) -> tuple[int, int]:
    first = min(
        (t for t in name.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"), key=lambda t: t.i, default=name
    )
    return first.idx, name.idx + len(name.text)


def _age_noun(head: Token) -> bool:
    """ "the 34-year-old", "the 72-year-old" (a definite description by age only)."""
    if head.lower_ != "old" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
        return False
    return any(t.lower_ in {"year", "years"} for t in head.doc[max(head.i - 2, 0) : head.i])


def _noun_name(noun: Token) -> str:
    """A noun with its compound and adjective modifiers, without numbers ("50 detained students")."""
    words = [
        t.text
        for t in noun.lefts
        if t.dep_ in {"compound", "amod"}
        and not t.like_num
        and not t.ent_type_
        and t.lower_ not in _QUANTIFIERS
    ]
    return " ".join([*words, noun.text])


_QUANTIFIERS = frozenset({"more", "less", "fewer", "least", "most", "some", "many", "several", "other"})


_PARTITIVE_PRONOUNS = frozenset({"them", "those", "these"})
# institutions are not what "three of them" picks people from ("Police detained 40 students. Some of
# them said …": the students, whom the pronoun's fallback to the last subject would miss)
_WHOLES = frozenset(
    {"state", "security_forces", "judiciary", "media", "rights_group", "international", "political_party"}
)
_PARTS = frozenset({"some", "several", "many", "most", "all", "both", "few", "each", "one"})


def _partitive_pronoun(head: Token) -> Token | None:
    """The pronoun of "three of them", "some of those": the group the part belongs to."""
    if not (head.like_num or head.lower_ in _PARTS) or any(c.dep_ == "appos" for c in kids(head)):
        return None  # "one of them, a young student": the apposition names the speaker
    for c in kids(head):
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((o for o in kids(c) if o.dep_ == "pobj" and o.lower_ in _PARTITIVE_PRONOUNS), None)
    return None


# entity labels of places, which a relative clause of speakers never stands for
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def phrase_head(noun: Token) -> Token:
    """The head noun of the phrase a relative clause hangs on, when the parse (or the comma before
    the clause) gives the object of a preposition inside it: "40 people in Gao, some of whom" ->
    people, "traders at the market in Bamako, who" -> traders. An "of" object stays unless it is a
    name or a place ("dozens of traders, some of whom" -> traders; "residents of Sadr City, who" ->
    residents). A place the parse hangs on the verb gives way to the verb's object before it
    ("detained 40 people in Gao, some of whom")."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        prep = noun.head
        if prep.lower_ == "of" and noun.pos_ != "PROPN" and noun.ent_type_ not in _PLACE_LABELS:
            break
        if prep.head.pos_ in {"NOUN", "PROPN"}:
            noun = prep.head
            continue
        if prep.head.pos_ in {"VERB", "AUX"}:
            obj = next(
                (
                    c
                    for c in kids(prep.head)
                    if c.dep_ == "dobj" and c.i < prep.i and c.pos_ in {"NOUN", "PROPN"}
                ),
                None,
            )
            if obj is not None:
                noun = obj
        break
    return noun


def _unlisted_title(head: Token) -> bool:
    """A singular common noun with a person's name in apposition: "the province's chief justice,
    Ali Rezaei": a title the lexicon does not list, which names a person."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.ent_type_:
        return False
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in kids(head))


def described_name(noun: Token) -> Token:
    """The name a description in apposition describes: "HRANA, a U.S.-based rights group, which
    said" -> HRANA (the relative clause hangs on the description, but the name speaks)."""
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN" and noun.head.i < noun.i:
        return noun.head
    return noun


def _other_office(head: Token, lemma: str, lex: CueLexicon) -> bool:
    """A title with its own "of" portfolio ("the Minister of Interior") is no surname: it is
    another office than a titled person named before ("Minister of Transport Khaled …")."""
    if lemma not in lex.person_nouns:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(head))


def _relative_antecedent(head: Token) -> Token | None:
    """The noun a relative clause with the speaker as its subject modifies: "students, some of whom
    said" and "students, who said" -> students."""
    verb = head.head
    if head.dep_ != "nsubj":
        return None
    doc = head.doc
    # the noun the clause hangs on, or (when the parse lost the clause) the noun before its comma
    noun = verb.head if verb.dep_ == "relcl" else None
    if noun is None and head.i > 1 and doc[head.i - 1].text == ",":
        noun = doc[head.i - 2]
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = described_name(phrase_head(noun))
    if head.lower_ in _RELATIVE and verb.dep_ == "relcl":
        return noun
    if head.lower_ in _PARTITIVE or head.pos_ == "NUM":
        of = next((c for c in kids(head) if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and any(c.dep_ == "pobj" and c.lower_ in _RELATIVE for c in kids(of)):
            return noun
    return None


def _title_before(text: str, actor: Actor) -> frozenset[str]:
    """The (lower-cased) title words written right before a person's name: "President" of
    "President Nicolas Maduro", "interior minister" of "Interior Minister Diosdado Cabello"."""
    if actor.start_char is None:
        return frozenset()
    written = (actor.text or "").split()[:-1]  # the mention itself may hold the title
    before = text[max(actor.start_char - 40, 0) : actor.start_char]
    m = re.search(r"(?:^|[^\S\n])((?:[A-Za-z][\w'-]*[^\S\n]+){1,2})$", before)
    if m is not None:
        written.extend(m.group(1).split())
    return frozenset(_stem(w) for w in written)


def _office_of(head: Token, person_noun: bool) -> frozenset[str]:
    """The named office a person noun holds ("Interior" of "the Minister of Interior", "the governor
    of Ma'an"), as stems: an earlier person must hold it too, so "the Minister of Interior" is not the
    "Minister of Transport" named before him."""
    if not person_noun:
        return frozenset()
    prep = next((c for c in kids(head) if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i), None)
    obj = next((o for o in kids(prep) if o.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ != "PROPN":
        return frozenset()
    return frozenset({_stem(obj.text)})


def _words(*names: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"\w+", " ".join(names)))


def _fits(words: frozenset[str], need: frozenset[str], owner: str | None) -> bool:
    """An earlier name (as stems) holds every modifier and the possessor of a role noun."""
    return need <= words and (owner is None or owner in words)


def _main_clause(verb: Token) -> bool:
    """``verb`` heads its sentence, or is coordinated with the verb that does."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def with_stacked_subject(phrase: SpeakerPhrase, children: list[Token]) -> SpeakerPhrase:
    """Join a second subject the parser split off right before it ("the state news agency IRNA")."""
    for c in children:
        if (
            c.dep_ == "nsubj"
            and c != phrase.head
            and c.right_edge.i + 1 == phrase.head.left_edge.i
            and c.lower_ not in {"who", "which", "that", "whom"}  # "the man, who police said was armed"
        ):
            start = c.left_edge.idx
            return dataclasses.replace(phrase, start=start, core_start=start)
    return phrase


def figures_owner(noun: Token) -> Token | None:
    """Who the figures belong to: "X's figures", "figures from X", "a report by X", "UN figures"."""
    for c in kids(noun):
        if c.dep_ == "poss":
            return c  # "its own tally shows": the pronoun, resolved like any other
    # "a survey of voter lists", "an analysis of campaign reports": a document's "of" names its topic
    owner_preps = {"from", "by"} if noun.lemma_.lower() in _DOCUMENT_NOUNS else {"from", "by", "of"}
    for c in kids(noun):
        if c.dep_ in {"prep", "agent"} and c.lower_ in owner_preps:
            obj = next((g for g in kids(c) if g.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() not in {"people", "death", "protester"}:
                return obj
        if c.dep_ == "acl":  # "a report released by X"
            agent = next((g for g in kids(c) if g.dep_ == "agent"), None)
            if agent is not None:
                obj = next((g for g in kids(agent) if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    for c in kids(noun):
        if c.dep_ == "compound" and c.ent_type_ in {"ORG", "GPE", "NORP", "PERSON"}:
            return c
    return None
