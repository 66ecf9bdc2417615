"""Whether force harmed people: the hurt an account tells with a crackdown or an attack.

Split from :mod:`.actor_roles`: what makes those met by force its victims (injuries told
with the act, in the next sentences of its paragraph, or by a verb of striking) rather
than only its targets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import Actor, ActorKind
from .actor_roles_kinds import actor_kinds
from .syntax import (
    char_span,
    is_animate,
    kids,
    lemma,
    lemmas,
    parse_tree,
    segment,
    segments,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "attack_harm_around",
    "force_told_hurt",
    "forces_hurt_in",
    "harm_around",
]


# What tells that force harmed the people it was used on: a hurt told with the act itself ("fired
# rubber bullets, leaving two people blinded", "six officers were injured when protesters threw
# bottles at them", "stormed the camp, beating those who fled"), or a verb of striking ("attacked
# police with stones"). A weapon alone ("tear gas and batons to disperse them") tells no harm.
HARM_TOLD_LEMMAS = frozenset(
    {"kill", "injure", "wound", "hurt", "blind", "maim", "die", "stab", "beat", "club", "trample"}
)
STRIKING_LEMMAS = frozenset({"attack", "assault", "beat", "stab", "club", "whip", "kick", "trample", "hit"})
PEOPLE_KINDS = frozenset(
    {
        "protesters",
        "civilians",
        "security_forces",
        "students",
        "labor",
        "religious",
        "media",
        "opposition_group",
    }
)
_MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})
_TOLD_WITH = frozenset({"advcl", "xcomp", "conj", "ccomp", "oprd"})


def harm_told(head: Token, trigger_lemma: str) -> bool:
    """The force of a riot, attack or repression hurt the people it fell on (see HARM_TOLD_LEMMAS)."""
    if (trigger_lemma in STRIKING_LEMMAS or trigger_lemma in HARM_TOLD_LEMMAS) and head.pos_ == "VERB":
        return True  # "beat the strikers", "officers were injured in the clashes"
    weapon = head.head if head.dep_ == "acl" else head  # "rubber bullets fired by police"
    if weapon.dep_ == "pobj" and weapon.head.dep_ == "agent" and weapon.head.head.pos_ == "VERB":
        hurt = lemma(weapon.head.head)  # "hit by rubber bullets", "injured by stones thrown by …"
        if hurt in STRIKING_LEMMAS or hurt in HARM_TOLD_LEMMAS:
            return True
    if head.pos_ != "VERB" and head.dep_ == "dobj" and head.head.pos_ == "VERB":
        head = head.head  # "fired rubber bullets …, leaving two people blinded": the verb tells it
    if head.dep_ == "advcl" and lemma(head.head) in HARM_TOLD_LEMMAS:
        return True  # "one protester was killed when security forces fired"
    if lemma(head) in THROWING_LEMMAS and head.pos_ == "VERB" and forces_hurt_around(head):
        return True  # "pelted officers with stones; police said 12 officers were hurt"
    for c in kids(head):
        if c.dep_ not in _TOLD_WITH or c.i < head.i:
            continue
        if lemma(c) in HARM_TOLD_LEMMAS:
            return True  # "…, wounding a dozen protesters"
        if lemma(c) in HITTING_LEMMAS and any(d.dep_ == "dobj" and _person_struck(d) for d in kids(c)):
            return True  # "fired rubber bullets, hitting a 60-year-old man in the eye"
        if lemma(c) == "leave" and any(lemma(g) in HARM_TOLD_LEMMAS for g in kids(c)):
            return True  # "…, leaving two people blinded"
    return False


# Verbs of throwing things at someone: the officers pelted are victims when the account tells them hurt.
THROWING_LEMMAS = frozenset({"throw", "hurl", "pelt", "lob", "fling", "toss"})
# Words whose subject or object is told hurt: "12 officers were hurt", "two soldiers died", and
# the care that tells it ("15 police officers sought medical help", "were taken to hospital").
_FORCE_WORDS_HURT = frozenset({"injure", "wound", "hurt", "kill", "die"})


def forces_hurt_around(head: Token) -> bool:
    """The security forces are told hurt in the act's sentence, in the next sentences of its
    paragraph ("Police said five officers were injured by stones"), in the opening sentence of the
    next paragraph, or anywhere in the story when the act is its lede; a denial ("no officer was
    hurt") does not count (G6/G7: the side struck, objects of thrown stones, are victims when the
    text tells them hurt)."""
    seg = segment(head)
    kinds = actor_kinds()
    spans = [seg, *_later_in_paragraph(seg, AFTER_SENTENCES)]
    nxt = _next_paragraph_start(spans[-1])
    if nxt is not None:
        spans.append(nxt)  # "… threw stones at the officers.\n\nPolice said five officers were injured"
    if _lede_segment(seg):
        spans = [s for s in segments(head.doc) if s.start >= seg.start]
    return any(forces_hurt_in(span, kinds) for span in spans)


def forces_hurt_in(span: Span, kinds: dict[str, ActorKind] | None = None) -> list[Token]:
    """The words of the security forces a sentence tells hurt, killed or cared for as the hurt are
    ("two people, one of them a police officer, were killed": ``officer``); none when it denies the
    harm ("no officer was hurt") or tells it as an act of its own (see :func:`_own_harm_told`)."""
    kinds = actor_kinds() if kinds is None else kinds
    found: list[Token] = []
    for tok in span:
        lem = lemma(tok)
        if tok.pos_ not in ("VERB", "ADJ"):
            continue
        if lem not in _FORCE_WORDS_HURT and not _cared_for(tok, lem):
            continue
        if tok.dep_ in _DESCRIBING_DEPS and tok.dep_ != "amod":
            continue
        if any(c.dep_ == "neg" for c in kids(tok)):
            continue
        hurt = [c for c in kids(tok) if c.dep_ in ("nsubjpass", "nsubj", "dobj")]
        if tok.dep_ == "amod":
            hurt.append(tok.head)  # "injured officers"
        for h in hurt:
            if h.lower_ in _NOBODY or any(g.lower_ in _NOBODY for g in kids(h)):
                continue
            heads = [h, *(g for g in kids(h) if g.dep_ in ("compound", "conj", "appos"))]
            heads += [g for x in list(heads) for g in kids(x) if g.dep_ in ("appos", "compound")]
            heads += [g for c in kids(h) if c.dep_ == "prep" and c.lower_ == "of" for g in kids(c)]
            if _own_harm_told(h):
                continue
            found += [x for x in heads if kinds.get(lemma(x)) == "security_forces" and not _own_harm_told(x)]
    return found


def _own_harm_told(person: Token) -> bool:
    """Someone told hurt by an act of their own ("among them a police officer stabbed by protesters
    in Matola"): that act's victim, not the one told here."""
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in HARM_TOLD_LEMMAS | STRIKING_LEMMAS
        for c in kids(person)
    )


def _cared_for(tok: Token, lem: str) -> bool:
    """A verb of care that tells its people hurt: "sought medical help", "were taken to hospital",
    "were hospitalised", "were treated in hospital"."""
    if lem in TREATED_LEMMAS:
        return lem != "treat" or any(lemma(t) in CARE_WORDS for t in segment(tok))
    if lem in TO_CARE_LEMMAS:
        return any(
            c.dep_ == "prep" and c.lower_ == "to" and any(lemma(g) in CARE_PLACES for g in kids(c))
            for c in kids(tok)
        )
    if lem == "seek":
        return any(
            c.dep_ == "dobj" and lemma(c) in CARE_NOUNS and any(lemma(g) == "medical" for g in kids(c))
            for c in kids(tok)
        )
    return False


def _next_paragraph_start(seg: Span) -> Span | None:
    """The first sentence of the paragraph after the one ``seg`` ends, if ``seg`` ends its paragraph."""
    doc = seg.doc
    toks = tokens(doc)
    if seg.end >= len(doc) or not ("\n" in toks[seg.end].text or "\n" in toks[seg.end - 1].whitespace_):
        return None
    i = seg.end
    while i < len(doc) and not toks[i].text.strip():
        i += 1  # the blank line between the paragraphs
    return segment(toks[i]) if i < len(doc) else None


# Verbs of a shot or blow reaching its mark: harm when what they reach is a person.
HITTING_LEMMAS = frozenset({"hit", "strike"})


def _person_struck(tok: Token) -> bool:
    """Someone a shot or blow reached: a person or people, not a vehicle or building."""
    return tok.ent_type_ == "PERSON" or _people_hurt(tok, actor_kinds())


def _people_hurt(tok: Token, kinds: dict[str, ActorKind]) -> bool:
    """A noun of people who can be hurt by the force (not the security forces themselves)."""
    kind = kinds.get(lemma(tok))
    return kind is not None and kind != "security_forces" and kind in PEOPLE_KINDS


# Weapons that strike bodies: a crowd met with batons or baton charges is hurt, not only dispersed (S8).
STRIKING_WEAPONS = frozenset({"baton", "truncheon", "club", "cosh", "whip"})
# Harm told by its marks: "treated 27 people for wounds from rubber bullets".
WOUND_NOUNS = frozenset({"wound", "injury", "wounded", "injured", "casualty"})
# Harm told in the next sentence is the crackdown's own only as hurt, not as a beating told as its own act.
AFTER_HARM_LEMMAS = frozenset({"kill", "injure", "wound", "hurt", "blind", "maim", "die"})
_NOBODY = frozenset({"nobody", "none", "no", "not", "noone"})
_DESCRIBING_DEPS = frozenset({"relcl", "acl", "amod", "compound"})


def harm_around(head: Token) -> bool:
    """The account of a crackdown tells people hurt: a harm verb elsewhere in the trigger's sentence
    ("police fired tear gas when the crowd approached, and two demonstrators were wounded"), batons
    ("used tear gas and batons to disperse the crowd"), wounds in the sentence ("…; a doctor said 12
    people were treated for pellet wounds"), or wounds and deaths in the paragraph's next
    sentence ("Doctors said they treated 27 people, most with wounds from rubber bullets"). Harm that
    describes someone ("the funeral of a man killed last week"), is denied ("no one was hurt") or fell
    on the security forces ("six officers were injured") does not count."""
    seg = segment(head)
    kinds = actor_kinds()
    doc = head.doc
    toks, lems = tokens(doc), lemmas(doc)  # indices, not Tokens: iterating a Span builds a Token per word
    pos, dep, _heads = parse_tree(doc)
    for i in range(seg.start, seg.end):
        lem = lems[i]
        if lem in STRIKING_WEAPONS and pos[i] == "NOUN":
            return True  # "swung bamboo batons", the trigger's own weapon too
        if i == head.i:
            continue
        if (
            lem in WOUND_NOUNS
            and pos[i] == "NOUN"
            and dep[i] not in _DESCRIBING_DEPS
            and not any(c.lower_ in _NOBODY for c in kids(toks[i]))
        ):
            return True  # "…; a doctor said 12 people had been treated for pellet wounds"
        if lem in HARM_TOLD_LEMMAS and pos[i] == "VERB" and _harm_of_people(toks[i], kinds):
            return True
        if lem == "leave" and pos[i] == "VERB" and _left_hurt(toks[i], kinds):
            return True  # "…, leaving two people blinded in one eye", however the parse hangs it
    if (
        _lede_segment(seg)
        and not _others_strike_in(seg, head, kinds)
        and any(_injuries_told(s, kinds) for s in segments(doc) if s.start >= seg.end)
    ):
        return True  # the story's own crackdown: its injured may be told anywhere in the story
    for after in _later_in_paragraph(seg, AFTER_SENTENCES):
        for i in range(after.start, after.end):
            lem = lems[i]
            if lem in WOUND_NOUNS and pos[i] in ("NOUN", "ADJ") and dep[i] not in _DESCRIBING_DEPS:
                if not any(c.lower_ in _NOBODY for c in kids(toks[i])):
                    return True
            elif lem in WOUND_WORDS and _hurt_people(toks[i], kinds):
                return True  # "…, where injured protesters had sought treatment"
            elif lem in AFTER_HARM_LEMMAS and pos[i] == "VERB" and _harm_of_people(toks[i], kinds):
                return True
            elif _treated(toks[i], kinds):
                return True  # "… The Red Cross said it had treated 37 people"
    return False


def _others_strike_in(seg: Span, head: Token, kinds: dict[str, ActorKind]) -> bool:
    """The lede also tells others striking people ("Men armed with machetes attacked marchers …, and
    police fired tear gas at demonstrators"): the story's injured may be theirs, not the crackdown's."""
    for tok in seg:
        if tok.i == head.i or tok.pos_ != "VERB" or lemma(tok) not in STRIKING_LEMMAS:
            continue
        doers = [c for c in kids(tok) if c.dep_ == "nsubj"]
        if doers and not any(kinds.get(lemma(d)) == "security_forces" for d in doers):
            return True
    return False


def attack_harm_around(head: Token) -> bool:
    """An attack's account tells the side struck hurt, the security forces too (G6: the side struck
    is the victim when harmed): a harm verb in the attack's sentence or the next sentences of its
    paragraph ("ambushed an army convoy … Four soldiers were killed"), not one that describes someone
    or is denied ("no one was killed")."""
    seg = segment(head)
    doc = head.doc
    toks, lems = tokens(doc), lemmas(doc)
    pos, _dep, _heads = parse_tree(doc)
    for span in (seg, *_later_in_paragraph(seg, AFTER_SENTENCES)):
        for i in range(span.start, span.end):
            if i == head.i or lems[i] not in AFTER_HARM_LEMMAS or pos[i] != "VERB":
                continue
            verb = toks[i]
            if verb.dep_ in _DESCRIBING_DEPS or any(c.dep_ == "neg" for c in kids(verb)):
                continue
            if any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj")
                and (c.lower_ in _NOBODY or any(g.lower_ in _NOBODY for g in kids(c)))
                for c in kids(verb)
            ):
                continue
            return True
    return False


# Words of a death or of another story: a later sentence with them tells no injuries of the lede's
# crackdown ("bodies with gunshot wounds" are a killing; "Separately, …" another act).
_OTHER_ACT_WORDS = frozenset({"die", "kill", "body", "dead", "death", "separately", "unrelated", "separate"})


def _injuries_told(seg: Span, kinds: dict[str, ActorKind]) -> bool:
    """A sentence telling people injured, not killed ("16 students were admitted with minor injuries",
    "nine people were treated for rubber-bullet wounds"), and not of another act."""
    doc = seg.doc
    toks, lems = tokens(doc), lemmas(doc)
    pos, dep, _heads = parse_tree(doc)
    if any(lems[i] in _OTHER_ACT_WORDS for i in range(seg.start, seg.end)):
        return False
    for i in range(seg.start, seg.end):
        lem = lems[i]
        if lem in WOUND_NOUNS and pos[i] in ("NOUN", "ADJ") and dep[i] not in _DESCRIBING_DEPS:
            if not any(c.lower_ in _NOBODY for c in kids(toks[i])):
                return True
        elif lem in WOUND_WORDS and _hurt_people(toks[i], kinds):
            return True  # "injured protesters had sought treatment"
        elif lem in WOUND_WORDS and pos[i] == "VERB" and _harm_of_people(toks[i], kinds):
            return True  # "at least 20 demonstrators were injured"
        elif _treated(toks[i], kinds):
            return True  # "11 protesters were treated in hospital"
    return False


# Verbs of care that tell people hurt when told of a hospital or an ailment: "were treated in hospital",
# "treated 37 people, most for breathing problems", "were hospitalised", "taken to hospital".
TREATED_LEMMAS = frozenset({"treat", "hospitalise", "hospitalize"})
# Verbs that bring the hurt to care: "taken / rushed / admitted to hospital".
TO_CARE_LEMMAS = frozenset({"take", "rush", "admit", "carry", "evacuate"})
CARE_PLACES = frozenset({"hospital", "clinic", "infirmary"})
# What a statement of care names: "for injuries", "for burns", "for the effects of tear gas".
CARE_WORDS = frozenset(
    {
        "hospital",
        "clinic",
        "medical",
        "doctor",
        "medic",
        "paramedic",
        "ambulance",
        "first-aid",
        "injury",
        "burn",
    }
)
# "sought medical help / treatment / care / attention"
CARE_NOUNS = frozenset({"help", "treatment", "care", "attention", "assistance"})


def _treated(tok: Token, kinds: dict[str, ActorKind]) -> bool:
    """People told cared for as the hurt are: "11 protesters were treated in hospital", "the Red
    Cross treated 37 people", "15 people had been taken to hospital", "22 protesters sought medical
    help"; not denied, not the security forces, and only when the sentence tells care."""
    if tok.pos_ != "VERB" or tok.dep_ in _DESCRIBING_DEPS - {"acl"} or not _harm_of_people(tok, kinds):
        return False
    return _cared_for(tok, lemma(tok))


def _left_hurt(leave: Token, kinds: dict[str, ActorKind]) -> bool:
    """'leaving two people blinded / dozens injured / three dead': people left in a state of harm."""
    for obj in kids(leave):
        if obj.dep_ != "dobj" or obj.lower_ in _NOBODY or kinds.get(lemma(obj)) == "security_forces":
            continue
        if any(lemma(g) in HARM_TOLD_LEMMAS | WOUND_WORDS | {"dead"} for g in kids(obj)):
            return True
    return any(
        c.dep_ in ("oprd", "ccomp", "xcomp") and lemma(c) in AFTER_HARM_LEMMAS | {"dead"} for c in kids(leave)
    )


def _lede_segment(seg: Span) -> bool:
    """The story's opening sentence: only headline and dateline lines (no full sentence) come before it."""
    before = doc_text(seg.doc)[: seg.start_char]
    if before.strip() and before.rstrip()[-1:] in '.!?"\u201d':
        return False
    return all(not p.strip() or p.rstrip()[-1:] not in ".!?" for p in before.split("\n\n"))


# Words of wounds (not deaths: "a killed man" is someone's story) that describe the people hurt.
WOUND_WORDS = frozenset({"injure", "injured", "wound", "wounded", "hurt"})
# How many sentences after a crackdown's own, in its paragraph, still tell what it did to people:
# "… fired pellets at the crowd. Young men answered with stones. Doctors said 14 were wounded."
AFTER_SENTENCES = 2


def _later_in_paragraph(seg: Span, limit: int) -> list[Span]:
    """Up to ``limit`` sentences after ``seg``, as long as its paragraph goes on."""
    doc = seg.doc
    toks = tokens(doc)
    out: list[Span] = []
    while len(out) < limit:
        if seg.end >= len(doc) or "\n" in toks[seg.end].text or "\n" in toks[seg.end - 1].whitespace_:
            break  # the paragraph ends with the sentence
        seg = segment(toks[seg.end])
        out.append(seg)
    return out


def _hurt_people(tok: Token, kinds: dict[str, ActorKind]) -> bool:
    """A wound word describing people, not the security forces: "injured protesters", "wounded marchers"."""
    return tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN") and _people_hurt(tok.head, kinds)


def _harm_of_people(verb: Token, kinds: dict[str, ActorKind]) -> bool:
    """A harm verb telling people hurt: a clause of its own (not a description of someone), not denied,
    not of the security forces."""
    if verb.dep_ in _DESCRIBING_DEPS:
        return False
    for c in kids(verb):
        if c.dep_ == "neg":
            return False
        if c.dep_ in ("nsubj", "nsubjpass", "dobj"):
            if c.lower_ in _NOBODY or any(g.lower_ in _NOBODY for g in kids(c)):
                return False  # "no one was hurt", "not a single worshipper was killed"
            if c.dep_ != "nsubj" or verb.tag_ == "VBN":
                hurt = [c, *(g for g in kids(c) if g.dep_ == "compound")]
                if any(kinds.get(lemma(h)) == "security_forces" for h in hurt):
                    return False  # "six officers were injured"
    return True


def struck_people(doc: Doc, a: Actor, animate: frozenset[str], facilities: frozenset[str]) -> bool:
    """A target that is people (not a building, vehicle, outlet or network, nor the owner named before
    one: "a police station"), so a victim when the act is told to have hurt them."""
    if a.role != "target" or a.kind not in PEOPLE_KINDS:
        return False
    if a.start_char is None or a.end_char is None:
        return True  # the crowd the act implies
    span = char_span(doc, a.start_char, a.end_char)
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ in _MODIFIER_DEPS and a.kind == "security_forces":
        owned = root.head
        if lemma(owned) in FORCE_LINES:
            # "threw bottles at the police cordon, injuring three officers": the officers holding it
            return forces_hurt_around(root)
        if (
            (lemma(owned) in FORCE_POSTS or lemma(owned) in facilities)
            and not _thrown_at(owned)
            and not _own_men_named(owned)
        ):
            # "attacked a police station …, claiming to have killed four police officers": the people
            # holding it; stones thrown at a station hit the building (G7)
            return forces_hurt_around(root)
        if is_animate(owned, animate):
            return True  # "a police sergeant was seriously injured by stones": the force's own man
    if root.dep_ in _MODIFIER_DEPS or lemma(root) in facilities:
        return False
    return is_animate(root, animate) or a.kind in ("protesters", "security_forces") or root.pos_ == "PRON"


def _own_men_named(post: Token) -> bool:
    """The act names the force's hurt men as its own victims ("overran an army post, killing 14
    soldiers"): they are the victims, the post stays what was struck."""
    verb = post.head.head if post.dep_ == "pobj" else post.head
    kinds = actor_kinds()
    return any(
        c.dep_ in _TOLD_WITH
        and lemma(c) in HARM_TOLD_LEMMAS
        and any(g.dep_ == "dobj" and kinds.get(lemma(g)) == "security_forces" for g in kids(c))
        for c in kids(verb)
    )


def _thrown_at(tok: Token) -> bool:
    """A place things were thrown at: "threw stones at police stations"."""
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return lemma(verb) in THROWING_LEMMAS


# What a force stands in when a crowd throws at it: "the police cordon", "police lines".
FORCE_LINES = frozenset({"cordon", "line", "lines", "ranks", "barrier", "barricade", "chain"})
# Posts a force holds: "attacked the army barracks", "a FACA checkpoint", "a Basij base".
FORCE_POSTS = frozenset(
    {
        "station",
        "base",
        "barracks",
        "checkpoint",
        "post",
        "outpost",
        "camp",
        "headquarters",
        "convoy",
        "patrol",
    }
)

# the verbs and participles of a toll that tells the security forces hurt ("eight officers were injured"):
# the sentence reading's words less "die", which tells no toll of a mention ("among them six officers")
_MENTION_HURT = _FORCE_WORDS_HURT - {"die"}


def force_told_hurt(root: Token) -> bool:
    """The security-force mention ``root`` heads is told hurt, as the riot step reads it (M35): the
    subject of a passive hurt verb ("officers were injured"), or one of those counted among a hurt
    toll ("22 people were treated, among them six police officers"; "including three soldiers")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in root.children):
        return False
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("among", "including"):
        head = head.head
        while head.dep_ in ("appos", "conj", "prep", "pobj", "dobj", "attr") and head.head is not head:
            head = head.head
        return lemma(head) in _MENTION_HURT or any(lemma(t) in _MENTION_HURT for t in head.subtree)
    if root.dep_ != "nsubjpass" or lemma(head) not in _MENTION_HURT:
        return False
    return not any(c.dep_ == "neg" for c in head.children)
