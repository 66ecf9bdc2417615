"""Implicit actors: a force written in an attack's or killing's sentence only as the doer of another,
non-violent act is its bystander, investigator or teller, not its doer (IndiaPoliceEvents: "two bombs
exploded as police intensified combing operations" made the police the bombers)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .binding_words import DO_LEMMAS
from .implicit_actors_protest import SELF_PRONOUNS, _effective_root
from .lexicon import trigger_entries, word_set
from .syntax import kids, lemma, lemmas, lowers, segment

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Actor

__all__ = [
    "CLAUSAL_DEPS",
    "FORCE_ACT_LEMMAS",
    "SEIZING_VERBS",
    "TELLING_VERBS",
    "doer_elsewhere",
    "in_custody",
    "repels",
    "seized_before",
]

SEIZING_VERBS = frozenset({"arrest", "detain", "nab", "apprehend", "catch", "round"})

CUSTODY_WORDS = frozenset(
    {"custody", "detention", "interrogation", "cell", "jail", "prison", "colony", "bars"}
)


def in_custody(head: Token) -> bool:
    """A death in custody: its sentence speaks of detention, interrogation, cells or prisons."""
    seg, doc = segment(head), head.doc
    lems, lows = lemmas(doc), lowers(doc)  # indices, not Tokens: iterating a Span builds a Token per word
    return any(lems[i] in CUSTODY_WORDS or lows[i] in CUSTODY_WORDS for i in range(seg.start, seg.end))


def seized_before(head: Token, gov: Token, force: Token) -> bool:
    """The force's verb of seizing held the victims before the act: a participle or relative clause on
    them ("men arrested by soldiers were found dead", "the men whom soldiers arrested"), a pronoun seized
    ("security agents detained him"), or a sentence of custody. A participle with the force as its own
    subject is a main clause the parser hung on a dateline ("ahmedabad: the police nabbed the accused in
    the massacre"): no custody then."""
    if gov.dep_ == "relcl" or (gov.dep_ == "acl" and force.dep_ != "nsubj"):
        return True
    return any(c.dep_ == "dobj" and c.lower_ in ("him", "her", "them") for c in kids(gov)) or in_custody(head)


# Who tells, denies or blames: a source, not a doer ("bombs exploded, the police commissioner said", "reports
# of a stabbing were denied by the police"), unless the act is told as its own in the clause it governs ("the
# army denied it had fired", "police said they opened fire": the climb below) or it is the one blamed.
TELLING_VERBS = frozenset(
    {
        "say",
        "tell",
        "deny",
        "claim",
        "report",
        "add",
        "state",
        "announce",
        "confirm",
        "accuse",
        "allege",
        "blame",
    }
)

ACCUSING_VERBS = frozenset({"accuse", "blame", "allege"})

# The clause links by which a trigger hangs under the verb that tells its doer ("police opened fire,
# killing two": the killing is the opening's advcl).
CLAUSAL_DEPS = frozenset({"advcl", "xcomp", "conj", "ccomp", "pcomp", "acl", "relcl", "dep", "parataxis"})
# Acts of force by which a force in another clause is the doer of a killing or attack in its sentence
# ("two died after police opened fire", "were killed when troops stormed the camp", "two killed as police
# clear a highway blockade").
FORCE_ACT_LEMMAS = frozenset(
    {
        "fire",
        "open",
        "shoot",
        "kill",
        "attack",
        "storm",
        "raid",
        "beat",
        "charge",
        "lathicharge",
        "baton",
        "club",
        "shell",
        "bomb",
        "strike",
        "hit",
        "use",
        "spray",
        "gun",
        "assault",
        "torture",
        "crush",
        "disperse",
        "clash",
        "injure",
        "wound",
        "fight",
        "engage",
        "clear",
        "break",
        "quell",
        "suppress",
        "crack",
        "repress",
        "intervene",
        "evict",
        "confront",
        "respond",
        "battle",
        "enforce",
    }
)


def doer_elsewhere(head: Token, a: Actor) -> bool:
    """A force written in the trigger's sentence only as the subject of another, non-violent act, one
    that does not govern the trigger ("two bombs exploded as police intensified combing operations", "a
    stabbing was denied by the police", "the police nabbed the accused in the train massacre"): the
    bystander, investigator or teller of the killing or attack, not its doer."""
    root = _effective_root(head.doc, a)
    if root is None:
        return False
    for _ in range(4):  # the first of the conjuncts it stands in: its role is theirs
        if root.dep_ != "conj" or root.head.i == root.i:
            break
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass"):
        verb = root.head
    elif root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb = root.head.head
    else:
        return _backer(root) or _title(root)  # "ISI-inspired attacks"; "who was police commissioner"
    if verb.pos_ not in ("VERB", "AUX") or verb.i == head.i:
        return False
    if root.dep_ == "pobj" and not _passive(verb):
        return False  # "documented 27 killings of civilians by the security forces": the noun's doer
    if lemma(verb) in ACCUSING_VERBS and root.dep_ == "nsubjpass":
        return False  # "the army was blamed for the killings": the accused doer (left to the speaker checks)
    if lemma(verb) in SEIZING_VERBS:
        # "the police nabbed the accused in the massacre": who seizes a suspect is no doer of the crime,
        # unless it held the victims before ("men arrested by soldiers were found dead")
        return not seized_before(head, verb, root)
    up = head
    while up.head.i != up.i and (
        up.dep_ in CLAUSAL_DEPS or (up.dep_ == "prep" and any(c.dep_ == "pcomp" for c in kids(up)))
    ):
        if _own_subject(up, root):
            break  # "police said bombs exploded"; "ensures that dons get away with murder": another's act
        up = up.head
        if up.i == verb.i:
            # "police opened fire, killing two"; "police restored order without firing a shot": the trigger
            # hangs under the force's act, or is its gerund
            return False
    if _subjectless_finite(head) and verb.i < head.i:
        return False  # "troops sent to the area had killed four" parsed as two clauses: the killing's subject
    if head.dep_ in ("dobj", "obj") and lemma(head.head) in DO_LEMMAS and _under(head.head, verb):
        return False  # "the military is likely to intensify air strikes": the act its subject commits
    if _setting_of(head, verb):
        return False  # "killed in an operation carried out by troops": the force's act is where it happened
    if lemma(verb) in TELLING_VERBS:
        return True  # "reports of a stabbing were denied by the police": the teller is a source
    if lemma(verb) in FORCE_ACT_LEMMAS or any(_force_act_word(verb, c) for c in kids(verb)):
        return False
    if _own_pronoun_wields(head, root):
        return False  # "the police ... the shells it has used against the mobs": the pronoun is the force
    return not (_harm_trigger(verb) or _acts_on_crowd(verb) or _wields(verb))


# Verbs by which the attacked side meets an attack ("an attack that the army repelled", "troops foiled a
# raid"): their subject is the attack's target, not its doer.
DEFENCE_VERBS = frozenset({"repel", "repulse", "foil", "thwart", "resist", "withstand", "counter", "rebuff"})
DEFENCE_PARTICLES = frozenset({("fight", "off"), ("fend", "off"), ("beat", "back"), ("drive", "back")})


def repels(head: Token, a: Actor) -> bool:
    """The force is the subject of a verb of defence whose object is the trigger, or that hangs as a relative
    clause on it ("the town was the target of a large-scale attack that the army also repelled", "soldiers
    beat back the raid"): the defender of the attack."""
    root = _effective_root(head.doc, a)
    if root is None or root.dep_ != "nsubj":
        return False
    verb = root.head
    parts = {(lemma(verb), c.lower_) for c in kids(verb) if c.dep_ == "prt"}
    if lemma(verb) not in DEFENCE_VERBS and not parts & DEFENCE_PARTICLES:
        return False
    if verb.dep_ in ("relcl", "acl") and verb.head.i == head.i:
        return True
    return any(c.dep_ in ("dobj", "obj") and c.i == head.i for c in kids(verb))


PRONOUN_DOERS = frozenset({"it", "they"})
# nominal links by which a trigger hangs in the object of its verb ("rounds of fire and tear-gas shells")
NOMINAL_DEPS = frozenset({"pobj", "prep", "conj", "cc", "compound", "nmod", "amod", "appos"})


def _own_pronoun_wields(head: Token, force: Token) -> bool:
    """The trigger is the object of a doing verb (the binder's DO_LEMMAS: used, carried out, launched)
    whose subject is "it" or "they" written after the force in its sentence ("the police ... how many
    rounds of fire it has used"): the pronoun takes up the force, the act is the force's."""
    up = head
    for _ in range(6):
        if up.dep_ not in NOMINAL_DEPS or up.head.i == up.i:
            break
        up = up.head
    if up.dep_ not in ("dobj", "obj"):
        return False
    verb = up.head
    if lemma(verb) not in DO_LEMMAS:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in PRONOUN_DOERS and force.i < c.i for c in kids(verb))


# Participles by which a body stands behind an act others commit ("ISI-inspired attacks", "state-sponsored
# killings"): its backer, not its doer.
BACKING_LEMMAS = frozenset({"inspire", "back", "sponsor", "fund", "finance", "support", "abet", "aid", "arm"})
PERSON_PRONOUNS = frozenset({"who", "he", "she", "i"})


def _backer(root: Token) -> bool:
    """The force is glued on a participle of backing ("the ISI-inspired attacks", "army-backed raids" is
    not: "lead" is no backing)."""
    gov = root.head
    return (
        root.dep_ in ("npadvmod", "compound", "nmod", "advmod")
        and gov.tag_ == "VBN"
        and lemma(gov) in BACKING_LEMMAS
    )


def _title(root: Token) -> bool:
    """The force names a person's post after a copula ("X, who was Mumbai's police commissioner from 1993,
    is credited with calming the city after the riots and blasts"): a title, not an act of the force."""
    gov = root.head
    if root.dep_ != "attr" or lemma(gov) != "be":
        return False
    return any(
        c.dep_ == "nsubj" and (c.lower_ in PERSON_PRONOUNS or c.ent_type_ == "PERSON") for c in kids(gov)
    )


def _force_act_word(verb: Token, c: Token) -> bool:
    """A dependent of the force's verb that makes the verb an act of force: a particle or a clause of
    force ("had to fire 31 rounds"), or its object ("carried out raids", "delivered a strike"). Not the
    object of a verb of inquiry ("police tracked down an attack": the act tracked), a conjunct (another
    act), nor a word glued on the verb ("were shell-shocked by an officer")."""
    if lemma(c) not in FORCE_ACT_LEMMAS or c.dep_ in ("conj", "npadvmod", "advmod", "amod", "pobj", "nsubj"):
        return False
    return c.dep_ not in ("dobj", "obj") or lemma(verb) not in INQUIRY_VERBS


# Verbs by which a force looks into, records or watches an act ("police tracked down a similar attack"):
# their object is the act inquired into, not one the force commits ("delivered a strike", "carried out
# raids").
INQUIRY_VERBS = frozenset(
    {"track", "trace", "investigate", "probe", "solve", "link", "record", "document", "report", "condemn"}
    | {"witness", "watch", "monitor", "study", "examine", "review", "recall", "cite", "list", "recount"}
)


def _own_subject(tok: Token, force: Token) -> bool:
    """The clause headed by ``tok`` has a doer or undergoer of its own: a written subject that is not the
    force, a pronoun that may take it up ("police said they fired") or a relative pronoun, or a passive
    form ("when they were attacked": its subject suffers the act). Its act is not the force's act then,
    though it hangs under the force's verb ("police said two bombs exploded", "a weak police ensures that
    dons get away with murder", "police tracked down a case where pilgrims were attacked")."""
    for c in kids(tok):
        if c.dep_ == "auxpass":
            return True
        if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c.i != force.i:
            if c.dep_ == "nsubjpass":
                return True
            if c.lower_ in SELF_PRONOUNS or c.tag_ in ("WDT", "WP"):
                continue
            return True
    return False


def _subjectless_finite(head: Token) -> bool:
    """An active finite verb left with no subject of its own ("troops sent to the area had killed four",
    the subject hung on "sent"): the parser's split, not a second act."""
    if head.pos_ != "VERB" or head.dep_ in ("acl", "relcl", "amod", "advcl", "xcomp", "pcomp", "conj"):
        return False
    deps = {c.dep_ for c in kids(head)}
    if deps & {"nsubj", "nsubjpass", "csubj", "expl", "agent", "auxpass"}:
        return False
    return "aux" in deps or head.tag_ in ("VBD", "VBZ", "VBP")


def _under(tok: Token, verb: Token) -> bool:
    """The token is the verb or hangs under it by clause links ("is likely to intensify": intensify)."""
    for _ in range(4):
        if tok.i == verb.i:
            return True
        if tok.dep_ not in (*CLAUSAL_DEPS, "acomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _wields(verb: Token) -> bool:
    """The force carries, uses or fires arms: a verb of doing (the binder's DO_LEMMAS) whose object is a
    weapon ("officers had carried firearms", "troops deployed drones")."""
    from .senses_doers import FIREARMS  # here: senses_doers imports the actor binder, which imports this

    if lemma(verb) not in DO_LEMMAS:
        return False
    return any(
        c.dep_ in ("dobj", "obj") and (c.lower_ in FIREARMS or lemma(c) in word_set("weapon"))
        for c in kids(verb)
    )


def _passive(verb: Token) -> bool:
    """A verb that can take a by-agent: passive ("was carried out by troops") or a bare participle ("the
    raid led by troops"); not a perfect ("has documented killings by soldiers": the noun's by-phrase)."""
    deps = {c.dep_ for c in kids(verb)}
    if deps & {"auxpass", "nsubjpass"}:
        return True
    return verb.tag_ == "VBN" and not deps & {"aux", "nsubj"}


def _setting_of(head: Token, verb: Token) -> bool:
    """The force's verb tells the act within which the trigger happened: it hangs as a clause on the
    object of one of the trigger's prepositions ("killed during a raid that police launched", "died in
    an operation that investigators said was carried out by soldiers")."""
    up = verb
    while up.dep_ in ("relcl", "acl", "ccomp", "xcomp", "conj") and up.head.i != up.i:
        up = up.head
        if up.dep_ == "pobj" and up.head.dep_ == "prep" and up.head.head.i == head.i:
            return True
    return False


# harm done by hands or weapons: not a curfew, a ban or a shutdown ("police imposed a curfew" after a riot's
# deaths keeps the police a bystander)
HARM_TYPES = frozenset({"killing", "attack", "torture", "repression/dispersal", "repression/excessive_force"})
CROWD_TYPES = frozenset({"protest", "riot"})


@functools.cache
def _trigger_words(types: frozenset[str]) -> dict[str, tuple[tuple[frozenset[str], tuple[str, ...]], ...]]:
    """Head word of each trigger pattern of these event types -> (the parts of speech it takes, its other
    words)."""
    out: dict[str, list[tuple[frozenset[str], tuple[str, ...]]]] = {}
    for e in trigger_entries():
        if e.type not in types and f"{e.type}/{e.subtype}" not in types:
            continue
        rest = tuple(w for i, w in enumerate(e.words) if i != e.head and w)
        out.setdefault(e.words[e.head], []).append((frozenset(e.pos), rest))
    return {k: tuple(v) for k, v in out.items()}


def _is_trigger(tok: Token, types: frozenset[str]) -> bool:
    """The token heads a trigger pattern of these types in the event lexicon, its other words among its
    dependents ("opened fire": open + fire; "neutralised five fighters"); sense checks are not asked."""
    words = {c.lower_ for c in kids(tok)} | {lemma(c) for c in kids(tok)}
    for key in {tok.lower_, lemma(tok)}:
        for pos, rest in _trigger_words(types).get(key, ()):
            if (not pos or tok.pos_ in pos) and all(w in words for w in rest):
                return True
    return False


def _harm_trigger(verb: Token) -> bool:
    """The force's own verb is a word of harm in the lexicon ("the army neutralised five fighters", "troops
    shelled the village"): a doer of force, not a bystander."""
    return _is_trigger(verb, HARM_TYPES)


def _acts_on_crowd(verb: Token) -> bool:
    """The force's verb acts on a protest or a crowd: its object, or a preposition's object, is a protest
    or riot word or a protester ("security forces put down protests", "an officer aimed at a protester")."""
    for c in kids(verb):
        if c.dep_ in ("dobj", "obj"):
            objs = [c]
        elif c.dep_ == "prep" and c.lower_ in AIMED_PREPS:
            objs = [g for g in kids(c) if g.dep_ == "pobj"]
        else:
            continue
        for o in objs:
            if lemma(o) in CROWD_WORDS:
                return True
            if _is_trigger(o, CROWD_TYPES) and not _is_trigger(o, HARM_TYPES):
                return True  # "put down protests"; not "tracked down an attack" (the act investigated)
    return False


AIMED_PREPS = frozenset({"at", "on", "upon", "into"})  # force aimed at its object, not "a case against"
CROWD_WORDS = frozenset({"protester", "demonstrator", "crowd", "mob", "rioter", "marcher", "striker"})
