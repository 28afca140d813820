"""Which day a glass of water counts for: days start at `water.day_start`, not midnight.

With the default 04:00, a glass at 00:30 still counts for the evening before.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from coach.core.schedule import local_instant

MAX_GLASSES_A_DAY = 100  # more is a slip (or an import gone wrong), never a day's water


def water_day(instant: datetime, day_start: time) -> date:
    """The day `instant` counts for, by the wall clock where it happened.

    When the clocks go back over `day_start`, the repeated stretch of wall-clock time
    belongs to the new day, as `day_span` has it: checked against the span in UTC.
    """
    wall = instant.replace(tzinfo=None)
    starts = datetime.combine(wall.date(), day_start)
    day = wall.date() if wall >= starts else wall.date() - timedelta(days=1)
    if instant.tzinfo is not None:
        start, end = day_span(day, day_start, instant.tzinfo)
        moment = instant.astimezone(UTC)
        if moment < start:
            day -= timedelta(days=1)
        elif moment >= end:
            day += timedelta(days=1)
    return day


def day_span(day: date, day_start: time, zone: tzinfo) -> tuple[datetime, datetime]:
    """The instants (UTC) a water day runs between, DST-correct: 23 to 25 hours."""
    start = local_instant(day, day_start, zone).astimezone(UTC)
    end = local_instant(day + timedelta(days=1), day_start, zone).astimezone(UTC)
    return start, end


def next_drink_reminder(
    now: datetime, every_hours: int, start: time, until: time
) -> datetime | None:
    """The next daytime reminder to drink after `now`: every `every_hours` hours from
    `start` to `until` by the wall clock (none if `until` is before `start`)."""
    zone = now.tzinfo
    assert zone is not None, "now must be aware"
    first_slot = datetime.combine(date.min, start)
    last_slot = datetime.combine(date.min, until)
    if last_slot < first_slot:
        return None
    slots = []
    slot = first_slot
    while slot <= last_slot:
        slots.append(slot.time())
        slot += timedelta(hours=every_hours)
    now_utc = now.astimezone(UTC)
    day = now.replace(tzinfo=None).date()
    for offset in range(2):
        for at in slots:
            instant = local_instant(day + timedelta(days=offset), at, zone)
            if instant.astimezone(UTC) > now_utc:
                return instant
    return None
