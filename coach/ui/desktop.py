"""The running app on the desktop: the window, the tray, the reminders and the sound,
wired to one journal; and the requests that reach them from a second launch or the
command line."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from coach.core.cues import Cue, CueKind
from coach.core.routine import Purpose
from coach.core.schedule import night_of
from coach.core.text import QT_TRANSLATE_NOOP, translate
from coach.core.water import water_day
from coach.journal import Change, Journal, RefusedError
from coach.ui.alerts import Alerts
from coach.ui.audio import CuePlayer
from coach.ui.busy import desktop_busy
from coach.ui.dialogs import Dialogs
from coach.ui.live_journal import LiveJournal
from coach.ui.reminders import Reminders
from coach.ui.timers import set_timer_type
from coach.ui.tray import Tray
from coach.ui.voice import CueSinks, Voice

if TYPE_CHECKING:
    from coach import requests
    from coach.core.session import RoutineSession
    from coach.ui.cramp_now import CrampNowScreen
    from coach.ui.main_window import MainWindow
    from coach.ui.notifications import Notifier
    from coach.ui.style import Theme

KEEPS_RUNNING = QT_TRANSLATE_NOOP(
    "Desktop",
    "Bedtime Coach keeps running in the tray so that it can remind you at bedtime. "
    "Quit it from the tray menu.",
)
KEEPS_RUNNING_NO_TRAY = QT_TRANSLATE_NOOP(
    "Desktop",
    "Bedtime Coach keeps running in the background so that it can remind you at bedtime. "
    "Open it again from your applications menu or with the bedtime-coach command; quit it "
    "with File, Quit.",
)
# How often the desktop is asked whether a tray came, while there is none (a panel
# starting after the app at login, soon docks it), and whether it went, while docked: a
# crashed panel is rare, and each question is an X11 round trip or a D-Bus call.
TRAY_WATCH_MS = 5000
TRAY_GONE_WATCH_MS = 60_000
NO_TRAY = QT_TRANSLATE_NOOP(
    "Desktop",
    "No system tray was found, so Bedtime Coach is a plain window here: reminders only "
    "come while this window is open, and closing it quits.",
)
NO_TRAY_NOTIFICATIONS = QT_TRANSLATE_NOOP(
    "Desktop",
    "No system tray was found. Bedtime Coach keeps running in the background when you close "
    "this window, and its reminders come as notifications. Open it again from your "
    "applications menu or with the bedtime-coach command; quit it with File, Quit (Ctrl+Q).",
)


class DesktopApp(QObject):
    def __init__(
        self,
        app: QApplication,
        journal: Journal,
        with_tray: bool,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        notifier: Notifier | None = None,
        open_notifier: Callable[[], Notifier | None] | None = None,
    ) -> None:
        """`open_notifier`: the desktop's notification service, connected when first
        needed (at once where there is no tray: whether there is one decides whether
        the app can keep running without its window)."""
        super().__init__()
        self._app = app
        self.journal = journal
        self.live = LiveJournal(journal, self)
        self._said_keeps_running = False
        # The window, its dialogs and its look are made when first needed (`window`): a
        # start in the tray makes none of them.
        self._window: MainWindow | None = None
        self._dialogs: Dialogs | None = None
        self._theme: Theme | None = None
        self._notice = ""  # the last notice said before there was a window to show it
        self._no_sound_here = False

        settings = journal.settings
        self.voice = Voice(self._session, settings.sound_voice)
        if settings.app_theme != "system":
            self._apply_theme()  # the tray's menu in the chosen colours from the start
        self.sound = CuePlayer(journal.cache_file, settings.sound_enabled, settings.sound_volume)
        self.sound.unavailable.connect(self._no_sound)
        self.voice.unavailable.connect(self.show_notice)

        self.reminders = Reminders(self.live, self)
        self.alerts = Alerts(
            self.live,
            self.reminders,
            self.sound,
            notifier,
            lambda: desktop_busy(self._inhibited),
            self,
            open_notifier,
        )
        self.alerts.start_routine.connect(lambda: self.start_routine(None))
        self.alerts.open_window.connect(self._open_at)
        self.alerts.notice.connect(self.show_notice)
        self.alerts.check_in.connect(self.show_check_in)
        self.cramp_now: CrampNowScreen | None = None
        self._welcome_seen: QObject | None = None  # the welcome whose end offers the check-in
        self._check_in_offered: date | None = None  # the day the window last offered it
        self.reminders.changed.connect(self._show_reminder)
        self.live.changed.connect(self._journal_changed)

        self.tray: Tray | None = None
        # The tray host may come after the app (a panel that starts after it at login) or
        # go away; Qt itself would never dock the icon in a late one.
        self._tray_available = tray_available
        self._tray_watch = QTimer(self)
        set_timer_type(self._tray_watch, "VeryCoarseTimer")
        self._tray_watch.timeout.connect(self.look_for_tray)
        if with_tray:
            self._dock()
        else:
            self._undocked()
        self._tray_watch.start()  # at the pace `_dock` or `_undocked` set

    @property
    def window(self) -> MainWindow:
        """The main window, made the first time it is needed."""
        if self._window is None:
            self._make_window()
            assert self._window is not None
        return self._window

    def _inhibited(self) -> bool:
        """Whether the desktop asks for no notifications now (Do Not Disturb)."""
        notifier = self.alerts.notifier
        return notifier is not None and notifier.inhibited()

    @property
    def window_made(self) -> bool:
        return self._window is not None

    @property
    def dialogs(self) -> Dialogs:
        """The settings dialog and the welcome, over the window (made with it)."""
        self.window  # noqa: B018  (made with the window, their parent)
        assert self._dialogs is not None
        return self._dialogs

    def _make_window(self) -> None:
        from coach.ui.main_window import MainWindow

        window = self._window = MainWindow(self.live)
        window.start_wanted = self.start_routine  # Start waits for the welcome
        self._dialogs = Dialogs(self.live, self._test_sound, window, self.voice)
        window.log_cramp_requested.connect(self.log_cramp)
        window.cramp_now_requested.connect(self.show_cramp_now)
        window.settings_requested.connect(self._dialogs.open_settings)
        window.advice_requested.connect(self.show_health)
        window.quit_requested.connect(self.quit)
        window.routine_started.connect(self.reminders.routine_started)
        window.closed_to_background.connect(self._closed_to_background)
        window.chooser.skip_requested.connect(self.reminders.skip_tonight)
        if self._theme is None:
            self._apply_theme()
        else:
            window.set_theme(self._theme)
        window.set_sound(CueSinks(self.sound, self.voice))
        if self._no_sound_here:
            window.player.flash_instead_of_sound()
        window.keep_running = self.in_background
        if self._notice:
            window.show_notice(self._notice)
            self._notice = ""
        self._show_reminder()

    def _apply_theme(self) -> None:
        """The application's look (the window's, the tray menu's, the dialogs')."""
        from coach.ui.style import apply_theme

        self._theme = apply_theme(self._app, self.journal.settings.app_theme)
        if self._window is not None:
            self._window.set_theme(self._theme)

    def show_notice(self, text: str) -> None:
        """A sentence in the window's banner, now or when the window is first made."""
        if self._window is None:
            self._notice = text
        else:
            self._window.show_notice(text)

    def _session(self) -> RoutineSession | None:
        return None if self._window is None else self._window.player.session

    @property
    def in_background(self) -> bool:
        """Whether closing the window keeps the app running: in the tray, or without one
        where reminders can come as notifications."""
        return self.tray is not None or self.alerts.notifier is not None

    def _dock(self) -> None:
        """Into the tray: the icon, and closing the window keeps the app running."""
        self.tray = self._make_tray()
        self.alerts.tray = self.tray
        self._tray_watch.setInterval(TRAY_GONE_WATCH_MS)
        self._keep_running()
        no_tray = (translate("Desktop", NO_TRAY), translate("Desktop", NO_TRAY_NOTIFICATIONS))
        if self._notice in no_tray:
            self._notice = ""  # no longer true
        if self._window is not None and self._window.banner.text() in no_tray:
            self._window.banner.hide()

    def _undocked(self) -> None:
        """No tray (yet, or any more): in the background where notifications reach the
        person, else a plain window that quits when closed."""
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = self.alerts.tray = None
        self._tray_watch.setInterval(TRAY_WATCH_MS)
        self._keep_running()
        notice = NO_TRAY_NOTIFICATIONS if self.in_background else NO_TRAY
        self.show_notice(translate("Desktop", notice))
        if not self.in_background and not (self._window is not None and self._window.isVisible()):
            self.show_window()  # the window is now the only way back to the app

    def _keep_running(self) -> None:
        self._app.setQuitOnLastWindowClosed(not self.in_background)
        if self._window is not None:
            self._window.keep_running = self.in_background

    def look_for_tray(self) -> None:
        """Dock if a tray host has come since the app started without one; undock if
        it went away."""
        available = self._tray_available()
        if self.tray is None and available:
            self._dock()
        elif self.tray is not None and not available:
            self._undocked()

    def quit(self) -> None:
        """End the event loop; `close` then stops the rest. Not QApplication.quit, which
        first closes every window: on Wayland (Qt 6.11) a frame of the routine already
        on its way was then painted into the closed window's surface, and the app
        crashed (tests/system/test_reminders_everywhere.py, 1 quit in 20)."""
        self._app.exit(0)

    def close(self) -> None:
        """Stop everything this started, in order: a run still playing is recorded as
        stopped before the journal closes, and no sound outlives the app."""
        self._tray_watch.stop()
        if self._window is not None:
            self._window.keep_place()  # where it is now, for the next start
            self._window.home.keep_edits()  # not later, on a closed journal
            self._window.stop_routine()
        self.reminders.stop()
        self.alerts.close()
        self.close_cramp_now()
        if self.tray is not None:
            self.tray.hide()
        self.sound.shutdown()
        self.voice.shutdown()
        self.journal.close()

    def _make_tray(self) -> Tray:
        tray = Tray(self.live, self.reminders, self)
        tray.start_routine.connect(lambda: self.start_routine(None))
        tray.start_relief.connect(self.start_routine)
        tray.add_glass.connect(lambda: self.live.attempt(lambda journal: journal.add_glasses(1)))
        tray.log_cramp.connect(self.log_cramp)
        tray.check_in.connect(lambda: self.show_check_in(None))
        tray.cramp_now.connect(self.show_cramp_now)
        tray.about_advice.connect(self.show_health)
        tray.snooze.connect(self.reminders.snooze)
        tray.already_done.connect(self.reminders.already_done)
        tray.skip_tonight.connect(self.reminders.skip_tonight)
        tray.open_window.connect(self.show_window)
        tray.toggle_window.connect(self.toggle_window)
        tray.open_settings.connect(lambda: self.dialogs.open_settings())
        tray.quit.connect(self.quit)
        tray.reminder_clicked.connect(self.alerts.balloon_clicked)
        tray.show()
        return tray

    # -- requests -------------------------------------------------------------------

    def handle(self, data: dict[str, Any]) -> dict[str, Any]:
        """Do what a request from the socket asks; the reply a command line prints."""
        from coach import requests  # at the first request: a start in the tray needs none

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
        from coach import requests

        hidden = isinstance(request, requests.StartHidden)
        if isinstance(request, requests.Show) or (hidden and not self.in_background):
            self.show_window()
        elif isinstance(request, requests.CheckInNight):
            self.show_check_in(_night(request.night))
        elif isinstance(request, requests.CrampNow):
            self.show_cramp_now()
        elif isinstance(request, requests.StartRoutine):
            relief = self.journal.relief_routines()
            if request.relief and relief:
                self.start_routine(relief[0].id)
            else:
                routine = self.journal.routine(request.routine).id
                if self.journal.no_stretching_tonight():
                    # It asks first (a trial's no-stretching night): the command line's
                    # reply does not wait for the answer.
                    QTimer.singleShot(0, lambda: self.start_routine(routine))
                else:
                    self.start_routine(routine)

    def start(self, data: dict[str, Any]) -> None:
        """The first request, from the launch that started the app."""
        command = data.get("command")  # as the socket names them (coach.requests)
        hidden = command == "hidden" or (
            command == "show" and self.journal.settings.app_start_hidden
        )
        if not self.in_background or not hidden:
            self.handle({"command": "show"} if command == "hidden" else data)
        self.reminders.start()

    def _journal_changed(self, changes: frozenset[Change]) -> None:
        if Change.SETTINGS in changes:
            settings = self.journal.settings
            if self._theme is not None or settings.app_theme != "system":
                self._apply_theme()
            self.sound.configure(settings.sound_enabled, settings.sound_volume)
            self.voice.configure(settings.sound_voice)

    # -- the window -------------------------------------------------------------------

    def show_window(self) -> None:
        """The window, for a look; with the first start's welcome until it is seen (again
        after Restore Defaults), also after a start in the tray; at most once a run."""
        self._raise_window()
        self.dialogs.offer_welcome()
        welcome = self.dialogs.welcome
        if welcome is not None and welcome.isVisible() and welcome is not self._welcome_seen:
            # Not over the welcome, but once it is closed (as data from before, say, that
            # never opened a window, has a night to answer).
            self._welcome_seen = welcome
            welcome.finished.connect(lambda _result: self._offer_check_in())
        self._offer_check_in()

    def _offer_check_in(self) -> None:
        """Once a morning, the first time the window opens after the day starts
        (`water.day_start`): how was last night, unless it is answered already. Not over
        the first start's welcome, and not again that day if closed unanswered."""
        journal = self.journal
        welcome = self.dialogs.welcome
        if not journal.settings.app_welcomed or (welcome is not None and welcome.isVisible()):
            return
        today = water_day(journal.clock.now(), journal.settings.water_day_start)
        if self._check_in_offered == today:
            return
        night = journal.answerable_nights()[0]
        # The night before the first day in use may be recorded (the home page offers
        # it), but is not pressed on someone who has just installed the app.
        since = journal.first_recordable_night()
        if since is None or night <= since or journal.check_ins(night, night):
            return
        self._check_in_offered = today
        self.window.show_check_in(night)

    def show_check_in(self, night: date | None = None) -> None:
        """The morning check-in, for `night` (last night by default), over the window."""
        self._raise_window()
        self.window.show_check_in(night)

    def show_cramp_now(self, leg_first: bool = False) -> CrampNowScreen:
        """The 3 a.m. screen, on its own: the window stays as it was. `leg_first`: the
        cramp is known (after the relief routine), so it asks which leg at once."""
        from coach.ui.cramp_now import CrampNowScreen

        if self.cramp_now is None:
            self.cramp_now = CrampNowScreen(self.live)
            relief = self.journal.relief_routines()
            self.cramp_now.relief.setVisible(bool(relief))
            self.cramp_now.relief_after.setVisible(bool(relief))
            if relief:
                self.cramp_now.relief_requested.connect(lambda: self.start_routine(relief[0].id))
        screen = self.cramp_now
        screen.restart()
        if leg_first:
            screen.ask_leg()
        screen.showMaximized()  # one dim screen, big buttons, nothing else lit
        screen.raise_()
        screen.activateWindow()
        return screen

    def _raise_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def toggle_window(self) -> None:
        if self._window is not None and self._window.isVisible():
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
        """Start a routine in the window (the window's Start, the tray, a notification,
        the command line). Until the first start's welcome is completed, the evening
        routine waits for it, even if it was put off (the advice's notice comes before
        any exercise), and starts once it is; cramp relief, wanted now and in pain,
        never waits."""
        chosen = self.journal.routine(routine)
        if not self.journal.settings.app_welcomed and chosen.purpose == Purpose.PREVENTION:
            self._raise_window()
            self.dialogs.offer_welcome(then=lambda: self._start_now(routine), again=True)
            return
        self._start_now(routine)

    def _start_now(self, routine: str | None) -> None:
        self._raise_window()
        self.window.start_routine(routine)

    def close_cramp_now(self) -> None:
        if self.cramp_now is not None:
            self.cramp_now.close()

    def _test_sound(self) -> None:
        self.sound.play_cues([Cue(CueKind.HOLD_START, 0)])

    def _closed_to_background(self) -> None:
        self.dialogs.put_off_welcome()
        if not self._said_keeps_running:
            self._said_keeps_running = True
            text = KEEPS_RUNNING if self.tray is not None else KEEPS_RUNNING_NO_TRAY
            self.alerts.say(translate("Desktop", text))

    def _no_sound(self, message: str) -> None:
        print(message, file=sys.stderr)
        self.show_notice(message)
        self._no_sound_here = True
        if self._window is not None:
            self._window.player.flash_instead_of_sound()

    # -- showing the reminders --------------------------------------------------------

    def _open_at(self, page: str) -> None:
        """The window, at the page a reminder is about: the routine's or water."""
        self.show_window()
        if page:
            self.window.show_page(self.window.page(page))
        else:
            self.window.show_page(self.window.pages)

    def _show_reminder(self) -> None:
        if self._window is None:
            return  # shown when the window is made
        night, skipped = self.journal.skip_state()
        due = self.reminders.due is not None
        done = night_of(self.journal.clock.now()) in self.journal.tonight().done
        self.window.chooser.show_reminder(self.reminders.next_due, due, night, skipped, done)


def _night(text: str | None) -> date | None:
    """The night a request names (ISO 8601), or None: last night."""
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = translate("Commands", "The night must be a date such as 2026-11-25, not {text}.")
        raise RefusedError(message.format(text=text)) from None
