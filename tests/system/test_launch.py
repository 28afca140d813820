"""Starting the app from a terminal, with and without a desktop session."""

import subprocess
import sys
from pathlib import Path

from coach import __version__
from tests.system.conftest import coach_command


def test_version_needs_no_display(app_env: dict[str, str]) -> None:
    result = subprocess.run(
        coach_command("--version"), env=app_env, capture_output=True, text=True, timeout=60
    )
    assert (result.returncode, result.stdout) == (0, f"bedtime-coach {__version__}\n")


def test_the_installed_command_is_there(app_env: dict[str, str]) -> None:
    command = Path(sys.executable).parent / "bedtime-coach"
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


def test_a_history_that_is_not_a_database_is_reported(
    app_env: dict[str, str], tmp_path: Path
) -> None:
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
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == "Bedtime Coach cannot open its history: file is not a database.\n"
