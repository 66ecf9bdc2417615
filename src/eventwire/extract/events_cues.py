"""Cues that a trigger tells no event of its own: generic or back references, settings, charges,
conditions, topics, slogans, calls to act, tallies over time, aggregates and headlines."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import Actor, Span
from .actor_roles import actor_at
from .coref import BACK_REFERENCE_DETS
from .events_words import (
    AVOID_VERBS,
    CHARACTERIZING_VERBS,
    CHARGE_ACTS,
    CHARGE_HEADS,
    CHARGE_NOUNS,
    GENERIC_DETS,
    GENERIC_PRONOUNS,
    GESTURE_NOUNS,
    HABIT_NOUNS,
    MOMENT_NOUNS,
    PRACTICE_NOUNS,
    SETTING_PREPS,
    SLOGAN_CUES,
    TALLY_NOUNS,
    TOPIC_HEADS,
    TOPIC_VERBS,
    WEEKDAYS,
)
from .lexicon import word_set
from .syntax import (
    children_index,
    clause_head,
    kids,
    lemma,
    lemmas,
    lowers,
    parse_tree,
    segment,
    segment_starts,
    subtree_indices,
    token_at,
)
from .triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


def _span(doc: Doc, start: int, end: int) -> Span:
    return Span(text=doc_text(doc)[start:end], start=start, end=end)


def _generic(head: Token) -> bool:
    """ "every protest", "any strike": a kind of event, not one (but "denied carrying out any raids" denies
    the raids reported: "any" under a verb of denial picks out no class)."""
    if not (
        head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "det" and c.lower_ in GENERIC_DETS for c in kids(head))
    ):
        return False
    return not _under_denial(head) and not _under_negation(head)


# verbs by which a clause tells an act undergone or done ("subjected to any ill-treatment", "has not witnessed
# any attack", "did not use any force"), not one told or known of ("did not mention any arrests", "had not
# notified the police of any gathering": no act is denied)
UNDERGO_VERBS = frozenset(
    {"subject", "suffer", "undergo", "experience", "witness", "face", "carry", "conduct", "commit", "use"}
)
# the subject of a denied clause that says nobody underwent the act ("no detainee has been subjected to
# any mistreatment", "not a single prisoner was subjected to any ill-treatment")
NOBODY_WORDS = frozenset({"nobody", "none", "no-one", "noone"})


def _under_negation(head: Token) -> bool:
    """ "any" read as a negative polarity word, not a kind: the noun's clause is negated ("has not been
    subjected to any ill-treatment", "no detainee has been subjected to any mistreatment"), so the act
    it names is denied, a `negated` record (docs/gold-format.md N7b, H3), not a class of acts. Only a verb of
    undergoing or doing the act denies it ("did not mention any arrests" denies none)."""
    if not any(c.dep_ == "det" and c.lower_ == "any" for c in kids(head)):
        return False
    _pos, _dep, heads = parse_tree(head.doc)
    doc = head.doc
    for i in _ancestors(heads, head.i, 3):
        verb = doc[i]
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if lemma(verb) not in UNDERGO_VERBS:
            return False
        return any(c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and _nobody(c)) for c in kids(verb))
    return False


def _nobody(subject: Token) -> bool:
    """ "nobody", "no detainee", "not a single prisoner"."""
    words = {(c.dep_, c.lower_) for c in kids(subject)}
    return (
        subject.lower_ in NOBODY_WORDS
        or ("det", "no") in words
        or (("neg", "not") in words and (("amod", "single") in words or ("nummod", "one") in words))
    )


def _under_denial(tok: Token) -> bool:
    """A verb of denial governs ``tok`` within three steps ("denied carrying out any raids")."""
    _pos, _dep, heads = parse_tree(tok.doc)
    lems = lemmas(tok.doc)
    return any(lems[i] in DENIAL_VERBS for i in _ancestors(heads, tok.i, 3))


DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})

# words of fear whose "of" names what is feared, not what happened
FEAR_WORDS = frozenset({"fear", "terrified", "afraid", "scared", "frightened", "dread", "wary", "terror"})

# the state's force on a crowd: the crowd's protest stays a record of its own beside it
STATE_FIRE = frozenset({"killing", "repression"})


def _feared(head: Token) -> bool:
    """An act named only as what someone fears: "stayed shut for fear of a further attack", "seized by fear
    of a new uprising", "terrified of a new uprising" (no act told, nor threatened by anyone)."""
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    owner = head.head.head
    return owner.lower_ in FEAR_WORDS or lemma(owner) in FEAR_WORDS


def _setting_only(head: Token, trig: Trigger, by_head: dict[int, Trigger]) -> bool:
    """A nominal protest that only sets the scene of another event ("killed during a protest")."""
    if not trig.nominal or head.dep_ != "pobj":
        return False
    prep = head.head.lower_
    # "killed in a clash with protesters": the killing is the report; an armed clash ("killed in armed
    # clashes", "killed in a clash with smugglers") is an attack whose dead are its toll (L14)
    clash = lemma(head) == "clash" and not (trig.type == "attack" and _armed_clash_noun(head))
    held = trig.type == "arrest" and lemma(head) in ("detention", "custody")  # "tortured in detention"
    # "at the time of his arrest", "in the aftermath of the protests": a time named by another event
    moment = prep == "of" and lemma(head.head.head) in MOMENT_NOUNS
    # "an air strike on a gathering": the crowd is the target of the attack, not a protest of its own
    # (the state's fire on a march, "opened fire on a march by opposition supporters", leaves the march a
    # protest of its own: the crowd is fired on while it protests)
    over = by_head.get(head.head.head.i)
    target = prep == "on" and trig.type == "protest" and over is not None and over.type not in STATE_FIRE
    if trig.type in ("protest", "strike") and head.tag_ == "NNS" and not target:
        return False  # "killed during two days of protests", "after a day of peaceful marches": a wave told
    if (
        prep not in SETTING_PREPS
        and not moment
        and not target
        and not (prep == "in" and (trig.type in ("repression", "riot") or clash or held))
    ):
        return False
    if trig.type in ("protest", "strike") and not moment and not target and _told_of_its_own(head):
        return False
    for anc in _ancestors(parse_tree(head.doc)[2], head.i, 6 if moment else 4):
        other = by_head.get(anc)
        if other is not None and other.type != trig.type:
            return True
    return False


def _armed_clash_noun(head: Token) -> bool:
    """ "armed clashes", "a clash with armed smugglers", "clashes between rival militias": the clash is
    named as armed men's fighting (not "clashes provoked by armed separatists", an account of how
    protesters died)."""
    armed = (
        word_set("armed_clash")
        | word_set("armed_doers")
        | word_set("security_nouns")
        | word_set("clan_sides")  # "killed in a clash between rival clans": an armed feud
        | {"guard", "guards", "policeman", "policemen"}
    )
    for ch in kids(head):
        if ch.dep_ == "amod" and ch.lower_ == "armed":
            return True
        if ch.dep_ == "prep" and ch.lower_ in ("with", "between"):
            words = {w for g in kids(ch) for t in g.subtree for w in (lemma(t), t.lower_)}
            if words & armed:
                return True
    return False


SETTING_DETAIL_PREPS = frozenset({"outside", "in", "near", "against", "over", "at", "on", "by", "for"})


def _told_of_its_own(head: Token) -> bool:
    """A setting told with details of its own ("during a protest outside the university", "during the
    November 2019 uprising", "during another taxi strike against a fuel price rise"): an event reported
    beside the one it sets, not only its scene."""
    own = kids(head)
    if any(c.dep_ == "det" and c.lower_ == "another" for c in own):
        return True
    if any(c.dep_ == "prep" and c.lower_ in SETTING_DETAIL_PREPS for c in own):
        return True
    return any(c.dep_ in ("compound", "amod", "nmod", "npadvmod") and c.ent_type_ == "DATE" for c in own)


def _back_reference(head: Token) -> bool:
    """A nominal pointing back: "the protests", "Saturday's attack", "the number of arrests"; or a
    relative clause on a definite noun: "the family of the man who was killed"."""
    if head.dep_ == "relcl" and head.head != head and head.pos_ in ("VERB", "AUX"):
        noun = head.head
        return any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in kids(noun))
    if head.dep_ == "acl" and head.tag_ == "VBN" and head.head.pos_ in ("NOUN", "PROPN"):
        # a reduced relative on a definite noun: "the seven men executed on Sunday", "the protesters
        # arrested last week"
        return any(
            (c.dep_ == "det" and c.lower_ in ("the", "those", "these")) or c.dep_ == "poss"
            for c in kids(head.head)
        )
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    for c in kids(head):
        if c.dep_ in ("det", "poss") and c.lower_ in BACK_REFERENCE_DETS:
            return True
        if c.dep_ == "poss" and (c.ent_type_ in ("DATE", "TIME") or c.lower_.rstrip("'s") in WEEKDAYS):
            return True
    parent = head.head
    return head.dep_ == "pobj" and parent.lower_ == "of" and lemma(parent.head) in TALLY_NOUNS


_BY_SEGMENT = "eventwire.events.by_segment"


def _by_segment(doc: Doc, by_head: dict[int, Trigger]) -> dict[int, list[Trigger]]:
    """The triggers of ``by_head`` grouped by the start of their segment, in their order, once per
    Doc (asked per trigger: scanning every trigger each time is quadratic in a long article)."""
    memo: tuple[dict[int, Trigger], dict[int, list[Trigger]]] | None = doc.user_data.get(_BY_SEGMENT)
    if memo is not None and memo[0] is by_head:
        return memo[1]
    starts = segment_starts(doc)
    groups: dict[int, list[Trigger]] = {}
    for t in by_head.values():
        groups.setdefault(starts[t.head], []).append(t)
    doc.user_data[_BY_SEGMENT] = (by_head, groups)
    return groups


def _generic_reference(head: Token, trig: Trigger, by_head: dict[int, Trigger]) -> bool:
    """Not a report of an event: "anyone who attacks police", "release those detained", "a jailed politician",
    "in protest at the killings", "shut their shops to protest"."""
    subj = next((c for c in kids(head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ == "whoever":
        return True
    definite = any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in BACK_REFERENCE_DETS) for c in kids(head)
    )
    # "any civil servant who joined a strike" (not "those involved in the failed attack": a told event)
    clause = head if head.dep_ in ("relcl", "acl") else (head if definite else clause_head(head))
    for _ in range(4):
        if (
            clause.dep_ not in ("conj", "xcomp")
            or clause.head == clause
            or clause.head.pos_ not in ("VERB", "AUX")
        ):
            break
        clause = clause.head  # "those who want to storm the streets and attack police": the relative clause
    if clause.dep_ in ("relcl", "acl") and (
        clause.head.lower_ in GENERIC_PRONOUNS
        or any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in kids(clause.head))
    ):
        return True  # "anyone who attacks police", "any civil servant who joined a strike"
    if head.dep_ == "amod" and head.tag_ == "VBN" and trig.type == "arrest" and not trig.phrase:
        return True
    if (
        trig.type == "protest"
        and trig.nominal
        and head.dep_ == "pobj"
        and head.head.lower_ == "in"
        and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in kids(head))
    ):
        return True  # "in protest at": the enclosing act is the protest (not "took part in the protest")
    if (
        trig.type == "protest"
        and trig.nominal
        and head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and lemma(head.head.head) in GESTURE_NOUNS
        and head.head.head.dep_ == "pobj"
        and head.head.head.head.lower_ in ("in", "as")
    ):
        return True  # "in a sign of protest", "as a form of protest": the act it names is the protest
    starts = segment_starts(head.doc)
    own = starts[head.i]
    others = [t for t in _by_segment(head.doc, by_head).get(own, ()) if t.head != head.i]
    if trig.type == "protest" and not trig.nominal and head.dep_ in ("advcl", "xcomp"):
        purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(head))
        governor = head.head
        if head.dep_ == "xcomp" and lemma(governor) in ATTEMPT_VERBS:
            return False  # "residents tried to block the entrance": the act attempted, no purpose of another
        inside = set(subtree_indices(governor))
        return purpose and any(t.head in inside for t in others)
    # "hundreds of people protesting", "a group chanting slogans", "marched …, carrying portraits and
    # chanting": a description inside another report
    first = head
    while first.dep_ == "conj" and first.head != first and first.tag_ == "VBG":
        first = first.head
    if trig.phrase and lemma(head) in CONTINUOUS_LEMMAS and not any(t.type in CROWD_TYPES for t in others):
        # "a car drove into students blocking a street": an act of its own (a blockade) whose
        # crowd another event struck, not the manner of a protest told beside it
        return False
    return trig.type == "protest" and first.dep_ == "acl" and head.tag_ == "VBG" and bool(others)


CROWD_TYPES = frozenset({"protest", "riot", "strike"})
# verbs whose infinitive is the act attempted, not a purpose: "tried to block the road"
ATTEMPT_VERBS = frozenset({"try", "attempt", "seek", "manage"})


def _subtree(tok: Token) -> list[Token]:
    """``list(tok.subtree)``, from the per-Doc Token list and :func:`.syntax.subtree_indices`."""
    toks = tokens(tok.doc)
    return [toks[i] for i in subtree_indices(tok)]


def _ancestors(heads: list[int], i: int, n: int) -> list[int]:
    """Indices of the first ``n`` of ``Token.ancestors`` of token ``i`` (``heads`` by index)."""
    out: list[int] = []
    while len(out) < n and heads[i] != i:
        i = heads[i]
        out.append(i)
    return out


def _linked(a: Token, b: Token) -> bool:
    """Two triggers of one clause: one governs the other, or both hang from the same verb."""
    pos, dep, heads = parse_tree(a.doc)  # by index: asked for every pair of triggers in a sentence
    if b.i in _ancestors(heads, a.i, 3) or a.i in _ancestors(heads, b.i, 3):
        return True
    if heads[a.i] == heads[b.i] and pos[heads[a.i]] in ("VERB", "AUX"):
        return True
    # ", killing at least 13 people": a participle clause reports the toll of its main clause's event
    for x, y in ((a, b), (b, a)):
        if dep[y.i] == "advcl" and y.tag_ == "VBG" and heads[y.i] != y.i:
            gov = y.head
            if gov.left_edge.i <= x.i <= gov.right_edge.i and not y.left_edge.i <= x.i <= y.right_edge.i:
                return True
    return False


def _charge_only(head: Token) -> bool:
    """A killing named only as a charge or a conviction ("convicted of murdering", "executed for murder")."""
    cur = head
    for _ in range(5):
        if cur.head == cur:
            return False
        parent = cur.head
        if cur.dep_ == "relcl" and lemma(cur) in PENALTY_VERBS:
            return False  # "charged with treason, an offence that carries the death penalty": what they face
        if cur.dep_ == "pcomp" and parent.lower_ == "for" and lemma(cur) in CHARGE_ACTS:
            return True  # "for organising mass riots", "for inciting violence": the reason given
        if cur.dep_ in ("pobj", "pcomp") and parent.lower_ in ("of", "with", "for"):
            prep = parent
            while prep.dep_ == "conj" and prep.head != prep:
                prep = prep.head  # "for moharebeh and for the murder of"
            gov = prep.head
            if _allegation(gov):
                return False  # "the RSF accused the army of killing nine people": a reported act
            if lemma(gov) in CHARGE_HEADS or gov.lower_ in CHARGE_HEADS:
                return True
            if _gapped_charge(gov):
                return True
            if prep.lower_ == "for" and gov.dep_ == "dobj" and lemma(gov.head) in CHARGE_HEADS:
                return True  # "serving five years for murder" (not "suspected the brothers of …")
            if lemma(gov) not in CHARGE_NOUNS:
                return False
            cur = gov  # "arrested for acts of vandalism": look past the charge noun
            continue
        cur = parent
    return False


PENALTY_VERBS = frozenset({"carry", "entail", "attract"})


def _gapped_charge(gov: Token) -> bool:
    """A count whose charge verb is left out ("seven were convicted of drug trafficking and two of
    murder", "hanged for drug offences, 12 for murder"): the number stands, as a conjunct or an
    apposition, beside the written charge or its verb."""
    if (
        not (gov.like_num or gov.pos_ == "NUM")
        or gov.dep_ not in ("conj", "appos", "npadvmod")
        or gov.head == gov
    ):
        return False
    anc = gov.head
    if anc.dep_ == "pobj" and anc.head.head != anc.head:
        anc = anc.head.head  # "convicted of offences, 58 of murder": beside the first charge
    return lemma(anc) in CHARGE_HEADS or anc.lower_ in CHARGE_HEADS


def _allegation(gov: Token) -> bool:
    """ "rights groups accused police of using a sound cannon", "the RSF accused the army of killing":
    a speaker accusing a force or a body of an act reports the act; a person accused of a crime
    ("he was accused of setting fire to …") is charged."""
    if lemma(gov) != "accuse":
        return False
    # the speaker may be the subject of the verb it is joined to ("said three had died, and accused …")
    speakers = [gov, gov.head] if gov.dep_ == "conj" and gov.head != gov else [gov]
    if not any(c.dep_ == "nsubj" for v in speakers for c in kids(v)):
        return False
    accused = next((c for c in kids(gov) if c.dep_ == "dobj"), None)
    if accused is None:
        return False
    forces = word_set("security_nouns") | word_set("armed_doers") | STATE_BODIES
    if lemma(accused) in forces or accused.lower_ in forces or accused.ent_type_ in ("ORG", "NORP", "GPE"):
        return True
    # a group the speaker blames ("accused criminals among the demonstrators of attacking police
    # stations", "accused rebels of burning villages"), not a person charged
    groups = word_set("riot_subject") | word_set("armed_clash")
    return accused.tag_ == "NNS" and (lemma(accused) in groups or accused.lower_ in groups)


# bodies whose acts an accusation reports ("accused the authorities of hiding bodies")
STATE_BODIES = frozenset(
    {
        "authority",
        "authorities",
        "officer",
        "officers",
        "agent",
        "agents",
        "gendarme",
        "gendarmes",
        "state",
        "junta",
    }
)


def _condition_only(head: Token) -> bool:
    """The event is the condition of a conditional ("if the protests continue, …"), not its consequence."""
    # walked by index over the per-Doc arrays: each ``.children`` and ``.head`` would build Tokens
    doc = head.doc
    dep, heads = parse_tree(doc)[1:]
    kids, low = children_index(doc), lowers(doc)
    i = head.i
    for _ in range(6):
        if any(dep[c] == "mark" and low[c] in ("if", "unless") for c in kids[i]):
            return dep[i] == "advcl" or heads[i] == i
        if heads[i] == i or dep[i] in ("ccomp", "relcl", "parataxis"):
            return False
        i = heads[i]
    return False


# "they can arrest us", "cannot detain the whole country" ("ca" is the parser's half of "can't")
ABILITY_AUX = frozenset({"can", "ca"})


FUTURE_OR_MODAL_AUX = frozenset({"will", "wo", "'ll", "would", "can", "ca", "could", "may", "might", "shall"})


def _modal_be(able: Token) -> bool:
    """ "able" in "will (not) be able to", "would never be able to": an ability still to come."""
    be = able.head if able.dep_ in ("acomp", "attr", "oprd") else able
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_OR_MODAL_AUX for c in kids(be))


def _ability_only(head: Token) -> bool:
    """An act told only as what someone can or cannot do: "They can arrest a thousand of us, but they
    cannot arrest a whole people", "They will not be able to detain the whole country", "protesters can be
    held for up to 15 days under the new law": an ability, a power or a rule, not an act anyone calls
    for, plans, vows, threatens or predicts (N1), nor one that hangs on a condition (N4: "if they march,
    we can arrest them" stays)."""
    if head.pos_ != "VERB":
        return False
    verb = head.head if head.dep_ == "conj" and head.head.pos_ == "VERB" else head  # "can shoot or arrest"
    # "will not be able to arrest" (not "were able to arrest 39 men": the arrests were made)
    able = verb.dep_ == "xcomp" and verb.head.lower_ == "able" and _modal_be(verb.head)
    if not able and not any(c.dep_ == "aux" and c.lower_ in ABILITY_AUX for c in kids(verb)):
        return False
    return not _condition_only(verb) and not any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in kids(c))
        for c in kids(verb)
    )


LOCATING_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _topic_only(head: Token, trig: Trigger) -> bool:
    """A bare plural naming a kind of act as a topic, not a report of one: "demanding an end to
    executions", "a campaign against arrests", "a law that bans strikes"."""
    practice = head.tag_ == "NN" and lemma(head) in PRACTICE_NOUNS
    if head.pos_ not in ("NOUN", "PROPN") or (head.tag_ not in ("NNS", "NNPS") and not practice):
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in kids(head)):
        return False
    for c in kids(head):
        if c.dep_ == "prep" and any(
            g.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") for g in _subtree(c)
        ):
            return False  # "protests against executions in Shiraz on Friday": located, so reported
    first = head
    while first.dep_ == "conj" and first.head != first:
        first = first.head  # "prohibit torture and arbitrary detention"
    parent = first.head
    if first.dep_ == "pobj" and parent.lower_ == "of" and lemma(parent.head) in HABIT_NOUNS:
        return True  # "a long history of repression", "a pattern of arbitrary arrests"
    if first.dep_ == "pobj" and parent.lower_ in ("against", "to", "on"):
        return lemma(parent.head) in TOPIC_HEADS or (practice and parent.head.pos_ in ("NOUN", "PROPN"))
    return first.dep_ == "dobj" and lemma(parent) in TOPIC_VERBS


def _characterization(head: Token, trig: Trigger) -> bool:
    """A name given to an event already told: "called the death a murder by the regime", "described
    the raid as a massacre", "branded the protests riots"."""
    if not trig.nominal:
        return False
    if head.dep_ == "oprd":
        gov = head.head
    elif head.dep_ == "pobj" and head.head.lower_ == "as":
        parent = head.head
        gov = parent.head.head if parent.head.dep_ == "dobj" else parent.head  # "described [the raid] as"
    else:
        return False
    # the thing named must be written as a noun ("the death"), not "what organisers called a strike"
    named = any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in kids(gov))
    return named and lemma(gov) in CHARACTERIZING_VERBS


def _no_report_of(head: Token) -> bool:
    """ "There were no reports of clashes", "no sign of a protest": the writer knows of none; nobody
    denies anything."""
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    noun = head.head.head
    return lemma(noun) in ABSENCE_NOUNS and any(c.lower_ == "no" and c.dep_ == "det" for c in kids(noun))


ABSENCE_NOUNS = frozenset({"report", "sign", "indication", "word", "news", "trace"})


def _avoided(head: Token) -> bool:
    """ "to avoid arrest", "fled to escape detention": an event that did not take place."""
    parent = head.head
    return head.dep_ == "dobj" and lemma(parent) in AVOID_VERBS


def _until_ended(head: Token) -> bool:
    """The event names what must end before something else stops: "strike until the executions stop",
    "refuse food until the gallows fall silent" (not "until police arrested him")."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "until" for c in kids(verb))


def _question(doc: Doc, head: Token) -> bool:
    """The trigger sits in a question of the writer's ("Was there a crackdown?", "What is left of the
    uprising?"): nothing is reported (a quoted question, "Why did they shoot at us?", is left alone)."""
    sent = segment(head)
    text = doc_text(doc)[sent.start_char : sent.end_char].rstrip()
    return text.endswith("?") and not any(q in text for q in QUOTE_MARKS)


QUOTE_MARKS = ('"', "\u201c", "\u201d")


def _slogan(doc: Doc, trig: Trigger) -> bool:
    """A trigger quoted on a banner, in a chant or a slogan ("chanted 'No to execution'")."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, trig.start_char) + 1
    before = text[line_start : trig.start_char]
    opened = max(before.rfind('"'), before.rfind("\u201c"))
    if opened < 0 or "\u201d" in before[opened:]:
        return False
    if before[opened] == '"' and before.count('"') % 2 == 0:
        return False  # the last straight quote closed a quotation
    for _ in range(4):
        lead = before[max(0, opened - 30) : opened].lower()
        if any(word in lead for word in SLOGAN_CUES):
            return not _call_to_act(doc, line_start + max(0, opened - 30), lead)
        # 'chanting "Down with prices" and "Merchants, strike!"': a chant in a list of chants
        if not lead.rstrip().endswith(CHAINED_QUOTE):
            return False
        closed = max(before.rfind('"', 0, opened), before.rfind("\u201d", 0, opened))
        opened = max(before.rfind('"', 0, closed), before.rfind("\u201c", 0, closed)) if closed > 0 else -1
        if opened < 0:
            return False
    return False


CHAINED_QUOTE = ('" and', '" or', '",', "\u201d and", "\u201d or", "\u201d,")
CALL_CUES = ("calling for", "calls for", "called for")
# what carries a written demand: 'leaflets calling for "mass riots"', 'banners calling for an "insurrection"'
SIGN_NOUNS = frozenset(
    {
        "banner",
        "placard",
        "leaflet",
        "poster",
        "graffiti",
        "sign",
        "slogan",
        "inscription",
        "flyer",
        "pamphlet",
        "sticker",
        "chant",
        "wall",
    }
)


def _call_to_act(doc: Doc, lead_start: int, lead: str) -> bool:
    """The quotation follows "called for" said by people ('organisers called for a "total shutdown"'): a call
    to act, not the words on a banner or a leaflet ('leaflets calling for "mass riots"')."""
    cue = next((c for c in CALL_CUES if c in lead), None)
    if cue is None or any(w in lead for w in SLOGAN_CUES if w not in CALL_CUES):
        return False
    tok = token_at(doc, lead_start + lead.index(cue))
    if tok is None or lemma(tok) != "call":
        return False
    doer = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
    if doer is None and tok.dep_ in ("acl", "relcl") and tok.head != tok:
        doer = tok.head  # "leaflets calling for …" (and "Organisers, who …, called for …" parsed so)
    if doer is not None and doer.tag_ == "WDT" and tok.dep_ == "relcl":
        doer = tok.head  # "banners which called for …"
    return doer is not None and doer.pos_ in ("NOUN", "PROPN", "PRON") and lemma(doer) not in SIGN_NOUNS


# a blockade or an occupation held for days is one continuous event ("cut the highway for 24 days")
CONTINUOUS_LEMMAS = frozenset(
    {"block", "blockade", "barricade", "cut", "occupy", "occupation", "roadblock", "encampment", "fell"}
)


def _source_actor(tok: Token, known: Sequence[Actor]) -> Actor:
    found = actor_at(tok, known, "speaker")
    if found is not None:
        return found
    from .actor_roles import np_actor

    return np_actor(tok, "unknown", "speaker")


def _paragraphs_before(doc: Doc, start: int) -> int:
    """How many non-blank lines end before ``start``: the ``"\\n"`` at index < ``start`` whose line
    (from the previous ``"\\n"``) holds more than whitespace. Line ends and counts are built once per Doc."""
    index: tuple[list[int], list[int]] | None = doc.user_data.get(_LINE_ENDS)
    if index is None:
        text = doc_text(doc)
        ends: list[int] = []
        counts: list[int] = [0]
        prev = 0
        nl = text.find("\n")
        while nl >= 0:
            ends.append(nl)
            counts.append(counts[-1] + (1 if text[prev:nl].strip() else 0))
            prev = nl + 1
            nl = text.find("\n", prev)
        index = (ends, counts)
        doc.user_data[_LINE_ENDS] = index
    ends, counts = index
    return counts[bisect_left(ends, start)]


_LINE_ENDS = "eventwire.line_ends"


def _is_headline(doc: Doc, sent: SpacySpan) -> bool:
    """The segment, or the whole line it sits on, is a headline (a title may hold a ';')."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.start_char)
    line = text[start : len(text) if end < 0 else end]
    return _headline_text(doc_text(doc)[sent.start_char : sent.end_char]) or _headline_text(line)


def _in_title_block(doc: Doc, sent: SpacySpan) -> bool:
    """The segment sits on the article's top lines, each a headline-like line with no closing stop: its
    title, whether it comes first or under a date or publisher line ("Tuesday, May 2, 2023", "Iran
    Azadi News - 25 November 2026")."""
    text = doc_text(doc)
    end = text.find("\n", sent.start_char)
    top = text[: len(text) if end < 0 else end]
    return all(_headline_text(line) for line in top.split("\n") if line.strip())


def _headline_text(text: str) -> bool:
    text = text.rstrip()
    return bool(text) and text[-1] not in '.!?"\u201d\u2019:;)' and len(text) < 160
