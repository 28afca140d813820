"""One running app per person and data folder, found through a local socket.

The running app is the process that holds a lock file in the settings folder: of two
launches at the same instant, exactly one gets it, and the lock of a crashed app is
free again at once. A second launch, or a command from the terminal, connects and sends
one request as a line of JSON; the running app answers with one line of JSON and closes.
The socket is for its owner only; a malformed, oversized or silent client is dropped and
the server goes on serving.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from coach.core.text import translate

MAX_MESSAGE = 64 * 1024
CONNECT_MS = 1000
ANSWER_MS = 10_000
CLIENT_PATIENCE_MS = 5000  # a client that says nothing for this long is dropped
STARTING_PATIENCE = 60.0  # seconds a launch waits for another that is still starting

Handler = Callable[[dict[str, Any]], dict[str, Any]]


def server_name(config_dir: Path) -> str:
    """Per user and per data folder, so a trial with --data-dir is its own app."""
    folder = hashlib.sha256(str(config_dir).encode()).hexdigest()[:12]
    return f"bedtime-coach-{getpass.getuser()}-{folder}"


class StartingError(RuntimeError):
    """Another launch holds the lock but never came to answer."""


def claim(config_dir: Path, request: dict[str, Any]) -> QLockFile | None:
    """Become the running app for `paths` (the lock, to hold until quitting), or hand
    `request` to the app that is running or starting (None)."""
    lock = QLockFile(str(config_dir / "running.lock"))
    lock.setStaleLockTime(0)  # never by age: only a lock whose process is gone is free
    deadline = time.monotonic() + STARTING_PATIENCE
    while not lock.tryLock(0):
        if send(server_name(config_dir), request) is not None:
            return None
        if time.monotonic() > deadline:
            raise StartingError(
                translate("Instance", "Another Bedtime Coach is starting but does not answer.")
            )
        time.sleep(0.05)  # it has the lock but is not listening yet
    return lock


def send(name: str, request: dict[str, Any]) -> dict[str, Any] | None:
    """Hand `request` to the running app; its answer, or None when none is running."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return None
    socket.write(json.dumps(request).encode() + b"\n")
    socket.waitForBytesWritten(CONNECT_MS)
    answer = b""
    while not answer.endswith(b"\n") and len(answer) <= MAX_MESSAGE:
        if not socket.waitForReadyRead(ANSWER_MS):
            break
        answer += bytes(socket.readAll().data())
    socket.abort()
    try:
        reply = json.loads(answer)
    except ValueError:
        reply = None
    # Connected but no sensible answer: the app is running but busy or broken.
    if not isinstance(reply, dict):
        text = translate("Instance", "The running Bedtime Coach did not answer.")
        return {"code": 1, "text": text, "notice": None}
    return reply


class InstanceServer(QObject):
    """Listens for requests from later launches and answers them with `handler`."""

    def __init__(self, name: str, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._handler = handler
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; only the holder of the lock (see `claim`) calls this, so a
        socket already there was left behind by a crash."""
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def error(self) -> str:
        return self._server.errorString()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            client = self._server.nextPendingConnection()
            self._buffers[client] = b""
            client.readyRead.connect(lambda client=client: self._read(client))
            client.disconnected.connect(lambda client=client: self._forget(client))
            QTimer.singleShot(CLIENT_PATIENCE_MS, client, client.abort)

    def _read(self, client: QLocalSocket) -> None:
        if client not in self._buffers:
            return
        data = self._buffers[client] + bytes(client.readAll().data())
        self._buffers[client] = data
        if len(data) > MAX_MESSAGE:
            client.abort()  # too big to be ours
            return
        if b"\n" not in data:
            return
        line = data.split(b"\n", 1)[0]
        try:
            request = json.loads(line)
            if not isinstance(request, dict) or not isinstance(request.get("command"), str):
                raise ValueError("not a request")
        except ValueError:
            client.abort()
            return
        try:
            reply = self._handler(request)
        except Exception as error:  # one bad request must not stop the server
            logging.getLogger(__name__).exception("request %r failed", request)
            text = translate("Instance", "Bedtime Coach could not do that: {error}")
            reply = {"code": 1, "text": text.format(error=error), "notice": None}
        client.write(json.dumps(reply).encode() + b"\n")
        client.flush()
        client.disconnectFromServer()

    def _forget(self, client: QLocalSocket) -> None:
        self._buffers.pop(client, None)
        client.deleteLater()
