from __future__ import annotations

import eventwire


def test_exported_members_match_public_names() -> None:
    public = {name for name in dir(eventwire) if not name.startswith("_")}
    modules = {
        "api",
        "errors",
        "extract",
        "ingest",
        "nlp",
        "pipeline",
        "records",
        "resolve",
        "settings",
        "store",
        "corpus",
        "export",
        "evaluate",
        "serve",
        "logging",
        "annotations",
    }
    assert sorted(eventwire.__all__) == eventwire.__all__
    assert set(eventwire.__all__) == public - modules
