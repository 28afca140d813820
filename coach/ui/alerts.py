"""How a due reminder reaches the person, on whatever desktop this is.

Where the desktop has a notification service, as a notification with buttons (Start
routine, Snooze, Skip tonight, Already done; for water, I drank a glass; in the morning,
No cramps or Log cramps); else as the tray's
balloon, whose click opens the window; else in the window itself. With a soft chime when
sound is on, and held back while the person watches something full screen or has asked
not to be disturbed: it comes when that ends, if still within the reminder's grace time.
Whatever becomes of the notification, the reminder stays on show in the tray and the
window until it is answered or its night is over (`Reminders.due`).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from coach.core.nights import CheckIn
from coach.core.text import QT_TRANSLATE_NOOP, translate
from coach.ui.audio import CuePlayer
from coach.ui.dates import local_text
from coach.ui.live_journal import LiveJournal
from coach.ui.reminders import Reminders
from coach.ui.timers import set_timer_type
from coach.ui.tray import Tray

if TYPE_CHECKING:
    from coach.ui.notifications import Notifier

BUSY_CHECK_MS = 30_000  # how often a held-back reminder asks whether the person is free
ROUTINE, WATER, CHECK_IN = "routine", "water", "check-in"
DEFAULT = "default"  # a click on a notification's body (notifications.DEFAULT, the spec's name)
ROUTINE_TITLE = QT_TRANSLATE_NOOP("Alerts", "Time for your evening stretches")


class Alerts(QObject):
    start_routine = Signal()  # the reminder's own Start
    open_window = Signal(str)  # at a page: "" the routine's, or "water"
    notice = Signal(str)  # for the window, where nothing else can show it
    check_in = Signal(object)  # the morning's "Log cramps": the check-in, for that night

    def __init__(
        self,
        live: LiveJournal,
        reminders: Reminders,
        sound: CuePlayer,
        notifier: Notifier | None,
        busy: Callable[[], bool],
        parent: QObject | None = None,
        open_notifier: Callable[[], Notifier | None] | None = None,
    ) -> None:
        """`open_notifier`, where `notifier` is None: the service, connected when first
        needed (a start in the tray may show no notification for hours)."""
        super().__init__(parent)
        self._live = live
        self._reminders = reminders
        self._sound = sound
        self._notifier = notifier
        self._open_notifier = None if notifier is not None else open_notifier
        self._busy = busy
        self.tray: Tray | None = None  # set by the desktop while it has one
        self._balloon = ""  # which reminder a click on the tray's balloon answers
        self._night: date | None = None  # the night the morning's check-in asks about
        self._waiting = QTimer(self)  # a reminder held back while the person is busy
        self._waiting.setInterval(BUSY_CHECK_MS)
        set_timer_type(self._waiting, "VeryCoarseTimer")
        self._waiting.timeout.connect(self._routine_if_free)
        reminders.routine_due.connect(self._routine_if_free)
        reminders.drink_due.connect(self._drink)
        reminders.check_in_due.connect(self._check_in)
        reminders.changed.connect(self._reminders_changed)
        if notifier is not None:
            notifier.answered.connect(self._answered)

    @property
    def notifier(self) -> Notifier | None:
        """The desktop's notification service; None where there is none."""
        if self._open_notifier is not None:
            self._notifier, self._open_notifier = self._open_notifier(), None
            if self._notifier is not None:
                self._notifier.answered.connect(self._answered)
        return self._notifier

    @property
    def held_back(self) -> bool:
        return self._waiting.isActive()

    def say(self, text: str) -> None:
        """A word from the app (no buttons): in the tray's balloon, else a notification."""
        title = translate("Tray", "Bedtime Coach")
        if self.tray is not None:
            self._balloon = ""  # a click on this balloon only opens the window
            self.tray.say(text)
        elif self.notifier is not None:
            self.notifier.show("app", title, self._body(text), (), self._open_label())

    def balloon_clicked(self) -> None:
        """A click on the tray's balloon (on an XEmbed tray, on the icon while one shows):
        the window, at the page the reminder is about. Never a routine started or a glass
        added by a click that may have been meant for the icon."""
        if self._balloon == CHECK_IN:
            self.check_in.emit(self._night)
        else:
            self.open_window.emit(WATER if self._balloon == WATER else "")
        self._balloon = ""

    def close(self) -> None:
        self._waiting.stop()
        if self._notifier is not None:  # not connected now only to be closed
            self._notifier.close()

    # -- the evening routine ----------------------------------------------------------

    def _routine_if_free(self) -> None:
        due = self._reminders.due
        if due is None:  # answered while it waited
            self._waiting.stop()
            return
        if self._busy():
            self._waiting.start()
            grace = timedelta(minutes=self._live.journal.settings.reminder_grace_minutes)
            now = self._live.journal.clock.now().astimezone(UTC)
            if now - due.astimezone(UTC) < grace:
                return
            self._waiting.stop()  # too late to interrupt: it stays on show, quietly
            return
        self._waiting.stop()
        self._show_routine()

    def _show_routine(self) -> None:
        settings = self._live.journal.settings
        if settings.reminder_chime:
            self._sound.play_chime()
        title = translate("Alerts", ROUTINE_TITLE)
        if self.notifier is not None:
            minutes = settings.reminder_snooze_minutes
            actions = [
                ("start", translate("Alerts", "Start routine")),
                ("snooze", translate("Alerts", "Snooze {minutes} min").format(minutes=minutes)),
                ("skip", translate("Alerts", "Skip tonight")),
                ("done", translate("Alerts", "Already done")),
            ]
            # Without buttons, a click on the notification is the only answer: Start.
            default = (
                self._open_label()
                if self.notifier.has_actions
                else translate("Alerts", "Start routine")
            )
            body = translate("Alerts", "Your calf stretches before bed, when you are ready.")
            if self.notifier.show(ROUTINE, title, self._body(body), actions, default, stays=True):
                return
        if self.tray is not None:
            self._balloon = ROUTINE
            self.tray.show_reminder(
                title, translate("Alerts", "Start them from the tray's menu or the window.")
            )
        else:
            self.open_window.emit("")

    def _reminders_changed(self) -> None:
        if self._reminders.due is None and self._notifier is not None:  # shown by it
            self._notifier.withdraw(ROUTINE)  # answered elsewhere: no stale buttons

    # -- water ------------------------------------------------------------------------

    def _drink(self, count: int) -> None:
        if self._busy():
            return  # the next one comes in an hour or two
        goal = self._live.journal.settings.water_goal
        title = translate("Alerts", "Time for a glass of water")
        text = translate("Alerts", "{count} of {goal} glasses so far today.").format(
            count=count, goal=goal
        )
        if self.notifier is not None:
            actions = [("add", translate("Alerts", "I drank a glass"))]
            default = translate("Alerts", "Open water")
            if self.notifier.show(WATER, title, self._body(text), actions, default):
                return
        if self.tray is not None:
            self._balloon = WATER
            self.tray.show_reminder(title, text)
        else:
            self.notice.emit(f"{title}: {text}")

    # -- the morning check-in -------------------------------------------------------

    def _check_in(self, night: date) -> None:
        """How was last night? One click for the commonest answer: no cramps."""
        self._night = night
        title = translate("Alerts", "How was last night?")
        text = translate("Alerts", "Any cramps in the night of {night}?").format(
            night=local_text(night, "dddd d MMMM")
        )
        if self.notifier is not None:
            actions = [
                ("none", translate("Alerts", "No cramps")),
                ("cramps", translate("Alerts", "Log cramps")),
            ]
            default = translate("Alerts", "Open the diary")
            if self.notifier.show(CHECK_IN, title, self._body(text), actions, default, True):
                return
        if self.tray is not None:
            self._balloon = CHECK_IN
            self.tray.show_reminder(title, text)
        else:
            self.notice.emit(f"{title} {text}")

    # -- answers ----------------------------------------------------------------------

    def _answered(self, kind: str, key: str) -> None:
        """A button of a notification, or a click on its body (the first action's)."""
        if kind == ROUTINE:
            body_starts = self.notifier is None or not self.notifier.has_actions
            if key == "start" or (key == DEFAULT and body_starts):
                self.start_routine.emit()
            elif key == DEFAULT:
                self.open_window.emit("")
            elif key == "snooze":
                self._reminders.snooze()
            elif key == "skip":
                self._reminders.skip_tonight()
            elif key == "done":
                self._reminders.already_done()
        elif kind == WATER:
            if key == "add":
                self._live.attempt(lambda journal: journal.add_glasses(1))
            elif key == DEFAULT:  # a click on the body adds nothing unasked
                self.open_window.emit(WATER)
        elif kind == CHECK_IN:
            night = self._night
            if key == "none" and night is not None:
                self._live.attempt(lambda journal: journal.check_in(CheckIn.no_cramps(night)))
            elif key in ("cramps", DEFAULT):  # the body too: the check-in, for the cramps
                self.check_in.emit(night)
        elif kind == "app":
            self.open_window.emit("")

    @staticmethod
    def _open_label() -> str:
        return translate("Alerts", "Open Bedtime Coach")

    def _body(self, text: str) -> str:
        """Text for the body: escaped where the service reads markup."""
        markup = self.notifier is not None and "body-markup" in self.notifier.capabilities
        return html.escape(text, quote=False) if markup else text
