"""Bad input from outside gets a sentence and a non-zero exit, never a traceback: each
case here printed one before. The command line runs as a person runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def run(
    data: Path | str, *arguments: str, env: dict[str, str] | None = None, **options: object
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    environment.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(data), *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
        **options,  # type: ignore[call-overload]
    )


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout, result.stdout


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def test_found_a_settings_file_that_is_a_folder(data: Path) -> None:
    (data / "settings.json").mkdir()
    result = run(data, "status")
    no_traceback(result)
    assert result.returncode == 0
    assert "could not be read" in result.stderr
    refused = run(data, "config", "set", "water.goal", "6")
    no_traceback(refused)
    assert refused.returncode == 1
    assert (data / "settings.json").is_dir()  # left as it is


def test_found_a_fifo_as_settings_file_hangs_nothing(data: Path) -> None:
    os.mkfifo(data / "settings.json")
    result = run(data, "config", "get", "water.goal")
    no_traceback(result)
    assert (result.returncode, result.stdout) == (0, "8\n")
    assert "not a plain file" in result.stderr


@pytest.mark.parametrize(
    "content",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"version": 1, "water": {"goal": ' + "9" * 5000 + "}}",
    ],
    ids=["nested 100,000 deep", "a 5,000-digit number"],
)
def test_found_settings_json_that_broke_the_parser(data: Path, content: str) -> None:
    (data / "settings.json").write_text(content)
    result = run(data, "status")
    no_traceback(result)
    assert result.returncode == 0
    assert "could not be used" in result.stderr
    assert list(data.glob("settings.json.corrupt-*"))


def test_found_a_byte_order_mark_reset_every_setting(data: Path) -> None:
    (data / "settings.json").write_bytes(b'\xef\xbb\xbf{"version": 1, "water": {"goal": 5}}')
    result = run(data, "config", "get", "water.goal")
    assert (result.returncode, result.stdout, result.stderr) == (0, "5\n", "")


def test_found_a_symlinked_settings_file_was_replaced_by_a_plain_one(data: Path) -> None:
    target = data / "dotfiles" / "bedtime-coach.json"
    target.parent.mkdir()
    target.write_text('{"version": 1, "water": {"goal": 5}}')
    (data / "settings.json").symlink_to(target)
    assert run(data, "config", "set", "water.goal", "6").returncode == 0
    assert (data / "settings.json").is_symlink()
    assert json.loads(target.read_text())["water"]["goal"] == 6


@pytest.mark.parametrize(
    "instant",
    ["0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-05:00", "1969-12-31T23:00:00+00:00"],
)
def test_found_a_cramp_at_the_ends_of_time(data: Path, instant: str) -> None:
    result = run(data, "cramp", "add", "--at", instant)
    no_traceback(result)
    assert (result.returncode, result.stderr) == (
        2,
        "A cramp's time must be from 1970 to 2100.\n",
    )


def test_found_an_imported_run_dated_9999_stopped_every_start(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(data, "export", str(out)).returncode == 0
    (out / "routine_runs.csv").write_text(
        "id,routine_id,started_at,ended_at,steps_completed,steps_total,outcome\r\n"
        "1,evening,9999-12-31T23:00:00+00:00,9999-12-31T23:08:00+00:00,6,6,completed\r\n"
    )
    result = run(data, "import", str(out))
    no_traceback(result)
    assert result.returncode == 2
    assert "1970 to 2100" in result.stderr
    status = run(data, "status", env={"TZ": "Asia/Tokyo"})
    no_traceback(status)
    assert status.returncode == 0


def test_found_printing_to_a_full_stdout(data: Path) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "coach", "--data-dir", str(data), "status"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    assert "Traceback" not in result.stderr
    assert "Exception ignored" not in result.stderr
    assert result.returncode == 1


def test_found_an_empty_data_dir_silently_meant_this_folder(tmp_path: Path) -> None:
    result = run("", "status", cwd=tmp_path)
    no_traceback(result)
    assert result.returncode == 2
    assert "--data-dir needs the name of a folder" in result.stderr
    assert not (tmp_path / "history.sqlite3").exists()


def test_found_a_data_folder_whose_name_is_not_utf8(tmp_path: Path) -> None:
    odd = os.fsdecode(os.fsencode(str(tmp_path)) + b"/caf\xe9")
    for arguments in (("water", "add"), ("config", "set", "app.start_at_login", "on")):
        result = run(odd, *arguments, env={"HOME": str(tmp_path / "home")})
        no_traceback(result)
        assert result.returncode in (0, 1), result.stderr
    assert run(odd, "status").returncode == 0


def test_an_unexpected_failure_is_a_sentence_with_the_details_in_the_log(data: Path) -> None:
    """The boundary: a failure no code expected (here a bug put in on purpose) is still
    one sentence on the terminal, with its traceback in the failure log."""
    program = (
        "import sys; import coach.journal as journal\n"
        "journal.Journal.water_today = lambda self: 1 / 0\n"
        "from coach.cli import main\n"
        "raise SystemExit(main(sys.argv[1:]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program, "--data-dir", str(data), "status"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    no_traceback(result)
    assert result.returncode == 1
    log = data / "cache" / "bedtime-coach.log"
    assert result.stderr == (
        f"Bedtime Coach could not do that: division by zero. The details are in {log}.\n"
    )
    assert "ZeroDivisionError" in log.read_text()


def test_found_output_cut_short_by_a_closed_pipe(data: Path) -> None:
    """`bedtime-coach status | head -c1` ended in BrokenPipeError."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    environment.pop("QT_QPA_PLATFORM", None)
    command = f"{sys.executable} -m coach --data-dir {data} status | head -c1"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
    )
    assert result.stdout == "W"
    assert "Traceback" not in result.stderr
    assert "Exception ignored" not in result.stderr


def test_found_a_home_folder_whose_name_is_not_utf8(tmp_path: Path) -> None:
    home = os.fsencode(str(tmp_path)) + b"/h\xff"
    os.mkdir(home)
    environment = {key: value for key, value in os.environ.items() if not key.startswith("XDG")}
    environment.pop("QT_QPA_PLATFORM", None)
    environment = {**environment, "PYTHONPATH": str(ROOT), "HOME": os.fsdecode(home)}
    for arguments in (["water", "add"], ["status"], ["config", "set", "app.start_at_login", "on"]):
        result = subprocess.run(
            [sys.executable, "-m", "coach", *arguments],
            capture_output=True,
            text=True,
            timeout=60,
            env=environment,
        )
        no_traceback(result)
        assert result.returncode in (0, 1), result.stderr


def test_found_a_change_printed_to_a_full_stdout_said_nothing_and_exited_1(data: Path) -> None:
    """The glass was stored, yet the exit said it failed: a script would add it twice."""
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "coach", "--data-dir", str(data), "water", "add"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    assert result.returncode == 0
    assert result.stderr == "Bedtime Coach could not print its answer, but it did it.\n"
    assert run(data, "status").stdout.startswith("Water: 1 of 8 glasses today.")


def test_found_a_fifo_in_an_import_folder_hung_for_ever(data: Path, tmp_path: Path) -> None:
    folder = tmp_path / "import"
    assert run(data, "export", str(folder)).returncode == 0
    (folder / "cramps.csv").unlink()
    os.mkfifo(folder / "cramps.csv")
    result = run(data, "import", str(folder))
    no_traceback(result)
    assert result.returncode == 2
    assert "cramps.csv: not a plain file." in result.stderr


def test_found_a_time_zone_offset_past_a_day(data: Path) -> None:
    result = run(data, "status", env={"TZ": "UTC+25"})
    no_traceback(result)
    assert result.returncode == 0


def test_found_a_raw_system_error_in_the_sentence(tmp_path: Path) -> None:
    result = run(
        tmp_path / "data", "install-desktop", env={"HOME": "/dev/null", "XDG_DATA_HOME": ""}
    )
    no_traceback(result)
    assert result.returncode == 1
    assert "[Errno" not in result.stderr
    assert result.stderr.startswith("Bedtime Coach could not do that: Not a directory (")


@pytest.mark.parametrize(
    ("arguments", "sentence"),
    [
        (["night", "--date", "31/12/2026", "--none"], "The night must be a date such as"),
        (["night", "--date", "2026-02-30", "--none"], "The night must be a date such as"),
        (["night", "--cramps", "many"], "'many' is not a whole number."),
        (["night", "--cramps", "99"], "How many cramps must be a whole number from 1 to 50"),
        (["night", "--none", "--unknown"], "not allowed with argument"),
        (["night", "--date", "1999-01-01", "--none"], "is not one of them"),
        (["trial", "stop"], "No trial is under way, so none to stop."),
        (["trial", "begin"], "invalid choice"),
        (["report", "--days", "45"], "invalid choice"),
    ],
)
def test_found_bad_diary_commands_get_a_sentence(
    data: Path, arguments: list[str], sentence: str
) -> None:
    result = run(data, *arguments)
    no_traceback(result)
    assert result.returncode == 2
    assert sentence in result.stderr
