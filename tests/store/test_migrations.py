"""A history written by an earlier release opens with today's code, its entries intact."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from coach.store.history import SCHEMA_VERSION, History
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "store" / "fixtures"
WIDE = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


@pytest.fixture
def first_release(tmp_path: Path) -> Path:
    """A copy of the version-1 file, as the first release left it on a disk."""
    path = tmp_path / "history.sqlite3"
    shutil.copyfile(FIXTURES / "history-v1.sqlite3", path)
    return path


def test_the_fixture_is_what_the_first_release_wrote(first_release: Path) -> None:
    db = sqlite3.connect(first_release)
    assert db.execute("PRAGMA user_version").fetchone() == (1,)
    assert db.execute("SELECT count(*) FROM water_glasses").fetchone() == (34,)
    db.close()


def test_a_version_1_history_migrates_and_keeps_every_entry(first_release: Path) -> None:
    history = History(first_release)
    assert history.schema_version == SCHEMA_VERSION
    runs = history.runs()
    assert [(run.routine_id, run.completed) for run in runs] == [
        ("evening", True),
        ("trial", True),
        ("cramp-relief", False),
        ("evening", True),
        ("trial", True),
        ("evening", True),
    ]
    assert runs[0].started_at == datetime(2026, 11, 20, 21, 30, tzinfo=UTC)
    assert history.glasses_between(*WIDE) == 34
    cramps = history.cramps(*WIDE)
    assert [(c.leg, c.severity, c.minutes, c.note) for c in cramps] == [
        ("left", 6, 3.0, "woke at 3, café"),
        ("both", 4, None, ""),
    ]
    assert [(w.total_minutes, w.minutes_to_pain, w.rests_needed) for w in history.walks(*WIDE)] == [
        (20.0, 12.0, True)
    ]
    assert [(night, kind) for night, kind, _ in history.reminder_events(date(2026, 11, 1))] == [
        (date(2026, 11, 24), "shown"),
        (date(2026, 11, 24), "snoozed"),
        (date(2026, 11, 23), "skipped"),
    ]
    history.close()
    # Opened again, nothing migrates twice.
    again = History(first_release)
    assert again.glasses_between(*WIDE) == 34
    again.close()


def test_the_first_release_s_history_is_backed_up_before_it_migrates(first_release: Path) -> None:
    from coach.store import backups

    History(first_release).close()
    [before] = backups.listing(first_release)
    assert before.kind == backups.BEFORE_MIGRATION
    db = sqlite3.connect(before.path)
    assert db.execute("PRAGMA user_version").fetchone() == (1,)
    assert db.execute("SELECT count(*) FROM water_glasses").fetchone() == (34,)
    db.close()
    migrated = sqlite3.connect(first_release)
    [(identity,)] = migrated.execute("SELECT id FROM file_identity").fetchall()
    assert len(identity) == 32  # the file knows which it is, from schema 2 on
    migrated.close()


def test_a_migrated_history_takes_an_already_done_answer(first_release: Path) -> None:
    """Schema 3: a reminder answered "already done" (the routine done away from the app)."""
    history = History(first_release)
    at = datetime(2026, 11, 25, 22, 5, tzinfo=UTC)
    history.record_reminder(date(2026, 11, 25), "done", at, None)
    assert (date(2026, 11, 25), "done") in [
        (night, kind) for night, kind, _ in history.reminder_events(date(2026, 11, 1))
    ]
    with pytest.raises(sqlite3.IntegrityError):
        history.record_reminder(date(2026, 11, 25), "maybe", at, None)


def test_a_version_1_history_takes_the_diary_of_schema_4(first_release: Path) -> None:
    """Schema 4: runs keep what was followed, the morning check-ins, the first use, the
    personal trials. A run from before counts as the routine done when every step was
    played through (its steps are not known), and the first use is the earliest entry."""
    from coach.core.nights import CheckIn
    from coach.core.trial import Trial

    history = History(first_release)
    runs = history.runs()
    assert [(run.routine_id, run.steps_played, run.routine_done) for run in runs] == [
        ("evening", None, True),
        ("trial", None, True),
        ("cramp-relief", None, False),  # 2 of 4 steps, stopped
        ("evening", None, True),
        ("trial", None, True),
        ("evening", None, True),
    ]
    # The earliest entry of the history: the walk at 11:30 on the 20th.
    assert history.first_use() == datetime(2026, 11, 20, 11, 30, tzinfo=UTC)
    history.note_first_use(datetime(2026, 12, 1, tzinfo=UTC))  # a later use keeps the first
    assert history.first_use() == datetime(2026, 11, 20, 11, 30, tzinfo=UTC)
    assert history.check_ins(date(2026, 1, 1), date(2027, 1, 1)) == []
    assert history.latest_trial() is None
    night = CheckIn.with_cramps(date(2026, 11, 25), 2, severity=6, leg="left", sleep=4)
    history.put_check_in(night, datetime(2026, 11, 26, 8, tzinfo=UTC))
    history.put_check_in(CheckIn.no_cramps(date(2026, 11, 26)), datetime(2026, 11, 27, tzinfo=UTC))
    history.add_trial(Trial(date(2026, 11, 27), 2**63 - 1), datetime(2026, 11, 27, tzinfo=UTC))
    history.close()
    again = History(first_release)
    assert again.check_ins(date(2026, 11, 25), date(2026, 11, 26)) == [
        night,
        CheckIn.no_cramps(date(2026, 11, 26)),
    ]
    assert again.latest_trial() == Trial(date(2026, 11, 27), 2**63 - 1)
    again.close()


def test_a_new_history_has_no_first_use_until_the_journal_keeps_it(tmp_path: Path) -> None:
    history = History(tmp_path / "history.sqlite3")
    assert history.first_use() is None
    history.close()


def _version_6(path: Path) -> None:
    """A history as schema 6 left it (migrations are append-only: the first six are
    what that release ran), with three cramps, one with a note, and a glass of water."""
    from coach.store.history import MIGRATIONS, _statements

    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN")
    for number, script in enumerate(MIGRATIONS[:6], 1):
        for statement in _statements(script):
            db.execute(statement)
        db.execute(f"PRAGMA user_version = {number}")
    db.executemany(
        "INSERT INTO cramps (id, started_at, leg, severity, minutes, note)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (3, "2026-11-20T03:10:00+00:00", "left", 5, None, ""),
            (7, "2026-11-21T02:40:00+00:00", "right", 9, 4.5, "woke at 3, café"),
            (8, "2026-11-22T04:00:00+00:00", "both", 1, None, ""),
        ],
    )
    db.execute("INSERT INTO water_glasses (drunk_at) VALUES ('2026-11-21T09:00:00+00:00')")
    db.execute("COMMIT")
    db.close()


def test_a_version_6_history_keeps_its_cramps_and_takes_one_not_rated(tmp_path: Path) -> None:
    """Schema 7 (issue 14, point 3): how bad a cramp was may be not said. The cramps
    table is made anew: every row and id kept, the time index too, 1 to 10 or nothing."""
    from coach.core.diary import Cramp
    from coach.store import backups

    path = tmp_path / "history.sqlite3"
    _version_6(path)
    before = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):  # what schema 6 refused
        before.execute("INSERT INTO cramps (started_at, leg) VALUES ('2026-11-23T03:00', 'left')")
    before.close()
    history = History(path)
    assert history.schema_version == SCHEMA_VERSION >= 7
    assert [(c.id, c.leg, c.severity, c.minutes, c.note) for c in history.cramps(*WIDE)] == [
        (3, "left", 5, None, ""),
        (7, "right", 9, 4.5, "woke at 3, café"),
        (8, "both", 1, None, ""),
    ]
    assert history.glasses_between(*WIDE) == 1
    unrated = Cramp(datetime(2026, 11, 23, 3, 10, tzinfo=UTC), "left")
    new_id = history.add_cramp(unrated)
    assert new_id == 9  # after the kept ids
    for wrong in (0, 11):
        with pytest.raises(sqlite3.IntegrityError):
            history.query("INSERT INTO cramps (started_at, leg, severity) VALUES ('x', 'left', ?)",
                          (wrong,))  # fmt: skip
    assert history.query("SELECT name FROM sqlite_master WHERE tbl_name = 'cramps'") == [
        ("cramps",),
        ("cramps_started",),
    ]
    history.close()
    again = History(path)
    [*_, last] = again.cramps(*WIDE)
    assert (last.id, last.severity) == (9, None)
    again.close()
    [backup] = backups.listing(path)  # the version-6 file, kept before it migrated
    assert backup.kind == backups.BEFORE_MIGRATION
    kept = sqlite3.connect(backup.path)
    assert kept.execute("PRAGMA user_version").fetchone() == (6,)
    kept.close()
