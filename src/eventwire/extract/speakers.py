"""Speakers of claims: carry-over by pronoun or role.

A speaker is built from the words of the text (the phrase: :mod:`.speaker_phrases`;
its actor: :mod:`.speaker_actors`). When the actor stage found a mention over the
speaker's head word, the speaker takes that actor's canonical name and kind;
otherwise the name is the phrase as written and the kind comes from a few keywords
(``kind_keywords`` in the cue lexicon).

:class:`SpeakerMemory` resolves "he said", "the group added", "the ministry
said" to the most recent compatible earlier speaker (recency plus a
person / organisation / head-noun check). It also names:

- a speaker whose relative clause gives the name ("one protester, who gave
  only his first name, Haider" -> Haider);
- a relative speaker by the noun its clause hangs on ("students, some of whom
  said" -> students);
- "we" / "our" outside quotations by the publisher, when the document has one;
- a definite description by the body the text names in full later ("the
  country's rights commission" … "The Ethiopian Human Rights Commission");
- an indefinite description by the organisation named soon after, in the actor
  dictionary or, failing that, by the parser ("a rights group said" … "The West
  Africa Rights Monitor said");
- "the company" by the organisation the sentence before names;
- "they" / "she" after a verb of interviewing by those interviewed ("Our
  researchers interviewed 23 witnesses. They described …");
- "the 34-year-old" and "the activist" by the person the text introduced so
  ("Narges Mohammadi, a prominent activist, …");
- "the two groups" by the speakers last named together, "the broadcaster" by
  the last speaker of its kind;

and gives a spokesperson or official the institution it speaks for as an
alias ("a police spokesperson" after "Hong Kong police").
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..nlp.text import doc_text, tokens
from ..nlp.text import ents as doc_ents
from ..records import Actor, Place, inferred
from .speaker_actors import (
    _closing_name,
    _is_generic,
    _named_body_nouns,
    _self_name,
    build_speaker,
    guess_kind,
)
from .speaker_antecedents import _DESCRIPTIVE, _GENERIC_GROUP, _PLACE_OWNERS
from .speaker_entries import _PRONOUN_GENDER, _Entry
from .speaker_heads import (
    _PARTITIVE_PRONOUNS,
    _aside_name,
    _bare,
    _fits,
    _held_name,
    _noun_name,
    _own_findings,
    _own_staff,
    _partitive_pronoun,
    _relative_antecedent,
    _stem,
    _stems,
    _unlisted_title,
    _with_written,
    _words,
)
from .speaker_issuers import _ISSUED, IssuerSearch
from .speaker_phrases import SpeakerPhrase, speaker_phrase
from .speaker_story_people import named_people, story_person
from .status_media import STAFF_NOUNS, is_publisher
from .syntax import kids, parse_tree

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["SpeakerMemory"]


_AHEAD = 1200
# how far after a described speaker's sentence (characters) the text may name it
_LATER = 700
# descriptions too plain to be named later by their noun: "officials", "sources", "residents", "the group"
_PLAIN_DESCRIPTIONS = frozenset(
    {"official", "officials", "source", "sources", "people", "person", "member", "members", "group", "groups"}
    | {"team", "body", "resident", "residents", "witness", "witnesses", "relative", "relatives", "family"}
    | {"activist", "activists", "worker", "workers", "man", "men", "woman", "women", "doctor", "doctors"}
    | {"student", "students", "protester", "protesters", "local", "spokesman", "spokeswoman", "spokesperson"}
)


class SpeakerMemory(IssuerSearch):
    """Earlier speakers of a document, most recent last, for pronoun and role carry-over.

    "he" / "she" with no person speaker in the last two sentences falls back to the
    last person named before it outside quotations ("A graphic artist … He told …").
    """

    __slots__ = ()

    def resolve(self, phrase: SpeakerPhrase, actor: Actor) -> Actor:
        """``actor`` with the name and kind of the earlier speaker it refers to, if any; remembers it.

        A spokesperson or official of an institution ("a police spokesperson", "a spokesman for the
        ministry") speaks for it: the institution's name is added to the speaker's aliases. A class
        of people written with the place or body they belong to after it ("residents of Missiga",
        "sources in the home ministry") also takes the name written the other way round
        ("Missiga residents", "home ministry sources")."""
        found = self._resolve_known(phrase, actor)
        turned = _turned_name(phrase.head)
        if turned is None or turned.lower() in {
            n.lower() for n in (found.name, found.text, *found.aliases) if n
        }:
            return found
        found = inferred(
            dataclasses.replace(found, aliases=(*found.aliases, turned)), found, "speakers.turned"
        )
        for entry in self.entries[-1:]:
            if entry.at == phrase.head.idx:
                entry.actor = found
        return found

    def _resolve_known(self, phrase: SpeakerPhrase, actor: Actor) -> Actor:
        found = self._resolve(phrase, actor)
        head = phrase.head
        plain = (found.name or "").lower() in _PLAIN_PEOPLE or (
            # "a young man released on Monday", "several people released from custody" (a generic
            # dictionary name such as Residents), "three of those released": a plain or counted head
            (head.lower_ in _PLAIN_PEOPLE or _partitive_pronoun(head) is not None)
            and (found.identifier is None or found.identifier.startswith("ew:generic"))
        )
        held = _held_name(head) if plain else None
        if held is not None:
            # "more than 50 people, some of whom said", "three men who were released in April said":
            # people named by what was done to them speak as detainees
            found = dataclasses.replace(found, name=held)
            for entry in self.entries[-1:]:
                if entry.at == head.idx:
                    entry.actor = found
        if found.aliases:
            return found
        later = self._named_later(phrase, found)
        if later is not None:
            # "…, a group of volunteer lawyers said. The Emergency Lawyers said …": the lede's description
            # is the body or person the next lines name
            found = inferred(dataclasses.replace(found, aliases=(later,)), found, "speakers.named_later")
            for entry in self.entries[-1:]:
                if entry.at == head.idx:
                    entry.actor = found
            return found
        if self.publisher and head.lower_ in STAFF_NOUNS and is_publisher(found, self.publisher):
            # "ASK's fact-finding team" in an ASK report: the publisher's own people speak for it
            found = inferred(
                dataclasses.replace(found, aliases=(self.publisher,)), found, "speakers.publisher"
            )
            for entry in self.entries[-1:]:
                if entry.at == head.idx:
                    entry.actor = found
            return found
        if head.lemma_.lower() in _SPEAKING_UNITS:
            owner = self._owning_body(head)
            if owner is None or _words(owner.name) <= _words(found.name):
                return found
            # "the Security Committee of the National Council (NCRI)": a unit speaks for its body
            found = inferred(
                dataclasses.replace(found, aliases=(owner.name, *owner.aliases)),
                found,
                "speakers.owning_body",
            )
            for entry in self.entries[-1:]:
                if entry.at == head.idx:
                    entry.actor = found
            return found
        if head.lemma_.lower() not in _VOICE_NOUNS:
            return found
        institution = self._institution(head)
        if institution is None or _words(institution) <= _words(found.name):
            return found
        found = inferred(dataclasses.replace(found, aliases=(institution,)), found, "speakers.institution")
        for entry in self.entries[-1:]:
            if entry.at == head.idx:
                entry.actor = found
        return found

    def _named_later(self, phrase: SpeakerPhrase, found: Actor) -> str | None:
        """The name the next lines give a speaker the text first only describes ("a local hospital" …
        "Makeni Government Hospital", "the provincial governor" … "Governor Ahmad Karimzadeh"): a
        capitalised name of two words or more, outside quotations, within ``_LATER`` characters after the
        speaker's sentence, holding the description's own noun ("hospital", "governor", "lawyers")."""
        head = phrase.head
        if head.pos_ != "NOUN" or (found.identifier and not _is_generic(found)):
            return None
        if not _words(found.name or "") <= _words(head.sent.text):
            return None  # resolved to a speaker named before
        pos = parse_tree(head.doc)[0]  # per-Doc tags: no Token built per word of the phrase
        named = any(pos[i] == "PROPN" for i in range(head.left_edge.i, head.right_edge.i + 1))
        if named or self._in_quote(head.idx):
            return None
        nouns = [head, *(c for c in kids(head) if c.dep_ == "compound")]
        for prep in kids(head):  # "a group of volunteer lawyers": the lawyers
            if prep.dep_ == "prep" and prep.lower_ == "of":
                nouns += [o for o in kids(prep) if o.dep_ == "pobj"]
        words = {w for t in nouns for w in (t.lower_, t.lemma_.lower())} - _PLAIN_DESCRIPTIONS
        if not words:
            return None
        doc = head.doc
        toks = tokens(doc)  # the Doc's Tokens built once: slicing the Doc would build each anew
        sent = head.sent
        end = sent.end_char + _LATER
        for i in range(sent.end, len(toks)):  # no copy of the rest of the Doc's Token list per speaker
            tok = toks[i]
            if tok.idx >= end:
                break
            if (
                pos[i] != "PROPN"
                or not tok.is_title
                or (tok.lower_ not in words and tok.lemma_.lower() not in words)
            ):
                continue
            if self._in_quote(tok.idx):
                continue
            lo = tok.i
            while lo > 0 and toks[lo - 1].pos_ == "PROPN" and toks[lo - 1].is_title:
                lo -= 1
            hi = tok.i
            while hi + 1 < len(toks) and toks[hi + 1].pos_ == "PROPN" and toks[hi + 1].is_title:
                hi += 1
            if hi > lo:
                return doc[lo : hi + 1].text
        return None

    def _owning_body(self, head: Token) -> Actor | None:
        """The named organisation a unit belongs to: "of the National Council of Resistance of Iran
        (NCRI)" after "Committee", "the party's" before "secretariat" (not a place: "of Belarus")."""
        for c in kids(head):
            if c.dep_ == "poss" and c.i < head.i:
                owner: Token | None = c
            elif c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i:
                owner = next((o for o in kids(c) if o.dep_ == "pobj"), None)
            else:
                continue
            if owner is None or owner.pos_ != "PROPN" or owner.ent_type_ in {"GPE", "LOC"}:
                continue
            covering = next(self._actors_at(owner.idx), None)
            if (
                covering is not None
                and not _is_generic(covering)
                and covering.kind not in {"state", "unknown"}
            ):
                return covering
        return None

    def _institution(self, head: Token) -> str | None:
        """The institution a spokesperson speaks for: "police" of "a police spokesperson" (the
        police force named before, if any), "the ministry" of "a spokesman for the ministry"."""
        owner: Token | None = None
        for c in kids(head):
            if c.dep_ in {"compound", "poss"} and c.pos_ in {"NOUN", "PROPN"} and c.i < head.i:
                owner = c
            elif c.dep_ == "prep" and c.lower_ in {"for", "of", "at"} and owner is None:
                owner = next((o for o in kids(c) if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}), None)
        if owner is None or owner.lemma_.lower() in self.lexicon.person_nouns:
            return None
        covering = next(self._actors_at(owner.idx), None)
        if covering is not None and not _is_generic(covering):
            return covering.name
        lemma = owner.lemma_.lower()
        spoken = next((e for e in reversed(self.entries) if not e.person and lemma in e.words), None)
        earlier = spoken or self._named_before(owner, lemma, by_kind=False)
        if earlier is not None:
            return earlier.actor.name
        return _bare(doc_text(head.doc)[owner.left_edge.idx : owner.idx + len(owner.text)])

    def _resolve(self, phrase: SpeakerPhrase, actor: Actor) -> Actor:
        head = phrase.head
        if _self_name(phrase, self.lexicon) is not None:
            # "The organisers, a youth movement called Stand Up Mongolia, said": the name given stands,
            # and a later "the group" / "the movement" is that body
            self._remember(head, actor)
            self.entries[-1].person = False
            self.entries[-1].words = self.entries[-1].words | _GENERIC_GROUP | _named_body_nouns(phrase)
            return actor
        if _aside_name(head) is not None:
            # "one protester, who gave only his first name, Haider": the name stands for itself
            self._remember(head, actor)
            return actor
        if (
            head.lemma_.lower() in self.lexicon.person_nouns
            and (
                any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in kids(head))
                or _closing_name(phrase) is not None
            )
        ) or _unlisted_title(head):
            # "the group's director, Mahmood Amiry-Moghaddam, said": the person named, not "<group> director"
            self._remember(head, actor)
            return actor
        relative = _relative_antecedent(head)
        if relative is not None:
            # "… detained 50 students, some of whom said": the students speak
            inner = speaker_phrase(relative)
            found = self.resolve(inner, build_speaker(inner, self.actors, self.lexicon))
            if not found.identifier or _is_generic(found):  # "more than 50 students" -> "students"
                found = dataclasses.replace(found, name=_noun_name(relative))
            return dataclasses.replace(
                found, text=actor.text, start_char=actor.start_char, end_char=actor.end_char
            )
        part = _partitive_pronoun(head)
        if part is not None:
            # "Three of them said …": those the pronoun stands for speak
            inner = speaker_phrase(part)
            found = self.resolve(inner, build_speaker(inner, self.actors, self.lexicon))
            if found.name and found.name.lower() not in _PARTITIVE_PRONOUNS and found.kind not in _WHOLES:
                return dataclasses.replace(
                    found, text=actor.text, start_char=actor.start_char, end_char=actor.end_char
                )
        if head.lower_ in _FIRST_PLURAL and self.publisher and not self._in_quote(head.idx):
            # "According to our records", "we have documented": the publisher in its own voice
            return self._as_publisher(actor, self.publisher)
        if self.publisher and _own_findings(head) and not self._in_quote(head.idx):
            # "according to our research", "our investigation found": the publisher's own work
            return self._as_publisher(actor, self.publisher)
        if self.publisher and _own_staff(head) and not self._in_quote(head.idx):
            # "Our monitors have documented", "our reporters counted", "our own network of activists":
            # the publisher's own people speak for it
            return self._as_publisher(actor, self.publisher)
        if actor.identifier and not _is_generic(actor) and head.pos_ != "PRON":
            # a name the actor dictionary knows ("KHRN", "the judiciary") stands for itself, unless
            # it names only the owner of a definite role noun ("the UN agency" after UNHCR)
            earlier = (
                self._antecedent(head)
                if self._owner_only(actor, head) or self._office_of_known(actor, head)
                else None
            )
            if earlier is not None and self._office_of_known(actor, head) and not earlier.person:
                earlier = None  # "the police chief" stands for a person, not for the police
            if earlier is None:
                local = self._local_name(head)
                if local is not None:
                    # "Police in Gazipur", "Tehran's prosecutor": a local branch of the body the
                    # dictionary knows speaks; the body's name stays as an alias
                    branch = dataclasses.replace(
                        actor, name=local, aliases=(actor.name, *actor.aliases), identifier=None
                    )
                    actor = inferred(branch, actor, "speakers.local_branch")
                self._remember(head, actor)
                return actor
        antecedent = self._issuer(head) if self._issued_document(head) else None
        if antecedent is None and head.lemma_.lower() not in _ISSUED:
            antecedent = self._antecedent(head)
        if head.pos_ == "PRON" and (
            head.lower_ in self.lexicon.person_pronouns
            or head.lower_ in self.lexicon.plural_pronouns
            or head.lower_ in self.lexicon.thing_pronouns
        ):
            subject = self._subject_before(head, antecedent.at if antecedent is not None else -1)
            if subject is not None:
                antecedent = subject
                self.entries.append(subject)
        if antecedent is None and _is_generic(actor) and (actor.text or "").lower().startswith("the "):
            antecedent = self._named_for_generic(head, actor)
        if antecedent is None and (not actor.identifier or _is_generic(actor)):
            antecedent = self._named_after(head)
        if antecedent is None and head.lower_ in self.lexicon.person_pronouns:
            antecedent = self._person_mentioned_before(head)
            if antecedent is not None:
                self.entries.append(antecedent)
        if antecedent is None and head.pos_ == "PRON" and head.lower_ in self.lexicon.person_pronouns:
            antecedent = self._continued(head)
        if antecedent is None and head.pos_ in {"NOUN", "PROPN"}:
            antecedent = self._owned_role(head)
        if antecedent is None and not actor.identifier and not self._in_quote(head.idx):
            antecedent = self._story_person(head)
        if antecedent is not None:
            resolved = Actor(
                text=actor.text,
                start_char=actor.start_char,
                end_char=actor.end_char,
                name=antecedent.actor.name,
                aliases=_with_written(antecedent.actor),
                kind=antecedent.actor.kind,
                role="speaker",
                country=antecedent.actor.country,
                identifier=antecedent.actor.identifier,
                dictionary_version=antecedent.actor.dictionary_version,
                inferred_names=antecedent.actor.inferred_names,
            )
            resolved = inferred(resolved, antecedent.actor, "speakers.antecedent")
            self.entries = [e for e in self.entries if e is not antecedent]
            antecedent.actor = resolved
            antecedent.at = head.idx
            antecedent.gender = _PRONOUN_GENDER.get(head.lower_, antecedent.gender)
            if head.pos_ in {"NOUN", "PROPN"}:
                # "Mr X, the minister, …; the Minister said": X is the minister from now on
                antecedent.words = antecedent.words | {head.lemma_.lower()}
            self.entries.append(antecedent)
            return resolved
        placed = self._placed_name(head) if not actor.identifier or _is_generic(actor) else None
        if placed is not None:
            # "the province's governor": "governor of Sistan and Baluchestan", also written
            # "Sistan and Baluchestan governor"
            placed_actor = dataclasses.replace(actor, name=placed[0], aliases=(*actor.aliases, placed[1]))
            actor = inferred(placed_actor, actor, "speakers.placed")
        elif head.pos_ != "PRON":
            local = self._local_name(head)  # "Police in Gazipur" -> "Gazipur police"
            if local is not None:
                actor = dataclasses.replace(actor, name=local)
        if head.pos_ != "PRON":
            self._remember(head, actor)
        return actor

    def _story_person(self, head: Token) -> _Entry | None:
        """ "Superintendent Nelson Kiala told … Superintendent Kiala said", "read by Deputy
        Commissioner Róger Aráuz Lacayo … the Deputy Commissioner said": the person named in full
        anywhere before a short mention, when the nearer searches found none."""
        nouns = self.lexicon.person_nouns
        found = story_person(head, named_people(head, self.quoted, nouns), nouns)
        if found is None:
            return None
        entry = next((e for e in reversed(self.entries) if e.person and found.name == e.actor.name), None)
        if entry is not None:
            return entry
        actor = Actor(
            text=found.name,
            start_char=found.start,
            end_char=found.end,
            name=found.name,
            aliases=(),
            kind=guess_kind(" ".join(sorted(found.titles)), self.lexicon),
            role="speaker",
            country=None,
        )
        return _Entry(
            actor=actor,
            person=True,
            plural=False,
            head=head.lemma_.lower(),
            words=_words(found.name),
            at=found.start,
        )

    def _office_of_known(self, actor: Actor, head: Token) -> bool:
        """A definite office of a body the dictionary knows, said again after the text named its holder
        ("the provincial police chief, Brigadier General Reza Jafari" … "the police chief said"): the
        dictionary's body names the body, not the office."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in self.lexicon.person_nouns:
            return False
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
            return False
        # the body's name does not hold the office ("the police chief" is not "Police of Iran")
        return head.lemma_.lower() not in (actor.name or "").lower().split()

    def _local_name(self, head: Token) -> str | None:
        provincial = self._provincial_name(head)
        return provincial if provincial is not None else self._placed_unit(head)

    def _provincial_name(self, head: Token) -> str | None:
        """ "the provincial police chief" -> "Sistan and Baluchestan police chief", "the provincial
        government" -> "Balochistan government": "provincial" stands for the last province named before
        (outside quotations), as "the province's governor" does."""
        if head.pos_ not in {"NOUN", "PROPN"}:
            return None
        doc = head.doc
        adj = next((t for t in doc[head.left_edge.i : head.i] if t.lower_ == "provincial"), None)
        if adj is None:
            return None
        place = self._own_place(head)  # "provincial officials in Khuzestan": the province the phrase names
        if place is None and self._placed_after(head):
            return None  # "provincial officials in Sistan", a name the gazetteer does not hold: as written
        for p in self.places if place is None else ():
            if p.start_char >= head.idx:
                break
            if p.feature == "admin1" and not self._in_quote(p.start_char):
                place = p
        if place is None:
            return None
        words = place.text.split()
        while len(words) > 1 and words[-1].lower() in _RANK_WORDS:
            words.pop()  # "Balochistan province" -> "Balochistan"
        rest = doc_text(doc)[adj.idx + len(adj.text) : head.idx + len(head.text)].strip()
        return f"{' '.join(words)} {rest}" if rest else None

    def _own_place(self, head: Token) -> Place | None:
        """The place a speaker phrase names after its head ("officials in Sistan province")."""
        for c in kids(head):
            if c.dep_ == "prep" and c.lower_ == "in" and c.i > head.i:
                obj = next((o for o in kids(c) if o.dep_ == "pobj"), None)
                if obj is None:
                    continue
                found = next(
                    (p for p in self.places if p.start_char <= obj.left_edge.idx and obj.idx < p.end_char),
                    None,
                )
                if found is not None and found.feature not in {None, "country", "region"}:
                    return found
        return None

    @staticmethod
    def _placed_after(head: Token) -> bool:
        """The phrase names a place of its own after its head ("officials in Sistan")."""
        return any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and c.i > head.i
            and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in kids(c))
            for c in kids(head)
        )

    def _placed_unit(self, head: Token) -> str | None:
        """ "Police in Punjab province" -> "Punjab police", "Tehran's prosecutor" -> "Tehran
        prosecutor": an institution noun placed below the country by a toponym ("in X", "X's")."""
        if head.pos_ not in {"NOUN", "PROPN"} or head.lower_ not in _LOCAL_UNITS:
            return self._officials_of(head)
        found: Place | None = None
        for c in kids(head):
            if c.dep_ == "poss" and c.i < head.i:
                place: Token | None = c
            elif c.dep_ == "prep" and c.lower_ == "in" and c.i > head.i:
                place = next((o for o in kids(c) if o.dep_ == "pobj"), None)
            else:
                continue
            if place is None:
                continue
            # the toponym itself or, "in Punjab province", the name before its rank noun
            found = next(
                (p for p in self.places if p.start_char <= place.left_edge.idx and place.idx < p.end_char),
                None,
            )
            if found is not None:
                break
        if found is None or found.feature in {None, "country", "region"}:
            return None
        words = found.text.split()
        while len(words) > 1 and words[-1].lower() in _RANK_WORDS:
            words.pop()  # "Punjab province" -> "Punjab"
        return f"{' '.join(words)} {head.text.lower()}"

    def _officials_of(self, head: Token) -> str | None:
        """ "Officials at the Civil Hospital in Quetta" -> "Civil Hospital officials", "a senior official
        of the presidential administration" -> "presidential administration official": officials
        of a named body speak for it, not for the government at large."""
        if head.lower_ not in {"official", "officials"}:
            return None
        prep = next((c for c in kids(head) if c.dep_ == "prep" and c.lower_ in {"at", "of", "from"}), None)
        body = next((o for o in kids(prep) if o.dep_ == "pobj"), None) if prep is not None else None
        if body is None or body.pos_ not in {"NOUN", "PROPN"} or body.ent_type_ in {"GPE", "NORP"}:
            return None
        if body.lemma_.lower() in _GENERAL_BODIES:
            return None
        doc = head.doc
        words = [
            t.text
            for t in doc[body.left_edge.i : body.i + 1]
            if t.dep_ not in {"det", "poss", "case", "punct"}
        ]
        of = next((c for c in kids(body) if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            for t in doc[of.i : of.right_edge.i + 1]:
                if t.text in {"(", ","}:
                    break
                words.append(t.text)
        return f"{' '.join(words)} {head.lower_}" if words else None

    def _placed_name(self, head: Token) -> tuple[str, str] | None:
        """ "the province's governor", "the governor of the province" -> "governor of Sistan and
        Baluchestan" (and "Sistan and Baluchestan governor"): an owner that only places the speaker
        stands for the last place of its rank named before. The speaker's own modifiers stay ("the
        city's public health office" -> "public health office of Taiz", "Taiz public health office")."""
        poss = next((c for c in head.lefts if c.dep_ == "poss" and c.lemma_.lower() in _PLACE_OWNERS), None)
        if poss is None:
            poss = _placing_of(head)
        if poss is None:
            return None
        ranks = _PLACE_RANKS.get(poss.lemma_.lower(), frozenset())
        place = None
        for p in self.places:
            if p.start_char >= head.idx:
                break
            if p.feature in ranks and not self._in_quote(p.start_char):
                place = p
        if place is None:
            return None
        first = poss.i + 1 if poss.i < head.i else head.left_edge.i
        words = [
            t.text
            for t in head.doc[first : head.i]
            if t.dep_ in {"compound", "amod", "nmod", "npadvmod"} and t.pos_ in {"NOUN", "ADJ", "PROPN"}
        ]
        role = " ".join([*words, head.text])
        return f"{role} of {place.text}", f"{place.text} {role}"

    def _named_after(self, head: Token) -> _Entry | None:
        """An indefinite organisation the text names soon after: "according to a doctors' group"
        … "The Central Committee of Sudanese Doctors said" (every modifier is in the name)."""
        lemma = head.lemma_.lower()
        lefts = [t for t in head.lefts if t.dep_ != "punct"]
        if lemma not in self.lexicon.anaphor_nouns.get("organisation", frozenset()):
            return None
        dets = [t for t in lefts if t.dep_ == "det"] + [
            t for p in lefts if p.dep_ == "poss" for t in p.lefts if t.dep_ == "det"
        ]  # "a doctors' group": the article hangs on the possessor
        definite = any(t.lower_ == "the" for t in dets)
        if not definite and not any(t.lower_ in {"a", "an"} for t in dets):
            return None
        need = frozenset(
            _stem(t.text)
            for t in lefts
            if t.dep_ in {"compound", "amod", "poss"}
            and t.lower_ not in _DESCRIPTIVE
            and t.lemma_.lower() not in _PLACE_OWNERS
            and not any(p in _DESCRIPTIVE for p in t.lower_.split("-")[1:])  # "state-funded"
        )
        if not need:
            return None
        if definite:
            # "the country's rights commission said" … "The Ethiopian Human Rights Commission":
            # a definite description the text names in full later holds its head noun too
            need = need | {_stem(head.text)}
        end = head.idx + len(head.text)
        for actor in sorted(self.actors, key=lambda a: a.start_char or 0):
            if (
                actor.start_char is None
                or actor.start_char <= end
                or _is_generic(actor)
                or not actor.identifier
            ):
                continue
            if actor.start_char > end + _AHEAD:
                break
            if _fits(_stems(" ".join((actor.name, *actor.aliases))), need, None):
                return _Entry(
                    actor=actor, person=False, plural=False, head=lemma, words=_words(actor.name), at=head.idx
                )
        # an organisation the dictionary does not know: "a rights group said" … "The West Africa
        # Rights Monitor said" (the parser's organisation names, every modifier in the name)
        for ent in doc_ents(head.doc):
            if ent.start_char <= end or ent.label_ != "ORG" or self._in_quote(ent.start_char):
                continue
            if ent.start_char > end + _AHEAD:
                break
            words = _bare(ent.text)
            if _fits(_stems(words), need, None) and len(words.split()) > 1:
                found = Actor(
                    text=ent.text,
                    start_char=ent.start_char,
                    end_char=ent.end_char,
                    name=words,
                    aliases=(),
                    kind=guess_kind(ent.text, self.lexicon),
                    role="speaker",
                    country=None,
                )
                return _Entry(
                    actor=found, person=False, plural=False, head=lemma, words=_words(words), at=head.idx
                )
        # "a civil society monitor" … "Plataforma Decide, an electoral monitoring group"
        return None if definite else self._described_after(head)

    def _described_after(self, head: Token) -> _Entry | None:
        """ "a civil society monitor said" … "Plataforma Decide, an electoral monitoring group, said":
        the name the text gives soon after with an apposition that describes it by the same noun."""
        doc = head.doc
        stem = _stem(head.text)
        if stem in _GENERIC_GROUP:
            return None  # "a group" is described as a group by any name
        org_nouns = self.lexicon.anaphor_nouns.get("organisation", frozenset())
        end = head.idx + len(head.text)
        for t in doc[head.i + 1 :]:
            if t.idx > end + _AHEAD:
                break
            if (
                t.dep_ != "appos"
                or t.head.pos_ != "PROPN"
                or t.head.i > t.i
                or t.lemma_.lower() not in org_nouns
            ):
                continue
            if self._in_quote(t.idx) or not any(
                _stem(w.text).startswith(stem) for w in t.subtree if w.pos_ in {"NOUN", "VERB", "ADJ"}
            ):
                continue
            name_tok = t.head
            covering = next((a for a in self._actors_at(name_tok.idx) if not _is_generic(a)), None)
            if covering is None:
                lo = name_tok.left_edge.idx
                name = _bare(doc_text(doc)[lo : name_tok.idx + len(name_tok.text)])
                covering = Actor(
                    text=name,
                    start_char=lo,
                    end_char=name_tok.idx + len(name_tok.text),
                    name=name,
                    aliases=(),
                    kind=guess_kind(t.text, self.lexicon),
                    role="speaker",
                    country=None,
                )
            return _Entry(
                actor=covering,
                person=False,
                plural=False,
                head=_stem(head.text),
                words=_words(covering.name),
                at=head.idx,
            )
        return None


_FIRST_PLURAL = frozenset({"we", "our", "us"})

# the prepositions that tie a class of people to the place or body they belong to
_BELONGING = frozenset({"of", "in", "from", "at", "inside", "within"})
# classes of people who speak as members of a place or body ("residents of X", "sources in the X")
_MEMBER_CLASSES = frozenset(
    {"resident", "villager", "source", "official", "member", "worker", "activist", "leader", "supporter"}
    | {"student", "employee", "representative", "observer", "hardliner", "engineer", "doctor", "teacher"}
    | {"lawyer", "farmer", "trader", "volunteer", "cadre", "elder", "journalist", "inmate", "prisoner"}
    | {"detainee", "delegate", "legislator", "lawmaker", "councillor", "commander", "officer", "analyst"}
    | {"diplomat", "authority", "police", "party", "organisation", "organization", "group", "union"}
    | {"mahant", "priest", "cleric", "monk", "medic", "nurse", "staffer", "aide", "dweller", "shopkeeper"}
)


def _turned_name(head: Token) -> str | None:
    """ "residents of Missiga" -> "Missiga residents", "senior officials in the ministry of agriculture"
    -> "ministry of agriculture senior officials", "sources in the home ministry" -> "home ministry
    sources": a plural class of people with the place or body they belong to after it, named the way a
    coder writes it (the body first, as K16 names a spokesperson). Not a possessed, counted, numbered or
    indefinite body ("members of his staff", "members of both houses", "residents of sector 29", "in a
    memorandum"), nor a list ("students of the IIM and other institutions", "engineers and labourers at")."""
    if head.tag_ != "NNS" or head.pos_ != "NOUN" or head.lemma_.lower() not in _MEMBER_CLASSES:
        return None
    if any(c.dep_ in {"conj", "cc", "preconj", "appos"} for c in kids(head)):
        return None
    prep = next((c for c in kids(head) if c.dep_ == "prep" and c.lower_ in _BELONGING and c.i > head.i), None)
    body = next((o for o in kids(prep) if o.dep_ == "pobj"), None) if prep is not None else None
    if prep is None or body is None or body.pos_ not in {"NOUN", "PROPN"} or body.i - prep.i > 5:
        return None
    doc = head.doc
    phrase = doc[prep.i + 1 : prep.right_edge.i + 1]
    if any(
        t.dep_ in {"poss", "nummod", "predet", "conj", "cc", "appos", "relcl", "acl"}
        or t.pos_ in {"PRON", "NUM", "PUNCT"}
        or (t.dep_ == "det" and t.lower_ != "the")
        for t in phrase
    ):
        return None  # "of his staff", "of both houses", "of sector 29", "in a memorandum", "of X and Y"
    words = [t.text for t in doc[body.left_edge.i : body.i + 1] if t.dep_ != "det"]
    of = next((c for c in kids(body) if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None:
        words.extend(t.text for t in doc[of.i : of.right_edge.i + 1] if t.dep_ != "det")
    own = [
        t.text if t.pos_ == "PROPN" else t.lower_
        for t in doc[head.left_edge.i : head.i]
        if t.dep_ in {"amod", "compound"} and t.pos_ in {"ADJ", "NOUN", "PROPN"}
    ]
    return " ".join([*words, *own, head.lower_]) if words else None


# plain words for people, which a speaker's relative clause can name better ("people … detained")
_PLAIN_PEOPLE = frozenset(
    {"people", "person", "persons", "individuals", "man", "men", "woman", "women", "volunteer", "volunteers"}
)

# people who speak for an institution
_VOICE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "representative", "source"})
# parts of an organisation that speak for it: "the Security Committee of the NCRI", "the party's secretariat"
_SPEAKING_UNITS = frozenset(
    {"committee", "secretariat", "commission", "bureau", "office", "department", "wing"}
)
# the gazetteer ranks a placing possessor stands for
# bodies whose officials are the state's at large ("officials of the government", "of the ministry")
_GENERAL_BODIES = frozenset({"government", "state", "regime", "authorities", "country"})
# institutions with local branches, named after their place ("Gazipur police", "Tehran prosecutor")
_LOCAL_UNITS = frozenset({"police", "prosecutor", "prosecutors", "judiciary", "court", "governorate"})
_RANK_WORDS = frozenset(
    {"province", "state", "region", "district", "county", "city", "governorate", "municipality"}
)


def _placing_of(head: Token) -> Token | None:
    """The place noun of "the governor of the province", "the health office of the city": a definite
    owner that only places the speaker, written after it."""
    for prep in kids(head):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in kids(prep):
            if (
                obj.dep_ == "pobj"
                and obj.lemma_.lower() in _PLACE_OWNERS
                and not any(c.dep_ in {"prep", "compound", "amod", "nummod"} for c in kids(obj))
                and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(obj))
            ):
                return obj
    return None


_PLACE_RANKS: dict[str, frozenset[str]] = {
    "country": frozenset({"country"}),
    "nation": frozenset({"country"}),
    "republic": frozenset({"country"}),
    "kingdom": frozenset({"country"}),
    "province": frozenset({"admin1"}),
    "region": frozenset({"admin1", "region"}),
    "state": frozenset({"admin1"}),
    "territory": frozenset({"admin1", "region"}),
    "city": frozenset({"city"}),
    "capital": frozenset({"city"}),
}

# institutions are not what "three of them" picks people from ("Police detained 40 students. Some of
# them said …": the students, whom the pronoun's fallback to the last subject would miss)
_WHOLES = frozenset(
    {"state", "security_forces", "judiciary", "media", "rights_group", "international", "political_party"}
)
