"""Backups of the history: taken, rotated, restored, and used when the history breaks."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coach.store import backups
from coach.store import history as history_module
from coach.store.history import History

NOW = datetime(2026, 11, 30, 21, 0, tzinfo=UTC)
FIXTURES = Path(__file__).parent / "fixtures"


def glasses(path: Path) -> int:
    db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        count: int = db.execute("SELECT count(*) FROM water_glasses").fetchone()[0]
        return count
    finally:
        db.close()


@pytest.fixture
def history(tmp_path: Path) -> History:
    made = History(tmp_path / "history.sqlite3")
    made.add_glasses(NOW, 2)
    return made


def test_a_backup_is_a_whole_owner_only_database(history: History) -> None:
    backup = history.backup(backups.ASKED, NOW)
    assert backup.name == "history-20261130T210000Z-asked.sqlite3"
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup.path.parent.stat().st_mode) == 0o700
    assert glasses(backup.path) == 2
    assert [b.name for b in backups.listing(history.path)] == [backup.name]


def test_seven_daily_and_four_weekly_are_kept(history: History) -> None:
    for days_ago in range(60, -1, -1):
        history.backup(backups.DAILY, NOW - timedelta(days=days_ago))
    kept = backups.listing(history.path)
    days = sorted({b.taken.date() for b in kept}, reverse=True)
    assert days[:7] == [(NOW - timedelta(days=n)).date() for n in range(7)]
    weeks = {b.taken.isocalendar()[:2] for b in kept}
    assert len(weeks) == 4
    assert len(kept) <= 7 + 4


def test_a_migration_is_preceded_by_a_backup_of_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "history.sqlite3"
    shutil.copyfile(FIXTURES / "history-v1.sqlite3", path)
    extra = "CREATE TABLE nights (night TEXT PRIMARY KEY);"
    migrations = (*history_module.MIGRATIONS, extra)
    monkeypatch.setattr(history_module, "MIGRATIONS", migrations)
    monkeypatch.setattr(history_module, "SCHEMA_VERSION", len(migrations))
    History(path).close()
    [before] = backups.listing(path)
    assert before.kind == backups.BEFORE_MIGRATION
    db = sqlite3.connect(before.path)
    assert db.execute("PRAGMA user_version").fetchone() == (1,)
    db.close()
    assert glasses(before.path) == 34


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(b"this is not a database at all" * 100),
        lambda path: path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2]),
    ],
    ids=["garbage", "truncated"],
)
def test_found_a_damaged_history_had_no_way_back(history: History, damage) -> None:
    """ "file is not a database", and nothing more: now the newest good backup returns."""
    history.backup(backups.DAILY, NOW)
    history.add_glasses(NOW, 1)  # after the backup: in the damaged file only
    path = history.path
    for _ in range(20):  # enough rows for a truncation to cut into the tables
        history.add_glasses(NOW, 30)
    history.close()
    damage(path)
    notice = backups.recover(path, NOW)
    assert notice is not None
    assert "was put back" in notice
    assert glasses(path) == 2
    assert list(path.parent.glob("history.sqlite3.damaged-*"))  # kept, never deleted


def test_a_damaged_history_with_no_backup_is_kept_and_a_new_one_starts(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"garbage" * 1000)
    notice = backups.recover(path, NOW)
    assert notice is not None
    assert "there is no backup" in notice
    assert not path.exists()
    History(path).close()


def test_a_sound_history_is_left_alone(history: History) -> None:
    assert backups.recover(history.path, NOW) is None


def crashed_copy(history: History, target: Path) -> Path:
    """The history's file and its -wal as a crash leaves them (the connection still open)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(history.path, target)
    shutil.copyfile(
        history.path.with_name("history.sqlite3-wal"), target.with_name("history.sqlite3-wal")
    )
    return target


def test_found_a_foreign_wal_was_replayed_over_the_history(tmp_path: Path) -> None:
    """SQLite replayed another database's -wal over this one's data, and its integrity
    check said ok."""
    mine = History(tmp_path / "mine" / "history.sqlite3")
    mine.add_glasses(NOW, 2)
    mine.close()
    theirs = History(tmp_path / "theirs" / "history.sqlite3")
    theirs.add_glasses(NOW, 9)
    shutil.copyfile(
        theirs.path.with_name("history.sqlite3-wal"), mine.path.with_name("history.sqlite3-wal")
    )
    theirs.close()
    notice = backups.recover(mine.path, NOW)
    assert notice is not None
    assert "write-ahead log of another database" in notice
    assert glasses(mine.path) == 2
    assert list(mine.path.parent.glob("history.sqlite3-wal.foreign-*"))  # kept, not deleted


def test_a_wal_left_by_a_crash_of_this_history_is_replayed(tmp_path: Path) -> None:
    history = History(tmp_path / "live" / "history.sqlite3")
    history.add_glasses(NOW, 2)
    history.add_glasses(NOW, 3)  # in the -wal only, until a checkpoint
    copy = crashed_copy(history, tmp_path / "after-crash" / "history.sqlite3")
    history.close()
    assert backups.recover(copy, NOW) is None
    assert glasses(copy) == 5


def test_only_names_stamped_as_backups_are_listed(history: History, tmp_path: Path) -> None:
    taken = history.backup(backups.ASKED, NOW)
    folder = taken.path.parent
    for stamp in ("20261130", "2026-11-30T21:00:00Z", "20261130T210000", "20261399T210000Z"):
        shutil.copy(taken.path, folder / f"history-{stamp}-asked.sqlite3")
    [listed] = backups.listing(history.path)
    assert (listed.name, listed.taken) == (taken.name, NOW)
