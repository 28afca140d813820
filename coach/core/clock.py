"""The one seam for time: wall-clock instants for people, monotonic seconds for timing."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current wall-clock time, as an aware datetime in local time."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary start that never jump; for measuring durations."""
        ...


class SystemClock:
    """The computer's clocks."""

    def now(self) -> datetime:
        if hasattr(time, "tzset"):
            time.tzset()  # notice a change of the computer's time zone
        return datetime.now().astimezone()

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told to; for tests.

    `advance` moves both clocks together, as real time passing does; `set_now` jumps the
    wall clock alone, as a clock change or a time-zone change does.
    """

    def __init__(self, start: datetime, monotonic_start: float = 1000.0) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start
        self._monotonic = monotonic_start

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time does not run backwards; use set_now for clock jumps")
        self._monotonic += seconds
        # Step in UTC so that a DST change in between is honoured.
        utc = self._now.astimezone(UTC) + timedelta(seconds=seconds)
        self._now = utc.astimezone(self._now.tzinfo)

    def set_now(self, now: datetime) -> None:
        if now.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = now
