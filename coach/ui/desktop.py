"""The running app on the desktop: window, tray, reminder, and the requests that reach
them from the tray menu, a second launch or the command line."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from coach.audio import CuePlayer
from coach.commands import FILE_COMMANDS, Files, Reply, execute, water_today
from coach.core.routine import Routine
from coach.core.schedule import ReminderPlan, next_reminder, night_of
from coach.core.session import Cue, CueKind, RunRecord
from coach.core.settings import Settings
from coach.core.text import QT_TRANSLATE_NOOP, translate
from coach.core.water import next_drink_reminder
from coach.store.failure import not_saved
from coach.store.history import History
from coach.store.settings_file import load_settings, save_settings
from coach.ui.dates import local_text
from coach.ui.main_window import MainWindow
from coach.ui.reminder import ReminderTimer
from coach.ui.style import apply_look
from coach.ui.tray import Tray

if TYPE_CHECKING:
    from coach.ui.diary_page import DiaryPage
    from coach.ui.health_page import HealthPage
    from coach.ui.history_page import HistoryPage
    from coach.ui.settings_dialog import SettingsDialog
    from coach.ui.walking_page import WalkingPage
    from coach.ui.water_page import WaterPage
    from coach.ui.welcome import Welcome

KEEPS_RUNNING = QT_TRANSLATE_NOOP(
    "Desktop",
    "Bedtime Coach keeps running in the tray so that it can remind you at bedtime. "
    "Quit it from the tray menu.",
)
# The window's tabs after "Tonight", by page.
PAGE_TITLES = {
    "water": QT_TRANSLATE_NOOP("Desktop", "Water"),
    "diary": QT_TRANSLATE_NOOP("Desktop", "Diary"),
    "history": QT_TRANSLATE_NOOP("Desktop", "History"),
    "walking": QT_TRANSLATE_NOOP("Desktop", "Walking"),
    "health": QT_TRANSLATE_NOOP("Desktop", "About the advice"),
}
NO_TRAY = QT_TRANSLATE_NOOP(
    "Desktop",
    "No system tray was found, so Bedtime Coach is a plain window here: reminders only "
    "come while this window is open, and closing it quits.",
)


class DesktopApp(QObject):
    def __init__(
        self,
        app: QApplication,
        files: Files,
        routines: Mapping[str, Routine],
        settings: Settings,
        with_tray: bool,
    ) -> None:
        super().__init__()
        self._app = app
        self._files = files
        self._history: History = files.history
        self._routines = routines
        self.settings = settings
        self._due: datetime | None = None  # the reminder on show, until acted on
        self._said_keeps_running = False
        self._settings_dialog: SettingsDialog | None = None
        self._welcome: Welcome | None = None  # offered at most once a run

        self.window = MainWindow(
            routines, settings, files.clock, self._record_run, self._save_settings
        )
        self._look = apply_look(app, settings.app_theme)
        # The pages are made (and their modules imported) when first shown or asked for.
        self._tabs = {
            name: self.window.add_page(make, translate("Desktop", PAGE_TITLES[name]), self._ready)
            for name, make in (
                ("water", self._make_water),
                ("diary", self._make_diary),
                ("history", self._make_history),
                ("walking", self._make_walking),
                ("health", self._make_health),
            )
        }
        self.window.log_cramp_requested.connect(self.log_cramp)
        history_menu = self.window.menuBar().addMenu(translate("Desktop", "&History"))
        history_menu.addAction(translate("Desktop", "&Export as CSV…"), self.export_history)
        history_menu.addAction(translate("Desktop", "&Import CSV…"), self.import_history)
        settings_menu = self.window.menuBar().addMenu(translate("Desktop", "&Settings"))
        settings_menu.addAction(translate("Desktop", "&Preferences…"), self.open_settings)
        help_menu = self.window.menuBar().addMenu(translate("Desktop", "&Help"))
        help_menu.addAction(translate("Desktop", "&About the advice"), self.show_health)
        self.window.set_look(self._look)
        self.sound = CuePlayer(files.paths.cache_dir, settings.sound_enabled, settings.sound_volume)
        self.window.set_sound(self.sound)
        self.sound.unavailable.connect(self._no_sound)

        self.reminder = ReminderTimer(files.clock, self._next_reminder)
        self.reminder.due.connect(self._remind)
        self.drinks = ReminderTimer(files.clock, self._next_drink)
        self.drinks.due.connect(self._remind_to_drink)
        self._last_message = ""  # which message a click on the tray's balloon answers

        self.tray: Tray | None = None
        if with_tray:
            self.tray = self._make_tray()
            app.setQuitOnLastWindowClosed(False)
            self.window.keep_running_in_tray = True
            self.window.closed_to_tray.connect(self._closed_to_tray)
        else:
            self.window.show_notice(translate("Desktop", NO_TRAY))

        # Quitting mid-run records the run as stopped, as closing does; then the cue
        # player ends, and with it any sound still playing.
        app.aboutToQuit.connect(self.window.stop_routine)
        app.aboutToQuit.connect(self.sound.shutdown)
        app.aboutToQuit.connect(self.reminder.stop)
        app.aboutToQuit.connect(self.drinks.stop)

    # -- the pages, made when first needed ---------------------------------------------

    @property
    def water(self) -> WaterPage:
        return cast("WaterPage", self._tabs["water"].page())

    @property
    def diary(self) -> DiaryPage:
        return cast("DiaryPage", self._tabs["diary"].page())

    @property
    def history_page(self) -> HistoryPage:
        return cast("HistoryPage", self._tabs["history"].page())

    @property
    def walking(self) -> WalkingPage:
        return cast("WalkingPage", self._tabs["walking"].page())

    @property
    def health(self) -> HealthPage:
        return cast("HealthPage", self._tabs["health"].page())

    def _made_pages(self) -> list[Any]:
        return [tab.page() for tab in self._tabs.values() if tab.built]

    def _make_water(self) -> WaterPage:
        from coach.ui.water_page import WaterPage

        page = WaterPage(self._files, lambda: self.settings)
        page.changed.connect(self.refresh)
        page.problem.connect(self.window.show_notice)
        return page

    def _make_diary(self) -> DiaryPage:
        from coach.ui.diary_page import DiaryPage

        page = DiaryPage(self._files, lambda: self.settings)
        page.changed.connect(self.refresh)
        page.problem.connect(self.window.show_notice)
        return page

    def _make_history(self) -> HistoryPage:
        from coach.ui.history_page import HistoryPage

        return HistoryPage(self._files, lambda: self.settings)

    def _make_walking(self) -> WalkingPage:
        from coach.ui.walking_page import WalkingPage

        page = WalkingPage(self._files)
        page.problem.connect(self.window.show_notice)
        return page

    def _make_health(self) -> HealthPage:
        from coach.ui.health_page import HealthPage

        return HealthPage()

    def _ready(self, page: QWidget) -> None:
        """A new page, in the window: in the current look, showing the current data."""
        if hasattr(page, "set_look"):
            page.set_look(self._look)
        if hasattr(page, "refresh"):
            page.refresh()

    def _apply_look(self) -> None:
        self._look = apply_look(self._app, self.settings.app_theme)
        self.window.set_look(self._look)
        for page in self._made_pages():
            if hasattr(page, "set_look"):
                page.set_look(self._look)

    def export_history(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, translate("Desktop", "Export the history to")
        )
        if folder:
            self._say(self.handle({"command": "export", "folder": folder}))

    def import_history(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, translate("Desktop", "Import the history from")
        )
        if folder:
            self._say(self.handle({"command": "import", "folder": folder}))

    def _say(self, reply: dict[str, Any]) -> None:
        self.window.show_notice(reply["text"])

    def show_health(self) -> None:
        self.show_window()
        self.window.show_page(self.health)

    def welcome(self) -> Welcome:
        """The first start's three screens; shown without blocking anything else."""
        from coach.ui.welcome import Welcome

        wizard = self._welcome = Welcome(self.settings, self._test_sound, self.window)

        def done(result: int) -> None:
            if result == Welcome.DialogCode.Accepted and self._save_settings(wizard.chosen()):
                self.reload_settings()

        wizard.finished.connect(done)
        wizard.open()
        return wizard

    def _test_sound(self) -> None:
        self.sound.play_cues([Cue(CueKind.HOLD_START, 0)])

    def log_cramp(self) -> None:
        self.show_window()
        self.window.show_page(self.diary)
        self.diary.log_cramp()

    def _make_tray(self) -> Tray:
        tray = Tray(self)
        tray.start_routine.connect(lambda: self.start_routine(None))
        tray.cramp_relief.connect(lambda: self.start_routine("cramp-relief"))
        tray.add_glass.connect(lambda: self.handle({"command": "water-add", "count": 1}))
        tray.log_cramp.connect(self.log_cramp)
        tray.about_advice.connect(self.show_health)
        tray.snooze.connect(self.snooze)
        tray.skip_tonight.connect(self.skip_tonight)
        tray.open_window.connect(self.show_window)
        tray.toggle_window.connect(self.toggle_window)
        tray.open_settings.connect(self.open_settings)
        tray.quit.connect(self._app.quit)
        tray.reminder_clicked.connect(self._message_clicked)
        tray.menu.aboutToShow.connect(self._refresh_tray)  # labels only: no page work
        tray.show()
        return tray

    # -- requests -------------------------------------------------------------------

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        """Do what a request asks; the reply a command line prints."""
        command = request.get("command")
        if command in FILE_COMMANDS:
            reply = execute(request, self._files)
            if reply.notice:
                self.window.show_notice(reply.notice)
            if command == "config-set" and reply.code == 0:
                self.reload_settings()  # which refreshes too
            else:
                self.refresh()
            return reply.to_json()
        if command == "show" or (command == "hidden" and self.tray is None):
            self.show_window()
        elif command == "start-routine":
            routine = request.get("routine")
            if routine is not None and routine not in self._routines:
                message = translate("Desktop", "There is no routine '{routine}'.")
                return Reply(2, message.format(routine=routine)).to_json()
            self.start_routine(routine)
        elif command not in ("hidden", "ping"):
            message = translate("Desktop", "Unknown command '{command}'.")
            return Reply(2, message.format(command=command)).to_json()
        return Reply(0, "").to_json()

    def start(self, request: dict[str, Any]) -> None:
        """The first request, from the launch that started the app."""
        hidden = request.get("command") == "hidden" or (
            request.get("command") == "show" and self.settings.app_start_hidden
        )
        if self.tray is None or not hidden:
            self.handle(request if request.get("command") != "hidden" else {"command": "show"})
        self.reminder.rearm()
        self.drinks.rearm()
        self.refresh()

    def reload_settings(self) -> None:
        self.settings = load_settings(
            self._files.paths.settings_file, self._files.clock.now()
        ).settings
        self.window.set_settings(self.settings)
        self._apply_look()
        self.sound.configure(self.settings.sound_enabled, self.settings.sound_volume)
        self.reminder.rearm()
        self.drinks.rearm()
        if self._settings_dialog is not None:
            self._settings_dialog.settings_changed_elsewhere(self.settings)
        self.refresh()

    # -- the window -------------------------------------------------------------------

    def show_window(self) -> None:
        """The window, for a look; with the first start's welcome until it is seen (again
        after Restore Defaults), also after a start in the tray; at most once a run."""
        self._raise_window()
        if self._welcome is None and not self.settings.app_welcomed:
            self.welcome()

    def _raise_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def toggle_window(self) -> None:
        if self.window.isVisible():
            self.window.close()
        else:
            self.show_window()

    def start_routine(self, routine: str | None) -> None:
        self._due = None
        self._raise_window()  # no welcome over a routine that is starting
        self.window.start_routine(routine)
        self.refresh()

    def open_settings(self) -> SettingsDialog:
        if self._settings_dialog is None:
            from coach.ui.settings_dialog import SettingsDialog

            self._settings_dialog = SettingsDialog(
                self.settings, self.apply_settings, self._test_sound, self.window
            )
        self._settings_dialog.show_settings(self.settings)
        self._settings_dialog.show()
        self._settings_dialog.raise_()
        return self._settings_dialog

    def apply_settings(self, settings: Settings) -> bool:
        """From the settings dialog: saved, and in effect at once; False if not saved."""
        login_changed = settings.app_start_at_login != self.settings.app_start_at_login
        if not self._save_settings(settings):
            return False
        if login_changed:
            try:
                from coach.store import autostart

                autostart.apply(settings.app_start_at_login, self._files.paths)
            except OSError as error:
                self.window.show_notice(not_saved(error))
        self.reload_settings()
        return True

    def _closed_to_tray(self) -> None:
        if self._welcome is not None and self._welcome.isVisible():
            self._welcome.reject()  # goes with the window; offered again at the next start
        if not self._said_keeps_running and self.tray is not None:
            self._said_keeps_running = True
            self.tray.say(translate("Desktop", KEEPS_RUNNING))

    def _no_sound(self, message: str) -> None:
        print(message, file=sys.stderr)
        self.window.show_notice(message)
        self.window.player.flash_instead_of_sound()

    # -- the reminders ----------------------------------------------------------------

    def _next_reminder(self, now: datetime) -> datetime | None:
        plan = ReminderPlan.from_settings(self.settings)
        return next_reminder(now, plan, self._history.tonight(now))

    def _next_drink(self, now: datetime) -> datetime | None:
        settings = self.settings
        if not settings.water_reminders:
            return None
        return next_drink_reminder(
            now, settings.water_every_hours, settings.water_from, settings.water_until
        )

    def _message_clicked(self) -> None:
        if self._last_message == "water":
            self.handle({"command": "water-add", "count": 1})
        else:
            self.start_routine(None)

    def _remind_to_drink(self, due: datetime) -> None:
        count = water_today(self._files, self.settings)
        if count < self.settings.water_goal:
            text = translate(
                "Desktop", "{count} of {goal} glasses so far today. Click here to add a glass."
            ).format(count=count, goal=self.settings.water_goal)
            title = translate("Desktop", "Time for a glass of water")
            if self.tray is not None:
                self._last_message = "water"
                self.tray.show_reminder(title, text)
            else:
                self.window.show_notice(f"{title}: {text}")
        self.drinks.rearm()

    def _remind(self, due: datetime) -> None:
        self._note_reminder(night_of(due), "shown")
        self._due = due
        title = translate("Desktop", "Time for your evening stretches")
        if self.tray is not None:
            self._last_message = "routine"
            self.tray.show_reminder(
                title, translate("Desktop", "Click here to start the evening routine.")
            )
        else:
            self.window.show_notice(
                translate("Desktop", "{reminder}. Press Start when you are ready.").format(
                    reminder=title
                )
            )
            self.show_window()
        self.reminder.rearm()
        self.refresh()

    def snooze(self) -> None:
        if self._due is None:
            return
        now = self._files.clock.now()
        until = now + timedelta(minutes=self.settings.reminder_snooze_minutes)
        self._note_reminder(night_of(self._due), "snoozed", until)
        self._due = None
        self.reminder.rearm()
        self.refresh()

    def skip_tonight(self) -> None:
        night = self._due or self.reminder.next_due or self._files.clock.now()
        self._note_reminder(night_of(night), "skipped")
        self._due = None
        self.reminder.rearm()
        self.refresh()

    # -- keeping the tray and the reminder current -------------------------------------

    def _record_run(self, run: RunRecord) -> None:
        self._history.record_run(run)
        if run.completed:
            self._due = None
        self.reminder.rearm()
        self.refresh()

    def _save_settings(self, settings: Settings) -> bool:
        """Saved and in use; or, where the disk is full or read-only, said and not used."""
        try:
            save_settings(self._files.paths.settings_file, settings)
        except OSError as error:
            self.window.show_notice(not_saved(error))
            return False
        self.settings = settings
        return True

    def _note_reminder(self, night: date, kind: str, until: datetime | None = None) -> None:
        """Keep what became of tonight's reminder; a failure to save is said, not fatal."""
        try:
            self._history.record_reminder(night, kind, self._files.clock.now(), until)
        except sqlite3.Error as error:
            self.window.show_notice(not_saved(error))

    def refresh(self) -> None:
        """Show the current data everywhere: the pages and the tray."""
        for page in self._made_pages():
            if hasattr(page, "refresh"):
                page.refresh()
        self._refresh_tray()

    def _refresh_tray(self) -> None:
        if self.tray is None:
            return
        due = self.reminder.next_due
        when = translate("Desktop", "none") if due is None else local_text(due, "ddd HH:mm")
        routine = self._routines[self.settings.routine_default]
        self.tray.update(
            routine_title=translate("Routine", routine.title),
            water_today=water_today(self._files, self.settings),
            water_goal=self.settings.water_goal,
            next_reminder=when,
            snooze_minutes=self.settings.reminder_snooze_minutes,
            due=self._due is not None,
        )
