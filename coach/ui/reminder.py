"""A reminder's alarm clock: one single-shot timer aimed at the next instant.

`coach.core` names the instant (the nightly reminder, a reminder to drink); this only
wakes up then. Qt's timers run on a
clock that stops while the computer sleeps, and a time-zone change moves the wall clock
without moving them, so a coarse check once a minute compares the wall clock with the
monotonic clock and re-aims the timer when they disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from coach.core.clock import Clock
from coach.ui.timers import set_timer_type

CHECK_MS = 60_000
JUMP_SECONDS = 5.0  # more disagreement than this between the clocks is a jump or a sleep
MAX_TIMER_MS = 2**31 - 1  # QTimer's limit, about 24.8 days


class ReminderTimer(QObject):
    """Wakes at `next_due(now)`, and says so with `due`; re-aim it with `rearm`."""

    due = Signal(object)  # the reminder's scheduled instant, an aware datetime

    def __init__(
        self,
        clock: Clock,
        next_due: Callable[[datetime], datetime | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._next_due = next_due
        self.next_due: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # A coarse timer may be off by 5% of its wait: minutes, for an evening's wait.
        set_timer_type(self._timer, "PreciseTimer")
        self._timer.timeout.connect(self._fire)
        self._check = QTimer(self)
        self._check.setInterval(CHECK_MS)
        set_timer_type(self._check, "VeryCoarseTimer")
        self._check.timeout.connect(self._check_clocks)
        self._wall, self._mono, self._offset = self._readings()

    def rearm(self) -> None:
        """Aim at the next reminder; call when settings, tonight or the clock change."""
        now = self._clock.now()
        self.next_due = self._next_due(now)
        self._wall, self._mono, self._offset = self._readings()
        if self.next_due is None:
            self._timer.stop()
            self._check.stop()
            return
        wait = (self.next_due.astimezone(UTC) - now.astimezone(UTC)).total_seconds()
        self._timer.start(min(MAX_TIMER_MS, max(0, round(wait * 1000))))
        if not self._check.isActive():
            self._check.start()

    def stop(self) -> None:
        self._timer.stop()
        self._check.stop()

    @property
    def armed_ms(self) -> int:
        """Milliseconds until the timer fires; -1 when it is not armed (for tests)."""
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def _fire(self) -> None:
        due = self.next_due
        now = self._clock.now()
        if due is not None and due.astimezone(UTC) <= now.astimezone(UTC):
            self.due.emit(due)
        else:  # woken early, or for a timer capped at its limit: aim again
            self.rearm()

    def _readings(self) -> tuple[float, float, object]:
        now = self._clock.now()
        return now.timestamp(), self._clock.monotonic(), now.utcoffset()

    def _check_clocks(self) -> None:
        wall, mono, offset = self._readings()
        drift = (wall - self._wall) - (mono - self._mono)
        if abs(drift) > JUMP_SECONDS or offset != self._offset:
            self.rearm()  # the computer slept, the clock was set, or the zone changed
        else:
            self._wall, self._mono, self._offset = wall, mono, offset
