from __future__ import annotations

import pytest

from eventwire.extract.models import packaged_model


def test_every_packaged_model_is_a_json_object_with_its_format_version() -> None:
    for name in ("event_filter.json", "status_model.json", "type_model.json", "time_model.json"):
        data = packaged_model(name)
        assert isinstance(data["version"], int) and data["features"], name


def test_a_model_that_is_not_packaged_is_an_error() -> None:
    with pytest.raises(FileNotFoundError):
        packaged_model("no_such_model.json")
