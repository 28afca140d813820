"""The nightly reminder: when it is next due, given the plan and what happened tonight.

Times are local wall-clock times in the zone of `now`, computed with zoneinfo so that
daylight-saving changes are honoured: a reminder time that does not exist one night (the
clocks jump over it) is due at the first instant after the jump; one that happens twice
(the clocks go back) is due once, at the first.

A night is named by the date of its evening: anything from noon to the next noon belongs
to the night of the day it started on, so a routine done at 21:30 or at 00:30 counts for
the same night as a 22:00 reminder.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from coach.core.runs import RunRecord
from coach.core.settings import WEEKDAYS, Settings

NIGHT_STARTS = time(12, 0)
LOOK_AHEAD_DAYS = 8  # every weekday, plus one


@dataclass(frozen=True)
class ReminderPlan:
    enabled: bool = True
    at: time = time(22, 0)
    days: tuple[str, ...] = WEEKDAYS
    snooze_minutes: int = 10
    grace_minutes: int = 120

    @classmethod
    def from_settings(cls, settings: Settings) -> ReminderPlan:
        return cls(
            enabled=settings.reminder_enabled,
            at=settings.reminder_time,
            days=settings.reminder_days,
            snooze_minutes=settings.reminder_snooze_minutes,
            grace_minutes=settings.reminder_grace_minutes,
        )


@dataclass(frozen=True)
class Tonight:
    """What has happened around the reminders, night by night."""

    shown: frozenset[date] = frozenset()  # nights whose reminder was shown
    skipped: frozenset[date] = frozenset()  # nights the person skipped
    done: frozenset[date] = frozenset()  # nights whose routine is done
    snoozed_until: datetime | None = None  # the reminder comes back then
    # Nights with no reminder at all: the personal trial's "no stretching" nights.
    silent: frozenset[date] = frozenset()

    def closed(self, night: date) -> bool:
        return (
            night in self.shown
            or night in self.skipped
            or night in self.done
            or night in self.silent
        )


def tonight(
    events: Iterable[tuple[date, str, datetime | None]],
    routine_runs: Iterable[RunRecord],
    now: datetime,
) -> Tonight:
    """What the reminder needs to know of the last nights, as of `now`: from the reminder
    events (night, kind, until) in the order they happened, and the runs of the routine
    (each counts by what it followed: `RunRecord.routine_done`)."""
    shown: set[date] = set()
    skipped: set[date] = set()
    answered_done: set[date] = set()  # "already done": the routine was done away from the app
    snoozed: datetime | None = None
    for night, kind, until in events:
        if kind == "skipped":
            skipped.add(night)
        elif kind == "done":
            answered_done.add(night)
        elif kind == "snoozed":
            shown.add(night)
            snoozed = until
        else:
            shown.add(night)
            snoozed = None  # a snoozed reminder has come back
    zone = now.tzinfo
    done = {night_of(run.started_at.astimezone(zone)) for run in routine_runs if run.routine_done}
    done |= answered_done
    return Tonight(frozenset(shown), frozenset(skipped), frozenset(done), snoozed)


def night_to_skip(now: datetime, plan: ReminderPlan, tonight: Tonight) -> date | None:
    """The night "Skip tonight" means: the night of the reminder on show (within its
    grace period) or else of the next one, as they would be were nothing shown or
    skipped; so a second press means the same night (and takes the skip back), never
    the night after. None when no reminder is coming, and on a silent night of a
    personal trial (or before one, its reminder done): the next reminder is then a week
    or more away, and "Skip tonight" naming that night skipped the wrong evening."""
    unskipped = Tonight(done=tonight.done, silent=tonight.silent)
    due = next_reminder(now, plan, unskipped)
    if due is None:
        return None
    night = night_of(due)
    between = (night_of(now) + timedelta(days=n) for n in range((night - night_of(now)).days))
    return None if any(each in tonight.silent for each in between) else night


def snooze_ends(now: datetime, plan: ReminderPlan) -> datetime:
    return now + timedelta(minutes=plan.snooze_minutes)


def night_of(instant: datetime) -> date:
    """The night an instant belongs to: the date of the evening before it."""
    local = instant.replace(tzinfo=None)
    return (local - timedelta(hours=NIGHT_STARTS.hour)).date()


def local_instant(day: date, at: time, zone: tzinfo) -> datetime:
    """`at` on `day` in `zone`: the first of two, or the first instant after a gap."""
    naive = datetime.combine(day, at)
    first = naive.replace(tzinfo=zone, fold=0)
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive:
        return first  # it exists; with fold=0 it is the earlier of two
    # In a gap: the clocks jumped over `at`. Find the jump, the first instant whose
    # local time is past `at`; it lies between the two readings of the naive time.
    low = naive.replace(tzinfo=zone, fold=1).astimezone(UTC)
    high = first.astimezone(UTC)
    low, high = min(low, high), max(low, high)
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(zone).replace(tzinfo=None) >= naive:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0).astimezone(zone)


def scheduled(night: date, plan: ReminderPlan, zone: tzinfo) -> datetime:
    """When the reminder for `night` falls (the next day, for a time after midnight)."""
    day = night if plan.at >= NIGHT_STARTS else night + timedelta(days=1)
    return local_instant(day, plan.at, zone)


def next_reminder(now: datetime, plan: ReminderPlan, tonight: Tonight) -> datetime | None:
    """The instant the reminder is next due, or None if none is coming.

    An instant at or before `now` means: show it now. That is a reminder missed by a
    late start or a sleeping computer, still within the grace period, for a night whose
    routine is not done; or a snooze that has run out.
    """
    if not plan.enabled:
        return None
    zone = now.tzinfo
    assert zone is not None, "now must be aware"
    grace = timedelta(minutes=plan.grace_minutes)
    # Compare in UTC: Python compares two times of one zone by their wall clocks.
    now_utc = now.astimezone(UTC)
    snoozed = tonight.snoozed_until
    if snoozed is not None and now_utc - snoozed.astimezone(UTC) < grace:
        night = night_of(snoozed.astimezone(zone))
        if not {night} & (tonight.done | tonight.skipped | tonight.silent):
            return snoozed.astimezone(zone)
    first = night_of(now) - timedelta(days=1)
    # Every weekday, plus one; and past the silent nights (two weeks of the trial's "no
    # stretching" can follow each other).
    for offset in range(LOOK_AHEAD_DAYS + 1 + len(tonight.silent)):
        night = first + timedelta(days=offset)
        if tonight.closed(night):
            continue
        if WEEKDAYS[night.weekday()] not in plan.days:
            continue  # the night's weekday: "Friday night" even for a reminder at 00:30
        at = scheduled(night, plan, zone)
        at_utc = at.astimezone(UTC)
        if at_utc > now_utc or now_utc - at_utc < grace:
            return at
    return None
