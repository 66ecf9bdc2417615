from __future__ import annotations

import types

import eventwire


def test_exported_members_match_public_names() -> None:
    public = {
        name
        for name, value in vars(eventwire).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType) and name != "annotations"
    }
    assert sorted(eventwire.__all__) == eventwire.__all__
    assert set(eventwire.__all__) == public
