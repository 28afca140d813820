"""settings.json: loaded with validation, saved atomically, never silently overwritten."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from coach.core import settings as model
from coach.core.settings import Settings, SettingsError
from coach.core.text import translate
from coach.store.files import write_atomically

MAX_BYTES = 1_000_000  # a real settings file is under 2 kB


@dataclass(frozen=True)
class Loaded:
    settings: Settings
    notice: str | None = None  # one message for the person, when the file was set aside


def load_settings(path: Path, now: datetime) -> Loaded:
    """The settings in `path`; defaults if it is missing.

    A file that cannot be used is renamed `settings.json.corrupt-<UTC time>` and the
    defaults are used; the notice says why and where the file went.
    """
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return Loaded(Settings())
    try:
        if len(raw) > MAX_BYTES:
            message = translate("SettingsFile", "The file is larger than {most} bytes.")
            raise SettingsError(message.format(most=MAX_BYTES))
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            message = translate("SettingsFile", "It is not valid JSON ({error}).")
            raise SettingsError(message.format(error=error)) from None
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
    """Write the settings so that a crash at any moment leaves the old or the new file."""
    text = json.dumps(model.to_json(settings), indent=2) + "\n"
    write_atomically(path, text.encode("utf-8"))
