"""Backups of history.sqlite3, kept like a careful desktop app keeps them.

In `backups/` beside the history, owner-only, each a whole database written with
SQLite's online backup (consistent while the app writes): one a day while the app is used
(7 daily and 4 weekly are kept), and one before every migration, every import and every
restore (the 10 newest of each are kept). A history that is not a database or fails its
integrity check at open is moved aside, never deleted, and the newest good backup takes
its place. `restore` puts any backup back, keeping the current file aside first.

A backup's name says when it was taken (UTC) and why:
`history-20261130T221500Z-daily.sqlite3`.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from coach.core.text import translate
from coach.store.paths import FILE_MODE, make_private_folder

FOLDER = "backups"
DAILY, BEFORE_MIGRATION, BEFORE_IMPORT, BEFORE_RESTORE, RESTORED, ASKED = (
    "daily",
    "before-migration",
    "before-import",
    "before-restore",
    "restored",  # what a restore put back: the newest state, should the file break later
    "asked",
)
KINDS = (DAILY, BEFORE_MIGRATION, BEFORE_IMPORT, BEFORE_RESTORE, RESTORED, ASKED)
KEEP_DAYS, KEEP_WEEKS, KEEP_OTHERS = 7, 4, 10
STAMP = "%Y%m%dT%H%M%SZ"
HEADER_BYTES = 100  # an SQLite file's header


class BackupError(RuntimeError):
    """A backup cannot be made or restored; the message says why."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime  # UTC
    kind: str

    @property
    def name(self) -> str:
        return self.path.name


def folder_of(history_file: Path) -> Path:
    return history_file.parent / FOLDER


def take(db: sqlite3.Connection, history_file: Path, kind: str, now: datetime) -> Backup:
    """Write the database open in `db` as a backup of `kind`; then drop the old ones."""
    folder = folder_of(history_file)
    make_private_folder(folder)
    taken = now.astimezone(UTC).replace(microsecond=0)
    path = folder / f"history-{taken.strftime(STAMP)}-{kind}.sqlite3"
    number = 1
    while path.exists():  # two in one second: the later one is kept too
        number += 1
        path = folder / f"history-{taken.strftime(STAMP)}-{kind}-{number}.sqlite3"
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)
    _copy(db, partial)
    os.replace(partial, path)
    prune(history_file, now)
    return Backup(path, taken, kind)


def listing(history_file: Path) -> list[Backup]:
    """Every backup, newest first."""
    found = []
    folder = folder_of(history_file)
    for path in folder.glob("history-*.sqlite3") if folder.is_dir() else ():
        parts = path.stem.split("-", 2)
        if len(parts) < 3:
            continue
        taken = _taken(parts[1])
        if taken is None:
            continue
        kind = next((k for k in KINDS if parts[2] == k or parts[2].startswith(f"{k}-")), "")
        if kind:
            found.append(Backup(path, taken, kind))
    return sorted(found, key=_newest, reverse=True)


def _taken(stamp: str) -> datetime | None:
    """The instant a name's STAMP (20261130T193000Z) says; None if it is not one. Read by
    `fromisoformat`, in C: `strptime` loads a module and its patterns at every start."""
    if len(stamp) != len("20261130T193000Z") or not stamp.endswith("Z"):
        return None
    try:
        return datetime.fromisoformat(stamp)
    except ValueError:
        return None


def _newest(backup: Backup) -> tuple[datetime, int]:
    """By the time in its name; within one second, by when its file was written."""
    try:
        written = backup.path.stat().st_mtime_ns
    except OSError:
        written = 0
    return backup.taken, written


def daily_due(history_file: Path, now: datetime) -> bool:
    """Whether today (UTC) has no backup yet."""
    today = now.astimezone(UTC).date()
    return not any(b.taken.date() == today for b in listing(history_file) if b.kind == DAILY)


def prune(history_file: Path, now: datetime) -> None:
    """Keep the newest daily backup of each of the last 7 days and of each of the last 4
    weeks, and the 10 newest of every other kind; delete the rest."""
    backups = listing(history_file)
    keep: set[Path] = set()
    days: set[object] = set()
    weeks: set[object] = set()
    for backup in backups:  # newest first
        if backup.kind != DAILY:
            continue
        day, week = backup.taken.date(), backup.taken.isocalendar()[:2]
        if day not in days and len(days) < KEEP_DAYS:
            days.add(day)
            keep.add(backup.path)
        if week not in weeks and len(weeks) < KEEP_WEEKS:
            weeks.add(week)
            keep.add(backup.path)
    for kind in KINDS[1:]:
        keep.update([b.path for b in backups if b.kind == kind][:KEEP_OTHERS])
    for backup in backups:
        if backup.path not in keep and backup.taken < now.astimezone(UTC) - timedelta(hours=1):
            backup.path.unlink(missing_ok=True)


def problem(path: Path) -> str | None:
    """Why the database at `path` cannot be used, in words; None if it is sound (or not
    there yet)."""
    if not path.exists():
        return None
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        db.text_factory = _lenient  # the check's report quotes damaged text
        try:
            tables = db.execute("SELECT name FROM sqlite_master").fetchall()  # readable too
            version = db.execute("PRAGMA user_version").fetchone()[0]
            result = db.execute("PRAGMA quick_check").fetchall()
        finally:
            db.close()
    except sqlite3.DatabaseError as error:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT):
            return str(error)
        return None  # cannot be opened here (read-only, locked): not damage, the open says why
    except UnicodeDecodeError:  # SQLite's own message quotes the damaged bytes
        return translate("Backups", "it fails its integrity check")
    if result != [("ok",)] or version < 0:  # no release writes a negative version
        return translate("Backups", "it fails its integrity check")
    if version == 0 and tables:  # a database, but another program's
        return translate("Backups", "it is a database of another program")
    return None


def _emptied(path: Path) -> bool:
    """An empty file (or one shorter than a database's header) where backups show a
    history was: SQLite would take it for a new one, and everything would be gone
    without a word."""
    try:
        return path.stat().st_size < HEADER_BYTES and bool(listing(path))
    except OSError:
        return False


def _lenient(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def set_aside(path: Path, now: datetime, why: str) -> Path:
    """Move a database (and its -wal and -shm) out of the way, never over another."""
    stamp = now.astimezone(UTC).strftime(STAMP)
    target = path.with_name(f"{path.name}.{why}-{stamp}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.{why}-{stamp}-{number}")
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    os.replace(path, target)
    return target


def put_back(backup: Backup, history_file: Path) -> None:
    """Copy `backup` to `history_file` (which must not be open), atomically."""
    if problem(backup.path) is not None:
        raise BackupError(
            translate("Backups", "{name} is damaged itself.").format(name=backup.name)
        )
    source = sqlite3.connect(f"{backup.path.as_uri()}?mode=ro", uri=True)
    partial = history_file.with_name(f".{history_file.name}.restoring")
    partial.unlink(missing_ok=True)
    try:
        _copy(source, partial)
    finally:
        source.close()
    os.replace(partial, history_file)


def _copy(db: sqlite3.Connection, target: Path) -> None:
    """The whole database open in `db`, consistent, into a new owner-only file (SQLite's
    online backup: it works for any file name the system allows)."""
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, FILE_MODE))
    copy = sqlite3.connect(target)
    try:
        db.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
    finally:
        copy.close()


def identity(path: Path, with_log: bool) -> str | None:
    """The id the history file holds: as the file alone has it, or as SQLite sees it
    with its write-ahead log replayed. None where it holds none (an older file)."""
    mode = "ro" if with_log else "ro&immutable=1"  # immutable: the -wal is not read
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode={mode}", uri=True)
        try:
            row = db.execute("SELECT id FROM file_identity").fetchone()
        finally:
            db.close()
    except (sqlite3.Error, ValueError):  # ValueError: text scribbled into bytes
        return None
    return None if row is None else str(row[0])


def foreign_log(history_file: Path, now: datetime) -> str | None:
    """A -wal file beside the history that belongs to another database (SQLite would
    replay it over this one's data, and its check would say ok) is kept aside; the
    sentence saying so, or None."""
    log = history_file.with_name(history_file.name + "-wal")
    try:
        if log.stat().st_size == 0:
            return None
    except OSError:
        return None
    own = identity(history_file, with_log=False)
    if own is None or identity(history_file, with_log=True) in (own, None):
        return None
    stamp = now.astimezone(UTC).strftime(STAMP)
    kept = log.with_name(f"{log.name}.foreign-{stamp}")
    os.replace(log, kept)
    history_file.with_name(history_file.name + "-shm").unlink(missing_ok=True)
    message = translate(
        "Backups",
        "A write-ahead log of another database lay beside your history; it was kept as "
        "{kept}, and your history is as it was.",
    )
    return message.format(kept=kept)


def recover(history_file: Path, now: datetime) -> str | None:
    """At open: a write-ahead log of another database is kept aside; a history that is
    not a database or fails its check is set aside and the newest good backup put in its
    place. The sentence saying what happened, or None."""
    foreign = foreign_log(history_file, now)
    if foreign is not None:
        return foreign
    why = problem(history_file)
    if why is None and _emptied(history_file):
        why = translate("Backups", "it is empty")
    if why is None:
        return None
    kept = set_aside(history_file, now, "damaged")
    for backup in listing(history_file):
        if problem(backup.path) is None:
            put_back(backup, history_file)
            message = translate(
                "Backups",
                "Your history could not be used ({why}), so it was kept as {kept} and the "
                "backup of {taken} was put back: what you entered after that is in the kept "
                "file only.",
            )
            taken = backup.taken.astimezone(now.tzinfo).strftime("%Y-%m-%d %H:%M")
            return message.format(why=why, kept=kept, taken=taken)
    message = translate(
        "Backups",
        "Your history could not be used ({why}) and there is no backup of it, so it was kept "
        "as {kept} and Bedtime Coach starts a new one.",
    )
    return message.format(why=why, kept=kept)
