"""The one seam for time: wall-clock instants for people, monotonic seconds for timing."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# The instants the app keeps: a diary entry outside them is a typing slip, and one near
# the ends of datetime's range cannot even be moved to another time zone.
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)


def within_range(instant: datetime) -> bool:
    """Whether an aware `instant` is from 1970 up to 2100."""
    try:
        return EARLIEST <= instant.astimezone(UTC) < LATEST
    except OverflowError:  # year 1 or 9999 in a zone that pushes it past datetime's range
        return False


class Clock(Protocol):
    def now(self) -> datetime:
        """The current wall-clock time, as an aware datetime in local time."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary start that never jump; for measuring durations."""
        ...


class SystemClock:
    """The computer's clocks, in the computer's time zone as it is at each reading."""

    def __init__(self) -> None:
        self._zone_file: tuple[str, int, int, int] | None = None  # path, inode, mtime, size
        self._zone: tzinfo | None = None

    def now(self) -> datetime:
        zone = self._local_zone()
        if zone is not None:
            return datetime.now(zone)
        try:
            return datetime.now().astimezone()
        except ValueError:  # TZ names an offset past a day (TZ=UTC+25): take UTC
            return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    def _local_zone(self) -> tzinfo | None:
        """The zone file TZ names, or /etc/localtime; read again whenever it changes.

        The C library reads it once per process, so a running app would never notice the
        computer moving to another zone. None where there is no such file (Windows).
        """
        setting = os.environ.get("TZ", "")
        if setting and not setting.lstrip(":").startswith("/"):
            try:
                return ZoneInfo(setting.lstrip(":"))  # a name, such as Europe/London
            except (ValueError, ZoneInfoNotFoundError):
                return None
        path = setting.lstrip(":") or "/etc/localtime"
        try:
            found = os.stat(path)
            signature = (path, found.st_ino, found.st_mtime_ns, found.st_size)
            if signature != self._zone_file:
                with open(path, "rb") as file:
                    self._zone = ZoneInfo.from_file(file, key=_zone_name(path))
                self._zone_file = signature
        except (OSError, ValueError):
            return None
        return self._zone


def _zone_name(path: str) -> str:
    """Europe/London for /usr/share/zoneinfo/Europe/London or a link to it; else the path."""
    real = os.path.realpath(path)
    marker = "/zoneinfo/"
    return real.split(marker, 1)[1] if marker in real else real


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
