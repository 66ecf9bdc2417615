"""A denial written after the report it answers, as an apposition or a relative clause.

"Families said the men were tortured, a charge the judiciary denies", "…, a claim the military
rejected", "…, a figure the authorities reject", "…, an allegation that police denied", "…, an
account the committee called a lie", "Opposition media claimed that a sound cannon was used, which
the government denied": the denier is a speaker of its own (docs/gold-format.md G4, S1 and J3: a
denial is a claim of its speaker; G8: the denier is never the report's maker). Its content is what
it denies — the report it points back to, when a claim of the sentence tells it, through the words
of the denial ("the men were tortured, a charge the judiciary denies"); else the denial's own words.
The report's claim stops before the denial: its maker did not say "a charge the judiciary denies".

The parser reads these phrases in many ways (the verb a relative clause, the sentence's root, the
subject a compound of the claim noun), so the phrase is read from its words: a comma, a claim noun
with its article ("a claim", "the same charge", "accusations"), an optional "that"/"which", the
denier (a noun phrase of at most six words, no verb), adverbs or auxiliaries ("has always", "flatly"),
and a denying verb ("denied", "rejects", "disputed", "dismissed", "refuted", "contests") or a verb of
judgement with a word of falsehood ("called a lie", "considers false"). A bare ", which X denied"
needs a claim of the sentence before it (the report the relative points back to): "filed an appeal,
which the court rejected" is a decision, not a denial. A negated verb ("a claim police did not deny")
and a court dismissing charges ("charges the judge dismissed") are no denial.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .frame_base import Frame
from .speaker_phrases import speaker_phrase
from .syntax import tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .frames import FrameFinder

__all__ = ["relative_denials"]

# verbs that deny or reject what another said, as written
DENYING = frozenset(
    {
        "deny",
        "denies",
        "denied",
        "reject",
        "rejects",
        "rejected",
        "dispute",
        "disputes",
        "disputed",
        "dismiss",
        "dismisses",
        "dismissed",
        "refute",
        "refutes",
        "refuted",
        "rebut",
        "rebuts",
        "rebutted",
        "contest",
        "contests",
        "contested",
    }
)
# verbs of judgement that deny only with a word of falsehood after them ("called a lie")
JUDGING = frozenset(
    {
        "call",
        "calls",
        "called",
        "consider",
        "considers",
        "considered",
        "describe",
        "describes",
        "described",
        "brand",
        "brands",
        "branded",
        "term",
        "terms",
        "termed",
        "label",
        "labels",
        "labelled",
        "labeled",
    }
)
FALSEHOOD = frozenset(
    {
        "lie",
        "lies",
        "false",
        "fabrication",
        "fabrications",
        "fabricated",
        "baseless",
        "untrue",
        "unfounded",
        "groundless",
        "slander",
        "propaganda",
        "nonsense",
        "exaggerated",
        "inflated",
        "fake",
        "absurd",
    }
)
# nouns that name what someone said and another can deny
CLAIM_WORDS = frozenset(
    {
        "claim",
        "claims",
        "charge",
        "charges",
        "allegation",
        "allegations",
        "accusation",
        "accusations",
        "figure",
        "figures",
        "toll",
        "account",
        "accounts",
        "assertion",
        "assertions",
        "characterisation",
        "characterization",
        "version",
        "statement",
        "report",
        "reports",
        "estimate",
        "estimates",
        "number",
        "description",
        "contention",
        "narrative",
    }
)
# a court or a prosecutor dismissing charges ends a case; it denies nothing
_LEGAL_NOUNS = frozenset({"charge", "charges"})
_LEGAL_VERBS = frozenset({"dismiss", "dismisses", "dismissed", "contest", "contests", "contested"})
_DENY_LEMMAS = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "dispute"})
_AUX = frozenset({"has", "have", "had", "does", "do", "did", "is", "are", "was", "were"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_RELATIVES = frozenset({"that", "which"})
_OPENERS = frozenset({",", "—", "–", "-", ";"})
_STOPS = frozenset({",", ";", ".", ":", "—", "–", "(", ")", '"', "“", "”", "?", "!"})
_MAX_SUBJECT = 6


def relative_denials(finder: FrameFinder, drafts: list[Frame]) -> list[Frame]:
    """Frames of the appositive and relative denials that no other frame already speaks for; the
    content of a frame that ran over such a denial is cut before it."""
    doc = finder.doc
    toks = tokens(doc)
    out: list[Frame] = []
    for verb in toks:
        low = verb.lower_
        if low not in DENYING and not (low in JUDGING and _false_after(toks, verb.i)):
            continue
        if finder.in_quote(verb.idx) is not None:
            continue
        found = _phrase(toks, verb)
        if found is None:
            continue
        opener, head, noun, subject = found
        if noun is not None and noun.lower_ in _LEGAL_NOUNS and low in _LEGAL_VERBS:
            continue
        if any(d.cue[0] <= verb.idx < d.cue[1] for d in drafts + out):
            continue
        sent = finder.sentence_of(verb.idx)
        if opener.idx < sent[0]:
            continue
        start = toks[opener.i + 1].idx
        end = _phrase_end(toks, verb, sent[1])
        report = _report_before(drafts, opener.idx, sent)
        if noun is None and report is None:
            continue  # ", which the court rejected" after no report: a decision, not a denial
        lo = start
        if report is not None:
            lo = report.content[0]
            if report.content[1] > opener.idx:
                report.content = (report.content[0], _trimmed(finder.text, report.content[0], opener.idx))
        cue = (_verb_group_start(toks, verb).idx, verb.idx + len(verb.text))
        # the denier's words only: not the claim noun before them, nor the verb after
        stop = frozenset(range(opener.i, subject[0])) | frozenset(range(subject[1] + 1, len(toks)))
        phrase = speaker_phrase(head, stop=stop)
        out.append(Frame(cue=cue, content=(lo, end), quote=False, speaker=phrase, verb=verb, answers=True))
    return out


def _false_after(toks: list[Token], i: int) -> bool:
    """A word of falsehood within three words after the verb ("called a lie", "considers false",
    "described as fabricated")."""
    return any(t.lower_ in FALSEHOOD for t in toks[i + 1 : i + 4])


def _phrase(toks: list[Token], verb: Token) -> tuple[Token, Token, Token | None, tuple[int, int]] | None:
    """(the comma or dash opening the phrase, the head of the denier, the claim noun or None for a
    bare "which", the first and last token index of the denier's words), reading back from the
    denying verb; None when the words are no such phrase."""
    i = verb.i - 1
    while i >= 0 and (toks[i].lower_ in _AUX or (toks[i].tag_ == "RB" and toks[i].lower_ not in _NEGATIONS)):
        i -= 1
    if i < 0 or toks[i].lower_ in _NEGATIONS:
        return None
    subject: list[Token] = []
    while i >= 0 and toks[i].lower_ not in _RELATIVES and toks[i].lower_ not in CLAIM_WORDS:
        tok = toks[i]
        if tok.text in _STOPS or tok.pos_ in {"VERB", "AUX"} or tok.lower_ in _NEGATIONS or tok.tag_ == "WP":
            return None
        subject.append(tok)
        i -= 1
        if len(subject) > _MAX_SUBJECT:
            return None
    if i < 0 or not subject:
        return None
    head = next((t for t in subject if t.pos_ in {"NOUN", "PROPN", "PRON"} and t.tag_ != "PRP$"), None)
    if head is None:
        return None
    span = (subject[-1].i, subject[0].i)
    if toks[i].lower_ in _RELATIVES:
        rel = toks[i]
        i -= 1
        if i >= 0 and toks[i].text in _OPENERS and rel.lower_ == "which":
            return toks[i], head, None, span
    if i < 0 or toks[i].lower_ not in CLAIM_WORDS:
        return None
    noun = toks[i]
    i -= 1
    for _ in range(4):  # "a claim", "the same charge", "an allegation", "accusations"
        if i < 0 or toks[i].text in _OPENERS:
            break
        if toks[i].pos_ not in {"DET", "ADJ", "NUM"} and toks[i].tag_ not in {"DT", "JJ", "PRP$"}:
            return None
        i -= 1
    if i < 0 or toks[i].text not in _OPENERS:
        return None
    return toks[i], head, noun, span


def _verb_group_start(toks: list[Token], verb: Token) -> Token:
    """ "has always rejected", "flatly denied": the cue starts at the first auxiliary or adverb."""
    first = verb
    while first.i > 0:
        prev = toks[first.i - 1]
        if prev.lower_ in _AUX or (prev.tag_ == "RB" and prev.lower_ not in _NEGATIONS):
            first = prev
        else:
            break
    return first


def _phrase_end(toks: list[Token], verb: Token, sent_end: int) -> int:
    """Where the denial's words end: before the next comma, semicolon or full stop ("a figure the
    government disputes, saying …"), with "as inflated and politically motivated" or "throughout"."""
    last = verb
    for tok in toks[verb.i + 1 :]:
        if tok.idx >= sent_end or tok.text in _STOPS or tok.is_space:
            break
        last = tok
    return last.idx + len(last.text)


def _report_before(drafts: list[Frame], at: int, sent: tuple[int, int]) -> Frame | None:
    """The claim of the sentence whose content reaches the phrase (ends at its comma, or runs over it):
    the report the denial answers; the latest such."""
    best: Frame | None = None
    for d in drafts:
        if d.parent is not None or d.weak or not (sent[0] <= d.content[0] < at):
            continue  # a call's topic ("called for a moratorium", weak) is no claim of its own
        if d.content[0] < d.cue[0] < d.content[1]:
            continue  # "…, whose circumstances, he said, are being investigated …": a parenthetical frame
        if d.verb is not None and d.verb.lemma_.lower() in _DENY_LEMMAS:
            continue  # "rejected reports of deaths, which he described as false": one denier, no report
        if d.content[1] < at - 2:
            continue
        if best is None or d.content[0] > best.content[0]:
            best = d
    return best


def _trimmed(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,;—–-":
        end -= 1
    return end
