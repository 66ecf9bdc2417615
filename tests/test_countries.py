from __future__ import annotations

from eventwire.countries import country_name, is_country


def test_kosovo_has_the_user_assigned_code_and_a_name() -> None:
    assert is_country("XK") and country_name("XK") == "Kosovo"
    assert is_country("RS") and country_name("RS") == "Serbia"


def test_codes_that_are_no_country_are_refused_and_named_by_themselves() -> None:
    for code in ("XX", "xk", "IRN", "", None, 12):
        assert not is_country(code)
    assert country_name("XX") == "XX" and country_name(None) is None
    assert country_name("IR") == "Iran"
