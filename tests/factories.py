"""Hand-built records for tests that need no model."""

from __future__ import annotations

from eventwire.ingest.document import make_document
from eventwire.records import Actor, Claim, Document, Event, Magnitude, Place, Result, Span, Time

TEXT = (
    "Tuesday, February 7, 2023\n\n"
    "Security forces shot dead 12 protesters in Zahedan on Friday, Amnesty International said."
)


def span(text: str, phrase: str, occurrence: int = 1) -> Span:
    start = -1
    for _ in range(occurrence):
        start = text.index(phrase, start + 1)
    return Span(phrase, start, start + len(phrase))


def document(text: str = TEXT, published: str | None = "2023-02-07") -> Document:
    return make_document(text, published=published, published_source="user" if published else "none")


def result(text: str = TEXT) -> Result:
    doc = document(text)
    trig = span(text, "shot dead")
    sent = span(text, text.split("\n\n")[1])
    fri = span(text, "Friday")
    zah = span(text, "Zahedan")
    twelve = span(text, "12 protesters")
    speaker = span(text, "Amnesty International")
    time = Time("Friday", fri.start, fri.end, "2023-02-03", "2023-02-03", "2023-02-03", "day", "document")
    place = Place(
        "Zahedan",
        zah.start,
        zah.end,
        "Zahedan",
        1159301,
        29.4963,
        60.8629,
        "IR",
        "Sistan and Baluchestan",
        "city",
        "city",
    )
    amnesty = Actor(
        "Amnesty International",
        speaker.start,
        speaker.end,
        "Amnesty International",
        ("AI",),
        "rights_group",
        "speaker",
        None,
        "Q42970",
    )
    mag = Magnitude("fatalities", 12, 12, 12, "exact", twelve.text, twelve.start, twelve.end)
    claim = Claim(
        "cl1",
        amnesty,
        span(text, "said"),
        Span(
            sent.text[: -len(", Amnesty International said.")],
            sent.start,
            sent.start + len(sent.text) - len(", Amnesty International said."),
        ),
        False,
        None,
        (mag,),
        sent,
    )
    forces = Actor(
        "Security forces",
        sent.start,
        sent.start + len("Security forces"),
        "Security forces",
        (),
        "security_forces",
        "perpetrator",
        "IR",
    )
    victims = Actor(None, None, None, "Protesters", (), "protesters", "victim", "IR")
    event = Event(
        "ev1",
        "killing",
        "shooting",
        "attributed",
        "single",
        trig,
        sent,
        time,
        (place,),
        "IR",
        (forces, victims),
        (mag,),
        amnesty.replace(role=None),
        "cl1",
        0.8,
    )
    return Result(doc, (event,), (claim,), (place,), (time,), ())


def unresolved_place(
    text: str, name: str, country: str, feature: str = "city", admin1: str | None = None
) -> Place:
    """A place written ``name`` at its first occurrence in ``text``, with no gazetteer coordinates."""
    start = text.index(name)
    return Place(
        text=name,
        start_char=start,
        end_char=start + len(name),
        name=name,
        geonames_id=None,
        lat=None,
        lon=None,
        country=country,
        admin1=admin1,
        feature=feature,  # type: ignore[arg-type]
        precision=feature,  # type: ignore[arg-type]
    )
