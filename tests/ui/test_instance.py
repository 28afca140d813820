"""The one-instance channel, in this process: ids and deadlines of requests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from coach.ui.instance import Address, InstanceServer
from tests.conftest import ROOT


def ask(qtbot: QtBot, address: Address, request: dict[str, Any]) -> dict[str, Any] | None:
    """Send one line as a client would, and wait for the answer or the hang-up."""
    client = QLocalSocket()
    client.connectToServer(address.name)
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.ConnectedState)
    client.write(json.dumps(request).encode() + b"\n")
    client.flush()
    answer = b""

    def done() -> bool:
        nonlocal answer
        answer += bytes(client.readAll().data())
        return answer.endswith(b"\n") or client.state() != client.LocalSocketState.ConnectedState

    qtbot.waitUntil(done)
    client.abort()
    return json.loads(answer) if answer else None


def test_found_a_request_done_after_its_client_gave_up(qtbot: QtBot, tmp_path: Path) -> None:
    """A stopped or busy app carried out, later, a request its client had reported as
    failed: the glass was stored although the command line exited 1."""
    done: list[dict[str, Any]] = []
    address = Address(tmp_path)
    server = InstanceServer(address, lambda r: done.append(r) or {"code": 0, "text": "ok"})
    assert server.listen()
    late = {"command": "water-add", "id": "a", "deadline": time.time() - 1}
    assert ask(qtbot, address, late) is None
    assert done == []
    on_time = {"command": "water-add", "id": "b", "deadline": time.time() + 10}
    assert ask(qtbot, address, on_time) == {"code": 0, "text": "ok"}
    assert done == [{"command": "water-add"}]  # the envelope stays with the channel
    server.close()


def test_a_repeated_id_gets_the_first_answer_and_is_not_done_twice(
    qtbot: QtBot, tmp_path: Path
) -> None:
    done: list[dict[str, Any]] = []

    def handler(request: dict[str, Any]) -> dict[str, Any]:
        done.append(request)
        return {"code": 0, "text": f"{len(done)} of 8 glasses today."}

    address = Address(tmp_path)
    server = InstanceServer(address, handler)
    assert server.listen()
    request = {"command": "water-add", "id": "same", "deadline": time.time() + 10}
    first = ask(qtbot, address, dict(request))
    assert (
        ask(qtbot, address, dict(request))
        == first
        == {
            "code": 0,
            "text": "1 of 8 glasses today.",
        }
    )
    assert len(done) == 1
    server.close()


SLOW_SERVER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from coach.ui.instance import Address, InstanceServer
app = QCoreApplication([])
def handler(request):
    time.sleep(1.5)  # a long import: begun in time, done after the start limit
    return {"code": 0, "text": "imported", "notice": None}
server = InstanceServer(Address(Path(sys.argv[1])), handler)
assert server.listen()
print("ready", flush=True)
app.exec()
"""


def test_found_a_long_request_begun_in_time_was_reported_as_not_answered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 1.45-million-row import took 8.9 s against the client's 10 s: one begun before
    its deadline is waited for, so the answer the person gets is the true one."""
    from coach import instance

    monkeypatch.setattr(instance, "START_SECONDS", 0.5)
    server = subprocess.Popen(
        [sys.executable, "-c", SLOW_SERVER, str(tmp_path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert server.stdout is not None
        assert server.stdout.readline() == "ready\n"
        reply = instance.send(Address(tmp_path), {"command": "import", "folder": "/x"})
        assert reply == {"code": 0, "text": "imported", "notice": None}
    finally:
        server.kill()
        server.communicate()


def test_found_a_launch_told_the_app_did_not_answer_still_exited_0(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from coach import cli, instance

    silent = {"code": 1, "text": "The running Bedtime Coach did not answer.", "notice": None}
    monkeypatch.setattr(instance, "send", lambda address, request: silent)
    assert cli.main(["--data-dir", str(tmp_path), "start-routine"]) == 1


STARVED_SERVER = """
import os, resource, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from coach.ui.instance import Address, InstanceServer
app = QCoreApplication([])
server = InstanceServer(Address(Path(sys.argv[1])), lambda r: {"code": 0, "text": "ok"})
assert server.listen()
spare = []


def starve():
    # Out of file descriptors: every one below the limit taken, so none can be accepted.
    highest = max(int(name) for name in os.listdir("/proc/self/fd"))
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    resource.setrlimit(resource.RLIMIT_NOFILE, (highest + 1, hard))
    try:
        while True:
            spare.append(os.open(os.devnull, os.O_RDONLY))
    except OSError:
        pass
    started = resource.getrusage(resource.RUSAGE_SELF)
    QTimer.singleShot(1500, lambda: free(started))
    print("ready", flush=True)


def free(started):
    used = resource.getrusage(resource.RUSAGE_SELF)
    print(used.ru_utime + used.ru_stime - started.ru_utime - started.ru_stime, flush=True)
    for descriptor in spare:
        os.close(descriptor)


QTimer.singleShot(0, starve)
app.exec()
"""


def test_out_of_file_descriptors_it_waits_without_spinning_and_serves_again(
    tmp_path: Path,
) -> None:
    """With no descriptor free and no client of its own to drop, the server neither
    spins on the waiting connection nor stops listening: it serves once one is free."""
    from coach import instance

    server = subprocess.Popen(
        [sys.executable, "-c", STARVED_SERVER, str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert server.stdout is not None
        assert server.stdout.readline() == "ready\n"
        reply = instance.send(Address(tmp_path), {"command": "status"})
        assert reply == {"code": 0, "text": "ok"}
        cpu_while_starved = float(server.stdout.readline())
        assert cpu_while_starved < 0.5  # of 1.5 s: a spinning server would use it all
    finally:
        server.kill()
        _, said = server.communicate()
    assert "dropped" not in said  # it had no client to drop
