"""Temporal expressions: recognise and normalise them against the publication date.

Recognition is the regular-expression grammar of :mod:`.timex_grammar` run over
the document text; spaCy's entities vouch for the ambiguous rules (a bare year
or month name is a date only where spaCy calls it DATE/TIME or a temporal word
precedes it), and the dependency parse decides whether an expression sits in
future narration ("will meet on Friday"). Normalisation is
:mod:`.timex_normalize`. Extents follow TimeML: "on Friday" is ``Friday``;
"early", "late", "mid-" and "the end of" are part of the expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..nlp.text import ents as doc_ents
from ..records import Time
from .timex_grammar import MODIFIER, Rule, case_folded, rules
from .timex_normalize import Context, Frame, Reading, apply_modifier, clock_value, normalise
from .timex_starts import WordStarts, finditer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["find_times", "resolve_expression"]

_LEADING = re.compile(
    r"(?:(?:on|in|at|since|by|during|for|from|until|till|before|after|of|over|within|around|about|through"
    r"|throughout|as\s+of|as\s+early\s+as|as\s+recently\s+as|as\s+late\s+as)\s+)+",
    re.IGNORECASE,
)
_PREFIX = re.compile(
    r"(?:(?P<mod>early|mid|late|earlier|later)(?:\s+|-)|(?:the|at\s+the)\s+(?P<edge>start|beginning|end|middle)\s+of\s+)",
    re.IGNORECASE,
)
_TEMPORAL_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|until|till|of|during|from|to|before|after|through|between|and|around|circa|early"
    r"|late|mid|last|this|next|that|fiscal|spring|summer|autumn|fall|winter|year|end|start|beginning|middle"
    r"|until|as\s+of)|[-,(])\s*$",
    re.IGNORECASE,
)
# "four years to the day after 'Black Thursday'": an anniversary, not the day after something
_TO_THE_DAY = re.compile(r"\b(?:years?|months?|weeks?|decades?)\s+to\s+$", re.IGNORECASE)
_NOT_TIME_ENTS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL", "PRODUCT", "LAW"})
_WORD_BEFORE = re.compile(r"(?<![.!?:;\n])\s[\"“]?([A-Za-z]+)\s+$")
_FUNCTION_WORDS = frozenset(
    {"on", "by", "since", "until", "from", "before", "after", "early", "late", "last", "next", "this", "that",
     "every", "each", "through", "and", "or", "till", "of", "at", "as", "for", "in", "said", "says"}
)  # fmt: skip
_BARE_TOD = frozenset({"dawn", "dusk", "daybreak"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP"})
_NAME_ENTS = frozenset({"ORG", "PERSON"})
_AGE_AFTER = re.compile(r"(?:-|\s+)old\b|\s+of\s+age\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\baged?\s+$", re.IGNORECASE)
_JOIN_CLOCK_FIRST = re.compile(r"\s*(?:,|on)?\s*", re.IGNORECASE)
_JOIN_DAY_FIRST = re.compile(r"\s*(?:,|at)?\s*", re.IGNORECASE)
_RANGE_END = re.compile(
    r"\s*(?:[-–]\s*|(?:to|until|till|through)\s+|and\s+(?=\d+(?:st|nd|rd|th)?(?:\s*[,.;)]|\s+(?:in|at|across)\b)))"
    r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w%]|[-–/.,]\d|\s+(?:[A-Z][a-z]+|people|persons|protesters))"
)
_RANGE_GAP = re.compile(r"\s*(?:[-–]|to|until|till|through|and)\s*", re.IGNORECASE)
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "’ll", "must", "should", "would", "'d"})
_FUTURE_HEADS = frozenset(
    {"schedule", "plan", "expect", "due", "set", "intend", "go", "aim", "hope", "prepare", "vow", "promise"}
)
# "urged Iranians to join protests on February 11": what a speaker urges or calls for is still to come
_DIRECTIVE = frozenset({"urge", "call", "appeal", "invite", "encourage", "exhort"})
_PLANNING = frozenset({"announce", "plan", "schedule"})
_WILL = frozenset({"will", "'ll", "’ll", "shall", "wo"})
_LOOKS_BACK = re.compile(r"\b(?:since|as\s+of)\s+$", re.IGNORECASE)
_SET_FOR = frozenset({"call", "schedule", "set", "plan", "fix", "slate", "postpone", "move"})
_PAST_AUX = frozenset({"had", "did", "was", "were", "has", "have", "'ve"})
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "be"})
_REPORTING = frozenset(
    {"say", "tell", "report", "announce", "add", "claim", "state", "quote", "write", "note"}
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    order: int
    rule: Rule
    match: re.Match[str]


def _time(text: str, start: int, end: int, reading: Reading) -> Time:
    return Time(
        text=text[start:end],
        start_char=start,
        end_char=end,
        value=reading.value,
        start=reading.start.isoformat() if reading.start else None,
        end=reading.end.isoformat() if reading.end else None,
        precision=reading.precision,
        anchor=reading.anchor,
        type=reading.type,
    )


def resolve_expression(
    text: str, *, published: date | None, context: date | None = None, future: bool = False
) -> Time | None:
    """Normalise one temporal expression as written ("on Friday", "24 Aban 1398"), or None.

    A leading preposition is left out of the result's extent; ``context`` is the
    date that "the next day" or "that year" counts from; ``future`` says the
    expression sits in future narration. Offsets index ``text``.
    """
    stripped = text.rstrip()
    pos = len(stripped) - len(stripped.lstrip())
    lead = _LEADING.match(stripped, pos)
    if lead:
        pos = lead.end()
    frame = Frame(published, Context(context, context, "day") if context else None, future, ahead=future)
    starts: list[tuple[int, str | None]] = [(pos, None)]
    prefix = _PREFIX.match(stripped, pos)
    if prefix:
        starts.append((prefix.end(), prefix["mod"] or prefix["edge"]))
    for begin, modifier in starts:
        for rule in rules():
            m = rule.pattern.fullmatch(stripped, begin)
            if m is None:
                continue
            reading = normalise(rule.name, m, frame)
            if reading is None:
                continue
            if modifier:
                reading = apply_modifier(reading, modifier, frame)
            return _time(stripped, pos, len(stripped), reading)
    return None


def _believable(text: str, cand: _Candidate, ents: list[tuple[int, int, str]]) -> bool:
    """Whether a bare year or month name is really a date here."""
    labels = {label for s, e, label in ents if s < cand.end and cand.start < e}
    if labels & {"DATE", "TIME", "EVENT"}:
        return True
    if labels & _NOT_TIME_ENTS:
        return False
    groups = cand.match.groupdict()
    if groups.get("fy") or groups.get("rel"):
        return True
    return bool(_TEMPORAL_BEFORE.search(text[max(0, cand.start - 20) : cand.start]))


def _is_age(text: str, cand: _Candidate) -> bool:
    return bool(
        _AGE_AFTER.match(text, cand.end) or _AGE_BEFORE.search(text[max(0, cand.start - 8) : cand.start])
    )


def _is_named_day(text: str, cand: _Candidate, ents: list[tuple[int, int, str]]) -> bool:
    """A weekday inside a name ("Bloody Friday", "Good Friday"), not a date.

    The sign is a capitalised word just before it in mid-sentence, unless it is an
    acronym or spaCy reads it as a place or as part of a longer name ("in Zahedan Friday").
    """
    if cand.match["rel"]:
        return False
    # the match, if any, is the letter run right before the trailing spaces (one place only), so a
    # search from a little before it finds the same one as a search from 0; 0 when it is longer
    before = _WORD_BEFORE.search(text, max(0, cand.start - 120), cand.start)
    if before is None and cand.start > 120:
        before = _WORD_BEFORE.search(text, 0, cand.start)
    if not (before and before[1][0].isupper() and before[1].lower() not in _FUNCTION_WORDS):
        return False
    if before[1].isupper():  # "told AFP Friday"
        return False
    for s, e, label in ents:
        if s <= before.start(1) < e and (label in _PLACE_ENTS or (label in _NAME_ENTS and " " in text[s:e])):
            return False
    return True


def _candidates(doc: Doc) -> list[_Candidate]:
    text = doc_text(doc)
    ents = [(e.start_char, e.end_char, e.label_) for e in doc_ents(doc)]
    found: list[_Candidate] = []
    folded = case_folded(text)
    starts = WordStarts(text, folded)  # each rule is tried only where one of its first words is
    may: dict[tuple[tuple[str, ...], tuple[str, ...]], bool] = {}  # rules sharing their words ask once
    for order, rule in enumerate(rules()):
        needs = (rule.needs, rule.needs_cased)
        ok = may.get(needs)
        if ok is None:
            ok = may[needs] = rule.may_match(text, folded)
        if not ok:
            continue  # none of the words it needs: no match to find
        for m in finditer(rule.pattern, text, starts):
            if m.end() <= m.start():
                continue
            cand = _Candidate(m.start(), m.end(), order, rule, m)
            if rule.ambiguous and not _believable(text, cand, ents):
                continue
            if rule.name in ("duration", "shift") and _is_age(text, cand):
                continue
            if rule.name == "weekday" and _is_named_day(text, cand, ents):
                continue
            if rule.name == "day_after" and _TO_THE_DAY.search(text, max(0, cand.start - 20), cand.start):
                continue
            found.append(cand)
    found.sort(key=lambda c: (c.start - c.end, c.start, c.order))
    taken: list[_Candidate] = []
    for cand in found:
        if all(cand.end <= t.start or t.end <= cand.start for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def _governing_verb(tok: Token) -> Token | None:
    for _ in range(7):  # "take part in a rally after Friday prayers": six steps up
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _verb_is_future(verb: Token, depth: int = 0) -> bool:
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in _FUTURE_AUX for a in auxes):
        return True
    if any(a in _PAST_AUX for a in auxes) or verb.tag_ == "VBD":
        return False
    if verb.tag_ == "VB" and verb.dep_ in ("xcomp", "ccomp", "conj") and depth < 2 and verb.head is not verb:
        return (
            verb.head.lemma_ in _FUTURE_HEADS
            or (
                verb.dep_ == "xcomp"
                and verb.head.lemma_ in _DIRECTIVE
                and not any(c.lower_ in ("had", "'d") for c in verb.head.children)  # "had urged …"
            )
            or _verb_is_future(verb.head, depth + 1)
        )
    if verb.tag_ == "VBN":
        return any(a in _PRESENT_AUX for a in auxes)
    if verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBG" and any(a in _PRESENT_AUX for a in auxes)):
        return verb.lemma_ not in _REPORTING
    return False


def _is_future(doc: Doc, start: int, end: int, *, adverbial: bool = False) -> bool:
    """Whether the verb governing ``doc.text[start:end]`` speaks of the future.

    "will"/"would"/"must", or a present tense ("talks resume on Jan. 14"); with ``adverbial``
    a present tense counts only when the expression modifies that verb directly, so that
    "what residents call Friday's killings" stays in the past.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if _called_for(span.root):
        return True
    verb = _governing_verb(span.root)
    if verb is None or not _verb_is_future(verb):
        return False
    if _inquiry_matter(doc, verb, span):
        return False
    if not adverbial or any(c.lower_ in _FUTURE_AUX for c in verb.children) or verb.tag_ in ("VB", "VBN"):
        return True
    return _adverbial(span.root, verb)


# an inquiry and its matter: "calls for an independent inquiry into the killing of three protesters"
_INQUIRY_INTO = re.compile(
    r"\b(?:investigation|inquiry|enquiry|probe)\s+into\s+(?:the|its|their|his|her)\s", re.I
)


def _inquiry_matter(doc: Doc, verb: Token, span: Span) -> bool:
    """ "calls for an independent inquiry into the killing of three protesters by police in Rajbiraj on
    Tuesday": a day written after an inquiry's matter, with no verb between, dates the act the inquiry is
    into (past), not the call, however the parser hung it on the call's verb."""
    if verb.i >= span.start:
        return False
    text = doc_text(doc)
    inquiry = _INQUIRY_INTO.search(text, verb.idx, span.start_char)
    if inquiry is None:
        return False
    return not any(
        t.pos_ in ("VERB", "AUX") or t.lower_ in ("to", "and")
        for t in doc[verb.i + 1 : span.start]
        if t.idx >= inquiry.end()
    )


def _certain_future(doc: Doc, start: int, end: int) -> bool:
    """Future narration beyond doubt: ``will``/``shall``, a day called or set for, a plan or a schedule
    ("is due to", "plans to") - not a present tense ("the store accounts for 70% as of February")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if _called_for(span.root):
        return True
    verb = _governing_verb(span.root)
    if verb is None:
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _WILL for c in verb.children):
        return True
    return verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.lemma_ in _FUTURE_HEADS


def _called_for(tok: Token) -> bool:
    """The date of something called for, announced or planned: "called for a strike on December 28",
    "announced a strike from Thursday" (not "announced results for the fourth quarter")."""
    if tok.dep_ in ("npadvmod", "dobj") and tok.head.tag_ == "VBG" and tok.head.lemma_ in ("start", "begin"):
        return True  # "an indefinite strike starting Monday": a start still ahead
    day = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "pobj" else tok  # "for Wednesday and Thursday"
    if day.dep_ == "pobj" and day.head.lower_ == "for" and day.head.dep_ == "prep":
        # "called a tenth day of strikes for Tuesday", "set the vote for 12 May": the day it is set for
        up = day.head.head
        if up.pos_ in ("NOUN", "PROPN") and up.dep_ == "dobj":
            up = up.head
        if (
            up.lemma_ in _SET_FOR
            # "a service planned for Saturday was cancelled": the day a subject told as done was set for has
            # passed; "detained activists over a rally planned for Saturday" sets it ahead
            and not (up.dep_ == "acl" and up.head.dep_ in ("nsubj", "nsubjpass"))
            and not any(c.lower_ in ("had", "'d") for c in up.children)
        ):
            return True
    cur = tok
    for _ in range(3):
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.lower_ in ("on", "from"):
            cur = cur.head.head
        elif cur.dep_ in ("npadvmod", "compound", "nmod"):
            cur = cur.head
        else:
            return False
        if cur.pos_ in ("VERB", "AUX"):
            return False
        if cur.pos_ in ("NOUN", "PROPN"):
            break
    else:
        return False
    verb = cur.head
    if cur.dep_ == "dobj":
        return verb.lemma_ in _PLANNING
    return (
        cur.dep_ == "pobj"
        and verb.lower_ == "for"
        and verb.head.lemma_ == "call"
        and not any(c.lower_ in ("had", "'d") for c in verb.head.children)
    )


def _adverbial(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` modifies ``verb`` as a time adverbial ("resume Friday", "begin on Jan. 14")."""
    # spaCy makes a new Token object at every access: tokens compare by ``==`` (their place), never ``is``
    if tok.dep_ in ("npadvmod", "advmod", "tmod", "obl") and tok.head == verb:
        return True
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head == verb


def _updates_context(reading: Reading) -> bool:
    return (
        reading.type == "DATE"
        and reading.anchor != "unresolved"
        and reading.start is not None
        and reading.end is not None
        and reading.value is not None
        and not reading.value.endswith("_REF")
        and reading.precision in ("day", "week", "month", "season", "quarter", "year")
    )


def _clockish(time: Time, rule: str) -> bool:
    return rule == "clock" or (rule == "tod" and time.text.lower() in _BARE_TOD)


def _range_ends(text: str, items: list[tuple[Time, str]]) -> list[tuple[Time, str]]:
    """The bare closing day of a month-first range ("July 29-30", "July 4 and 5"), in its month."""
    out: list[tuple[Time, str]] = []
    for k, (time, rule) in enumerate(items):
        out.append((time, rule))
        if (
            rule not in ("mdy", "mdy_span")
            or time.precision != "day"
            or not time.start
            or time.end_char is None
        ):
            continue
        m = _RANGE_END.match(text, time.end_char)
        nxt = items[k + 1][0].start_char if k + 1 < len(items) else None
        if m is None or (nxt is not None and nxt < m.end()):
            continue
        first = date.fromisoformat(time.start)
        try:
            last = first.replace(day=int(m["d"]))
        except ValueError:
            continue
        if last <= first:
            continue
        day = last.isoformat()
        out.append(
            (
                time.replace(
                    text=m["d"], start_char=m.start("d"), end_char=m.end("d"), value=day, start=day, end=day
                ),
                "range_end",
            )
        )
    return out


def _range_years(text: str, items: list[tuple[Time, str]]) -> list[tuple[Time, str]]:
    """ "from March 3 to March 9, 2023": a range's opening day takes the year written at its close;
    so does an opening month ("between September and December 2022", "from March to May 2021")."""
    out = list(items)
    for k in range(len(out) - 1):
        (a, rule), (b, _) = out[k], out[k + 1]
        if (
            a.anchor != "document"
            or a.precision not in ("day", "month")
            or b.anchor != "absolute"
            or b.precision != a.precision
            or not a.start
            or not b.start
            or a.end_char is None
            or b.start_char is None
            or not _RANGE_GAP.fullmatch(text, a.end_char, b.start_char)
        ):
            continue
        close = date.fromisoformat(b.start)
        try:
            moved = date.fromisoformat(a.start).replace(year=close.year)
            if moved > close:  # "30 December to 2 January 2023"
                moved = moved.replace(year=close.year - 1)
        except ValueError:
            continue
        if moved.isoformat() == a.start:
            continue
        if a.precision == "day":
            day = moved.isoformat()
            out[k] = (a.replace(value=day, start=day, end=day, anchor="absolute"), rule)
        else:
            last = (moved.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            out[k] = (
                a.replace(
                    value=moved.isoformat()[:7],
                    start=moved.isoformat(),
                    end=last.isoformat(),
                    anchor="absolute",
                ),
                rule,
            )
    return out


# "a May Day rally in 2025", "killed on 3 March in 2023": a day written without its year, then (after at
# most two lower-case words of its noun) the year it fell in
_DATED_DAYS = frozenset({"dmy", "mdy", "holiday"})  # a calendar day, not "Monday" or "yesterday"
_DAY_THEN_YEAR = re.compile(r"\s+(?:[a-z][a-z-]*\s+){0,2}(?:in|of)\s+")


def _noun_years(text: str, items: list[tuple[Time, str]]) -> list[tuple[Time, str]]:
    """A day read against the publication year takes the year written right after it ("taking part in
    a May Day rally in 2025" is 1 May 2025, not the publication year's May Day)."""
    out = list(items)
    for k in range(len(out) - 1):
        (a, rule), (b, _) = out[k], out[k + 1]
        if (
            rule not in _DATED_DAYS
            or a.anchor != "document"
            or a.precision != "day"
            or b.anchor != "absolute"
            or b.precision != "year"
            or not a.start
            or not b.start
            or a.end_char is None
            or b.start_char is None
            or not _DAY_THEN_YEAR.fullmatch(text, a.end_char, b.start_char)
        ):
            continue
        try:
            moved = date.fromisoformat(a.start[:10]).replace(year=int(b.start[:4]))
        except ValueError:
            continue
        if moved.isoformat() != a.start[:10]:
            day = moved.isoformat()
            out[k] = (a.replace(value=day, start=day, end=day, anchor="absolute"), rule)
    return out


def _merge_clocks(text: str, items: list[tuple[Time, str]]) -> list[Time]:
    """Join a clock time, or a bare ``dawn``, and the day next to it ("10 p.m. Wednesday",
    "Friday at 3 p.m.", "at dawn on Sunday")."""
    out: list[Time] = []
    i = 0
    while i < len(items):
        time, rule = items[i]
        if i + 1 < len(items):
            nxt, nxt_rule = items[i + 1]
            assert time.end_char is not None and nxt.start_char is not None
            gap = text[time.end_char : nxt.start_char]
            pair = None
            if _clockish(time, rule) and not _clockish(nxt, nxt_rule) and _JOIN_CLOCK_FIRST.fullmatch(gap):
                pair = (nxt, time)
            elif _clockish(nxt, nxt_rule) and not _clockish(time, rule) and _JOIN_DAY_FIRST.fullmatch(gap):
                pair = (time, nxt)
            if pair is not None:
                day, clock = pair
                if day.precision == "day" and day.value and day.type == "DATE" and clock.value:
                    hhmm = clock.value.partition("T")[2]
                    start, end = time.start_char, nxt.end_char
                    assert start is not None and end is not None
                    value, type_ = (f"{day.value}T{hhmm}", "TIME") if hhmm else (day.value, day.type)
                    out.append(
                        day.replace(
                            text=text[start:end], start_char=start, end_char=end, value=value, type=type_
                        )
                    )
                    i += 2
                    continue
        out.append(time)
        i += 1
    return out


def _counts_back(rule: str, match: re.Match[str]) -> bool:
    """``the day before``, ``the previous evening``: a day counted back from the one the text last named."""
    if rule not in ("day_after", "the_next"):
        return False
    return match["dir"].lower() in ("before", "previous", "preceding")


def find_times(doc: Doc, *, published: date | None) -> list[Time]:
    """Every temporal expression in ``doc.text``, sorted by offset."""
    text = doc_text(doc)
    context: Context | None = None
    past_context: Context | None = None  # the last context not after the publication day
    day_context: Context | None = None  # a clock time counts from the last day named, not a year
    items: list[tuple[Time, str]] = []
    for cand in _candidates(doc):
        # "since November", "as of February" look back whatever the tense of the verb
        future = not _LOOKS_BACK.search(text, max(0, cand.start - 12), cand.start) and _is_future(
            doc, cand.start, cand.end, adverbial=cand.rule.name == "weekday"
        )
        clockish = cand.rule.name in ("clock", "tod") and day_context is not None
        ahead = future and _certain_future(doc, cand.start, cand.end)
        anchor = day_context if clockish else context
        if (
            not future
            and published is not None
            and anchor is not None
            and anchor.start > published
            and _counts_back(cand.rule.name, cand.match)
        ):
            # "The committee urged supporters to block roads on Saturday. The day before, depositors stormed
            # three banks": a past act's "the day before" counts back from a day already past, not from a
            # day still to come
            anchor = past_context
        frame = Frame(published, anchor, future, ahead=ahead)
        reading = normalise(cand.rule.name, cand.match, frame)
        if reading is None:
            continue
        start = cand.start
        if reading.type in ("DATE", "TIME"):
            prefix = MODIFIER.search(text[max(0, start - 30) : start])
            last_end = (items[-1][0].end_char or 0) if items else 0
            if prefix and start - len(prefix[0]) >= last_end:  # a modifier already read stays with its own
                reading = apply_modifier(reading, prefix["mod"] or prefix["edge"] or prefix["part"], frame)
                start -= len(prefix[0])
        if _updates_context(reading):
            assert reading.start is not None and reading.end is not None
            context = Context(reading.start, reading.end, reading.precision)
            if published is None or reading.end <= published:
                past_context = context
            if reading.precision == "day":
                day_context = context
        if cand.rule.name == "clock" and reading.value is None:
            # keep the clock reading so it can join a day written next to it
            reading = Reading(f"T{clock_value(cand.match)}", None, None, "day", "unresolved", "TIME")
        items.append((_time(text, start, cand.end, reading), cand.rule.name))
    merged = _merge_clocks(text, _noun_years(text, _range_years(text, _range_ends(text, items))))
    return [t if not (t.value or "").startswith("T") else t.replace(value=None) for t in merged]
