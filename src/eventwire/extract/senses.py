"""Sense checks: is this trigger word used of a political event here, or of something else?

Each check takes the match context and returns True when the event sense survives
("killing time", "the strike price", "a heart attack", a football "attack" do not).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from .lexicon import word_set
from .syntax import (
    agent,
    char_span,
    doc_lemma_set,
    doc_word_set,
    is_animate,
    lemma,
    lemmas,
    lowers,
    patient,
    subject,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["CHECKS", "MatchContext", "passes"]

VERBAL_ATTACK_MODIFIERS = frozenset(
    {
        "verbal",
        "personal",
        "scathing",
        "blistering",
        "rhetorical",
        "written",
        "stinging",
        "sharp",
        "political",
    }
)
MILITARY_MODIFIERS = frozenset(
    {
        "air",
        "missile",
        "drone",
        "rocket",
        "military",
        "nuclear",
        "preemptive",
        "pre-emptive",
        "retaliatory",
        "precision",
        "first",
        "lightning",
        "aerial",
        "israeli",
        "american",
        "russian",
        "us",
        "allied",
    }
)
LABOR_WORDS = frozenset(
    {
        "worker",
        "union",
        "teacher",
        "wage",
        "pay",
        "labour",
        "labor",
        "employee",
        "driver",
        "shopkeeper",
        "merchant",
        "bazaar",
        "nurse",
        "doctor",
        "strike",
        "striker",
        "salary",
        "pension",
        "pensioner",
        "factory",
    }
)
FORCE_WORDS = frozenset(
    {
        "police",
        "policeman",
        "policemen",
        "security",
        "force",
        "forces",
        "guard",
        "guards",
        "agent",
        "agents",
        "soldier",
        "soldiers",
        "officer",
        "officers",
        "baton",
        "batons",
        "militia",
        "militiaman",
        "basij",
        "troops",
        "army",
        "interrogator",
        "gendarme",
        "riot",
        "plainclothes",
        "thug",
        "thugs",
        "vigilante",
    }
)
METAPHOR_OF = frozenset(
    {
        "colour",
        "color",
        "colours",
        "colors",
        "laughter",
        "emotion",
        "emotions",
        "sound",
        "sounds",
        "flavour",
        "flavor",
        "flavours",
        "flavors",
        "optimism",
        "excitement",
        "activity",
        "ideas",
        "words",
        "music",
    }
)
KILL_WORDS = frozenset(
    {
        "kill",
        "killing",
        "dead",
        "death",
        "die",
        "slay",
        "slain",
        "fatally",
        "toll",
        "lethal",
        "body",
        "bodies",
    }
)


# Subjects of "clash" that make it a fight between groups of people (a riot), not a quarrel.
CLASH_GROUPS = frozenset(
    {
        "supporter",
        "member",
        "protester",
        "protestor",
        "demonstrator",
        "student",
        "youth",
        "resident",
        "villager",
        "group",
        "gang",
        "fan",
        "crowd",
        "mob",
        "worker",
        "rioter",
        "inmate",
        "prisoner",
    }
)
_PROTEST_DOC_KEY = "eventwire_protest_document"
# Verbs whose xcomp the crowd itself does ("asked them to disperse", "refused to disperse").
REQUEST_VERBS = frozenset(
    {"ask", "urge", "tell", "refuse", "call", "appeal", "request", "order", "plead", "beg", "decline"}
)
STRIKE_IMPACT_VERBS = frozenset({"hit", "target", "destroy", "strike", "land", "flatten", "damage"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


@dataclass(frozen=True, slots=True)
class MatchContext:
    """A candidate trigger: its head token, all matched tokens and its sentence's words."""

    head: Token
    tokens: tuple[Token, ...]
    sent: Span
    words: frozenset[str]  # lemmas and lower forms of the sentence's other tokens

    def has(self, name: str) -> bool:
        return bool(self.words & word_set(name))


def sentence_words(sent: Span, skip: set[int]) -> frozenset[str]:
    out: set[str] = set()
    low, lem = lowers(sent.doc), lemmas(sent.doc)
    for i in range(sent.start, sent.end):
        if i in skip:
            continue
        out.add(low[i])
        out.add(lem[i])
    return frozenset(out)


def _modifiers(tok: Token) -> set[str]:
    return {lemma(c) for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")} | {
        c.lower_ for c in tok.children if c.dep_ in ("compound", "amod", "nmod")
    }


def _animate_patient(c: MatchContext) -> bool:
    """The patient, when there is one, is not a known thing ("killing time", "arrest the decline")."""
    p = patient(c.head)
    if p is None or p.i in {t.i for t in c.tokens}:
        return True
    inanimate = word_set("inanimate") | word_set("abstract")
    return lemma(p) not in inanimate and p.lower_ not in inanimate


def _strict_animate_patient(c: MatchContext) -> bool:
    """The patient is a person or people (word list, entity, pronoun, number, agent noun)."""
    p = patient(c.head)
    if p is None or p.i in {t.i for t in c.tokens}:
        return c.head.pos_ in ("NOUN", "PROPN") or c.head.lower_ in ("hanged", "executed")
    return is_animate(p, word_set("animate")) and _animate_patient(c)


def _held_person(c: MatchContext) -> bool:
    """ "50 persons were held" / "picked up by police", not "a meeting was held"."""
    h = c.head
    if any(t.lower_ == "police" or t.lower_ == "security" for t in c.tokens):
        return True
    if h.lower_ != "held" or not any(ch.dep_ == "auxpass" for ch in h.children):
        return False
    p = patient(h)
    return p is not None and is_animate(p, word_set("animate")) and lemma(p) not in word_set("inanimate")


def _violent_cause(c: MatchContext) -> bool:
    """ "died of a sudden illness" / "died of cancer" are no killings; "died of gunshot wounds" is."""
    for ch in c.head.children:
        if ch.dep_ == "prep" and ch.lower_ in ("of", "from"):
            obj = next((g for g in ch.children if g.dep_ == "pobj"), None)
            if obj is not None:
                words = {lemma(t) for t in obj.subtree} | {t.lower_ for t in obj.subtree}
                return bool(words & word_set("violent")) or bool(
                    words & {"gunshot", "wound", "wounds", "injury", "injuries", "torture", "beating"}
                )
    return True


def _counted_dead(c: MatchContext) -> bool:
    """ "the dead" (pictures of the dead) is no event; "41 dead", "left ... dead" are."""
    h = c.head
    if h.lower_ != "dead" or len(c.tokens) > 1:
        return True
    prev = h.doc[h.i - 1] if h.i > 0 else None
    if prev is not None and (prev.like_num or prev.lower_ in ("dozens", "hundreds", "thousands", "scores")):
        return True
    # "were found dead", "is dead": a predicate; "the dead" (a group of people) is not an event
    return h.dep_ in ("acomp", "oprd", "xcomp") and not (prev is not None and prev.lower_ == "the")


def _not_ordinary_occasion(c: MatchContext) -> bool:
    """ "residents gathered for the opening of a school", "ministers gathered to discuss prices": a
    gathering for something else, unless protest words are in the sentence."""
    if c.has("protest"):
        return True
    occasions = word_set("ordinary_occasions")
    for ch in c.head.children:
        purpose = ch.dep_ == "prep" and ch.lower_ == "for"
        if purpose and any(g.dep_ == "pobj" and lemma(g) in occasions for g in ch.children):
            return False
        infinitive = ch.dep_ in ("xcomp", "advcl") and ch.pos_ == "VERB" and lemma(ch) in occasions
        if infinitive and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children):
            return False
    return True


def _protest_demonstrate(c: MatchContext) -> bool:
    """ "demonstrated outside parliament", not "struggling to demonstrate how", "the review demonstrates
    that" (showing something)."""
    h = c.head
    if lemma(h) != "demonstrate" or h.pos_ != "VERB":
        return True
    return not any(ch.dep_ in ("dobj", "ccomp", "xcomp", "attr") for ch in h.children)


def _transitive_or_passive(c: MatchContext) -> bool:
    """ "police dispersed the crowd" / "the crowd was dispersed", not "the protesters dispersed" nor
    "asked the youths to disperse" / "refused to disperse"."""
    if any(ch.dep_ in ("dobj", "nsubjpass", "auxpass") for ch in c.head.children):
        return True
    return c.head.dep_ == "xcomp" and lemma(c.head.head) not in REQUEST_VERBS


def _not_phrasal(c: MatchContext) -> bool:
    return not any(ch.dep_ == "prt" for ch in c.head.children)


def _not_compound_modifier(c: MatchContext) -> bool:
    h = c.head
    if h.head == h or h.head.i < h.i:
        return True
    if h.dep_ not in ("compound", "amod", "nmod") or h.head.pos_ not in ("NOUN", "PROPN"):
        return True
    if h.dep_ == "amod" and h.tag_ in ("VBN", "VBG", "JJ") and h.pos_ != "NOUN":
        return True
    return lemma(h.head) in word_set("compound_ok") or h.head.i in {t.i for t in c.tokens}


def _paragraph(c: MatchContext) -> Span:
    doc = c.sent.doc
    text = doc_text(doc)
    start = text.rfind("\n", 0, c.sent.start_char) + 1
    end = text.find("\n", c.sent.end_char)
    span = char_span(doc, start, len(text) if end < 0 else end)
    return span if span is not None else c.sent


def _not_sports(c: MatchContext) -> bool:
    """No sports words in the trigger's paragraph (a football "attack", a team "beat" another)."""
    words = word_set("sports")
    return not any(t.lower_ in words for t in _paragraph(c))


def _force_context(c: MatchContext) -> bool:
    """Someone with force at hand: police, security forces, guards, agents, soldiers, batons."""
    return bool(c.words & FORCE_WORDS) and _not_sports(c)


def _force_or_protest_context(c: MatchContext) -> bool:
    return _force_context(c) or (_protest_paragraph(c) and _not_sports(c))


def _not_metaphor_of(c: MatchContext) -> bool:
    """ "a riot of colour", "a wave of optimism": the noun followed by ``of`` + a non-person noun."""
    h = c.head
    if h.pos_ not in ("NOUN", "PROPN"):
        return True
    for ch in h.children:
        if ch.dep_ == "prep" and ch.lower_ == "of":
            obj = next((g for g in ch.children if g.dep_ == "pobj"), None)
            if obj is not None and lemma(obj) in METAPHOR_OF:
                return False
    return True


def _not_finance(c: MatchContext) -> bool:
    if c.has("finance"):
        return False
    local = word_set("finance_local")
    h = c.head
    near = {lemma(h.head)} if h.dep_ == "compound" else set()
    s = subject(h)
    if s is not None:
        near.add(lemma(s))
    near |= _modifiers(h)
    return not (near & local)


def _not_month(c: MatchContext) -> bool:
    h = c.head
    if h.ent_type_ == "DATE" or h.ent_type_ == "TIME":
        return False
    doc = h.doc
    nxt = doc[h.i + 1] if h.i + 1 < len(doc) else None
    prev = doc[h.i - 1] if h.i > 0 else None
    if nxt is not None and nxt.like_num:
        return False
    if prev is not None and prev.like_num:
        return False
    if prev is not None and prev.lower_ in (
        "in",
        "since",
        "until",
        "till",
        "by",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "of",
        "from",
        "through",
        "end",
        "before",
        "after",
    ):
        return h.text[:1].islower() and h.pos_ == "VERB"
    return not (h.text == "March" and h.pos_ == "PROPN")


def _crowd_subject(c: MatchContext) -> bool:
    s = subject(c.head)
    crowd = word_set("crowd")
    if s is not None and (lemma(s) in crowd or s.lower_ in crowd):
        return True
    # "300 farmers", "a group of teachers" (a count on the subject itself, not "ministers of 28 states")
    if s is not None and any(ch.dep_ == "nummod" and ch.like_num for ch in s.children):
        return True
    if s is not None and any(lemma(ch) in crowd for ch in s.subtree):
        return True
    return c.has("protest") and s is not None and is_animate(s, word_set("animate"))


def _riot_context(c: MatchContext) -> bool:
    if lemma(c.head) in (
        "riot",
        "rioting",
        "loot",
        "looting",
        "vandalism",
        "vandalize",
        "vandalise",
        "arson",
    ):
        return True
    if c.has("protest") or bool(c.words & {"police", "security", "force", "stone", "tear", "baton", "guard"}):
        return True
    # "Clashes were also reported in four cities", "Cosatu members clashed with DA supporters": a clash
    # in a report about protests, or between groups of people; not "ministers clashed over the budget"
    if lemma(c.head) != "clash":
        return False
    if _protest_document(c):
        return True
    s = _antecedent(subject(c.head))
    return s is not None and lemma(s) in CLASH_GROUPS


def _unarmed_protest_document(c: MatchContext) -> bool:
    """A report about protests, and no soldiers or gunmen in the paragraph (their arson is an attack)."""
    if not _protest_document(c):
        return False
    armed = word_set("armed_clash") | word_set("armed_doers")
    return not any(t.lower_ in armed or lemma(t) in armed for t in _paragraph(c))


def _protest_document(c: MatchContext) -> bool:
    """Protest words in the document (cached per document): a report about protests or riots."""
    doc = c.sent.doc
    cached = doc.user_data.get(_PROTEST_DOC_KEY)
    if isinstance(cached, bool):
        return cached
    words = word_set("protest")
    found = any(t.lower_ in words or lemma(t) in words for t in doc)
    doc.user_data[_PROTEST_DOC_KEY] = found
    return found


def _state_or_unknown_doer(c: MatchContext) -> bool:
    """Force against a crowd by the state, or by no named doer; gunmen or militants firing on
    protesters commit an attack, not repression."""
    s = _antecedent(subject(c.head) or agent(c.head))
    if s is None:
        return True
    names = {lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree}
    return not (names & word_set("armed_clash"))


def _antecedent(s: Token | None) -> Token | None:
    """A relative pronoun's noun ("protesters who tried to storm"): the noun the clause modifies."""
    if s is not None and s.lower_ in RELATIVE_PRONOUNS and s.head.dep_ == "relcl" and s.head.head != s.head:
        return s.head.head
    return s


def _riot_subject(c: MatchContext) -> bool:
    s = _antecedent(subject(c.head) or agent(c.head))
    if s is None:
        # "a police vehicle was set on fire": no doer written, a protest or riot around it
        passive = any(ch.dep_ in ("auxpass", "nsubjpass") for ch in c.head.children)
        return passive and (_protest_paragraph(c) or _unarmed_protest_document(c))
    allowed = word_set("riot_subject")
    if lemma(s) in allowed or s.lower_ in allowed:
        return True
    # "Some threw stones", "they set fire to a police vehicle": an unnamed doer at a protest
    vague = {"some", "others", "many", "they", "several", "dozens", "hundreds", "group", "groups", "few"}
    return (s.lower_ in vague or lemma(s) in vague) and (
        _protest_paragraph(c) or _unarmed_protest_document(c)
    )


def _unarmed_doer(c: MatchContext) -> bool:
    """ "armed men looted the pharmacy", "militiamen looted shops": looting by fighters is an attack."""
    if lemma(c.head) not in ("loot", "looting", "vandalize", "vandalise", "vandalism", "arson"):
        return True
    s = _antecedent(subject(c.head) or agent(c.head))
    if s is None:
        return True
    armed = word_set("armed_clash") | word_set("armed_doers") | {"armed", "paramilitary"}
    names = {lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree}
    return not (names & armed)


def _not_riot_subject(c: MatchContext) -> bool:
    if lemma(c.head) != "attack" or c.head.pos_ != "VERB":
        return True
    return not _riot_subject(c)


def _armed_clash(c: MatchContext) -> bool:
    """A clash with gunmen, militants or smugglers: armed violence, not a riot."""
    return lemma(c.head) == "clash" and c.has("armed_clash")


def _not_armed_clash(c: MatchContext) -> bool:
    return not _armed_clash(c)


def _during_arrest(c: MatchContext) -> bool:
    """ "beaten during (their) arrest": force used while detaining, not torture in custody."""
    return any(
        t.dep_ == "prep"
        and t.lower_ == "during"
        and any(g.dep_ == "pobj" and lemma(g) in ("arrest", "detention") for g in t.children)
        for t in c.head.subtree
    )


def _future_return(c: MatchContext) -> bool:
    """ "will return to the square", "vowed to return in bigger numbers": a protest announced again."""
    head = c.head
    future = any(ch.dep_ == "aux" and ch.lower_ in ("will", "would", "'ll", "shall") for ch in head.children)
    if not future and head.dep_ == "xcomp":
        future = lemma(head.head) in word_set("prediction") | {"vow", "pledge", "keep"}
    if not future or not _protest_paragraph(c):
        return False
    s = _antecedent(subject(head))
    return s is None or not ({lemma(s), s.lower_} & (word_set("security_nouns") | {"military"}))


def _uprising_subject(c: MatchContext) -> bool:
    """ "the whole province will rise", "the south will rise again": a people rising, not prices."""
    s = subject(c.head)
    return s is not None and (
        lemma(s) in word_set("uprising_subjects") or s.lower_ in word_set("uprising_subjects")
    )


def _protest_paragraph(c: MatchContext) -> bool:
    """Protest words in the sentence or its paragraph, other than the trigger's own."""
    words = word_set("protest")
    own = {t.i for t in c.tokens}
    return c.has("protest") or any(
        (t.lower_ in words or lemma(t) in words) and t.i not in own for t in _paragraph(c)
    )


def _civilian_subject(c: MatchContext) -> bool:
    """A doer that is not the state's forces (farmers blocking roads protest; police blocking them do not)."""
    s = subject(c.head)
    if s is None:
        return _protest_paragraph(c)
    security = {
        "police",
        "force",
        "forces",
        "army",
        "soldier",
        "troop",
        "guard",
        "officer",
        "authority",
        "government",
    }
    if lemma(s) in security or s.lower_ in security:
        return False
    return s.pos_ != "PRON" or _protest_paragraph(c)


def _armed_or_weapon_subject(c: MatchContext) -> bool:
    s = subject(c.head) or agent(c.head)
    if s is None:
        return c.has("weapon") or c.has("air")
    armed = {
        "troop",
        "troops",
        "soldier",
        "army",
        "military",
        "junta",
        "militia",
        "fighter",
        "militant",
        "rebel",
        "force",
        "forces",
        "gunman",
        "gunmen",
        "armed",
        "insurgent",
        "jet",
        "warplane",
        "artillery",
        "drone",
        "missile",
        "rocket",
    }
    names = {lemma(t) for t in s.subtree} | {t.lower_ for t in s.subtree}
    return bool(names & armed)


def _custody(c: MatchContext) -> bool:
    return c.has("custody")


def _not_custody(c: MatchContext) -> bool:
    return not c.has("custody")


def _protest_context(c: MatchContext) -> bool:
    return c.has("protest")


def _armed_doer_or_no_protest(c: MatchContext) -> bool:
    """Shooting with no protest in sight, or gunmen firing on a crowd (an attack, not repression)."""
    return not c.has("protest") or not _state_or_unknown_doer(c)


def _protest_paragraph_context(c: MatchContext) -> bool:
    """Protest words in the sentence or its paragraph ("soldiers drove into crowds" after a march)."""
    return _protest_paragraph(c) and _not_sports(c)


def _no_protest_context(c: MatchContext) -> bool:
    return not c.has("protest")


def _killing(c: MatchContext) -> bool:
    return bool(c.words & KILL_WORDS)


def _killing_context_or_dead(c: MatchContext) -> bool:
    return any(t.lower_ == "dead" for t in c.tokens) or _killing(c)


def _no_killing_context(c: MatchContext) -> bool:
    return not _killing(c)


def _violent(c: MatchContext) -> bool:
    return c.has("violent") or c.has("custody")


def _not_execution_context(c: MatchContext) -> bool:
    if c.words & {"execute", "execution", "hang", "hanged", "gallows", "penalty"}:
        return False
    death = "death" in c.words or any(t.lower_ == "death" for t in c.tokens)
    return not ("sentence" in c.words and death)  # a prison sentence is no death sentence


def _internet(c: MatchContext) -> bool:
    words = word_set("internet")
    return c.has("internet") or any(t.lower_ in words for t in c.tokens)


def _air(c: MatchContext) -> bool:
    return any(t.lower_ in ("air", "drone", "aerial", "airstrike") for t in c.tokens) or c.has("air")


def _no_air(c: MatchContext) -> bool:
    return not c.has("air")


ACT_WORDS = frozenset(
    {
        "explode",
        "exploded",
        "detonate",
        "detonated",
        "explosion",
        "blast",
        "attack",
        "bombing",
        "blow",
        "blew",
        "go",
        "went",
        "strike",
        "hit",
        "kill",
        "killed",
        "killing",
    }
)


def _device_in_sentence(c: MatchContext) -> bool:
    """ "went off", "blew up": said of a bomb, a device, an explosive."""
    words = word_set("device") - {"car", "vehicle", "truck", "attacker"}
    return bool(c.words & words)


def _instrument_alone(c: MatchContext) -> bool:
    """ "a bomb" is the event only when nothing else in the sentence names the act."""
    return not (c.words & ACT_WORDS)


def _violent_or_device(c: MatchContext) -> bool:
    """An explosion or a blast in a story about bombs or violence (the document, not only the sentence)."""
    if c.has("violent") or c.has("device"):
        return True
    words = word_set("device") - {"car", "vehicle", "truck", "device", "mine"}
    return sum(1 for t in c.sent.doc if lemma(t) in words or t.lower_ in words) >= 2


def _labor_subject(c: MatchContext) -> bool:
    s = subject(c.head)
    if s is None and c.head.dep_ == "xcomp":
        # "doctors are set to strike", "teachers are due to strike": the raising verb's subject
        gov = c.head.head.head if c.head.head.dep_ == "acomp" else c.head.head  # "are due to strike"
        s = next((t for t in gov.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if s is None:
        return False
    return lemma(s) in LABOR_WORDS or (
        lemma(s) in word_set("crowd") and lemma(s) not in ("people", "thousand")
    )


def _weapon_subject(c: MatchContext) -> bool:
    s = subject(c.head)
    return s is not None and (lemma(s) in word_set("weapon") or s.lower_ in word_set("weapon"))


def _not_verbal_attack(c: MatchContext) -> bool:
    if _modifiers(c.head) & VERBAL_ATTACK_MODIFIERS:
        return False
    p = patient(c.head)
    return not (p is not None and (lemma(p) in word_set("abstract") or p.lower_ in word_set("abstract")))


IMPACT_VERBS = frozenset(
    {
        "hit",
        "strike",
        "land",
        "slam",
        "crash",
        "destroy",
        "damage",
        "wound",
        "injure",
        "fall",
        "rain",
        "pound",
    }
)


def _weapon_impact(c: MatchContext) -> bool:
    """The weapon is the doer of an impact verb ("two rockets hit an area", "a mortar shell landed")."""
    h = c.head
    return h.dep_ in ("nsubj", "nsubjpass") and h.head.pos_ == "VERB" and lemma(h.head) in IMPACT_VERBS


def _not_gas_shell(c: MatchContext) -> bool:
    """ "tear-gas shells", "teargas shells": canisters fired at a crowd, not artillery."""
    h = c.head
    if lemma(h) != "shell":
        return True
    doc = h.doc
    before = {doc[j].lower_ for j in range(max(0, h.i - 3), h.i)}
    return not (before & {"gas", "teargas", "tear-gas", "smoke", "stun", "pepper"})


def _not_medical(c: MatchContext) -> bool:
    return not (_modifiers(c.head) & word_set("medical"))


def _not_military_strike(c: MatchContext) -> bool:
    if _modifiers(c.head) & MILITARY_MODIFIERS:
        return False
    return not (c.has("weapon") and not (c.words & LABOR_WORDS)) and not _military_strike(c)


def _military_strike(c: MatchContext) -> bool:
    """A strike that hits something ("a second strike hit a building"), or one in a story of weapons
    with no work stoppage in sight."""
    if c.words & LABOR_WORDS:
        return False
    if c.head.dep_ in ("nsubj", "nsubjpass") and lemma(c.head.head) in STRIKE_IMPACT_VERBS:
        return True
    doc = c.sent.doc
    weapons = word_set("weapon") | word_set("air")
    if not any(lemma(t) in weapons for t in _paragraph(c)) and doc_lemma_set(doc).isdisjoint(weapons):
        return False
    labor = LABOR_WORDS - {"strike"}  # the word "strike" itself says nothing about which kind
    return doc_word_set(doc).isdisjoint(labor)


def _not_mock(c: MatchContext) -> bool:
    return "mock" not in _modifiers(c.head)


def _execution_sense(c: MatchContext) -> bool:
    h = c.head
    if lemma(h) != "hang" and h.lower_ not in ("hanged", "hanging", "hangs", "hung"):
        return True
    if h.lower_ == "hanged":
        return True
    if h.lower_ == "hung":
        return False
    p = patient(h)
    return p is not None and is_animate(p, word_set("animate")) and (c.has("custody") or c.has("violent"))


CHECKS: dict[str, Callable[[MatchContext], bool]] = {
    "animate_patient": _animate_patient,
    "instrument_alone": _instrument_alone,
    "device_in_sentence": _device_in_sentence,
    "protest_paragraph": _protest_paragraph,
    "civilian_subject": _civilian_subject,
    "armed_or_weapon_subject": _armed_or_weapon_subject,
    "force_context": _force_context,
    "force_or_protest_context": _force_or_protest_context,
    "not_metaphor_of": _not_metaphor_of,
    "strict_animate_patient": _strict_animate_patient,
    "held_person": _held_person,
    "not_phrasal": _not_phrasal,
    "transitive_or_passive": _transitive_or_passive,
    "violent_cause": _violent_cause,
    "counted_dead": _counted_dead,
    "not_compound_modifier": _not_compound_modifier,
    "not_sports": _not_sports,
    "not_finance": _not_finance,
    "not_month": _not_month,
    "crowd_subject": _crowd_subject,
    "during_arrest": _during_arrest,
    "armed_clash": _armed_clash,
    "not_armed_clash": _not_armed_clash,
    "future_return": _future_return,
    "uprising_subject": _uprising_subject,
    "riot_context": _riot_context,
    "riot_subject": _riot_subject,
    "not_riot_subject": _not_riot_subject,
    "custody_context": _custody,
    "no_custody_context": _not_custody,
    "protest_context": _protest_context,
    "protest_paragraph_context": _protest_paragraph_context,
    "state_or_unknown_doer": _state_or_unknown_doer,
    "armed_doer_or_no_protest": _armed_doer_or_no_protest,
    "no_protest_context": _no_protest_context,
    "not_protest_context_shooting": _no_protest_context,
    "killing_context_or_dead": _killing_context_or_dead,
    "no_killing_context": _no_killing_context,
    "violent_context": _violent,
    "not_execution_context": _not_execution_context,
    "internet_context": _internet,
    "air_context": _air,
    "no_air_context": _no_air,
    "violent_context_or_device": _violent_or_device,
    "weapon_subject": _weapon_subject,
    "labor_subject": _labor_subject,
    "not_verbal_attack": _not_verbal_attack,
    "not_medical": _not_medical,
    "not_gas_shell": _not_gas_shell,
    "weapon_impact": _weapon_impact,
    "unarmed_doer": _unarmed_doer,
    "protest_demonstrate": _protest_demonstrate,
    "not_ordinary_occasion": _not_ordinary_occasion,
    "not_military_strike": _not_military_strike,
    "military_strike": _military_strike,
    "not_mock": _not_mock,
    "execution_sense": _execution_sense,
}


def passes(checks: tuple[str, ...], ctx: MatchContext) -> bool:
    """True when every named check passes (an unknown name is a lexicon error and fails)."""
    for name in checks:
        fn = CHECKS.get(name)
        if fn is None or not fn(ctx):
            return False
    return True
