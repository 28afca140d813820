"""history.sqlite3: routine runs, water, cramps, walks, the morning check-ins and the
personal trial, kept on this computer.

WAL mode; the schema version lives in `PRAGMA user_version` and moves forward through
MIGRATIONS, each in its own transaction. Instants are stored as ISO 8601 in UTC
(`2026-11-25T22:00:00+00:00`), so they sort as text; they are shown in local time.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.core.diary import Cramp
from coach.core.nights import Answer, CheckIn
from coach.core.runs import RunRecord
from coach.core.text import translate
from coach.store import backups
from coach.store.paths import FILE_MODE, make_private_folder

# Read and written only by some operations: imported in them, so that opening the history
# (every start) does not load the trial's module and with it the comparisons.
if TYPE_CHECKING:
    from coach.core.monthly import MonthlyAnswers
    from coach.core.trial import Trial
    from coach.core.walking import Walk

# The walking log keeps what claudication programmes track: how far a walk went and how
# far before the pain began (both optional; minutes stay the walk's length). A migration
# of its own, appended to MIGRATIONS below.
WALK_DISTANCES = """
    ALTER TABLE walks ADD COLUMN distance_metres REAL
        CHECK (distance_metres IS NULL OR distance_metres > 0);
    ALTER TABLE walks ADD COLUMN metres_to_pain REAL
        CHECK (metres_to_pain IS NULL OR metres_to_pain >= 0);
    """

# Append only: a released migration is never edited, a change is a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE routine_runs (
        id INTEGER PRIMARY KEY,
        routine_id TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT NOT NULL,
        steps_completed INTEGER NOT NULL CHECK (steps_completed >= 0),
        steps_total INTEGER NOT NULL CHECK (steps_total >= steps_completed),
        outcome TEXT NOT NULL CHECK (outcome IN ('completed', 'stopped'))
    );
    CREATE INDEX routine_runs_started ON routine_runs (started_at);
    CREATE TABLE water_glasses (
        id INTEGER PRIMARY KEY,
        drunk_at TEXT NOT NULL
    );
    CREATE INDEX water_glasses_drunk ON water_glasses (drunk_at);
    CREATE TABLE cramps (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        leg TEXT NOT NULL CHECK (leg IN ('left', 'right', 'both')),
        severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 10),
        minutes REAL CHECK (minutes IS NULL OR minutes >= 0),
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX cramps_started ON cramps (started_at);
    CREATE TABLE walks (
        id INTEGER PRIMARY KEY,
        walked_at TEXT NOT NULL,
        total_minutes REAL NOT NULL CHECK (total_minutes > 0),
        minutes_to_pain REAL CHECK (minutes_to_pain IS NULL OR minutes_to_pain >= 0),
        rests_needed INTEGER NOT NULL CHECK (rests_needed IN (0, 1))
    );
    CREATE INDEX walks_walked ON walks (walked_at);
    CREATE TABLE reminder_events (
        id INTEGER PRIMARY KEY,
        night TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('shown', 'snoozed', 'skipped')),
        at TEXT NOT NULL,
        until TEXT
    );
    CREATE INDEX reminder_events_night ON reminder_events (night);
    """,
    # 2: which file this is, and a count every write moves, so that every write-ahead log
    # of this file holds the row: a -wal file of another database is then told apart.
    """
    CREATE TABLE file_identity (
        id TEXT NOT NULL,
        writes INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO file_identity (id) VALUES (lower(hex(randomblob(16))));
    """,
    # 3: a reminder can be answered "already done" (the routine was done away from the
    # app); SQLite changes a CHECK only by making the table anew.
    """
    CREATE TABLE reminder_events_3 (
        id INTEGER PRIMARY KEY,
        night TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('shown', 'snoozed', 'skipped', 'done')),
        at TEXT NOT NULL,
        until TEXT
    );
    INSERT INTO reminder_events_3 SELECT id, night, kind, at, until FROM reminder_events;
    DROP TABLE reminder_events;
    ALTER TABLE reminder_events_3 RENAME TO reminder_events;
    CREATE INDEX reminder_events_night ON reminder_events (night);
    """,
    # 4: the diary that tells the truth. A run keeps the steps played through and whether
    # it counts as the routine done (decided when it ended, by what was followed; a run
    # from before counts when every step was played through). The morning check-ins, one
    # a night. The first use of the app (nights before it are not recorded): for a
    # history from before, its earliest entry. The personal trials, each with its seed.
    """
    ALTER TABLE routine_runs ADD COLUMN steps_played TEXT;
    ALTER TABLE routine_runs ADD COLUMN routine_done INTEGER NOT NULL DEFAULT 0
        CHECK (routine_done IN (0, 1));
    UPDATE routine_runs SET routine_done = (steps_total > 0 AND steps_completed = steps_total);
    CREATE TABLE check_ins (
        night TEXT PRIMARY KEY,
        answer TEXT NOT NULL CHECK (answer IN ('no-cramps', 'cramps', 'excluded')),
        cramps INTEGER NOT NULL DEFAULT 0 CHECK (cramps BETWEEN 0 AND 50),
        severity INTEGER CHECK (severity IS NULL OR severity BETWEEN 0 AND 10),
        minutes REAL CHECK (minutes IS NULL OR minutes > 0),
        leg TEXT CHECK (leg IS NULL OR leg IN ('left', 'right', 'both')),
        sleep INTEGER CHECK (sleep IS NULL OR sleep BETWEEN 0 AND 10),
        recorded_at TEXT NOT NULL
    );
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    INSERT INTO meta (key, value)
        SELECT 'first_use', min(at) FROM (
            SELECT min(started_at) AS at FROM routine_runs
            UNION ALL SELECT min(drunk_at) FROM water_glasses
            UNION ALL SELECT min(started_at) FROM cramps
            UNION ALL SELECT min(walked_at) FROM walks
            UNION ALL SELECT min(at) FROM reminder_events
        ) HAVING min(at) IS NOT NULL;
    CREATE TABLE trials (
        id INTEGER PRIMARY KEY,
        start TEXT NOT NULL,
        seed INTEGER NOT NULL CHECK (seed BETWEEN 0 AND 9223372036854775807),
        stopped TEXT CHECK (stopped IS NULL OR stopped > start),
        created_at TEXT NOT NULL
    );
    """,
    # 5: the monthly questions of the check-in (the warning signs, a new medicine): yes
    # (1), no (0) or not answered (NULL) each, or skipped as a whole.
    """
    CREATE TABLE monthly_answers (
        id INTEGER PRIMARY KEY,
        asked_on TEXT NOT NULL,
        skipped INTEGER NOT NULL CHECK (skipped IN (0, 1)),
        daytime_cramps INTEGER CHECK (daytime_cramps IN (0, 1)),
        weakness INTEGER CHECK (weakness IN (0, 1)),
        numbness INTEGER CHECK (numbness IN (0, 1)),
        swelling INTEGER CHECK (swelling IN (0, 1)),
        walking_pain INTEGER CHECK (walking_pain IN (0, 1)),
        more_often INTEGER CHECK (more_often IN (0, 1)),
        new_medicine INTEGER CHECK (new_medicine IN (0, 1)),
        medicine TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL
    );
    CREATE INDEX monthly_answers_asked ON monthly_answers (asked_on);
    """,
    WALK_DISTANCES,  # 6
    # 7: how bad a cramp was may be not said (a cramp logged at 3 a.m. in one tap, said
    # in the morning or never), where it had to be 1-10 and the app put 5 for it. The
    # table is made anew (SQLite changes NOT NULL and CHECK no other way), ids and rows
    # kept; cramps logged before stay as they were logged.
    """
    CREATE TABLE cramps_7 (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        leg TEXT NOT NULL CHECK (leg IN ('left', 'right', 'both')),
        severity INTEGER CHECK (severity IS NULL OR severity BETWEEN 1 AND 10),
        minutes REAL CHECK (minutes IS NULL OR minutes >= 0),
        note TEXT NOT NULL DEFAULT ''
    );
    INSERT INTO cramps_7 SELECT id, started_at, leg, severity, minutes, note FROM cramps;
    DROP TABLE cramps;
    ALTER TABLE cramps_7 RENAME TO cramps;
    CREATE INDEX cramps_started ON cramps (started_at);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
IDENTITY_SCHEMA = 2  # from this version on, the file knows its identity
WAL_TRIES = 100  # 5 s, as long as SQLite waits for a lock


class HistoryError(RuntimeError):
    """The history file cannot be used; the message says why."""


class History:
    """The history database. One per process; not shared between threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.recreated = False  # the file was deleted or replaced under us, and made anew
        self.restored_from: backups.Backup | None = None  # the backup put in its place
        self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        make_private_folder(self.path.parent)
        if not self.path.exists():
            # Created owner-only before SQLite opens it; its -wal and -shm files copy
            # the database file's permissions.
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, FILE_MODE))
        # Autocommit mode: transactions are opened explicitly in `transaction`.
        db = sqlite3.connect(self.path, isolation_level=None)
        self._db, self._file = db, _identity(self.path)
        self._counts_writes = False  # until the migrations have made file_identity
        try:
            _write_ahead_log(db)
            db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
            self._counts_writes = self.schema_version >= IDENTITY_SCHEMA
        except UnicodeDecodeError:  # SQLite's message quotes bytes of a damaged schema
            db.close()
            message = translate("History", "{path} is damaged.")
            raise HistoryError(message.format(path=self.path)) from None
        except BaseException:
            db.close()
            raise
        return db

    def _still_the_file(self) -> bool:
        """Whether the file at the path is the one open: deleted or replaced, SQLite would
        go on writing into a file nobody can find again."""
        try:
            return _identity(self.path) == self._file
        except OSError:
            return False

    def close(self) -> None:
        self._db.close()

    @property
    def schema_version(self) -> int:
        version: int = self._db.execute("PRAGMA user_version").fetchone()[0]
        return version

    def _migrate(self) -> None:
        """Bring the schema up to date in one transaction, after a backup of a file that
        has data. The version is read again inside it: of two processes opening a new
        file at once, the second finds the work done."""
        if 0 < self.schema_version < SCHEMA_VERSION:
            self.backup(backups.BEFORE_MIGRATION, datetime.now(UTC))
        with self.transaction() as db:
            version = self.schema_version
            if version < 0:
                message = translate("History", "{path} is damaged.")
                raise HistoryError(message.format(path=self.path))
            if version > SCHEMA_VERSION:
                message = translate(
                    "History",
                    "{path} was written by a newer version of Bedtime Coach (schema {found}; "
                    "this version knows up to {known}).",
                )
                raise HistoryError(
                    message.format(path=self.path, found=version, known=SCHEMA_VERSION)
                )
            for number in range(version + 1, SCHEMA_VERSION + 1):
                for statement in _statements(MIGRATIONS[number - 1]):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: the writes inside land together or not at all; in the file at
        the path, made anew if it went (see `recreated`)."""
        if not self._still_the_file():
            self._db.close()
            self.restored_from = None
            if not self.path.exists():  # deleted: its newest good backup takes its place
                good = (b for b in backups.listing(self.path) if backups.problem(b.path) is None)
                self.restored_from = next(good, None)
                if self.restored_from is not None:
                    backups.put_back(self.restored_from, self.path)
            self._open()
            self.recreated = True
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
            if self._counts_writes:
                self._db.execute("UPDATE file_identity SET writes = writes + 1")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def backup(self, kind: str, now: datetime) -> backups.Backup:
        """A whole copy of the history as it is now, among the backups (see there)."""
        return backups.take(self._db, self.path, kind, now)

    def query(self, sql: str, parameters: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        return self._db.execute(sql, parameters).fetchall()

    # -- routine runs -------------------------------------------------------------

    def record_run(self, run: RunRecord) -> int:
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO routine_runs (routine_id, started_at, ended_at, steps_completed,"
                " steps_total, outcome, steps_played, routine_done)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    run.routine_id,
                    _utc(run.started_at),
                    _utc(run.ended_at),
                    run.steps_completed,
                    run.steps_total,
                    "completed" if run.completed else "stopped",
                    steps_text(run.steps_played),
                    int(run.routine_done),
                ),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def runs(self, since: datetime | None = None) -> list[RunRecord]:
        """The routine runs started since `since` (all by default), oldest first."""
        rows = self._db.execute(
            "SELECT routine_id, started_at, ended_at, steps_completed, steps_total, outcome,"
            " steps_played, routine_done"
            " FROM routine_runs WHERE started_at >= ? ORDER BY started_at, id",
            (_utc(since) if since is not None else "",),
        ).fetchall()
        return [
            RunRecord(
                routine_id=routine_id,
                started_at=datetime.fromisoformat(started),
                ended_at=datetime.fromisoformat(ended),
                steps_completed=completed,
                steps_total=total,
                completed=outcome == "completed",
                steps_played=steps_from_text(played),
                done=bool(done),
            )
            for routine_id, started, ended, completed, total, outcome, played, done in rows
        ]

    def last_run(self) -> RunRecord | None:
        row = self._db.execute("SELECT max(started_at) FROM routine_runs").fetchone()
        if row[0] is None:
            return None
        return self.runs(since=datetime.fromisoformat(row[0]))[-1]

    # -- water --------------------------------------------------------------------

    def add_glasses(self, at: datetime, count: int = 1) -> None:
        with self.transaction() as db:
            db.executemany("INSERT INTO water_glasses (drunk_at) VALUES (?)", [(_utc(at),)] * count)

    def remove_last_glass(self, start: datetime, end: datetime) -> bool:
        """Take back the latest glass drunk between `start` and `end`; False if none."""
        with self.transaction() as db:
            cursor = db.execute(
                "DELETE FROM water_glasses WHERE id = (SELECT id FROM water_glasses"
                " WHERE drunk_at >= ? AND drunk_at < ? ORDER BY drunk_at DESC, id DESC"
                " LIMIT 1)",
                (_utc(start), _utc(end)),
            )
        return cursor.rowcount == 1

    def glasses_between(self, start: datetime, end: datetime) -> int:
        count: int = self._db.execute(
            "SELECT count(*) FROM water_glasses WHERE drunk_at >= ? AND drunk_at < ?",
            (_utc(start), _utc(end)),
        ).fetchone()[0]
        return count

    def glass_times(self, start: datetime, end: datetime) -> list[datetime]:
        rows = self._db.execute(
            "SELECT drunk_at FROM water_glasses WHERE drunk_at >= ? AND drunk_at < ?"
            " ORDER BY drunk_at",
            (_utc(start), _utc(end)),
        ).fetchall()
        return [datetime.fromisoformat(at) for (at,) in rows]

    # -- cramps -------------------------------------------------------------------

    def add_cramp(self, cramp: Cramp) -> int:
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO cramps (started_at, leg, severity, minutes, note)"
                " VALUES (?, ?, ?, ?, ?)",
                (_utc(cramp.started_at), cramp.leg, cramp.severity, cramp.minutes, cramp.note),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def update_cramp(self, cramp: Cramp) -> bool:
        with self.transaction() as db:
            cursor = db.execute(
                "UPDATE cramps SET started_at = ?, leg = ?, severity = ?, minutes = ?, note = ?"
                " WHERE id = ?",
                (
                    _utc(cramp.started_at),
                    cramp.leg,
                    cramp.severity,
                    cramp.minutes,
                    cramp.note,
                    cramp.id,
                ),
            )
        return cursor.rowcount == 1

    def delete_cramp(self, cramp_id: int) -> bool:
        with self.transaction() as db:
            cursor = db.execute("DELETE FROM cramps WHERE id = ?", (cramp_id,))
        return cursor.rowcount == 1

    def cramps(self, start: datetime, end: datetime) -> list[Cramp]:
        rows = self._db.execute(
            "SELECT id, started_at, leg, severity, minutes, note FROM cramps"
            " WHERE started_at >= ? AND started_at < ? ORDER BY started_at, id",
            (_utc(start), _utc(end)),
        ).fetchall()
        return [
            Cramp(datetime.fromisoformat(at), leg, severity, minutes, note, cramp_id)
            for cramp_id, at, leg, severity, minutes, note in rows
        ]

    # -- walks --------------------------------------------------------------------

    def add_walk(self, walk: Walk) -> int:
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO walks (walked_at, total_minutes, minutes_to_pain, rests_needed,"
                " distance_metres, metres_to_pain) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    _utc(walk.walked_at),
                    walk.total_minutes,
                    walk.minutes_to_pain,
                    int(walk.rests_needed),
                    walk.distance_metres,
                    walk.metres_to_pain,
                ),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def walks(self, start: datetime, end: datetime) -> list[Walk]:
        from coach.core.walking import Walk

        rows = self._db.execute(
            "SELECT id, walked_at, total_minutes, minutes_to_pain, rests_needed,"
            " distance_metres, metres_to_pain FROM walks"
            " WHERE walked_at >= ? AND walked_at < ? ORDER BY walked_at, id",
            (_utc(start), _utc(end)),
        ).fetchall()
        return [
            Walk(datetime.fromisoformat(at), total, pain, bool(rests), walk_id, metres, to_pain)
            for walk_id, at, total, pain, rests, metres, to_pain in rows
        ]

    def delete_walk(self, walk_id: int) -> bool:
        with self.transaction() as db:
            cursor = db.execute("DELETE FROM walks WHERE id = ?", (walk_id,))
        return cursor.rowcount == 1

    # -- reminders ----------------------------------------------------------------

    def record_reminder(
        self, night: date, kind: str, at: datetime, until: datetime | None = None
    ) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO reminder_events (night, kind, at, until) VALUES (?, ?, ?, ?)",
                (night.isoformat(), kind, _utc(at), None if until is None else _utc(until)),
            )

    def forget_reminder_events(self, night: date, kind: str) -> None:
        """Take back what was kept of a night's reminder (a skip undone)."""
        with self.transaction() as db:
            db.execute(
                "DELETE FROM reminder_events WHERE night = ? AND kind = ?",
                (night.isoformat(), kind),
            )

    def reminder_events(self, since: date) -> list[tuple[date, str, datetime | None]]:
        """(night, kind, until) of the reminder events of nights since `since`, in order."""
        rows = self._db.execute(
            # In the order they happened, through the index on night: ordered by id alone,
            # SQLite read the whole table (every start, every status) to skip the sort.
            "SELECT night, kind, until FROM reminder_events INDEXED BY reminder_events_night"
            " WHERE night >= ? ORDER BY id",
            (since.isoformat(),),
        ).fetchall()
        return [
            (
                date.fromisoformat(night),
                kind,
                None if until is None else datetime.fromisoformat(until),
            )
            for night, kind, until in rows
        ]

    # -- the first use of the app -------------------------------------------------------

    def first_use(self) -> datetime | None:
        """The instant the app was first used with this history (UTC); None if never."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'first_use'").fetchone()
        return None if row is None else datetime.fromisoformat(row[0])

    def note_first_use(self, at: datetime) -> None:
        """Keep `at` as the first use, unless an earlier one is kept already."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO meta (key, value) VALUES ('first_use', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = min(value, excluded.value)",
                (_utc(at),),
            )

    # -- morning check-ins ------------------------------------------------------------

    def put_check_in(self, check_in: CheckIn, at: datetime) -> None:
        """Keep the answer for its night, in place of any earlier answer for it."""
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO check_ins (night, answer, cramps, severity, minutes,"
                " leg, sleep, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    check_in.night.isoformat(),
                    str(check_in.answer),
                    check_in.cramps,
                    check_in.severity,
                    check_in.minutes,
                    check_in.leg,
                    check_in.sleep,
                    _utc(at),
                ),
            )

    def check_ins(self, first: date, last: date) -> list[CheckIn]:
        """The check-ins for the nights from `first` to `last`, in order."""
        rows = self._db.execute(
            "SELECT night, answer, cramps, severity, minutes, leg, sleep FROM check_ins"
            " WHERE night >= ? AND night <= ? ORDER BY night",
            (first.isoformat(), last.isoformat()),
        ).fetchall()
        return [
            CheckIn(
                date.fromisoformat(night), Answer(answer), cramps, severity, minutes, leg, sleep
            )
            for night, answer, cramps, severity, minutes, leg, sleep in rows
        ]

    # -- the monthly questions ----------------------------------------------------------

    def add_monthly_answers(self, answers: MonthlyAnswers, at: datetime) -> None:
        from coach.core.monthly import KEYS

        names = ", ".join(KEYS)
        marks = ", ".join("?" * len(KEYS))
        with self.transaction() as db:
            db.execute(
                f"INSERT INTO monthly_answers (asked_on, skipped, {names}, medicine,"
                f" recorded_at) VALUES (?, ?, {marks}, ?, ?)",
                (
                    answers.asked_on.isoformat(),
                    int(answers.skipped),
                    *(_yes_no(value) for value in answers.answers().values()),
                    answers.medicine,
                    _utc(at),
                ),
            )

    def monthly_answers(self, first: date, last: date) -> list[MonthlyAnswers]:
        """The monthly answers (and skips) given from `first` to `last`, in order."""
        from coach.core.monthly import KEYS, MonthlyAnswers

        rows = self._db.execute(
            f"SELECT asked_on, skipped, {', '.join(KEYS)}, medicine FROM monthly_answers"
            " WHERE asked_on >= ? AND asked_on <= ? ORDER BY asked_on, id",
            (first.isoformat(), last.isoformat()),
        ).fetchall()
        return [
            MonthlyAnswers.of(
                date.fromisoformat(row[0]),
                bool(row[1]),
                [_from_yes_no(value) for value in row[2:-1]],
                row[-1],
            )
            for row in rows
        ]

    def last_monthly_asked(self) -> date | None:
        row = self._db.execute("SELECT max(asked_on) FROM monthly_answers").fetchone()
        return None if row is None or row[0] is None else date.fromisoformat(row[0])

    # -- personal trials ----------------------------------------------------------------

    def add_trial(self, trial: Trial, at: datetime) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO trials (start, seed, stopped, created_at) VALUES (?, ?, ?, ?)",
                (
                    trial.start.isoformat(),
                    trial.seed,
                    None if trial.stopped is None else trial.stopped.isoformat(),
                    _utc(at),
                ),
            )

    def stop_trial(self, trial: Trial) -> bool:
        """Keep `trial`'s stop on the latest trial, which it is; False if there is none."""
        with self.transaction() as db:
            cursor = db.execute(
                "UPDATE trials SET stopped = ? WHERE id = (SELECT max(id) FROM trials)"
                " AND start = ? AND seed = ?",
                (
                    None if trial.stopped is None else trial.stopped.isoformat(),
                    trial.start.isoformat(),
                    trial.seed,
                ),
            )
        return cursor.rowcount == 1

    def latest_trial(self) -> Trial | None:
        """The trial started last (under way, over or stopped); None if never."""
        row = self._db.execute(
            "SELECT start, seed, stopped FROM trials WHERE id = (SELECT max(id) FROM trials)"
        ).fetchone()
        if row is None:
            return None
        start, seed, stopped = row
        from coach.core.trial import Trial

        return Trial(
            date.fromisoformat(start),
            seed,
            None if stopped is None else date.fromisoformat(stopped),
        )


def _yes_no(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _from_yes_no(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def steps_text(steps: tuple[int, ...] | None) -> str | None:
    """How the steps played through are kept: "0,1,3"; "" for none; NULL: not known."""
    return None if steps is None else ",".join(str(step) for step in steps)


def steps_from_text(text: str | None) -> tuple[int, ...] | None:
    if text is None:
        return None
    return tuple(int(step) for step in text.split(",") if step)


def _write_ahead_log(db: sqlite3.Connection) -> None:
    """WAL mode. Changing the mode of a new file another process is opening too can be
    refused at once ("database is locked", without waiting): try again for a while."""
    for _ in range(WAL_TRIES - 1):
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error):
                raise
            time.sleep(0.05)
    db.execute("PRAGMA journal_mode = WAL")


def _identity(path: Path) -> tuple[int, int]:
    found = os.stat(path)
    return found.st_dev, found.st_ino


def _statements(script: str) -> list[str]:
    """The statements of a migration, one by one (executescript would commit on its own)."""
    statements, pending = [], ""
    for part in script.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):  # not a ";" inside a string
            if pending.strip(" \n;"):
                statements.append(pending.strip())
            pending = ""
    return statements


def _utc(instant: datetime) -> str:
    if instant.tzinfo is None:
        raise ValueError("history needs aware datetimes")
    return instant.astimezone(UTC).isoformat()
