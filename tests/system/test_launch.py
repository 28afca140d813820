"""Starting the app from a terminal, with and without a desktop session."""

import os
import subprocess
import sys
from pathlib import Path

from coach import __version__
from tests.system.conftest import coach_command, need


def test_version_needs_no_display(app_env: dict[str, str]) -> None:
    result = subprocess.run(
        coach_command("--version"), env=app_env, capture_output=True, text=True, timeout=60
    )
    assert (result.returncode, result.stdout) == (0, f"bedtime-coach {__version__}\n")


def test_the_installed_command_is_there(app_env: dict[str, str]) -> None:
    command = os.environ.get("COACH_BINARY") or Path(sys.executable).parent / "bedtime-coach"
    result = subprocess.run(
        [command, "--version"], env=app_env, capture_output=True, text=True, timeout=60
    )
    assert result.stdout == f"bedtime-coach {__version__}\n"


def test_without_a_desktop_one_sentence_and_exit_2(app_env: dict[str, str], tmp_path: Path) -> None:
    result = subprocess.run(
        coach_command("--data-dir", str(tmp_path / "data")),
        env=app_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert "needs a desktop session" in line
    assert "xvfb-run" in line
    assert not (tmp_path / "data").exists()  # nothing created before the check


def test_a_bad_option_is_refused_with_usage(app_env: dict[str, str]) -> None:
    result = subprocess.run(coach_command("--colour"), env=app_env, capture_output=True, text=True)
    assert result.returncode == 2
    assert "usage: bedtime-coach" in result.stderr
    assert "unrecognized arguments: --colour" in result.stderr


def test_a_history_that_is_not_a_database_is_kept_aside_and_said(
    app_env: dict[str, str], tmp_path: Path
) -> None:
    """It was said, with no way back; now it is kept aside (never deleted), the newest
    good backup would take its place, and with none a new history starts."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "history.sqlite3").write_text("{}")
    result = subprocess.run(
        coach_command("--data-dir", str(data), "status"),
        env=app_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stderr.startswith(
        "Your history could not be used (file is not a database) and there is no backup"
    )
    [kept] = data.glob("history.sqlite3.damaged-*")
    assert kept.read_text() == "{}"


def test_found_a_dead_display_aborted_with_qts_own_words(
    app_env: dict[str, str], tmp_path: Path
) -> None:
    result = subprocess.run(
        coach_command("--data-dir", str(tmp_path / "data")),
        env={**app_env, "DISPLAY": ":97"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr == ("Bedtime Coach cannot reach the display (:97), so it cannot start.\n")
    log = (tmp_path / "data" / "cache" / "bedtime-coach.log").read_text()
    assert "cannot reach the display (:97)" in log  # a start from the menu has no terminal


def test_found_a_start_that_fails_says_so_in_a_dialog_too(
    xvfb: str, app_env: dict[str, str], tmp_path: Path
) -> None:
    """A start from the menu has no terminal: a data folder that cannot be made (here a
    file stands where the folder should be) was said on stderr alone."""
    (tmp_path / "blocked").write_text("a file, not a folder")
    app = subprocess.Popen(
        coach_command("--data-dir", str(tmp_path / "blocked" / "data")),
        env={**app_env, "DISPLAY": xvfb},
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        found = subprocess.run(
            [
                need("xdotool", "xdotool"),
                "search",
                "--sync",
                "--onlyvisible",
                "--name",
                "Bedtime Coach",
            ],
            env={**app_env, "DISPLAY": xvfb},
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert found.stdout.strip(), "no dialog"
    finally:
        app.terminate()
        _, stderr = app.communicate(timeout=30)
    assert stderr.startswith("Bedtime Coach cannot start: ")
    assert "Traceback" not in stderr
