"""history.sqlite3: routine runs, water, cramps and walks, kept on this computer.

WAL mode; the schema version lives in `PRAGMA user_version` and moves forward through
MIGRATIONS, each in its own transaction. Times are ISO 8601 with their UTC offset, as
the person's clock showed them.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from coach.core.session import RunRecord
from coach.store.paths import FILE_MODE, make_private_folder

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
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class HistoryError(RuntimeError):
    """The history file cannot be used; the message says why."""


class History:
    """The history database. One per process; not shared between threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        make_private_folder(path.parent)
        if not path.exists():
            # Created owner-only before SQLite opens it; its -wal and -shm files copy
            # the database file's permissions.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE))
        # Autocommit mode: transactions are opened explicitly in `_transaction`.
        self._db = sqlite3.connect(path, isolation_level=None)
        try:
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except BaseException:
            self._db.close()
            raise

    def close(self) -> None:
        self._db.close()

    @property
    def schema_version(self) -> int:
        version: int = self._db.execute("PRAGMA user_version").fetchone()[0]
        return version

    def _migrate(self) -> None:
        version = self.schema_version
        if version > SCHEMA_VERSION:
            raise HistoryError(
                f"{self.path} was written by a newer version of Bedtime Coach "
                f"(schema {version}; this version knows up to {SCHEMA_VERSION})."
            )
        for number in range(version + 1, SCHEMA_VERSION + 1):
            script = MIGRATIONS[number - 1]
            try:
                self._db.executescript(
                    f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;"
                )
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- routine runs -------------------------------------------------------------

    def record_run(self, run: RunRecord) -> int:
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO routine_runs (routine_id, started_at, ended_at,"
                " steps_completed, steps_total, outcome) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    run.routine_id,
                    run.started_at.isoformat(),
                    run.ended_at.isoformat(),
                    run.steps_completed,
                    run.steps_total,
                    "completed" if run.completed else "stopped",
                ),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def runs(self) -> list[RunRecord]:
        """Every routine run, oldest first."""
        rows = self._db.execute(
            "SELECT routine_id, started_at, ended_at, steps_completed, steps_total, outcome"
            " FROM routine_runs ORDER BY id"
        ).fetchall()
        return [
            RunRecord(
                routine_id=routine_id,
                started_at=datetime.fromisoformat(started),
                ended_at=datetime.fromisoformat(ended),
                steps_completed=completed,
                steps_total=total,
                completed=outcome == "completed",
            )
            for routine_id, started, ended, completed, total, outcome in rows
        ]
