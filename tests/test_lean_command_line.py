"""The command line loads no Qt for what needs no window (issue 17): Qt is most of a
command's cost, so `status`, `water add`, `night` and the like stay near plain Python."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import ROOT

# What a command handed to the running app has no use for: the requests' classes, the
# journal and the core (the app answers), and what they load.
HAND_OVER_NEEDS_NONE_OF = (
    "coach.requests",
    "coach.journal",
    "coach.core.settings",
    "dataclasses",
    "logging",
    "sqlite3",
)
RUNNER = f"""
import sys
HEAVY = {HAND_OVER_NEEDS_NONE_OF!r}
from coach.cli import main
try:
    code = main(sys.argv[1:])
finally:  # argparse's --help and errors exit inside main
    qt = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
    print("QT", *qt, file=sys.stderr)
    heavy = sorted(name for name in sys.modules if name in HEAVY)
    print("HEAVY", *heavy, file=sys.stderr)
sys.exit(code)
"""
WITHOUT_A_WINDOW = [
    ["status"],
    ["status", "--json"],
    ["water", "add"],
    ["water", "add", "2"],
    ["water", "undo"],
    ["night", "--none"],
    ["night", "--cramps", "2", "--severity", "5"],
    ["cramp", "add", "--leg", "left"],
    ["config", "get"],
    ["config", "get", "water.goal"],
    ["config", "set", "water.goal", "9"],
    ["config", "set", "water.goal", "x"],  # refused: a sentence, still no Qt
    ["skip-tonight"],
    ["skip-tonight", "--undo"],
    ["trial", "status"],
    ["trial", "status", "--json"],
    ["report", "--json"],
    ["water", "add", "x"],  # argparse's error
    ["--help"],
]


def run(data: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(data.parent),
        "PYTHONPATH": str(ROOT),
        "LANG": "es_ES.UTF-8",  # the translations too
    }
    return subprocess.run(
        [sys.executable, "-c", RUNNER, "--data-dir", str(data), *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def loaded(run: subprocess.CompletedProcess[str], kind: str = "QT") -> list[str]:
    said = [line for line in run.stderr.splitlines() if line.startswith(f"{kind} ") or line == kind]
    assert len(said) == 1, run.stderr
    return said[0].split()[1:]


@pytest.mark.parametrize("arguments", WITHOUT_A_WINDOW, ids=" ".join)
def test_no_qt_where_no_window_is_shown(tmp_path: Path, arguments: list[str]) -> None:
    done = run(tmp_path / "data", *arguments)
    assert loaded(done) == [], done.stderr
    assert "Traceback" not in done.stderr
    said = [line for line in done.stderr.splitlines() if line.split(" ")[0] not in ("QT", "HEAVY")]
    assert done.stdout or said  # it said something


@pytest.mark.parametrize(
    "arguments", [["water", "add"], ["status"], ["night", "--none"]], ids=" ".join
)
def test_a_command_handed_to_the_running_app_loads_nothing_it_answers_with(
    tmp_path: Path, arguments: list[str]
) -> None:
    """Handed to the running app (here a stand-in listening where it would), the command
    line prints the app's answer and loads no Qt, nor the requests' classes, the journal,
    the core, dataclasses, logging or sqlite3: the app answers, so they would be most of
    the command's cost for nothing (issue 17)."""
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    heard: list[dict[str, object]] = []
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(data / "instance.socket"))
    server.listen()

    def answer() -> None:
        client, _ = server.accept()
        with client:
            heard.append(json.loads(client.makefile("rb").readline()))
            client.sendall(b'{"code": 0, "text": "3 of 8 glasses today.", "notice": null}\n')

    thread = threading.Thread(target=answer)
    thread.start()
    try:
        done = run(data, *arguments)
    finally:
        thread.join(timeout=30)
        server.close()
    assert (done.returncode, done.stdout) == (0, "3 of 8 glasses today.\n"), done.stderr
    assert loaded(done) == []
    assert loaded(done, "HEAVY") == []
    assert heard[0]["command"] == {"water": "water-add"}.get(arguments[0], arguments[0])
    assert isinstance(heard[0]["id"], str)
    assert isinstance(heard[0]["deadline"], float)
