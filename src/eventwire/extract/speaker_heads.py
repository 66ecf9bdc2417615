"""Word and token helpers for speaker phrases: stems, bare names, head words, relative
antecedents, asides that name a speaker, offices and titles written before a name."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..records import Actor
from .cues import CueLexicon
from .status_media import STAFF_NOUNS
from .syntax import kids

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["described_name", "figures_owner", "phrase_head"]


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
        "research",
    }
)


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
    first = run[0]
    while first.ent_iob_ == "I" and first.ent_type_ == "ORG" and first.i > noun.left_edge.i - 4:
        # "the opposition Unity for Change party" parsed as "Unity (for (Change party))": the name the
        # tagger marks as one organisation
        first = noun.doc[first.i - 1]
    return first.idx, run[-1].idx + len(run[-1].text)


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


_HELD_VERBS = frozenset({"detain", "arrest", "abduct", "seize", "jail", "imprison"})
_FREED_VERBS = frozenset({"release", "free"})


def _held_name(head: Token) -> str | None:
    """ "detainees" for people the text has detained ("detained 50 people, some of whom said", "men
    who were held"), "former detainees" for those it has released ("a volunteer who was released")."""
    nouns = [head]
    antecedent = _relative_antecedent(head)
    if antecedent is not None:
        nouns.append(antecedent)
    part = _partitive_pronoun(head)
    if part is not None and part.lower_ != "them":
        nouns.append(part)  # "three of those released"
    plural = any(n.tag_ in ("NNS", "NNPS") or n.lower_ in ("whom", "them", "those", "these") for n in nouns)
    for noun in nouns:
        if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in _HELD_VERBS | _FREED_VERBS:
            # "17 people had been detained, two of whom told lawyers": the group the text has held
            freed = noun.head.lemma_.lower() in _FREED_VERBS
            name = "former detainee" if freed else "detainee"
            return f"{name}s" if plural else name
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


# the publisher's own people: its staff, the networks it runs ("our own network of activists") and
# its sources ("Our sources count more than 600 people detained", docs/gold-format.md M4)
_OWN_PEOPLE = STAFF_NOUNS | frozenset({"network", "activists", "volunteers", "observers"})
_OWN_PEOPLE |= frozenset({"sources", "source", "contacts", "informants"})
# the body a party or movement calls itself in its own release: "Our party calls on every workplace …"
_OWN_BODY = frozenset({"party", "movement", "organisation", "organization", "union", "coalition", "alliance"})
_OWN_BODY |= frozenset({"front", "federation", "association", "confederation", "platform", "committee"})


def _own_staff(head: Token) -> bool:
    """ "our monitors", "our own network of activists", "our sources", "our party": the publisher's own
    people, or the publisher itself named by its kind."""
    return head.lower_ in _OWN_PEOPLE | _OWN_BODY and any(
        c.dep_ == "poss" and c.lower_ == "our" for c in kids(head)
    )


# what a body finds out by its own work: "according to our research", "our investigation found", the
# counts it keeps ("according to our lists", "lists compiled by our network")
_FINDINGS = _DOCUMENT_NOUNS | frozenset({"research", "finding", "findings", "documentation", "monitoring"})
_COUNTS = frozenset({"list", "count", "tally", "record", "database"})
_FINDINGS |= _COUNTS


def _said_same(head: Token) -> bool:
    """ "the same division", "the same media": a noun that says it is the one named before."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids(head)) and any(
        c.dep_ == "amod" and c.lower_ == "same" for c in kids(head)
    )


def _own_findings(head: Token) -> bool:
    """ "our research", "our own investigation", "lists compiled by our network": the publisher's own
    findings."""
    if head.lemma_.lower() not in _FINDINGS:
        return False
    if any(c.dep_ == "poss" and c.lower_ == "our" for c in kids(head)):
        return True
    # a count kept by the publisher's own people: "lists compiled by our network of activists"
    return head.lemma_.lower() in _COUNTS and any(
        agent.dep_ == "agent" and any(_own_staff(o) for o in kids(agent) if o.dep_ == "pobj")
        for verb in kids(head)
        if verb.dep_ == "acl"
        for agent in kids(verb)
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


# titles as newspapers abbreviate them before a surname: "Asst Comm Mukaro" is the "Assistant
# Commissioner Tendai Mukaro" named before, "Supt Banda" the "Superintendent Grace Banda"
_TITLE_ABBREVIATIONS: dict[str, frozenset[str]] = {
    "asst": frozenset({"assistant"}),
    "ast": frozenset({"assistant"}),
    "comm": frozenset({"commissioner", "commander"}),
    "commr": frozenset({"commissioner"}),
    "insp": frozenset({"inspector"}),
    "supt": frozenset({"superintendent"}),
    "supdt": frozenset({"superintendent"}),
    "snr": frozenset({"senior"}),
    "sr": frozenset({"senior"}),
    "dep": frozenset({"deputy"}),
    "dy": frozenset({"deputy"}),
    "addl": frozenset({"additional"}),
    "gen": frozenset({"general"}),
    "lt": frozenset({"lieutenant"}),
    "col": frozenset({"colonel"}),
    "maj": frozenset({"major"}),
    "capt": frozenset({"captain"}),
    "brig": frozenset({"brigadier"}),
    "sgt": frozenset({"sergeant"}),
    "cpl": frozenset({"corporal"}),
    "cmdr": frozenset({"commander"}),
    "cdr": frozenset({"commander"}),
    "const": frozenset({"constable"}),
    "gov": frozenset({"governor"}),
    "sen": frozenset({"senator"}),
    "rep": frozenset({"representative"}),
    "prof": frozenset({"professor"}),
}


def _title_in(title: str, words: frozenset[str]) -> bool:
    """A title word before a surname is among an earlier mention's words, written out or
    abbreviated ("Asst" for "Assistant", "Comm" for "Commissioner")."""
    return title in words or bool(_TITLE_ABBREVIATIONS.get(title, frozenset()) & words)


def _fits(words: frozenset[str], need: frozenset[str], owner: str | None) -> bool:
    """An earlier name (as stems) holds every modifier and the possessor of a role noun."""
    return need <= words and (owner is None or owner in words)


def _main_clause(verb: Token) -> bool:
    """``verb`` heads its sentence, or is coordinated with the verb that does."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


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
