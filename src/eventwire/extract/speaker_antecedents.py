"""The earlier speaker that "he", "they", "the group", "the ministry" or "the 34-year-old"
stands for: recency plus a person / organisation / head-noun check."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..nlp.text import ents as doc_ents
from ..records import Actor, inferred
from .speaker_actors import _is_generic, build_speaker, guess_kind
from .speaker_entries import _PRONOUN_GENDER, SpeakerEntries, _Entry, _phrase_text, written_gender
from .speaker_heads import (
    _age_noun,
    _bare,
    _class_bearer,
    _fits,
    _main_clause,
    _noun_name,
    _office_of,
    _other_office,
    _said_same,
    _stem,
    _stems,
    _title_in,
    _words,
)
from .speaker_phrases import speaker_phrase
from .syntax import kids, token_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["AntecedentSearch"]


# role nouns that may refer to any earlier organisation speaker ("the group added")
_GENERIC_GROUP = frozenset({"group", "organisation", "organization", "body"})
# bodies people belong to, which a report names once and then calls "the party", "the alliance"
_MEMBERSHIP = frozenset(
    {"party", "alliance", "coalition", "movement", "front", "union", "federation", "association", "bloc"}
)
# possessive pronouns of a member: "his party said" is the party named with him
_PERSON_OWNERS = frozenset({"his", "her", "their"})
# who organised a protest: "the organisers said" after "the protest was organised by X"
_ORGANISER_NOUNS = frozenset({"organiser", "organizer"})
_ORGANISING = frozenset({"organise", "organize", "call", "stage", "lead", "convene"})
# who lead a body: "its leaders said" is the body speaking
_LEADERSHIP = frozenset({"leader", "leadership"})
# generic nouns for a body that are not said of the state, its forces, its courts or the press
_NONSTATE = frozenset({"group", "organisation", "organization"})
_OFFICIAL = frozenset({"state", "security_forces", "judiciary", "media"})

# modifiers that describe a group without naming it ("the London-based monitor")
_DESCRIPTIVE = frozenset(
    {"based", "-based", "-", "semi", "official", "run", "semi-official", "state-run", "ruling", "governing"}
    | {"funded", "backed", "owned", "affiliated", "linked", "state", "independent", "local"}
)
# general words for an office holder and the speaker kinds they can refer back to
_HYPERNYMS: dict[str, frozenset[str]] = {
    "official": frozenset({"state", "security_forces", "judiciary"}),
    "officer": frozenset({"security_forces"}),
}
# how far back (characters) a description of a private person picks up the last speaker
_CARRY = 600

# left dependents a definite role noun may have and still refer back ("the ruling party")
_DEFINITE_LEFTS = frozenset({"det", "poss", "compound", "amod"})


def _plural_description(entry: _Entry) -> bool:
    """A plural speaker described, not named ("Internet monitoring groups", "Families of two of the
    four"): no singular "the group" stands for it. A plural subject that names one body ("The
    organisers, the civic initiative X") or a dictionary name ("Reporters Without Borders") may."""
    if not entry.plural or (entry.actor.identifier is not None and not _is_generic(entry.actor)):
        return False
    words = entry.actor.name.split(" of ", 1)[0].split()
    return bool(words) and words[-1].lower().endswith("s") and not words[-1].lower().endswith("ss")


class AntecedentSearch(SpeakerEntries):
    """The earlier speaker a pronoun, role or description ("he", "the group", "the ministry") stands for."""

    __slots__ = ()

    def _antecedent(self, head: Token) -> _Entry | None:
        lex = self.lexicon
        word = head.lower_
        lemma = head.lemma_.lower()
        recent = list(reversed(self.entries))
        if word in lex.person_pronouns:
            people = [e for e in recent if e.person and not e.plural]
            return next((e for e in people if e.agrees(word)), people[0] if people else None)
        if word in lex.plural_pronouns:
            return next((e for e in recent if e.plural or not e.person), None)
        if word in lex.thing_pronouns:
            return next((e for e in recent if not e.person), None)
        if word == "one" and head.pos_ in {"NUM", "PRON"}:
            return next((e for e in recent if e.plural), None)  # "One said …" after "Cellmates said …"
        if _said_same(head):
            # "The same division said", "the same media had claimed": the one named so before
            same = {word, lemma}
            spoken = next((e for e in recent if e.head in same or same & e.words), None)
            return spoken or self._same_named_before(head, same)
        if _age_noun(head):
            # "the 34-year-old said": the last person spoken of
            last = next((e for e in recent if e.person and not e.plural), None)
            if last is not None and head.idx - last.at <= _CARRY:
                return last
            return self._person_named_before(head, None)
        lefts = [t for t in head.lefts if t.dep_ != "punct"]
        poss = next((t for t in lefts if t.dep_ == "poss"), None)
        determiner = next((t.lower_ for t in lefts if t.dep_ == "det"), None)
        if determiner is None and poss is not None and poss.pos_ == "NOUN":
            # "the doctors' committee", "the ombudsman's office": the role noun is still definite
            determiner = next((t.lower_ for t in poss.lefts if t.dep_ == "det"), None)
        titled = determiner == "the" and head.ent_type_ != "PERSON" and lemma in lex.person_nouns
        if (head.pos_ == "PROPN" or head.ent_type_) and not titled:
            # (a capitalised office, "the Minister", "the President", is a role noun like any other)
            if (
                head.ent_type_ not in {"GPE", "NORP", "ORG"}
                and not (head.text.isupper() and len(head.text) > 1)  # "GOHRI": an acronym, no surname
                and not any(t.dep_ == "compound" for t in head.lefts)
                and not _other_office(head, lemma, lex)
            ):
                # a surname alone after the full name: "Rezaei said"
                return next((e for e in recent if e.person and word in e.words and len(e.words) > 1), None)
            titles = [t.lower_.rstrip(".") for t in head.lefts if t.dep_ == "compound"]
            if titles and head.ent_type_ not in {"GPE", "NORP", "ORG"} and not head.text.isupper():
                # a title and the surname after the full name: "Brig Gen Habimana" after "RDF
                # spokesperson Brig Gen Jean-Paul Habimana" (the earlier mention gave every title word)
                return next(
                    (
                        e
                        for e in recent
                        if e.person
                        and word in e.words
                        and len(e.words) > len(titles) + 1
                        and all(_title_in(t, e.words) for t in titles)
                        and not _words(e.actor.name) <= {word, *titles}
                    ),
                    None,
                )
            return None
        if (
            determiner == "the"
            and head.tag_ == "NNS"
            and any(t.dep_ == "nummod" for t in lefts)
            and all(t.dep_ in {"det", "nummod"} for t in lefts)
            and (lemma in lex.anaphor_all or lemma in lex.person_nouns)
        ):
            # "Amnesty and HRW said … The two groups said": the last speakers named together
            return next(
                (
                    e
                    for e in recent
                    if (e.plural or " and " in (e.actor.text or ""))
                    and e.person == (lemma in lex.person_nouns)
                ),
                None,
            )
        if lemma in _MEMBERSHIP and poss is not None and poss.lower_ in _PERSON_OWNERS and len(lefts) == 1:
            # "Nika Beridze, who heads the opposition Unity for Change party, was pulled from a car, his
            # party said": the party named with its member
            return self._classed_before(head, lemma, near=True) or self._group_named_near(head, unlisted=True)
        if lemma in _LEADERSHIP and poss is not None and poss.lower_ == "its" and len(lefts) == 1:
            # "The BRDC has called a ville morte. Its leaders warned …": the body "its" stands for
            return self._body_before(head)
        if determiner != "the" or any(t.dep_ not in _DEFINITE_LEFTS for t in lefts):
            return None
        if poss is not None and poss.pos_ != "NOUN":
            return None
        person_noun = lemma in lex.person_nouns
        # "the telecommunications authority", "the Tabriz guild": every modifier is in the earlier name
        # "the Norway-based organisation": where a group is based describes it, it does not name it
        need = frozenset(
            _stem(t.text) for t in lefts if t.dep_ in {"compound", "amod"} and t.lower_ not in _DESCRIPTIVE
        ) | _office_of(head, person_noun)
        if poss is not None and person_noun and not need and poss.lemma_.lower() in lex.anaphor_all:
            return self._owned_by(head, poss)  # "the group's director"
        owner = _stem(poss.text) if poss is not None and poss.lemma_.lower() not in _PLACE_OWNERS else None
        everyone = recent
        recent = [e for e in recent if _fits(_stems(" ".join(e.words)), need, owner)]
        if lemma in lex.anaphor_nouns.get("organisation", frozenset()):
            # "the group" is no plural "groups" named before ("Internet monitoring groups reported …
            # Amnesty International called … The group said": Amnesty)
            single = not self._is_plural(head)
            named = next(
                (
                    e
                    for e in recent
                    if not e.person
                    and (e.head == lemma or lemma in e.words)
                    and not (single and _plural_description(e))
                ),
                None,
            )
            if named is None and lemma in _GENERIC_GROUP and owner is None and not need:
                # "the group said" is no police force, ministry, court or news agency that spoke last
                official = _OFFICIAL if lemma in _NONSTATE else frozenset()
                named = next(
                    (
                        e
                        for e in recent
                        if not e.person
                        and e.actor.kind not in official
                        and not (single and _plural_description(e))
                    ),
                    None,
                )
            if named is None and owner is None and need:
                named = self._of_kind(head, everyone, need)
            if named is None and owner is None and not need and lemma not in _GENERIC_GROUP:
                # "according to the exile news site Iran Azad. The outlet reported": a speaker of the
                # noun's kind comes before any other mention of that kind
                kind = guess_kind(lemma, self.lexicon)
                if kind not in {"unknown", "state"}:
                    named = next((e for e in recent if not e.person and e.actor.kind == kind), None)
            named = named or self._named_before(
                head, lemma, by_kind=owner is None and not need, owner=owner, need=need
            )
            if named is None and owner is None and not need:
                named = self._classed_before(head, lemma)
            if named is None and lemma in _GENERIC_GROUP and owner is None and not need:
                named = self._group_named_near(head)
            if named is None and lemma in _BUSINESS and owner is None:
                named = self._company_before(head)
            if named is None and owner is None and not need:
                # "State television said … The broadcaster said": the last speaker of the noun's kind
                kind = guess_kind(lemma, self.lexicon)
                if kind not in {"unknown", "state"}:
                    named = next((e for e in recent if not e.person and e.actor.kind == kind), None)
            if named is None and lemma in _MEMBERSHIP and owner is None and not need:
                # "police arrested four members of the Convergence for Social Democracy (CPDS), the
                # party said": the body named in this sentence or the one before, of any group kind
                named = self._group_named_near(head, unlisted=True)
            return named
        if lemma in lex.anaphor_all or person_noun:
            # a person noun refers back to a person, an institution noun to an institution
            # ("the judiciary" is not "the judiciary spokesman")
            plural = self._is_plural(head)
            named = next(
                (
                    e
                    for e in recent
                    if e.person == person_noun
                    and (e.head == lemma or lemma in e.words)
                    and (not person_noun or e.plural == plural or " and " in (e.actor.text or ""))
                ),
                None,
            )  # "the residents" are not "one resident"
            if (
                named is not None
                and lemma not in _words(named.actor.name)
                and named.head != lemma
                and " and " in (named.actor.text or "")
            ):
                # "Residents and a doctor at the hospital said … the doctor said": that one of them
                # (not "The Minister for Roads and Bridges, Mr X, said … the Minister said": the head
                # of the earlier phrase is this role noun, the name beside it the one who holds it)
                name = _bare(doc_text(head.doc)[head.left_edge.idx : head.idx + len(head.text)])
                return _Entry(
                    actor=dataclasses.replace(named.actor, name=name, aliases=(), identifier=None),
                    person=person_noun,
                    plural=self._is_plural(head),
                    head=lemma,
                    words=_words(name),
                    at=head.idx,
                )
            named = named or self._named_before(head, lemma, by_kind=False, owner=owner, need=need)
            if named is None and lemma in _ORGANISER_NOUNS and poss is None and not need:
                named = self._organiser_before(head)
            if named is None and person_noun and poss is None and need:
                named = self._described_before(head, recent)
            if named is None and person_noun and poss is None:
                named = self._person_named_before(head, lemma)  # "X, a prominent activist" … "the activist"
            if named is None and lemma in _HYPERNYMS and poss is None:
                named = self._hypernym_before(head, recent, _HYPERNYMS[lemma])
            return named
        return None

    def _same_named_before(self, head: Token, same: set[str]) -> _Entry | None:
        """The last noun phrase before ``head`` (outside quotations) whose head is the noun of "the same
        X": "messages from influencers in Florida" … "the same influencers"."""
        for tok in reversed(head.doc[: head.i]):
            if tok.pos_ != "NOUN" or not ({tok.lower_, tok.lemma_.lower()} & same) or self._in_quote(tok.idx):
                continue
            phrase = speaker_phrase(tok)
            actor = build_speaker(phrase, self.actors, self.lexicon)
            return _Entry(
                actor=actor,
                person=self._is_person(tok),
                plural=self._is_plural(tok),
                head=tok.lemma_.lower(),
                words=_words(actor.name, actor.text or ""),
                at=tok.idx,
            )
        return None

    def _organiser_before(self, head: Token) -> _Entry | None:
        """ "The protest was organised by the opposition coalition X … The organisers said": the body
        a protest was organised or called by, in the text before (outside quotations)."""
        doc = head.doc
        for tok in reversed(doc[: head.i]):
            if tok.lemma_.lower() not in _ORGANISING or tok.tag_ != "VBN" or self._in_quote(tok.idx):
                continue
            agent = next((c for c in kids(tok) if c.dep_ == "agent"), None)
            body = next((o for o in kids(agent) if o.dep_ == "pobj"), None) if agent is not None else None
            if body is None or body.ent_type_ == "PERSON" or body.pos_ not in {"NOUN", "PROPN"}:
                continue
            phrase = speaker_phrase(body)
            actor = build_speaker(phrase, self.actors, self.lexicon)
            if _is_generic(actor) or actor.kind in _OFFICIAL:
                continue
            return _Entry(
                actor=actor,
                person=False,
                plural=False,
                head=body.lemma_.lower(),
                words=_words(actor.name, actor.text or ""),
                at=body.idx,
            )
        return None

    def _classed_before(self, head: Token, lemma: str, *, near: bool = False) -> _Entry | None:
        """The last name the text gave with ``lemma`` as its class noun before ``head``: "the Inclusive
        Alliance coalition" or "the Front Commun, an alliance of opposition parties" … "the
        coalition / the alliance said" (outside quotations)."""
        doc = head.doc
        floor = doc[head.sent.start - 1].sent.start if near and head.sent.start > 0 else 0
        for tok in reversed(doc[floor : head.i]):
            if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN" or self._in_quote(tok.idx):
                continue
            name = _class_bearer(tok)
            if name is None:
                continue
            start, end = name
            text = doc_text(doc)[start:end]
            covering = next((a for a in self.actors if a.start_char == start and not _is_generic(a)), None)
            actor = covering or Actor(
                text=text,
                start_char=start,
                end_char=end,
                name=_bare(text),
                aliases=(),
                kind=guess_kind(f"{text} {lemma}", self.lexicon),
                role="speaker",
                country=None,
            )
            words = _words(actor.name) | {lemma}
            return _Entry(actor=actor, person=False, plural=False, head=lemma, words=words, at=start)
        return None

    def _body_before(self, head: Token) -> _Entry | None:
        """The body that spoke last within the last sentences, else a non-state one named in this
        sentence or the one before: what "its" of "its leaders" stands for."""
        body = next((e for e in reversed(self.entries) if not e.person), None)
        if body is not None and head.idx - body.at <= _CARRY:
            return body
        return self._group_named_near(head, unlisted=True)

    def _group_named_near(self, head: Token, *, unlisted: bool = False) -> _Entry | None:
        """ "… the highest figure recorded by Iran Human Rights (IHRNGO), the organisation said": a
        non-state body named in this sentence or the one before, when no speaker came earlier.
        ``unlisted``: also an organisation the actor dictionary does not know (kind unknown, an
        organisation name to the parser)."""
        doc = head.doc
        sent = head.sent
        floor = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        for actor in sorted(self.actors, key=lambda a: a.start_char or 0, reverse=True):
            if actor.start_char is None or not floor <= actor.start_char < head.idx or _is_generic(actor):
                continue
            if any(a <= actor.start_char < b for a, b in self.quoted):
                continue
            if actor.kind not in _GROUP_KINDS and not (unlisted and self._unlisted_body(actor, doc)):
                continue
            words = frozenset(w.lower() for w in re.findall(r"\w+", actor.name))
            return _Entry(actor=actor, person=False, plural=False, head=head.lemma_.lower(), words=words)
        return None

    def _unlisted_body(self, actor: Actor, doc: Doc) -> bool:
        """An organisation the actor dictionary does not know: the parser's, and no toponym."""
        if actor.kind != "unknown" or actor.start_char is None:
            return False
        tok = token_at(doc, actor.start_char)
        if tok is None or tok.ent_type_ != "ORG":
            return False
        start, end = actor.start_char, actor.end_char or actor.start_char + 1
        return not any(p.start_char < end and start < p.end_char for p in self.places)

    def _company_before(self, head: Token) -> _Entry | None:
        """ "Rail workers at the state-owned SNCF struck …, the company said": the last organisation
        the parser names in this sentence or the one before (outside quotations)."""
        doc = head.doc
        sent = head.sent
        floor = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        found = None
        for ent in doc_ents(doc):
            if ent.start_char >= head.idx:
                break
            if ent.label_ == "ORG" and ent.start_char >= floor and not self._in_quote(ent.start_char):
                found = ent
        if found is None:
            return None
        actor = Actor(
            text=found.text,
            start_char=found.start_char,
            end_char=found.end_char,
            name=_bare(found.text),
            aliases=(),
            kind=guess_kind(found.text, self.lexicon),
            role="speaker",
            country=None,
        )
        return _Entry(
            actor=actor,
            person=False,
            plural=False,
            head=head.lemma_.lower(),
            words=_words(actor.name),
            at=found.start_char,
        )

    def _of_kind(self, head: Token, recent: list[_Entry], need: frozenset[str]) -> _Entry | None:
        """ "Amnesty International said … the rights group added": modifiers that only say what
        kind of organisation it is ("rights", "news") are met by the last organisation speaker of
        that kind; any other modifier must still be in its name."""
        words = [
            t.text
            for t in head.subtree
            if t.i < head.i
            and t.dep_ not in {"det", "poss", "punct", "case"}
            and t.lower_ not in _DESCRIPTIVE
        ]
        kind = guess_kind(" ".join([*words, head.text]), self.lexicon)
        if kind in {"unknown", "state"} or not need:
            return None
        keywords = next((kws for k, kws in self.lexicon.kind_keywords if k == kind), ())
        rest = _stems(" ".join(words)) - _stems(" ".join(keywords))
        return next(
            (
                e
                for e in recent
                if not e.person and e.actor.kind == kind and _fits(_stems(" ".join(e.words)), rest, None)
            ),
            None,
        )

    def _hypernym_before(self, head: Token, recent: list[_Entry], kinds: frozenset[str]) -> _Entry | None:
        """ "The governor was quoted as saying … The official added …": a general word for an office
        holder is the last person speaker of that kind, when it spoke within the last sentences."""
        last = next((e for e in recent if e.person and not e.plural), None)
        if last is None or last.actor.kind not in kinds or head.idx - last.at > _CARRY:
            return None
        return last

    def _described_before(self, head: Token, recent: list[_Entry]) -> _Entry | None:
        """ "Former cellmates told … One said … "They were killing him," the former prisoner said":
        a definite description of a private person (not an office: "the governor") whose modifiers
        all describe the last speaker too (``recent`` holds only such speakers) is that speaker,
        when it was named no better and spoke within the last sentences."""
        if guess_kind(head.lemma_.lower(), self.lexicon) not in {"unknown", "civilians"}:
            return None
        last = next((e for e in recent if e.person), None)
        if last is None or (last.actor.identifier and not _is_generic(last.actor)):
            return None
        if head.idx - last.at > _CARRY:
            return None
        return last

    def _owned_by(self, head: Token, owner: Token) -> _Entry | None:
        """ "the group's director": a person of the organisation the possessor refers back to."""
        org = self._antecedent(owner)
        if org is None or org.person:
            return None
        name = f"{org.actor.name} {head.text}"
        actor = dataclasses.replace(org.actor, name=name, aliases=(), identifier=None)
        return _Entry(
            actor=actor,
            person=True,
            plural=self._is_plural(head),
            head=head.lemma_.lower(),
            words=frozenset(w.lower() for w in re.findall(r"\w+", actor.name)),
            at=head.idx,
        )

    def _owned_role(self, head: Token) -> _Entry | None:
        """ "the party's southern office", "the company's management", "the station's director": a
        role or unit of the organisation a definite possessor noun refers back to, named after it
        ("MDP southern office"; also "southern office of MDP")."""
        poss = next((c for c in kids(head) if c.dep_ == "poss" and c.i < head.i), None)
        if poss is None or poss.pos_ != "NOUN":
            return None
        lemma = poss.lemma_.lower()
        bodies = self.lexicon.anaphor_nouns.get("organisation", frozenset())
        # also a state body: "the department's press service", "the committee's press service"
        offices = self.lexicon.anaphor_nouns.get("state", frozenset())
        if lemma not in bodies and lemma not in offices:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in poss.lefts):
            return None
        org = self._antecedent(poss) or (self._classed_before(poss, lemma) if lemma in bodies else None)
        if org is None or org.person:
            return None
        marker = next((c for c in kids(poss) if c.dep_ == "case"), poss)
        rest = doc_text(head.doc)[marker.idx + len(marker.text) : head.idx + len(head.text)].strip()
        if not rest:
            return None
        name = f"{org.actor.name} {rest}"
        # the body's own other names go with the role ("GKNB press service")
        also = tuple(f"{a} {rest}" for a in org.actor.aliases)
        actor = dataclasses.replace(
            org.actor, name=name, aliases=(f"{rest} of {org.actor.name}", *also), identifier=None
        )
        actor = inferred(actor, org.actor, "speaker_antecedents.owned_role")
        return _Entry(
            actor=actor,
            person=head.lemma_.lower() in self.lexicon.person_nouns,
            plural=self._is_plural(head),
            head=head.lemma_.lower(),
            words=_words(name),
            at=head.idx,
        )

    def _subject_before(self, pronoun: Token, after: int) -> _Entry | None:
        """The subject of a main clause between the last speaker (``after``) and ``pronoun``, in
        its sentence or the one before, that the pronoun can refer to: "the governor met
        elders … He said" is the governor, not an older speaker."""
        person = pronoun.lower_ in self.lexicon.person_pronouns
        thing = pronoun.lower_ in self.lexicon.thing_pronouns
        window_start = self._unquoted_sentence_before(pronoun)
        for tok in reversed(pronoun.doc[window_start : pronoun.i]):
            if tok.idx <= after:
                break
            if tok.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if any(a <= tok.idx < b for a, b in self.quoted) or not _main_clause(tok.head):
                continue
            if tok.lower_ == "one":
                # "One of them, the youth leader Neema Swai, was released. She told us": the one named
                tok = next((c for c in kids(tok) if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"}), tok)
            if tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            heard = self._interviewed(tok.head) if not thing else None
            if heard is not None and (self._is_plural(heard) != person):
                tok = heard  # "Our researchers interviewed 23 witnesses. They described …"
            else:
                heard = None
            plural = self._is_plural(tok)
            if person:
                if plural or not self._is_person(tok):
                    continue
                gender = written_gender(_phrase_text(tok))
                if gender is not None and _PRONOUN_GENDER.get(pronoun.lower_, gender) != gender:
                    continue  # "Mrs X …" is no "he"
            elif thing:
                if plural or self._is_person(tok):
                    continue
                if not self._named(tok) and tok.head.lemma_.lower() not in self.lexicon.speech_verbs:
                    continue  # "it" is an organisation named as such, not any thing
            elif not plural or not self._agent(tok):
                continue
            named = speaker_phrase(tok)
            actor = build_speaker(named, self.actors, self.lexicon)
            earlier = self._antecedent(tok)
            if earlier is not None:
                actor = earlier.actor
            elif heard is not None and (not actor.identifier or _is_generic(actor)):
                actor = dataclasses.replace(actor, name=_noun_name(tok))  # "23 witnesses" -> "witnesses"
            return _Entry(
                actor=actor,
                person=person,
                plural=plural,
                head=tok.lemma_.lower(),
                words=_words(actor.name, actor.text or ""),
                at=tok.idx,
            )
        return None

    def _interviewed(self, verb: Token) -> Token | None:
        """The people a verb of interviewing reached ("interviewed 23 witnesses", "spoke to
        relatives"): what they said next is theirs, not the interviewer's."""
        if verb.lemma_.lower() not in _INTERVIEW:
            return None
        for c in kids(verb):
            if c.dep_ == "dobj" and self._agent(c):
                return c
            if c.dep_ == "prep" and c.lower_ in {"to", "with", "from"}:
                obj = next((o for o in kids(c) if o.dep_ == "pobj"), None)
                if obj is not None and self._agent(obj):
                    return obj
        return None


# verbs of hearing people out: a pronoun after them stands for those heard
# ("interviewed witnesses. They said")
_INTERVIEW = frozenset(
    {"interview", "speak", "talk", "question", "survey", "contact", "hear", "meet", "consult"}
)
# kinds of body "the group" / "the organisation" can stand for
_GROUP_KINDS = frozenset(
    {"rights_group", "opposition_group", "political_party", "labor", "armed_group", "international"}
)
# nouns for a business, which a report names once and then calls "the company"
_BUSINESS = frozenset({"company", "firm", "operator", "carrier", "airline", "employer", "utility"})

# possessors that place an institution rather than name it: "the country's rights commission"
_PLACE_OWNERS = frozenset(
    {
        "country",
        "nation",
        "province",
        "region",
        "city",
        "capital",
        "state",
        "republic",
        "kingdom",
        "territory",
    }
)
