"""Why something could not be saved, in a sentence a person can act on."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from coach.core.text import translate

FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
READ_ONLY = (errno.EROFS,)
FORBIDDEN = (errno.EACCES, errno.EPERM)
NEARLY_FULL = 64 * 1024  # bytes free: SQLite says only "disk I/O error" when it runs out


def not_saved(error: Exception, folder: Path | None = None) -> str:
    """The sentence for a save that failed; what was saved before is always unchanged."""
    sentence = translate("Store", "Nothing was saved: {why}. What was saved before is unchanged.")
    return sentence.format(why=reason(error, folder))


def reason(error: Exception, folder: Path | None = None) -> str:
    """Why a file (in `folder`, if known) could not be written or opened, in words."""
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF  # the primary code
        if code == sqlite3.SQLITE_FULL or (code == sqlite3.SQLITE_IOERR and _full(folder)):
            why = translate("Store", "the disk is full")
        elif code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN):
            why = translate("Store", "the history is read-only here")
        else:
            why = str(error)
    elif not isinstance(error, OSError):
        why = str(error).rstrip(".")  # the sentence around it ends it
    elif error.errno in FULL:
        why = translate("Store", "the disk is full")
    elif error.errno in READ_ONLY:
        why = translate("Store", "the folder is read-only")
    elif error.errno in FORBIDDEN:
        why = translate("Store", "Bedtime Coach may not write there")
    else:
        why = error.strerror or str(error)
    where = getattr(error, "filename", None)
    return f"{why} ({where})" if where else why


def _full(folder: Path | None) -> bool:
    try:
        return folder is not None and shutil.disk_usage(folder).free < NEARLY_FULL
    except OSError:
        return False
