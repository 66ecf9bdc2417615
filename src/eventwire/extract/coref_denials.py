"""Denials that name no act of their own: the act is the one the denier answers.

"The army denied any involvement", "Renamo denied responsibility", "prison officials denied any
wrongdoing", "spokesmen dismissed both claims", "police denied holding them", "the ministry denied
that batons had been used": a speaker's denial whose object is a word pointing back at a report
("involvement", "a role", "the claims") or a clause in which no event was found. Each is a `negated`
record of the type of the report it answers, with the denier as `source`, its denying verb as trigger,
and the denied act's date, doers and sufferers (docs/gold-format.md, decided in sessions 5 and 6):
coreference then sets it beside the report (or joins it to a second telling of the same denial).

The report answered is the nearest act told before the denial, within a few paragraphs, that the
denier is said to have done (its doer is the denier), else the nearest act of harm (a killing, an
attack, an arrest, force, torture, a riot, an execution): a denial answers an accusation. A denial
whose clause holds an act of its own ("denied that police fired tear gas") is that act's mention, not
this one's; a court's "dismissed the case", "rejected the bill" name no act and make none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import Actor, Claim, Span, Time, replace
from .actor_roles import actor_at, np_actor
from .coref_draft import Draft
from .status_media import _publisher_token, news_staff
from .syntax import char_span, kids, lemma, lemmas, lowers, parse_tree, segment, token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from .mentions import Mentions

__all__ = ["answering_denials", "denied_assaults", "spelled_denials"]

DENIAL_VERBS = frozenset({"deny", "reject", "dismiss", "refute"})
# a word pointing back at what someone is accused of, as the denial's object
POINTER_NOUNS = frozenset(
    {
        "involvement",
        "responsibility",
        "role",
        "wrongdoing",
        "part",
        "claim",
        "allegation",
        "accusation",
        "report",
        "rumour",
        "rumor",
        "account",
        "it",
        "this",
        "that",
        "them",
    }
)
# what a denial answers when the denier is not named as its doer: an accusation of harm
HARM_TYPES = frozenset({"killing", "attack", "arrest", "repression", "torture", "riot", "execution"})
# the verb of a denied clause that tells an act of harm without being an event word of its own, and the
# kinds of report it answers: force ("denied that batons had been used", "that anyone had been struck"),
# holding people ("denied holding them"), a part in an attack ("denied targeting civilians", "denied
# that party workers had been involved"); "denied that the porters were unarmed", "that water had been
# diverted" tell no act
FORCE_TYPES = frozenset({"repression", "killing", "torture", "attack"})
CLAUSE_VERBS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("use", "strike", "hit", "beat", "fire", "shoot", "block", "injure"), FORCE_TYPES),
    **dict.fromkeys(("hold", "detain", "keep", "abduct"), frozenset({"arrest"})),
    # "denied targeting civilians", "denied that it targets civilians": an attack on them
    "target": frozenset({"attack"}),
    # "no civilians were harmed": the deaths reported are denied
    **dict.fromkeys(("harm", "hurt"), frozenset({"killing"})),
    **dict.fromkeys(("involve", "attack", "kill", "mistreat", "abuse"), HARM_TYPES),
}
NOBODY = frozenset({"nobody", "none", "no-one"})
# a denial of a means of force ("denied that live ammunition was used") answers the force reported, not
# the deaths beside it; one of harm done to people ("denied that any officer had struck him") the deaths
MEANS_VERBS = frozenset({"use"})
LESSER_VERBS = frozenset({"fire", "use", "shoot"})  # "fired warning shots only", "only used batons"
ANY_WORDS = frozenset({"any", "anyone", "anybody"})
USUAL_WORDS = frozenset({"normally", "regularly", "usual", "normal"})
# verbs by which the publisher's staff tell what they saw ("our correspondent reports that …")
STAFF_VERBS = frozenset({"report", "say", "see", "observe", "confirm", "write", "note"})
REACH_PARAS = 3  # how far above the denial the report it answers may be told


def answering_denials(mentions: Mentions, drafts: Sequence[Draft]) -> list[Draft]:
    """``drafts`` and, after them, a negated draft for each denial that names no act of its own."""
    doc = mentions.doc
    drafts = _settings_of_statements(mentions.claims, drafts)
    out = list(drafts)
    pointers: list[tuple[int, Token]] = []  # denials made from a denying verb, and that verb
    by_id = {c.id: c for c in mentions.claims}
    for claim in mentions.claims:
        verb = _denying_verb(doc, claim.cue)
        kinds = None if verb is None else _points_back(doc, claim, verb, drafts)
        denied = claim.content
        sufferer = None
        if verb is None:
            # "said no civilians were harmed", "police said they were not holding any of them": the
            # act denied by a negative quantifier, with a verb that is no event word of its own; what
            # is denied is its own clause, not the one before it ("had struck a camp and that no
            # school was hit")
            verb, kinds = _none_suffered(doc, claim)
            if verb is not None:
                sufferer = _sufferer(verb)
                last = verb.right_edge
                denied = Span("", verb.left_edge.idx, last.idx + len(last.text))
        if verb is not None and kinds is not None and not _told(drafts, verb, denied):
            para = _paragraph(doc, verb.idx)
            report = _answered(drafts, claim.speaker, verb.idx, para, kinds, sufferer)
            if report is not None and not _of_means(doc, verb, denied):
                report = _deadly(drafts, report, claim.speaker, verb.idx, kinds)
            if report is not None:
                out.append(_denial(report, verb, claim.speaker, claim.id, para))
                if sufferer is None and lemma(verb) in DENIAL_VERBS and not _names_clause(doc, denied):
                    pointers.append((len(out) - 1, verb))
            continue
        lesser = _only_lesser(doc, claim)
        if lesser is not None and not _denied_beside(drafts, lesser):
            # "the army had fired 'warning shots' only", "had 'only used conventional means of crowd
            # control'": a partial denial of the deaths reported, a negated killing; the lesser act it
            # admits is no record of its own (docs/gold-format.md, N9)
            para = _paragraph(doc, lesser.idx)
            report = _answered(drafts, claim.speaker, lesser.idx, para, frozenset({"killing"}))
            if report is not None:
                left, right = lesser.left_edge.idx, lesser.right_edge.idx
                out = [
                    d
                    for d in out
                    if not (
                        left <= d.trigger.start <= right
                        and d.type in ("repression", "attack")
                        and d.claim_id == claim.id
                    )
                ]
                out.append(_denial(report, lesser, claim.speaker, claim.id, para))
                continue
        usual = _as_usual(doc, claim.content.start, claim.content.end)
        if usual is not None and not _told(drafts, usual, claim.content):
            # "the governor said shops were open as usual", "he has been eating normally": normality
            # set against the strike the text reports or calls for is that strike, denied (N7c)
            denial = _usual_denial(doc, drafts, usual, claim.speaker, claim.id, mentions.times)
            if denial is not None:
                out.append(denial)
    for lo, hi in _staff_reports(mentions):
        usual = _as_usual(doc, lo, hi)
        if usual is not None and not _told(drafts, usual, Span("", lo, hi)):
            # "but our correspondent reports that shops are working as usual": the publisher's own
            # staff, no claim (M9), deny the strike in the publisher's voice
            denial = _usual_denial(doc, drafts, usual, None, None, mentions.times)
            if denial is not None:
                out.append(denial)
    lems = lemmas(doc)
    for i, lem in enumerate(lems):
        if lem not in DENIAL_VERBS or doc[i].dep_ != "relcl":
            continue
        # "accused police of beating detainees, which police denied", "said soldiers had fired on
        # protesters, which the ministry rejected": the report is the clause the relative points back to
        verb = doc[i]
        obj = next((c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass") and c.tag_ == "WDT"), None)
        who = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
        if obj is None or who is None or _told(drafts, verb, None):
            continue
        sent_start = segment(verb).start_char
        told = [d for d in drafts if d.sent_start == sent_start and d.trigger.start < verb.idx]
        report = max(
            (d for d in told if d.status in ("asserted", "attributed") and d.type in HARM_TYPES),
            key=lambda d: d.trigger.start,
            default=None,
        )
        if report is not None:
            denier = actor_at(who, mentions.actors, "speaker") or np_actor(who, "unknown", "speaker")
            report = _deadly(drafts, report, denier, verb.idx, HARM_TYPES)
            out.append(_denial(report, verb, denier, None, report.para))
    spelled = {i for i, verb in pointers if _spelled_out(doc, out, out[i], verb)}
    return [_said_on(d, by_id) for i, d in enumerate(out) if i not in spelled]


SUBJECTS = frozenset({"nsubj", "nsubjpass"})  # "rumours that officers had fired", not "lies spread by"


def _names_clause(doc: Doc, denied: Span) -> bool:
    """What is denied tells an act in a clause of its own ("rejected rumours that officers had fired live
    ammunition"): the denial is anchored there (docs/gold-format.md G4), not in the words after it."""
    span = char_span(doc, denied.start, denied.end)
    return span is not None and any(
        t.dep_ in ("ccomp", "acl") and t.pos_ == "VERB" and any(c.dep_ in SUBJECTS for c in kids(t))
        for t in span
    )


def _spelled_out(doc: Doc, out: Sequence[Draft], denial: Draft, verb: Token) -> bool:
    """The denial is spelled out after its verb, in its sentence or the next ("rejected the accusation.
    'Not a single citizen was beaten.'", "rejected the claims as disinformation and stated that no
    protester had been beaten"), as an act of another kind than the one guessed for the pointing verb:
    one statement, one record, the one that names the act (docs/gold-format.md N8)."""
    sent = segment(verb)
    reach = segment(doc[sent.end]).end_char if sent.end < len(doc) else sent.end_char
    return any(
        d is not denial
        and d.status == "negated"
        and d.type != denial.type
        and d.para == denial.para
        and verb.idx < d.trigger.start < reach
        for d in out
    )


def _said_on(d: Draft, claims: dict[str, Claim]) -> Draft:
    """A denial that a strike is going on, told on a day its sentence names ("the prison director told
    local media on Monday that the inmates 'are eating normally'", "In a televised statement on
    Tuesday, the governor said bakeries were 'operating normally'"): its own date is the statement's
    day, which ends the strike's interval it answers (docs/gold-format.md M2); coreference gives it the
    strike's start. Its sentence's day is kept as written, so coreference can tell it from a date
    copied from the report."""
    claim = claims.get(d.claim_id or "") if d.status == "negated" and d.type == "strike" else None
    said = claim.time if claim is not None else None
    if said is None or said.precision != "day" or said.start_char is None:
        return d
    if not d.evidence.start <= said.start_char < d.evidence.end:
        return d
    return replace(d, time=_bound_until(d.time, said), time_inferred=True)


def _bound_until(bound: Time | None, said: Time) -> Time:
    """The statement's day, or, when the denial's own clause was already bound to the strike it denies
    ("prisoners who began refusing food on 8 August ... said on Sunday there is 'no hunger strike of any
    kind'"), that strike's first day up to the statement's day (M2): a denial that a state is going on
    keeps the span it answers, cut at the day it was made, not that day alone."""
    if bound is None or not (bound.start and bound.end and said.start and said.end):
        return said
    if not bound.start < said.start <= bound.end:
        return said
    return Time(
        text=said.text,
        start_char=said.start_char,
        end_char=said.end_char,
        value=f"{bound.start}/{said.end}",
        start=bound.start,
        end=said.end,
        precision="day",
        anchor=said.anchor,
        type=said.type,
    )


def _settings_of_statements(claims: Sequence[Claim], drafts: Sequence[Draft]) -> list[Draft]:
    """A denial's place and date are those written in what it denies; one written beside the denier or
    the verb of saying tells where or when the denier spoke ("Tehran's police chief said nobody had been
    detained", "told reporters in Abuja on Friday that police had never fired"): the denial keeps the
    places of its own clause, and when it has none (or no date of its own) coreference gives it those of
    the act it answers (docs/gold-format.md, session 6)."""
    by_id = {c.id: c for c in claims}
    out = []
    for d in drafts:
        claim = by_id.get(d.claim_id or "") if d.status == "negated" else None
        if claim is None:
            out.append(d)
            continue
        others = [c.content for c in claims if c.id != claim.id]
        setting = _setting(claim, d)
        if d.places and not d.places_inferred:
            own = tuple(p for p in d.places if not _said_at(p.start_char, setting, others))
            if not own:
                d = replace(d, places_inferred=True)
            elif len(own) < len(d.places):
                d = replace(d, places=own)
        if d.time is not None and not d.time_inferred and _said_at(d.time.start_char, setting, others):
            d = replace(d, time_inferred=True)
        out.append(d)
    return out


def _setting(claim: Claim, d: Draft) -> tuple[int, int]:
    """Where the words about the statement itself lie in the denial's sentence: before what is denied when
    the cue leads ("Tehran's police chief told reporters on Friday that"), after it when the cue closes
    the sentence ("..., the ministry said in Abuja")."""
    content = claim.content
    if claim.cue.start < content.start:
        return d.sent_start, content.start
    return max(content.end, claim.cue.start), d.evidence.end


def _said_at(at: int | None, setting: tuple[int, int], others: Sequence[Span]) -> bool:
    """``at`` lies among the words about the statement, not inside what another speaker says ("a traders'
    leader said police had raided shops in Quetta, but police denied carrying out any raids")."""
    return at is not None and setting[0] <= at < setting[1] and not any(_inside(at, o) for o in others)


def _inside(at: int, span: Span) -> bool:
    return span.start <= at < span.end


def _told(drafts: Sequence[Draft], verb: Token, content: Span | None) -> bool:
    """The denial's act is already told: a mention inside what is denied ("denied that police fired tear
    gas") has its own status; a denial told after the verb in its own clause ("denied that the law was
    used against activists, saying no one had been arrested") is the one record of the statement."""
    start = segment(verb).start_char
    return any(
        (content is not None and content.start <= d.trigger.start < content.end)
        or (
            d.sent_start == start
            and d.trigger.start >= verb.idx
            and (d.status == "negated" or d.denied_by is not None)
        )
        for d in drafts
    )


def _of_means(doc: Doc, verb: Token, denied: Span) -> bool:
    """The denied clause is about a means of force ("denied that live ammunition was used", "said no
    live rounds were used")."""
    span = char_span(doc, denied.start, denied.end)
    if lemma(verb) in MEANS_VERBS:
        return True
    return span is not None and len(span) > 0 and lemma(span.root) in MEANS_VERBS


def _denied_beside(drafts: Sequence[Draft], verb: Token) -> bool:
    """Its sentence already denies the deaths ("had fired only at the tyres, and denied that anyone had
    been killed"): one statement, one denial."""
    start = segment(verb).start_char
    return any(d.sent_start == start and d.status == "negated" for d in drafts)


def _denial(report: Draft, verb: Token, denier: Actor | None, claim_id: str | None, para: int) -> Draft:
    """The report's act, denied: the denier's word as trigger, the report's date, doers and sufferers."""
    sent = segment(verb)
    text = sent.text.rstrip()
    return replace(
        report,
        status="negated",
        source=denier,
        claim_id=claim_id,
        trigger=Span(verb.text, verb.idx, verb.idx + len(verb.text)),
        evidence=Span(text, sent.start_char, sent.start_char + len(text)),
        sent_start=sent.start_char,
        para=para,
        mentions=(),
        magnitudes=(),
        figure_sources=(),
        nominal=False,
        phrase=False,
        hedged=False,
        back_reference=False,
        verbal_assert=False,
        head=verb.i,
        linked=frozenset(),
        subject=-1,
        denied_by=None,
    )


def _none_suffered(doc: Doc, claim: Claim) -> tuple[Token | None, frozenset[str] | None]:
    """The verb of a said clause whose sufferer or act is a negative quantifier ("no civilians were
    harmed", "no force was used", "they were not holding any of them"), also as the second of two
    said clauses ("said it had struck a rebel camp and that no monastery was hit"), and the kinds it
    answers."""
    span = char_span(doc, claim.content.start, claim.content.end)
    if span is None or len(span) == 0:
        return None, None
    for verb in _said_verbs(span):
        kinds = CLAUSE_VERBS.get(lemma(verb)) if verb.pos_ == "VERB" else None
        if kinds is not None and _none_of(verb):
            return verb, kinds
    return None, None


def _said_verbs(span: SpacySpan) -> list[Token]:
    """The root of a said clause and the verbs joined to it, also through a chain of conjuncts ("said
    nine men had been arrested and that officers had acted with restraint and used no batons")."""
    verbs = [span.root]
    for verb in verbs:
        verbs.extend(c for c in kids(verb) if c.dep_ == "conj" and c.i < span.end and c not in verbs)
    return verbs


def _none_of(verb: Token) -> bool:
    args = [c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if any(c.lower_ in NOBODY or any(k.dep_ == "det" and k.lower_ == "no" for k in kids(c)) for c in args):
        return True
    if any(_not_a_single(c) for c in args):
        return True  # "not a single student was struck"
    return any(c.dep_ == "neg" for c in kids(verb)) and any(
        c.dep_ == "dobj" and (c.lower_ in ANY_WORDS or any(k.lower_ == "any" for k in kids(c))) for c in args
    )


def _only_lesser(doc: Doc, claim: Claim) -> Token | None:
    """The verb of a said clause admitting only a lesser use of force ("had fired 'warning shots'
    only", "only used conventional means", "fired only at the tyres"): a firing or using verb with
    "only" on it or on its object, and no object of its own to harm ("used only tear gas to disperse
    the rioters" tells an act)."""
    span = char_span(doc, claim.content.start, claim.content.end)
    if span is None or len(span) == 0:
        return None
    root = span.root
    for verb in (root, *(c for c in kids(root) if c.dep_ == "conj" and c.i < span.end)):
        if verb.pos_ != "VERB" or lemma(verb) not in LESSER_VERBS or not span.start <= verb.i < span.end:
            continue
        args = [c for c in kids(verb) if c.dep_ in ("dobj", "prep")]
        if any(c.dep_ in ("xcomp", "advcl") for c in kids(verb)):
            continue  # "used only tear gas to disperse the rioters": an act with its own object
        if any(c.lower_ == "only" for c in kids(verb)) or any(
            k.lower_ == "only" for c in args for k in kids(c)
        ):
            return verb
    return None


def _not_a_single(arg: Token) -> bool:
    """ "not a single student", "not one officer": a negative quantifier written as "not" on the noun."""
    words = {(k.dep_, k.lower_) for k in kids(arg)}
    return ("neg", "not") in words and (("amod", "single") in words or ("nummod", "one") in words)


def _usual_denial(
    doc: Doc,
    drafts: Sequence[Draft],
    usual: Token,
    denier: Actor | None,
    claim_id: str | None,
    times: Sequence[Time],
) -> Draft | None:
    """The strike told before ``usual`` that the normality denies, as a negated record of ``denier``."""
    strike = max(
        (
            d
            for d in drafts
            if d.type == "strike"
            and d.status != "negated"
            and d.trigger.start < usual.idx
            and not _still_ahead(d, _days_of(segment(usual), times))
        ),
        key=lambda d: d.trigger.start,
        default=None,
    )
    if strike is None:
        return None
    return _denial(strike, usual, denier, claim_id, _paragraph(doc, usual.idx))


def _days_of(sent: SpacySpan, times: Sequence[Time]) -> list[str]:
    """The days written in the sentence of a statement ("On Wednesday morning, ... traffic was flowing
    normally")."""
    return [
        t.start[:10]
        for t in times
        if t.precision == "day"
        and t.start
        and t.start_char is not None
        and sent.start_char <= t.start_char < sent.end_char
    ]


def _still_ahead(d: Draft, said: Sequence[str]) -> bool:
    """A strike only called for a day after the day the normality is told of ("called for a 'dead town'
    day on Friday ... On Wednesday morning traffic was flowing normally"): it denies nothing
    (docs/gold-format.md M2, a statement cannot deny what has not yet happened). A normality with no day
    in its sentence is answered ("had called on traders to close their shops on Wednesday ... shops
    operated normally throughout the day")."""
    if d.status not in ("predicted", "hypothetical") or d.time is None or not d.time.start:
        return False
    return any(day < d.time.start[:10] for day in said)


def _staff_reports(mentions: Mentions) -> list[tuple[int, int]]:
    """What the publisher's news staff report with no claim of their own ("our correspondent reports
    that …", docs/gold-format.md M9): the reporting verb's clause, as character offsets."""
    doc = mentions.doc
    publisher = mentions.document.publisher
    if not publisher:
        return []
    cues = [(c.cue.start, c.cue.end) for c in mentions.claims]
    out = []
    for tok in tokens(doc):
        if tok.pos_ != "VERB" or lemma(tok) not in STAFF_VERBS or any(a <= tok.idx < b for a, b in cues):
            continue
        subject = next((c for c in kids(tok) if c.dep_ == "nsubj"), None)
        if subject is None or not news_staff(subject, tok) or not _publisher_token(subject, publisher):
            continue
        said = next((c for c in kids(tok) if c.dep_ == "ccomp"), None)
        if said is not None:
            out.append((said.left_edge.idx, said.right_edge.idx + len(said.right_edge.text)))
    return out


def _as_usual(doc: Doc, start: int, end: int) -> Token | None:
    """ "shops were open as usual", "classes were held normally", "he eats regularly": the word telling
    that work, trade or eating goes on as normal, said by a speaker."""
    span = char_span(doc, start, end)
    if span is None:
        return None
    lows = lowers(doc)  # indices, not Tokens: iterating a Span builds a Token per word
    _pos, deps, heads = parse_tree(doc)
    for i in range(span.start, span.end):
        low = lows[i]
        if low in USUAL_WORDS and deps[i] in ("advmod", "pobj", "acomp", "amod"):
            if low in ("usual", "normal") and lows[heads[i]] != "as":
                continue  # "as usual", "as normal" only: "a normal day" is no claim of work going on
            return tokens(doc)[i]
    return None


def _denying_verb(doc: Doc, cue: Span) -> Token | None:
    for char in range(cue.start, cue.end):
        tok = token_at(doc, char)
        if tok is not None and lemma(tok) in DENIAL_VERBS and tok.pos_ == "VERB":
            return tok
    return None


def _points_back(doc: Doc, claim: Claim, verb: Token, drafts: Sequence[Draft]) -> frozenset[str] | None:
    """The kinds of report the denial may answer, or None when it answers none: its object is a clause
    telling an act of harm ("denied that anyone had been struck", "denied holding them") or a word
    pointing back at the accusation ("denied any involvement", "dismissed both claims")."""
    span = char_span(doc, claim.content.start, claim.content.end)
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.pos_ in ("VERB", "AUX"):
        if root.head.i != verb.i and root.head.head.i != verb.i:
            return None
        return CLAUSE_VERBS.get(lemma(root))
    # "rejected the bill" names no accusation, "denied the charge" at a trial is no record
    # (docs/gold-format.md, N7)
    if lemma(root) not in POINTER_NOUNS or root.head.i != verb.i:
        return None
    # "denied any role in the unrest": the act is the one the phrase names; when no act of that word was
    # told before, the denial is left to the words that name it
    named = [o for p in kids(root) if p.dep_ == "prep" for o in kids(p) if o.dep_ == "pobj"]
    # "denied any role in the unrest", the phrase hung on the verb by the parser
    named = named or [
        o
        for p in kids(verb)
        if p.dep_ == "prep" and p.lower_ == "in" and p.i > root.i
        for o in kids(p)
        if o.dep_ == "pobj"
    ]
    if named:
        kinds = frozenset(
            d.type for d in drafts if d.head_lemma == lemma(named[0]) and d.trigger.start < verb.idx
        )
        return kinds or None
    return HARM_TYPES


def _sufferer(verb: Token) -> str | None:
    """The word for the people a denial says were not harmed ("not a single student was struck": student)."""
    for c in kids(verb):
        if c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN":
            return lemma(c)
    return None


def _answered(
    drafts: Sequence[Draft],
    denier: Actor,
    at: int,
    para: int,
    kinds: frozenset[str],
    sufferer: str | None = None,
) -> Draft | None:
    """The nearest report of a kind the denial answers, told above it: the denier's own act first, then
    one done to the people the denial names ("not a single student was struck" answers the beating of
    students, not a raid told nearer)."""
    before = [
        d
        for d in drafts
        if d.trigger.start < at
        and d.status in ("asserted", "attributed")
        and d.type in kinds
        and 0 <= para - d.para <= REACH_PARAS
        and not _own_account(d, denier)
    ]
    before.sort(key=lambda d: d.trigger.start, reverse=True)
    own = next((d for d in before if _done_by(d, denier)), None)
    if own is not None or sufferer is None:
        return own or (before[0] if before else None)
    return next((d for d in before if _done_to(d, sufferer)), before[0] if before else None)


def _done_to(d: Draft, sufferer: str) -> bool:
    stem = sufferer.lower()[:-1] if len(sufferer) > 4 else sufferer.lower()
    return any(
        x.role in ("victim", "target") and x.text is not None and stem in x.name.lower() for x in d.actors
    )


def _own_account(d: Draft, denier: Actor) -> bool:
    """The denier's own account ("the army said it had struck a gathering of terrorists and killed
    several dozen fighters, and denied that any civilians had been hit") is not what it denies: a
    denial answers someone else's report."""
    return d.source is not None and _same_name(d.source.name, denier.name)


def _deadly(drafts: Sequence[Draft], report: Draft, denier: Actor, at: int, kinds: frozenset[str]) -> Draft:
    """Force told with deaths in its paragraph ("died a day after he was beaten by police officers ...
    police denied that any officer had struck him", "eight people died of gunshot wounds ... said soldiers
    had fired on protesters, which the ministry rejected"): the denial answers the deaths, a killing
    (force with deaths reported is a killing, docs/gold-format.md; session 6, N9)."""
    if report.type != "repression" or "killing" not in kinds:
        return report
    deaths = [
        d
        for d in drafts
        if d.type == "killing"
        and d.para == report.para
        and d.trigger.start < at
        and d.status in ("asserted", "attributed")
        and not _own_account(d, denier)
    ]
    return max(deaths, key=lambda d: d.trigger.start, default=report)


def _done_by(d: Draft, denier: Actor) -> bool:
    """The denier is the act's doer ("the PTI denied any involvement" after PTI supporters' attack)."""
    return any(
        x.role in ("perpetrator", "initiator") and x.text is not None and _same_name(x.name, denier.name)
        for x in d.actors
    )


def _same_name(a: str, b: str) -> bool:
    one, other = a.lower(), b.lower()
    return one == other or (min(len(one), len(other)) > 3 and (one in other or other in one))


def _paragraph(doc: Doc, start: int) -> int:
    """How many non-blank lines end before ``start`` (as the drafts count paragraphs)."""
    text = doc_text(doc)
    return sum(1 for line in text[:start].split("\n")[:-1] if line.strip())


# the state's handling of people a denied assault may answer: beating in custody, force on a crowd
HANDLING_TYPES = frozenset({"torture", "repression"})
# words that put a denied assault in custody ("nobody was assaulted in our cells", "no suspect had been
# assaulted in custody")
ASSAULT_CUSTODY_WORDS = frozenset(
    {"custody", "cell", "detainee", "prisoner", "suspect", "detention", "jail", "prison", "interrogation"}
)


def denied_assaults(doc: Doc, records: Sequence[Draft]) -> list[Draft]:
    """A denied assault ("denied that anyone had been assaulted", "nobody was assaulted in custody", "no
    member of the police assaulted anyone") is no armed attack: an assault its own sentence puts in custody
    ("in custody", "in our cells", "no detainee") is denied ill-treatment (`torture`, H3: typed by the
    denial's own words); any other takes the type of the report it answers (docs/gold-format.md, session 6;
    N7): the nearest beating in custody or force on people told above it, within a few paragraphs."""
    out = []
    for d in records:
        if d.status == "negated" and d.type == "attack" and lemma(doc[d.head]) == "assault":
            if _in_custody(doc, d):
                d = replace(d, type="torture", subtype=None)
            elif (report := _answered_report(d, records)) is not None:
                d = replace(d, type=report.type, subtype=report.subtype)
        out.append(d)
    return out


def _answered_report(denial: Draft, records: Sequence[Draft]) -> Draft | None:
    """The nearest beating in custody or force on people told before the denial, within a few paragraphs."""
    return max(
        (
            r
            for r in records
            if r.type in HANDLING_TYPES
            and r.status in ("asserted", "attributed")
            and r.trigger.start < denial.trigger.start
            and 0 <= denial.para - r.para <= REACH_PARAS
        ),
        key=lambda r: r.trigger.start,
        default=None,
    )


def _in_custody(doc: Doc, d: Draft) -> bool:
    sent = segment(doc[d.head])
    return any(lemma(t) in ASSAULT_CUSTODY_WORDS for t in sent)


def spelled_denials(doc: Doc, records: Sequence[Draft]) -> list[Draft]:
    """A denial of a report ("Claims … that security forces fired on demonstrators are an outright
    fabrication", "reports … do not correspond to reality") whose statement spells the denial out in a
    sentence beside it, in its paragraph ("No firearms were used", "Not a single shot was fired at
    civilians"): one statement against one act is one `negated` record (docs/gold-format.md N8, G9, "two
    denials of one thing are one record"), anchored at the clause that answers the report. A negated record
    of the same type already told in that clause takes the denial in as a mention; else the clause is the
    denial's mention. Only the denial records made beside a denied report (no trigger word of their own
    in the parse, ``head`` -1); the clause is found as the denials that name no act are
    (``_none_suffered``): a verb of force, holding or harm with a negative quantifier on it."""
    out = list(records)
    for d in records:
        if d.status != "negated" or d.head != -1 or d not in out:
            continue
        verb = _spelled_beside(doc, d)
        if verb is None:
            continue
        lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text)
        told = next(
            (
                k
                for k, r in enumerate(out)
                if r is not d and r.status == "negated" and r.type == d.type and lo <= r.trigger.start < hi
            ),
            None,
        )
        k = out.index(d)
        if told is not None:
            kept = out[told]
            out[told] = replace(kept, mentions=(*kept.mentions, d.trigger, *d.mentions))
            del out[k]
        else:
            out[k] = replace(d, mentions=(*d.mentions, Span(doc.text[lo:hi], lo, hi)))
    return out


def _spelled_beside(doc: Doc, d: Draft) -> Token | None:
    """The verb of a denial by a negative quantifier in the sentence before or after the record's, in its
    paragraph, of a kind that answers the record's type."""
    tok = token_at(doc, d.trigger.start)
    if tok is None:
        return None
    sent = segment(tok)
    near = []
    if sent.start > 0:
        near.append(segment(doc[sent.start - 1]))
    if sent.end < len(doc):
        near.append(segment(doc[sent.end]))
    para = _paragraph(doc, tok.idx)
    for other in near:
        if _paragraph(doc, other.start_char) != para:
            continue
        for verb in other:
            kinds = CLAUSE_VERBS.get(lemma(verb)) if verb.pos_ == "VERB" else None
            if kinds is not None and d.type in kinds and _none_of(verb):
                return verb
    return None
