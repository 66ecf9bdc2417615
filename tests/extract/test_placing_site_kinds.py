"""A common noun refers back to a named site of its kind written by another word of the same family:
"the prison" after "X Penitentiary" or "Y Jail"."""

from __future__ import annotations

import pytest

from eventwire.extract.placing_site_nouns import _kind_is


@pytest.mark.parametrize(
    ("kind", "noun", "same"),
    [
        ("prison", "prison", True),
        ("penitentiary", "prison", True),
        ("jail", "prison", True),
        ("prison", "jail", True),
        ("square", "square", True),
        ("penitentiary", "square", False),
        ("university", "prison", False),
    ],
)
def test_a_site_kind_and_the_noun_that_refers_to_it(kind: str, noun: str, same: bool) -> None:
    assert _kind_is(kind, noun) is same
