"""Media sources and the publisher: footage or posts shared or vetted by an outlet, material
sent to it, and whether a name is the publisher or its own staff ("our correspondent")."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..records import Actor, Claim
from .status_syntax import REPORT_NOUNS, _ancestors
from .syntax import char_span, kids, lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as Span_

__all__ = ["STAFF_NOUNS", "is_publisher"]


MEDIA_NOUNS = frozenset({"video", "footage", "photo", "photograph", "image", "picture", "clip", "recording"})
SHOW_VERBS = frozenset({"show", "depict", "capture", "appear"})
VET_VERBS = frozenset(
    {"verify", "obtain", "receive", "see", "review", "geolocate", "authenticate", "examine", "check"}
)
SHARE_VERBS = frozenset({"share", "post", "publish", "circulate", "release", "broadcast", "air", "upload"})


def _media_source(head: Token, publisher: str | None = None) -> int | None:
    """ "videos shared online showed police firing at protesters", "sharing videos of officers beating
    protesters": the footage reports the event; its source is who shared it, else the footage. Footage
    the newsroom verified or received ("videos verified by <publisher> showed") is its own evidence."""
    for anc, dep in _ancestors(head, 6):
        if lemma(anc) in SHOW_VERBS and dep in ("ccomp", "xcomp", "dobj"):
            subj = next((c for c in kids(anc) if c.dep_ == "nsubj"), None)
            if subj is None and anc.dep_ in ("xcomp", "conj"):  # "appeared to show"
                subj = next((c for c in kids(anc.head) if c.dep_ == "nsubj"), None)
            if subj is not None and lemma(subj) in MEDIA_NOUNS:
                return None if _vetted(subj, publisher) else _sharer(subj) or int(subj.i)
            return None
        if anc.pos_ == "NOUN" and lemma(anc) in MEDIA_NOUNS and dep in ("pobj", "acl", "prep"):
            return None if _vetted(anc, publisher) else _sharer(anc) or int(anc.i)
        if anc.pos_ == "NOUN" and dep not in ("pobj", "prep", "acl", "compound"):
            return None
    return None


def _vetted(media: Token, publisher: str | None) -> bool:
    """ "videos verified by Gulf Dispatch", "footage obtained by the newspaper", "videos received by <us>"."""
    verbs = [c for c in kids(media) if c.dep_ in ("acl", "relcl")]
    if media.dep_ in ("nsubj", "nsubjpass") and media.head.pos_ == "VERB":
        verbs.append(media.head)  # "Videos received by Radio Azadi showed …" parsed with the verb as head
    # "videos shared on social media and checked by the agency": the second participle is a conjunct
    verbs += [g for v in verbs for g in kids(v) if g.dep_ == "conj" and g.tag_ == "VBN"]
    for verb in verbs:
        if lemma(verb) == "send":
            if _sent_to_publisher(verb, publisher):
                return True  # "photographs sent to us show", "videos sent to <publisher>"
            continue
        if lemma(verb) not in VET_VERBS:
            continue
        agent = next((o for a in kids(verb) if a.dep_ == "agent" for o in kids(a) if o.dep_ == "pobj"), None)
        if agent is None:
            return True
        name = " ".join(t.text for t in agent.subtree)
        words = _words(name)
        if publisher and words and words == _words(publisher)[: len(words)]:
            return True
        if agent.lower_ in ("us", "reporters", "correspondents"):
            return True
        if agent.lower_ in SELF_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(agent)):
            return True  # "checked by the agency" in an agency's report, "obtained by the newspaper"
    return False


def _sent_to_publisher(verb: Token, publisher: str | None) -> bool:
    """ "sent to us", "sent to our monitors", "sent to <publisher>": the newsroom received it."""
    for prep in kids(verb):
        if prep.dep_ not in ("prep", "dative") or prep.lower_ != "to":
            continue
        for obj in kids(prep):
            if obj.dep_ != "pobj":
                continue
            if obj.lower_ == "us" or any(c.dep_ == "poss" and c.lower_ == "our" for c in kids(obj)):
                return True
            words = _words(" ".join(t.text for t in obj.subtree))
            if publisher and words and words == _words(publisher)[: len(words)]:
                return True
    return False


def _vetted_speaker(claim: Claim, doc: Doc, publisher: str | None) -> bool:
    """A claim whose speaker is footage or reports the publisher received ("according to reports and
    videos received by <publisher>", "according to reports received from inside the country"): the
    publisher's own evidence (S6), as :func:`_media_source` reads footage that shows an act."""
    start, end = claim.speaker.start_char, claim.speaker.end_char
    span = None if start is None or end is None else char_span(doc, start, end)
    if span is None or len(span) == 0:
        return False
    root = span.root
    nouns = [root, *(c for c in kids(root) if c.dep_ == "conj")]
    if not all(lemma(n) in MEDIA_NOUNS | REPORT_NOUNS for n in nouns) or _named_sender(span):
        return False
    return any(_vetted(n, publisher) for n in nouns)


def _named_sender(span: Span_) -> bool:
    """ "reports received from the network of the Resistance": who sent them is named, and speaks;
    "received from inside the country" names only where they came from."""
    return any(
        t.lower_ == "from"
        and o.dep_ == "pobj"
        and o.pos_ in ("NOUN", "PROPN")
        and o.ent_type_ not in PLACE_ENTS
        for t in span
        for o in kids(t)
    )


PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# what a news organisation calls itself in its own report ("verified by the agency")
SELF_NOUNS = frozenset({"agency", "newspaper", "paper", "broadcaster", "outlet", "website", "publication"})


def _sharer(media: Token) -> int | None:
    """Who posted or shared the footage: "footage posted by activists", "Lawyers …, sharing videos"."""
    for c in kids(media):
        if c.dep_ == "acl" and lemma(c) in SHARE_VERBS:
            for a in kids(c):
                if a.dep_ == "agent":
                    obj = next((o for o in kids(a) if o.dep_ == "pobj"), None)
                    if obj is not None:
                        return int(obj.i)
    verb = media.head
    if media.dep_ == "dobj" and lemma(verb) in SHARE_VERBS:
        holder = verb.head if verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" else verb
        subj = next((c for c in kids(holder) if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if subj is not None:
            return int(subj.i)
    return None


def _words(name: str) -> list[str]:
    return list(_name_words(name))


@functools.lru_cache(maxsize=4096)  # asked per event of the same publisher and speaker names
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.sub(r"[^\w\s]", " ", name.lower()).split() if w not in ("the", "a", "an", "s"))


# the publisher's own people: "a TAP correspondent", "Amnesty researchers", "our reporter" report what
# the publisher itself saw or found; a witness ("a Reuters witness") is another speaker, as most
# annotators read it
STAFF_NOUNS = frozenset(
    {"correspondent", "correspondents", "reporter", "reporters", "journalist"}
    | {
        "journalists",
        "photographer",
        "photographers",
        "cameraman",
        "crew",
        "team",
        "researcher",
        "researchers",
    }
    | {"staff", "stringer", "investigators", "monitors", "delegation"}
)


# words that name a political party ("… Front", "Congrès National pour la Liberté", "Movement for …"):
# in such a party's own release, "the party" is the publisher
PARTY_NAMES = frozenset(
    {"party", "front", "movement", "congress", "league", "alliance", "parti", "partido", "frente"}
    | {"congrès", "mouvement", "movimiento", "rassemblement", "union"}
)

# small words an acronym skips: "National Council of Resistance of Iran" -> NCRI
_LINKS = frozenset({"of", "and", "for", "in", "on", "de", "la", "pour"})


def is_publisher(speaker: Actor, publisher: str | None) -> bool:
    """The speaker is the publisher itself ("IHRM has recorded" in an IHRM statement, "the Observatory"),
    or its own staff ("an Eventwire witness", "a TAP correspondent", "our researchers")."""
    if not publisher:
        return False
    return _names_publisher((speaker.name, speaker.text, *speaker.aliases), speaker.kind, publisher)


@functools.lru_cache(maxsize=4096)  # asked per event of the same speaker and publisher
def _names_publisher(names: tuple[str | None, ...], kind: str | None, publisher: str) -> bool:
    pub = _words(publisher)
    if not pub:
        return False
    acronym = "".join(w[0] for w in pub)
    # "ASK" of "Ain o Salish Kendra": the initials of the capitalised words
    capitals = "".join(w[0] for w in publisher.split() if w[:1].isupper()).lower()
    owners = (pub, [acronym], [capitals], pub[:1])
    for name in names:
        if not name:
            continue
        words = _staff_without_place(_words(name))
        if len(words) >= 2 and words[-1] in STAFF_NOUNS:
            owner = words[:-1]
            if owner in (["our"], ["its"]) or owner in owners:
                return True
            if any(words[: len(o)] == o and len(words) - len(o) <= 4 for o in owners if o):
                return True  # "ASK's fact-finding team", "Amnesty's crisis response team"
        if not words:
            continue
        if _owned_by_publisher(name, owners, publisher):
            return True  # "the NCRI's Security and Counterterrorism Committee" in an "NCRI Iran News" release
        if len(words) == 2 and words[0] == "this" and words[1] in SELF_NOUNS:
            return True  # "according to a count by this newspaper": the outlet naming itself
        if words == pub or (len(pub) > 1 and words == [acronym]):
            return True
        if len(pub) == 1 and len(pub[0]) >= 4 and len(words) >= 2 and words[-1] == pub[0]:
            return True  # "the Human Rights Centre "Viasna"", "the Committee of the National Council (NCRI)"
        if len(pub) == 1 and len(words) >= 3 and "".join(w[0] for w in words if w not in _LINKS) == pub[0]:
            return True  # "National Council of Resistance of Iran" of "NCRI"
        n = len(words)
        if n >= 2 and any(pub[i : i + n] == words for i in range(len(pub) - n + 1)):
            return True  # "Haki Watch" of "Haki Watch Kenya"
        if n == 1 and len(pub) > 1 and words[0] == pub[-1] and (name.lower().startswith("the ")):
            return True  # "the Observatory", "the coalition"
        if n == 1 and words[0] == "party" and name.lower().startswith("the ") and PARTY_NAMES & set(pub):
            return True  # "the party said" in the "Jatiya Mukti Front" press office's release
        if (
            n == 1
            and len(pub) > 1
            and words[0] == pub[0]
            and len(words[0]) >= 4
            and name[:1].isupper()
            and kind != "state"
        ):
            return True  # "Hawar" of "Hawar Human Rights Organisation", "Amnesty" of "Amnesty International"
    return False


def _owned_by_publisher(name: str, owners: tuple[list[str], ...], publisher: str) -> bool:
    """A body the publisher names as its own: "the NCRI's Security and Counterterrorism Committee" in
    an NCRI release (docs/gold-format.md S6: "the NCRI said" in an NCRI release is the publisher's
    voice). The owner before the possessive is the publisher's full name, its initials, or its first
    word when that is itself an acronym ("NCRI" of "NCRI Iran News"); a country's first word ("Iran's
    Interior Ministry" in an "Iran Freedom Voice" release) is not an owner."""
    owner, sep, rest = name.partition("'s ")
    if not sep or not rest.strip():
        return False
    if not rest.split()[-1][:1].isupper():
        return False  # "SNK's lawyer": someone the publisher engaged, not a body it names as its own
    words = _words(owner)
    if not words:
        return False
    full, acronym, capitals, first = owners
    if words in (full, acronym, capitals):
        return True
    lead = publisher.split()[0]
    return words == first and lead.isupper() and len(lead) >= 3


def _publisher_token(tok: Token, publisher: str | None) -> bool:
    """The reporting verb's subject names the publisher ("CHRM has confirmed", "our researchers found"):
    the phrase from its left edge to the word itself, read as :func:`is_publisher` reads a speaker."""
    if not publisher:
        return False
    phrase = tok.doc[tok.left_edge.i : tok.i + 1].text
    return _names_publisher((phrase, tok.text), None, publisher)


def _staff_without_place(words: list[str]) -> list[str]:
    """ "our monitors in the region", "a Reuters reporter at the scene": the staff noun without the
    place after it; "our" before it is the publisher, whatever the parse glued before ("Monday, our
    monitors")."""
    k = next((i for i, w in enumerate(words) if w in STAFF_NOUNS), -1)
    if k < 1 or (k == len(words) - 1 and words[k - 1] != "our"):
        return words
    if "by" in words[: k - 1]:
        # "relatives interviewed by our researchers", "survivors reached by our correspondents": the
        # people the staff spoke to speak (docs/gold-format.md I6), not the staff
        return words
    if k < len(words) - 1 and words[k + 1] not in STAFF_PLACE_PREPS:
        return words
    return ["our", words[k]] if words[k - 1] == "our" else words[: k + 1]


STAFF_PLACE_PREPS = frozenset({"in", "at", "on", "from", "across", "inside", "near"})

# the publisher's news staff, whose eyewitness reporting is its own narration (docs/gold-format.md M9);
# researchers, monitors and investigators keep their findings as claims (M4)
NEWS_STAFF = frozenset(
    {"correspondent", "reporter", "journalist", "photographer", "cameraman", "crew", "stringer", "newsroom"}
)
# what the publisher finds out rather than sees (M4): its findings stay claims
FINDING_VERBS = frozenset({"establish", "document", "record", "verify", "ascertain"})


def news_staff(subject: Token, verb: Token | None) -> bool:
    """ "Our correspondent reported", "our reporter in the city said", "a Harbour Wire reporter at the
    scene said": news staff telling what they saw (M9), not finding it out ("our correspondent has
    established": M4). Whose staff they are is the caller's test."""
    if verb is not None and lemma(verb) in FINDING_VERBS:
        return False
    return lemma(subject) in NEWS_STAFF or subject.lower_.rstrip("s") in NEWS_STAFF
