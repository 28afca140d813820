"""One instance: real processes hand over to the running app through its local socket."""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.instance import server_name
from coach.store.paths import Paths
from tests.system.conftest import coach_command, wait_for


class Coach:
    """The app's command line against one data folder, the GUI drawn offscreen."""

    def __init__(self, env: dict[str, str], data: Path) -> None:
        self.env = {**env, "QT_QPA_PLATFORM": "offscreen"}
        self.data = data
        self.apps: list[subprocess.Popen[bytes]] = []

    def run(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            coach_command("--data-dir", str(self.data), *arguments),
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )

    def start(self) -> subprocess.Popen[bytes]:
        app = subprocess.Popen(
            coach_command("--data-dir", str(self.data)),
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.apps.append(app)
        wait_for(self.running)
        return app

    def running(self) -> bool:
        return bool(json.loads(self.run("status", "--json").stdout)["running"])

    @property
    def socket_path(self) -> Path:
        return Path(tempfile.gettempdir()) / server_name(Paths.in_folder(self.data))


@pytest.fixture
def coach(app_env: dict[str, str], tmp_path: Path) -> Iterator[Coach]:
    helper = Coach(app_env, tmp_path / "data")
    yield helper
    for app in helper.apps:
        if app.poll() is None:
            app.terminate()
            app.wait(timeout=30)


def test_commands_work_on_the_files_with_no_app_running(coach: Coach) -> None:
    assert coach.run("water", "add", "2").stdout == "2 of 8 glasses today.\n"
    status = json.loads(coach.run("status", "--json").stdout)
    assert (status["water"], status["running"]) == ({"today": 2, "goal": 8}, False)
    refused = coach.run("config", "set", "water.goal", "lots")
    assert refused.returncode == 2
    assert refused.stderr == (
        "water.goal must be a whole number from 1 to 30 glasses; 'lots' is not.\n"
    )


def test_a_second_launch_hands_over_and_exits(coach: Coach) -> None:
    first = coach.start()
    second = coach.run()
    assert (second.returncode, second.stdout, second.stderr) == (0, "", "")
    assert coach.run("water", "add", "3").stdout == "3 of 8 glasses today.\n"
    assert coach.running()
    assert first.poll() is None
    assert coach.run("start-routine", "--routine", "trial").returncode == 0
    assert first.poll() is None


def test_only_the_owner_can_connect(coach: Coach) -> None:
    coach.start()
    mode = stat.S_IMODE(coach.socket_path.stat().st_mode)
    assert mode & 0o077 == 0


def test_a_crashed_app_leaves_a_socket_that_the_next_start_recovers(coach: Coach) -> None:
    first = coach.start()
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    assert coach.socket_path.exists()  # left behind
    assert not coach.running()  # and nobody answers on it
    coach.start()
    assert coach.running()


def test_garbage_is_dropped_and_the_server_goes_on(coach: Coach) -> None:
    coach.start()
    for message in (b"not json\n", b"[1, 2]\n", b'{"command": 7}\n', b"x" * 200_000):
        with socket.socket(socket.AF_UNIX) as client:
            client.connect(str(coach.socket_path))
            client.settimeout(10)
            try:
                client.sendall(message)
                assert client.recv(1024) == b""  # closed without an answer
            except (BrokenPipeError, ConnectionResetError):
                pass  # closed while we were still sending: dropped all the same
    with socket.socket(socket.AF_UNIX) as silent:  # connects and says nothing
        silent.connect(str(coach.socket_path))
        assert coach.running()
    assert coach.run("water", "add").stdout == "1 of 8 glasses today.\n"
    assert os.path.exists(coach.socket_path)


def test_the_running_app_speaks_the_language_it_started_in(coach: Coach) -> None:
    spanish = Coach({**coach.env, "LANG": "es_ES.UTF-8"}, coach.data)
    spanish.apps = coach.apps  # stopped by the fixture
    spanish.start()
    # This command line is English, but the Spanish app does the work and answers.
    assert coach.run("water", "add", "2").stdout == "2 de 8 vasos hoy.\n"
