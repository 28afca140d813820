"""Shared test set-up. Runs before any test module imports Qt."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from coach.core.routine import Routine
    from coach.journal import Journal

# Qt draws offscreen: no display needed, nothing flashes on a developer's screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Nothing a test does may reach the real home folder: platformdirs looks here.
_HOME = Path(tempfile.mkdtemp(prefix="bedtime-coach-tests-home-"))
for _name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())

# Tests speak English, whatever the machine's language; the Spanish tests ask for theirs.
os.environ["LANG"] = "C.UTF-8"
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)

# Property tests check behaviour, not speed: a busy 2-core CI machine must not fail them.
settings.register_profile("default", deadline=None)
settings.load_profile("default")

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
ROUTINES = ROOT / "coach" / "routines"  # package data: the command line reads them without Qt
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def start_time() -> datetime:
    return datetime(2026, 11, 25, 21, 30, tzinfo=LONDON)


def shipped_routines() -> dict[str, Routine]:
    """The shipped routines, read from assets/ (no Qt)."""
    from coach.core.routine import in_order, load_routine

    folder = ROUTINES
    return in_order(load_routine(path.read_text(), path.name) for path in folder.glob("*.toml"))


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    """A journal of its own data folder, with a fake clock at 20:00 in London."""
    from coach.core.clock import FakeClock
    from coach.journal import Journal

    clock = FakeClock(datetime(2026, 11, 25, 20, 0, tzinfo=LONDON))
    journal = Journal.in_folder(tmp_path / "data", clock, shipped_routines())
    yield journal
    journal.close()


def history_rows(journal: Journal, sql: str) -> list[tuple[object, ...]]:
    """Rows of the history file as another process reads them: read-only, from the disk."""
    import sqlite3

    db = sqlite3.connect(f"{journal.paths.history_file.as_uri()}?mode=ro", uri=True)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


@pytest.fixture
def unwritable_history(monkeypatch: pytest.MonkeyPatch) -> Callable[[bool], None]:
    """Call with True and every write to a history fails as on a read-only disk (each
    write is one transaction); with False they land again."""
    import sqlite3

    from coach.store.history import History

    writable = History.transaction

    def refuse(self: History) -> object:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    def set_to(broken: bool) -> None:
        monkeypatch.setattr(History, "transaction", refuse if broken else writable)

    return set_to
