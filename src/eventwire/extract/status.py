"""Event status: asserted, attributed, predicted, hypothetical or negated, from the parse around a trigger.

Negation and denial win over modality, modality over prediction, prediction over
attribution. An event inside a claim's content is ``attributed`` to the claim's
speaker unless it is negated, predicted or hypothetical inside it (the source and
claim id are kept either way). Unattributed hedges ("reportedly") leave an event
asserted and only mark it ``hedged``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..records import Actor, Claim, EventStatus, Time
from .coref_draft import Denial
from .status_calls import _announced, _call_cue, _called_for, _forecast_setting, _presaged, _presupposed
from .status_media import (
    MEDIA_NOUNS,
    _media_source,
    _publisher_token,
    _vetted,
    _vetted_speaker,
    is_publisher,
)
from .status_mood import _mood
from .status_negation import (
    FALSITY,
    STORY_NOUNS,
    _can_report,
    _denial,
    _denied_report,
    _denied_report_owner,
    _negated,
    _written_report_owner,
)
from .status_reporters import (
    NAMING_CUES,
    _according_elsewhere,
    _caller,
    _charged_act,
    _charging_body,
    _claim_by_cue,
    _claim_for,
    _hedged,
    _naming,
    _outside_subordinate_cue,
    _reporter,
)
from .status_syntax import PASSES_THROUGH, REPORT_NOUNS, SPAN_NOUNS, _ancestors
from .syntax import char_span, governing_verb, kids, lemma, segment

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["StatusInfo", "disputed_report", "event_status"]


BACKGROUND_PREPS = frozenset({"during", "since", "amid", "after", "following", "before", "throughout"})


@dataclass(frozen=True, slots=True)
class StatusInfo:
    status: EventStatus
    source: Actor | None = None
    claim_id: str | None = None
    hedged: bool = False
    reporter: int | None = None  # token index of the subject of a reporting verb (fallback attribution)
    # "the minister rejected reports in foreign media that detainees were beaten": the report is the
    # media's (attributed), and the minister's denial is a record of its own (docs/gold-format.md S1)
    denied_by: Denial | None = None


def disputed_report(noun: Token) -> bool:
    """A report someone denies or calls false: "rejected reports that …", "fabricated reports by …",
    "described as "fabrications" statements by …" (docs/gold-format.md G4)."""
    if _denied_report(noun):
        return True
    if any(c.i < noun.i and lemma(c) in FALSITY for c in kids(noun)):
        return True  # "what he called "fabricated" reports", ""fabrications" statements"
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return lemma(verb) in NAMING_CUES and any(
        verb.i < t.i < noun.i and lemma(t) in FALSITY for t in verb.subtree
    )  # "described as "a slanderous fabrication" claims circulated by …"


def _report_noun(head: Token) -> Token | None:
    """ "reports that detainees were beaten", "allegations of torture": the noun whose claim the event is."""
    for anc, dep in _ancestors(head, 4):
        if lemma(anc) in REPORT_NOUNS and anc.pos_ == "NOUN":
            return anc if dep in ("acl", "ccomp", "relcl", "appos") else None
        if anc.pos_ in ("VERB", "AUX") and anc.dep_ not in ("ccomp", "acl", "relcl"):
            return None
    return None


# what informants give: "credible information from church leaders that …", "testimony from detainees"
INFO_NOUNS = REPORT_NOUNS | frozenset({"information", "testimony", "testimonies", "word", "detail", "tip"})


def _informant(head: Token) -> Token | None:
    """ "Amnesty has received credible information from local church leaders that soldiers shot dead
    three men": the informants are the event's source. The parser often hangs the clause on the
    informants as a relative clause; both parses lead to the "from" phrase of the information noun."""
    below = head
    for anc, dep in _ancestors(head, 4):
        if anc.pos_ in ("NOUN", "PROPN") and dep == "relcl" and anc.dep_ == "pobj":
            prep = anc.head
            # "information from leaders that soldiers shot …" read as a relative clause: its "that" is
            # no relative pronoun when the clause has a subject of its own (not "residents who saw …")
            complement = any(c.lower_ == "that" for c in kids(below)) and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "who", "which")
                for c in kids(below)
            )
            if complement and prep.lower_ == "from" and lemma(prep.head) in INFO_NOUNS and _can_report(anc):
                return anc
            return None
        below = anc
        if anc.pos_ == "NOUN" and lemma(anc) in INFO_NOUNS:
            if dep not in ("acl", "ccomp", "appos"):
                return None
            for c in kids(anc):
                if c.dep_ == "prep" and c.lower_ == "from":
                    obj = next((o for o in kids(c) if o.dep_ == "pobj"), None)
                    return obj if obj is not None and _can_report(obj) else None
            return None
        if dep not in PASSES_THROUGH:
            return None
    return None


# legal proceedings whose matter ("over the protests", "for the attack") is a known past event
LEGAL_VERBS = frozenset(
    {"convict", "sentence", "charge", "accuse", "try", "prosecute", "jail", "imprison", "indict", "fine"}
    | {"punish", "execute", "hang", "arrest", "detain", "acquit", "pardon", "release", "free"}
)


def _background(head: Token) -> bool:
    """A nominal event a claim takes as known: "since the June protests", "during months of protests"."""
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "conj" and head.head.dep_ == "pobj":
        head = head.head  # "amid disputed elections and protests": the first of the conjuncts
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "pobj":
        return False
    prep = head.head
    if prep.lower_ in BACKGROUND_PREPS:
        return True
    if prep.lower_ in ("over", "with", "for") and (
        lemma(prep.head) in LEGAL_VERBS or (lemma(prep.head) == "connection" and prep.lower_ == "with")
    ):
        return True  # "sentenced over the 2022 protests", "convicted in connection with a 2013 attack"
    if prep.lower_ != "of":
        return False
    holder = prep.head
    if holder.dep_ == "pobj" and holder.head.lower_ in ("during", "amid") and holder.pos_ == "NOUN":
        return True  # "during the dispersal of a protest": the protest is the known setting
    if lemma(holder) not in SPAN_NOUNS:
        return False
    if holder.dep_ == "pobj":
        return holder.head.lower_ in BACKGROUND_PREPS  # "during months of protests"
    return holder.dep_ in ("nsubj", "dobj")  # "when months of protests left 160 dead"


def _told_outcome(head: Token, claim: Claim) -> bool:
    """ "tension remained high after a gunfight … left three people dead, according to X": the
    event noun is the subject of a clause with its outcome (the parser often makes it the object of
    "after" and the verb a clause of its own), and a closing "according to" names who tells it, so it
    is X's account, not a setting the publisher takes as known."""
    if not claim.cue.text.lower().startswith("according"):
        return False
    cue = char_span(head.doc, claim.cue.start, claim.cue.end)
    if cue is None or len(cue) == 0 or cue[0].i < head.i or head.dep_ != "pobj":
        return False
    prep = head.head
    nxt = prep.right_edge.i + 1
    if nxt >= cue[0].i:
        return False
    verb = head.doc[nxt]
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("advcl", "conj"):
        return False
    if verb.head != prep.head and verb.head not in prep.head.ancestors:
        return False  # "… after a shootout … killed two", parsed as a clause beside the main verb
    # no subject or subordinator of its own: the noun before it is its subject
    return not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in kids(verb))


def _during_before_cue(head: Token, claim: Claim) -> bool:
    """ "security forces killed four people during protests in May, according to Amnesty", "shot dead a
    shop assistant during a protest outside the bazaar, the group said": a protest told as the scene of
    the acts a closing cue covers is told in the same account (docs/gold-format.md N15, K15: a closing
    cue covers every act its sentence tells before it), not a setting the publisher takes as known."""
    if head.dep_ != "pobj" or head.head.lower_ != "during" or claim.cue.start <= head.idx:
        return False
    if not claim.content.start <= head.idx < claim.content.end:
        return False
    # the cue closes the sentence: no clause follows it ("…, the commission said, as demonstrators
    # forced their way in" goes on in the publisher's voice)
    sent = segment(head)
    return not any(t.idx >= claim.cue.end and t.pos_ in ("VERB", "AUX") for t in sent)


def _own_arrest_after(head: Token, claim: Claim) -> bool:
    """ "relatives said he was beaten to death at a police station two days after his arrest", "families
    said the men had been beaten … after their arrest in Khash": the arrest of the people the speaker
    tells about, inside the speaker's account, is told in that account, not a setting the publisher
    takes as known (a possessive pronoun names them; not "since his arrest", a state still going on)."""
    if head.dep_ != "pobj" or head.head.lower_ != "after" or head.pos_ != "NOUN":
        return False
    if not claim.content.start <= head.idx < claim.content.end:
        return False
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(head))


def event_status(
    head: Token,
    start_char: int,
    claims: Sequence[Claim],
    *,
    published: date | None = None,
    time: Time | None = None,
    publisher: str | None = None,
) -> StatusInfo:
    """Status of the event whose trigger head is ``head`` and whose trigger starts at ``start_char``."""
    verb = governing_verb(head.head) if head.pos_ in ("NOUN", "PROPN") and head.head != head else None
    claim = _claim_for(start_char, claims)
    if claim is not None and _outside_subordinate_cue(head, claim):
        claim = None
    if claim is None:
        claim = _claim_by_cue(head, claims)
    if claim is None:
        # the toll named in the cue itself: "Amnesty put the death toll at 23", "gave a toll of 99 dead"
        claim = next((c for c in claims if c.cue.start <= start_char < c.cue.end), None)
    hedged = _hedged(head)
    owner = _denied_report_owner(head)
    written = _written_report_owner(head) if owner is None else None
    if written is not None:
        owner = written[1]  # the parser hung the "that" clause elsewhere: read by the words' order
    if owner is not None and _mood(head, verb, published=published, time=time) is None:
        # "rejected reports in foreign media that detainees were beaten": the media's claim, and the
        # denier's denial beside it
        # (the denier's claim, not the report's own: "reports in foreign media that …" is the media's)
        noun = (
            written[0]
            if written is not None
            else next(
                (a for a in owner.ancestors if a.pos_ == "NOUN" and lemma(a) in REPORT_NOUNS | STORY_NOUNS),
                None,
            )
        )
        answering = [c for c in claims if noun is None or c.cue.start != noun.idx]
        denial = _denial(head, _claim_for(start_char, answering), publisher)
        return StatusInfo("attributed", None, None, hedged, int(owner.i), denial)
    status: EventStatus | None = "negated" if _negated(head, verb) else None
    if status is None:
        status = _mood(head, verb, published=published, time=time)
    # the publisher speaking of itself ("Hawar has learned", "IHRM said" in an IHRM release, "according
    # to our records"): the publisher asserts it (the spec: a null source is the publisher); the claim
    # keeps its figures
    if (
        status is None
        and claim is not None
        and _call_cue(claim)
        and _called_for(head, claim)
        and not _naming(head, claim)
    ):
        status = "predicted"  # what a call asks for, however the parser hung it
    if status is None and _announced(head):
        status = "predicted"  # "announced a protest rally outside the press club on Friday"
    if status is None and _presaged(head):
        status = "predicted"  # "moved to solitary confinement, a step that usually precedes an execution"
    own_record = claim is not None and (
        is_publisher(claim.speaker, publisher) or _vetted_speaker(claim, head.doc, publisher)
    )
    background = (
        (
            _background(head)
            and not (
                claim is not None
                and (
                    _told_outcome(head, claim)
                    or _during_before_cue(head, claim)
                    or _own_arrest_after(head, claim)
                )
            )
        )
        or _presupposed(head)
        or (
            claim is not None and (_naming(head, claim) or _call_cue(claim) or _forecast_setting(head, claim))
        )
    )
    if claim is not None and status is None and (own_record or background):
        # the publisher's own record, a known background: asserted, the claim still holds its figures
        return StatusInfo("asserted", None, claim.id, hedged)
    if claim is not None and status == "predicted" and not _call_cue(claim):
        inner = _inner_caller(head, claim)
        if inner is not None:
            # "a day after he urged residents to march, his lawyer said": the caller is the source (N5)
            return StatusInfo(status, None, claim.id, hedged, inner)
    if claim is not None and not _according_elsewhere(head, claim):
        return StatusInfo(status or "attributed", claim.speaker, claim.id, hedged)
    if claim is not None:
        return StatusInfo(status or "asserted", None, claim.id, hedged)
    # no claim covers the trigger: a speech verb over it still attributes it
    reporter = _reporter(head, according=not claims, claimed=frozenset(c.cue.start for c in claims))
    if reporter is None and status is None:
        reporter = _media_source(head, publisher)
    if reporter is None and status is None:
        informant = _informant(head)
        if informant is not None:
            return StatusInfo("attributed", None, None, hedged, int(informant.i))
    if reporter is not None and status is None and _own_evidence(head.doc[reporter], publisher):
        # S6 / I6: "…; CHRM has confirmed it" in a CHRM release
        return StatusInfo("asserted", None, None, hedged)
    if status in ("predicted", "hypothetical") and reporter is None:
        caller = _caller(head, claims)
        if isinstance(caller, int):
            return StatusInfo(status, None, None, hedged, caller)
        if caller is not None:
            return StatusInfo(status, caller.speaker, caller.id, hedged)
    if status is None and reporter is None and _charged_act(head):
        # "accused of setting fire to a Basij base": the charge is the charging body's account
        return StatusInfo("attributed", None, None, hedged, _charging_body(head))
    report = _report_noun(head)
    if status is None and reporter is None and report is not None:
        return StatusInfo("attributed", None, None, hedged, int(report.i))
    spoken = _spoken_by(head.doc[reporter], claims) if reporter is not None else None
    if status is None and reporter is not None:
        return StatusInfo("attributed", spoken, None, hedged, reporter)
    return StatusInfo(status or "asserted", spoken, None, hedged, reporter)


def _own_evidence(reporter: Token, publisher: str | None) -> bool:
    """The reporter is the publisher ("CHRM has confirmed it" in a CHRM release) or footage it received
    ("according to footage sent to Iran Azadi Radio" in its own report): the publisher's voice (S6)."""
    if _publisher_token(reporter, publisher):
        return True
    return lemma(reporter) in MEDIA_NOUNS and _vetted(reporter, publisher)


# verbs of calling for an act: whoever does them inside another speaker's account is its source
INNER_CALLS = frozenset({"call", "urge", "appeal", "exhort", "incite"})
INNER_PATH = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "conj", "advcl"})


def _inner_caller(head: Token, claim: Claim) -> int | None:
    """The written caller of a called-for act told inside someone else's account ("Three citizens who,
    according to police, 'called on those present to block the road'", "Police detained the union
    leader, who had urged workers to strike, the union said"): the calling verb's noun subject, or the
    noun a relative "who" stands for (docs/gold-format.md N5: the caller is the source)."""
    cur = head
    for _ in range(6):
        if cur.dep_ not in INNER_PATH or cur.head == cur:
            return None
        cur = cur.head
        if cur.pos_ != "VERB" or lemma(cur) not in INNER_CALLS:
            continue
        if not claim.content.start <= cur.idx < claim.content.end:
            return None
        subj = next((c for c in kids(cur) if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("who", "that", "which") and cur.dep_ == "relcl":
            subj = cur.head
        if subj is not None and subj.lower_ in ("he", "she"):
            # "Police arrested Hatem Gharbi a day after he urged residents to march": the person named
            # before the pronoun in its sentence
            subj = next(
                (t for t in reversed(head.doc[subj.sent.start : subj.i]) if t.ent_type_ == "PERSON"),
                None,
            )
        if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
            return None
        return int(subj.i)
    return None


def _spoken_by(reporter: Token, claims: Sequence[Claim]) -> Actor | None:
    """The speaker of a claim whose written speaker is the reporting verb's subject: "the statement
    said …, adding that 34 rioters had been arrested" is the ministry's, as its claim resolved
    "the statement", not a speaker called "statement"."""
    at = reporter.idx
    for c in claims:
        sp = c.speaker
        if sp.start_char is not None and sp.end_char is not None and sp.start_char <= at < sp.end_char:
            return sp
    return None
