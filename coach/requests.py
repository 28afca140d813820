"""Requests: what the command line, a second launch or the tray asks of the app. No Qt.

A request has a typed form, one frozen dataclass each, checked once where it enters:
made from the command line's arguments (`coach.cli`), or read from the one-instance
socket with `from_json`. `TABLE` maps each request's name to the journal operation that
answers it; the command line runs it here when no app is running, the running app runs
the same entry when one is. The requests that need the window (show it, start a routine)
have no journal operation: the running app does them (`coach.ui.desktop`).

On the socket a request is one line of JSON, `{"command": NAME, ...fields}`, and so is
its reply, `{"code": ..., "text": ..., "notice": ...}`.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, get_type_hints

from coach.core.errors import NotSavedError, RefusedError
from coach.core.text import day_words, decimal, translate, when_text

if TYPE_CHECKING:
    from coach.core.nights import CheckIn, NightRecord
    from coach.journal import Journal

# The journal and the core are imported where a request is answered, not here: a request
# handed to the running app (the command line's usual case) needs neither, and they are
# most of its cost (issue 17).

DONE, NOT_SAVED, REFUSED = 0, 1, 2  # a reply's code, which is the command line's exit status


@dataclass(frozen=True)
class Reply:
    code: int  # DONE, NOT_SAVED or REFUSED
    text: str  # what to print
    notice: str | None = None  # a broken settings file was set aside: say so once

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text, "notice": self.notice}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Reply:
        return cls(int(data["code"]), str(data["text"]), data.get("notice"))


@dataclass(frozen=True)
class Request:
    """A request's fields are checked against their types as it is made: a field can
    name, in its metadata, the sentence that refuses a wrong value."""

    NAME: ClassVar[str]

    def __post_init__(self) -> None:
        for item in dataclasses.fields(self):
            value = getattr(self, item.name)
            if not _fits(value, get_type_hints(type(self))[item.name]):
                refusal = item.metadata.get("refusal")
                if refusal is not None:
                    raise RefusedError(refusal(value))
                message = translate("Requests", "'{field}' cannot be {value}.")
                raise RefusedError(message.format(field=item.name, value=json.dumps(value)))

    def to_json(self) -> dict[str, Any]:
        return {"command": self.NAME, **dataclasses.asdict(self)}


def _fits(value: object, expected: Any) -> bool:
    if expected is bool:
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False  # JSON's true is not a number
    allowed = getattr(expected, "__args__", (expected,))  # X | None
    return any(
        value is None
        if kind is type(None)
        else isinstance(value, float | int)
        if kind is float
        else isinstance(value, kind)
        for kind in allowed
    )


# -- the window's requests: the running app does them --------------------------------


@dataclass(frozen=True)
class Show(Request):
    NAME = "show"


@dataclass(frozen=True)
class StartHidden(Request):
    NAME = "hidden"


@dataclass(frozen=True)
class Ping(Request):
    NAME = "ping"


@dataclass(frozen=True)
class StartRoutine(Request):
    NAME = "start-routine"
    routine: str | None = None  # None: the usual one
    relief: bool = False  # the routine for a cramp in the night, whatever its id


@dataclass(frozen=True)
class CheckInNight(Request):
    """The morning check-in's dialog, in the window; `night` ISO 8601, None: last night."""

    NAME = "check-in"
    night: str | None = None


@dataclass(frozen=True)
class CrampNow(Request):
    """The 3 a.m. screen: a cramp logged in two taps."""

    NAME = "cramp-now"


# -- the journal's requests ------------------------------------------------------------


@dataclass(frozen=True)
class AddGlasses(Request):
    NAME = "water-add"
    count: int = field(default=1, metadata={"refusal": lambda value: _glasses_refusal()})


@dataclass(frozen=True)
class TakeBackGlass(Request):
    NAME = "water-undo"


@dataclass(frozen=True)
class Status(Request):
    NAME = "status"
    json: bool = False


@dataclass(frozen=True)
class GetSetting(Request):
    NAME = "config-get"
    key: str


@dataclass(frozen=True)
class ListSettings(Request):
    NAME = "config-list"


@dataclass(frozen=True)
class SetSetting(Request):
    NAME = "config-set"
    key: str
    value: str


def _glasses_refusal() -> str:
    from coach.journal import glasses_refusal

    return glasses_refusal()


def _as_the_diary_says(name: str) -> Callable[[object], str]:
    """The refusal of a cramp's field: the diary's own sentence for that value."""

    def refusal(value: object) -> str:
        from coach.core.diary import Cramp, DiaryError

        try:
            Cramp(datetime(2000, 1, 1, tzinfo=UTC), **{name: value})  # type: ignore[arg-type]
        except DiaryError as error:
            return str(error)
        return ""

    return refusal


@dataclass(frozen=True)
class LogCramp(Request):
    NAME = "cramp-add"
    leg: str | None = None
    # None: how bad was not said (the 3 a.m. screen, `cramp add` without --severity); it
    # can be said in the morning's check-in or the diary, and is never taken as a number.
    severity: int | None = field(default=None, metadata={"refusal": _as_the_diary_says("severity")})
    minutes: float | None = field(default=None, metadata={"refusal": _as_the_diary_says("minutes")})
    note: str = ""
    at: str | None = None  # ISO 8601, local time unless it has an offset; None: now


@dataclass(frozen=True)
class Export(Request):
    NAME = "export"
    folder: str  # absolute: the running app that may do it has a working folder of its own


@dataclass(frozen=True)
class Import(Request):
    NAME = "import"
    folder: str


@dataclass(frozen=True)
class SkipTonight(Request):
    NAME = "skip-tonight"
    undo: bool = False


@dataclass(frozen=True)
class TakeBackup(Request):
    NAME = "backup"


@dataclass(frozen=True)
class ListBackups(Request):
    NAME = "backup-list"


@dataclass(frozen=True)
class Restore(Request):
    NAME = "restore"
    name: str | None = None  # None: the newest


@dataclass(frozen=True)
class RecordNight(Request):
    """The morning check-in for a night: no cramps, the cramps, or left out ("don't know /
    slept elsewhere"). `night` is ISO 8601 (2026-11-25, the evening's date); None: last
    night."""

    NAME = "night"
    answer: str  # an Answer: no-cramps, cramps or excluded
    night: str | None = None
    cramps: int = 0
    severity: int | None = None
    minutes: float | None = None
    leg: str | None = None
    sleep: int | None = None


@dataclass(frozen=True)
class StartTrial(Request):
    NAME = "trial-start"


@dataclass(frozen=True)
class StopTrial(Request):
    NAME = "trial-stop"


@dataclass(frozen=True)
class TrialStatus(Request):
    NAME = "trial-status"
    json: bool = False


@dataclass(frozen=True)
class Report(Request):
    NAME = "report"
    days: int = 30
    json: bool = False


def _water_line(journal: Journal, today: int) -> str:
    return translate("Commands", "{today} of {goal} glasses today.").format(
        today=today, goal=journal.settings.water_goal
    )


def _add_glasses(request: AddGlasses, journal: Journal) -> str:
    return _water_line(journal, journal.add_glasses(request.count))


def _take_back_glass(request: TakeBackGlass, journal: Journal) -> str:
    today = journal.take_back_glass()
    took_back = translate("Commands", "Took back a glass.")
    return f"{took_back} {_water_line(journal, today)}"


def _status(request: Status, journal: Journal) -> str:
    data = journal.status()
    if request.json:
        return json.dumps(data)
    last = data["last_run"]
    routine = None if last is None else journal.routines.get(last["routine"])
    if last is not None and routine is not None:  # its title, in words (the JSON: its id)
        data = {**data, "last_run": {**last, "routine": translate("Routine", routine.title)}}
    return status_text(data, journal.clock.now())


def _get_setting(request: GetSetting, journal: Journal) -> str:
    return journal.setting_text(request.key)


def _list_settings(request: ListSettings, journal: Journal) -> str:
    """Every setting a person sets, with its value, one a line (`config get` alone)."""
    from coach.core.settings import INTERNAL, KEYS

    keys = [key for key in KEYS if key not in INTERNAL]
    width = max(len(key) for key in keys)
    return "\n".join(f"{key.ljust(width)}  {journal.setting_text(key)}" for key in keys)


def _set_setting(request: SetSetting, journal: Journal) -> str:
    changed = journal.set_setting(request.key, request.value)
    message = translate("Commands", "{key} is now {value}.")
    return message.format(key=request.key, value=changed.text(request.key))


def _log_cramp(request: LogCramp, journal: Journal) -> str:
    from coach.core.diary import Cramp, DiaryError, check_not_future

    now = journal.clock.now()
    when = now
    if request.at:
        try:
            when = datetime.fromisoformat(request.at)
        except ValueError:
            raise RefusedError(
                translate(
                    "Commands",
                    "The time must be a date and time such as 2026-11-26T03:10 (your local "
                    "time), or with its offset, such as 2026-11-26T03:10+01:00.",
                )
            ) from None
        if when.tzinfo is None:  # as the person's clock on the wall reads
            when = when.replace(tzinfo=now.tzinfo)
    try:
        leg = request.leg or journal.last_leg()  # as the diary's dialog offers it
        cramp = Cramp(when, leg, request.severity, request.minutes, request.note)
        check_not_future(cramp.started_at, now)
    except DiaryError as error:
        raise RefusedError(str(error)) from None
    journal.log_cramp(cramp)
    local = cramp.started_at.astimezone(now.tzinfo)
    legs = {
        "left": translate("Commands", "left leg"),
        "right": translate("Commands", "right leg"),
        "both": translate("Commands", "both legs"),
    }
    if cramp.severity is None:
        message = translate(
            "Commands",
            "Logged a cramp: {leg}, at {time}. How bad it was can be said in the morning's "
            "check-in.",
        )
    else:
        message = translate("Commands", "Logged a cramp: {leg}, {severity} of 10, at {time}.")
    said = message.format(
        leg=legs[cramp.leg], severity=cramp.severity, time=local.strftime("%Y-%m-%d %H:%M")
    )
    note = day_cramp_note(local, journal.settings.water_day_start)
    if note is None:
        # A night before the first recordable one is not recorded (coach.core.nights),
        # so a cramp backdated to one is kept but counts in no number: said, not silently
        # left out.
        from coach.core.schedule import night_of

        since = journal.first_recordable_night()
        if since is not None and night_of(local) < since:
            note = translate(
                "Commands",
                "It is in the diary, but that night is before you started recording nights, "
                "so it is not counted in the numbers.",
            )
    return said if note is None else f"{said} {note}"


def day_cramp_note(at: datetime, day_start: time) -> str | None:
    """What to say of a cramp logged at `at` (local) in the day; None for one at night."""
    from coach.core.nights import in_the_day

    if not in_the_day(at, day_start):
        return None
    return translate(
        "Commands",
        "It came in the day, so it is kept in the diary but not counted as a night cramp. "
        "Cramps in the day are worth mentioning to your doctor.",
    )


def _export(request: Export, journal: Journal) -> str:
    from coach.store.transfer import TABLES

    # Its own file names only (a table a file), whichever history wrote them: a person
    # exporting again into a folder expects the files there to be the new ones, and is
    # told which were replaced (anything else in the folder is left alone).
    folder = Path(request.folder)
    there = {folder / f"{table}.csv" for table in TABLES if (folder / f"{table}.csv").exists()}
    written = journal.export(folder)
    message = translate("Commands", "Wrote {count} files to {folder}.")
    said = message.format(count=len(written), folder=request.folder)
    replaced = sorted(path.name for path in written if path in there)
    if replaced:
        more = translate("Commands", "They replaced the files of the same name there: {names}.")
        said += " " + more.format(names=", ".join(replaced))
    return said


def _import(request: Import, journal: Journal) -> str:
    from coach.core.water import MAX_GLASSES_A_DAY

    imported = journal.import_(Path(request.folder))
    if imported.added == 1 and imported.skipped == 1:
        message = translate("Commands", "Imported 1 entry; 1 was here already.")
    elif imported.added == 1:
        message = translate("Commands", "Imported 1 entry; {skipped} were here already.")
    elif imported.skipped == 1:
        message = translate("Commands", "Imported {added} entries; 1 was here already.")
    else:
        message = translate("Commands", "Imported {added} entries; {skipped} were here already.")
    undo = translate("Commands", "To undo it: bedtime-coach restore {name}")
    done = message.format(added=imported.added, skipped=imported.skipped)
    if imported.capped:
        capped = translate("Commands", "{count} glasses were left out: at most {most} a day.")
        done += " " + capped.format(count=imported.capped, most=MAX_GLASSES_A_DAY)
    return f"{done} {undo.format(name=imported.undo)}" if imported.undo else done


def _skip_tonight(request: SkipTonight, journal: Journal) -> str:
    night = journal.skip_tonight(request.undo)
    message = (
        translate("Commands", "Tonight's reminder ({night}) is back.")
        if request.undo
        else translate("Commands", "Tonight's reminder ({night}) is skipped.")
    )
    return message.format(night=day_words(night))


def _record_night(request: RecordNight, journal: Journal) -> str:
    from coach.core.diary import DiaryError
    from coach.core.nights import Answer, CheckIn

    if request.night is None:
        night = journal.answerable_nights()[0]
    else:
        try:
            night = date.fromisoformat(request.night)
        except ValueError:
            message = translate(
                "Commands", "The night must be a date such as 2026-11-25, not {text}."
            )
            raise RefusedError(message.format(text=json.dumps(request.night))) from None
    try:
        answer = Answer(request.answer)
    except ValueError:
        message = translate("Commands", "The answer must be one of {answers}; '{answer}' is not.")
        raise RefusedError(
            message.format(answers=", ".join(Answer), answer=request.answer)
        ) from None
    try:
        check_in = CheckIn(
            night,
            answer,
            request.cramps,
            request.severity,
            request.minutes,
            request.leg,
            request.sleep,
        )
    except DiaryError as error:
        raise RefusedError(str(error)) from None
    replaced = journal.check_in(check_in)
    [record] = journal.record_nights(night, night)
    lines = [_recorded_words(record)]
    if replaced:
        lines.append(translate("Commands", "It replaces the earlier answer for that night."))
    lines += _conflict_words(record, check_in)
    lines.append(_evening_words(record, journal.settings.water_goal))
    return "\n".join(lines)


def _recorded_words(record: NightRecord) -> str:
    """What the night now counts as, in a sentence."""
    from coach.core.nights import NightState

    if record.state == NightState.EXCLUDED:
        message = translate(
            "Commands", "The night of {night} is left out (don't know, or slept elsewhere)."
        )
    elif record.cramps == 1:
        message = translate("Commands", "The night of {night} is recorded: 1 cramp.")
    elif record.cramps:
        message = translate("Commands", "The night of {night} is recorded: {cramps} cramps.")
    else:
        message = translate("Commands", "The night of {night} is recorded: no cramps.")
    return message.format(night=record.night.isoformat(), cramps=record.cramps)


def _conflict_words(record: NightRecord, check_in: CheckIn) -> list[str]:
    """Where the cramps logged during the night change what the answer said, why: a
    cramp logged at 3 a.m. is never lost to a hurried answer (`record_nights`)."""
    from coach.core.nights import NightState

    lines = []
    if record.state == NightState.EXCLUDED and record.logged:
        message = (
            translate(
                "Commands",
                "The cramp you logged that night is kept in the diary, but the night is left "
                "out of the numbers.",
            )
            if record.logged == 1
            else translate(
                "Commands",
                "The {logged} cramps you logged that night are kept in the diary, but the "
                "night is left out of the numbers.",
            )
        )
        lines.append(message.format(logged=record.logged))
    if record.cramps is not None and record.cramps > check_in.cramps:
        message = (
            translate("Commands", "You logged a cramp that night, so it counts 1 cramp.")
            if record.cramps == 1
            else translate(
                "Commands", "You logged {logged} cramps that night, so it counts {logged} cramps."
            )
        )
        lines.append(message.format(logged=record.cramps))
    said = check_in.severity
    if record.severity is not None and said is not None and record.severity > said:
        message = translate(
            "Commands",
            "How bad: {severity} of 10, the worst of the cramps you logged that night (you "
            "said {said}).",
        )
        lines.append(message.format(severity=record.severity, said=said))
    said_minutes = check_in.minutes
    if record.minutes is not None and said_minutes is not None and record.minutes > said_minutes:
        message = translate(
            "Commands",
            "How long: {minutes} minutes, the longest of the cramps you logged that night "
            "(you said {said}).",
        )
        lines.append(
            message.format(
                minutes=decimal(record.minutes, trim=True), said=decimal(said_minutes, trim=True)
            )
        )
    return lines


def _evening_words(record: NightRecord, goal: int) -> str:
    """The routine and the water of the night's evening and day, as known."""
    if record.routine_done is None or record.glasses is None:
        return translate(
            "Commands",
            "Routine and water that evening: not recorded (before you used Bedtime Coach).",
        )
    routine = (
        translate("Commands", "Routine that evening: done.")
        if record.routine_done
        else translate("Commands", "Routine that evening: not done.")
    )
    water = translate("Commands", "Water that day: {glasses} of {goal} glasses.")
    return f"{routine} {water.format(glasses=record.glasses, goal=goal)}"


def _start_trial(request: StartTrial, journal: Journal) -> str:
    trial = journal.start_trial()
    message = translate(
        "Commands",
        "Your personal trial starts on the night of {start} and ends on the night of {end}: "
        "two weeks of recording as usual, then three pairs of weeks, one with the routine "
        "every night and one with no stretching, in a random order. Record every night; "
        "'bedtime-coach trial status' says what tonight is.",
    )
    return message.format(start=trial.start.isoformat(), end=trial.end.isoformat())


def _stop_trial(request: StopTrial, journal: Journal) -> str:
    trial = journal.stop_trial()
    message = translate(
        "Commands",
        "The trial is stopped from the night of {night}; its result covers the nights before.",
    )
    assert trial.stopped is not None
    stopped = message.format(night=trial.stopped.isoformat())
    result = journal.trial_result()
    return stopped if result is None else f"{stopped}\n{result.sentence()}"


def _trial_status(request: TrialStatus, journal: Journal) -> str:
    data = journal.trial_status()
    if request.json:
        return json.dumps(data)
    if data is None:
        return translate(
            "Commands", "No personal trial yet; 'bedtime-coach trial start' starts one."
        )
    lines = []
    if data["tonight"] is not None:
        lines.append(data["tonight"]["sentence"])
    result = data["result"]
    lines.append(result["sentence"])
    lines.extend(pair["sentence"] for pair in result["pairs"])
    lines.append(result["adherence_sentence"])
    return "\n".join(lines)


def _report(request: Report, journal: Journal) -> str:
    from coach.core.report import report_text

    data = journal.report(request.days)
    return json.dumps(data) if request.json else report_text(data)


def _take_backup(request: TakeBackup, journal: Journal) -> str:
    backup = journal.backup()
    return translate("Commands", "Backed up the history to {path}.").format(path=backup.path)


def _list_backups(request: ListBackups, journal: Journal) -> str:
    found = journal.list_backups()
    if not found:
        return translate("Commands", "No backups yet.")
    zone = journal.clock.now().tzinfo
    kinds = backup_kind_words()
    return "\n".join(
        f"{b.name}  {b.taken.astimezone(zone).strftime('%Y-%m-%d %H:%M')}  "
        f"{kinds.get(b.kind, b.kind)}"
        for b in found
    )


def backup_kind_words() -> dict[str, str]:
    """Why each backup was taken, in words (the file names keep the English kinds)."""
    from coach.store import backups

    return {
        backups.DAILY: translate("Commands", "daily"),
        backups.BEFORE_MIGRATION: translate("Commands", "before an upgrade"),
        backups.BEFORE_IMPORT: translate("Commands", "before an import"),
        backups.BEFORE_RESTORE: translate("Commands", "before a restore"),
        backups.RESTORED: translate("Commands", "restored"),
        backups.ASKED: translate("Commands", "asked for"),
    }


def _restore(request: Restore, journal: Journal) -> str:
    restored, kept = journal.restore(request.name)
    message = translate("Commands", "Put back {name}; the history as it was is kept as {kept}.")
    return message.format(name=restored.name, kept=kept.name)


# The requests whose answer is all they ask for: they change nothing.
READS = (Status, GetSetting, ListSettings, ListBackups, TrialStatus, Report)

Operation = Callable[[Any, "Journal"], str]  # the request, the journal: what to print

# Every request by name: its typed form, and the journal operation that answers it (None:
# the running app's window does it).
TABLE: dict[str, tuple[type[Request], Operation | None]] = {
    kind.NAME: (kind, operation)
    for kind, operation in (
        (Show, None),
        (StartHidden, None),
        (Ping, None),
        (StartRoutine, None),
        (CheckInNight, None),
        (CrampNow, None),
        (AddGlasses, _add_glasses),
        (TakeBackGlass, _take_back_glass),
        (Status, _status),
        (GetSetting, _get_setting),
        (ListSettings, _list_settings),
        (SetSetting, _set_setting),
        (LogCramp, _log_cramp),
        (Export, _export),
        (Import, _import),
        (SkipTonight, _skip_tonight),
        (TakeBackup, _take_backup),
        (ListBackups, _list_backups),
        (Restore, _restore),
        (RecordNight, _record_night),
        (StartTrial, _start_trial),
        (StopTrial, _stop_trial),
        (TrialStatus, _trial_status),
        (Report, _report),
    )
}


def from_json(data: Mapping[str, Any]) -> Request:
    """The typed request a line from the socket holds; RefusedError, with a sentence, if none."""
    name = data.get("command")
    if not isinstance(name, str) or name not in TABLE:
        message = translate("Commands", "Unknown command '{command}'.")
        raise RefusedError(message.format(command=name))
    kind, _ = TABLE[name]
    fields = {key: value for key, value in data.items() if key != "command"}
    known = {item.name for item in dataclasses.fields(kind)}
    unknown = sorted(set(fields) - known)
    if unknown:
        message = translate("Requests", "'{command}' has no field '{field}'.")
        raise RefusedError(message.format(command=name, field=unknown[0]))
    try:
        return kind(**fields)
    except TypeError:  # a field it needs is missing
        missing = sorted(known - set(fields))
        message = translate("Requests", "'{command}' needs '{field}'.")
        raise RefusedError(message.format(command=name, field=", ".join(missing))) from None


def for_the_journal(request: Request) -> bool:
    """Whether the journal answers `request`, here or in the running app."""
    return TABLE[request.NAME][1] is not None


def perform(request: Request, journal: Journal) -> Reply:
    """Answer a journal request: done, refused (code 2) or not saved (code 1), each with
    its sentence; the notice of a settings file set aside goes with the first reply."""
    operation = TABLE[request.NAME][1]
    assert operation is not None, f"{request.NAME} is the window's"
    said = [journal.notice] if journal.notice else []
    journal.notice = None
    stop = journal.hear(said.append)
    try:
        reply = Reply(DONE, operation(request, journal))
    except RefusedError as refusal:
        reply = Reply(REFUSED, str(refusal))
    except NotSavedError as failure:
        reply = Reply(NOT_SAVED, str(failure))
    finally:
        stop()
    return dataclasses.replace(reply, notice=" ".join(said) or None)


def status_text(data: dict[str, Any], now: datetime) -> str:
    """`status` for a person: its times in words and local time (the JSON keeps ISO)."""
    water = data["water"]
    lines = [translate("Commands", "Water: {today} of {goal} glasses today.").format(**water)]
    due = data["next_reminder"]
    reminder = (
        translate("Commands", "none")
        if due is None
        else when_text(datetime.fromisoformat(due), now)
    )
    lines.append(translate("Commands", "Next reminder: {when}.").format(when=reminder))
    last = data["last_run"]
    if last is not None:
        started = when_text(datetime.fromisoformat(last["started_at"]), now)
        last = {**last, "started_at": started}
    if last is None:
        lines.append(translate("Commands", "Last routine: none yet."))
    elif last["completed"] and not last["routine_done"]:  # reached the end by skipping
        message = translate(
            "Commands",
            "Last routine: {routine}, {started_at}, ended with stretches skipped, so it "
            "does not count ({done} of {total} steps).",
        )
        lines.append(
            message.format(**last, done=last["steps_completed"], total=last["steps_total"])
        )
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
    night = data.get("last_night")
    if night is not None:
        lines.append(last_night_text(night))
    return "\n".join(lines)


def last_night_text(night: dict[str, Any]) -> str:
    from coach.core.nights import NightState

    if night["state"] == NightState.NOT_RECORDED:
        message = translate(
            "Commands",
            "Last night ({night}): not recorded yet ('bedtime-coach night --none', or --cramps N).",
        )
    elif night["state"] == NightState.EXCLUDED:
        message = translate("Commands", "Last night ({night}): left out.")
    else:
        message = translate("Commands", "Last night ({night}): recorded, cramps: {cramps}.")
    return message.format(**night)
