"""coref_guards.same_person: one named victim makes two mentions of a death one event, not two acts
of ill-treatment (a beating and a punishment cell are two records, as the gold keeps them)."""

from __future__ import annotations

from eventwire.extract.coref_draft import Draft
from eventwire.extract.coref_guards import same_person
from eventwire.records import Actor, Span


def _draft(etype: str, victim: str, start: int) -> Draft:
    person = Actor(victim, start, start + len(victim), victim, (), "civilians", "victim", "KG")
    return Draft(
        type=etype, subtype=None, status="asserted", scope="single",
        trigger=Span("x", start, start + 1), evidence=Span("x", start, start + 1), sent_start=start,
        time=None, places=(), country="KG", actors=(person,), magnitudes=(), source=None, claim_id=None,
        nominal=False, phrase=False, hedged=False, back_reference=False, head_lemma="x",
    )  # fmt: skip


def test_one_named_person_killed_twice_told_is_one_death() -> None:
    assert same_person(_draft("killing", "Temir Osmonov", 0), _draft("killing", "Temir Osmonov", 80))


def test_one_named_person_ill_treated_twice_is_two_acts() -> None:
    assert not same_person(_draft("torture", "Temir Osmonov", 0), _draft("torture", "Temir Osmonov", 80))


def test_different_people_are_never_the_same_person() -> None:
    assert not same_person(_draft("killing", "Temir Osmonov", 0), _draft("killing", "Aibek Toktogulov", 80))
