"""Attribution frames: the passes over a document's drafts once they are found.

Credit lines ("Reporting by …"), quotations continued past a frame, phrases cut out of a content,
and the nesting of one frame inside another.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .claim_spans import (
    CONTENT_TRIM,
    coordinated,
    cut_before,
    overlaps,
    trim_span,
)
from .frame_base import Frame, FrameBase
from .frame_words import (
    COLON_CREDIT,
    DASH_CREDIT,
    DOCUMENTS,
    EVIDENTIAL,
    FRAME_LEAD,
    LABELS,
    PERSONAL,
    TITLE_CREDIT,
)
from .speaker_phrases import SpeakerPhrase

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["FrameJoins"]


DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "rebut"})


class FrameJoins(FrameBase):
    """The passes over the drafts of :class:`~.frames.FrameFinder`: credits, continued quotations,
    cut phrases and nesting."""

    # -- credit lines: "“…” ― Jane Doe", "Amnesty: 41 killed" -----------------------------------
    def _credits(self, drafts: list[Frame]) -> list[Frame]:
        """A quotation followed by a dash and a name, and a line opened by a name and a colon."""
        used = [d.content for d in drafts]
        out: list[Frame] = []
        for q in self.quotes:
            m = DASH_CREDIT.match(self.text, q.end)
            if m is None or (q.content_start, q.content_end) in used:
                continue
            speaker = self._name_at(m.end(), line_end=True)
            if speaker is not None:
                out.append(
                    self._draft((m.start(1), m.end(1)), (q.content_start, q.content_end), True, speaker, None)
                )
        for p0, p1 in self.paras:
            h = TITLE_CREDIT.fullmatch(self.text, p0, p1)
            if h is not None and not any(p0 <= d.cue[0] < p1 for d in drafts):
                # "Iran Hangs Two Men Over Protests, Rights Group Says": a title-case headline
                words = self._tokens(h.start(2), h.end(2))
                content = trim_span(self.text, p0, h.start(2))
                if words and len(self.text[content[0] : content[1]].split()) >= 3:
                    head = words[-1]
                    speaker = SpeakerPhrase(
                        head=head, start=h.start(2), end=h.end(2), core_start=h.start(2), core_end=h.end(2)
                    )
                    out.append(self._draft((h.start(3), h.end(3)), content, False, speaker, None))
                continue
            m = COLON_CREDIT.match(self.text, p0, p1)
            if m is None or m.group(1).lower() in LABELS:
                continue
            speaker = self._name_at(m.start(1), line_end=False)
            if speaker is None or speaker.end != m.end(1):
                speaker = self._headline_name(m.start(1), m.end(1), p1)
                if speaker is None:
                    continue
            name = self._tokens(speaker.start, speaker.end)
            if (
                not all(t.ent_type_ in {"PERSON", "ORG"} for t in name)
                and not all(t.text.isupper() and len(t.text) > 2 for t in name)
                and not self._named_below(name, p1)
            ):
                continue  # "Cinema: …", "Iran: …": a section or a place, not a speaker ("PENCE:" is one)
            colon = m.end(1)
            content = trim_span(self.text, colon + 1, p1)
            if len(self.text[content[0] : content[1]].split()) >= 3:
                out.append(self._draft((colon, colon + 1), content, False, speaker, None))
        return out

    def _headline_name(self, lo: int, hi: int, line_end: int) -> SpeakerPhrase | None:
        """ "Pence: We Will Accept the Result": one to three capitalised words before the colon of a
        short line (a headline), which the tagger often reads as a common noun or an adjective; a
        speaker only when :meth:`_named_below` finds it named further on."""
        if len(self.text[lo:line_end].split()) > 20:
            return None
        words = [t for t in self._tokens(lo, hi) if not t.is_space]
        if not 1 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() for t in words):
            return None
        if any(t.ent_type_ in {"GPE", "LOC", "DATE", "TIME", "NORP"} for t in words):
            return None
        head = words[-1]
        end = head.idx + len(head.text)
        return SpeakerPhrase(head=head, start=words[0].idx, end=end, core_start=words[0].idx, core_end=end)

    def _named_below(self, name: list[Token], line_end: int) -> bool:
        """Every word of a headline's name comes back below it inside a person's or an organisation's
        name ("Pence: …" over "Vice presidential nominee Mike Pence said …"), or the name is one word
        for a document that states findings itself ("Poll: …", "Survey: …", as "a poll found")."""
        if len(name) == 1 and name[0].lower_ in DOCUMENTS:
            return True
        words = {t.text for t in name}
        found: set[str] = set()
        for ent in self.doc.ents:
            if ent.start_char >= line_end and ent.label_ in {"PERSON", "ORG"}:
                found.update(t.text for t in ent)
        return bool(words) and words <= found

    def _name_at(self, char: int, *, line_end: bool) -> SpeakerPhrase | None:
        """A proper name (a person or an organisation, not a place) written from ``char`` on."""
        first = self._tokens(char, min(char + 1, len(self.text)))
        start = first[0] if first else None
        if start is None or start.idx < char or "\n" in self.text[char : start.idx]:
            return None
        tokens: list[Token] = []
        for tok in self.doc[start.i :]:
            if tok.pos_ != "PROPN" and not (tokens and tok.lower_ in {"of", "for", "de", "al", "-"}):
                break
            tokens.append(tok)
            if "\n" in tok.whitespace_:
                break
        while tokens and tokens[-1].pos_ != "PROPN":
            tokens.pop()
        if not tokens or len(tokens) > 6 or any(t.ent_type_ in {"GPE", "LOC", "DATE"} for t in tokens):
            return None
        end = tokens[-1].idx + len(tokens[-1].text)
        rest = self.text[end : self.para_of(char)[1]]
        if line_end and rest.strip().strip(" ,.;") and not re.match(r"\s*[,“\"]", rest):
            # the line goes on after the name (but "“…” ― Jane Doe “…” ― John Roe" lists credits)
            return None
        head = tokens[-1]
        return SpeakerPhrase(head=head, start=tokens[0].idx, end=end, core_start=tokens[0].idx, core_end=end)

    # -- quotations ----------------------------------------------------------------------------
    def _continuations(self, drafts: list[Frame]) -> list[Frame]:
        """Quotations with no cue of their own that go on right after an attributed one."""
        used = [d.content for d in drafts]
        ordered = sorted(drafts, key=lambda d: d.hi)
        out: list[Frame] = []
        for q in self.quotes:
            qspan = (q.content_start, q.content_end)
            if any(overlaps(qspan, u) for u in used):
                continue
            if any(q.start <= d.cue[0] < q.end for d in drafts):
                continue
            words = len(self.text[q.content_start : q.content_end].split())
            prev = [d for d in ordered + out if d.hi <= q.start]
            if not prev or words < 2:
                continue
            last = max(prev, key=lambda d: d.hi)
            if words < 4 and not last.quote:
                continue  # a short quotation after a paraphrase is more likely a title or a slogan
            gap_lo = self.evidence(last.lo, last.hi)[1]
            if gap_lo > q.start and not last.quote:
                continue  # a slogan later in the paraphrase's sentence ("…, chanting "…"") goes on nothing
            gap = self.text[gap_lo : q.start] if gap_lo <= q.start else ""
            if gap.strip():
                continue
            root = last.parent or last
            d = Frame(cue=root.cue, content=qspan, quote=True, speaker=root.speaker, verb=root.verb)
            d.cited = root.cited
            d.parent = root
            out.append(d)
        return out

    # -- nesting -------------------------------------------------------------------------------
    def _cut_phrases(self, drafts: list[Frame]) -> None:
        """'X said Y, according to Z': the according-phrase is no part of X's content."""
        for p in drafts:
            if p.phrase is None:
                continue
            for d in drafts:
                if d is p or d.quote or not (d.content[0] <= p.phrase[0] and p.phrase[1] <= d.content[1]):
                    continue
                if not self.text[p.phrase[1] : d.content[1]].strip(CONTENT_TRIM + ".!?"):
                    d.content = trim_span(self.text, d.content[0], p.phrase[0])
                elif not self.text[d.content[0] : p.phrase[0]].strip(CONTENT_TRIM):
                    d.content = trim_span(self.text, p.phrase[1], d.content[1])

    def _nest(self, drafts: list[Frame]) -> None:
        """Attach each claim to the claims whose content holds it; drop outer frames.

        "State TV reported that police said …": the police claim gets State TV in its
        chain and the State TV claim, a mere frame, is dropped. "X said A, and Y
        reported B": Y's claim is coordinated, not nested; X's content stops before it.
        """
        for inner in drafts:
            if inner.parent is not None or inner.speaker is None:
                continue
            for outer in drafts:
                if outer is inner or outer.parent is not None:
                    continue
                c0, c1 = outer.content
                if inner.content[0] <= outer.cue[0] < inner.content[1]:
                    continue  # each inside the other: no nesting
                if (
                    outer.speaker is not None
                    and inner.speaker.start == outer.speaker.start
                    and inner.verb is not None
                    and inner.verb.dep_ == "conj"
                    and c0 < inner.cue[0] < c1
                    and not outer.quote
                    # a denial keeps its whole object ("rejected that account and said …"): the
                    # denial records read it
                    and (outer.verb is None or outer.verb.lemma_.lower() not in DENYING_VERBS)
                ):
                    # "X said they would continue … and called on Y to …": X's second act is no part
                    # of what X said
                    cut = cut_before(self.text, c0, min(inner.verb.left_edge.idx, inner.cue[0]))
                    if cut[1] > cut[0]:
                        outer.content = cut
                    continue
                if not (c0 <= inner.cue[0] and inner.cue[1] <= c1 and c0 <= inner.speaker.start):
                    continue
                if inner.verb is not None and coordinated(inner.verb) and not outer.quote:
                    cut = cut_before(self.text, c0, min(inner.verb.left_edge.idx, inner.cue[0]))
                    if cut[1] > cut[0]:
                        outer.content = cut
                    continue
                inner.outer.append(outer)
                if inner.nominal:
                    continue  # "the ministry rejected Amnesty's allegation that …": two claims
                findings = outer.verb is not None and outer.verb.lemma_.lower() in EVIDENTIAL
                if self._belief(inner) or inner.weak or findings or inner.speaker.head.lower_ in PERSONAL:
                    # "X said she thinks …", "X said it had documented …", "X told Y that the man
                    # had complained of pains": X's claim holds it
                    inner.dropped = True
                    continue
                lead = self.text[c0 : inner.lo].split()
                if not inner.weak and len(lead) <= FRAME_LEAD and inner.hi >= c1 - 2:
                    outer.dropped = True
        for d in drafts:
            d.outer = [o for o in d.outer if o.content[0] <= d.cue[0] < o.content[1]]
            d.outer.sort(key=lambda o: o.content[0] - o.content[1])  # widest (outermost) first
