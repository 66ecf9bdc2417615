"""Figures of an event: the one victim or wounded of a record, tolls told by a host record and the
assignment of the document's magnitudes to the records."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Magnitude, MagnitudeKind, replace
from . import scope_wording as scope_cues
from .actor_roles_kinds import actor_kinds
from .binding_magnitudes import COMPATIBLE_KINDS, magnitude_score
from .coref import VICTIM_TYPES, Draft
from .events_cues import _paragraphs_before
from .events_scope import _aggregate, _tally_over_time, background_one_off
from .events_toll_hosts import (
    TOLL_KINDS,
    fired_upon,
    participle_toll,
    pointed_act,
    riot_toll,
    toll_host,
    when_toll,
)
from .events_words import COLLECTIVE, MAX_MAGNITUDE_SCORE, MEASURE_SUBTYPES, VICTIM_KIND
from .lexicon import word_set
from .magnitude_numbers import _table
from .magnitude_tallies import written_in_parts
from .mentions import Mentions
from .syntax import is_animate, kids, lemma, patient, segment, subject, token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _own_subject(head: Token) -> int:
    """The noun subject written on a verbal trigger itself (active or passive), or -1. A doer with
    force ("when security forces fired on protesters") names the perpetrator, not a second victim."""
    if head.pos_ not in ("VERB", "AUX"):
        return -1
    for c in kids(head):
        if c.dep_ == "nsubj" and (
            lemma(c) in word_set("security_nouns") or lemma(c) in word_set("armed_doers")
        ):
            return -1
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "NUM"):
            return int(c.i)
    return -1


UNACCUSATIVE_DEATHS = frozenset({"die", "perish", "succumb"})


def _doers_count(mag: Magnitude, head: Token) -> bool:
    """The figure counts the doers of an active victim verb ("four men abducted a journalist",
    "three gunmen killed a police officer"), not its victims."""
    if head.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(head)):
        return False
    s = subject(head)
    if s is None or patient(head) is None:
        return False
    first = min(t.idx for t in s.subtree)
    last = max(t.idx + len(t.text) for t in s.subtree)
    # (before the verb: a subject found through a relative clause spans the verb and its object too —
    # "a team that was planning to attack buildings and arrested its 12 members"; the relative clause's
    # own verb keeps the whole span: "days of fighting that killed thousands" is the fighting's toll)
    end = last if head.dep_ == "relcl" else min(last, head.idx)
    return first <= mag.start_char and mag.end_char <= end


def _held_under(head: Token) -> Token | None:
    """``X has been under house arrest``, ``placed under arrest``: the one held is the subject (or
    object) of the verb the phrase hangs from."""
    if lemma(head) != "arrest" or head.dep_ != "pobj" or head.head.lower_ != "under":
        return None
    verb = head.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == head.head.i:
        return None
    return patient(verb) or next((c for c in kids(verb) if c.dep_ == "nsubj"), None)


def _in_custody_of(head: Token) -> Token | None:
    """``the death in custody of Amina Diallo``: the one who died is the custody's ``of`` (the parser
    often hangs "in custody" on the verb above)."""
    doc = head.doc
    if [t.lower_ for t in doc[head.i + 1 : head.i + 4]] != ["in", "custody", "of"]:
        return None
    return next((c for c in kids(doc[head.i + 3]) if c.dep_ == "pobj"), None)


def _aged(p: Token) -> bool:
    """``a 17-year-old``, ``22-year-old``: a person written by age alone."""
    return p.lower_ == "old" and p.i >= 2 and p.doc[p.i - 2].lower_ == "year"


def _one_person(p: Token) -> bool:
    """A single person: a pronoun, a name, a role noun ("the spokesman", "a district court judge"),
    a noun a name stands beside ("the head of the union, Ali Rahimi") or an age ("a 17-year-old")."""
    if _aged(p):
        return True
    if is_animate(p, word_set("animate")) or lemma(p) in _table().persons:
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in kids(p))


ANY_ONE = frozenset({"any", "no", "every", "each", "another"})
NAMED_MAX = 4  # the most named people conjoined that are counted one by one


def _single_victim(doc: Doc, d: Draft, *, told_before: bool = False) -> Magnitude | None:
    """``a political prisoner was executed``, ``he had been strangled``: one victim, a count of 1.
    ``told_before``: a record of the type comes earlier, so "his arrest" may point back to it."""
    head = doc[d.head]
    if (
        lemma(head) == "death"
        and head.dep_ == "pobj"
        and head.head.lower_ == "to"
        and head.head.head.pos_ == "VERB"
    ):
        head = head.head.head  # "was stabbed to death", "beat him to death": the verb names the victim
    verbs = [t for t in doc[head.i : head.i + 1] if t.pos_ in ("VERB", "AUX")] or [head]
    p = patient(verbs[0])
    if p is None and verbs[0].pos_ == "VERB" and lemma(verbs[0]) in UNACCUSATIVE_DEATHS:
        p = subject(verbs[0])  # "a second protester died": the one who died is the victim
    named_by_custody = False
    if p is None and head.pos_ == "NOUN":
        p = _held_under(head)
        if p is None:
            p = _in_custody_of(head)
            named_by_custody = p is not None and p.pos_ == "PROPN"
    if p is not None and p.tag_ in ("WP", "WDT") and p.head.dep_ == "relcl":
        who = p.lower_ == "who"
        p = p.head.head  # "an activist who had been arrested": the noun the clause modifies
        if who and p.dep_ == "pobj" and p.head.lower_ == "of" and p.pos_ == "NOUN" and not _one_person(p):
            p = p.head.head  # "a member of the guild, who was detained": "who" is the member
        if p.dep_ == "appos" and p.head.ent_type_ == "PERSON":
            p = p.head  # "Ali Rahimi, a member of the union, who was arrested": the one named
    if (
        p is not None
        and not any(c.dep_ == "conj" for c in kids(p))
        and (
            (p.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ == "both" for c in kids(p)))
            or (p.lower_ == "both" and p.dep_ in ("nsubjpass", "nsubj", "dobj"))
        )
    ):
        return _people(doc, VICTIM_KIND[d.type], p, 2)  # "both men were detained", "both of them": two
    if p is not None and _one_of(p):
        return _people(doc, VICTIM_KIND[d.type], p, 1)  # "one of the council's founders was detained"
    if p is None or any(c.dep_ == "nummod" for c in kids(p)) or lemma(p) in COLLECTIVE:
        return None
    if d.head <= p.i < d.head + 1 or not _one_person(p) or (p.tag_ == "NN" and p.lower_ == "fire"):
        return None
    # "his arrest" as the act told ("His arrest triggered riots", "ordered his arrest"), unless a record
    # of the type comes earlier, which it may point back to; as the time of another act ("died two days
    # after his arrest", "following her arrest in May") it is an arrest of its own (gold-format L2)
    told = (
        p.tag_ == "PRP$"
        and p.lower_ in ("his", "her")
        and ((head.dep_ in ("nsubj", "nsubjpass", "dobj") and not told_before) or _time_of_act(head))
    )
    singular = p.tag_ in ("NN", "NNP") or p.lower_ in ("he", "she", "him", "her") or told or _aged(p)
    if any(c.dep_ == "det" and c.lower_ in ANY_ONE for c in kids(p)):
        return None  # "denied that any journalist had been detained"
    if (
        not singular
        or p.like_num
        or (
            p.ent_type_ in ("ORG", "GPE", "NORP", "CARDINAL")
            and not named_by_custody
            and not _person_by_words(p)
        )
    ):
        return None
    # the people conjoined after ``p`` ("X and Y were arrested"); a verb hung there by the parser is no
    # second, and a name conjoined to a noun before it is that one person ("the activist and rapper X")
    others = (
        [c for c in p.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON")]
        if any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in kids(p))
        else []
    )
    start_tok = min((c for c in p.subtree if c.i <= p.i), key=lambda t: t.i)
    s, e = start_tok.idx, p.idx + len(p.text)
    if others:
        # "Tawanda Moyo, 26, and Chipo Ndlovu, 24, were seized": named people are counted one by one;
        # any other pair ("a student and his friends") is left uncounted
        named = [p, *others]
        if len(named) > NAMED_MAX or not (
            (
                all(q.pos_ == "PROPN" and q.ent_type_ in ("PERSON", "") for q in named)
                and any(q.ent_type_ == "PERSON" for q in named)
            )
            or all(_one_of_a_pair(q) for q in named)
        ):
            return None
        last = max(named, key=lambda t: t.i)
        n = len(named)
        return replace(
            _count_of_one(doc, VICTIM_KIND[d.type], s, last.idx + len(last.text)), value=n, low=n, high=n
        )
    return _count_of_one(doc, VICTIM_KIND[d.type], s, e)


TIME_PREPS = frozenset({"after", "following"})


def _time_of_act(head: Token) -> bool:
    """``after his arrest``, ``following her detention``: the act named as the time of another (not "refused
    food since his detention": the time he has been held)."""
    return head.dep_ == "pobj" and head.head.lower_ in TIME_PREPS


def _one_of_a_pair(q: Token) -> bool:
    """One person of people conjoined one by one: "a farmer and his son", "a man and a woman", "the
    chief justice and another judge" (each a singular person noun, not "a student and his friends")."""
    return (
        q.pos_ == "NOUN"
        and q.tag_ == "NN"
        and lemma(q) not in COLLECTIVE
        and _one_person(q)
        and not any(c.dep_ == "nummod" for c in kids(q))
    )


APPOS_CHAIN = 3  # how many appositions deep a person noun may stand from the name it tells of


def _person_by_words(p: Token) -> bool:
    """A name the entity tagger calls something else, told as a person by its own words: a person noun
    in apposition, also at the end of a chain of them ("Rasoul Bodaghi, a member of the council", "X,
    alias "Y", a regional leader of the gang"), an age ("22-year-old Kaveh Moradi"), or the same name
    tagged a person elsewhere in the article ("Robert Kyagulanyi ... after Kyagulanyi was arrested")."""
    if p.pos_ != "PROPN":
        return False
    if any(c.dep_ == "amod" and _aged(c) for c in kids(p)):
        return True
    tier = [p]
    for _ in range(APPOS_CHAIN):
        tier = [c for t in tier for c in kids(t) if c.dep_ == "appos"]
        if any(c.pos_ == "NOUN" and c.tag_ == "NN" and _one_person(c) for c in tier):
            return True
    return _named_person(p)


def _named_person(p: Token) -> bool:
    """The name (its last word, a surname) stands in a person's name elsewhere in the article."""
    if p.ent_type_ == "PERSON" or not p.is_title or len(p.text) < 3:
        return False
    return any(e.label_ == "PERSON" and any(t.text == p.text for t in e) for e in p.doc.ents)


def _one_of(p: Token) -> bool:
    """``one of the protesters``, ``one of the council's founders``: one person of a group of people."""
    if p.lower_ != "one" or p.dep_ not in ("nsubjpass", "dobj", "nsubj"):
        return False
    of = next((c for c in kids(p) if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = None if of is None else next((c for c in kids(of) if c.dep_ == "pobj"), None)
    return group is not None and group.tag_ == "NNS" and _one_person(group)


def _people(doc: Doc, kind: MagnitudeKind, p: Token, n: int) -> Magnitude:
    """An exact count of ``n`` of ``kind`` written on the noun phrase of ``p``."""
    sub = [t for t in p.subtree if t.i <= p.i]
    start, end = sub[0].idx, p.idx + len(p.text)
    return replace(_count_of_one(doc, kind, start, end), value=n, low=n, high=n)


def _count_of_one(doc: Doc, kind: MagnitudeKind, start: int, end: int) -> Magnitude:
    """One person named at ``doc`` characters start..end: an exact count of 1 of ``kind``."""
    return Magnitude(
        kind=kind,
        value=1,
        low=1,
        high=1,
        qualifier="exact",
        text=doc_text(doc)[start:end],
        start_char=start,
        end_char=end,
    )


HARM_TYPES = frozenset({"attack", "riot", "repression"})
WOUNDING = frozenset({"wound", "injure", "hurt", "hit", "strike"})  # "fired rubber bullets, hitting a man"


def _one_wounded(doc: Doc, d: Draft) -> Magnitude | None:
    """``drove into the crowd, injuring a young woman``, ``shelled the village, wounding a farmer``,
    ``fired rubber bullets, hitting a 60-year-old man in the eye``:
    the one person the participle names is one injured, a count of 1 (on the verb whose object the
    trigger is: "fired rubber bullets")."""
    head = doc[d.head]
    verbs = [head, head.head] if head.dep_ == "dobj" and head.head.pos_ == "VERB" else [head]
    for v in (c for verb in verbs for c in kids(verb)):
        if v.dep_ not in ("advcl", "xcomp") or v.tag_ != "VBG" or lemma(v) not in WOUNDING:
            continue
        for p in kids(v):
            if p.dep_ != "dobj" or p.tag_ != "NN" or not is_animate(p, word_set("animate")):
                continue
            own = kids(p)
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in own):
                continue
            if any(c.dep_ in ("nummod", "conj") for c in own) or lemma(p) in COLLECTIVE:
                continue
            start = min(t.idx for t in p.subtree if t.i <= p.i)
            end = p.idx + len(p.text)
            return _count_of_one(doc, "injuries", start, end)
    return None


HURTING = frozenset({"shoot", "wound", "injure", "stab"})


def _one_hurt(doc: Doc, d: Draft) -> Magnitude | None:
    """``a police officer was shot in the leg``, ``was wounded by gunfire``, ``survived being shot``:
    the one person the passive names is one injured, a count of 1."""
    head = doc[d.head]
    verb = head
    if head.pos_ != "VERB" and head.dep_ == "pobj" and head.head.lower_ == "by":
        verb = head.head.head  # "wounded in the leg by gunfire": the trigger is the agent
    if verb.pos_ != "VERB" or lemma(verb) not in HURTING:
        return None
    if any(c.lower_ in ("dead", "death") for c in verb.subtree):
        return None
    p = next((c for c in kids(verb) if c.dep_ == "nsubjpass"), None)
    if p is None and verb.dep_ == "xcomp" and lemma(verb.head) == "survive":
        p = next((c for c in kids(verb.head) if c.dep_ == "nsubj"), None)
    if p is None or p.tag_ not in ("NN", "NNP") or lemma(p) in COLLECTIVE or not _one_person(p):
        return None
    if p.ent_type_ in ("ORG", "GPE", "NORP") or any(c.dep_ in ("nummod", "conj") for c in kids(p)):
        return None
    start = min(t.idx for t in p.subtree if t.i <= p.i)
    return _count_of_one(doc, "injuries", start, p.idx + len(p.text))


TOLL_HOST_SCORE = 2.45  # only when the host has no closer figure of its own of that kind


# The wounded told in a sentence of their own ("Riot police dispersed the march. At least four drivers
# were hurt.") are the act's told before them: the kinds, and the types that take each. Not deaths: a
# toll told apart is mostly a rival or a running count ("villagers had buried 23 bodies", "the toll
# rose to 46"), which coreference weighs as its own account.
FOLLOW_HOSTS: dict[str, frozenset[str]] = {
    "injuries": frozenset({"repression", "attack", "riot", "killing"}),
}
FOLLOW_SCORE = 3.5  # behind any figure of the kind told in the record's own sentence
FOLLOW_STATUSES = frozenset({"asserted", "attributed"})


def _last_host(
    drafts: Sequence[Draft], hosts: frozenset[str], para: int, before: int, skip: frozenset[int] = frozenset()
) -> int | None:
    """The first record of a host type in the last sentence of paragraph ``para`` before ``before``
    that tells one (the main clause: "police used tear gas, rubber bullets and live ammunition")."""
    best: int | None = None
    for i, d in enumerate(drafts):
        if i in skip or d.trigger.start >= before or d.para != para or d.type not in hosts:
            continue
        if best is None or d.sent_start > drafts[best].sent_start:
            best = i
    return best


# who was hurt says whose act hurt them: officers hurt in a night of unrest are the riot's, protesters
# treated for tear gas or rubber-bullet wounds the crackdown's ("gendarmes fired tear gas ... after
# masked men threw firecrackers at the police lines. 23 protesters were treated for the effects of tear
# gas and two gendarmes were taken to hospital": the dispersal 23, the riot 2)
SIDE_HOSTS: dict[str, frozenset[str]] = {
    "security": frozenset({"riot", "attack"}),
    "crowd": frozenset({"repression", "attack", "killing"}),
}
CROWD_KINDS = frozenset({"protesters", "labor", "students", "media"})
FOLLOW_BACK = 4  # how many paragraphs up the crowd's wounded may find the dispersal that hurt them


def _hurt_side(doc: Doc, mag: Magnitude) -> str | None:
    """Whose people a count of the hurt counts: the security forces' ("12 officers were hurt"), the
    crowd's ("23 protesters were treated", "120 of our activists", "three nurses"), or None."""
    tok = token_at(doc, mag.end_char - 1)
    if tok is None:
        return None
    noun = tok.head if tok.dep_ == "nummod" else tok
    of = next((c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
    if noun is tok and of is not None:
        noun = next((c for c in kids(of) if c.dep_ == "pobj"), tok)  # "120 of our activists"
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    kind = actor_kinds().get(lemma(noun))
    if kind == "security_forces":
        return "security"
    return "crowd" if kind in CROWD_KINDS else None


def _weapon_told(doc: Doc, host: Draft, cause: Draft) -> bool:
    """The act told before names the weapon the figure's sentence blames: "fired tear gas ... treated for
    the effects of tear gas" is one act; a speaker's rubber bullets where the report tells only water
    cannon are an act of their own (gold-format H6)."""
    if host.type != "repression":
        return True  # officers hurt in the riot: the riot's own weapons are stones, not the tear gas
    word = lemma(doc[cause.head])
    first = token_at(doc, host.evidence.start)
    if first is None:
        return False
    return any(lemma(t) == word for t in doc[first.i :] if t.idx < host.evidence.end)


HARM_CAUSE_PREPS = frozenset({"by", "for", "from", "of", "with"})


def _harm_cause(doc: Doc, d: Draft, mag: Magnitude) -> bool:
    """The record's trigger is the weapon told as the cause of the harm the figure counts, not an act of
    its own: "23 protesters were treated for the effects of tear gas", "120 were injured by rubber
    bullets" (the act is the dispersal told before; the figure is that act's)."""
    if d.type != "repression" or mag.kind not in TOLL_KINDS:
        return False
    tok = doc[d.head]
    if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):  # "tear gas" may head on its "tear"
        return False
    via = False
    for _ in range(8):
        if tok.dep_ in ("compound", "amod", "conj", "appos") and tok.head.i != tok.i:
            tok = tok.head
        elif (
            tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent") and tok.head.lower_ in HARM_CAUSE_PREPS
        ):
            via, tok = True, tok.head.head
        else:
            break
    for _ in range(3):  # "11 were treated in hospital, most of them for the effects of tear gas"
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    num = token_at(doc, mag.start_char)
    return via and num is not None and tok != num and tok in num.ancestors


def _told_after(
    doc: Doc,
    drafts: Sequence[Draft],
    by_start: dict[int, list[int]],
    mag: Magnitude,
    skip: frozenset[int] = frozenset(),
) -> int | None:
    """The record a count told in a sentence with no act of its kind refers back to: the first record
    whose type takes that kind in the last sentence before it, in its paragraph, that tells one ("Riot
    police dispersed the march. At least four drivers were hurt." → the dispersal's injuries); none
    when its own sentence tells an act that could take it (the figure is that act's, bound or not), or
    when the act before it is a denial, a call or a mention of one told elsewhere ("the attack")."""
    hosts = FOLLOW_HOSTS.get(mag.kind)
    tok = token_at(doc, mag.start_char)
    if hosts is None or tok is None:
        return None
    seg = segment(tok)
    if any(
        mag.kind in COMPATIBLE_KINDS.get(drafts[i].type, ())
        for i in by_start.get(seg.start_char, ())
        if i not in skip
    ):
        return None
    para = _paragraphs_before(doc, mag.start_char)
    side = _hurt_side(doc, mag)
    best = None if side is None else _last_host(drafts, SIDE_HOSTS[side] & hosts, para, seg.start_char, skip)
    for back in range(1, FOLLOW_BACK + 1) if side == "crowd" and best is None else ():
        # "Police fired rubber bullets at students in the square ... ¶ Several thousand blocked the roads
        # from dawn. At least nine students were treated for rubber-bullet wounds": the crowd's wounded
        # are the dispersal's told paragraphs before
        best = _last_host(drafts, SIDE_HOSTS["crowd"] & hosts, para - back, seg.start_char, skip)
        if best is not None:
            break
    if best is None:
        best = _last_host(drafts, hosts, para, seg.start_char, skip)
    if best is None and not any(
        d.para == para and d.trigger.start < seg.start_char for i, d in enumerate(drafts) if i not in skip
    ):
        # "Police fired tear gas at the march. ¶ The crowd was pushed back. The hospital said 16 students
        # were admitted with injuries": a paragraph that tells no act of its own goes on the one before
        if side == "security":
            best = _last_host(drafts, SIDE_HOSTS[side] & hosts, para - 1, seg.start_char, skip)
        if best is None:
            best = _last_host(drafts, hosts, para - 1, seg.start_char, skip)
    if best is None or drafts[best].status not in FOLLOW_STATUSES or drafts[best].back_reference:
        return None  # "repelled the attack. It said 27 soldiers were injured": the act told before it
    return best


POINTED_HOSTS = frozenset({"attack", "riot", "repression"})


def _pointed_host(doc: Doc, drafts: Sequence[Draft], mag: Magnitude, skip: frozenset[int]) -> int | None:
    """The act a toll "in the clash", "in the blaze" points back to: the last attack, riot or dispersal
    told before it in its own sentence, else in the last sentence before it in its paragraph, else in
    the paragraph before (:func:`.events_toll_hosts.pointed_act`)."""
    tok = token_at(doc, mag.start_char)
    if tok is None or not pointed_act(doc, mag):
        return None
    seg = segment(tok)
    own = [
        i
        for i, d in enumerate(drafts)
        if i not in skip
        and d.type in POINTED_HOSTS
        and d.sent_start == seg.start_char
        and d.trigger.end <= mag.start_char
    ]
    para = _paragraphs_before(doc, mag.start_char)
    best = (
        max(own, key=lambda i: drafts[i].trigger.start)
        if own
        else _last_host(drafts, POINTED_HOSTS, para, seg.start_char, skip)
    )
    if best is None:
        best = _last_host(drafts, POINTED_HOSTS, para - 1, seg.start_char, skip)
    if best is None or drafts[best].status not in FOLLOW_STATUSES or drafts[best].back_reference:
        return None
    return best


def _claimed_after(
    m: Mentions,
    drafts: Sequence[Draft],
    by_start: dict[int, list[int]],
    mag: Magnitude,
    skip: frozenset[int] = frozenset(),
) -> int | None:
    """The record a toll inside a speaker's later clause of the same sentence counts, when no act told
    inside that claim takes it: "Police fired tear gas at the march; the hospital said it treated 19
    people", "pelted officers with stones; police said 12 officers were hurt" (gold-format K8: the
    speaker's figure is on the record too; a rival figure is weighed when records merge, N13)."""
    tok = token_at(m.doc, mag.start_char)
    inside = [c for c in m.claims if c.content.start <= mag.start_char < c.content.end]
    if tok is None or mag.kind not in TOLL_KINDS or not inside:
        return None
    claim = min(inside, key=lambda c: c.content.end - c.content.start)
    ids = [i for i in by_start.get(segment(tok).start_char, ()) if i not in skip]
    if any(
        drafts[i].claim_id == claim.id and mag.kind in COMPATIBLE_KINDS.get(drafts[i].type, ()) for i in ids
    ):
        return None  # an act told inside the claim takes it, bound or not
    # the record is the publisher's, or the same speaker's earlier clause ("riot police fired tear gas,
    # the council said, adding that at least six workers were hurt")
    same = {
        c.id
        for c in m.claims
        if c.speaker.name == claim.speaker.name and c.content.end <= claim.content.start
    }
    hosts = [
        i
        for i in ids
        if (drafts[i].claim_id is None or drafts[i].claim_id in same)
        and drafts[i].trigger.end <= claim.content.start
        and drafts[i].status in FOLLOW_STATUSES
        and not drafts[i].back_reference
        and mag.kind in COMPATIBLE_KINDS.get(drafts[i].type, ())
    ]
    side = _hurt_side(m.doc, mag)
    own = [i for i in hosts if side is not None and drafts[i].type in SIDE_HOSTS[side]]
    pick = own or hosts
    return max(pick, key=lambda i: drafts[i].trigger.start) if pick else None


SPREAD_TYPES = frozenset({"protest", "strike", "riot"})


def _verb_above(doc: Doc, mag: Magnitude, steps: int) -> Token | None:
    """The verb (or auxiliary) a figure hangs from, climbing at most ``steps`` heads from its last token."""
    tok = token_at(doc, mag.end_char - 1)
    for _ in range(steps):
        if tok is None or tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok if tok is not None and tok.pos_ in ("VERB", "AUX") else None


def _spreading_act(doc: Doc, drafts: Sequence[Draft], ids: Sequence[int], mag: Magnitude) -> int | None:
    """The protest or strike that is the subject of the verb a count of places hangs from: "demonstrations
    against fuel prices spread from the capital to at least six towns", "the strike has reached 12
    cities" (not the killing of the main clause the spreading clause is told beside)."""
    if mag.kind not in ("localities", "provinces"):
        return None
    verb = _verb_above(doc, mag, 4)
    if verb is None:
        return None
    subjects = {c.i for c in kids(verb) if c.dep_ == "nsubj"}
    return next((i for i in ids if drafts[i].head in subjects and drafts[i].type in SPREAD_TYPES), None)


DOER_TYPES = frozenset({"protest", "strike"})
# the count of a protest's or strike's doers is its own, before the dispersal whose object they are
# ("pushed back about 2,000 farmers who were marching to the palace": the march's participants)
DOERS_SCORE = 0.1


def _counted_people(tok: Token) -> tuple[Token, Token]:
    """The noun phrase a count stands in (its head in the clause) and the people it counts: "several
    thousand supporters of the party" → supporters, supporters; "thousands of people" → thousands,
    people; "tens of thousands of workers" → tens, workers."""
    if tok.dep_ == "nummod":
        return tok.head, tok.head  # "supporters of the ruling party": the count's own noun
    noun, people = tok, tok
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num:
        noun = noun.head.head  # "tens of thousands": the phrase stands where its first count stands
    of = next((c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        people = next((c for c in kids(of) if c.dep_ == "pobj"), tok)
    return noun, people


def _told_of_them(noun: Token, verb: Token, head: Token) -> bool:
    """The record's verb tells what the counted people did: the verb they are the subject of, what
    that verb does ("kept their stalls shut"), a verb conjoined to it with no subject of its own
    ("thousands of people answered the call and marched"), or a relative clause or participle on them
    ("about 2,000 farmers who were marching", "hundreds of nurses marching to parliament")."""
    if noun.dep_ == "nsubj" and verb.pos_ == "VERB":
        if head.i == verb.i:
            return True
        if head.head.i == verb.i and head.dep_ in ("dobj", "xcomp", "oprd", "ccomp"):
            return True
        if (
            head.head.i == verb.i
            and head.dep_ == "conj"
            and head.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(head))
        ):
            return True
    if head.dep_ not in ("relcl", "acl") or head.pos_ != "VERB":
        return False
    if head.head.i != noun.i and not (head.head.dep_ == "conj" and head.head.head.i == noun.i):
        return False  # "farmers and students who were marching": the clause hangs on the last of them
    if head.dep_ == "acl":
        return head.tag_ == "VBG"
    return any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in kids(head))


def _doers_of(doc: Doc, d: Draft, mag: Magnitude) -> bool:
    """The figure counts people who do the record's act: "dozens of growers parked their lorries across
    the road", "thousands of transport workers stayed off work", "thousands of Tanzanians answered the
    call and marched", "about 2,000 farmers who were marching to the palace" (its participants)."""
    tok = token_at(doc, mag.end_char - 1)
    if tok is None:
        return False
    noun, people = _counted_people(tok)
    if not _told_of_them(noun, noun.head, doc[d.head]):
        return False
    if people.like_num:
        return True  # "tens of thousands gathered": a bare count of the crowd
    return people.tag_ in ("NNS", "NNPS") and (
        is_animate(people, word_set("animate")) or lemma(people) in actor_kinds() or people.tag_ == "NNPS"
    )


GATHERING_PREPS = frozenset({"by", "of"})


def _made_of(doc: Doc, d: Draft, mag: Magnitude) -> bool:
    """The count is of the people the record's own gathering noun is made of: "a march by hundreds of
    striking nurses", "a rally of about 40 people", "a human chain of about 500 people"."""
    tok = token_at(doc, mag.start_char)
    if mag.kind != "participants" or tok is None or tok.i < 2:
        return False
    return doc[tok.i - 1].lower_ in GATHERING_PREPS and doc[tok.i - 2].i == d.head


HURT_VERBS = frozenset({"injure", "hurt", "wound"})


def _count_verb(doc: Doc, mag: Magnitude) -> str | None:
    """The lemma of the verb a figure's people hang from ("40 were hurt" → hurt), the hurt verbs as one."""
    tok = _verb_above(doc, mag, 5)
    if tok is None:
        return None
    return "hurt" if lemma(tok) in HURT_VERBS else lemma(tok)


def _claim_of(m: Mentions, mag: Magnitude) -> str | None:
    inside = [c for c in m.claims if c.content.start <= mag.start_char < c.content.end]
    if not inside:
        return None
    return min(inside, key=lambda c: c.content.end - c.content.start).speaker.name


def _contested_follows(
    m: Mentions, chosen: Sequence[tuple[float, Magnitude]], by_kind: dict[str, tuple[float, Magnitude]]
) -> list[str]:
    """Kinds whose kept figure came from a later clause or sentence while another speaker gives a
    different count of the same thing ("the hospital said it treated 19 people" against "the opposition
    said 40 protesters were hurt" is no rival; "the opposition said 40 were hurt; the ministry said
    three were hurt" is): a contested figure stays on its speakers' claims (gold-format K9, N13)."""
    out: list[str] = []
    for kind, (score, kept) in by_kind.items():
        if score < FOLLOW_SCORE:
            continue
        verb = _count_verb(m.doc, kept)
        rivals = [
            g
            for s, g in chosen
            if s >= FOLLOW_SCORE
            and g.kind == kind
            and g.value != kept.value
            and _count_verb(m.doc, g) == verb
        ]
        if verb is not None and any(_claim_of(m, g) != _claim_of(m, kept) for g in rivals):
            out.append(kind)
    return out


def _assign_magnitudes(m: Mentions, drafts: list[Draft]) -> list[Draft]:
    doc = m.doc
    chosen: dict[int, list[tuple[float, Magnitude]]] = {i: [] for i in range(len(drafts))}
    # the drafts of each segment, by its start: a figure is only weighed against its own segment's
    by_start: dict[int, list[int]] = {}
    for i, d in enumerate(drafts):
        by_start.setdefault(d.sent_start, []).append(i)
    starts = sorted(by_start)
    for mag in m.magnitudes:
        best: tuple[float, int] | None = None
        k = bisect_right(starts, mag.start_char) - 1
        causes: set[int] = set()
        for i in by_start[starts[k]] if k >= 0 else ():
            d = drafts[i]
            if not d.sent_start <= mag.start_char < d.evidence.end:
                continue
            if _harm_cause(doc, d, mag):
                causes.add(i)
                continue
            score = magnitude_score(mag, doc[d.head], d.type, m.claims, d.claim_id)
            if mag.kind == "other" and d.type in DOER_TYPES and _doers_of(doc, d, mag):
                score = DOERS_SCORE  # "thousands of Tanzanians answered the call and marched"
            elif score is not None and d.type in DOER_TYPES and _made_of(doc, d, mag):
                score = DOERS_SCORE  # "a march by hundreds of striking nurses": the march's, not the strike's
            if score is None or score > MAX_MAGNITUDE_SCORE:
                continue
            if d.type in VICTIM_TYPES and _doers_count(mag, doc[d.head]):
                continue
            if best is None or score < best[0]:
                best = (score, i)
        spread = _spreading_act(doc, drafts, by_start[starts[k]] if k >= 0 else [], mag)
        if spread is not None and best is not None and best[1] != spread:
            best = (best[0], spread)  # "demonstrations spread to at least six towns": the protests'
        if best is not None:
            chosen[best[1]].append((best[0], mag))
            host = toll_host(doc, drafts, best[1], mag)
            if host is None:
                host = riot_toll(doc, drafts, best[1], mag)
            if host is None:
                host = participle_toll(doc, drafts, best[1], mag)
            if host is None:
                host = when_toll(doc, drafts, best[1], mag)
            if host is None and drafts[best[1]].type == "killing":
                host = _pointed_host(doc, drafts, mag, frozenset({best[1]}))
            if host is not None:
                chosen[host].append((TOLL_HOST_SCORE, mag))
        else:
            host = _told_after(doc, drafts, by_start, mag, frozenset(causes))
            if host is None:
                host = _claimed_after(m, drafts, by_start, mag, frozenset(causes))
            if host is None:
                host = _pointed_host(doc, drafts, mag, frozenset(causes))
            if host is not None and all(_weapon_told(doc, drafts[host], drafts[i]) for i in causes):
                chosen[host].append((FOLLOW_SCORE, mag))
            for i in causes:  # kept there too: a retold toll lets coreference fold the mention in
                chosen[i].append((FOLLOW_SCORE, mag))
    out: list[Draft] = []
    for i, d in enumerate(drafts):
        by_kind: dict[str, tuple[float, Magnitude]] = {}
        parts: list[Magnitude] = []
        for score, mag in sorted(chosen[i], key=lambda x: x[0]):
            if mag.kind == "other" and d.type in VICTIM_KIND and score < 1 and not fired_upon(doc, mag):
                mag = replace(mag, kind=VICTIM_KIND[d.type])  # "took away four merchants": four arrests
            elif mag.kind == "other" and d.type in DOER_TYPES and score < 1 and _doers_of(doc, d, mag):
                mag = replace(mag, kind="participants")  # "dozens of growers parked their lorries across"
            kept = by_kind.get(mag.kind)
            if kept is not None and mag not in parts and written_in_parts(doc, kept[1], mag):
                parts.append(mag)  # "21 civilians and six police officers were killed": both (I12)
                continue
            by_kind.setdefault(mag.kind, (score, mag))
        for kind in _contested_follows(m, chosen[i], by_kind):
            del by_kind[kind]
        if d.type in VICTIM_KIND and VICTIM_KIND[d.type] not in by_kind and d.status != "negated":
            # "his arrest" may point back to an act of its type told before, unless that act counts many
            # people ("954 people had been arrested ... His arrest in May triggered riots": his own)
            before = any(
                o.type == d.type
                and o.trigger.start < d.trigger.start
                and not any(g.value > 1 and g.kind == VICTIM_KIND[d.type] for _, g in chosen[j])
                for j, o in enumerate(drafts)
            )
            one = _single_victim(doc, d, told_before=before)
            if one is not None:
                by_kind[one.kind] = (3.0, one)
        if d.type in HARM_TYPES and "injuries" not in by_kind and d.status != "negated":
            hurt = _one_wounded(doc, d) or (_one_hurt(doc, d) if d.type == "attack" else None)
            if hurt is not None:
                by_kind[hurt.kind] = (3.0, hurt)
        mags = tuple(sorted([*(x[1] for x in by_kind.values()), *parts], key=lambda g: g.start_char))
        head = doc[d.head]
        one_day = d.time is not None and not d.time_inferred and d.time.start == d.time.end
        scope = (
            "aggregate"
            if _aggregate(
                head,
                () if d.places_inferred else d.places,
                mags,
                one_day=one_day,
                subtype=d.subtype,
                etype=d.type,
                background=background_one_off(d, head),
            )
            or _tally_over_time(d, mags, head)
            or _wave_by_wording(d, head, mags)
            or (d.subtype not in MEASURE_SUBTYPES and _counted_places(mags))
            else "single"
        )
        out.append(replace(d, magnitudes=mags, scope=scope))
    return out


def _counted_places(mags: Sequence[Magnitude]) -> bool:
    """A record that carries a count of towns or provinces ("spread to at least six towns", "in 12
    cities", "in at least 14 provinces") is told across them: aggregate (the Scope rules' "in at least 17
    cities"), wherever in the sentence the count stands; :func:`.events_scope._aggregate` reads only the
    figures of the record's own clause. (An order stays one order however wide, as ``_aggregate`` keeps
    it: "declared a state of emergency in seven provinces and imposed a curfew in Imbabura".) A count
    made from a written list of towns is left to the places it lists."""
    return any(m.kind in ("localities", "provinces") and _written_count(m) for m in mags)


def _written_count(m: Magnitude) -> bool:
    """The figure is written as a number ("at least six", "12"), not counted from a list of names
    ("Port-Gentil, Franceville and Oyem"), which may be another clause's places."""
    words = m.text.split()
    return bool(words) and (words[-1][:1].isdigit() or words[-1][:1].islower())


def _wave_by_wording(d: Draft, head: Token, mags: Sequence[Magnitude]) -> bool:
    """A coming wave (a strike others are to join, a return to "the streets"), a count since a
    starting point ("16 killed since Monday") or an order over a written list of towns ("a curfew in
    Guayaquil and Duran", which :func:`.events_scope._aggregate` keeps one order)."""
    own = () if d.places_inferred else d.places
    local = [p for p in own if p.precision in ("point", "city", "admin2")]
    return (
        scope_cues.joined_wave(head, d.status)
        or scope_cues.closure_call(head, d.type, d.status)
        or scope_cues.normality_at_large(head, d.type, d.status, len(local))
        or (d.type == "protest" and scope_cues.streets_at_large(head, d.status, local))
        or scope_cues.counted_since(head, mags, d.type)
        or scope_cues.order_over_list(head, own, d.subtype)
        or (
            d.type == "protest"
            and not d.time_inferred
            and scope_cues.plural_protests_dated(head, d.time.precision if d.time is not None else None)
        )
    )
