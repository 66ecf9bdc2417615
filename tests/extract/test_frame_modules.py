"""The frame modules split out of frames.py: FrameFinder is built from them, base first, and each
name they export is there."""

from __future__ import annotations

import importlib

import pytest

from eventwire.extract.frame_base import FrameBase
from eventwire.extract.frame_contents import FrameContents
from eventwire.extract.frame_cues import FrameCues
from eventwire.extract.frame_joins import FrameJoins
from eventwire.extract.frame_subjects import FrameSubjects
from eventwire.extract.frames import FrameFinder


@pytest.mark.parametrize("name", ["frame_joins", "frame_cues", "frame_contents", "frame_subjects", "frames"])
def test_exports_exist(name: str) -> None:
    module = importlib.import_module(f"eventwire.extract.{name}")
    for attr in module.__all__:
        assert hasattr(module, attr)


def test_finder_layers() -> None:
    assert FrameFinder.__mro__[1:7] == (
        FrameSubjects,
        FrameContents,
        FrameCues,
        FrameJoins,
        FrameBase,
        object,
    )
