"""settings.json: loaded with validation, saved atomically, never silently overwritten."""

from __future__ import annotations

import errno
import json
import os
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from coach.core import settings as model
from coach.core.settings import Settings, SettingsError
from coach.core.text import translate
from coach.store.failure import reason
from coach.store.files import write_atomically

MAX_BYTES = 1_000_000  # a real settings file is under 2 kB


@dataclass(frozen=True)
class Loaded:
    settings: Settings
    notice: str | None = None  # one message for the person, when the file was set aside
    unreadable: bool = False  # the file is there but could not be read: never write over it


def load_settings(path: Path, now: datetime) -> Loaded:
    """The settings in `path`; defaults if it is missing.

    A file that cannot be used is renamed `settings.json.corrupt-<UTC time>` and the
    defaults are used; the notice says why and where the file went.
    """
    try:
        raw = _read(path)
    except FileNotFoundError:
        return Loaded(Settings())
    except OSError as error:  # not a file, or not readable: left as it is, never replaced
        notice = translate(
            "SettingsFile",
            "Your settings file could not be read ({problem}), so Bedtime Coach started with "
            "the default settings. The file was left as it is, and no change is saved over it.",
        )
        return Loaded(Settings(), notice.format(problem=reason(error)), unreadable=True)
    try:
        if len(raw) > MAX_BYTES:
            message = translate("SettingsFile", "The file is larger than {most} bytes.")
            raise SettingsError(message.format(most=MAX_BYTES))
        try:
            # utf-8-sig: a byte-order mark, as some editors write, is not an error.
            data = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            message = translate("SettingsFile", "It is not valid JSON ({error}).")
            raise SettingsError(message.format(error=error)) from None
        except (ValueError, RecursionError):  # a 5,000-digit number, 100,000 brackets deep
            message = translate("SettingsFile", "It is JSON that no settings file holds.")
            raise SettingsError(message) from None
        return Loaded(model.from_json(data))
    except SettingsError as error:
        try:
            kept = set_aside(path, now)
        except OSError:  # a read-only folder: the file stays as it is, untouched
            notice = translate(
                "SettingsFile",
                "Your settings file could not be used, so Bedtime Coach started with the "
                "default settings. {problem} The file was left as it is.",
            )
            return Loaded(Settings(), notice.format(problem=error))
        notice = translate(
            "SettingsFile",
            "Your settings file could not be used, so Bedtime Coach started with the default "
            "settings. {problem} The file was kept as {kept}.",
        )
        return Loaded(Settings(), notice.format(problem=error, kept=kept))


def _read(path: Path) -> bytes:
    """The file's first bytes; never waits on a FIFO or a device."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OSError(errno.EINVAL, translate("SettingsFile", "not a plain file"), str(path))
        with os.fdopen(descriptor, "rb", closefd=False) as file:
            return file.read(MAX_BYTES + 1)
    finally:
        os.close(descriptor)


def set_aside(path: Path, now: datetime) -> Path:
    """Rename a broken file out of the way, never over an earlier one."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    os.replace(path, target)
    return target


def save_settings(path: Path, settings: Settings) -> None:
    """Write the settings so that a crash at any moment leaves the old or the new file;
    a symbolic link (as dotfile managers make) stays one, and its target is written."""
    text = json.dumps(model.to_json(settings), indent=2) + "\n"
    write_atomically(path.resolve() if path.is_symlink() else path, text.encode("utf-8"))
