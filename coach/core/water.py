"""Which day a glass of water counts for: days start at `water.day_start`, not midnight.

With the default 04:00, a glass at 00:30 still counts for the evening before.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from coach.core.schedule import local_instant


def water_day(instant: datetime, day_start: time) -> date:
    """The day `instant` counts for, by the wall clock where it happened."""
    wall = instant.replace(tzinfo=None)
    starts = datetime.combine(wall.date(), day_start)
    return wall.date() if wall >= starts else wall.date() - timedelta(days=1)


def day_span(day: date, day_start: time, zone: tzinfo) -> tuple[datetime, datetime]:
    """The instants (UTC) a water day runs between, DST-correct: 23 to 25 hours."""
    start = local_instant(day, day_start, zone).astimezone(UTC)
    end = local_instant(day + timedelta(days=1), day_start, zone).astimezone(UTC)
    return start, end
