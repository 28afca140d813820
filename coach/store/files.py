"""Writing files so that a crash at any moment leaves the old file or the new one."""

from __future__ import annotations

import glob
import os
import sys
import tempfile
from pathlib import Path

from coach.store.paths import FILE_MODE, make_private_folder


def write_atomically(path: Path, data: bytes) -> None:
    """Temporary file in the same folder, flush, fsync, replace, fsync the folder."""
    make_private_folder(path.parent)
    _remove_orphans(path)
    prefix = f".{path.name}.{os.getpid()}."
    try:
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(path)) from error  # name the file
    try:
        with os.fdopen(fd, "wb") as file:
            os.fchmod(file.fileno(), FILE_MODE)
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OSError(error.errno, error.strerror, str(path)) from error
        raise
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def _remove_orphans(path: Path) -> None:
    """Temporary files of writers that were killed before they could replace `path`."""
    for orphan in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        pid = orphan.name[len(path.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            orphan.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    if pid == os.getpid() or sys.platform == "win32":
        return True  # on Windows, os.kill would end the process: keep its file
    try:
        os.kill(pid, 0)  # no signal is sent: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but is someone else's
    return True
