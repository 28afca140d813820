"""The running app on the desktop: the window, the tray, the reminders and the sound,
wired to one journal; and the requests that reach them from a second launch or the
command line."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from coach import requests
from coach.core.session import Cue, CueKind
from coach.core.text import QT_TRANSLATE_NOOP, translate
from coach.journal import Change, Journal, RefusedError
from coach.ui.audio import CuePlayer
from coach.ui.dialogs import Dialogs
from coach.ui.live_journal import LiveJournal
from coach.ui.main_window import MainWindow
from coach.ui.reminders import Reminders
from coach.ui.style import apply_theme
from coach.ui.tray import Tray

KEEPS_RUNNING = QT_TRANSLATE_NOOP(
    "Desktop",
    "Bedtime Coach keeps running in the tray so that it can remind you at bedtime. "
    "Quit it from the tray menu.",
)
TRAY_WATCH_MS = 5000  # how often a desktop without a tray is asked whether it has one now
NO_TRAY = QT_TRANSLATE_NOOP(
    "Desktop",
    "No system tray was found, so Bedtime Coach is a plain window here: reminders only "
    "come while this window is open, and closing it quits.",
)


class DesktopApp(QObject):
    def __init__(
        self,
        app: QApplication,
        journal: Journal,
        with_tray: bool,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__()
        self._app = app
        self.journal = journal
        self.live = LiveJournal(journal, self)
        self._said_keeps_running = False
        self._last_message = ""  # which reminder a click on the tray's balloon answers

        self.window = MainWindow(self.live)
        self.dialogs = Dialogs(self.live, self._test_sound, self.window)
        self.window.log_cramp_requested.connect(self.log_cramp)
        self.window.settings_requested.connect(self.dialogs.open_settings)
        self.window.advice_requested.connect(self.show_health)
        self.window.quit_requested.connect(app.quit)
        settings = journal.settings
        self.window.set_theme(apply_theme(app, settings.app_theme))
        self.sound = CuePlayer(journal.cache_file, settings.sound_enabled, settings.sound_volume)
        self.window.set_sound(self.sound)
        self.sound.unavailable.connect(self._no_sound)

        self.reminders = Reminders(self.live, self)
        self.reminders.routine_due.connect(self._remind)
        self.reminders.drink_due.connect(self._remind_to_drink)
        self.window.routine_started.connect(self.reminders.routine_started)
        self.live.changed.connect(self._journal_changed)

        self.tray: Tray | None = None
        # A tray host that comes after the app (a panel that starts after it at login) is
        # looked for now and then; Qt itself would never dock the icon there.
        self._tray_available = tray_available
        self._tray_watch = QTimer(self)
        self._tray_watch.setInterval(TRAY_WATCH_MS)
        self._tray_watch.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._tray_watch.timeout.connect(self.look_for_tray)
        if with_tray:
            self._dock()
        else:
            self.window.show_notice(translate("Desktop", NO_TRAY))
            self._tray_watch.start()

    def _dock(self) -> None:
        """Into the tray: the icon, and closing the window keeps the app running."""
        self.tray = self._make_tray()
        self._app.setQuitOnLastWindowClosed(False)
        self.window.keep_running_in_tray = True
        self.window.closed_to_tray.connect(self._closed_to_tray)

    def look_for_tray(self) -> None:
        """Dock, if a tray host has come since the app started without one."""
        if self.tray is None and self._tray_available():
            self._tray_watch.stop()
            self._dock()
            if self.window.banner.text() == translate("Desktop", NO_TRAY):
                self.window.banner.hide()  # no longer true

    def close(self) -> None:
        """Stop everything this started, in order: a run still playing is recorded as
        stopped before the journal closes, and no sound outlives the app."""
        self._tray_watch.stop()
        self.window.stop_routine()
        self.reminders.stop()
        if self.tray is not None:
            self.tray.hide()
        self.sound.shutdown()
        self.journal.close()

    def _make_tray(self) -> Tray:
        tray = Tray(self.live, self.reminders, self)
        tray.start_routine.connect(lambda: self.start_routine(None))
        tray.start_relief.connect(self.start_routine)
        tray.add_glass.connect(lambda: self.live.attempt(lambda journal: journal.add_glasses(1)))
        tray.log_cramp.connect(self.log_cramp)
        tray.about_advice.connect(self.show_health)
        tray.snooze.connect(self.reminders.snooze)
        tray.skip_tonight.connect(self.reminders.skip_tonight)
        tray.open_window.connect(self.show_window)
        tray.toggle_window.connect(self.toggle_window)
        tray.open_settings.connect(self.dialogs.open_settings)
        tray.quit.connect(self._app.quit)
        tray.reminder_clicked.connect(self._message_clicked)
        tray.show()
        return tray

    # -- requests -------------------------------------------------------------------

    def handle(self, data: dict[str, Any]) -> dict[str, Any]:
        """Do what a request from the socket asks; the reply a command line prints."""
        try:
            request = requests.from_json(data)
            if requests.for_the_journal(request):
                return requests.perform(request, self.journal).to_json()
            self._do(request)
        except RefusedError as refusal:
            return requests.Reply(requests.REFUSED, str(refusal)).to_json()
        return requests.Reply(requests.DONE, "").to_json()

    def _do(self, request: requests.Request) -> None:
        """A request for the window: show it, or start a routine; hidden and ping ask
        nothing of it."""
        hidden = isinstance(request, requests.StartHidden)
        if isinstance(request, requests.Show) or (hidden and self.tray is None):
            self.show_window()
        elif isinstance(request, requests.StartRoutine):
            relief = self.journal.relief_routines()
            if request.relief and relief:
                self.start_routine(relief[0].id)
            else:
                self.start_routine(self.journal.routine(request.routine).id)

    def start(self, data: dict[str, Any]) -> None:
        """The first request, from the launch that started the app."""
        command = data.get("command")
        hidden = command == requests.StartHidden.NAME or (
            command == requests.Show.NAME and self.journal.settings.app_start_hidden
        )
        if self.tray is None or not hidden:
            shown = requests.Show().to_json() if command == requests.StartHidden.NAME else data
            self.handle(shown)
        self.reminders.start()

    def _journal_changed(self, changes: frozenset[Change]) -> None:
        if Change.SETTINGS in changes:
            settings = self.journal.settings
            self.window.set_theme(apply_theme(self._app, settings.app_theme))
            self.sound.configure(settings.sound_enabled, settings.sound_volume)

    # -- the window -------------------------------------------------------------------

    def show_window(self) -> None:
        """The window, for a look; with the first start's welcome until it is seen (again
        after Restore Defaults), also after a start in the tray; at most once a run."""
        self._raise_window()
        self.dialogs.offer_welcome()

    def _raise_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def toggle_window(self) -> None:
        if self.window.isVisible():
            self.window.close()
        else:
            self.show_window()

    def show_health(self) -> None:
        self.show_window()
        self.window.show_page(self.window.page("health"))

    def log_cramp(self) -> None:
        self.show_window()
        diary = self.window.page("diary")
        self.window.show_page(diary)
        diary.log_cramp()  # type: ignore[attr-defined]

    def start_routine(self, routine: str | None) -> None:
        self._raise_window()  # no welcome over a routine that is starting
        self.window.start_routine(routine)

    def _test_sound(self) -> None:
        self.sound.play_cues([Cue(CueKind.HOLD_START, 0)])

    def _closed_to_tray(self) -> None:
        self.dialogs.put_off_welcome()
        if not self._said_keeps_running and self.tray is not None:
            self._said_keeps_running = True
            self._last_message = ""  # a click on this balloon only opens the window again
            self.tray.say(translate("Desktop", KEEPS_RUNNING))

    def _no_sound(self, message: str) -> None:
        print(message, file=sys.stderr)
        self.window.show_notice(message)
        self.window.player.flash_instead_of_sound()

    # -- showing the reminders --------------------------------------------------------

    def _message_clicked(self) -> None:
        """A click on a reminder's balloon (on an XEmbed tray, any click on the icon while
        one shows): the window, at the page the reminder is about. Never a routine
        started or a glass added by a click that may have been meant for the icon."""
        self.show_window()
        if self._last_message == "water":
            self.window.show_page(self.window.page("water"))
        self._last_message = ""

    def _remind_to_drink(self, count: int) -> None:
        goal = self.journal.settings.water_goal
        text = translate("Desktop", "{count} of {goal} glasses so far today.").format(
            count=count, goal=goal
        )
        title = translate("Desktop", "Time for a glass of water")
        if self.tray is not None:
            self._last_message = "water"
            self.tray.show_reminder(title, text)
        else:
            self.window.show_notice(f"{title}: {text}")

    def _remind(self) -> None:
        title = translate("Desktop", "Time for your evening stretches")
        notice = translate("Desktop", "{reminder}. Press Start when you are ready.")
        self.window.show_notice(notice.format(reminder=title))  # there when the window opens
        if self.tray is not None:
            self._last_message = "routine"
            self.tray.show_reminder(
                title, translate("Desktop", "Start them from the tray's menu or the window.")
            )
        else:
            self.show_window()
