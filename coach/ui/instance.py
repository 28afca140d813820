"""The running app's side of the one-instance channel: answer the requests of later
launches and of the command line (the client's side, and the lock, are Qt-free in
coach/instance/__init__.py, which says how the channel works).

A plain listening socket watched by QSocketNotifier, not QLocalServer: QtNetwork (with
its TLS and Kerberos libraries) would cost the app's start more than the channel is
worth. A malformed, oversized or silent client is dropped, a process of another user
is dropped before it is read, and the server goes on serving, out of file descriptors
too.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import socket
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from coach.core.text import translate
from coach.instance import (
    MAX_MESSAGE,
    Address,
    InstanceLock,
    StartingError,
    claim,
    peer_is_same_user,
    send,
)

__all__ = ["Address", "InstanceLock", "InstanceServer", "StartingError", "claim", "send"]

REMEMBERED = 256  # answers kept by request id, for a client that asks again
MAX_CLIENTS = 32  # connected at once; beyond it the longest-waiting is dropped, so that
# idle connections can never use up the file descriptors
CLIENT_PATIENCE_MS = 5000  # a client that says nothing for this long is dropped
REPLY_SECONDS = 1.0  # to hand over an answer to a client that does not read it
RETRY_MS = 100  # out of file descriptors with none of ours to free: accept again then

Handler = Callable[[dict[str, Any]], dict[str, Any]]
log = logging.getLogger(__name__)


class _Client:
    """A connected client: its socket, what it has said so far, and its watcher."""

    def __init__(self, connection: socket.socket, notifier: QSocketNotifier) -> None:
        self.connection = connection
        self.notifier = notifier
        self.said = b""


class InstanceServer(QObject):
    """Listens for requests from later launches and answers them with `handler`."""

    def __init__(self, address: Address, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.address = address
        self._handler = handler
        self._listener: socket.socket | None = None
        self._watcher: QSocketNotifier | None = None
        self._error = ""
        self._clients: dict[int, _Client] = {}  # by descriptor, the longest waiting first
        self._answers: dict[str, dict[str, Any]] = {}  # by request id, the newest last

    def listen(self) -> bool:
        """Start listening; only the holder of the lock (see `claim`) calls this, so a
        socket already there was left behind by a crash."""
        self.close()
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.address.name)
            listener.bind(self.address.name)
            os.chmod(self.address.name, 0o600)  # the folder is the owner's alone already
            listener.listen(MAX_CLIENTS)
            listener.setblocking(False)
        except OSError as error:
            listener.close()
            self._error = f"{self.address.name}: {error.strerror or error}"
            return False
        self._listener = listener
        self._watcher = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._watcher.activated.connect(self._accept)
        return True

    def error(self) -> str:
        return self._error

    def close(self) -> None:
        for descriptor in list(self._clients):
            self._drop(descriptor)
        if self._watcher is not None:
            self._watcher.setEnabled(False)  # before its descriptor is closed
            self._watcher.deleteLater()
            self._watcher = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
            with contextlib.suppress(OSError):
                os.unlink(self.address.name)

    def _accept(self) -> None:
        """Take one waiting connection; the watcher calls again while more are waiting."""
        if self._listener is None:
            return
        try:
            connection, _ = self._listener.accept()
        except BlockingIOError:
            return
        except OSError as error:
            if error.errno not in (errno.EMFILE, errno.ENFILE):
                log.warning("could not take a connection: %s", error)
            elif self._clients:  # out of file descriptors, one waiting: free one of ours
                log.warning("out of file descriptors: the longest waiting dropped")
                self._drop(next(iter(self._clients)))
            else:  # none of ours to free: wait for the system to free some
                self._pause()
            return
        if not peer_is_same_user(connection):
            log.warning("a process of another user connected; it was dropped")
            connection.close()
            return
        connection.setblocking(False)
        descriptor = connection.fileno()
        notifier = QSocketNotifier(descriptor, QSocketNotifier.Type.Read, self)
        notifier.activated.connect(lambda *_: self._read(descriptor))
        client = self._clients[descriptor] = _Client(connection, notifier)
        if len(self._clients) > MAX_CLIENTS:
            log.warning("over %d clients at once: the longest waiting dropped", MAX_CLIENTS)
            self._drop(next(iter(self._clients)))
        self._patience(descriptor, client)

    def _patience(self, descriptor: int, client: _Client) -> None:
        """Drop `client` if it is still waiting after CLIENT_PATIENCE_MS."""
        QTimer.singleShot(CLIENT_PATIENCE_MS, self, lambda: self._drop_if(descriptor, client))

    def _pause(self) -> None:
        if self._watcher is not None:
            self._watcher.setEnabled(False)
            QTimer.singleShot(RETRY_MS, self, self._resume)

    def _resume(self) -> None:
        if self._watcher is not None:
            self._watcher.setEnabled(True)

    def _read(self, descriptor: int) -> None:
        client = self._clients.get(descriptor)
        if client is None:
            return
        try:
            data = client.connection.recv(MAX_MESSAGE + 1)
        except BlockingIOError:
            return
        except OSError:
            data = b""
        if not data:  # it hung up before a whole request
            self._drop(descriptor)
            return
        client.said += data
        if len(client.said) > MAX_MESSAGE:
            self._drop(descriptor)  # too big to be ours
            return
        if b"\n" not in client.said:
            return
        line = client.said.split(b"\n", 1)[0]
        try:
            request = json.loads(line)
            if not isinstance(request, dict) or not isinstance(request.get("command"), str):
                raise ValueError("not a request")
        except ValueError:
            self._drop(descriptor)
            return
        client.notifier.setEnabled(False)  # one request a connection
        reply = self._answer(request)
        if reply is not None:
            try:
                client.connection.settimeout(REPLY_SECONDS)
                client.connection.sendall(json.dumps(reply).encode() + b"\n")
            except OSError:
                pass  # it went away, or does not read: its own client says so
        self._drop(descriptor)

    def _drop_if(self, descriptor: int, client: _Client) -> None:
        """Drop `client` if it is still waiting (not a later one with its descriptor)."""
        if self._clients.get(descriptor) is client:
            self._drop(descriptor)

    def _drop(self, descriptor: int) -> None:
        client = self._clients.pop(descriptor, None)
        if client is None:
            return
        client.notifier.setEnabled(False)  # before its descriptor is closed
        client.notifier.deleteLater()
        client.connection.close()

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
