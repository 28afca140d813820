"""The commands that work on the files: water, status and config.

The command line runs them itself when no instance of the app is running; otherwise it
hands them to the running app, which runs them the same way and updates its window and
tray at once. No Qt here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from coach.core.clock import Clock
from coach.core.diary import Cramp, DiaryError, Night, nights
from coach.core.schedule import ReminderPlan, next_reminder, night_of
from coach.core.settings import Settings, SettingsError
from coach.core.water import day_span, water_day
from coach.store import autostart, transfer
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
    """Run one file command; a refusal is a Reply with code 2 and a sentence."""
    command = request.get("command")
    settings, notice = files.settings()
    if command == "water-add":
        count = request.get("count", 1)
        if not isinstance(count, int) or not 1 <= count <= MAX_GLASSES_AT_ONCE:
            return Reply(
                2,
                f"The number of glasses must be a whole number from 1 to {MAX_GLASSES_AT_ONCE}.",
                notice,
            )
        files.history.add_glasses(files.clock.now(), count)
        return Reply(0, _water_line(files, settings), notice)
    if command == "water-undo":
        start, end = _today(files, settings)
        if not files.history.remove_last_glass(start, end):
            return Reply(2, "There is no glass to take back today.", notice)
        return Reply(0, "Took back a glass. " + _water_line(files, settings), notice)
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
            autostart.apply(changed.app_start_at_login, files.paths)
        return Reply(0, f"{key} is now {changed.text(key)}.", notice)
    if command == "cramp-add":
        return _add_cramp(request, files, notice)
    if command == "export":
        folder = Path(str(request.get("folder")))
        written = transfer.export(files.history, folder)
        return Reply(0, f"Wrote {len(written)} files to {folder}.", notice)
    if command == "import":
        try:
            result = transfer.import_(files.history, Path(str(request.get("folder"))))
        except transfer.TransferError as error:
            return Reply(2, f"Nothing was imported: {error}", notice)
        return Reply(
            0, f"Imported {result.added} entries; {result.skipped} were here already.", notice
        )
    return Reply(2, f"Unknown command {command!r}.", notice)


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
                "The time must be ISO 8601 with its offset, such as 2026-11-26T03:10:00+00:00.",
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
    return Reply(
        0,
        f"Logged a cramp: {'both legs' if cramp.leg == 'both' else cramp.leg + ' leg'}, "
        f"{cramp.severity} of 10, at "
        f"{local.strftime('%Y-%m-%d %H:%M')}.",
        notice,
    )


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
    return f"{water_today(files, settings)} of {settings.water_goal} glasses today."


def _status_text(data: dict[str, Any]) -> str:
    water = data["water"]
    lines = [f"Water: {water['today']} of {water['goal']} glasses today."]
    lines.append(f"Next reminder: {data['next_reminder'] or 'none'}.")
    last = data["last_run"]
    if last is None:
        lines.append("Last routine: none yet.")
    else:
        how = "completed" if last["completed"] else "stopped"
        lines.append(
            f"Last routine: {last['routine']}, {last['started_at']}, {how} "
            f"({last['steps_completed']} of {last['steps_total']} steps)."
        )
    return "\n".join(lines)
