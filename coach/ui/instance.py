"""The running app's side of the one-instance channel: answer the requests of later
launches and of the command line (the client's side, and the lock, are Qt-free in
coach/instance/__init__.py, which says how the channel works).

A malformed, oversized or silent client is dropped and the server goes on serving.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from coach.core.text import translate
from coach.instance import (
    MAX_MESSAGE,
    Address,
    InstanceLock,
    StartingError,
    claim,
    descriptor_is_same_user,
    send,
)

__all__ = ["Address", "InstanceLock", "InstanceServer", "StartingError", "claim", "send"]

REMEMBERED = 256  # answers kept by request id, for a client that asks again
MAX_CLIENTS = 32  # connected at once; beyond it the longest-waiting is dropped, so that
# idle connections can never use up the file descriptors (Qt then stops listening)
CLIENT_PATIENCE_MS = 5000  # a client that says nothing for this long is dropped

Handler = Callable[[dict[str, Any]], dict[str, Any]]
log = logging.getLogger(__name__)


def same_user(connection: QLocalSocket) -> bool:
    """Whether the process at the other end runs as this user (see coach.instance)."""
    return descriptor_is_same_user(int(connection.socketDescriptor()))


class InstanceServer(QObject):
    """Listens for requests from later launches and answers them with `handler`."""

    def __init__(self, address: Address, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.address = address
        self._handler = handler
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}
        self._answers: dict[str, dict[str, Any]] = {}  # by request id, the newest last

    def listen(self) -> bool:
        """Start listening; only the holder of the lock (see `claim`) calls this, so a
        socket already there was left behind by a crash."""
        QLocalServer.removeServer(self.address.name)
        return self._server.listen(self.address.name)

    def error(self) -> str:
        return self._server.errorString()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        if not self._server.isListening():  # it closed itself, out of file descriptors
            log.warning("the socket stopped listening; listening again")
            self.listen()
        while self._server.hasPendingConnections():
            client = self._server.nextPendingConnection()
            if not same_user(client):
                log.warning("a process of another user connected; it was dropped")
                client.abort()
                client.deleteLater()
                continue
            self._buffers[client] = b""
            if len(self._buffers) > MAX_CLIENTS:
                oldest = next(iter(self._buffers))
                log.warning("over %d clients at once: the longest waiting dropped", MAX_CLIENTS)
                self._buffers.pop(oldest)
                oldest.abort()
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
        reply = self._answer(request)
        if reply is None:
            client.abort()
            return
        client.write(json.dumps(reply).encode() + b"\n")
        client.flush()
        client.disconnectFromServer()

    def _answer(self, request: dict[str, Any]) -> dict[str, Any] | None:
        """The reply to `request`: the first one again for an id seen before, none for a
        request whose deadline passed before it could begin."""
        request_id, deadline = request.pop("id", None), request.pop("deadline", None)
        if isinstance(request_id, str) and request_id in self._answers:
            return self._answers[request_id]
        timed = isinstance(deadline, int | float) and not isinstance(deadline, bool)
        if timed and time.time() > deadline:
            log.warning("a %s request came too late and was dropped", request["command"])
            return None
        try:
            reply = self._handler(request)
        except Exception as error:  # one bad request must not stop the server
            log.exception("request %r failed", request)
            text = translate("Instance", "Bedtime Coach could not do that: {error}")
            reply = {"code": 1, "text": text.format(error=error), "notice": None}
        if isinstance(request_id, str) and len(request_id) <= 64:
            self._answers[request_id] = reply
            while len(self._answers) > REMEMBERED:
                del self._answers[next(iter(self._answers))]
        return reply

    def _forget(self, client: QLocalSocket) -> None:
        self._buffers.pop(client, None)
        client.deleteLater()
