"""A crowd told to join a march others hold takes part in it (invented examples)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

from eventwire.records import Actor


def _actor(doc_text: str, words: str, kind: str, name: str) -> Actor:
    start = doc_text.index(words)
    return Actor(
        text=words,
        start_char=start,
        end_char=start + len(words),
        name=name,
        aliases=(),
        kind=kind,
        role="initiator",
        country=None,
    )


def test_actor_organisers_a_crowd_joining_a_led_march_takes_part(nlp: Language) -> None:
    from eventwire.extract.actor_organisers import organised_crowds

    text = (
        "On Friday, thousands of villagers took part in a march through the centre of Tamba, "
        "led by chiefs and elders of the district."
    )
    doc = nlp(text)
    march = next(t for t in doc if t.lower_ == "march")
    crowd = _actor(text, "villagers", "civilians", "Residents")
    known = [crowd, _actor(text, "chiefs", "unknown", "chiefs"), _actor(text, "elders", "unknown", "elders")]
    out = organised_crowds(march, "protest", [crowd], known)
    roles = {a.text: a.role for a in out}
    assert roles["villagers"] == "participant"
    assert roles.get("chiefs") == "initiator"


def test_actor_organisers_a_crowd_marching_alone_stays_initiator(nlp: Language) -> None:
    from eventwire.extract.actor_organisers import organised_crowds

    text = "On Friday, thousands of villagers marched through the centre of Tamba."
    doc = nlp(text)
    marched = next(t for t in doc if t.lower_ == "marched")
    crowd = _actor(text, "villagers", "civilians", "Residents")
    out = organised_crowds(marched, "protest", [crowd], [crowd])
    assert [a.role for a in out] == ["initiator"]
