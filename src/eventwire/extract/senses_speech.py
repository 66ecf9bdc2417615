"""Sense checks on executions, closures, warnings, threats, denials, calls and ordinary trades."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import word_set
from .senses_context import (
    MatchContext,
    _animate_patient,
    _antecedent,
    _future_or_called,
    _paragraph,
    _protest_document,
    _protest_paragraph,
)
from .senses_doers import _force_or_protest_context
from .senses_weapons import _labor_subject, _violent
from .senses_words import FUTURE_AUX, LABOR_WORDS
from .syntax import agent, doc_word_set, is_animate, kids, lemma, lemmas, lowers, patient, subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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


SHOP_WORDS = frozenset(
    {
        "shop",
        "shops",
        "bazaar",
        "bazaars",
        "store",
        "stores",
        "market",
        "markets",
        "shopkeeper",
        "merchant",
        "trader",
        "business",
        "businesses",
        "shutter",
        "shutters",
    }
)
ORDER_VERBS = frozenset({"order", "force", "impose", "enforce", "decree", "announce", "demand", "require"})


def _shop_context(c: MatchContext) -> bool:
    """A closure of shops, markets or bazaars ("bazaars followed suit with partial closures"), not one
    ordered by the authorities ("the council ordered the closure of the market") nor a road's."""
    if not c.words & SHOP_WORDS:
        return False
    h = c.head
    return not (h.dep_ in ("dobj", "nsubjpass") and lemma(h.head) in ORDER_VERBS)


# what a closure by its keepers shuts, named as the subject of the closure word
CLOSED_TRADES = frozenset({"shop", "store", "market", "bazaar", "business", "shopfront", "storefront"})
CLOSURE_LINKS = frozenset({"acomp", "oprd", "xcomp"})


# who stops driving in a transport stoppage
TRANSPORT_WORKERS = frozenset(
    {
        "driver",
        "trucker",
        "truck",
        "lorry",
        "haulier",
        "hauler",
        "transporter",
        "operator",
        "owner",
        "taxi",
        "cab",
        "bus",
        "minibus",
        "matatu",
        "boda",
        "motorcyclist",
        "rickshaw",
    }
)


def _transport_subject(c: MatchContext) -> bool:
    """Drivers, truckers or transport owners as the doer ("truckers across the province stayed off the
    roads", "taxi drivers kept their cabs off the road"), not people kept home by snow or fear."""
    s = _antecedent(subject(c.head))
    if s is None:
        return False
    names = {lemma(s), s.lower_} | {lemma(g) for g in kids(s) if g.dep_ in ("compound", "amod")}
    return bool(names & TRANSPORT_WORKERS)


def _no_finance_words(c: MatchContext) -> bool:
    """No trading-floor words in the sentence: "the stock market closed lower" is no shutdown."""
    return not c.has("finance")


def _shop_subject(c: MatchContext) -> bool:
    """The closure word's subject is shops, stores, markets or bazaars, however much stands between them
    ("markets in Bamenda, Kumbo and Ndop stayed shut", "most stores along the avenue were shuttered",
    "shops and stalls remained closed"); not the stock market ("markets closed lower", a finance word)."""
    if c.has("finance"):
        return False
    h = c.head
    holders = [h, h.head] if h.dep_ in CLOSURE_LINKS and h.head != h else [h]
    for v in holders:
        for s in kids(v):
            if s.dep_ in ("nsubj", "nsubjpass") and lemma(s) in CLOSED_TRADES:
                return not any(g.dep_ == "compound" and lemma(g) in word_set("finance") for g in kids(s))
    return False


def _force_on_people(c: MatchContext) -> bool:
    """Force used on people ("against the participants", "against the migrants"), or excessive force at
    a protest; not "the use of force against Iran" (a war)."""
    for t in c.tokens:
        if t.lower_ in ("against", "on"):
            obj = next((g for g in kids(t) if g.dep_ == "pobj"), None)
            if obj is None:
                return False
            if obj.ent_type_ in ("GPE", "NORP", "ORG", "LOC"):
                return False
            return is_animate(obj, word_set("animate")) or lemma(obj) in word_set("protest")
    if _excessive(c.head):
        return True  # "no excessive force was used": a force's partial denial of what it did (M60)
    return _force_or_protest_context(c)


# the excess a force denies ("no excessive force was used")
EXCESS_WORDS = frozenset({"excessive", "disproportionate", "undue"})
NEGATORS = frozenset({"no", "not", "never", "n't", "neither", "nor"})


def _excessive(force: Token) -> bool:
    """ "excessive / disproportionate / undue force": the force word qualified as an excess."""
    return any(g.dep_ == "amod" and g.lower_ in EXCESS_WORDS for g in kids(force))


def _excess_denied(c: MatchContext) -> bool:
    """A force's denial that the force it used was excessive, told in any word order (M60): "at no time
    was excessive force used", "officers did not use excessive force", "denied using excessive force";
    not the verdict "used excessive force" (no denial in the clause)."""
    h = c.head
    if not _excessive(h):
        return False
    use = next((g for g in kids(h) if lemma(g) == "use"), None)  # "was excessive force used"
    if use is None and lemma(h.head) == "use" and h.head != h:
        use = h.head  # "did not use excessive force", "denied using excessive force"
    if use is None:
        return False
    verbs = [use, use.head] if use.head != use else [use]
    if lemma(use) == "use" and use.dep_ == "acl":
        verbs.append(h.head)  # "was" of "at no time was excessive force used"
    for v in verbs:
        if lemma(v) in ("deny", "reject", "dismiss", "refute"):
            return True
        if any(g.lower_ in NEGATORS for g in kids(v) if g.dep_ in ("neg", "det", "advmod")):
            return True
        if any(g.dep_ == "prep" and any(o.lower_ == "no" for o in g.subtree) for g in kids(v)):
            return True  # "at no time", "on no occasion"
    return False


EXECUTION_WORDS = frozenset(
    {
        "death",
        "execution",
        "executions",
        "execute",
        "executed",
        "hang",
        "hanged",
        "gallows",
        "qisas",
        "hanging",
    }
)


def _execution_paragraph(c: MatchContext) -> bool:
    """Death sentences in the sentence or its paragraph: "the sentences will be carried out" of prisoners on
    death row (not a prison term "carried out" as community service)."""
    if c.words & EXECUTION_WORDS:
        return True
    para = _paragraph(c)
    low = lowers(para.doc)
    return any(low[i] in EXECUTION_WORDS for i in range(para.start, para.end))


def _violent_or_protest_document(c: MatchContext) -> bool:
    """A body found in a report of violence or protest (not after a flood or an accident), or bearing the
    marks of a killing ("found dumped", "bearing gunshot wounds", "days after they were abducted")."""
    return _violent(c) or bool(c.words & BODY_SIGNS) or _protest_document(c)


BODY_SIGNS = frozenset(
    {"dump", "dumped", "abduct", "abducted", "kidnap", "kidnapped", "bullet", "bullets", "gunshot"}
    | {"mutilate", "mutilated", "blindfold", "blindfolded", "tortured", "strangle", "strangled", "behead"}
    | {"beheaded", "decapitate", "decapitated", "riddle", "riddled", "execution-style"}
)


def _weapon_word(t: Token) -> bool:
    names = word_set("weapon") | word_set("air")
    # "Drones" opening a sentence may be parsed as a name, its lemma left plural
    return lemma(t) in names or t.lower_ in names or t.lower_.removesuffix("s") in names


def _weapon_doer_or_instrument(c: MatchContext) -> bool:
    """A weapon does it or is what it is done with: "drones targeted fuel depots", "was targeted by a
    drone", "struck a residential area with missiles" (not "police targeted activists")."""
    h = c.head
    doer = subject(h) or agent(h)
    if lemma(h) == "target" and doer is not None and _weapon_word(doer):
        return True
    # "with rockets" hangs on the verb or, as the parser often has it, on its object
    holders = [h, *(ch for ch in kids(h) if ch.dep_ == "dobj")]
    for holder in holders:
        for ch in kids(holder):
            if (
                ch.dep_ == "prep"
                and ch.lower_ == "with"
                and any(g.dep_ == "pobj" and _weapon_word(g) for g in kids(ch))
            ):
                return True
    return False


EVACUATION_WORDS = frozenset(
    {
        "evacuate",
        "evacuated",
        "evacuation",
        "rescue",
        "rescued",
        "safety",
        "shelter",
        "flood",
        "floods",
        "hospital",
    }
)


def _not_evacuation(c: MatchContext) -> bool:
    """ "taken from their homes to safety": people moved out of danger, not seized."""
    return not (c.words & EVACUATION_WORDS)


WARNING_WORDS = frozenset({"warn", "warned", "warning", "threaten", "threatened", "vow", "vowed", "pledge"})


def _warned_or_future(c: MatchContext) -> bool:
    """A threat, not a report: the act is still to come ("will be dealt with firmly") or warned of."""
    if c.words & WARNING_WORDS:
        return True
    verb = c.head
    for _ in range(3):
        if any(ch.dep_ in ("aux", "auxpass") and ch.lower_ in FUTURE_AUX for ch in kids(verb)):
            return True
        if verb.dep_ != "xcomp" or verb.head == verb:
            return False
        verb = verb.head  # "would not hesitate to respond decisively": the future is the governing verb's
    return False


THREATENED_PEOPLE = frozenset({"anyone", "anybody", "whoever", "attempt", "attempts", "those"})


def _threat_to_protesters(c: MatchContext) -> bool:
    """The threat is aimed at protesters: protest words nearby, or in a report of protests at "anyone
    who" blocks roads or shuts a shop ("anyone who disrupts the market will be dealt with decisively")."""
    return _protest_paragraph(c) or (bool(c.words & THREATENED_PEOPLE) and _protest_document(c))


# the subject of a warning to a class: "any gathering", "any attempt to block roads", "anyone who …"
# (the class words themselves are THREATENED_PEOPLE)
CLASS_DETERMINERS = frozenset({"any", "every"})


def _warned_class(subj: Token) -> bool:
    """A class, not a party of the story: "anyone", "those who …", "(any) attempts to block roads", "any
    gathering that disturbs public order", "any roadblock"."""
    if subj.lower_ in THREATENED_PEOPLE or lemma(subj) in THREATENED_PEOPLE:
        return True
    return any(ch.dep_ == "det" and ch.lower_ in CLASS_DETERMINERS for ch in kids(subj))


def _warned_class_passive(c: MatchContext) -> bool:
    """N2: force warned against a class, told as what will be done to its act or to it: "any gathering
    that disturbs public order will be dispersed", "any roadblock would be cleared", "any attempt to
    block roads would be firmly repressed", "attempts to block roads will be stopped immediately by
    police", "anyone who tried to block roads would be removed by the police". A passive in the future
    or conditional whose subject is a class (not "the road will be cleared by Friday", not "the
    protesters were dispersed"), in a story of protests."""
    h = c.head
    # "would be \"firmly repressed\"": the parser hangs a quoted participle from "be" as an adjective
    frame = h.head if h.dep_ == "acomp" and h.head.lemma_ == "be" else h
    k = kids(frame)
    if not any(ch.dep_ == "aux" and ch.lower_ in FUTURE_AUX for ch in k):
        return False
    if frame is h and not any(ch.dep_ == "auxpass" for ch in k):
        return False
    subj = next((ch for ch in k if ch.dep_ in ("nsubjpass", "nsubj")), None)
    if h.dep_ == "relcl" and frame is h:
        # "any gathering that \"disturbs public order\" will be dispersed", parsed as a relative clause
        subj = h.head
    return subj is not None and _warned_class(subj) and _threat_to_protesters(c)


# verbs and nouns that take a punishment or an act as an institution: "abolish the death penalty", "a
# moratorium on the death penalty", "still carries out the death penalty"
PRACTICE_VERBS = frozenset(
    {
        "abolish",
        "retain",
        "reintroduce",
        "restore",
        "maintain",
        "keep",
        "oppose",
        "support",
        "suspend",
        "apply",
    }
)
PRACTICE_HEADS = frozenset(
    {
        "moratorium",
        "abolition",
        "ban",
        "debate",
        "use",
        "opposition",
        "campaign",
        "end",
        "law",
        "reintroduction",
    }
)


def _court_sentences(c: MatchContext) -> bool:
    """An active sentencing with its people named as the object ("the court sentenced two men to death"),
    not a passive that recalls a past sentence ("who was sentenced to death in 2023")."""
    h = c.head
    if any(ch.dep_ in ("auxpass", "nsubjpass") for ch in kids(h)):
        return False
    return any(ch.dep_ == "dobj" for ch in kids(h)) and any(ch.dep_ == "nsubj" for ch in kids(h))


def _not_practice(c: MatchContext) -> bool:
    """A punishment named as an institution, not as a case of it."""
    h = c.head
    gov = h.head
    # "still carries out the death penalty" is the practice; "a charge that carries the death penalty" is
    # what the people charged may face
    if h.dep_ == "dobj" and (
        lemma(gov) in PRACTICE_VERBS
        or (lemma(gov) == "carry" and gov.tag_ in ("VBZ", "VBP") and not _carried_by_charge(gov))
    ):
        return False
    return not (
        h.dep_ == "pobj" and gov.lower_ in ("on", "of", "against", "to") and lemma(gov.head) in PRACTICE_HEADS
    )


def _carried_by_charge(verb: Token) -> bool:
    """ "an offence that can carry the death penalty", "the charge could carry the death penalty": the
    subject of "carry" (or the noun its relative clause modifies) is a charge the people charged may be
    punished for, not a state carrying out a practice. Without a modal ("a charge that carries the death
    penalty") the sentence reads as a plain statement, which the status stage would keep asserted."""
    own = kids(verb)
    if any(c.dep_ == "prt" for c in own) or not any(c.dep_ == "aux" and c.lower_ in MODALS for c in own):
        return False  # "carries out"; no "can" or "could"
    subj = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and lemma(subj) in CHARGE_WORDS


CHARGE_WORDS = frozenset({"charge", "offence", "offense", "crime", "count", "accusation"})
MODALS = frozenset({"can", "could", "may", "might", "would"})


DEATH_LEMMAS = frozenset({"kill", "dead", "die", "death", "killing"})
_DEADLY_DOC = "eventwire.senses.deadly_document"


def _deadly_document(doc: Doc) -> bool:
    """People died in the report: a word of killing or death in it (once per Doc)."""
    found = doc.user_data.get(_DEADLY_DOC)
    if not isinstance(found, bool):
        found = any(w in DEATH_LEMMAS for w in lemmas(doc))
        doc.user_data[_DEADLY_DOC] = found
    return found


def _denied(h: Token) -> bool:
    """The act itself is denied: negated ("had not fired"), under a verb of denial ("denied that police
    had fired"), done by nobody ("no shots were fired") or done without ("without firing a shot")."""
    if any(k.dep_ == "neg" for k in kids(h)):
        return True
    if any(k.dep_ in ("nsubj", "nsubjpass", "dobj") and _none_of(k) for k in kids(h)):
        return True
    if h.dep_ == "pcomp" and h.head.lower_ == "without" and lemma(h.head.head) not in FORCE_VERBS:
        # "restored order without firing a single shot" (not "dispersed them with tear gas without firing
        # a bullet": the manner of the dispersal told)
        return True
    cur = h
    for _ in range(3):
        if cur.head == cur:
            return False
        cur = cur.head
        if lemma(cur) in DENIAL_VERBS:
            return True
    return False


DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})
# acts of force a "without firing" clause can tell the manner of
FORCE_VERBS = frozenset({"disperse", "break", "clear", "push", "chase", "drive", "evict", "remove", "repel"})


def _none_of(k: Token) -> bool:
    """A doer or thing said to be none: "no shots", or a negated count before the noun ("not a single
    bullet", "not one shot")."""
    if any(g.dep_ == "det" and g.lower_ == "no" for g in kids(k)):
        return True
    return any(g.dep_ == "neg" and g.lower_ == "not" for g in k.subtree if g.i < k.i)


def _deadly_denial(c: MatchContext) -> bool:
    """Firing denied in a report of people killed: the denial answers the killing."""
    return _denied(c.head) and _deadly_document(c.sent.doc)


SHOOTING_LEMMAS = frozenset({"shoot", "gunshot", "gunfire"})
_SHOOTING_DOC = "eventwire.senses.shooting_document"


def _shooting_document(doc: Doc) -> bool:
    """Someone was shot in the report: a word of shooting in it (once per Doc)."""
    found = doc.user_data.get(_SHOOTING_DOC)
    if not isinstance(found, bool):
        found = any(w in SHOOTING_LEMMAS for w in lemmas(doc)) or "shot" in lowers(doc)
        doc.user_data[_SHOOTING_DOC] = found
    return found


def _deadly_shooting_denial(c: MatchContext) -> bool:
    """Live fire denied ("did not fire a single live round", "had not used live bullets") in a report of
    people killed and people shot: the denial answers the shooting deaths (not the deaths of a report
    that tells of tear-gas canisters only). A munition named as the object is denied by its verb."""
    h = c.head
    if h.pos_ in ("NOUN", "PROPN") and h.dep_ in ("dobj", "nsubjpass") and h.head.pos_ in ("VERB", "AUX"):
        h = h.head  # "had not used live bullets", "no live rounds were deployed"
    doc = c.sent.doc
    return _denied(h) and _deadly_document(doc) and _shooting_document(doc)


def _not_deadly_shooting_denial(c: MatchContext) -> bool:
    return not _deadly_shooting_denial(c)


def _denial_of_deaths_told(c: MatchContext) -> bool:
    """ "not a single bullet was fired" just after the report of people shot dead it answers, in its
    paragraph ("dismissed reports that troops had shot dead three protesters. 'Not a single bullet was
    fired'"); not after a report of firing alone ("rejected reports that soldiers had opened fire on
    marchers"), nor in a dispersal account told before any death ("used only tear gas and not a single
    bullet was fired")."""
    if not _deadly_shooting_denial(c):
        return False
    para = _paragraph(c)
    return any(lemma(t) in DEATH_LEMMAS for t in c.sent.doc[para.start : c.sent.start])


def _not_denial_of_deaths_told(c: MatchContext) -> bool:
    return not _denial_of_deaths_told(c)


def _animate_patient_or_fire(c: MatchContext) -> bool:
    """ "denied that anyone was shot" (a person), or firing told with no object ("had fired on")."""
    return lemma(c.head) != "shoot" or len(c.tokens) > 1 or _animate_patient(c)


def _not_deadly_denial(c: MatchContext) -> bool:
    return not _deadly_denial(c)


def _passive_subject(c: MatchContext) -> bool:
    """The head noun is the passive subject of the phrase's verb ("no force was used", "batons had been
    used"), not the doer of an active one ("security forces used tear gas")."""
    h = c.head
    return h.dep_ == "nsubjpass" and any(t.i == h.head.i for t in c.tokens)


CALL_VERBS = frozenset({"call", "urge", "ask", "appeal", "invite", "encourage", "tell", "instruct", "order"})


def _called_to_act(c: MatchContext) -> bool:
    """The act is what someone is called on to do: "called on supporters to stay home", "urged women to
    dress in black", "asked residents to stay at home on Monday"."""
    cur = c.head
    for _ in range(3):
        if cur.dep_ == "conj" and cur.head != cur:
            cur = cur.head  # "to dress in black and post photos"
            continue
        break
    if cur.dep_ not in ("xcomp", "advcl", "ccomp") or cur.head == cur:
        return False
    return lemma(cur.head) in CALL_VERBS


def _protest_paragraph_or_call(c: MatchContext) -> bool:
    """Protest words near the trigger, or a call, plan or threat of the act in a report about protests."""
    return _protest_paragraph(c) or (_protest_document(c) and _future_or_called(c))


STOP_VERBS = frozenset({"stop", "end", "cease", "halt", "refrain", "avoid", "quit"})


def _told_use(c: MatchContext) -> bool:
    """A use of force told or denied, not demanded ("must stop using lethal force against protesters") nor
    the lesser act a denial admits ("force had been used 'only against violent participants'")."""
    verb = next((t for t in c.tokens if lemma(t) == "use"), c.head)
    if verb.dep_ in ("xcomp", "pcomp", "dobj") and verb.head != verb and lemma(verb.head) in STOP_VERBS:
        return False
    low = lowers(c.sent.doc)
    last = max(t.i for t in c.tokens)
    return "only" not in low[verb.i : min(last + 4, c.sent.end)]


# what keeps working when a strike or a closure fails: shops, markets, schools, offices, transport
NORMAL_TRADES = CLOSED_TRADES | frozenset(
    {
        "class",
        "school",
        "university",
        "college",
        "office",
        "bank",
        "centre",
        "center",
        "factory",
        "transport",
        "freight",
        "traffic",
        "tanker",
        "truck",
        "bus",
        "taxi",
        "commerce",
        "trade",
        "port",
        "mine",
        "refinery",
        "hospital",
        "court",
    }
)
STRIKE_WORDS = frozenset(
    {"strike", "striker", "shutdown", "closure", "walkout", "stoppage", "bandh", "hartal", "stayaway"}
)


def _normal_trade(c: MatchContext) -> bool:
    """Shops, schools or transport working as usual in a report of a strike or closure ("shops were open as
    usual", "classes were held normally"; not "the mobile network was operating normally")."""
    if doc_word_set(c.sent.doc).isdisjoint(STRIKE_WORDS):
        return False
    h = c.head
    holders = [h, h.head] if h.dep_ in CLOSURE_LINKS and h.head != h else [h]
    for v in holders:
        for s in kids(v):
            if s.dep_ in ("nsubj", "nsubjpass"):
                names = {lemma(s), s.lower_} | {lemma(g) for g in s.subtree if g.dep_ == "conj"}
                return bool(names & NORMAL_TRADES)
    return False


def _hunger_strike_document(c: MatchContext) -> bool:
    """A hunger strike in the document: "he eats normally" denies it."""
    return "hunger" in doc_word_set(c.sent.doc) and not doc_word_set(c.sent.doc).isdisjoint(STRIKE_WORDS)


def _labor_subject_or_call(c: MatchContext) -> bool:
    """Work stopped by those who do it: workers or their union as the doer ("its members would stop hauling
    flour", "workers would halt production"), or a call on them to stop ("urged colleagues to stop work")."""
    if _labor_subject(c) or _transport_subject(c) or _called_to_act(c):
        return True
    s = _antecedent(subject(c.head))
    if s is None or lemma(s) != "member":
        return False
    # "its members", "union members": the members of a union or of the workers named before
    owners = {lemma(t) for t in s.subtree} | {lemma(t) for t in c.sent if t.dep_ == "poss" or t.i < s.i}
    return bool(owners & (LABOR_WORDS | TRANSPORT_WORKERS))
