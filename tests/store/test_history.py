import sqlite3
import stat
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from coach.core.runs import RunRecord
from coach.store import history as history_module
from coach.store.history import History, HistoryError

START = datetime(2026, 11, 25, 21, 30, tzinfo=UTC)
RUN = RunRecord("evening", START, START + timedelta(minutes=8), 6, 6, completed=True)


@pytest.fixture
def history(tmp_path: Path):
    db = History(tmp_path / "data" / "history.sqlite3")
    yield db
    db.close()


def test_a_new_database_has_the_schema_in_wal_mode(history: History) -> None:
    db = sqlite3.connect(history.path)
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {
        "routine_runs",
        "water_glasses",
        "cramps",
        "walks",
        "reminder_events",
        "file_identity",
        "check_ins",
        "meta",
        "trials",
        "monthly_answers",
    }
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == history_module.SCHEMA_VERSION
    db.close()


def test_files_are_owner_only(history: History) -> None:
    history.record_run(RUN)
    for name in ("history.sqlite3", "history.sqlite3-wal", "history.sqlite3-shm"):
        assert stat.S_IMODE((history.path.parent / name).stat().st_mode) == 0o600
    assert stat.S_IMODE(history.path.parent.stat().st_mode) == 0o700


def test_a_run_lands_on_disk_with_offsets(history: History) -> None:
    stopped = RunRecord("trial", START, START + timedelta(minutes=1), 1, 4, completed=False)
    history.record_run(RUN)
    history.record_run(stopped)
    assert history.runs() == [RUN, stopped]
    # Another connection, as another process would see it: committed.
    with closing(sqlite3.connect(history.path)) as db:
        rows = db.execute("SELECT routine_id, started_at, outcome FROM routine_runs").fetchall()
    assert rows == [
        ("evening", "2026-11-25T21:30:00+00:00", "completed"),
        ("trial", "2026-11-25T21:30:00+00:00", "stopped"),
    ]


def test_reopening_keeps_the_data_and_runs_no_migration_twice(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    first = History(path)
    first.record_run(RUN)
    first.close()
    second = History(path)
    assert second.runs() == [RUN]
    second.close()


def test_migrations_move_forward_from_an_older_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "history.sqlite3"
    History(path).close()
    later = "ALTER TABLE cramps ADD COLUMN woke_up INTEGER NOT NULL DEFAULT 1;"
    migrations = (*history_module.MIGRATIONS, later)
    monkeypatch.setattr(history_module, "MIGRATIONS", migrations)
    monkeypatch.setattr(history_module, "SCHEMA_VERSION", len(migrations))
    upgraded = History(path)
    assert upgraded.schema_version == len(migrations)
    columns = [row[1] for row in upgraded._db.execute("PRAGMA table_info(cramps)")]
    assert columns[-1] == "woke_up"
    upgraded.close()


def test_a_failing_migration_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "history.sqlite3"
    History(path).close()
    broken = "CREATE TABLE extra (x); INSERT INTO nowhere VALUES (1);"
    migrations = (*history_module.MIGRATIONS, broken)
    monkeypatch.setattr(history_module, "MIGRATIONS", migrations)
    monkeypatch.setattr(history_module, "SCHEMA_VERSION", len(migrations))
    with pytest.raises(sqlite3.OperationalError):
        History(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(migrations) - 1
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name='extra'").fetchone()[0] == 0
    db.close()


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(HistoryError, match="newer version of Bedtime Coach"):
        History(path)


def test_a_write_that_fails_leaves_nothing_half_done(history: History) -> None:
    bad = RunRecord("evening", START, START, 7, 6, completed=True)  # more done than total
    with pytest.raises(sqlite3.IntegrityError):
        history.record_run(bad)
    history.record_run(RUN)
    assert history.runs() == [RUN]


def test_found_two_processes_opening_a_new_history_at_once_both_open_it(tmp_path: Path) -> None:
    """Both read the schema version before either migrated, and the second crashed with
    "table routine_runs already exists"."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    path = tmp_path / "history.sqlite3"
    opener = (
        "import sys; from pathlib import Path; from coach.store.history import History; "
        "History(Path(sys.argv[1])).close()"
    )
    for attempt in range(10):
        target = path.with_name(f"history-{attempt}.sqlite3")
        runs = [
            subprocess.Popen(
                [sys.executable, "-c", opener, str(target)], cwd=ROOT, stderr=subprocess.PIPE
            )
            for _ in range(4)
        ]
        errors = [run.communicate()[1].decode() for run in runs]
        assert [run.returncode for run in runs] == [0] * 4, errors


def test_found_deleting_the_data_folder_while_open_lost_what_was_written_after(
    tmp_path: Path,
) -> None:
    """SQLite went on writing into the deleted file: acknowledged, then gone."""
    import shutil
    from datetime import UTC, datetime

    folder = tmp_path / "data"
    history = History(folder / "history.sqlite3")
    at = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    history.add_glasses(at, 1)
    shutil.rmtree(folder)
    history.add_glasses(at, 3)
    assert history.recreated
    history.close()
    reopened = History(folder / "history.sqlite3")
    assert reopened.glasses_between(at, at.replace(hour=21)) == 3
    reopened.close()


def test_a_history_file_replaced_by_another_is_written_in_the_new_one(tmp_path: Path) -> None:
    import shutil
    from datetime import UTC, datetime

    path = tmp_path / "history.sqlite3"
    history = History(path)
    History(tmp_path / "other.sqlite3").close()
    shutil.move(tmp_path / "other.sqlite3", path)
    at = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    history.add_glasses(at, 2)
    history.close()
    again = History(path)
    assert again.glasses_between(at, at.replace(hour=21)) == 2
    again.close()


def test_a_run_keeps_the_steps_played_and_whether_it_counts(history: History) -> None:
    skipped = RunRecord("evening", START, START + timedelta(minutes=1), 2, 6, True, (3, 5), False)
    played = RunRecord("evening", START + timedelta(days=1), START + timedelta(days=1), 3, 6,
                       False, (0, 1, 5), True)  # fmt: skip
    nothing = RunRecord("evening", START + timedelta(days=2), START + timedelta(days=2), 0, 6,
                        True, (), False)  # fmt: skip
    for run in (skipped, played, nothing):
        history.record_run(run)
    assert history.runs() == [skipped, played, nothing]
    assert [run.routine_done for run in history.runs()] == [False, True, False]


def test_a_check_in_for_a_night_replaces_the_earlier_one(history: History) -> None:
    from coach.core.nights import CheckIn

    night = date(2026, 11, 25)
    history.put_check_in(CheckIn.with_cramps(night, 3), START)
    history.put_check_in(CheckIn.no_cramps(night, sleep=8), START + timedelta(hours=1))
    assert history.check_ins(night, night) == [CheckIn.no_cramps(night, sleep=8)]
