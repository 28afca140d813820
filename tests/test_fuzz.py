"""Bad input, generated: every answer is a clear message or a quiet refusal, never a crash,
never a half-written file. Each finding is kept below as an explicit @example."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from datetime import datetime
from pathlib import Path
from typing import Any, get_type_hints

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from coach import requests
from coach.cli import parse_arguments, request_for
from coach.core import settings as model
from coach.core.clock import FakeClock
from coach.core.routine import MAX_ROUTINE_BYTES, RoutineError, load_routine
from coach.journal import Journal, RefusedError
from coach.store.history import History
from coach.store.settings_file import load_settings
from coach.store.transfer import TABLES, TransferError, import_
from tests.conftest import LONDON, ROOT, ROUTINES, history_rows, shipped_routines

FUZZ = settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
NOW = datetime(2026, 11, 25, 21, 0, tzinfo=LONDON)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
# Close to a real settings file: known sections and keys, any values.
settings_like = st.fixed_dictionaries(
    {"version": st.sampled_from([1, 1, 1, 2, "1", None])},
    optional={
        section: st.dictionaries(
            st.sampled_from(
                [key.split(".")[1] for key in model.KEYS if key.startswith(section)] + ["unknown"]
            ),
            json_values,
            max_size=4,
        )
        for section in ("reminder", "routine", "sound", "water", "app")
    },
)


def check_settings_file(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_bytes(raw)
        loaded = load_settings(path, NOW)
        assert isinstance(loaded.settings, model.Settings)
        if loaded.notice:  # refused: said in a sentence, the file kept aside untouched
            assert loaded.notice.startswith("Your settings file could not be used")
            [kept] = Path(folder).glob("settings.json.corrupt-*")
            assert kept.read_bytes() == raw
            assert not path.exists()
        else:
            assert path.read_bytes() == raw


@FUZZ
@given(st.binary(max_size=300))
@example(b"\xff\xfe{}")  # not UTF-8
@example(b"")
def test_settings_file_of_random_bytes(raw: bytes) -> None:
    check_settings_file(raw)


@FUZZ
@given(json_values | settings_like)
@example({"version": 1, "water": {"goal": True}})  # a JSON true is not the number 1
@example({"version": 1, "water": {"goal": 1e308}})
@example({"version": 1, "reminder": {"days": []}})
@example({"version": 1, "reminder": {"time": "24:00"}})
def test_settings_file_of_random_json(value: Any) -> None:
    check_settings_file(json.dumps(value).encode())


EVENING = (ROUTINES / "evening.toml").read_text(encoding="utf-8")


@FUZZ
@given(
    st.lists(
        st.tuples(st.integers(0, len(EVENING)), st.integers(0, 40), st.text(max_size=12)),
        max_size=4,
    )
)
@example([(EVENING.index("reps = 3") + 7, 1, "1e9")])  # more repetitions than allowed
@example([(EVENING.index("hold_seconds = 10") + 15, 2, "-1")])
@example([(EVENING.index('scene = "wall-calf-stretch"'), 27, 'scene = ["x"]')])
def test_routine_files_mutated_at_random(edits: list[tuple[int, int, str]]) -> None:
    text = EVENING
    for at, cut, insert in edits:
        text = text[:at] + insert + text[at + cut :]
    try:
        routine = load_routine(text, "mutated.toml")
    except RoutineError as error:
        assert str(error).startswith("mutated.toml:")
    else:
        assert routine.steps


def test_a_routine_file_larger_than_the_limit_is_refused() -> None:
    text = EVENING + "#" * MAX_ROUTINE_BYTES
    with pytest.raises(RoutineError, match="larger than"):
        load_routine(text, "huge.toml")


def exported(folder: Path) -> dict[str, bytes]:
    """A real export with some of everything, as the files' bytes."""
    journal = Journal.in_folder(folder / "source", FakeClock(NOW), shipped_routines())
    requests.perform(requests.AddGlasses(2), journal)
    requests.perform(requests.LogCramp(leg="left", severity=4), journal)
    requests.perform(requests.LogCramp(leg="right"), journal)  # how bad not said: empty
    journal.export(folder / "export")
    journal.close()
    return {path.name: path.read_bytes() for path in (folder / "export").glob("*.csv")}


@pytest.fixture(scope="module")
def export_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return exported(tmp_path_factory.mktemp("export"))


@FUZZ
@given(
    table=st.sampled_from(sorted(TABLES)),
    edits=st.lists(
        st.tuples(st.integers(0, 400), st.integers(0, 20), st.binary(max_size=12)), max_size=3
    ),
)
def test_csv_import_of_mutated_files_is_all_or_nothing(
    export_files: dict[str, bytes], table: str, edits: list[tuple[int, int, bytes]]
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for name, data in export_files.items():
            if name == f"{table}.csv":
                for at, cut, insert in edits:
                    data = data[:at] + insert + data[at + cut :]
            (folder / name).write_bytes(data)
        history = History(folder / "history.sqlite3")
        try:
            before = {t: history.query(f"SELECT * FROM {t}") for t in TABLES}
            try:
                import_(history, folder)
            except TransferError as error:
                assert str(error).startswith(str(folder))  # names the file and line
                assert {t: history.query(f"SELECT * FROM {t}") for t in TABLES} == before
            assert history.query("PRAGMA integrity_check") == [("ok",)]
        finally:
            history.close()


words = st.sampled_from(
    [
        "water",
        "add",
        "undo",
        "status",
        "--json",
        "config",
        "get",
        "set",
        "cramp",
        "--leg",
        "--severity",
        "--minutes",
        "--note",
        "--at",
        "export",
        "import",
        "backup",
        "list",
        "restore",
        "history-20261125T210000Z-daily.sqlite3",
        "start-routine",
        "--routine",
        "cramp-relief",
        "--hidden",
        "water.goal",
        "reminder.time",
        "reminder.days",
        "left",
        "both",
        "-1",
        "0",
        "3",
        "1e400",
        "nan",
        "22:00",
        "25:61",
        "2026-11-26T03:10:00+00:00",
        "yesterday",
        "",
        "\x00",
        "--",
    ]
)


@FUZZ
@given(st.lists(words | st.text(max_size=10), max_size=6))
@example(["water", "add", "0"])
@example(["water", "add", "1000000"])
@example(["cramp", "add", "--minutes", "nan"])
@example(["cramp", "add", "--minutes", "inf"])
@example(["cramp", "add", "--at", "2026-11-26T03:10:00"])  # no offset
@example(["config", "set", "reminder.days", ""])
@example(["config", "set", "water.goal", "\x00"])
def test_command_line_arguments_at_random(arguments: list[str]) -> None:
    said = io.StringIO()
    try:
        with redirect_stderr(said), redirect_stdout(io.StringIO()):
            parsed = parse_arguments(arguments)
    except SystemExit as leaving:  # argparse: usage and a sentence, code 2 (or 0 for help)
        assert leaving.code in (0, 2)
        assert leaving.code == 0 or "error:" in said.getvalue()
        return
    try:
        request = request_for(parsed)
    except RefusedError as refusal:  # a value argparse let through: refused in a sentence
        assert str(refusal).endswith("."), refusal
        return
    if not requests.for_the_journal(request) or isinstance(
        request, requests.Export | requests.Import
    ):
        return
    with tempfile.TemporaryDirectory() as scratch:
        journal = Journal.in_folder(Path(scratch), FakeClock(NOW), ROUTINES)
        try:
            reply = requests.perform(request, journal)
        finally:
            journal.close()
    assert reply.code in (0, 2)
    assert reply.text.strip()
    if reply.code == 2:
        assert reply.text.endswith("."), reply.text  # a sentence


ROUTINES = shipped_routines()
# The journal's requests, but those that read or write folders named in them.
JOURNAL_COMMANDS = sorted(
    name
    for name, (_, operation) in requests.TABLE.items()
    if operation is not None and name not in ("export", "import")
)
# A field's value: of its type, close to what it takes, or anything JSON.
of_type: dict[object, st.SearchStrategy[Any]] = {
    str: words | st.sampled_from(sorted(model.KEYS)) | st.text(max_size=12),
    int: st.integers(-2, 40),
    float: st.integers(-2, 700) | st.floats(allow_nan=True),
    bool: st.booleans(),
}


def own_fields(name: str) -> st.SearchStrategy[dict[str, Any]]:
    """A line of the command `name` with only its own fields: most get past from_json."""
    kind, _ = requests.TABLE[name]
    hints = get_type_hints(kind)
    values = {}
    for item in dataclasses.fields(kind):
        allowed = getattr(hints[item.name], "__args__", (hints[item.name],))  # X | None
        fitting = st.one_of([of_type[t] if t in of_type else st.none() for t in allowed])
        values[item.name] = fitting | fitting | json_values
    return st.fixed_dictionaries({"command": st.just(name)}, optional=values)


with_own_fields = st.sampled_from(JOURNAL_COMMANDS).flatmap(own_fields)
socket_lines = (
    with_own_fields
    | with_own_fields
    | st.fixed_dictionaries(
        {"command": st.sampled_from(JOURNAL_COMMANDS)},
        optional={
            key: json_values
            for key in ("count", "key", "value", "json", "leg", "severity", "minutes", "note", "at")
        },
    )
)


@settings(
    max_examples=150,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(socket_lines)
@example({"command": "water-add", "count": True})
@example({"command": "cramp-add", "minutes": "ten"})
@example({"command": "cramp-add", "severity": 4.5})
@example({"command": "cramp-add", "severity": None})
@example({"command": "cramp-add", "at": 7})
@example({"command": "config-set", "key": None, "value": None})
def test_requests_from_the_socket_at_random(journal: Journal, data: dict[str, Any]) -> None:
    try:
        request = requests.from_json(data)
    except RefusedError as refusal:  # refused where it enters, in a sentence
        assert str(refusal).endswith("."), refusal
        return
    reply = requests.perform(request, journal)
    assert reply.code in (0, 2), reply.text
    assert reply.text.strip()
    if reply.code == 2:
        assert reply.text.endswith("."), reply.text
    assert history_rows(journal, "PRAGMA integrity_check") == [("ok",)]


# -- the history file itself ---------------------------------------------------------


def a_history_with_a_backup(folder: Path) -> None:
    journal = Journal.in_folder(folder, FakeClock(NOW), ROUTINES)
    journal.add_glasses(3)
    journal.backup()
    journal.add_glasses(1)
    journal.close()


@FUZZ
@given(
    damage=st.one_of(
        st.tuples(st.just("bytes"), st.binary(max_size=4096)),
        st.tuples(st.just("truncate"), st.integers(0, 60_000)),
        st.tuples(st.just("scribble"), st.integers(0, 60_000), st.binary(min_size=1, max_size=64)),
    )
)
@example(damage=("bytes", b""))  # found: taken for a new history, the data gone unsaid
@example(damage=("bytes", b"\x00"))  # found: the same, for a file shorter than a header
@example(damage=("truncate", 100))
@example(damage=("scribble", 0, b"SQLite format 4\x00"))
@example(damage=("scribble", 2872, b"\x82\x00\x80\x80\x00\x1d"))  # found: not UTF-8 text
@example(damage=("scribble", 3917, b"\x80"))  # found in CI: the same, in the check's report
@example(damage=("scribble", 58, b"\x00\x00\x80"))  # found: a negative schema version
def test_a_history_file_damaged_at_random_opens_or_says_why(damage: tuple[Any, ...]) -> None:
    """Random bytes, a truncation or bytes written over it: the journal opens (on the
    history, or on the backup put back, with a sentence), or refuses with an error the
    command line turns into a sentence; never anything else."""
    from coach.store.history import HistoryError

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        a_history_with_a_backup(folder)
        path = folder / "history.sqlite3"
        data = path.read_bytes()
        if damage[0] == "bytes":
            data = damage[1]
        elif damage[0] == "truncate":
            data = data[: damage[1]]
        else:
            at = min(damage[1], len(data))
            data = data[:at] + damage[2] + data[at + len(damage[2]) :]
        path.write_bytes(data)
        try:
            journal = Journal.in_folder(folder, FakeClock(NOW), ROUTINES)
        except (OSError, sqlite3.Error, HistoryError):
            return
        try:
            today = journal.water_today()
            assert today in (0, 3, 4)  # a new history, the backup, or the file as it was
            if today != 4:
                assert journal.notice is not None  # what happened is said
        except sqlite3.DatabaseError:
            pass  # damage the quick check did not see: the command line says it
        finally:
            journal.close()


# -- the environment -----------------------------------------------------------------

hostile = st.one_of(
    st.sampled_from(["", "/", "/nonexistent", "/dev/null", "relative/path", "/tmp/\n", ".."]),
    st.text(min_size=1, max_size=30).filter(lambda t: "\x00" not in t),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(
        ["HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "TMPDIR", "TZ", "LANG"]
    ),
    value=hostile,
)
@example(name="TZ", value="Mars/Olympus_Mons")
@example(name="LANG", value="xx_XX.NOT-A-CODESET")
@example(name="HOME", value="/dev/null")
@example(name="TMPDIR", value="/nonexistent")
def test_odd_environments_get_a_sentence_never_a_traceback(name: str, value: str) -> None:
    """The command line with one variable of the environment set to something odd or
    hostile: it answers or says why, and never shows a traceback."""
    with tempfile.TemporaryDirectory() as scratch:
        env = {
            key: text
            for key, text in os.environ.items()
            if key != "QT_QPA_PLATFORM" and not key.startswith("XDG_")
        }
        env.update({"PYTHONPATH": str(ROOT), "HOME": scratch, name: value})
        result = subprocess.run(
            [sys.executable, "-m", "coach", "status"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            cwd=scratch,
        )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode in (0, 1, 2), result.stderr
    assert result.stdout or result.stderr.strip()
