"""One running app per person and data folder, found through a local socket.

The running app is the process that holds a lock on `running.lock` in the settings
folder, a lock the kernel keeps (flock): of two launches at the same instant exactly one
gets it, and the lock of a crashed app is free again at once, whatever the file holds.
A second launch, or a command from the terminal, connects and sends one request as a
line of JSON; the running app answers with one line of JSON and closes.

The socket is private: it lives in the settings folder, which only its owner can enter,
at an address that depends on that folder alone (not on TMPDIR or any other variable).
Both ends also check that the other is the same user (SO_PEERCRED) before they say
anything. A malformed, oversized or silent client is dropped and the server goes on
serving.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import struct
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from coach.core.text import translate

MAX_MESSAGE = 64 * 1024
CONNECT_MS = 1000
START_SECONDS = 10.0  # a request not begun by then is dropped: its client has said so
WORK_MS = 30_000  # how long a client waits, past that, for one that was begun
REMEMBERED = 256  # answers kept by request id, for a client that asks again
MAX_CLIENTS = 32  # connected at once; beyond it the longest-waiting is dropped, so that
# idle connections can never use up the file descriptors (Qt then stops listening)
CLIENT_PATIENCE_MS = 5000  # a client that says nothing for this long is dropped
STARTING_PATIENCE = 60.0  # seconds a launch waits for another that is still starting
SOCKET_NAME = "instance.socket"
MAX_SOCKET_PATH = 100  # bytes: sun_path holds 108 on Linux, 104 on macOS

Handler = Callable[[dict[str, Any]], dict[str, Any]]
log = logging.getLogger(__name__)


class Address:
    """Where the running app of one data folder listens: `instance.socket` in its settings
    folder. A socket's path holds about 100 bytes; a longer one is reached through this
    process's open descriptor of the folder (/proc/self/fd/N/instance.socket on Linux)."""

    def __init__(self, config_dir: Path) -> None:
        path = config_dir.absolute() / SOCKET_NAME
        if len(os.fsencode(path)) > MAX_SOCKET_PATH and sys.platform == "linux":
            try:
                folder = os.open(config_dir, os.O_RDONLY | os.O_DIRECTORY)  # kept open
                path = Path(f"/proc/self/fd/{folder}") / SOCKET_NAME
            except OSError:
                pass  # no folder yet, so no app there: nothing will answer the long path
        self.name = str(path)


def same_user(connection: QLocalSocket) -> bool:
    """Whether the process at the other end runs as this user (Linux: SO_PEERCRED;
    elsewhere the owner-only folder is the guard)."""
    if not hasattr(socket, "SO_PEERCRED"):
        return True
    descriptor = int(connection.socketDescriptor())
    if descriptor < 0:
        return False
    try:
        peer = socket.socket(fileno=os.dup(descriptor))
    except OSError:  # out of file descriptors: unchecked, so not trusted
        return False
    try:
        credentials = peer.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    except OSError:
        return False
    finally:
        peer.close()
    uid: int = struct.unpack("3i", credentials)[1]
    return uid == os.getuid()


class StartingError(RuntimeError):
    """Another launch holds the lock but never came to answer."""


class InstanceLock:
    """The running app's lock on `running.lock`: held by an open file, released by the
    kernel when the holder ends, however it ends (flock on Linux and macOS)."""

    def __init__(self, config_dir: Path) -> None:
        self.path = config_dir / "running.lock"
        self._file: int | None = None

    def try_lock(self) -> bool:
        file = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(file, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # held by the running app
            os.close(file)
            return False
        os.ftruncate(file, 0)
        os.write(file, f"{os.getpid()}\n".encode())  # for a person looking; never read
        self._file = file
        return True

    def unlock(self) -> None:
        if self._file is not None:
            os.close(self._file)  # which releases the lock
            self._file = None


def claim(config_dir: Path, request: dict[str, Any]) -> InstanceLock | None:
    """Become the running app for `config_dir` (the lock, to hold until quitting), or hand
    `request` to the app that is running or starting (None)."""
    lock = InstanceLock(config_dir)
    address = Address(config_dir)
    deadline = time.monotonic() + STARTING_PATIENCE
    while not lock.try_lock():
        if send(address, request) is not None:
            return None
        if time.monotonic() > deadline:
            raise StartingError(
                translate("Instance", "Another Bedtime Coach is starting but does not answer.")
            )
        time.sleep(0.05)  # it has the lock but is not listening yet
    return lock


def send(address: Address, request: dict[str, Any]) -> dict[str, Any] | None:
    """Hand `request` to the running app; its answer, or None when none is running.

    The request goes with an id and a deadline: the app begins none after its deadline
    (a stopped or busy app would otherwise do, later, what its client reported as not
    done) and answers a repeated id with its first answer, never doing it twice."""
    request = {**request, "id": uuid.uuid4().hex, "deadline": time.time() + START_SECONDS}
    connection = QLocalSocket()
    connection.connectToServer(address.name)
    if not connection.waitForConnected(CONNECT_MS):
        return None
    if not same_user(connection):
        connection.abort()
        log.warning("%s is held by another user; nothing was sent", address.name)
        return None
    connection.write(json.dumps(request).encode() + b"\n")
    connection.waitForBytesWritten(CONNECT_MS)
    answer = b""
    patience = time.monotonic() + START_SECONDS + WORK_MS / 1000
    while not answer.endswith(b"\n") and len(answer) <= MAX_MESSAGE:
        left = round((patience - time.monotonic()) * 1000)
        if left <= 0 or not connection.waitForReadyRead(left):
            break
        answer += bytes(connection.readAll().data())
    connection.abort()
    try:
        reply = json.loads(answer)
    except ValueError:
        reply = None
    # Connected but no sensible answer: the app is running but busy or broken.
    if not isinstance(reply, dict):
        text = translate(
            "Instance", "The running Bedtime Coach did not answer in time, so it did not do it."
        )
        return {"code": 1, "text": text, "notice": None}
    return reply


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
