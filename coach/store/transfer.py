"""Export every table of the history as CSV, and import such files back.

One file a table, a header row, instants in ISO 8601 with their offset (UTC). Importing
checks every file first and changes nothing if one is malformed, naming the file, line
and column; then adds all rows in one transaction, skipping exact duplicates, so that an
export imported into an empty data folder exports again to the same bytes.
"""

from __future__ import annotations

import csv
import io
import math
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from coach.core.clock import within_range
from coach.core.diary import LEGS, MAX_MINUTES, MAX_NOTE
from coach.core.text import translate
from coach.store.files import write_atomically
from coach.store.history import History

MAX_FILE_BYTES = 50 * 1024 * 1024


class TransferError(ValueError):
    """A file that cannot be imported; the message names the file, line and column."""


Parse = Callable[[str], object]


def _instant(text: str) -> str:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            translate("Transfer", "is not an ISO 8601 time, such as 2026-11-25T22:00:00+00:00")
        ) from None
    if value.tzinfo is None:
        raise ValueError(
            translate("Transfer", "needs its UTC offset, such as 2026-11-25T22:00:00+00:00")
        )
    if not within_range(value):
        raise ValueError(translate("Transfer", "is not a time from 1970 to 2100"))
    return value.astimezone(UTC).isoformat()


def _day(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(translate("Transfer", "is not a date such as 2026-11-25")) from None


def _whole(low: int, high: int) -> Parse:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = low - 1
        if not low <= value <= high:
            message = translate("Transfer", "is not a whole number from {low} to {high}")
            raise ValueError(message.format(low=low, high=high))
        return value

    return parse


def _number(low: float, high: float, low_open: bool = False) -> Parse:
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not (low < value if low_open else low <= value) or not value <= high:
            message = translate("Transfer", "is not a number from {low} to {high}")
            raise ValueError(message.format(low=f"{low:g}", high=f"{high:g}"))
        return value

    return parse


def _choice(*options: str) -> Parse:
    def parse(text: str) -> str:
        if text not in options:
            message = translate("Transfer", "is not one of {options}")
            raise ValueError(message.format(options=", ".join(options)))
        return text

    return parse


def _text(limit: int, empty: bool = True) -> Parse:
    def parse(text: str) -> str:
        if len(text) > limit or (not empty and not text):
            message = (
                translate("Transfer", "is longer than {limit} characters")
                if empty
                else translate("Transfer", "is not text of 1 to {limit} characters")
            )
            raise ValueError(message.format(limit=limit))
        return text

    return parse


def _optional(parse: Parse) -> Parse:
    return lambda text: None if text == "" else parse(text)


@dataclass(frozen=True)
class Column:
    name: str
    parse: Parse


ID = Column("id", _whole(1, 2**62))
TABLES: dict[str, tuple[Column, ...]] = {
    "routine_runs": (
        ID,
        Column("routine_id", _text(100, empty=False)),
        Column("started_at", _instant),
        Column("ended_at", _instant),
        Column("steps_completed", _whole(0, 10_000)),
        Column("steps_total", _whole(0, 10_000)),
        Column("outcome", _choice("completed", "stopped")),
    ),
    "water_glasses": (ID, Column("drunk_at", _instant)),
    "cramps": (
        ID,
        Column("started_at", _instant),
        Column("leg", _choice(*LEGS)),
        Column("severity", _whole(1, 10)),
        Column("minutes", _optional(_number(0, MAX_MINUTES, low_open=True))),
        Column("note", _text(MAX_NOTE)),
    ),
    "walks": (
        ID,
        Column("walked_at", _instant),
        Column("total_minutes", _number(0, 24 * 60, low_open=True)),
        Column("minutes_to_pain", _optional(_number(0, 24 * 60))),
        Column("rests_needed", _whole(0, 1)),
    ),
    "reminder_events": (
        ID,
        Column("night", _day),
        Column("kind", _choice("shown", "snoozed", "skipped")),
        Column("at", _instant),
        Column("until", _optional(_instant)),
    ),
}


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def export(history: History, folder: Path) -> list[Path]:
    """Write one CSV file a table into `folder`; the files written."""
    written = []
    for table, columns in TABLES.items():
        names = ", ".join(column.name for column in columns)
        rows = history.query(f"SELECT {names} FROM {table} ORDER BY id")
        text = io.StringIO()
        # CRLF, as RFC 4180 has it; a field holding either character is then quoted.
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(column.name for column in columns)
        writer.writerows([_cell(value) for value in row] for row in rows)
        path = folder / f"{table}.csv"
        write_atomically(path, text.getvalue().encode("utf-8"))
        written.append(path)
    return written


@dataclass(frozen=True)
class Imported:
    added: int
    skipped: int
    undo: str = ""  # the backup taken before it, which `restore` puts back


def import_(history: History, folder: Path) -> Imported:
    """Read the files `export` writes; all or nothing."""
    tables = {table: _read(folder / f"{table}.csv", columns) for table, columns in TABLES.items()}
    if all(rows is None for rows in tables.values()):
        message = translate(
            "Transfer", "{folder}: no exported files here (such as routine_runs.csv)."
        )
        raise TransferError(message.format(folder=folder))
    added = skipped = 0
    with history.transaction() as db:
        for table, rows in tables.items():
            names = [column.name for column in TABLES[table]]
            fields = names[1:]
            taken = []  # rows whose id another row has: added last, with new ids
            for row in rows or []:
                existing = db.execute(
                    f"SELECT {', '.join(fields)} FROM {table} WHERE id = ?", (row[0],)
                ).fetchone()
                if existing is None:
                    _insert(db, table, names, row)
                    added += 1
                elif tuple(existing) == tuple(row[1:]):
                    skipped += 1  # the very same row is here already
                else:
                    taken.append(row[1:])
            for values in taken:
                _insert(db, table, fields, values)
                added += 1
    return Imported(added, skipped)


def _insert(db: sqlite3.Connection, table: str, names: list[str], values: list[object]) -> None:
    marks = ", ".join("?" * len(names))
    db.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", tuple(values))


def _read(path: Path, columns: tuple[Column, ...]) -> list[list[object]] | None:
    if not path.exists():
        return None
    if path.stat().st_size > MAX_FILE_BYTES:
        message = translate("Transfer", "{path}: larger than {most} MB.")
        raise TransferError(message.format(path=path, most=MAX_FILE_BYTES // 2**20))
    try:
        # Bytes, not read_text: a note may hold a carriage return that must stay one.
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        message = translate("Transfer", "{path}: not UTF-8 text ({error}).")
        raise TransferError(message.format(path=path, error=error)) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    names = [column.name for column in columns]
    rows: list[list[object]] = []
    try:
        for record in reader:
            line = reader.line_num
            if line == 1:
                if record != names:
                    message = translate(
                        "Transfer", "{path}: line 1: the header must be {expected}, not {found}."
                    )
                    raise TransferError(
                        message.format(path=path, expected=",".join(names), found=",".join(record))
                    )
                continue
            if len(record) != len(columns):
                message = translate(
                    "Transfer", "{path}: line {line}: {found} columns where {expected} belong."
                )
                raise TransferError(
                    message.format(path=path, line=line, found=len(record), expected=len(columns))
                )
            row = []
            for number, (column, cell) in enumerate(zip(columns, record, strict=True), 1):
                try:
                    row.append(column.parse(cell))
                except ValueError as error:
                    message = translate(
                        "Transfer", "{path}: line {line}, column {number} ({name}): {cell} {error}."
                    )
                    raise TransferError(
                        message.format(
                            path=path,
                            line=line,
                            number=number,
                            name=column.name,
                            cell=repr(cell),
                            error=error,
                        )
                    ) from None
            rows.append(row)
    except csv.Error as error:
        message = translate("Transfer", "{path}: line {line}: {error}.")
        raise TransferError(message.format(path=path, line=reader.line_num, error=error)) from None
    if reader.line_num == 0:
        message = translate("Transfer", "{path}: line 1: the header row is missing.")
        raise TransferError(message.format(path=path))
    return rows
