"""The next paragraph that tells the act again at a site the gazetteer does not know (a village, a
square, a compound) may be telling it inside the region written just before: the unknown site is no
place conflict. A town the gazetteer knows elsewhere still is, and so is an unknown site told further
down, where another act of the day is as likely ("the officer was shot dead by rioters in Chagoua").

Each test writes the sentences it stands for; the drafts are built by hand.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.coref import Draft, merge_drafts
from eventwire.records import Place
from tests.extract.test_coref import _day, _said, draft


def _region(name: str, start: int) -> Place:
    return Place(name, start, start + len(name), name, None, None, None, "XX", name, "admin1", "admin1")


def _town(name: str, start: int) -> Place:
    return Place(name, start, start + len(name), name, None, None, None, "XX", "Elsewhere", "city", "city")


def _site(name: str, start: int) -> Place:
    """A site the gazetteer does not know: no resolved name, no region."""
    return Place(name, start, start + len(name), None, None, None, None, None, None, "place", None)


def _raid_and_retelling(place: Place) -> list[Draft]:
    # "Armed men raided a hamlet in Northvale province overnight, residents said. (para 2) The men came
    # on foot into Tamberi hamlet and opened fire on families, a village elder said."
    raid = replace(
        _said(
            draft("attack", "raided", 10, status="attributed", source="residents", para=1),
            "Armed men raided a hamlet in Northvale province overnight, residents said.",
        ),
        places=(_region("Northvale", 40),),
        time=_day("2025-05-03", 0),
    )
    fire = replace(
        _said(
            draft("attack", "opened fire", 300, status="attributed", source="elder", para=2),
            "The men came on foot into Tamberi hamlet and opened fire on families, a village elder said.",
        ),
        places=(place,),
        time=_day("2025-05-03", 0),
        time_inferred=True,
    )
    return [raid, fire]


def test_the_act_told_again_at_an_unknown_site_below_is_one_record() -> None:
    (record,) = merge_drafts(_raid_and_retelling(_site("Tamberi hamlet", 330)))
    assert [m.text for m in record.mentions] == ["opened fire"]


def test_the_act_told_in_another_known_town_below_stays_apart() -> None:
    assert len(merge_drafts(_raid_and_retelling(_town("Easthaven", 330)))) == 2


def test_an_unknown_site_further_down_stays_apart() -> None:
    raid, fire = _raid_and_retelling(_site("Tamberi hamlet", 330))
    assert len(merge_drafts([replace(raid, para=2), replace(fire, para=4)])) == 2
