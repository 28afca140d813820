"""Export every table of the history as CSV, and import such files back.

One file a table, a header row, instants in ISO 8601 with their offset (UTC). Importing
checks every file first and changes nothing if one is malformed, naming the file, line
and column; then adds all rows in one transaction, skipping exact duplicates, so that an
export imported into an empty data folder exports again to the same bytes.

A night's check-in is one row per night: on import, the answer given later wins. The
first use (meta.csv) becomes the earlier of the two, so that nights recorded before an
import into a new data folder stay recorded. A routine_runs.csv from before schema 4
(without steps_played and routine_done) is still read: its runs count as the routine
done when every step was played through, as the migration decides. A cramp whose how
bad was not said has an empty severity cell (schema 7); a cramps.csv from before has a
number in every row and reads as it did.
"""

from __future__ import annotations

import csv
import io
import math
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from coach.core.clock import within_range
from coach.core.diary import LEGS, MAX_MINUTES, MAX_NOTE, MAX_SEVERITY
from coach.core.monthly import KEYS as MONTHLY_KEYS
from coach.core.monthly import MAX_MEDICINE, MonthlyAnswers, MonthlyError
from coach.core.nights import MAX_CRAMPS_A_NIGHT, MAX_SCORE, Answer, CheckIn, CheckInError
from coach.core.text import translate
from coach.core.trial import MAX_SEED
from coach.core.walking import MAX_METRES
from coach.core.water import MAX_GLASSES_A_DAY
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


def _steps(text: str) -> str:
    """The steps played through, as history keeps them: "0,1,5" ("none" for none, since an
    empty cell is "not known")."""
    if text == "none":
        return ""
    parts = text.split(",")
    if not all(part.isdigit() and len(part) <= 5 for part in parts):
        raise ValueError(translate("Transfer", "is not a list of step numbers such as 0,1,5"))
    return ",".join(str(int(part)) for part in parts)


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
        Column("steps_played", _optional(_steps)),
        Column("routine_done", _whole(0, 1)),
    ),
    "water_glasses": (ID, Column("drunk_at", _instant)),
    "cramps": (
        ID,
        Column("started_at", _instant),
        Column("leg", _choice(*LEGS)),
        Column("severity", _optional(_whole(1, MAX_SEVERITY))),  # empty: not said
        Column("minutes", _optional(_number(0, MAX_MINUTES, low_open=True))),
        Column("note", _text(MAX_NOTE)),
    ),
    "walks": (
        ID,
        Column("walked_at", _instant),
        Column("total_minutes", _number(0, 24 * 60, low_open=True)),
        Column("minutes_to_pain", _optional(_number(0, 24 * 60))),
        Column("rests_needed", _whole(0, 1)),
        Column("distance_metres", _optional(_number(0, MAX_METRES, low_open=True))),
        Column("metres_to_pain", _optional(_number(0, MAX_METRES))),
    ),
    "reminder_events": (
        ID,
        Column("night", _day),
        Column("kind", _choice("shown", "snoozed", "skipped", "done")),
        Column("at", _instant),
        Column("until", _optional(_instant)),
    ),
    "check_ins": (
        Column("night", _day),
        Column("answer", _choice(*Answer)),
        Column("cramps", _whole(0, MAX_CRAMPS_A_NIGHT)),
        Column("severity", _optional(_whole(0, MAX_SCORE))),
        Column("minutes", _optional(_number(0, MAX_MINUTES, low_open=True))),
        Column("leg", _optional(_choice(*LEGS))),
        Column("sleep", _optional(_whole(0, MAX_SCORE))),
        Column("recorded_at", _instant),
    ),
    "trials": (
        ID,
        Column("start", _day),
        Column("seed", _whole(0, MAX_SEED)),
        Column("stopped", _optional(_day)),
        Column("created_at", _instant),
    ),
    "monthly_answers": (
        ID,
        Column("asked_on", _day),
        Column("skipped", _whole(0, 1)),
        *(Column(key, _optional(_whole(0, 1))) for key in MONTHLY_KEYS),
        Column("medicine", _text(MAX_MEDICINE)),
        Column("recorded_at", _instant),
    ),
    "meta": (
        Column("key", _choice("first_use")),
        Column("value", _instant),
    ),
}
# Files from before a table gained columns: how many columns they had, and how the rest
# is filled in from them.
LEGACY: dict[str, tuple[int, Callable[[list[object]], list[object]]]] = {
    # Before schema 4 a run counts when every step was played through.
    "routine_runs": (7, lambda row: [None, int(0 < int(str(row[5])) == int(str(row[4])))]),
    # Before the walks kept their distances: not measured.
    "walks": (5, lambda row: [None, None]),
}


# A spreadsheet runs a cell that starts with one of these as a formula: it is written
# after a ' (as OWASP advises for CSV injection), which the import takes off again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The column that says when each table's entry happened: with the id, what makes an
# entry the same entry after an edit.
WHEN = {
    "routine_runs": "started_at",
    "water_glasses": "drunk_at",
    "cramps": "started_at",
    "walks": "walked_at",
    "reminder_events": "at",
    "trials": "created_at",
    "monthly_answers": "recorded_at",
}
ORDER = {"check_ins": "night", "meta": "key"}  # tables with no id: exported in this order


def _cell(value: object, column: str = "") -> str:
    if column == "steps_played" and value == "":
        return "none"  # none played through; an empty cell is "not known"
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _uncell(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_STARTS) else text


def export(history: History, folder: Path) -> list[Path]:
    """Write one CSV file a table into `folder`; the files written. All or nothing: every
    file is written in full beside its place before any takes it."""
    texts = {}
    for table, columns in TABLES.items():
        names = ", ".join(column.name for column in columns)
        rows = history.query(f"SELECT {names} FROM {table} ORDER BY {ORDER.get(table, 'id')}")
        text = io.StringIO()
        # CRLF, as RFC 4180 has it; a field holding either character is then quoted.
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(column.name for column in columns)
        writer.writerows(
            [_cell(value, column.name) for value, column in zip(row, columns, strict=True)]
            for row in rows
        )
        texts[folder / f"{table}.csv"] = text.getvalue().encode("utf-8")
    ready = {}
    try:
        for path, data in texts.items():
            partial = path.with_name(f".{path.name}.partial")
            write_atomically(partial, data)
            ready[path] = partial
    except BaseException:
        for partial in ready.values():
            partial.unlink(missing_ok=True)
        raise
    for path, partial in ready.items():
        os.replace(partial, path)
    return list(ready)


@dataclass(frozen=True)
class Imported:
    added: int
    skipped: int
    capped: int = 0  # glasses left out: their day had MAX_GLASSES_A_DAY already
    undo: str = ""  # the backup taken before it, which `restore` puts back


def import_(history: History, folder: Path, routine_ids: Collection[str] | None = None) -> Imported:
    """Read the files `export` writes; all or nothing. An entry already here is skipped:
    the same id with the same time (though edited since), or the very same content (as
    often as it is here: two glasses at one instant are two glasses). Routine runs must
    name a routine of `routine_ids`; no day gains glasses past MAX_GLASSES_A_DAY."""
    if not folder.is_dir():
        message = (
            translate("Transfer", "{folder} is a file, not a folder of exported files.")
            if folder.exists()
            else translate("Transfer", "There is no folder {folder}.")
        )
        raise TransferError(message.format(folder=folder))
    tables = {table: _read(folder / f"{table}.csv", columns) for table, columns in TABLES.items()}
    if all(rows is None for rows in tables.values()):
        message = translate(
            "Transfer", "{folder}: no exported files here (such as routine_runs.csv)."
        )
        raise TransferError(message.format(folder=folder))
    if routine_ids is not None:
        for row in tables["routine_runs"] or []:
            if row[1] not in routine_ids:
                message = translate(
                    "Transfer", "{path}: '{routine}' is not a routine of this app ({known})."
                )
                raise TransferError(
                    message.format(
                        path=folder / "routine_runs.csv",
                        routine=row[1],
                        known=", ".join(routine_ids),
                    )
                )
    _check_rows(folder, tables)
    added = skipped = capped = 0
    with history.transaction() as db:
        for table, rows in tables.items():
            if table in ORDER:
                more, same = _merge(db, table, rows or [])
                added, skipped = added + more, skipped + same
                continue
            names = [column.name for column in TABLES[table]]
            fields = names[1:]
            when = fields.index(WHEN[table])
            # What is here, read once: each entry by id, and how often each content occurs.
            by_id = {
                row[0]: row[1:] for row in db.execute(f"SELECT {', '.join(names)} FROM {table}")
            }
            here = Counter(by_id.values())
            new = []
            for row in rows or []:
                existing = by_id.get(row[0])
                content = tuple(row[1:])
                if existing is not None and existing[when] == content[when]:
                    skipped += 1  # this very entry, as it is here (edited since, perhaps)
                elif here[content] > 0:
                    here[content] -= 1
                    skipped += 1  # the same content is here already
                else:
                    new.append(row)
            if table == "water_glasses":
                kept = _capped_per_day(db, new)
                capped, new = len(new) - len(kept), kept
            for row in new:
                if row[0] in by_id:  # the id is another entry's here: a new one for it
                    by_id[_insert(db, table, fields, row[1:])] = tuple(row[1:])
                else:
                    by_id[_insert(db, table, names, row)] = tuple(row[1:])
                added += 1
    return Imported(added, skipped, capped)


def _check_rows(folder: Path, tables: dict[str, list[list[object]] | None]) -> None:
    """What a single cell cannot say: a check-in whose fields do not fit its answer, a
    trial that stops before it starts."""
    for number, row in enumerate(tables["check_ins"] or [], 2):
        night, answer, *fields, _ = row
        try:
            CheckIn(date.fromisoformat(str(night)), Answer(str(answer)), *fields)  # type: ignore[arg-type]
        except CheckInError as error:
            message = translate("Transfer", "{path}: line {line}: {error}")
            path = folder / "check_ins.csv"
            raise TransferError(message.format(path=path, line=number, error=error)) from None
    for number, row in enumerate(tables["monthly_answers"] or [], 2):
        try:
            MonthlyAnswers.of(
                date.fromisoformat(str(row[1])),
                bool(row[2]),
                [None if value is None else bool(value) for value in row[3:-2]],
                str(row[-2]),
            )
        except MonthlyError as error:
            message = translate("Transfer", "{path}: line {line}: {error}")
            path = folder / "monthly_answers.csv"
            raise TransferError(message.format(path=path, line=number, error=error)) from None
    for number, row in enumerate(tables["trials"] or [], 2):
        start, stopped = row[1], row[3]
        if stopped is not None and str(stopped) <= str(start):
            message = translate(
                "Transfer", "{path}: line {line}: a trial cannot stop before it starts."
            )
            path = folder / "trials.csv"
            raise TransferError(message.format(path=path, line=number)) from None


def _merge(db: sqlite3.Connection, table: str, rows: list[list[object]]) -> tuple[int, int]:
    """Rows of a table keyed by their first column: a night's check-in (the one recorded
    later wins), the first use (the earlier wins). How many changed, how many did not;
    the first use is no entry of the person's, so it is counted only when it changed."""
    added = skipped = 0
    names = [column.name for column in TABLES[table]]
    for row in rows:
        here = db.execute(
            f"SELECT {', '.join(names)} FROM {table} WHERE {names[0]} = ?", (row[0],)
        ).fetchone()
        if table == "meta":
            if here is not None and str(here[1]) <= str(row[1]):
                continue  # the first use here is the earlier, or the same
        elif here is not None and (list(here) == row or str(here[-1]) >= str(row[-1])):
            skipped += 1  # the same answer, or one given later, is here
            continue
        marks = ", ".join("?" * len(names))
        db.execute(f"INSERT OR REPLACE INTO {table} ({', '.join(names)}) VALUES ({marks})", row)
        added += 1
    return added, skipped


def _capped_per_day(db: sqlite3.Connection, rows: list[list[object]]) -> list[list[object]]:
    """The glasses of `rows` that keep every day (UTC) at MAX_GLASSES_A_DAY at most."""
    counts = Counter(
        day for (day,) in db.execute("SELECT substr(drunk_at, 1, 10) FROM water_glasses")
    )
    kept = []
    for row in rows:
        day = str(row[1])[:10]
        if counts[day] < MAX_GLASSES_A_DAY:
            counts[day] += 1
            kept.append(row)
    return kept


def _insert(db: sqlite3.Connection, table: str, names: list[str], values: list[object]) -> int:
    """Insert a row; its id."""
    marks = ", ".join("?" * len(names))
    cursor = db.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})", tuple(values))
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def _read(path: Path, columns: tuple[Column, ...]) -> list[list[object]] | None:
    if not path.exists() and not path.is_symlink():
        return None
    if not path.is_file():  # a folder, or a FIFO that would wait for ever
        raise TransferError(translate("Transfer", "{path}: not a plain file.").format(path=path))
    if path.stat().st_size > MAX_FILE_BYTES:
        message = translate("Transfer", "{path}: larger than {most} MB.")
        raise TransferError(message.format(path=path, most=MAX_FILE_BYTES // 2**20))
    try:
        # Bytes, not read_text: a note may hold a carriage return that must stay one.
        # utf-8-sig: a spreadsheet may save the file with a byte-order mark.
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        message = translate("Transfer", "{path}: not UTF-8 text ({error}).")
        raise TransferError(message.format(path=path, error=error)) from None
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    names = [column.name for column in columns]
    legacy = LEGACY.get(path.stem)
    fill_in: Callable[[list[object]], list[object]] | None = None
    rows: list[list[object]] = []
    try:
        for record in reader:
            line = reader.line_num
            if line == 1:
                if legacy is not None and record == names[: legacy[0]]:
                    columns, fill_in = columns[: legacy[0]], legacy[1]
                    continue
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
                    row.append(column.parse(_uncell(cell)))
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
            rows.append(row if fill_in is None else row + fill_in(row))
    except csv.Error as error:
        message = translate("Transfer", "{path}: line {line}: {error}.")
        raise TransferError(message.format(path=path, line=reader.line_num, error=error)) from None
    if reader.line_num == 0:
        message = translate("Transfer", "{path}: line 1: the header row is missing.")
        raise TransferError(message.format(path=path))
    return rows
