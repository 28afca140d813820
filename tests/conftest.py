"""Shared test set-up. Runs before any test module imports Qt."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import settings

# Qt draws offscreen: no display needed, nothing flashes on a developer's screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Nothing a test does may reach the real home folder: platformdirs looks here.
_HOME = Path(tempfile.mkdtemp(prefix="bedtime-coach-tests-home-"))
for _name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())

# Property tests check behaviour, not speed: a busy 2-core CI machine must not fail them.
settings.register_profile("default", deadline=None)
settings.load_profile("default")

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def start_time() -> datetime:
    return datetime(2026, 11, 25, 21, 30, tzinfo=LONDON)
