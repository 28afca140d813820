"""The tray icon and its menu: the app's home between evenings."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from coach.core.text import translate
from coach.ui.assets import app_icon
from coach.ui.dates import local_text
from coach.ui.live_journal import LiveJournal
from coach.ui.reminders import Reminders

ONE_CLICK_SECONDS = 0.4  # two signals closer than this are one click


class Tray(QObject):
    """A QSystemTrayIcon whose menu forwards what the person picks."""

    start_routine = Signal()
    start_relief = Signal(str)  # the id of a routine for a cramp in the night
    add_glass = Signal()
    log_cramp = Signal()
    check_in = Signal()  # the morning check-in, for last night
    cramp_now = Signal()  # the 3 a.m. screen
    about_advice = Signal()
    snooze = Signal()
    already_done = Signal()
    skip_tonight = Signal()
    open_window = Signal()
    toggle_window = Signal()
    open_settings = Signal()
    quit = Signal()
    reminder_clicked = Signal()

    def __init__(
        self, live: LiveJournal, reminders: Reminders, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = live.journal
        self._reminders = reminders
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.menu = QMenu()
        # On a "no stretching" night of a personal trial, the menu says so first (its words
        # are set then: most starts have no trial, and need not load its module).
        self._trial_night = self.menu.addAction("")
        self._trial_night.setEnabled(False)
        self._start = self._add(translate("Tray", "Start evening routine"), self.start_routine)
        for routine in self._journal.relief_routines():
            action = self.menu.addAction(translate("Routine", routine.title))
            action.triggered.connect(lambda _=False, id=routine.id: self.start_relief.emit(id))
        self.menu.addSeparator()
        self._water = self._add(translate("Tray", "Add a glass of water"), self.add_glass)
        self._add(translate("Tray", "Log a cramp now"), self.cramp_now)
        self._add(translate("Tray", "Check in for last night…"), self.check_in)
        # Not "Log a cramp…" beside "Log a cramp now": the diary's dialog, for any time.
        self._add(translate("Tray", "Add a cramp to the diary…"), self.log_cramp)
        self.menu.addSeparator()
        self._snooze = self._add(translate("Tray", "Snooze"), self.snooze)  # its minutes: update()
        self._done = self._add(translate("Tray", "Already done tonight"), self.already_done)
        self._skip = self._add(translate("Tray", "Skip tonight"), self.skip_tonight)
        self._skip.setCheckable(True)  # on: tonight's reminder is skipped; again: it is back
        self.menu.addSeparator()
        self._add(translate("Tray", "Open Bedtime Coach"), self.open_window)
        self._add(translate("Tray", "About the advice"), self.about_advice)
        self._add(translate("Tray", "Settings…"), self.open_settings)
        self.menu.addSeparator()
        self._add(translate("Tray", "Quit"), self.quit)
        self._snooze.setVisible(False)
        self._done.setVisible(False)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        self._clicked_at = -1.0  # when the last click was taken, by either signal
        # What it shows follows the journal and the reminders; labels only, no page work.
        live.changed.connect(lambda _changes: self.update())
        reminders.changed.connect(self.update)
        self.menu.aboutToShow.connect(self.update)
        self.update()

    def _add(self, text: str, signal: SignalInstance) -> QAction:
        action = self.menu.addAction(text)
        action.triggered.connect(lambda _=False: signal.emit())
        return action

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger and self._first_signal():
            self.toggle_window.emit()

    def _message_clicked(self) -> None:
        if self._first_signal():
            self.reminder_clicked.emit()

    def _first_signal(self) -> bool:
        """Whether this is the one click's first signal. On an XEmbed tray a click on the
        icon while a balloon shows comes as both messageClicked and activated: taken
        twice, it opened the window and closed it again (the first click "did nothing",
        and a routine started by it was stopped at once)."""
        now = time.monotonic()
        first = now - self._clicked_at > ONE_CLICK_SECONDS
        if first:
            self._clicked_at = now
        return first

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def update(self) -> None:
        """The labels, the tooltip and the icon, from the journal and the reminders."""
        journal, settings = self._journal, self._journal.settings
        due, on_show = self._reminders.next_due, self._reminders.due is not None
        when = translate("Desktop", "none") if due is None else local_text(due, "ddd HH:mm")
        water = {"today": journal.water_today(), "goal": settings.water_goal}
        routine = translate("Routine", journal.routine().title)
        self._start.setText(translate("Tray", "Start {routine}").format(routine=routine.lower()))
        self._water.setText(
            translate("Tray", "Add a glass of water ({today} of {goal} today)").format(**water)
        )
        self._snooze.setText(
            translate("Alerts", "Snooze {minutes} min").format(
                minutes=settings.reminder_snooze_minutes
            )
        )
        self._snooze.setVisible(on_show)
        self._done.setVisible(on_show)
        night, skipped = journal.skip_state()
        self._skip.setEnabled(night is not None)
        self._skip.setChecked(skipped)
        if night is not None:
            self._skip.setText(
                translate("Tray", "Skip tonight ({night})").format(
                    night=local_text(night, "ddd d MMM")
                )
            )
        self.icon.setIcon(app_icon(due=on_show))
        tip = translate(
            "Tray",
            "Bedtime Coach\nNext reminder: {reminder}\nWater: {today} of {goal} glasses today",
        ).format(reminder=when, **water)
        no_stretching = journal.no_stretching_tonight()
        self._trial_night.setVisible(no_stretching)
        self._skip.setVisible(not no_stretching)  # no reminder tonight: none to skip
        if no_stretching:
            from coach.core.trial import TONIGHT, Condition

            words = translate("Trial", TONIGHT[Condition.NO_STRETCHING])
            self._trial_night.setText(words)
            tip += "\n" + words
        self.icon.setToolTip(tip)

    def show_reminder(self, title: str, text: str) -> None:
        self.icon.showMessage(title, text, app_icon(due=True), 60_000)

    def say(self, text: str) -> None:
        self.icon.showMessage(translate("Tray", "Bedtime Coach"), text, app_icon(), 8000)

    def texts(self) -> list[str]:
        """The visible menu entries, for tests."""
        return [a.text() for a in self.menu.actions() if a.isVisible() and not a.isSeparator()]
