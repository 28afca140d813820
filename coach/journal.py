"""The journal: the one object through which everything reads and writes the person's
data and settings. No Qt.

The command line, the window's pages, the tray and the reminders all call it. It asks
`coach.core` to decide (which day a glass counts for, which nights the routine was done)
and `coach.store` to keep (settings.json, history.sqlite3). It holds the settings in
memory, loaded once when it opens: a change made through the running app is saved at
once, and a hand edit of settings.json made while the app runs is read at the next start.

Every write that landed is announced to the listeners with what changed (`Change`); the
window's Qt wrapper (`coach.ui.live_journal`) turns that into a signal. A write that is
not allowed raises `RefusedError`, one that could not be saved raises `NotSavedError`; both carry
the sentence for the person, and after either, what is on disk is what was there before.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from random import SystemRandom
from typing import TYPE_CHECKING, Any

from coach.core import settings as model
from coach.core.clock import Clock
from coach.core.diary import Cramp, Night, goal_streak, nights
from coach.core.errors import NotSavedError as NotSavedError  # raised here, as ever
from coach.core.errors import RefusedError as RefusedError
from coach.core.nights import (
    CheckIn,
    NightRecord,
    answerable_nights,
    first_recordable_night,
    nights_of,
    record_nights,
)
from coach.core.routine import Purpose, Routine
from coach.core.runs import RunRecord
from coach.core.schedule import (
    LOOK_AHEAD_DAYS,
    ReminderPlan,
    Tonight,
    next_reminder,
    night_of,
    night_to_skip,
    tonight,
)
from coach.core.settings import Settings, SettingsError
from coach.core.text import translate
from coach.core.water import MAX_GLASSES_A_DAY, day_span, water_day
from coach.store import backups
from coach.store.failure import not_saved, reason
from coach.store.files import write_atomically
from coach.store.history import History
from coach.store.paths import Paths
from coach.store.settings_file import load_settings, save_settings
from coach.store.window_place import WindowPlace as WindowPlace  # for the window
from coach.store.window_place import keep_place, read_place

# What only some operations need is imported in them: every start (the tray's, each
# command line's) stays clear of the comparisons, the trial and the walks.
if TYPE_CHECKING:
    from coach.core.comparison import NightsComparison
    from coach.core.monthly import MonthlyAnswers
    from coach.core.trial import Trial, TrialResult
    from coach.core.walking import Walk
    from coach.store.transfer import Imported

MAX_GLASSES_AT_ONCE = 30
STREAK_DAYS = 365  # how far back a streak of days at the water goal is looked for
STREAK_FIRST_LOOK = 8  # days read at first: a longer streak reads further back, as far as it goes


class Change(StrEnum):
    """What a write changed; the views showing it redraw."""

    WATER = "water"
    CRAMPS = "cramps"
    RUNS = "runs"
    WALKS = "walks"
    REMINDERS = "reminders"
    SETTINGS = "settings"
    CHECK_INS = "check-ins"  # the morning's answers: which nights are recorded
    TRIAL = "trial"  # a personal trial started or stopped


EVERYTHING = frozenset(Change)


Listener = Callable[[frozenset[Change]], None]


def glasses_refusal() -> str:
    return translate(
        "Commands", "The number of glasses must be a whole number from 1 to {most}."
    ).format(most=MAX_GLASSES_AT_ONCE)


def write_report(path: Path, data: bytes) -> Path:
    """Save a report (the PDF for the doctor) at `path`, whole or not at all; the path
    saved. A folder, a missing folder or one that may not be written is refused with a
    sentence."""
    path = path.expanduser().absolute()
    if path.is_dir():
        message = translate("Report", "{path} is a folder; give the name of a file to save in.")
        raise RefusedError(message.format(path=path))
    if not path.parent.is_dir():
        message = translate("Report", "There is no folder {folder} to save the report in.")
        raise RefusedError(message.format(folder=path.parent))
    try:
        write_atomically(path, data)
    except OSError as error:
        message = translate("Report", "The report could not be saved: {why}.")
        raise NotSavedError(message.format(why=reason(error))) from error
    return path


def evening_routines(routines: Mapping[str, Routine]) -> dict[str, Routine]:
    """The routines that may be the usual evening one (`routine.default`): done before
    bed to prevent cramps, never the relief from one."""
    return {key: r for key, r in routines.items() if r.purpose == Purpose.PREVENTION}


def report_days_refusal() -> str:
    from coach.core.report import MAX_DAYS

    message = translate("Commands", "A report covers 1 to {most} days.")
    return message.format(most=MAX_DAYS)


class Journal:
    """The person's settings and history, read and written with named operations."""

    def __init__(
        self,
        paths: Paths,
        clock: Clock,
        history: History,
        routines: Mapping[str, Routine],
        settings: Settings,
        notice: str | None = None,
        settings_unreadable: bool = False,
    ) -> None:
        self.paths = paths
        self.clock = clock
        self.routines = routines
        self.running = False  # the running app's journal (`status` says so)
        self.notice = notice  # a broken settings file was set aside: said once, at start
        self._history = history
        self._settings = settings
        self._settings_unreadable = settings_unreadable  # there, unreadable: never replaced
        self._backed_up_on: date | None = None  # the day (UTC) of the last daily backup
        self._listeners: list[Listener] = []
        self._heard: list[Callable[[str], None]] = []  # who is told of what went on

    @classmethod
    def in_folder(cls, folder: Path, clock: Clock, routines: Mapping[str, Routine]) -> Journal:
        """The journal of a data folder of its own, as `--data-dir` makes one."""
        return cls.open(Paths.in_folder(folder), clock, routines)

    @classmethod
    def open(cls, paths: Paths, clock: Clock, routines: Mapping[str, Routine]) -> Journal:
        """The journal of the data folder `paths`; the history's own errors (OSError,
        sqlite3.Error, HistoryError) say why it cannot be opened."""
        paths.create()
        recovered = backups.recover(paths.history_file, clock.now())
        history = History(paths.history_file)
        loaded = load_settings(paths.settings_file, clock.now())
        settings = loaded.settings
        if settings.routine_default not in evening_routines(routines):
            # A routine that is no longer there, or cramp relief (which is never the usual
            # evening routine; an older version kept it once picked): the first evening one.
            first = next(iter(evening_routines(routines) or routines))
            settings = dataclasses.replace(settings, routine_default=first)
        notices = [notice for notice in (recovered, loaded.notice) if notice]
        notice = " ".join(notices) or None
        journal = cls(paths, clock, history, routines, settings, notice, loaded.unreadable)
        journal._note_first_use()
        journal._back_up_daily()
        return journal

    def close(self) -> None:
        self._history.close()

    def subscribe(self, listener: Listener) -> None:
        """Call `listener` with what changed after every write that landed."""
        self._listeners.append(listener)

    def hear(self, listener: Callable[[str], None]) -> Callable[[], None]:
        """Tell `listener` each sentence about what happened on the way (a history made
        anew, say); the function that stops it."""
        self._heard.append(listener)
        return lambda: self._heard.remove(listener)

    def _say(self, sentence: str) -> None:
        for listener in list(self._heard):
            listener(sentence)

    def _changed(self, *changes: Change) -> None:
        what = frozenset(changes)
        for listener in self._listeners:
            listener(what)

    @contextmanager
    def _writing(self, *changes: Change) -> Iterator[None]:
        """A write to the disk: its failure becomes NotSavedError, with its sentence;
        once it landed, the listeners hear `changes`."""
        try:
            yield
        except (OSError, sqlite3.Error) as error:
            raise NotSavedError(not_saved(error, self.paths.data_dir)) from error
        if self._history.recreated:
            self._history.recreated = False
            self._say(self._made_anew())
        self._back_up_daily()
        if changes:
            self._changed(*changes)

    def _made_anew(self) -> str:
        """The sentence for a history deleted or replaced under the running app."""
        restored = self._history.restored_from
        if restored is None:
            message = translate(
                "Journal",
                "{path} was deleted or replaced while Bedtime Coach was running; it was "
                "made anew, and what you enter from now on is kept there.",
            )
            return message.format(path=self._history.path)
        message = translate(
            "Journal",
            "{path} was deleted while Bedtime Coach was running; the backup of {taken} "
            "was put back in its place, and what you enter from now on is kept there.",
        )
        taken = restored.taken.astimezone(self.clock.now().tzinfo).strftime("%Y-%m-%d %H:%M")
        return message.format(path=self._history.path, taken=taken)

    def _back_up_daily(self) -> None:
        """One backup a day while the app is used; a failure to make one is no failure
        of the write that came before it (it is tried again at the next)."""
        today = self.clock.now().astimezone(UTC).date()
        if self._backed_up_on == today:
            return
        try:
            if backups.daily_due(self._history.path, self.clock.now()):
                self._history.backup(backups.DAILY, self.clock.now())
        except (OSError, sqlite3.Error):
            return
        self._backed_up_on = today

    def cache_file(self, name: str, make: Callable[[], bytes]) -> Path:
        """The file `name` in the cache folder, written with `make()` on first use."""
        path = self.paths.cache_dir / name
        if not path.exists():
            write_atomically(path, make())
        return path

    def window_place(self) -> WindowPlace | None:
        """Where the main window was last, and how big; None the first time."""
        return read_place(self.paths.config_dir)

    def keep_window_place(self, place: WindowPlace) -> None:
        """Keep the main window's place for the next start; a failure to keep it loses
        nothing else (the window opens at its usual size next time)."""
        with suppress(OSError):
            keep_place(self.paths.config_dir, place)

    # -- settings -----------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self._settings

    def keep_settings_file(self) -> None:
        """Make sure a valid settings.json is there to look at (a broken one was kept
        aside); the running app does this at start."""
        if not self.paths.settings_file.exists() and not self.paths.settings_file.is_symlink():
            with self._writing():
                save_settings(self.paths.settings_file, self._settings)

    def change_settings(self, settings: Settings) -> None:
        """Save `settings` and use them from now on; start at login follows its setting.
        All or nothing: where either cannot be written, neither changes."""
        if settings.routine_default not in self.routines:
            raise RefusedError(self._no_routine(settings.routine_default))
        evening = evening_routines(self.routines)
        if evening and settings.routine_default not in evening:
            message = translate(
                "Journal",
                "'{routine}' is for a cramp in the night, so it cannot be the usual evening "
                "routine; the evening routines are: {routines}.",
            )
            raise RefusedError(
                message.format(
                    routine=settings.routine_default,
                    routines=", ".join(evening),
                )
            )
        if self._settings_unreadable:
            message = translate(
                "Journal",
                "{path} could not be read, so no change is saved over it. Move it away or "
                "make it readable, then start Bedtime Coach again.",
            )
            raise NotSavedError(message.format(path=self.paths.settings_file))
        if settings.problem():
            raise RefusedError(settings.problem())
        try:  # only what the next start will read back is saved
            model.from_json(model.to_json(settings))
        except SettingsError as error:
            raise RefusedError(str(error)) from None
        login = settings.app_start_at_login
        login_changes = login != self._settings.app_start_at_login
        if login_changes:
            self._start_at_login(login)
        try:
            with self._writing():
                save_settings(self.paths.settings_file, settings)
        except NotSavedError:
            if login_changes:
                self._start_at_login(not login)  # as it was
            raise
        self._settings = settings
        self._changed(Change.SETTINGS)

    def _start_at_login(self, on: bool) -> None:
        from coach.store import autostart  # imported when needed: start-up stays light

        with self._writing():
            autostart.apply(on, self.paths)

    def set_setting(self, key: str, text: str) -> Settings:
        """Change one setting from typed text, such as ("reminder.time", "21:30").

        Outside the running app, several command lines may change settings at once: each
        takes the settings lock and reads the file again inside it, so none loses
        another's change."""
        with self._settings_lock():
            if not self.running:
                self._read_settings_again()
            try:
                changed = self._settings.with_text(key, text, self.setting_kind(key))
            except SettingsError as error:
                raise RefusedError(str(error)) from None
            self.change_settings(changed)
        return changed

    @contextmanager
    def _settings_lock(self) -> Iterator[None]:
        if sys.platform == "win32":
            yield
            return
        import fcntl

        with self._writing():
            lock = os.open(self.paths.config_dir / "settings.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield
        finally:
            os.close(lock)

    def _read_settings_again(self) -> None:
        loaded = load_settings(self.paths.settings_file, self.clock.now())
        usual = evening_routines(self.routines) or self.routines
        if loaded.notice is None and loaded.settings.routine_default in usual:
            self._settings = loaded.settings

    def setting_kind(self, key: str) -> model.Kind:
        """How `key` is read and described; the routine is one of those loaded."""
        try:
            kind = model.kind(key)
        except SettingsError as error:
            raise RefusedError(str(error)) from None
        if isinstance(kind, model.RoutineName):  # the usual evening routine
            return model.Choice(tuple(evening_routines(self.routines) or self.routines))
        return kind

    def setting_text(self, key: str) -> str:
        try:
            return self._settings.text(key)
        except SettingsError as error:
            raise RefusedError(str(error)) from None

    # -- routines -------------------------------------------------------------------

    def routine(self, routine_id: str | None = None) -> Routine:
        """The routine `routine_id`, or the person's usual one."""
        routine_id = routine_id or self._settings.routine_default
        if routine_id not in self.routines:
            raise RefusedError(self._no_routine(routine_id))
        return self.routines[routine_id]

    def relief_routines(self) -> list[Routine]:
        """The routines for a cramp in the night, in the chooser's order."""
        return [r for r in self.routines.values() if r.purpose == Purpose.RELIEF]

    def _no_routine(self, routine_id: str) -> str:
        message = translate("Journal", "There is no routine '{routine}'; there are: {routines}.")
        return message.format(routine=routine_id, routines=", ".join(self.routines))

    def _is_the_routine(self, run: RunRecord) -> bool:
        """Whether a run counts as the routine done: by what it followed (every stretch
        played through, `coach.core.followed`), and relief from a cramp is not prevention."""
        routine = self.routines.get(run.routine_id)
        return run.routine_done and (routine is None or routine.purpose != Purpose.RELIEF)

    # -- water ------------------------------------------------------------------------

    def water_day_span(self) -> tuple[datetime, datetime]:
        """The instants (UTC) today's glasses are counted between."""
        now = self.clock.now()
        assert now.tzinfo is not None
        start = self._settings.water_day_start
        return day_span(water_day(now, start), start, now.tzinfo)

    def water_today(self) -> int:
        return self._history.glasses_between(*self.water_day_span())

    def add_glasses(self, count: int = 1) -> int:
        """Tick off `count` glasses now; today's glasses after."""
        if isinstance(count, bool) or not isinstance(count, int):
            raise RefusedError(glasses_refusal())
        if not 1 <= count <= MAX_GLASSES_AT_ONCE:
            raise RefusedError(glasses_refusal())
        if self.water_today() + count > MAX_GLASSES_A_DAY:
            message = translate("Journal", "At most {most} glasses a day are kept.")
            raise RefusedError(message.format(most=MAX_GLASSES_A_DAY))
        with self._writing(Change.WATER):
            self._history.add_glasses(self.clock.now(), count)
        return self.water_today()

    def take_back_glass(self) -> int:
        """Take back today's last glass; today's glasses after."""
        with self._writing(Change.WATER):
            if not self._history.remove_last_glass(*self.water_day_span()):
                raise RefusedError(translate("Commands", "There is no glass to take back today."))
        return self.water_today()

    def water_streak(self) -> int:
        """Days in a row at the goal, looking back at most a year."""
        now = self.clock.now()
        zone = now.tzinfo
        assert zone is not None
        day_start = self._settings.water_day_start
        today = water_day(now, day_start)
        _, end = day_span(today, day_start, zone)
        days = STREAK_FIRST_LOOK
        while True:  # read no more days than the streak has (a year's glasses took 22 ms)
            first, _ = day_span(today - timedelta(days=days), day_start, zone)
            counts = Counter(
                water_day(at.astimezone(zone), day_start)
                for at in self._history.glass_times(first, end)
            )
            streak = goal_streak(counts, self._settings.water_goal, today)
            if streak < days or days == STREAK_DAYS:  # it ends inside what was read
                return streak
            days = min(days * 4, STREAK_DAYS)

    # -- cramps -----------------------------------------------------------------------

    def log_cramp(self, cramp: Cramp) -> Cramp:
        with self._writing(Change.CRAMPS):
            cramp_id = self._history.add_cramp(cramp)
        return Cramp(
            cramp.started_at, cramp.leg, cramp.severity, cramp.minutes, cramp.note, cramp_id
        )

    def change_cramp(self, cramp: Cramp) -> None:
        with self._writing(Change.CRAMPS):
            self._history.update_cramp(cramp)

    def delete_cramp(self, cramp_id: int) -> None:
        with self._writing(Change.CRAMPS):
            self._history.delete_cramp(cramp_id)

    def last_leg(self) -> str:
        """The leg of the cramp logged last (within a year), often the same again; both
        for the first. The diary's dialog and `cramp add` default to it."""
        logged = self.cramps(STREAK_DAYS)
        return logged[-1].leg if logged else "both"

    def cramps(self, days: int) -> list[Cramp]:
        """The cramps of the last `days` days, oldest first."""
        now = self.clock.now()
        return self._history.cramps(now - timedelta(days=days), now + timedelta(days=1))

    # -- walks ----------------------------------------------------------------------

    def log_walk(self, walk: Walk) -> None:
        with self._writing(Change.WALKS):
            self._history.add_walk(walk)

    def walks(self, weeks: int) -> list[Walk]:
        """The walks of the last `weeks` weeks, oldest first."""
        now = self.clock.now()
        return self._history.walks(now - timedelta(weeks=weeks), now + timedelta(days=1))

    def delete_walk(self, walk_id: int) -> None:
        with self._writing(Change.WALKS):
            self._history.delete_walk(walk_id)

    # -- routine runs and reminders -----------------------------------------------

    def record_run(self, run: RunRecord) -> None:
        with self._writing(Change.RUNS):
            self._history.record_run(run)

    def note_reminder(self, night: date, kind: str, until: datetime | None = None) -> None:
        """Keep what became of a night's reminder: shown, snoozed (until when), skipped,
        or done (the person did the routine away from the app)."""
        with self._writing(Change.REMINDERS):
            self._history.record_reminder(night, kind, self.clock.now(), until)

    def skip_state(self) -> tuple[date | None, bool]:
        """The night "Skip tonight" means now (see core.schedule; None when no reminder is
        coming), and whether it is skipped."""
        tonight = self.tonight()
        plan = ReminderPlan.from_settings(self._settings)
        night = night_to_skip(self.clock.now(), plan, tonight)
        return night, night is not None and night in tonight.skipped

    def skip_tonight(self, undo: bool = False) -> date:
        """Skip tonight's reminder, or take the skip back; the night it applies to."""
        night, skipped = self.skip_state()
        if night is None:
            raise RefusedError(translate("Journal", "No reminder is coming, so none to skip."))
        if undo and skipped:
            with self._writing(Change.REMINDERS):
                self._history.forget_reminder_events(night, "skipped")
        elif not undo and not skipped:
            self.note_reminder(night, "skipped")
        return night

    def tonight(self) -> Tonight:
        """What the reminder needs to know of the last nights."""
        now = self.clock.now()
        events = self._history.reminder_events(night_of(now) - timedelta(days=2))
        runs = self._history.runs(since=now - timedelta(days=3))
        done = tonight(events, [run for run in runs if self._is_the_routine(run)], now)
        trial = self._history.latest_trial()
        if trial is None:
            return done
        from coach.core.trial import WEEK, no_stretching_tonight

        # Far enough for next_reminder to look past two "no stretching" weeks in a row.
        ahead = LOOK_AHEAD_DAYS + 2 * WEEK + 2
        nights = (night_of(now) + timedelta(days=n) for n in range(-1, ahead))
        silent = frozenset(night for night in nights if no_stretching_tonight(trial, night))
        return dataclasses.replace(done, silent=silent)

    def next_reminder(self) -> datetime | None:
        """The next nightly reminder; never on a "no stretching" night of a personal trial
        (`tonight()` names those nights silent)."""
        now = self.clock.now()
        return next_reminder(now, ReminderPlan.from_settings(self._settings), self.tonight())

    def no_stretching_tonight(self) -> bool:
        """Whether tonight is a "no stretching" night of the personal trial: no reminder,
        and the tray does not offer the routine as tonight's task."""
        trial = self._history.latest_trial()
        if trial is None:  # never one: the trial's module need not be loaded
            return False
        from coach.core.trial import no_stretching_tonight

        return no_stretching_tonight(trial, night_of(self.clock.now()))

    # -- looking back -----------------------------------------------------------------

    def nights(self, count: int) -> list[Night]:
        """The last `count` nights up to tonight, oldest first, each with its routine,
        water and cramps."""
        now = self.clock.now()
        zone = now.tzinfo
        assert zone is not None
        last = night_of(now)
        since = now - timedelta(days=count + 2)
        until = now + timedelta(days=1)
        history = self._history
        return nights(
            last - timedelta(days=count - 1),
            last,
            zone,
            [run for run in history.runs(since=since) if self._is_the_routine(run)],
            history.glass_times(since, until),
            [cramp.started_at for cramp in history.cramps(since, until)],
            self._settings.water_day_start,
        )

    def status(self) -> dict[str, Any]:
        """Water today, the next reminder and the last run, as `status --json` prints it."""
        now = self.clock.now()
        due = self.next_reminder()
        last = self._history.last_run()
        return {
            "water": {"today": self.water_today(), "goal": self._settings.water_goal},
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
                "routine_done": last.routine_done,
            },
            "last_night": self._last_night(),
            "running": self.running,
        }

    def _last_night(self) -> dict[str, Any] | None:
        """Last night (the latest night whose morning has come) as recorded, for `status`;
        None before the first night of use (it could not be recorded)."""
        night = self.answerable_nights()[0]
        since = self.first_recordable_night()
        if since is not None and night < since:
            return None
        [record] = self.record_nights(night, night)
        return {
            "night": night.isoformat(),
            "state": str(record.state),
            "cramps": record.cramps,
        }

    # -- recorded nights -------------------------------------------------------------

    def _note_first_use(self) -> None:
        """Keep the first use of the app, once: nights before it are not recorded. A
        failure to keep it is tried again at the next start (and at the first check-in)."""
        if self._history.first_use() is not None:
            return
        try:
            with self._writing():
                self._history.note_first_use(self.clock.now())
        except NotSavedError:
            pass

    def first_use(self) -> datetime | None:
        """When the app was first used with this history; None if it could not be kept."""
        first = self._history.first_use()
        return None if first is None else first.astimezone(self.clock.now().tzinfo)

    def first_recordable_night(self) -> date | None:
        """The first night a check-in may record (`coach.core.nights.first_recordable_night`:
        "last night" at the first use); None before any use."""
        return first_recordable_night(self.first_use(), self._settings.water_day_start)

    def answerable_nights(self) -> tuple[date, ...]:
        """The last seven nights whose morning has come, last night first."""
        return answerable_nights(self.clock.now(), self._settings.water_day_start)

    def recordable_nights(self) -> tuple[date, ...]:
        """The nights a check-in may be given or changed for now, last night first:
        `answerable_nights` from the first recordable night on (maybe none)."""
        since = self.first_recordable_night()
        return tuple(n for n in self.answerable_nights() if since is None or n >= since)

    def check_in(self, check_in: CheckIn) -> bool:
        """Keep the morning's answer for its night (one of `answerable_nights`), in place
        of an earlier one; whether it replaced one."""
        allowed = self.answerable_nights()
        if check_in.night not in allowed:
            message = translate(
                "Journal",
                "A night can be recorded for the last {count} nights, from {first} to "
                "{last}; {night} is not one of them.",
            )
            raise RefusedError(
                message.format(
                    count=len(allowed),
                    first=allowed[-1].isoformat(),
                    last=allowed[0].isoformat(),
                    night=check_in.night.isoformat(),
                )
            )
        first_use = self.first_use()
        since = self.first_recordable_night()
        if since is not None and check_in.night < since:
            message = translate(
                "Journal",
                "You started using Bedtime Coach on {started}; the first night you can "
                "record is the night of {since}, so that the diary counts only nights "
                "remembered as they came.",
            )
            raise RefusedError(
                message.format(
                    started=first_use.date().isoformat() if first_use else "", since=since
                )
            )
        if check_in.severity == 0:
            # How bad is 1 to 10, as for a cramp logged: a cramp at 0 of 10 is no answer.
            # (Check-ins kept with a 0 before stay as they are.)
            message = translate(
                "Journal",
                "How bad must be a whole number from 1 to 10, as for a cramp logged; 0 is "
                "not (leave it out if you can't say).",
            )
            raise RefusedError(message)
        replaced = bool(self._history.check_ins(check_in.night, check_in.night))
        with self._writing(Change.CHECK_INS):
            if first_use is None:
                self._history.note_first_use(self.clock.now())
            self._history.put_check_in(check_in, self.clock.now())
        return replaced

    def check_ins(self, first: date | None = None, last: date | None = None) -> list[CheckIn]:
        """The check-ins kept for the nights from `first` to `last` (all by default)."""
        return self._history.check_ins(first or date.min, last or date.max)

    def record_nights(self, first: date, last: date) -> list[NightRecord]:
        """Every night from `first` to `last`, each recorded, excluded or not recorded
        (never zero; see `coach.core.nights.record_nights`), with its routine and water."""
        now = self.clock.now()
        zone = now.tzinfo
        assert zone is not None
        since = datetime.combine(first - timedelta(days=2), time(), zone)
        until = datetime.combine(last + timedelta(days=3), time(), zone)
        history = self._history
        runs = [run for run in history.runs(since=since) if self._is_the_routine(run)]
        answered = {
            night
            for night, kind, _ in history.reminder_events(first - timedelta(days=1))
            if kind == "done"
        }
        return record_nights(
            first,
            last,
            zone,
            check_ins=history.check_ins(first, last),
            cramps=history.cramps(since, until),
            routine_nights=nights_of((run.started_at for run in runs), zone) | answered,
            glasses=history.glass_times(since, until),
            day_start=self._settings.water_day_start,
            water_goal=self._settings.water_goal,
            first_use=history.first_use(),
        )

    def tried_nights(self, first: date, last: date) -> frozenset[date]:
        """The nights from `first` to `last` with an evening routine started whose
        stretches were skipped (it does not count as done): the check-in shows that
        night's routine as "skipped stretches" rather than "not done"."""
        zone = self.clock.now().tzinfo
        assert zone is not None
        since = datetime.combine(first - timedelta(days=1), time(), zone)
        tried = [
            run.started_at
            for run in self._history.runs(since=since)
            if not run.routine_done
            and self.routines.get(run.routine_id, None) is not None
            and self.routines[run.routine_id].purpose != Purpose.RELIEF
        ]
        return frozenset(night for night in nights_of(tried, zone) if first <= night <= last)

    def recent_nights(self, count: int) -> list[NightRecord]:
        """The last `count` nights whose morning has come, oldest first."""
        last = self.answerable_nights()[0]
        return self.record_nights(last - timedelta(days=count - 1), last)

    def compare(self, count: int) -> tuple[NightsComparison, NightsComparison]:
        """Recorded nights of the last `count` with and without the routine, and after a
        day at the water goal or not; each with its rate ratio and interval."""
        from coach.core.comparison import compare_routine, compare_water

        records = self.recent_nights(count)
        return compare_routine(records), compare_water(records)

    # -- the monthly questions ----------------------------------------------------------

    def monthly_due(self) -> bool:
        """Whether the check-in asks the monthly questions today (`coach.core.monthly`)."""
        from coach.core.monthly import monthly_due

        today = water_day(self.clock.now(), self._settings.water_day_start)
        return monthly_due(self._history.last_monthly_asked(), today)

    def answer_monthly(self, answers: MonthlyAnswers) -> None:
        """Keep a month's answers to the warning-sign questions, or that they were skipped."""
        with self._writing(Change.CHECK_INS):
            self._history.add_monthly_answers(answers, self.clock.now())

    def monthly_answers(self, first: date, last: date) -> list[MonthlyAnswers]:
        """The monthly answers given (or skipped) from `first` to `last`, oldest first."""
        return self._history.monthly_answers(first, last)

    # -- the personal trial -----------------------------------------------------------

    def trial(self) -> Trial | None:
        """The trial started last (under way, over, or stopped); None if never."""
        return self._history.latest_trial()

    def trial_under_way(self) -> Trial | None:
        trial = self._history.latest_trial()
        if trial is None or trial.stopped is not None:
            return None
        return trial if night_of(self.clock.now()) <= trial.end else None

    def start_trial(self) -> Trial:
        """Start a personal trial tonight (tomorrow evening, after midnight), its random
        order from a new seed; refused while one is under way."""
        if self.trial_under_way() is not None:
            raise RefusedError(
                translate(
                    "Journal",
                    "A trial is under way already; 'bedtime-coach trial stop' stops it.",
                )
            )
        from coach.core.trial import MAX_SEED, Trial

        # What secrets.randbelow uses, without importing secrets: its hmac brings hashlib
        # and libcrypto (3.5 MB) into every start.
        trial = Trial(self.clock.now().date(), SystemRandom().randrange(MAX_SEED + 1))
        with self._writing(Change.TRIAL, Change.REMINDERS):
            self._history.add_trial(trial, self.clock.now())
        return trial

    def stop_trial(self) -> Trial:
        """Stop the trial under way from tonight (tomorrow evening, after midnight) on."""
        trial = self.trial_under_way()
        if trial is None:
            raise RefusedError(translate("Journal", "No trial is under way, so none to stop."))
        stopped = trial.stop(self.clock.now().date())
        with self._writing(Change.TRIAL, Change.REMINDERS):
            self._history.stop_trial(stopped)
        return stopped

    def trial_result(self) -> TrialResult | None:
        """The latest trial's result as of now (provisional while under way)."""
        trial = self._history.latest_trial()
        if trial is None:
            return None
        from coach.core.trial import analyse

        records = self.record_nights(trial.start, trial.end)
        # A night counts once its morning has come: the night after last night is not in.
        return analyse(trial, records, self.answerable_nights()[0] + timedelta(days=1))

    def trial_status(self) -> dict[str, Any] | None:
        """The latest trial as `trial status --json` prints it; None if never started."""
        from coach.core import report

        trial = self.trial()
        result = self.trial_result()
        if trial is None or result is None:
            return None
        return report.trial_status(trial, result, night_of(self.clock.now()))

    # -- the report for the doctor ------------------------------------------------------

    def report(self, days: int) -> dict[str, Any]:
        """The last `days` nights whose morning has come, the comparisons over their
        recorded nights and the personal trial, as `report --json` prints them."""
        from coach.core import report

        if isinstance(days, bool) or not isinstance(days, int):
            raise RefusedError(report_days_refusal())
        if not 1 <= days <= report.MAX_DAYS:
            raise RefusedError(report_days_refusal())
        from coach.core.comparison import compare_routine, compare_water
        from coach.core.monthly import report_entry

        records = self.recent_nights(days)
        today = water_day(self.clock.now(), self._settings.water_day_start)
        first = records[0].night if records else today
        zone = self.clock.now().tzinfo
        since = datetime.combine(records[0].night, time(), zone)
        until = datetime.combine(records[-1].night + timedelta(days=2), time(), zone)
        return report.report(
            records,
            compare_routine(records),
            compare_water(records),
            self.trial_status(),
            self.clock.now(),
            self.first_use(),
            [report_entry(answers) for answers in self.monthly_answers(first, today)],
            walks=self._history.walks(since, until),
        )

    # -- CSV --------------------------------------------------------------------------

    def export(self, folder: Path) -> list[Path]:
        """Write every table as a CSV file into `folder`; the files written."""
        from coach.store import transfer

        with self._writing():
            return transfer.export(self._history, folder)

    def import_(self, folder: Path) -> Imported:
        """Read the CSV files `export` writes; all or nothing."""
        from coach.store import transfer

        with self._writing():
            before = self._history.backup(backups.BEFORE_IMPORT, self.clock.now())
        try:
            with self._writing(*EVERYTHING - {Change.SETTINGS}):
                imported = transfer.import_(self._history, folder, self.routines.keys())
        except transfer.TransferError as error:
            before.path.unlink(missing_ok=True)
            message = translate("Commands", "Nothing was imported. {error}")
            raise RefusedError(message.format(error=error)) from None
        if not imported.added:
            before.path.unlink(missing_ok=True)  # nothing to undo
            return imported
        return dataclasses.replace(imported, undo=before.name)

    # -- backups ----------------------------------------------------------------------

    def backup(self) -> backups.Backup:
        """A backup now, as asked."""
        with self._writing():
            return self._history.backup(backups.ASKED, self.clock.now())

    def list_backups(self) -> list[backups.Backup]:
        """Every backup, newest first."""
        return backups.listing(self._history.path)

    def restore(self, name: str | None = None) -> tuple[backups.Backup, backups.Backup]:
        """Put the backup `name` (the newest by default) in the history's place; the
        history as it was is kept first, as a backup of its own. Both backups."""
        found = self.list_backups()
        chosen = next((b for b in found if b.name == name or name is None), None)
        if chosen is None:
            message = translate("Journal", "There is no backup '{name}'; 'backup list' shows them.")
            raise RefusedError(
                message.format(name=name)
                if name
                else translate("Journal", "There is no backup yet; 'backup' makes one.")
            )
        path = self._history.path
        with self._writing(*EVERYTHING - {Change.SETTINGS}):
            kept = self._history.backup(backups.BEFORE_RESTORE, self.clock.now())
            self._history.close()
            try:
                backups.put_back(chosen, path)
            except backups.BackupError as error:
                raise RefusedError(str(error)) from None
            finally:
                self._history = History(path)
            self._history.backup(backups.RESTORED, self.clock.now())
        return chosen, kept
