"""A QTimer's type, set without `Qt.TimerType`.

Importing `Qt` from PySide6 builds all of its 93 enums at once (about 12 ms), and the
reminders' and the tray's timers were the only reason the tray start did: Qt's property
system takes the enum's key by name instead.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QTimer

TimerType = Literal["PreciseTimer", "CoarseTimer", "VeryCoarseTimer"]


def set_timer_type(timer: QTimer, kind: TimerType) -> None:
    """`timer.setTimerType(Qt.TimerType.<kind>)`."""
    if not timer.setProperty("timerType", kind):
        raise ValueError(f"no timer type {kind}")
