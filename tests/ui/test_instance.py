"""The one-instance channel, in this process: ids and deadlines of requests."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from coach.ui.instance import Address, InstanceServer


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
