"""Times taken from outside the event's sentence: a paragraph of background in an earlier
year, an earlier story carried into the next paragraph, ``N days later`` carried over, the
lead as the narrative reads it, a subheading's time, the story's day under a lead dated by a statement
or by calm's return."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, prose_paragraph, tokens
from ..records import Time
from .syntax import clause_head, kids, lowers, per_doc
from .timing_clauses import _denied, _token_at, _under_clause
from .timing_days import _RANK, YEAR, _interval, _months_in_a_row
from .timing_narrative import _CTX_OPENERS
from .timing_ranges import _hull, _pair, _pair_of
from .timing_saying import _SAYING, _said_of
from .timing_shifts import _COUNTS
from .timing_since import _since

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _background(
    doc: Doc, head: Token, sent: Span, usable: list[Time], lead: Time | None, published: date | None
) -> Time | None:
    """``… had cut the highway in October and November 2024; that blockade was lifted after an
    operation in which dozens were detained``: a sentence of background whose only time, in another
    clause, lies in an earlier year than the story's dates the event better than the lead's day."""
    if not _past_tense(head):
        return None
    present = lead.start if lead is not None and lead.start else published.isoformat() if published else None
    if present is None:
        return None
    inside = [
        t
        for t in usable
        if sent.start_char <= (t.start_char or 0) < sent.end_char
        and t.start
        and t.end
        and not _since(doc, t)
        and not _said_of(doc, t, None)
        # "the execution of a man arrested in 2022", "laid flowers where demonstrators fell in 2022": that
        # clause's year is its own act's
        and not _under_clause(_token_at(doc, t.start_char or 0), head)
    ]
    mine = [t for t in inside if YEAR.search(t.text)]
    if not mine or any(t.end[:4] >= present[:4] for t in mine if t.end):
        return None
    months = _pair_of(doc, inside)
    if months is not None and months[1] in mine and _months_in_a_row(*months):
        mine = [months[0], *mine]  # "October and November 2024": the year written once covers both
    return _pair(doc, mine) or _hull(doc, mine[-1], mine)


_DAYS_LATER = re.compile(r"^(?P<n>a|an|one|two|three|four|five|six|seven|\d)\s+days?\s+later$", re.I)


def _since_earlier(t: Time, head: Token) -> Time:
    """``He was detained on 24 September. Two days later his family was told he had died. He was beaten
    during interrogation``: a day told as "N days later" in an earlier sentence, carried over to an act
    undergone or already done, spans from the day it counts from to that day (it happened between)."""
    m = _DAYS_LATER.match(t.text.strip())
    verb = clause_head(head)
    # told as undergone or as already done ("was beaten", "had been tortured"), not the story going
    # on ("Two days later, he called a shutdown. Police fired tear gas at him.")
    undergone = any(c.dep_ == "auxpass" or (c.dep_ == "aux" and c.lower_ == "had") for c in kids(verb))
    if m is None or not undergone or not t.start or t.start != t.end or t.precision != "day":
        return t
    n = int(m["n"]) if m["n"].isdigit() else _COUNTS[m["n"].lower()]
    try:
        start = (date.fromisoformat(t.start[:10]) - timedelta(days=n)).isoformat()
    except ValueError:
        return t
    return _interval(t, start, t.end)


def _earlier_story(
    doc: Doc, head: Token, usable: list[Time], para: int, lead: Time | None, published: date | None
) -> Time | None:
    """A paragraph with no time of its own that goes on telling an earlier story: the previous
    paragraph (or the one before it) ended in a year before the lead's, and the event is told in the
    past tense ("On January 5, 2022, the city hall was stormed. ¶ Armed men attacked the airport …")."""
    if not _past_tense(head) or clause_head(head).lemma_.lower() in _SAYING:
        return None  # "…, Castro said": the present story's statement
    text = doc_text(doc)
    prior = [t for t in usable if (t.start_char or 0) < para]
    if not prior or text.count("\n", prior[-1].start_char or 0, para) > 4:
        return None
    last_tok = _token_at(doc, prior[-1].start_char or 0)
    if last_tok is None:
        return None
    last_sent = last_tok.sent.start_char  # one sentence span, not one per time
    # a day or month written with its year that moves the story ("On January 5, 2022, …", "in March
    # 2021"), not a background qualifier ("last year's unrest", "the 2019 protests")
    candidates = [
        t
        for t in prior
        if (t.start_char or 0) >= last_sent
        and t.precision in ("day", "month")
        and YEAR.search(t.text)
        and _CTX_OPENERS.search(text[max(0, (t.start_char or 0) - 12) : t.start_char or 0])
        and not _since(doc, t)
        and not _in_since_phrase(doc, t)
        and not _said_of(doc, t, None)
    ]
    if not candidates:
        return None
    found = min(reversed(candidates), key=lambda t: _RANK.get(t.precision, 9))
    present = lead.start if lead is not None and lead.start else published.isoformat() if published else None
    if not found.end or present is None or found.end[:4] >= present[:4]:
        return None
    return found


def _story_day_before(doc: Doc, head: Token, usable: list[Time], para: int, lead: Time | None) -> Time | None:
    """A lead dated only by its statement ("…, the department reported on Monday") or by the day calm
    returned ("Calm returned on Wednesday … after rioters set fire to … on Monday night"), and a later
    paragraph (or the lead itself) that tells the story's day ("on the evening of 12 September about
    150 residents gathered …"): an act told in the past in a paragraph with no time of its own
    ("However, a group of young men began throwing stones …", "Police said officers had been attacked
    …") happened on the story's last day told before it, within a week before the lead's, not on the
    lead's day."""
    if lead is None or lead.precision != "day" or not lead.start or lead.start_char is None:
        return None
    if not (_statement_day(doc, lead) or _calm_returned(doc, lead)) or not _told_past(head):
        return None
    try:
        stated = date.fromisoformat(lead.start[:10])
    except ValueError:
        return None
    lead_tok = _token_at(doc, lead.start_char)
    opens = lead_tok.sent.start_char if lead_tok is not None else lead.start_char
    found = None
    for t in usable:
        at = t.start_char or 0
        if not opens <= at < para or t is lead:
            continue
        if t.precision != "day" or t.type != "DATE" or not t.start or not t.end or t.end >= lead.start:
            continue
        try:
            gap = (stated - date.fromisoformat(t.end[:10])).days
        except ValueError:
            continue
        if gap > 7 or _said_of(doc, t, None) or _since(doc, t) or _in_since_phrase(doc, t):
            continue
        found = t
    # "vandals attacked public property on Sunday night and Monday": both days are the story's
    return _hull(doc, found, [t for t in usable if opens <= (t.start_char or 0) < para]) if found else None


# "Calm returned on Wednesday to …", "Public order has been fully restored …": the day the story ends
_CALM_VERBS = frozenset({"return", "restore", "prevail", "resume"})
_CALM_NOUNS = frozenset({"calm", "order", "normalcy", "normality", "peace", "quiet", "life"})


def _calm_returned(doc: Doc, t: Time) -> bool:
    """``t`` dates a lead's return to calm ("Calm returned on Wednesday to Kaedi after rioters set fire
    to … on Monday night", "Order has been fully restored …, the department reported on Monday"): the
    day the unrest ended, not the day of the acts the story goes on to tell."""
    tok = _token_at(doc, t.start_char or 0)
    if tok is None:
        return False
    verb = clause_head(tok)
    if verb.lemma_.lower() not in _CALM_VERBS:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _CALM_NOUNS for c in kids(verb))


def _statement_day(doc: Doc, t: Time) -> bool:
    """``t`` is the day of a statement: :func:`_said_of`, or written right after a reporting verb
    however the parser hung the clause it reports ("…, the department reported on Monday")."""
    if _said_of(doc, t, None):
        return True
    tok = _token_at(doc, t.start_char or 0)
    if tok is None:
        return False
    k = tok.i - 1
    while k >= 0 and doc[k].lower_ in ("on", "late", "early"):
        k -= 1
    return k >= 0 and doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in _SAYING


def _told_past(head: Token) -> bool:
    """The event's own clause is told in the past ("began throwing stones", "had been attacked", "was
    killed"), whatever reports it: not the present, the present perfect or a future."""
    verb = clause_head(head)
    while verb.head != verb and (
        verb.dep_ == "xcomp"
        or (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and not any(c.dep_ in ("aux", "mark") for c in kids(verb))
        )
    ):
        # "began throwing stones", "intervened …, using tear gas": the verb that tells it
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = {c.lower_ for c in kids(verb) if c.dep_ in ("aux", "auxpass")}
    if auxes & {"has", "have", "'ve", "is", "are", "will", "would", "'s", "am", "be", "can", "could"}:
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes & {"was", "were", "had"}))


def _in_since_phrase(doc: Doc, t: Time) -> bool:
    """``the largest demonstration since the protests against the law in December 2018``: the date of
    the noun a ``since`` phrase names bounds a comparison or a running state; the story does not move
    to it (as it does not to ``since December 2018`` itself)."""
    tok = _token_at(doc, t.start_char or 0)
    if tok is None:
        return False
    # the words, however the parser hangs the date: "since" with only a noun phrase before the date
    for i in range(tok.i - 1, max(tok.sent.start, tok.i - 12) - 1, -1):
        word = doc[i]
        if word.lower_ == "since":
            return word.dep_ == "prep"  # not "since police arrived", a clause
        if word.pos_ in ("VERB", "AUX") or word.text in (",", ";", ":", "(", ")", "—", "–"):
            return False
    return False


def _past_tense(head: Token) -> bool:
    """The event's clause, and every clause above it, is told in the simple past (``attacked``, ``were
    detained``, ``238 died, including 19 who were killed``): not the present or the present perfect,
    and not a report of what someone said ("… said nine had been killed")."""
    verb = clause_head(head)
    for _ in range(6):
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _SAYING:
            return False
        auxes = {c.lower_ for c in kids(verb) if c.dep_ in ("aux", "auxpass")}
        if auxes & {"has", "have", "'ve", "is", "are", "will", "would", "'s", "am"}:
            return False
        if not (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes & {"was", "were", "had"}))):
            return False
        if verb.head == verb:
            return True
        verb = clause_head(verb.head)
    return False


def _lead_as_read(doc: Doc, lead: Time, usable: list[Time]) -> Time:
    """The lead's time as the narrative reads it (``One year ago today`` is last year's day), and as
    the interval it opens (``Between 26 and 28 June``), or the days it is coordinated with (``stayed away
    from classrooms on Monday and Tuesday``: an act the story tells after it with no time of its own is
    of the episode those days date, as a day earlier in the paragraph carries on with its partner)."""
    start, end = lead.start_char or 0, lead.end_char or 0
    read = next(
        (t for t in usable if (t.start_char or 0) <= start and end <= (t.end_char or 0) and t is not lead),
        lead,
    )
    after = [t for t in usable if (t.start_char or 0) >= end][:1]
    pair = _pair(doc, [read, *after]) if after else None
    return pair or (_hull(doc, read, [read, *after]) if after else read)


def _heading_time(doc: Doc, usable: Sequence[Time], para: int) -> Time | None:
    """The time of the subheading right above the paragraph (a short line with no closing full stop)."""
    text = doc_text(doc)
    end = len(text[:para].rstrip())
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end].strip()
    if not line or start == 0 or len(line) > 80 or line.endswith((".", '"', "”")):
        return None
    prose = any(prose_paragraph(p) for p in text[:start].split("\n"))
    if not prose:
        return None  # the headline above the lead, not a subheading of the body
    inside = [t for t in usable if start <= (t.start_char or 0) < end and t.start and t.end]
    return inside[-1] if len(inside) == 1 else None


_SITE_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "on", "across", "around", "from", "to", "into"}
)


def _place_carried(
    doc: Doc, sent: Span, usable: list[Time], para: int, lead: Time | None, published: date | None
) -> Time | None:
    """``In Izeh, several hundred people gathered on Wednesday evening … ¶ The Hengaw rights group said
    two protesters were killed in Izeh. The governor denied that anyone had died``: a paragraph with no
    time of its own that goes back to a place the last dated paragraph told of (in the event's sentence
    or one before it) goes on with that paragraph's day, not the lead's."""
    text = doc_text(doc)
    prior = [t for t in usable if (t.start_char or 0) < para]
    if not prior:
        return None
    prev_para = text.rfind("\n", 0, prior[-1].start_char or 0) + 1
    if text.count("\n", prev_para, para) > 4:
        return None  # more than two paragraphs back: another part of the story
    days = [
        t
        for t in prior
        if (t.start_char or 0) >= prev_para
        and t.precision == "day"
        and t.start
        and t.start == t.end
        and not (published and t.end and t.end > published.isoformat())
        and not _since(doc, t)
        and not _said_of(doc, t, None)
    ]
    if not days:
        return None
    found = days[-1]
    if lead is not None and lead.start and lead.end and lead.start <= (found.start or "") <= lead.end:
        return None  # the lead's own days ("Between 26 and 28 June …") already hold it
    here = _sites(doc.char_span(para, sent.end_char, alignment_mode="contract") or sent)
    prev_end = text.find("\n", prior[-1].start_char or 0)
    prev_end = para if prev_end < 0 or prev_end > para else prev_end
    there = _sites(doc.char_span(prev_para, prev_end, alignment_mode="contract") or doc[0:0])
    return found if here & there else None


_CALENDAR = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september"
    r"|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|christmas|easter|ramadan",
    re.IGNORECASE,
)


def _sites(span: Span) -> set[str]:
    """The names told as where something happened (``in Izeh``, ``on the Changuinola bridge``): a
    proper noun in a place preposition's object (the parser's entity label is no help with small towns)."""
    out = set()
    for tok in tokens(span.doc)[span.start : span.end]:  # the Doc's Tokens, built once
        if tok.pos_ != "PROPN" or tok.ent_type_ in ("DATE", "TIME") or _CALENDAR.fullmatch(tok.text):
            continue  # "on Monday", "from next Monday": a day, not a place
        obj = tok.head if tok.dep_ == "compound" else tok
        if obj.dep_ == "pobj" and obj.head.lower_ in _SITE_PREPS:
            out.add(tok.text)
    return out


# ill-treatment in custody as a denial names it ("denied that he had been mistreated", "no detainee was
# touched") and as a report tells it ("beaten during interrogation", "his body bore the marks of a beating")
_ILL_DENIED = frozenset(
    {
        "torture",
        "mistreat",
        "mistreatment",
        "ill-treat",
        "ill-treatment",
        "maltreat",
        "abuse",
        "beat",
        "touch",
        "violence",
    }
)
_ILL_TOLD = frozenset(
    {
        "torture",
        "mistreat",
        "mistreatment",
        "ill-treat",
        "ill-treatment",
        "abuse",
        "beat",
        "beating",
        "kick",
        "punch",
        "slap",
        "flog",
        "whip",
        "bruise",
    }
)
_DENYING = frozenset({"deny", "reject", "dismiss", "refute"})
_PRESENT_AUX = frozenset({"is", "are", "am", "do", "does"})


def _ill_word(tok: Token, words: frozenset[str]) -> bool:
    low = tok.lemma_.lower()
    if tok.i > 1 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "ill":
        return f"ill-{low}" in words  # "ill-treated", "ill-treatment" split in three
    return low in words or tok.lower_ in words


def _answered_report(head: Token, sent: Span) -> Token | None:
    """M12: ``A union organiser arrested on Tuesday night said he was beaten during interrogation. The
    officer-in-charge denied that any detainee had been mistreated``: a past-tense denial of the
    ill-treatment of detainees takes the time of the report it answers, not the day it was made. The
    report is the nearest earlier mention of ill-treatment not itself denied, within three paragraphs;
    a denial of a standing practice ("denied that torture is practised") answers none. With M15 the
    report told after a one-day arrest takes the arrest's day, and so does the denial."""
    if not _ill_word(head, _ILL_DENIED):
        return None
    verb = clause_head(head)
    if not _denied(head) and not (head.dep_ == "dobj" and head.head.lemma_.lower() in _DENYING):
        return None
    if verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _PRESENT_AUX for c in kids(verb)
    ):
        return None  # the present: a practice, not the episode's detainees
    doc = head.doc
    text = doc_text(doc)
    for tok in reversed(tokens(doc)[: sent.start]):
        if not _ill_word(tok, _ILL_TOLD) or _denied(tok) or _nobody_ill(tok):
            continue
        if len(_BREAK.findall(text, tok.idx, sent.start_char)) > 3:
            return None
        return tok
    return None


_BREAK = re.compile(r"\n\s*\n|\n")

# a detainee's death and the arrest that began the custody (M17)
_DYING = frozenset({"die", "death"})
_TAKEN = frozenset({"arrest", "detain", "detention", "abduct", "abduction", "seize"})


def _custody_words(head: Token) -> tuple[list[Token], list[Token]]:
    """M17: the words of a death and of an arrest told before ill-treatment in custody (or its denial),
    nearest first, within three paragraphs: ``was arrested at a checkpoint on 30 July. He died on 3 August
    … his body bore bruises``. Whether they bound the ill-treatment is the caller's (their days)."""
    doc = head.doc
    text = doc_text(doc)
    deaths: list[Token] = []
    arrests: list[Token] = []
    for tok in reversed(tokens(doc)[: head.i]):
        if len(_BREAK.findall(text, tok.idx, head.idx)) > 3:
            break
        low = tok.lemma_.lower()
        if low in _DYING and tok.pos_ in ("VERB", "NOUN"):
            deaths.append(tok)
        elif low in _TAKEN and tok.pos_ in ("VERB", "NOUN"):
            arrests.append(tok)
    return deaths, arrests


def _nobody_ill(tok: Token) -> bool:
    """``no violence``, ``any ill-treatment``: a mention that names no act."""
    return any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in kids(tok))


# a stoppage named in the story ("the strike", "a three-day stoppage", "their hunger strike")
_STOPPAGES = frozenset({"strike", "stoppage", "shutdown", "walkout", "hartal", "closure", "boycott"})
# "shops were open as usual", "the bazaar is working normally": a stoppage denied by telling the opposite
_CLOSING = frozenset({"close", "shut"})
_AS_USUAL = frozenset({"normally", "usual", "normal", "regularly"})
_STOPPAGE_SPAN = 45  # days: a denial answers a stoppage of the story, not one of years before


def _as_usual_at(doc: Doc) -> list[int]:
    """The indices of the document's :data:`_AS_USUAL` words, found once per Doc."""
    return per_doc(doc, _AS_USUAL_AT, lambda: [i for i, w in enumerate(lowers(doc)) if w in _AS_USUAL])


_AS_USUAL_AT = "eventwire.as_usual_at"


def _denied_stoppage(head: Token) -> bool:
    """The event is the denial that a stoppage is going on: "the bazaar is working normally", "schools
    were open as usual", "there is no strike", "denied there was any strike"."""
    verb = clause_head(head)
    # a word whose clause head is ``verb`` is in ``verb``'s subtree (the clause head is on its head chain):
    # the document's few "normally" words are asked, not every word of the clause
    toks = tokens(head.doc)
    if any(clause_head(toks[j]) == verb for j in _as_usual_at(head.doc)):
        # "shops operated normally" may answer one day's stoppage and keeps that day (H5); "is working
        # normally", "was operating normally", "were open as usual" tell a state the stoppage denied
        return not (verb.tag_ == "VBD" and verb.lemma_.lower() != "be")
    if head.lemma_.lower() not in _STOPPAGES:
        return False
    if _denied(head):
        return True
    return any(w.lower_ in ("no", "any") for w in head.subtree if w.i < head.i)


def _stoppage_mentions(head: Token, sent: Span) -> list[Token]:
    """The stoppages named before the denial's sentence, nearest first (not themselves denied)."""
    doc = head.doc
    found = []
    for tok in reversed(tokens(doc)[: sent.start]):
        stoppage = tok.lemma_.lower() in _STOPPAGES and tok.pos_ in ("NOUN", "VERB")
        # "merchants closed their shops on Saturday", "shut their stalls"
        stoppage = stoppage or (tok.pos_ == "VERB" and tok.lemma_.lower() in _CLOSING)
        if stoppage and not _denied(tok):
            if any(w.lower_ in ("no", "any") for w in tok.subtree if w.i < tok.i):
                continue
            found.append(tok)
    return found


def _stoppage_start(time: Time | None, starts: Sequence[str]) -> Time | None:
    """M12 / H5: a denial that a stoppage is going on answers the stoppage the story tells, so it runs
    from that stoppage's first day (the earliest of the ``starts`` of the stoppages told before it,
    within :data:`_STOPPAGE_SPAN` days) to the denial's own day."""
    if time is None or not time.start or not time.end or time.precision == "year":
        return time
    try:
        end, own = date.fromisoformat(time.end[:10]), date.fromisoformat(time.start[:10])
        days = [date.fromisoformat(s[:10]) for s in starts]
    except ValueError:
        return time
    days = [d for d in days if d < own and (end - d).days <= _STOPPAGE_SPAN]
    return _interval(time, min(days).isoformat(), time.end) if days else time
