"""Speakers named so far in a document (entries with person, number and gender), and the
plain look-ups over them that the searches of :class:`~.speakers.SpeakerMemory` share."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..records import Actor, Place
from .cues import CueLexicon
from .speaker_actors import _is_generic, build_speaker, guess_kind
from .speaker_heads import _fits, _stems, _title_before, _words
from .speaker_phrases import speaker_phrase
from .syntax import kids

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

__all__ = ["CONTINUING", "SpeakerEntries", "written_gender"]


_ORG_ENTS = frozenset({"ORG", "NORP", "GPE", "FAC"})
_TITLES = frozenset({"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "sen.", "rep."})

# Verbs that go on with what the speaker before said: "He added that …", "She continued".
CONTINUING = frozenset({"add", "continue", "go", "stress", "note", "insist"})

_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_TITLE_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}
# nouns that tell a person's gender; not "spokesman" or "chairman": papers write them of women too
_MALE_NOUNS = frozenset({"man", "father", "brother", "son", "husband", "boy", "uncle", "nephew"})
_FEMALE_NOUNS = frozenset({"woman", "mother", "sister", "daughter", "wife", "girl", "aunt", "niece"})
_NOUN_GENDER = dict.fromkeys(_MALE_NOUNS | {"grandfather", "businessman", "widower"}, "m") | dict.fromkeys(
    _FEMALE_NOUNS | {"grandmother", "spokeswoman", "businesswoman", "chairwoman", "widow"}, "f"
)


def written_gender(text: str) -> str | None:
    """The gender a speaker is written with: "she", "Mrs Abena …", "his sister", "Police spokesman X"
    (a title or a gendered noun; a possessive pronoun before the noun is someone else's)."""
    words = [w.lower() for w in re.findall(r"[\w.]+", text)]
    if len(words) == 1 and words[0] in _PRONOUN_GENDER:
        return _PRONOUN_GENDER[words[0]]
    for w in words:
        if w in _TITLE_GENDER:
            return _TITLE_GENDER[w]
        if w in _NOUN_GENDER:
            return _NOUN_GENDER[w]
    return None


def _phrase_text(tok: Token) -> str:
    """The words of ``tok``'s phrase, its apposition included ("the commissioner, Mr Okello")."""
    return doc_text(tok.doc)[tok.left_edge.idx : tok.right_edge.idx + len(tok.right_edge.text)]


@dataclass(slots=True)
class _Entry:
    actor: Actor
    person: bool
    plural: bool
    head: str
    words: frozenset[str]
    at: int = 0  # where the speaker was last named or referred to
    gender: str | None = None  # "m" / "f" once a "he" or "she" referred to it

    def agrees(self, pronoun: str) -> bool:
        """The entry can be what ``pronoun`` ("he", "she" …) stands for: no gender told against it."""
        want = _PRONOUN_GENDER.get(pronoun)
        have = self.gender or written_gender(self.actor.text or "")
        return want is None or have is None or want == have


@dataclass(slots=True)
class SpeakerEntries:
    """The speakers a document has named so far, and the plain look-ups over them and its mentions.

    The state of :class:`~.speakers.SpeakerMemory`; the searches for an antecedent and for the
    issuer of a statement build on it.
    """

    lexicon: CueLexicon
    entries: list[_Entry] = field(default_factory=list)
    actors: tuple[Actor, ...] = ()
    quoted: tuple[tuple[int, int], ...] = ()  # quotation spans: names inside them are not antecedents
    issuers: dict[str, _Entry] = field(default_factory=dict)  # who issued the last statement, letter …
    publisher: str | None = None  # who "we" / "our" are in the publisher's own voice
    places: tuple[Place, ...] = ()  # toponyms in text order: "the province's governor" is placed

    def _actors_at(self, idx: int) -> Iterator[Actor]:
        """The actor mentions covering character offset ``idx``, in the order the actor stage found them."""
        return (
            a
            for a in self.actors
            if a.start_char is not None and a.end_char is not None and a.start_char <= idx < a.end_char
        )

    def _owner_only(self, actor: Actor, head: Token) -> bool:
        """A known actor mention that covers a modifier of a definite organisation noun but not the
        noun itself ("the UN agency", "the Iranian group")."""
        if head.lemma_.lower() not in self.lexicon.anaphor_nouns.get("organisation", frozenset()):
            return False
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
            return False
        for c in kids(head):
            if (
                c.dep_ == "appos"
                and c.i > head.i
                and any(a.identifier == actor.identifier for a in self._actors_at(c.idx))
            ):
                return (
                    False  # "the Oslo-based group Iran Human Rights": the name in apposition is the group's
                )
        return not any(a.identifier == actor.identifier for a in self._actors_at(head.idx))

    def _person_named_before(self, head: Token, role: str | None) -> _Entry | None:
        """The last person named before ``head`` in its paragraph or the two before, outside
        quotations; with ``role``, only one the text gave that role in apposition ("Narges
        Mohammadi, a prominent activist" … "the activist said")."""
        text = doc_text(head.doc)
        floor = head.idx
        for _ in range(3):
            floor = text.rfind("\n", 0, max(floor - 1, 0))
            if floor < 0:
                break
        for tok in reversed(head.doc[: head.i]):
            if tok.idx <= floor:
                break
            if tok.dep_ == "compound" or tok.pos_ != "PROPN" or self._in_quote(tok.idx):
                continue
            aged = any(c.like_num for c in kids(tok))  # "Maryam Hosseini, 34,"
            if tok.ent_type_ != "PERSON" and role is None and not aged:
                continue
            if role is not None:
                appos = [c for c in kids(tok) if c.dep_ == "appos"]
                if tok.dep_ == "appos":
                    appos.append(tok.head)
                if not any(a.lemma_.lower() == role for a in appos):
                    continue
            named = speaker_phrase(tok)
            first = min(
                (t for t in tok.lefts if t.dep_ == "compound" and t.lower_ not in _TITLES),
                key=lambda t: t.i,
                default=tok,
            )  # "Mr Kwabena Asante-Darko" -> "Kwabena Asante-Darko"
            named = dataclasses.replace(
                named,
                start=first.idx,
                end=tok.idx + len(tok.text),
                core_start=first.idx,
                core_end=tok.idx + len(tok.text),
            )
            actor = build_speaker(named, self.actors, self.lexicon)
            return _Entry(
                actor=actor,
                person=True,
                plural=False,
                head=tok.lemma_.lower(),
                words=_words(actor.name),
                at=tok.idx,
            )
        return None

    def _in_quote(self, at: int) -> bool:
        return any(a <= at < b for a, b in self.quoted)

    def _as_publisher(self, actor: Actor, publisher: str) -> Actor:
        """``actor`` named as the publisher (the actor mention of the publisher's name, if any)."""
        want = _words(publisher)
        known = next(
            (
                a
                for a in self.actors
                if not _is_generic(a) and any(_words(n) == want for n in (a.name, *a.aliases))
            ),
            None,
        )
        if known is not None:
            return dataclasses.replace(
                known, text=actor.text, start_char=actor.start_char, end_char=actor.end_char, role="speaker"
            )
        return dataclasses.replace(
            actor, name=publisher, aliases=(), kind=guess_kind(publisher, self.lexicon)
        )

    def _remember(self, head: Token, actor: Actor) -> None:
        self.entries.append(
            _Entry(
                actor=actor,
                person=self._is_person(head),
                plural=self._is_plural(head),
                head=head.lemma_.lower(),
                words=_words(actor.name, actor.text or "", *actor.aliases),
                at=head.idx,
            )
        )

    def _continued(self, pronoun: Token) -> _Entry | None:
        """ "The ministry said … . He added that …": with no person to stand for, a "he" or
        "she" who adds or goes on continues the body that spoke in the sentence before."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in CONTINUING or not self.entries:
            return None
        doc = pronoun.doc
        sent = pronoun.sent
        if sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        last = self.entries[-1]
        if before.start_char <= last.at < sent.start_char and not last.plural:
            return last
        return None

    def _person_mentioned_before(self, pronoun: Token) -> _Entry | None:
        """The last person named before ``pronoun`` (same or previous paragraph), when no
        person speaker was named in the last two sentences."""
        doc = pronoun.doc
        sent = pronoun.sent
        window_start = doc[max(sent.start - 1, 0)].sent.start_char if sent.start > 0 else sent.start_char
        word = pronoun.lower_
        if any(e.person and not e.plural and e.at >= window_start and e.agrees(word) for e in self.entries):
            return None
        text = doc_text(doc)
        floor = text.rfind("\n\n", 0, text.rfind("\n\n", 0, pronoun.idx))
        best: Token | None = None
        for tok in doc[: pronoun.i]:
            if tok.idx <= floor or any(a <= tok.idx < b for a, b in self.quoted):
                continue
            if tok.dep_ not in {"nsubj", "nsubjpass", "appos", "attr"} or tok.pos_ not in {"PROPN", "NOUN"}:
                continue  # subjects are what a later "he" / "she" picks up
            person = tok.ent_type_ == "PERSON" or tok.lemma_.lower() in self.lexicon.person_nouns
            if person and tok.tag_ not in {"NNS", "NNPS"}:
                gender = written_gender(_phrase_text(tok))
                if gender is None or _PRONOUN_GENDER.get(word, gender) == gender:
                    best = tok
        if best is None:
            return None
        named = speaker_phrase(best)
        actor = build_speaker(named, self.actors, self.lexicon)
        return _Entry(
            actor=actor,
            person=True,
            plural=False,
            head=best.lemma_.lower(),
            words=frozenset(w.lower() for w in re.findall(r"\w+", actor.name)),
            at=best.idx,
        )

    def _body_nouns(self) -> frozenset[str]:
        return self.lexicon.anaphor_nouns.get("organisation", frozenset())

    def _is_person(self, head: Token) -> bool:
        for appos in kids(head):  # "Georgian Dream, the ruling party": the apposition decides
            if appos.dep_ == "appos" and appos.pos_ == "NOUN":
                if appos.lemma_.lower() in self.lexicon.person_nouns:
                    return True
                if appos.lemma_.lower() in self.lexicon.anaphor_all:
                    return False
            if (
                appos.dep_ == "appos"
                and appos.pos_ == "PROPN"
                and appos.ent_type_ == "PERSON"
                and head.pos_ == "NOUN"
                and head.tag_ == "NN"
                and not head.ent_type_
                and head.lemma_.lower() not in self.lexicon.anaphor_all
            ):
                return True  # "the province's chief justice, Ali Mostafavi-Nia": a person's office
            if (
                appos.dep_ == "appos"
                and appos.ent_type_ == "PERSON"
                and head.dep_ == "pobj"
                and head.head.lower_ == "of"
                and head.head.head.lemma_.lower() in self.lexicon.person_nouns
            ):
                return True  # "the governor of Izeh, Mohammad Rezaei": the name hung on the office's place
        if head.pos_ == "PROPN" and any(
            t.dep_ == "compound" and t.pos_ == "NOUN" and t.lemma_.lower() in self._body_nouns()
            for t in head.lefts
        ):
            # "the civil society coalition Togo Debout": a body's name after its class noun, whatever
            # entity the tagger gives the name
            return False
        if head.ent_type_ == "PERSON":
            return True
        if head.pos_ == "PROPN" and any(
            c.dep_ in {"appos", "amod", "npadvmod"} and c.like_num and c.i == head.i + 2 for c in kids(head)
        ):
            return True  # "Khan, 72, has been …": an age makes a name a person's
        if (
            head.pos_ == "PROPN"
            and head.lemma_.lower() not in self.lexicon.anaphor_all
            and any(t.dep_ == "compound" and t.lower_ in self.lexicon.person_nouns for t in head.lefts)
        ):
            # a title before the name, whatever the tagger says: "Police spokeswoman X" (not a body's
            # name: "the Border Guard Command")
            return True
        if head.pos_ == "PROPN" and any(
            c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in kids(c))
            for c in kids(head)
        ):
            # "Macuacua, who says he won the election, called …": "who" stands for a person, whatever
            # entity the tagger gives an unfamiliar name
            return True
        if head.ent_type_ in _ORG_ENTS:
            return False
        if head.lemma_.lower() in self.lexicon.person_nouns:
            return True
        return any(t.lower_ in _TITLES for t in head.lefts)

    @staticmethod
    def _is_plural(head: Token) -> bool:
        return head.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in kids(head))

    def _unquoted_sentence_before(self, pronoun: Token) -> int:
        """Where the sentence before ``pronoun``'s starts (token index), passing over sentences that
        lie wholly inside a quotation: in 'The minister dismissed the reports. "A. B," he said.' the
        sentence before "he" is the minister's, not the first sentence of the quotation."""
        doc = pronoun.doc
        start = pronoun.sent.start
        while start > 0:
            before = doc[start - 1].sent
            start = before.start
            if not self._quoted_sentence(before.start_char, before.end_char):
                break
        return start

    def _quoted_sentence(self, start: int, end: int) -> bool:
        """The sentence ``start``..``end`` (characters) lies wholly inside one quotation."""
        return any(a <= start and end <= b for a, b in self.quoted)

    def _named(self, tok: Token) -> bool:
        """An organisation with a name: an ORG entity or a mention the actor stage found."""
        return tok.ent_type_ == "ORG" or next(self._actors_at(tok.idx), None) is not None

    def _agent(self, tok: Token) -> bool:
        """A plural noun that can say something: people, an organisation, an actor mention."""
        lemma = tok.lemma_.lower()
        if tok.ent_type_ in {"PERSON", "ORG", "NORP"} or lemma in self.lexicon.person_nouns:
            return True
        if lemma in self.lexicon.anaphor_all or guess_kind(tok.text, self.lexicon) != "unknown":
            return True
        return next(self._actors_at(tok.idx), None) is not None

    def _named_for_generic(self, head: Token, generic: Actor) -> _Entry | None:
        """A named actor mentioned earlier whose name or alias holds every word of a generic one
        ("the ombudsman's office" -> Public Defender of Georgia, alias Georgian Ombudsman)."""
        source = next(
            (
                a
                for a in self.actors
                if a.identifier == generic.identifier
                and a.start_char is not None
                and generic.start_char is not None
                and generic.end_char is not None
                and generic.start_char <= a.start_char < generic.end_char
            ),
            generic,
        )  # the dictionary's name of the generic ("Ombudsman"), not the words as written
        need = {w.lower() for w in re.findall(r"\w+", source.name)}
        if not need:
            return None
        for actor in sorted(self.actors, key=lambda a: a.start_char or 0, reverse=True):
            if actor.start_char is None or actor.start_char >= head.idx or _is_generic(actor):
                continue
            words = {w.lower() for w in re.findall(r"\w+", " ".join((actor.name, *actor.aliases)))}
            if need <= words:
                return _Entry(
                    actor=actor, person=False, plural=False, head=head.lemma_.lower(), words=frozenset(words)
                )
        return None

    def _named_before(
        self,
        head: Token,
        lemma: str,
        *,
        by_kind: bool,
        owner: str | None = None,
        need: frozenset[str] = frozenset(),
    ) -> _Entry | None:
        """A named actor mentioned before ``head`` that the role noun fits: its name holds the
        noun ("the committee" -> Central Committee of Sudanese Doctors), or, for an organisation
        noun, its kind is the noun's ("the party" -> a political party)."""
        kind = guess_kind(lemma, self.lexicon) if by_kind else "unknown"
        if kind == "state":
            kind = "unknown"  # too broad to pick one actor ("the office")
        for actor in sorted(self.actors, key=lambda a: a.start_char or 0, reverse=True):
            if actor.start_char is None or actor.start_char >= head.idx or _is_generic(actor):
                continue
            if any(a <= actor.start_char < b for a, b in self.quoted):
                continue
            words = {w.lower() for w in re.findall(r"\w+", actor.name)}
            if not _fits(_stems(" ".join((actor.name, actor.text or "", *actor.aliases))), need, owner):
                continue
            person = lemma in self.lexicon.person_nouns
            if person and lemma in _title_before(doc_text(head.doc), actor):
                # "President Nicolas Maduro … what the president described": the titled person
                return _Entry(
                    actor=actor,
                    person=True,
                    plural=False,
                    head=lemma,
                    words=frozenset(words),
                    at=actor.start_char,
                )
            if lemma in words or head.lower_ in words or (kind != "unknown" and actor.kind == kind):
                return _Entry(
                    actor=actor,
                    person=False,
                    plural=False,
                    head=lemma,
                    words=frozenset(words),
                    at=actor.start_char,
                )
        return None
