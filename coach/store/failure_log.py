"""The failure log: where a traceback goes instead of the person's terminal.

`bedtime-coach.log` in the cache folder, owner-only, at most about a megabyte (then the
older half is dropped). The person sees one sentence that names the file.
"""

from __future__ import annotations

import logging
import os
import traceback
from datetime import UTC, datetime
from pathlib import Path

from coach.store.paths import FILE_MODE, Paths, make_private_folder

LOG_NAME = "bedtime-coach.log"
MAX_BYTES = 1_000_000


def log_file(paths: Paths) -> Path:
    return paths.cache_dir / LOG_NAME


class _PrivateLog(logging.FileHandler):
    """The log, made owner-only when it is first written (never before)."""

    def _open(self):  # type: ignore[no-untyped-def]
        make_private_folder(Path(self.baseFilename).parent)
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        return os.fdopen(descriptor, "a", encoding="utf-8", errors="backslashreplace")


def log_warnings(paths: Paths) -> None:
    """Warnings (a request dropped as too late, a client of another user) go to the log."""
    handler = _PrivateLog(log_file(paths), delay=True)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("--- %(asctime)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)


def write_failure(paths: Paths, error: BaseException, context: str = "") -> Path | None:
    """Add `error` and its traceback to the log; the log's path, or None where even the
    log cannot be written (the sentence then stands alone)."""
    path = log_file(paths)
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    text = "".join(traceback.format_exception(error))
    entry = f"--- {stamp} {context}\n{text}\n"
    try:
        make_private_folder(path.parent)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            kept = path.read_bytes()[-MAX_BYTES // 2 :]
            path.write_bytes(kept)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
        with os.fdopen(descriptor, "a", encoding="utf-8", errors="backslashreplace") as log:
            log.write(entry)
    except (OSError, ValueError):
        return None
    return path
