"""The reminders: the nightly one (remind, snooze, skip tonight) and the ones to drink.

`coach.core` decides when each is due and which night a skip or a snooze applies to;
the journal keeps what became of each night's reminder. This wakes up at the instants
they name (two `ReminderTimer`s) and says when a reminder is due, for the desktop to
show it in the tray or the window.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from coach.core.nights import next_check_in
from coach.core.schedule import NIGHT_STARTS, ReminderPlan, local_instant, night_of, snooze_ends
from coach.core.water import next_drink_reminder
from coach.journal import Change
from coach.ui.live_journal import LiveJournal
from coach.ui.reminder import ReminderTimer

RESCHEDULE = frozenset({Change.SETTINGS, Change.RUNS, Change.REMINDERS})


class Reminders(QObject):
    routine_due = Signal()  # time for the evening routine
    drink_due = Signal(int)  # time for a glass: the glasses so far today, short of the goal
    check_in_due = Signal(object)  # the morning's question: how was this night (a date)?
    changed = Signal()  # the next reminder, or whether one is on show, changed

    def __init__(self, live: LiveJournal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._live = live
        journal = live.journal
        self.due: datetime | None = None  # the reminder on show, until acted on
        # The reminder on show when a routine started: put by while it plays, and back on
        # show if the run does not count as the routine done (`Journal.tonight`).
        self._held: datetime | None = None
        self.nightly = ReminderTimer(journal.clock, lambda now: journal.next_reminder(), self)
        self.nightly.due.connect(self._remind)
        self.drinks = ReminderTimer(journal.clock, self._next_drink, self)
        self.drinks.due.connect(self._remind_to_drink)
        self.mornings = ReminderTimer(journal.clock, self._next_check_in, self)
        self.mornings.due.connect(self._ask_about_the_night)
        # A reminder not acted on stays on show (the tray's dot, the window) until its
        # night is over.
        self.night_over = ReminderTimer(journal.clock, self._end_of_the_night, self)
        self.night_over.due.connect(lambda _: self.answered())
        live.changed.connect(self._journal_changed)

    @property
    def next_due(self) -> datetime | None:
        return self.nightly.next_due

    def start(self) -> None:
        self.drinks.rearm()
        self.mornings.rearm()
        self._rearm()

    def stop(self) -> None:
        self.nightly.stop()
        self.drinks.stop()
        self.mornings.stop()
        self.night_over.stop()

    def snooze(self) -> None:
        """The reminder on show comes back after the snooze."""
        if self.due is None:
            return
        journal = self._live.journal
        until = snooze_ends(journal.clock.now(), ReminderPlan.from_settings(journal.settings))
        night, self.due = night_of(self.due), None
        self._live.attempt(lambda j: j.note_reminder(night, "snoozed", until))
        self._rearm()

    def skip_tonight(self) -> None:
        """Skip tonight's reminder; pressed again, take the skip back (a toggle)."""
        _, undo = self._live.journal.skip_state()
        if not undo:
            self.due = None
        self._live.attempt(lambda j: j.skip_tonight(undo=undo))
        self._rearm()

    def already_done(self) -> None:
        """The person did the routine away from the app: tonight is done."""
        if self.due is None:
            return
        night = night_of(self.due)
        self.answered()
        self._live.attempt(lambda j: j.note_reminder(night, "done"))

    def answered(self) -> None:
        """The reminder on show is answered (done, skipped) or its night is over."""
        self.due = self._held = None
        self.night_over.stop()
        self.changed.emit()

    def routine_started(self) -> None:
        """The person is doing it: the reminder on show is put by while it plays. Only a
        run that counts as the routine done answers it (skipping every stretch does not)."""
        if self.due is None:
            return
        self._held, self.due = self.due, None
        self.changed.emit()

    def _end_of_the_night(self, now: datetime) -> datetime | None:
        due = self.due or self._held
        if due is None:
            return None
        zone = now.tzinfo
        assert zone is not None  # the journal's clock tells local, aware time
        return local_instant(night_of(due) + timedelta(days=1), NIGHT_STARTS, zone)

    def _rearm(self) -> None:
        self.nightly.rearm()
        self.changed.emit()

    def _journal_changed(self, changes: frozenset[Change]) -> None:
        due = self.due or self._held
        if changes & {Change.RUNS, Change.REMINDERS} and due is not None:
            tonight = self._live.journal.tonight()
            if night_of(due) in tonight.done | tonight.skipped:
                self.answered()  # done or skipped: nothing left to remind of
            elif Change.RUNS in changes and self._held is not None:
                self.due, self._held = self._held, None  # the run did not count: still due
                self.changed.emit()
        if Change.SETTINGS in changes:
            self.drinks.rearm()
            self.mornings.rearm()
        if changes & RESCHEDULE:
            self._rearm()

    def _next_drink(self, now: datetime) -> datetime | None:
        settings = self._live.journal.settings
        if not settings.water_reminders:
            return None
        return next_drink_reminder(
            now, settings.water_every_hours, settings.water_from, settings.water_until
        )

    def _remind(self, due: datetime) -> None:
        self.due = due
        self._live.attempt(lambda j: j.note_reminder(night_of(due), "shown"))
        self.night_over.rearm()
        self.routine_due.emit()
        self._rearm()

    def _remind_to_drink(self, due: datetime) -> None:
        journal = self._live.journal
        count = journal.water_today()
        if count < journal.settings.water_goal:
            self.drink_due.emit(count)
        self.drinks.rearm()

    def _next_check_in(self, now: datetime) -> datetime:
        return next_check_in(now, self._live.journal.settings.water_day_start)

    def _ask_about_the_night(self, _due: datetime) -> None:
        """Last night, unless it is answered already or came before the app did."""
        journal = self._live.journal
        night = journal.answerable_nights()[0]
        since = journal.first_recordable_night()
        answered = journal.check_ins(night, night)
        if not answered and (since is None or night >= since):
            self.check_in_due.emit(night)
        self.mornings.rearm()
