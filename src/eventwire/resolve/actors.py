"""Actors: resolution of mentions in text against the actor dictionary.

The dictionary itself (:class:`ActorDictionary`, packaged entries and user overlays) and
``ACLED_INTER`` live in :mod:`.actors_dictionary` and are importable from here.
:func:`find_actors` finds, in a parsed document, every actor-like mention:

* dictionary names and aliases (a capitalised alias word matches only as written, so
  acronyms are case-aware), with a country possessive or adjective joined to the mention
  when it names the actor's country ("Iran's Revolutionary Guards"), and titles or
  honorifics joined to a person's name ("Supreme Leader Ali Khamenei", "Mr. Putin");
* generic, unnamed actors ("security forces", "a senior lawmaker", "teachers"), whose
  country comes from an adjective or possessive ("Iranian security forces" → IR); where the
  dictionary says what such a generic means in that country ("Iranian police" → Iran's
  police force) the canonical entry is used;
* short forms inside the document: a person's surname after the full name, a dictionary
  entry's ``short`` aliases ("the Guards") after the actor was named, and acronyms introduced
  in parentheses ("the Human Rights Activists News Agency (HRANA)");
* spaCy PERSON / ORG / NORP entities that the dictionary does not know, typed by simple
  cues (titles before a person, words such as "ministry", "police", "party", "News").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..nlp.text import doc_text
from ..nlp.text import ents as doc_ents
from ..records import Actor, inferred
from .actor_cues import (
    HONORIFICS,
    MODIFIERS,
    NOT_AFTER,
    SITE_HEADS,
    YOUTH_HEADS,
    YOUTH_NAMES,
    kind_of_org,
    kind_of_title,
)
from .actor_match import PhraseIndex, Token, tokenize
from .actors_dictionary import ACLED_INTER, ActorDictionary, _kind

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ACLED_INTER", "ActorDictionary", "find_actors"]

_ACRONYM_DEF = re.compile(r"\s*\(([A-Z][A-Za-z0-9&]{1,11})\)")
_DETERMINERS = frozenset({"a", "an", "the"})
# second halves of compounds that join a group's mention: "Iran-backed", "US-led", "Tehran-based"
_BACKED = frozenset({"backed", "led", "aligned", "allied", "based", "linked", "funded", "affiliated", "run"})
_INSTITUTIONAL = frozenset({"state", "security_forces", "judiciary"})
_LOCATIVES = frozenset({"in", "at", "near", "outside", "across", "from", "around", "to", "into", "towards"})
# "a US drone strike", "Israeli air strikes", "Russian missile attacks": the country's armed forces did it
_ARMS_WORDS = frozenset(
    {
        "drone",
        "drones",
        "air",
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "artillery",
        "naval",
        "military",
        "army",
        "aerial",
        "cruise",
        "ballistic",
        "fighter",
        "mortar",
        "tank",
        "helicopter",
    }
)
_ATTACK_NOUNS = frozenset(
    {
        "strike",
        "strikes",
        "airstrike",
        "airstrikes",
        "attack",
        "attacks",
        "bombing",
        "bombings",
        "bombardment",
        "bombardments",
        "shelling",
        "raid",
        "raids",
        "warplane",
        "warplanes",
        "jet",
        "jets",
        "aircraft",
        "drone",
        "drones",
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "fire",
        "helicopter",
        "helicopters",
        "gunship",
        "gunships",
        "offensive",
        "incursion",
        "incursions",
        "operation",
        "operations",
    }
)
# Generic forces that often belong to another country than the article's (cross-border strikes,
# coalitions, militias): never read as the article's country's own. "The army" is: in a story about
# one country, the unqualified army is that country's (a foreign one is named by its adjective).
_NOT_FOCUSED = frozenset({"government-forces", "militia", "coalition", "border-guards"})
_ARMED_AFTER = frozenset(
    {
        "fighters",
        "forces",
        "troops",
        "soldiers",
        "militia",
        "militias",
        "militiamen",
        "paramilitaries",
        "units",
        "gunmen",
        "commander",
        "commanders",
        "positions",
        "checkpoint",
        "base",
        "bases",
        "uniforms",
        "uniform",
    }
)
_FOCUSED_OTHERS = frozenset({"ruling-party", "state-media"})  # not state organs, but the country's own
# The officials of a generic institution, keyed to it: who speaks or commands for the army is the army.
_SPEAKS_FOR = {
    "military-officials": "army",
    "police-officials": "police",
    "judiciary-officials": "judiciary",
    "government-spokesperson": "government",
}
_CONNECTORS = frozenset({"of", "for", "and", "the", "in", "on", "de", "du", "des", "al", "el", "&", "-", "'"})
# What joins the words of an English name whose acronym is another language's (no "the", "in", "on":
# "said on Tuesday the Broad Front …" must not reach back to "Tuesday").
_TRANSLATED_JOINS = frozenset({"of", "for", "and", "&", "-"})
# Lower-case particles of Romance-language names, which their acronyms often keep: "Alliance pour la
# République (APR)", "Movimiento al Socialismo (MAS)", "Partido dos Trabalhadores (PT)".
_PARTICLES = frozenset(
    {
        "pour",
        "la",
        "le",
        "les",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "y",
        "e",
        "et",
        "para",
        "por",
        "los",
        "las",
    }
)


# Words that many countries' parties and forces are named with: such a name alone is ambiguous.
_COMMON_NAME_WORDS = frozenset(
    {
        "the",
        "of",
        "for",
        "and",
        "new",
        "democratic",
        "party",
        "republican",
        "labour",
        "labor",
        "national",
        "socialist",
        "liberal",
        "conservative",
        "people",
        "peoples",
        "s",
        "communist",
        "green",
        "greens",
        "police",
        "front",
        "union",
        "congress",
        "alliance",
        "movement",
        "progressive",
        "justice",
        "unity",
        "popular",
        "revolutionary",
        "federal",
        "army",
        "guard",
        "workers",
    }
)


def _initials_spell(letters: str, initials: list[tuple[str, bool]]) -> bool:
    """Whether an acronym's capitals spell the words' initials in order: every capitalised word gives
    its initial, a lower-case particle may ("APR" for "Alliance pour la République")."""
    k = 0
    for initial, capital in initials:
        if k < len(letters) and initial.upper() == letters[k]:
            k += 1
        elif capital:
            return False
    return k == len(letters)


# --- resolution ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Cand:
    start: int  # token index
    end: int  # token index, exclusive
    tier: int  # 0: dictionary or defined in the text; 1: generic or a bare entity
    actor: Actor
    person: bool = False
    source: str = "dict"  # dict | generic | entity | local
    core: int = -1  # generic: the token where the pattern itself starts (modifiers before it)


class _Resolver:
    def __init__(self, doc: Doc, dictionary: ActorDictionary) -> None:
        self.doc = doc
        self.d = dictionary
        self.text: str = doc_text(doc)
        self.tokens: list[Token] = tokenize(self.text)
        self.tok_at_start = {t.start: i for i, t in enumerate(self.tokens)}
        self.tok_at_end = {t.end: i for i, t in enumerate(self.tokens)}
        # country mentions and titles, by the token index they end before (longest kept)
        self.country_end: dict[tuple[int, bool], tuple[int, str]] = {}
        for i, end, (code, adj) in dictionary._country.find(self.tokens):
            if adj and self._starts_place_name(i, end):
                continue  # "Spanish Town" is a Jamaican city, no mention of Spain
            old = self.country_end.get((end, adj))
            if old is None or old[0] > i:
                self.country_end[(end, adj)] = (i, code)
        self.title_end: dict[int, int] = {}
        for i, end, _title in dictionary._titles.find(self.tokens):
            if self._capital_or_lower_title(i, end):
                self.title_end[end] = min(i, self.title_end.get(end, i))

    def _starts_place_name(self, i: int, end: int) -> bool:
        """A country adjective that opens a capitalised city name ("Spanish Town", "American Fork")."""
        if end >= len(self.tokens) or not self.tokens[end].text[:1].isupper():
            return False
        name = self.text[self.tokens[i].start : self.tokens[end].end]
        return name in self.d.place_names() or name.title() in self.d.place_names()

    def _capital_or_lower_title(self, i: int, end: int) -> bool:
        return all(t.key == t.exact or t.text[0].isupper() for t in self.tokens[i:end])

    # -- span helpers

    def span(self, i: int, end: int) -> tuple[str, int, int]:
        s, e = self.tokens[i].start, self.tokens[end - 1].end
        return self.text[s:e], s, e

    def left_country(self, i: int) -> tuple[int, str] | None:
        """A country adjective, or a country name with "'s", right before token ``i``."""
        hit = self.country_end.get((i, True))
        if hit is not None:
            return hit
        if i >= 2 and self.tokens[i - 2].key == "'" and self.tokens[i - 1].key == "s":
            return self.country_end.get((i - 2, False))
        return None

    def left_title(self, i: int) -> tuple[int, str, str | None]:
        """Start token of a title/honorific before a name at ``i``, the title, and its country."""
        start, title, country = i, "", None
        j = i
        if j >= 2 and self.tokens[j - 1].key == "." and self.tokens[j - 2].key in HONORIFICS:
            return j - 2, "", None
        if j >= 1 and self.tokens[j - 1].key in HONORIFICS:
            return j - 1, "", None
        t = self.title_end.get(j)
        if t is not None:
            start, title = t, " ".join(tok.key for tok in self.tokens[t:j])
            lc = self.left_country(t)
            if lc is not None:
                start, country = lc[0], lc[1]
        return start, title, country

    def modifiers_before(self, i: int) -> int:
        j = i
        while j > 0:
            tok = self.tokens[j - 1]
            if tok.key in MODIFIERS:
                j -= 1
                continue
            if (
                j >= 3
                and self.tokens[j - 2].key == "-"
                and (f"{self.tokens[j - 3].key}-{tok.key}" in MODIFIERS or tok.key in _BACKED)
            ):
                j -= 3
                continue
            break
        return j

    # -- candidate sources

    def dictionary_candidates(self) -> Iterator[_Cand]:
        for i, end, entry in self.d._named.find(self.tokens):
            start = i
            if entry.person:
                start = self.left_title(i)[0]
            else:
                lc = self.left_country(i)
                if lc is not None and lc[1] == entry.country:
                    start = lc[0]
            text, s, e = self.span(start, end)
            yield _Cand(start, end, 0, self.d.actor(entry, text=text, start=s, end=e), entry.person)

    def generic_candidates(self) -> Iterator[_Cand]:
        for i, end, generic in self.d._generic.find(self.tokens):
            if i and self.tokens[i - 1].key in NOT_AFTER.get(self.tokens[i].key, ()):
                continue
            determined = self.tokens[i].key in _DETERMINERS  # "a man", "the authorities"
            start = i if determined else self.modifiers_before(i)
            country: str | None = None
            lc = None if determined else self.left_country(start)
            if lc is not None:
                start, country = lc
            elif (
                end + 1 < len(self.tokens)
                and (
                    self.tokens[end].key == "of"
                    or (self.tokens[end].key == "in" and generic.kind in _INSTITUTIONAL)
                )
                and (hit := self._country_starting(end + 1)) is not None
            ):
                country = hit[1]  # "police in Iraq": the country name stays the place resolver's
            specific = self.d.specific(generic, country)
            text, s, e = self.span(start, end)
            if specific is not None:
                # "the Tunisian army" is the country's army and still "the military"
                actor = self.d.actor(specific, text=text, start=s, end=e)
                actor = _also_generic(actor, generic.name, generic.aliases)
                yield _Cand(start, end, 1, actor, source="generic", core=i)
            else:
                actor = self.d.actor(generic, text=text, start=s, end=e, country=country)
                yield _Cand(start, end, 1, self.youths(actor, start, i), source="generic", core=i)

    def youths(self, actor: Actor, start: int, core: int) -> Actor:
        """ "young people", "young men", "youths": one group by any of its words (the others as aliases)."""
        head = self.tokens[core].key
        young = head in YOUTH_HEADS and any(t.key == "young" for t in self.tokens[start:core])
        if not (young or head == "youths"):
            return actor
        written = (actor.text or "").lower()
        extra = tuple(n for n in YOUTH_NAMES if n not in written and n not in actor.aliases)
        return actor.replace(aliases=(*actor.aliases, *extra)) if extra else actor

    def arms_candidates(self) -> Iterator[_Cand]:
        """A country before an attack noun ("a US drone strike", "Israeli warplanes"): its military."""
        army = next((g for g in self.d.generics if g.key == "army"), None)
        if army is None:
            return
        for (end, _adj), (i, code) in self.country_end.items():
            j = end
            if j + 1 < len(self.tokens) and self.tokens[j].key == "'" and self.tokens[j + 1].key == "s":
                j += 2  # "Russia's missile attacks"
            k = j
            while j < len(self.tokens) and j - k < 3 and self.tokens[j].key in _ARMS_WORDS:
                j += 1
            last = j if j < len(self.tokens) and self.tokens[j].key in _ATTACK_NOUNS else j - 1
            if last < k or last >= len(self.tokens) or self.tokens[last].key not in _ATTACK_NOUNS:
                continue
            if i > 0 and self.tokens[i - 1].key in ("-", "of"):
                continue  # "anti-US", "the fall of Iran"
            text, s, e = self.span(i, end)
            specific = self.d.specific(army, code)
            if specific is not None:
                actor = self.d.actor(specific, text=text, start=s, end=e)
            else:
                actor = self.d.actor(army, text=text, start=s, end=e, country=code)
            yield _Cand(i, end, 0, actor, source="generic", core=i)

    def _country_starting(self, i: int) -> tuple[int, str] | None:
        for end, (code, adj) in self.d._country.match_at(self.tokens, i):
            if not adj:
                return end, code
        return None

    def acronym_candidates(self) -> Iterator[tuple[_Cand, str]]:
        """Long forms defined with an acronym in parentheses, not otherwise known."""
        for m in _ACRONYM_DEF.finditer(self.text):
            acronym = m.group(1)
            end_tok = self.tok_at_end.get(m.start())
            if end_tok is None:
                continue
            words: list[int] = []
            j = end_tok
            while j >= 0 and len(words) < 12:
                tok = self.tokens[j]
                if tok.text[:1].isupper() or tok.key in _CONNECTORS or tok.key in _PARTICLES:
                    words.append(j)
                    j -= 1
                else:
                    break
            words.reverse()
            capitals = [k for k in words if self.tokens[k].text[:1].isupper()]
            initials = "".join(self.tokens[k].text[0] for k in capitals)
            letters = "".join(c for c in acronym if c.isupper())
            if len(letters) < 2:
                continue
            if initials.upper().endswith(letters.upper()):
                start = capitals[len(capitals) - len(letters)]
            else:
                start = next(
                    (
                        k
                        for k in reversed(capitals)
                        if _initials_spell(
                            letters,
                            [
                                (self.tokens[w].text[0], self.tokens[w].text[:1].isupper())
                                for w in words
                                if w >= k
                                and self.tokens[w].text[:1].isalpha()
                                and (self.tokens[w].text[:1].isupper() or self.tokens[w].key in _PARTICLES)
                            ],
                        )
                    ),
                    -1,
                )
                if start < 0:
                    start = self._translated_start(letters, end_tok)
                if start < 0:
                    continue
            text, s, e = self.span(start, end_tok + 1)
            actor = self._entity_actor(text, s, e, "ORG", start)
            yield _Cand(start, end_tok + 1, 0, actor, source="local"), acronym

    def _translated_start(self, letters: str, end_tok: int) -> int:
        """Where an English name starts whose parenthesised acronym is that of the name in its own
        language ("Convergence for Social Democracy (CPDS)", "General Police Inspectorate (IGP)"):
        two or more capitalised words joined only by "of"/"for"/"and" or a particle, whose initials
        hold the acronym's first letter and at least one more of its letters; -1 when none."""
        words: list[int] = []
        j = end_tok
        while j >= 0 and len(words) < 8:
            tok = self.tokens[j]
            if tok.text[:1].isupper() and tok.text[:1].isalpha():
                words.append(j)
            elif not (words and tok.key in _TRANSLATED_JOINS):
                break
            j -= 1
        while words and self.tokens[words[-1]].key in _DETERMINERS:  # "The National … Observatory"
            words.pop()
        if len(words) < 2:
            return -1
        initials = Counter(self.tokens[k].text[0].upper() for k in words)
        shared = sum((Counter(letters.upper()) & initials).values())
        return min(words) if letters[0].upper() in initials and shared >= 2 else -1

    def entity_candidates(self) -> Iterator[_Cand]:
        for ent in doc_ents(self.doc):
            label = ent.label_
            if label not in ("PERSON", "ORG", "NORP"):
                continue
            if label == "NORP" and (ent[-1].pos_ == "ADJ" or ent[-1].tag_ in ("JJ", "NNP")):
                continue
            s, e = ent.start_char, ent.end_char
            for prefix in ("the ", "The "):
                if self.text.startswith(prefix, s) and e - s > len(prefix):
                    s += len(prefix)
            for suffix in ("'s", "’s", "'", "’"):
                if self.text.endswith(suffix, s, e) and e - s > len(suffix):
                    e -= len(suffix)
            i, j = self.tok_at_start.get(s), self.tok_at_end.get(e)
            if i is None or j is None:
                continue
            text = self.text[s:e]
            known = self.d.lookup(text)
            if (
                known is not None
                and known.identifier is not None
                and not known.identifier.startswith("ew:generic-")
            ):
                start = i
                if label == "PERSON":
                    start = self.left_title(i)[0]
                t, s2, e2 = self.span(start, j + 1)
                actor = known.replace(text=t, start_char=s2, end_char=e2)
                # a body spaCy took for a person ("Asoprof") is no person: its name's last word
                # ("… of Panama") is no surname to find again
                entry = self.d._by_identifier.get(known.identifier)
                person = label == "PERSON" and (entry is None or entry.person)
                yield _Cand(start, j + 1, 0, actor, person, source="dict")
                continue
            if label == "NORP":
                yield self._people(text, i, j)  # "Afghans", "Zoroastrians"
                continue
            if "(" in text or ")" in text or "\n" in text or self._looks_like_place(i, j):
                continue
            if text in self.d.place_names() or text.title() in self.d.place_names():
                continue
            if i < j and self.tokens[j].key in SITE_HEADS:
                continue  # "the city's Adelabad Prison", "Srinagar Highway": a site, not a person or body
            start = i
            if label == "PERSON":
                start = self.left_title(i)[0]
            t, s2, e2 = self.span(start, j + 1)
            actor = self._entity_actor(t, s2, e2, label, i)
            yield _Cand(start, j + 1, 1, actor, label == "PERSON", source="entity")

    def _people(self, text: str, i: int, j: int) -> _Cand:
        """A people or creed spaCy found as a noun: civilians of a country when it is a demonym."""
        country: str | None = None
        for stem in (text, text[:-1] if text.endswith("s") else text):
            toks = tokenize(stem)
            hits = [
                code for end, (code, adj) in self.d._country.match_at(toks, 0) if adj and end == len(toks)
            ]
            if toks and hits:
                country = hits[0]
                break
        t, s, e = self.span(i, j + 1)
        actor = Actor(
            text=t,
            start_char=s,
            end_char=e,
            name=t,
            aliases=(),
            kind="civilians" if country else "unknown",
            role=None,
            country=country,
            identifier=None,
            dictionary_version=self.d.version,
        )
        return _Cand(i, j + 1, 1, actor, source="entity")

    def _looks_like_place(self, i: int, last: int) -> bool:
        """A name in a dateline, or after "in"/"at"/"near" (through a list of names): a place."""
        tok = self.tokens[i]
        line_start = i == 0 or "\n" in self.text[self.tokens[i - 1].end : tok.start]
        if line_start and tok.text.isupper() and len(tok.text) > 2:
            follow = self.text[self.tokens[last].end : self.tokens[last].end + 3].lstrip()
            if follow[:1] in ("(", ",", "—", "–", "-", ":"):
                return True
        k = i - 1
        while k >= 0:
            prev = self.tokens[k]
            if prev.key in (",", "and", "or") or prev.text[:1].isupper():
                k -= 1
                continue
            return prev.key in _LOCATIVES or (i == last and prev.key == "of")
        return False

    def _entity_actor(self, text: str, s: int, e: int, label: str, name_tok: int) -> Actor:
        country: str | None = None
        kind = "unknown"
        name = self.text[self.tokens[name_tok].start : e]
        if label == "PERSON":
            _, title, country = self.left_title(name_tok)
            last = self.tok_at_end.get(e, name_tok)
            inner = max((end for end, _t in self.d._titles.match_at(self.tokens, name_tok)), default=0)
            if name_tok < inner <= last:  # spaCy kept the title inside the name: "Hojatoleslam Mousavi"
                title = " ".join(t.key for t in self.tokens[name_tok:inner])
                name = self.text[self.tokens[inner].start : e]
            elif self.tokens[name_tok].key in HONORIFICS and name_tok < last:
                nxt = name_tok + 2 if self.tokens[name_tok + 1].key == "." else name_tok + 1
                if nxt <= last:
                    name = self.text[self.tokens[nxt].start : e]
            if title and kind_of_org(name) != "unknown":
                # "Iran Justice Monitor": a title word before an organisation's noun names no person
                kind = kind_of_org(text)
            elif title:
                kind = kind_of_title(title)
        else:
            kind = kind_of_org(name)
            i = self.tok_at_start.get(s)
            j = self.tok_at_end.get(e)
            if kind == "unknown" and i is not None and j is not None:
                # "Tehran Bus Drivers Association": the kind of a generic group it names
                words = self.tokens[i : j + 1]
                kind = next((g.kind for _, _, g in self.d._generic.find(words)), "unknown")
            if i is not None:
                for _end, (code, _adj) in self.d._country.match_at(self.tokens, i):
                    country = code
                    break
            if country is None and i is not None and (lc := self.left_country(i)) is not None:
                country = lc[1]
        return Actor(
            text=text,
            start_char=s,
            end_char=e,
            name=name,
            aliases=(),
            kind=_kind(kind),
            role=None,
            country=country,
            identifier=None,
            dictionary_version=self.d.version,
        )

    # -- selection

    def resolve(self) -> list[Actor]:
        named = list(self.dictionary_candidates())
        cands = [*named]
        for g in self.generic_candidates():
            # a group around a name wins when modifiers swallowed the name ("Baluch protesters") or the
            # pattern names a group of the same kind ("UN experts")
            if any(
                g.start <= c.start
                and c.end <= g.end
                and c.end - c.start < g.end - g.start
                and (
                    c.end <= g.core
                    or c.actor.kind == g.actor.kind
                    # "Syrian government forces": the state's forces, not the state
                    or (c.actor.kind == "state" and g.actor.kind == "security_forces" and c.end < g.end)
                )
                for c in named
            ):
                g.tier = 0
            cands.append(g)
        cands.extend(self.arms_candidates())
        acronyms: list[tuple[_Cand, str]] = list(self.acronym_candidates())
        cands.extend(c for c, _ in acronyms)
        for c in self.entity_candidates():
            # a longer organisation name around a known one ("Amnesty International Kenya") is its own actor
            if (
                c.source == "entity"
                and not c.person
                and any(
                    c.start <= n.start and n.end <= c.end and n.end - n.start < c.end - c.start for n in named
                )
            ):
                c.tier = 0
            cands.append(c)
        # a name made of common words ("Democratic Party") tells no country: it is the article's own
        focus = self.focus_country() or _named_focus([c for c in named if not self._common_words(c)])
        # a shared short name ("RSF") is the body the text also names in full ("the Rapid Support Forces")
        spelled = {c.actor.identifier for c in named if c.end - c.start > 1}
        cands.sort(
            key=lambda c: (
                c.tier,
                -(c.end - c.start),
                c.start,
                c.source != "dict",
                c.actor.identifier not in spelled,
                self._unlikely(c, focus),
            )
        )
        taken: list[_Cand | None] = [None] * len(self.tokens)
        chosen: list[_Cand] = []
        for c in cands:
            if any(taken[k] is not None for k in range(c.start, c.end)):
                continue
            for k in range(c.start, c.end):
                taken[k] = c
            chosen.append(c)
        chosen.sort(key=lambda c: c.start)
        self._local_pass(chosen, taken, acronyms)
        chosen = sorted({id(c): c for c in taken if c is not None}.values(), key=lambda c: c.start)
        out = [self._foreign_common_name(c, focus) or self._in_focus(c, focus) for c in chosen]
        return self._spokespeople(chosen, out, focus)

    def _spokespeople(self, chosen: list[_Cand], out: list[Actor], focus: str | None) -> list[Actor]:
        """A person named with the office they speak for ("police spokesman Nihal Perera", "Army
        spokesman Brigadier X"): the institution rides along as an alias (the body a report from its
        spokesman is the report of)."""
        for n, c in enumerate(chosen):
            if not c.person:
                continue
            body: str | None = None
            prev = chosen[n - 1] if n else None
            if prev is not None and out[n - 1].kind in _INSTITUTIONAL and self._title_only(prev.end, c.start):
                ident = out[n - 1].identifier or ""
                if not ident.startswith("ew:generic-") or ident[len("ew:generic-") :] in _SPEAKS_FOR:
                    body = out[n - 1].name  # "Army spokesman Brigadier X": the army, as resolved
            if body is None:
                for _i, _end, g in self.d._generic.find(self.tokens[c.start : c.end]):
                    if g.key in _SPEAKS_FOR and (spoken := self.d.generic_by_key(_SPEAKS_FOR[g.key])):
                        specific = self.d.specific(spoken, focus) if focus else None
                        body = specific.name if specific is not None else spoken.name
                        break
            a = out[n]
            if body is not None and body != a.name and body not in a.aliases:
                out[n] = inferred(a.replace(aliases=(*a.aliases, body)), a, "resolve.speaks_for")
        return out

    def _title_only(self, i: int, j: int) -> bool:
        """Nothing but a rank or title stands between tokens ``i`` and ``j``."""
        if i > j:
            return False
        return i == j or self.title_end.get(j) == i or all(t.text[:1].isupper() for t in self.tokens[i:j])

    def _foreign_common_name(self, c: _Cand, focus: str | None) -> Actor | None:
        """A party or force whose name is made of common words ("Democratic Party", "Labour Party",
        "Federal Police") names the one of the article's country, not the dictionary's other
        country's: kept as written, unresolved."""
        a = c.actor
        if focus is None or c.source != "dict" or a.country is None or a.country == focus or c.person:
            return None
        if not self._common_words(c):
            return None
        return a.replace(name=a.text or a.name, aliases=(), country=None, identifier=None)

    def _common_words(self, c: _Cand) -> bool:
        """The name as written is made of common words only ("Democratic Party", "Federal Police")."""
        words = [t.key for t in self.tokens[c.start : c.end] if t.key.isalpha()]
        return bool(words) and all(w in _COMMON_NAME_WORDS for w in words)

    def _unlikely(self, c: _Cand, focus: str | None) -> int:
        """Among entries sharing a name ("RSF"), how poorly one fits here: 0 best. An armed body
        before "fighters" or "forces", then the entry of the article's country."""
        armed = c.end < len(self.tokens) and self.tokens[c.end].key in _ARMED_AFTER
        misfit = int(armed and c.actor.kind not in ("armed_group", "security_forces"))
        return 2 * misfit + int(focus is not None and c.actor.country != focus)

    def focus_country(self) -> str | None:
        """The country the article is about: named (or its adjective used) at least twice, and
        more than all other countries together."""
        counts = Counter(code for (_end, _adj), (_i, code) in self.country_end.items())
        if not counts:
            return None
        code, n = counts.most_common(1)[0]
        return code if n >= 2 and n * 2 > sum(counts.values()) else None

    def _in_focus(self, c: _Cand, focus: str | None) -> Actor:
        """An institution named generically ("the interior ministry", "the telecommunications
        authority") is that of the article's country, where the dictionary knows it."""
        a = c.actor
        ident = a.identifier or ""
        if (
            focus is None
            or c.source != "generic"
            or a.country is not None
            or not ident.startswith("ew:generic-")
            or (a.kind not in _INSTITUTIONAL and ident[len("ew:generic-") :] not in _FOCUSED_OTHERS)
            or ident[len("ew:generic-") :] in _NOT_FOCUSED
        ):
            return a
        key = ident[len("ew:generic-") :]
        generic = self.d.generic_by_key(key)
        specific = self.d.specific(generic, focus) if generic is not None else None
        if specific is None and key in _SPEAKS_FOR:
            # "an army spokesman", "the police chief": the institution they speak for, the country's own
            body = self.d.generic_by_key(_SPEAKS_FOR[key])
            specific = self.d.specific(body, focus) if body is not None else None
            if specific is not None:
                found = self.d.actor(specific, text=a.text, start=a.start_char, end=a.end_char)
                written = (a.text,) if a.text and a.text != a.name else ()
                return inferred(
                    found.replace(aliases=(*found.aliases, a.name, *written)), found, "resolve.spokesman"
                )
        if specific is None:
            return a
        return _also_generic(self.d.actor(specific, text=a.text, start=a.start_char, end=a.end_char), a.name)

    def _local_pass(
        self, chosen: list[_Cand], taken: list[_Cand | None], acronyms: list[tuple[_Cand, str]]
    ) -> None:
        """Short forms defined earlier in the document: surnames, short aliases, acronyms."""
        local: PhraseIndex[tuple[int, Actor, bool]] = PhraseIndex()
        seen_entries: set[str] = set()
        for c in chosen:
            e = self.tokens[c.end - 1].end
            if c.person:
                for source in (c.actor.name, c.actor.text or ""):
                    words = [t for t in tokenize(source) if t.key.isalpha()]
                    if len(words) >= 2 and words[-1].text[:1].isupper() and len(words[-1].text) > 2:
                        local.add(words[-1].text, (e, c.actor, True))
            ident = c.actor.identifier
            if ident and ident not in seen_entries:
                seen_entries.add(ident)
                entry = self.d._by_identifier.get(ident)
                if entry is not None:
                    local.add_all(entry.short, (e, c.actor, entry.person))
        defined: set[str] = set()  # acronyms the article defines: they beat a dictionary reading
        for c, acronym in acronyms:
            owner = taken[c.start]
            if owner is not None:
                local.add(acronym, (self.tokens[owner.start].start, owner.actor, False))
                defined.add(acronym)
        # dictionary long forms followed by a new acronym: "(HRANA)" after a known name
        for c in chosen:
            if c.source == "entity" or c.person:
                continue
            m = _ACRONYM_DEF.match(self.text, self.tokens[c.end - 1].end)
            if m:
                local.add(m.group(1), (self.tokens[c.start].start, c.actor, False))
                defined.add(m.group(1))
        if not len(local):
            return
        found: dict[tuple[int, int], list[tuple[int, Actor, bool]]] = {}
        for i, end, value in local.find(self.tokens):
            found.setdefault((i, end), []).append(value)
        for (i, end), options in sorted(found.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
            here = self.tokens[i].start
            valid = [v for v in options if v[0] <= here]
            if not valid:
                # a surname in a headline or lede, before the full name: the first full name after it
                later = [v for v in options if v[2] and v[0] > here]
                if not later:
                    continue
                valid = [min(later, key=lambda v: v[0])]
            # an ambiguous short form goes to the actor named most often so far, then the latest
            counts = Counter(v[1].name for v in valid)
            best = max(valid, key=lambda v: (counts[v[1].name], v[0]))
            _pos, template, person = best
            start = self.left_title(i)[0] if person else i
            current = {id(x): x for x in taken[start:end] if x is not None}
            short_form = self.text[here : self.tokens[end - 1].end]
            overridable = ("entity", "generic", "dict") if short_form in defined else ("entity", "generic")
            if any(
                x.source not in overridable
                or x.start < start
                or x.end > end
                or (x.source == "dict" and x.actor.name == template.name)
                for x in current.values()
            ):
                continue
            text, s, e = self.span(start, end)
            actor = template.replace(text=text, start_char=s, end_char=e, role=None)
            cand = _Cand(start, end, 0, actor, person, source="local")
            for k in range(start, end):
                taken[k] = cand


def _named_focus(named: list[_Cand]) -> str | None:
    """The country of a story that names no country twice ("PORT SUDAN, June 18 - Shelling by the
    Rapid Support Forces … The RSF …"): that of the bodies it names, each mention once (its longest
    reading), at least two, and more than all other countries' together. A short name two entries
    share ("RSF") counts for the one the text also spells out, else not at all."""
    spelled = {c.actor.identifier for c in named if c.end - c.start > 1}
    by_span: dict[tuple[int, int], list[_Cand]] = {}
    for c in named:
        by_span.setdefault((c.start, c.end), []).append(c)
    counts: Counter[str] = Counter()
    for (start, end), readings in by_span.items():
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e in by_span):
            continue  # inside a longer name
        if len(readings) > 1:
            readings = [c for c in readings if c.actor.identifier in spelled]
        if len(readings) == 1 and readings[0].actor.country:
            counts[readings[0].actor.country] += 1
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    return code if n >= 2 and n * 2 > sum(counts.values()) else None


def _also_generic(actor: Actor, generic_name: str, generic_aliases: tuple[str, ...] = ()) -> Actor:
    """A country's institution named by a generic word keeps the generic class's name (and the class's
    own aliases) among its aliases: the army of the country is still "the military" and its "soldiers",
    its police still "police"."""
    extra = tuple(dict.fromkeys(n for n in (generic_name, *generic_aliases) if n != actor.name))
    extra = tuple(n for n in extra if n not in actor.aliases)
    return actor.replace(aliases=(*actor.aliases, *extra)) if extra else actor


def find_actors(doc: Doc, dictionary: ActorDictionary) -> list[Actor]:
    """Actor mentions (named and generic) with offsets; ``role`` is None here.

    Sorted by offset; mentions never overlap (the longest, then the dictionary's, wins).
    """
    return _Resolver(doc, dictionary).resolve()
