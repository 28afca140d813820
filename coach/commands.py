"""The commands that work on the files: water, status and config.

The command line runs them itself when no instance of the app is running; otherwise it
hands them to the running app, which runs them the same way and updates its window and
tray at once. No Qt here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from coach.core.clock import Clock
from coach.core.diary import Cramp, DiaryError, Night, nights
from coach.core.schedule import ReminderPlan, next_reminder, night_of
from coach.core.settings import Settings, SettingsError
from coach.core.text import translate
from coach.core.water import day_span, water_day
from coach.store.failure import not_saved
from coach.store.history import History
from coach.store.paths import Paths
from coach.store.settings_file import load_settings, save_settings

FILE_COMMANDS = frozenset(
    {
        "water-add",
        "water-undo",
        "status",
        "config-get",
        "config-set",
        "cramp-add",
        "export",
        "import",
    }
)
MAX_GLASSES_AT_ONCE = 30


@dataclass(frozen=True)
class Reply:
    code: int  # the exit status: 0 done, 2 refused
    text: str  # what to print
    notice: str | None = None  # a broken settings file was set aside: say so once

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text, "notice": self.notice}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Reply:
        return cls(int(data["code"]), str(data["text"]), data.get("notice"))


@dataclass
class Files:
    """What a command works on: the folders, the clock and the history database."""

    paths: Paths
    clock: Clock
    history: History
    running: bool = False  # answered by the running app (shown by `status --json`)

    def settings(self) -> tuple[Settings, str | None]:
        loaded = load_settings(self.paths.settings_file, self.clock.now())
        return loaded.settings, loaded.notice


def execute(request: Mapping[str, Any], files: Files) -> Reply:
    """Run one file command; a refusal is a Reply with code 2 and a sentence, a failure to
    save (a full disk, a read-only folder) one with code 1."""
    settings, notice = files.settings()
    try:
        return _execute(request, files, settings, notice)
    except (OSError, sqlite3.Error) as error:
        return Reply(1, not_saved(error, files.paths.data_dir), notice)


def _execute(
    request: Mapping[str, Any], files: Files, settings: Settings, notice: str | None
) -> Reply:
    command = request.get("command")
    if command == "water-add":
        count = request.get("count", 1)
        if (
            isinstance(count, bool)
            or not isinstance(count, int)
            or not 1 <= count <= MAX_GLASSES_AT_ONCE
        ):
            return Reply(
                2,
                translate(
                    "Commands", "The number of glasses must be a whole number from 1 to {most}."
                ).format(most=MAX_GLASSES_AT_ONCE),
                notice,
            )
        files.history.add_glasses(files.clock.now(), count)
        return Reply(0, _water_line(files, settings), notice)
    if command == "water-undo":
        start, end = _today(files, settings)
        if not files.history.remove_last_glass(start, end):
            return Reply(2, translate("Commands", "There is no glass to take back today."), notice)
        took_back = translate("Commands", "Took back a glass.")
        return Reply(0, f"{took_back} {_water_line(files, settings)}", notice)
    if command == "status":
        data = status(files, settings)
        if request.get("json"):
            return Reply(0, json.dumps(data), notice)
        return Reply(0, _status_text(data), notice)
    if command == "config-get":
        try:
            return Reply(0, settings.text(str(request.get("key"))), notice)
        except SettingsError as error:
            return Reply(2, str(error), notice)
    if command == "config-set":
        key, value = str(request.get("key")), str(request.get("value"))
        try:
            changed = settings.with_text(key, value)
        except SettingsError as error:
            return Reply(2, str(error), notice)
        save_settings(files.paths.settings_file, changed)
        if key == "app.start_at_login":
            from coach.store import autostart  # imported when needed: start-up stays light

            autostart.apply(changed.app_start_at_login, files.paths)
        message = translate("Commands", "{key} is now {value}.")
        return Reply(0, message.format(key=key, value=changed.text(key)), notice)
    if command == "cramp-add":
        return _add_cramp(request, files, notice)
    if command == "export":
        folder = Path(str(request.get("folder")))
        from coach.store import transfer

        written = transfer.export(files.history, folder)
        message = translate("Commands", "Wrote {count} files to {folder}.")
        return Reply(0, message.format(count=len(written), folder=folder), notice)
    if command == "import":
        from coach.store import transfer

        try:
            result = transfer.import_(files.history, Path(str(request.get("folder"))))
        except transfer.TransferError as error:
            message = translate("Commands", "Nothing was imported: {error}")
            return Reply(2, message.format(error=error), notice)
        message = translate("Commands", "Imported {added} entries; {skipped} were here already.")
        return Reply(0, message.format(added=result.added, skipped=result.skipped), notice)
    message = translate("Commands", "Unknown command '{command}'.")
    return Reply(2, message.format(command=command), notice)


def _add_cramp(request: Mapping[str, Any], files: Files, notice: str | None) -> Reply:
    when = files.clock.now()
    if request.get("at"):
        try:
            when = datetime.fromisoformat(str(request["at"]))
        except ValueError:
            when = when.replace(tzinfo=None)  # refused just below, with the same sentence
        if when.tzinfo is None:
            return Reply(
                2,
                translate(
                    "Commands",
                    "The time must be ISO 8601 with its offset, such as 2026-11-26T03:10:00+00:00.",
                ),
                notice,
            )
    try:
        cramp = Cramp(
            when,
            str(request.get("leg") or "both"),
            request.get("severity", 5),
            request.get("minutes"),
            str(request.get("note") or ""),
        )
    except DiaryError as error:
        return Reply(2, str(error), notice)
    files.history.add_cramp(cramp)
    local = cramp.started_at.astimezone(files.clock.now().tzinfo)
    legs = {
        "left": translate("Commands", "left leg"),
        "right": translate("Commands", "right leg"),
        "both": translate("Commands", "both legs"),
    }
    message = translate("Commands", "Logged a cramp: {leg}, {severity} of 10, at {time}.")
    text = message.format(
        leg=legs[cramp.leg], severity=cramp.severity, time=local.strftime("%Y-%m-%d %H:%M")
    )
    return Reply(0, text, notice)


def water_today(files: Files, settings: Settings) -> int:
    start, end = _today(files, settings)
    return files.history.glasses_between(start, end)


def last_nights(files: Files, settings: Settings, count: int) -> list[Night]:
    """The last `count` nights up to tonight, oldest first, each with its routine,
    water and cramps."""
    now = files.clock.now()
    zone = now.tzinfo
    assert zone is not None
    last = night_of(now)
    since = now - timedelta(days=count + 2)
    until = now + timedelta(days=1)
    history = files.history
    return nights(
        last - timedelta(days=count - 1),
        last,
        zone,
        history.runs(since=since),
        history.glass_times(since, until),
        [cramp.started_at for cramp in history.cramps(since, until)],
        settings.water_day_start,
    )


def status(files: Files, settings: Settings) -> dict[str, Any]:
    now = files.clock.now()
    due = next_reminder(now, ReminderPlan.from_settings(settings), files.history.tonight(now))
    last = files.history.last_run()
    return {
        "water": {"today": water_today(files, settings), "goal": settings.water_goal},
        "next_reminder": None if due is None else due.isoformat(timespec="seconds"),
        "last_run": None
        if last is None
        else {
            "routine": last.routine_id,
            "started_at": last.started_at.astimezone(now.tzinfo).isoformat(timespec="seconds"),
            "ended_at": last.ended_at.astimezone(now.tzinfo).isoformat(timespec="seconds"),
            "steps_completed": last.steps_completed,
            "steps_total": last.steps_total,
            "completed": last.completed,
        },
        "running": files.running,
    }


def _today(files: Files, settings: Settings) -> tuple[Any, Any]:
    now = files.clock.now()
    assert now.tzinfo is not None
    return day_span(water_day(now, settings.water_day_start), settings.water_day_start, now.tzinfo)


def _water_line(files: Files, settings: Settings) -> str:
    return translate("Commands", "{today} of {goal} glasses today.").format(
        today=water_today(files, settings), goal=settings.water_goal
    )


def _status_text(data: dict[str, Any]) -> str:
    water = data["water"]
    lines = [translate("Commands", "Water: {today} of {goal} glasses today.").format(**water)]
    reminder = data["next_reminder"] or translate("Commands", "none")
    lines.append(translate("Commands", "Next reminder: {when}.").format(when=reminder))
    last = data["last_run"]
    if last is None:
        lines.append(translate("Commands", "Last routine: none yet."))
    elif last["completed"]:
        message = translate(
            "Commands",
            "Last routine: {routine}, {started_at}, completed ({done} of {total} steps).",
        )
        lines.append(
            message.format(**last, done=last["steps_completed"], total=last["steps_total"])
        )
    else:
        message = translate(
            "Commands", "Last routine: {routine}, {started_at}, stopped ({done} of {total} steps)."
        )
        lines.append(
            message.format(**last, done=last["steps_completed"], total=last["steps_total"])
        )
    return "\n".join(lines)
