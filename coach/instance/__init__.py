"""The client's side of the one-instance channel, without Qt: find the running app of a
data folder and hand it one request.

The running app is the process that holds a lock on `running.lock` in the settings
folder, a lock the kernel keeps (flock): of two launches at the same instant exactly one
gets it, and the lock of a crashed app is free again at once, whatever the file holds.
A second launch, or a command from the terminal, connects to `instance.socket` beside it
and sends one request as a line of JSON; the running app answers with one line of JSON
and closes (its side is coach/ui/instance.py).

The socket is private: it lives in the settings folder, which only its owner can enter,
at an address that depends on that folder alone (not on TMPDIR or any other variable).
Both ends also check that the other is the same user (SO_PEERCRED) before they say
anything.

Plain `socket`, so that a command from the terminal loads no Qt: it is most of their cost.
"""

from __future__ import annotations

import json
import os
import socket
import struct
import sys
import time
from pathlib import Path
from typing import Any

from coach.core.text import translate

MAX_MESSAGE = 64 * 1024
CONNECT_MS = 1000
START_SECONDS = 10.0  # a request not begun by then is dropped: its client has said so
WORK_MS = 30_000  # how long a client waits, past that, for one that was begun
STARTING_PATIENCE = 60.0  # seconds a launch waits for another that is still starting
SOCKET_NAME = "instance.socket"
MAX_SOCKET_PATH = 100  # bytes: sun_path holds 108 on Linux, 104 on macOS


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


def peer_is_same_user(connection: socket.socket) -> bool:
    """Whether the process at the other end of `connection` runs as this user (Linux:
    SO_PEERCRED; elsewhere the owner-only folder is the guard). Both ends ask."""
    if not hasattr(socket, "SO_PEERCRED"):
        return True
    try:
        credentials = connection.getsockopt(
            socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i")
        )
    except OSError:
        return False
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
    if not hasattr(socket, "AF_UNIX"):  # pragma: no cover (Windows has no such socket)
        return None
    request = {**request, "id": os.urandom(16).hex(), "deadline": time.time() + START_SECONDS}
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(CONNECT_MS / 1000)
        try:
            connection.connect(address.name)
        except OSError:  # no socket, or one a crash left behind: no app running
            return None
        if not peer_is_same_user(connection):
            import logging  # only here: a hand-over loads no logging (issue 17)

            logging.getLogger(__name__).warning(
                "%s is held by another user; nothing was sent", address.name
            )
            return None
        answer = b""
        try:
            connection.sendall(json.dumps(request).encode() + b"\n")
            patience = time.monotonic() + START_SECONDS + WORK_MS / 1000
            while not answer.endswith(b"\n") and len(answer) <= MAX_MESSAGE:
                left = patience - time.monotonic()
                if left <= 0:
                    break
                connection.settimeout(left)
                chunk = connection.recv(MAX_MESSAGE)
                if not chunk:  # the app hung up
                    break
                answer += chunk
        except OSError:  # including the time running out
            pass
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
