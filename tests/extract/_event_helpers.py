"""Shared helpers of the event tests: build Mentions by hand around a parsed text."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from eventwire.extract.events import find_events
from eventwire.extract.magnitudes import find_magnitudes
from eventwire.extract.mentions import Mentions
from eventwire.extract.triggers import find_triggers
from eventwire.ingest.document import make_document
from eventwire.records import Actor, Claim, Event, Place, Span, Time
from tests.extract.test_claims import claims_of

if TYPE_CHECKING:
    from spacy.language import Language

    from eventwire.pipeline import Pipeline

PUBLISHED = date(2023, 2, 7)


def mentions(
    nlp: Language,
    text: str,
    *,
    times: tuple[Time, ...] = (),
    places: tuple[Place, ...] = (),
    actors: tuple[Actor, ...] = (),
    claims: tuple[Claim, ...] = (),
    publisher: str | None = None,
) -> Mentions:
    doc = nlp(text)
    document = make_document(
        text, normalize=False, published=PUBLISHED.isoformat(), published_source="user", publisher=publisher
    )
    return Mentions(
        document=document,
        doc=doc,
        published=PUBLISHED,
        times=times,
        actors=actors,
        places=places,
        magnitudes=tuple(find_magnitudes(doc)),
        claims=claims,
    )


def events(nlp: Language, text: str, **kwargs: object) -> list[Event]:
    return find_events(mentions(nlp, text, **kwargs))  # type: ignore[arg-type]


def trigger_texts(nlp: Language, text: str, etype: str) -> list[str]:
    """The written words of every trigger of ``etype`` the trigger finder sees in ``text``."""
    return [text[t.start_char : t.end_char] for t in find_triggers(nlp(text)) if t.type == etype]


def status_of(nlp: Language, text: str, etype: str) -> str:
    """The status of the first event of ``etype`` in ``text``, with the text's own claims found."""
    cls = tuple(claims_of(nlp, text))
    evs = [e for e in events(nlp, text, claims=cls) if e.type == etype]
    assert evs, f"no {etype} event"
    return evs[0].status


def at(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def time(text: str, phrase: str, start: str, end: str | None = None, kind: str = "DATE") -> Time:
    s, e = at(text, phrase)
    return Time(phrase, s, e, start, start, end or start, "day", "document", kind)  # type: ignore[arg-type]


def place(text: str, phrase: str, country: str = "IR", precision: str = "city") -> Place:
    s, e = at(text, phrase)
    return Place(phrase, s, e, phrase, 1, 0.0, 0.0, country, None, "city", precision)  # type: ignore[arg-type]


def actor(text: str, phrase: str, kind: str = "rights_group") -> Actor:
    s, e = at(text, phrase)
    return Actor(phrase, s, e, phrase, (), kind, None, None)  # type: ignore[arg-type]


def claim(text: str, speaker: str, content: str, cid: str = "cl1", cue: str = "said") -> Claim:
    s, e = at(text, content)
    cs, ce = at(text, cue)
    return Claim(
        cid,
        actor(text, speaker).replace(role="speaker"),
        Span(cue, cs, ce),
        Span(content, s, e),
        False,
        None,
        (),
        Span(text, 0, len(text)),
    )


def kinds(evs: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.type, e.subtype) for e in evs]


def places_of(text: str, pipeline: Pipeline, trigger: str, published: str) -> list[str]:
    """The place names of the record whose trigger is ``trigger``, through the whole pipeline."""
    from eventwire.api import extract_text

    result = extract_text(text, published=published, pipeline=pipeline)
    event = next(e for e in result.events if e.trigger.text == trigger)
    return [p.text for p in event.places]


def trigger_types(nlp: Language, text: str, word: str) -> list[str]:
    """The types of the triggers whose span holds ``word``."""
    return [t.type for t in find_triggers(nlp(text)) if word in text[t.start_char : t.end_char]]
