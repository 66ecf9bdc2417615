"""Claims: who says what.

:func:`find_claims` reads the parsed document and finds attributed statements
in their common English forms:

- a speech verb with its subject ("X said / told / confirmed / warned / denied …"),
  its complement clause ("said that …"), an adjacent quotation (``"…," he said``;
  ``he said: "…"``), or for some verbs its object ("confirmed 230 deaths");
- "according to X", "as X put it", "X put the toll at N", "X's figures show",
  "a report by X found", "by X's (own) count" (docs/gold-format.md N17);
- passives that name the speaker ("X was quoted as saying", "is said by X to");
  a passive without a speaker ("is reported to have", "reportedly") is the
  publisher's hedged assertion and is not a claim;
- "X, citing Y, said …" and "state TV reported that police said …": the innermost
  speaker is the claim's speaker, the outer ones go in ``Claim.chain``;
- quotations that go on after the attributed one (next sentence or paragraph)
  keep its speaker;
- pronouns and role nouns ("he said", "the group added") resolve to the most
  recent compatible earlier speaker (:class:`~.speakers.SpeakerMemory`), or to
  the subject of the latest main clause ("the governor met elders … He said");
  a modified role noun needs its modifiers in the earlier name ("the Tabriz
  guild"), an owned one takes its owner ("the group's director" -> "<group>
  director");
- claim nouns with a named owner ("Amnesty's allegation that …");
- a press release's bulleted points under "X calls on the government to:" (one claim over the
  points) or under "The Secretariat:" (a claim per point that opens with its verb), :mod:`.claim_lists`;
- "CONTENT, SPEAKER said." where the parser lost the speaker, wire credit lines
  ("“…” ― Jane Doe", "Amnesty International: 41 killed", transcript labels
  "WALLACE: …") and title-case headlines ("…, Rights Group Says").

Findings and suggestions count when a person or an institution states them
("the agency found that", "he suggested that"), not a thing ("video shows").
Judgement verbs ("criticised", "praised") need more than their target, counting
verbs ("recorded", "counted", "identified") a finding (a number, an "as"
phrase); "warned them of arrest" threatens its addressee and states nothing.

Calls to action ("called for a strike", "called on supporters to gather",
"urged", "appealed for", "vowed to", "threatened to", "warned officials to")
are claims; the event they call for is ``predicted`` (see :mod:`.status`), and
an event they merely mention is the publisher's.

What is not a claim: a subject that denies speech ("No group claimed …"), a
cue inside another claim's speaker phrase ("X, who asked not to be named,
said"), intentions ("wants to", "plans to") and speech verbs under them
("requires candidates to disclose", "refused to confirm"), a negated verb of
saying ("has not acknowledged", "did not confirm"; "did not deny" stays), and a
short quotation right after a verb of naming ("the barricades residents call
"resistance points""). Beliefs with a clause ("X believes that …") are claims
unless another claim holds them. A statement, letter or message speaks for
whoever issued it. Two frames of one speaker over the same words ('"…," the
doctor said by telephone, asking not to be named') are one claim, framed by
the nearer cue.

A claim in a headline whose figures come back in a later claim is the same
claim: only the later one is kept (a lead sentence's claim stays).

Conventions of the records:

- ``content`` is one contiguous span. A quotation's content is the quoted words
  without the marks; a quotation split by its frame (``"A," she said, "B."``) or
  continued in the next sentence of its paragraph (``"A," said X. "B."``) is one
  claim whose content runs from A to B over the frame (a frame inside its content,
  as for a paraphrase). A quotation that goes on in the next paragraph, or after
  another sentence, is a claim of its own with the same speaker and cue.
  A paraphrase with a quoted fragment inside (a partial quote) has the whole
  complement as content and ``quote`` False. A frame inside its sentence ("The
  museum, Mr. Obama said, would …") leaves the sentence around it as content;
  so does a closing frame followed by a consequence of the report ("…, the
  army said, killing seven"), but not by a new clause ("…, police said, while
  …") or by the speaker's own participle ("…, she said, adding that …").
- A relative pronoun before the frame ("the protests, which the authorities
  say were instigated …") is not content; an "according to" after a relative
  clause that closes someone else's claim vouches for that clause only.
- A content that ends on a figure keeps the breakdown written right after it
  ("put the toll at 24, of which 11 …", "96 people had died, including 17
  police officers").
- ``time`` is when it was said: a time expression on the verb of saying, or on
  the statement or occasion it was said in ("in a statement issued on Monday",
  "speaking at a news conference on Sunday"), never one inside the content.
- ``speaker`` offsets are the phrase as written in this claim ("He", "the
  group"); its ``name`` and ``kind`` come from the actor mention over it, or from
  the earlier speaker a pronoun or role noun refers to.
- A nested frame ("state TV reported that police said …") gives one claim; a
  coordinated one ("X said A, and Y reported B") gives two.
- Verbs with a modal ("would announce"), beliefs inside another claim ("said she
  thinks"), chanted slogans and verbs whose subject is a video or photo are not claims.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..records import Actor, Claim, Magnitude, Span, Time, inferred
from .claim_denials import relative_denials
from .claim_lists import list_frames
from .claim_spans import trim_span
from .cues import CueLexicon, load_cue_lexicon
from .frame_base import Frame
from .frame_words import RELATIVE
from .frames import FrameFinder
from .mentions import Mentions
from .quotes import find_quotes
from .speaker_acronyms import AcronymIndex, acronym_aliases
from .speaker_actors import build_speaker
from .speaker_phrases import SpeakerPhrase, speaker_phrase
from .speakers import SpeakerMemory
from .status_media import is_publisher, news_staff
from .syntax import char_span, kids, per_doc

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_claims"]

log = logging.getLogger(__name__)

_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_WORD = re.compile(r"[A-Za-z]{4,}")
_STOP = frozenset(
    {"over", "with", "after", "from", "that", "this", "their", "have", "been", "were", "will", "into"}
)


def find_claims(mentions: Mentions) -> list[Claim]:
    """Attributed statements, ids ``cl1``, ``cl2`` … in text order."""
    doc = mentions.doc
    if not doc_text(doc).strip():
        return []
    lexicon = load_cue_lexicon()
    finder = FrameFinder(doc, lexicon, find_quotes(doc_text(doc)))
    drafts = finder.run()
    drafts.extend(_count_frames(finder, drafts))
    drafts.extend(list_frames(finder, drafts))
    drafts.extend(relative_denials(finder, drafts))
    return _build(drafts, mentions, lexicon, finder)


# what "by X's count" names: X's own reckoning of a figure ("by the government's own count", "by
# our tally", "by the Observatory's estimate")
_COUNT_NOUNS = frozenset({"count", "tally", "reckoning", "estimate", "calculation", "figures"})


def _count_frames(finder: FrameFinder, drafts: list[Frame]) -> list[Frame]:
    """ "At least 30 people were killed, by the government's own count": the count's owner vouches for
    the clause the phrase closes or opens (docs/gold-format.md N17: "by X's count" is "according to
    X"); only an owned count ("by police estimate" and "by any count" are no one's)."""
    taken = [d.cue for d in drafts]
    out: list[Frame] = []
    for tok in tokens(finder.doc):
        if tok.lower_ != "by" or tok.dep_ not in {"prep", "agent"} or finder.in_quote(tok.idx) is not None:
            continue
        noun = next((c for c in kids(tok) if c.dep_ == "pobj"), None)
        if noun is None or noun.lemma_.lower() not in _COUNT_NOUNS:
            continue
        owner = next((c for c in kids(noun) if c.dep_ == "poss"), None)
        cue = (tok.idx, noun.idx + len(noun.text))
        if owner is None or any(c[0] < cue[1] and cue[0] < c[1] for c in taken):
            continue
        content = _vouched_clause(finder, cue[0], noun.right_edge.idx + len(noun.right_edge.text))
        if content is not None:
            out.append(
                Frame(cue=cue, content=content, quote=False, speaker=speaker_phrase(owner), phrase=cue)
            )
    return out


def _vouched_clause(finder: FrameFinder, lo: int, hi: int) -> tuple[int, int] | None:
    """The larger side, outside the phrase ``lo``…``hi``, of the clause it stands in: its sentence up
    to a semicolon ("…, by the Observatory's count; the authorities have acknowledged 35")."""
    text = finder.text
    start, end = finder.sentence_of(lo)
    start = max(start, text.rfind(";", start, lo) + 1)
    cut = text.find(";", hi, end)
    end = cut if cut >= 0 else end
    before = trim_span(text, start, lo)
    after = trim_span(text, hi, end)
    best = before if before[1] - before[0] >= after[1] - after[0] else after
    return best if len(text[best[0] : best[1]].split()) >= 3 else None


# -- building records ----------------------------------------------------------------------------


def _build(drafts: list[Frame], mentions: Mentions, lexicon: CueLexicon, finder: FrameFinder) -> list[Claim]:
    text = doc_text(mentions.doc)
    memory = SpeakerMemory(
        lexicon,
        actors=mentions.actors,
        quoted=tuple((q.start, q.end) for q in finder.quotes),
        publisher=mentions.document.publisher,
        places=tuple(sorted(mentions.places, key=lambda p: p.start_char)),
    )
    resolved: dict[int, Actor] = {}
    chain_cache: dict[int, Actor] = {}
    acronyms = AcronymIndex.of(text)

    def actor_for(phrase: SpeakerPhrase) -> Actor:
        key = phrase.start * 1_000_003 + phrase.end
        if key not in chain_cache:
            found = memory.resolve(phrase, build_speaker(phrase, mentions.actors, lexicon))
            chain_cache[key] = acronym_aliases(found, acronyms)
        return chain_cache[key]

    ordered = sorted(drafts, key=lambda d: (d.lo, d.cue[0]))
    for d in ordered:
        root = d.parent or d
        if id(root) in resolved:
            resolved[id(d)] = resolved[id(root)]
            continue
        if root.speaker is None:
            continue
        remembered = list(memory.entries) if root.reported else None
        for phrase in root.cited:
            actor_for(phrase)
        resolved[id(root)] = actor_for(root.speaker)
        resolved[id(d)] = resolved[id(root)]
        if remembered is not None:
            # "X denied reports in foreign media that …. It said": X stays the last speaker, the
            # reporters are remembered before it ("… a report by HRW. The New York-based group said")
            reporters = [e for e in memory.entries if all(e is not r for r in remembered)]
            memory.entries = remembered[:-1] + reporters + remembered[-1:]

    named = [d for d in ordered if not _naming(d, text) and not _unsaid(d) and not _house_voice(d)]
    kept, ends = _join_parts(_one_per_content(_merge_headline(named, mentions, finder)), text)
    claims: list[Claim] = []
    reports: set[int] = set()  # positions of claims that are someone's report another speaker answers
    for d in kept:
        speaker = resolved.get(id(d))
        if speaker is None:
            continue
        if d.reported:
            reports.add(len(claims))
        root = d.parent or d
        if id(d) in ends:
            d = dataclasses.replace(d, content=(d.content[0], ends[id(d)]))
        elif not d.quote:
            d = dataclasses.replace(d, content=_with_breakdown(text, d.content))
        chain: list[Actor] = []
        for outer in root.outer:
            chain.extend(actor_for(p) for p in outer.cited)
            if outer.speaker is not None:
                chain.append(actor_for(outer.speaker))
        chain.extend(actor_for(p) for p in root.cited)
        figures = () if d.answers else _magnitudes_in(d.content, mentions.magnitudes)
        if not figures and _staff_narration(root, speaker, mentions.document.publisher):
            continue  # "our correspondent reported that police beat marchers": the publisher's narration
        if root.sight and not (figures and is_publisher(speaker, mentions.document.publisher)):
            continue  # "a Kalo Wire reporter saw police fire tear gas": the publisher's narration (M20)
        relative = _relative_subject(root)
        if relative is not None:
            # "an architect who said he was stiffed": the phrase as written in this claim is "who"
            # (its name stays the one it stands for, as a pronoun's does, and the words it stands
            # for stay among its aliases)
            stood_for = speaker.text
            before = speaker
            speaker = dataclasses.replace(
                speaker,
                aliases=(
                    speaker.aliases
                    if not stood_for or stood_for in speaker.aliases
                    else (*speaker.aliases, stood_for)
                ),
                text=relative.text,
                start_char=relative.idx,
                end_char=relative.idx + len(relative.text),
            )
            speaker = inferred(speaker, before, "claims.relative")
        lo = min(d.lo, root.lo)
        ev = finder.evidence(lo, max(d.hi, root.hi) if d.parent is None else d.hi)
        if d.parent is not None:
            ev = finder.evidence(min(root.lo, d.lo), d.hi)
        claims.append(
            Claim(
                id=f"cl{len(claims) + 1}",
                speaker=speaker,
                cue=_span(text, d.cue),
                content=_span(text, d.content),
                quote=d.quote,
                time=_time_of(root, mentions),
                magnitudes=figures,
                evidence=_span(text, ev),
                chain=tuple(_dedupe(chain, speaker)),
            )
        )
    return _reports_first(claims, reports) if reports else claims


def _relative_subject(d: Frame) -> Token | None:
    """The relative pronoun that is the subject of a frame in a relative clause ("a student who said",
    "the ministry, which denied"), written after the noun it stands for."""
    verb = d.verb
    if verb is None or verb.dep_ != "relcl" or d.speaker is None:
        return None
    rel = next((c for c in kids(verb) if c.dep_ == "nsubj" and c.lower_ in RELATIVE), None)
    if rel is None or rel.idx < d.speaker.end:
        return None
    return rel


def _staff_narration(d: Frame, speaker: Actor, publisher: str | None) -> bool:
    """ "Our correspondent reported that …", "our reporter in the city said …", "according to IRNA's
    correspondent" in an IRNA story: the publisher's own staff telling what they saw, with no count, is
    no claim (docs/gold-format.md M9); a witness they quote or reach speaks for itself."""
    return d.speaker is not None and is_publisher(speaker, publisher) and news_staff(d.speaker.head, d.verb)


def _reports_first(claims: list[Claim], reports: set[int]) -> list[Claim]:
    """A report comes before the statement in its sentence that answers it ("the ministry rejected
    reports in foreign media that …": the media's claim, then the ministry's): the report was made
    first. Ids follow the new order."""
    order = list(range(len(claims)))
    for j in sorted(reports):
        r = claims[j]
        at = order.index(j)
        for pos, i in enumerate(order[:at]):
            c = claims[i]
            if (
                c.evidence == r.evidence
                and c.content.start < r.content.end
                and r.content.start < c.content.end
            ):
                order.insert(pos, order.pop(at))
                break
    return [dataclasses.replace(claims[i], id=f"cl{n + 1}") for n, i in enumerate(order)]


# verbs that give a thing its name: "what residents call "Bloody Friday"", "a camp they called "GotaGoGama""
_NAMING = frozenset({"call", "dub", "name", "nickname", "christen"})


def _naming(d: Frame, text: str) -> bool:
    """A short quotation right after a verb of naming is the name of something, not a statement
    ("the barricades they call "resistance points""); "called the protesters "terrorists"" (an
    object between) and "called for "…"" stay claims."""
    if not d.quote or d.verb is None or d.verb.lemma_.lower() not in _NAMING:
        return False
    if d.content[0] < d.cue[1] or text[d.cue[1] : d.content[0]].strip(" \"“”'‘’"):
        return False
    return len(text[d.content[0] : d.content[1]].split()) <= 3


def _unsaid(d: Frame) -> bool:
    """A negated verb of saying says nothing: "the government has not acknowledged ordering the
    cuts", "police did not confirm the toll", "the ministry never commented on …"."""
    verb = d.verb
    if verb is None or verb.lemma_.lower() in _NEGATING:
        return False
    # the negation of the verb group itself ("has not said"), not a "not" the parse hung on it
    # from a quotation or a clause around it ('"Probably not," she said')
    return any(c.dep_ == "neg" and verb.i - 3 <= c.i < verb.i for c in kids(verb))


# verbs whose negation still reports a position ("did not deny" is not made a claim either way by
# them; "would not rule out" has a modal and never reaches here)
_NEGATING = frozenset({"deny", "reject", "dispute"})


# unnamed commentators a report lets recall or note its own background (docs/gold-format.md N16)
_HOUSE_COMMENTATORS = frozenset({"observer", "expert"})
_HOUSE_VERBS = frozenset({"note", "recall", "remind", "point"})


def _house_voice(d: Frame) -> bool:
    """ "Observers recall that …", "Experts note that …": bare, unnamed commentators who recall or
    note background are the publisher's own device, not a speaker (N16); a named or modified speaker
    ("European Union observers noted", "two experts") and other verbs ("observers say") stay claims."""
    if d.speaker is None or d.verb is None or d.verb.lemma_.lower() not in _HOUSE_VERBS:
        return False
    head = d.speaker.head
    if head.lemma_.lower() not in _HOUSE_COMMENTATORS or head.tag_ != "NNS":
        return False
    return not any(c.i < head.i for c in kids(head)) and head.dep_ == "nsubj" and head.head == d.verb


# the parts of a figure a report gives right after it: "put the toll at 24, of which 11 …",
# "at 41, including five children", "at more than 800, among them 30 journalists", "27 soldiers had
# been injured, four of them seriously"
_BREAKDOWN = re.compile(
    r",\s+(?:of\s+(?:which|whom)|including|among\s+(?:them|whom)|(?:\d[\d,]*|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|some|most|many|several|all)\s+of\s+(?:them|whom))\s[^,;.]*"
)


# a content the parser cut right after the words that open its breakdown ("said 70 people had been
# detained, among them" + "its deputy coordinator, …, who was taken from his home")
_OPENED = re.compile(
    r",\s+(?:including|among\s+(?:them|whom)|of\s+(?:which|whom)|(?:\d[\d,]*|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|some|most|many|several|all)\s+of\s+(?:them|whom))\s*$",
    re.IGNORECASE,
)
# where such a breakdown ends: the next clause of the sentence ("…, and accused police of …")
_BREAKDOWN_END = re.compile(r";|,\s+(?:and|but|while|as|who\s+said)\s|[.!?](?:\s|$)")


def _with_breakdown(text: str, content: tuple[int, int]) -> tuple[int, int]:
    """A content that ends on a figure ("put the toll at 24", "said 96 people had died") with the
    breakdown written right after it; a content cut right after "among them" with the rest of it."""
    if _OPENED.search(text, max(content[0], content[1] - 40), content[1]) is not None:
        stop = _BREAKDOWN_END.search(text, content[1], min(content[1] + 400, len(text)))
        end = stop.start() if stop is not None else min(content[1] + 400, len(text))
        while end > content[1] and text[end - 1] in " ,":
            end -= 1
        return (content[0], end) if "\n" not in text[content[1] : end] else content
    m = _BREAKDOWN.match(text, content[1], min(content[1] + 200, len(text)))
    if m is None or _FIGURE.search(text, max(content[0], content[1] - 60), content[1]) is None:
        return content
    return (content[0], m.end())


_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)\b", re.IGNORECASE
)


def _one_per_content(drafts: list[Frame]) -> list[Frame]:
    """One claim per content and speaker: two frames of one speaker over the same words ('"…," the
    doctor said by telephone, asking not to be named') are one statement, framed by the cue nearest
    to it ("The ministry rejected Amnesty's allegation that …" keeps both speakers' claims)."""
    best: dict[tuple[int, int, int, int], Frame] = {}

    def key(d: Frame) -> tuple[int, int, int, int]:
        who = (d.speaker.start, d.speaker.end) if d.speaker is not None else (-1, -1)
        return (*d.content, *who)

    for d in drafts:
        other = best.get(key(d))
        if other is None or _distance(d) < _distance(other):
            best[key(d)] = d
    return [d for d in drafts if best[key(d)] is d]


def _distance(d: Frame) -> int:
    """How far the cue stands from its content (0 when it is inside or touches it)."""
    return max(d.cue[0] - d.content[1], d.content[0] - d.cue[1], 0)


# the most text a frame between two parts of one quotation may take ('," said Jane Doe, a lawyer. "')
_PART_GAP = 200


def _join_parts(drafts: list[Frame], text: str) -> tuple[list[Frame], dict[int, int]]:
    """One claim for a quotation its frame splits ('"A," she said, "B."') or that goes on in the
    next sentence of its paragraph ('"A," said X. "B."'): the parts after the first are dropped and
    the first one's content runs to the end of the last (``ends``: frame id -> new content end)."""
    out: list[Frame] = []
    ends: dict[int, int] = {}
    last: dict[tuple[int, int], Frame] = {}  # by cue: the first part of the quotation going on
    for d in drafts:
        first = last.get(d.cue) if d.quote else None
        if first is not None:
            end = ends.get(id(first), first.content[1])
            gap = text[end : d.content[0]]
            if 0 <= len(gap) <= _PART_GAP and "\n" not in gap and _frame_only(gap):
                if _named_in_frame(gap):
                    continue  # '"A," X said on "Meet the Press."': the title of a show, not her words
                ends[id(first)] = d.content[1]
                continue
        if d.quote:
            last[d.cue] = d
        out.append(d)
    return out, ends


def _frame_only(gap: str) -> bool:
    """The text between two parts holds only a closing mark, a frame and an opening mark (no other
    sentence): at most one full stop, and quotation marks on both sides."""
    marks = sum(gap.count(m) for m in ('"', "“", "”"))
    return marks == 2 and gap.count(". ") <= 1


# the end of a frame that runs into a quoted part it names rather than continues: a preposition or
# a possessive right before the opening mark ('," X said on "Meet the Press."', "on Channel 4's
# "Morning Show""); a part that continues the quotation follows a comma, a full stop or a
# conjunction ('," she said, "B', '," he said, but "B')
_NAMED_AFTER = re.compile(
    r"(?:\b(?:on|in|to|at|from|for|with|by|of|about)|[A-Za-z0-9][’']s)\s*[\"“]\s*$", re.IGNORECASE
)


def _named_in_frame(gap: str) -> bool:
    """The second quoted part stands inside the frame as a name (a show, a paper, a book)."""
    return _NAMED_AFTER.search(gap) is not None


def _dedupe(chain: list[Actor], speaker: Actor) -> list[Actor]:
    out: list[Actor] = []
    for a in chain:
        if (a.start_char, a.end_char) == (speaker.start_char, speaker.end_char):
            continue
        if any((a.start_char, a.end_char) == (b.start_char, b.end_char) for b in out):
            continue
        out.append(a)
    return out


def _merge_headline(drafts: list[Frame], mentions: Mentions, finder: FrameFinder) -> list[Frame]:
    """Drop a headline / first-sentence claim whose figures or words come back in a later claim."""
    if len(drafts) < 2:
        return drafts
    first_end = finder.sents[0][1]
    text = doc_text(mentions.doc)
    out: list[Frame] = []
    for d in drafts:
        if d.lo < first_end and d.parent is None and finder._headline(d.cue[0]):
            later = [o for o in drafts if o.lo >= first_end]
            if any(_same_content(d, o, text, mentions.magnitudes) for o in later):
                log.debug("headline claim at %d merged into a later claim", d.cue[0])
                continue
        out.append(d)
    return out


def _same_content(a: Frame, b: Frame, text: str, magnitudes: tuple[Magnitude, ...]) -> bool:
    # values only: a headline's "Two Men" may get another kind than the body's "two men" hanged
    ma = {m.value for m in _magnitudes_in(a.content, magnitudes)}
    mb = {m.value for m in _magnitudes_in(b.content, magnitudes)}
    if ma and mb:
        return bool(ma & mb)
    na = {n.replace(",", "") for n in _NUMBER.findall(text[a.content[0] : a.content[1]])}
    nb = {n.replace(",", "") for n in _NUMBER.findall(text[b.content[0] : b.content[1]])}
    if na and nb:
        return bool(na & nb)
    wa = _stems(text[a.content[0] : a.content[1]])
    wb = _stems(text[b.content[0] : b.content[1]])
    shared = len(wa & wb)
    return shared >= 2 and shared >= 0.5 * len(wa)


def _stems(text: str) -> set[str]:
    """Content words cut to four letters, so "hangs" meets "hanged" (headline and body)."""
    return {w.lower()[:4] for w in _WORD.findall(text) if w.lower() not in _STOP}


def _magnitudes_in(content: tuple[int, int], magnitudes: tuple[Magnitude, ...]) -> tuple[Magnitude, ...]:
    return tuple(m for m in magnitudes if content[0] <= m.start_char and m.end_char <= content[1])


def _time_of(d: Frame, mentions: Mentions) -> Time | None:
    """When it was said: a time expression that modifies the cue verb ("said on Friday")."""
    verb = d.verb
    if verb is None:
        return None
    doc = mentions.doc
    attachments: dict[tuple[int, int], tuple[int, ...] | None] = per_doc(doc, _ATTACHMENTS, dict)
    for t in mentions.times:
        if t.start_char is None or t.end_char is None:
            continue
        if d.content[0] <= t.start_char < d.content[1]:
            continue
        key = (t.start_char, t.end_char)
        if key not in attachments:
            attachments[key] = _attachment(doc, t.start_char, t.end_char)
        found = attachments[key]
        if found is not None and verb.i in found:
            return t
    return None


_ATTACHMENTS = "eventwire.claims.time_attachments"


# dependencies a time expression may climb to reach the verb of saying: "said on Friday", "said in
# a statement on Tuesday", "in a statement issued on Monday, … said", "speaking at a news
# conference on Sunday, … said" (never out of a complement clause: that is the content's time)
_TIME_PATH = frozenset({"prep", "pobj", "acl", "advcl", "npadvmod", "advmod"})


def _attachment(doc: Doc, start: int, end: int) -> tuple[int, ...] | None:
    """The token indices a time expression modifies: the head of its root, and up to five words
    above it along prepositions, their objects and participles; asked per claim, kept per Doc."""
    span = char_span(doc, start, end)
    if span is None:
        return None
    tok = span.root
    out: list[int] = []
    for _ in range(6):
        if tok.dep_ not in _TIME_PATH and out:
            break
        if tok.head is tok:
            break
        tok = tok.head
        out.append(tok.i)
    return tuple(out)


def _span(text: str, bounds: tuple[int, int]) -> Span:
    return Span(text=text[bounds[0] : bounds[1]], start=bounds[0], end=bounds[1])
