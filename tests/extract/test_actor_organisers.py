"""A crowd told to join a march others hold takes part in it (invented examples)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

from eventwire.records import Actor, Event


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


def _generic(doc_text: str, words: str, key: str, name: str, kind: str) -> Actor:
    return _actor(doc_text, words, kind, name).replace(identifier=f"ew:generic-{key}")


def test_actor_organisers_stand_for_the_movement_they_are_apposed_to(nlp: Language) -> None:
    from eventwire.extract.actor_organisers import organisers_body

    text = "The organisers, a farmers' alliance called Green Fields Now, said they would hold a rally."
    doc = nlp(text)
    organisers = _generic(text, "organisers", "organisers", "Organisers", "protesters")
    alliance = _actor(text, "Green Fields Now", "unknown", "Green Fields Now")
    out = organisers_body("protest", [organisers], [organisers, alliance], doc)
    assert [(a.name, a.role) for a in out] == [("Green Fields Now", "initiator")]


def test_actor_organisers_of_a_named_group_are_that_group(nlp: Language) -> None:
    from eventwire.extract.actor_organisers import organisers_body

    text = "Organisers of the Blue Wave campaign said marches would be held in five towns."
    doc = nlp(text)
    organisers = _generic(text, "Organisers", "organisers", "Organisers", "protesters")
    campaign = _actor(text, "Blue Wave", "unknown", "Blue Wave")
    out = organisers_body("protest", [organisers], [organisers, campaign], doc)
    assert [a.name for a in out] == ["Blue Wave"]


def test_actor_organisers_of_the_act_itself_stay_organisers(nlp: Language) -> None:
    from eventwire.extract.actor_organisers import organisers_body

    text = "Organisers of the protests said a march would follow on Tuesday."
    doc = nlp(text)
    organisers = _generic(text, "Organisers", "organisers", "Organisers", "protesters")
    out = organisers_body("protest", [organisers], [organisers], doc)
    assert [a.name for a in out] == ["Organisers"]
    assert organisers_body("killing", [organisers], [organisers], doc) == [organisers]


def test_actor_organisers_their_organisers_are_the_group_before(nlp: Language) -> None:
    from eventwire.extract.actor_organisers import organisers_body

    text = "Dock workers rallied every week in the port, and their organisers called a march for Friday."
    doc = nlp(text)
    organisers = _generic(text, "organisers", "organisers", "Organisers", "protesters")
    workers = _actor(text, "Dock workers", "labor", "Workers")
    out = organisers_body("protest", [organisers], [workers, organisers], doc)
    assert [a.name for a in out] == ["Workers"]


def _later_protest(nlp: Language, text: str) -> Event:
    from tests.extract.test_binding_roles import _with_actors

    later = [e for e in _with_actors(nlp, text) if e.type == "protest" and e.trigger.start > text.index(".")]
    assert later, [(e.type, e.trigger.text) for e in _with_actors(nlp, text)]
    return later[0]


def test_untied_organisers_are_the_crowd_that_rallied_just_before(nlp: Language) -> None:
    from tests.extract.test_binding_roles import _names

    text = (
        "In Tbilisi, several hundred families of missing sailors rallied outside the ministry on Monday. "
        "Organisers said they would hold a bigger rally on Friday."
    )
    ev = _later_protest(nlp, text)
    assert any("famil" in n.lower() for n in _names(ev, "initiator")), ev.actors


def test_organisers_after_a_bare_count_of_people_stay_organisers(nlp: Language) -> None:
    from tests.extract.test_binding_roles import _names

    text = "Thousands of people gathered in the square. Another rally is set for Friday, organisers said."
    ev = _later_protest(nlp, text)
    assert "Organisers" in _names(ev, "initiator"), ev.actors


def test_actor_organisers_a_march_tagged_as_the_month_still_has_its_holders(nlp: Language) -> None:
    from eventwire.extract.actor_organisers import organised_crowds

    text = (
        "Thousands of people joined the march in Zomba, organised by a coalition of church groups, "
        "which set off from the stadium towards the city hall."
    )
    doc = nlp(text)
    march = next(t for t in doc if t.lower_ == "march")
    crowd = _actor(text, "people", "civilians", "Residents")
    out = organised_crowds(march, "protest", [crowd], [crowd])
    holders = [a for a in out if a.role == "initiator"]
    assert [a.name for a in holders] == ["coalition of church groups"], out
