"""What the home page says of tonight at a glance: how long the routine takes with the
person's settings, and how many nights in a row it was done."""

from __future__ import annotations

import math
from collections.abc import Collection
from datetime import date, datetime, timedelta

from coach.core.routine import Routine
from coach.core.schedule import ReminderPlan, night_of, scheduled
from coach.core.session import Overrides, build_phases, expand_steps

TIP_READING_SECONDS = 30.0  # a tip lasts until confirmed; reading one takes about this
STREAK_NIGHTS = 366  # how far back a streak of nights is looked for


def planned_seconds(routine: Routine, overrides: Overrides) -> float:
    """How long `routine` takes as it will be played: every timed phase with the
    person's hold, rest, repetitions and rounds, and the time to read each tip."""
    phases = build_phases(expand_steps(routine, overrides))
    tips = sum(1 for phase in phases if phase.duration == 0)
    return sum(phase.duration for phase in phases) + tips * TIP_READING_SECONDS


def planned_minutes(routine: Routine, overrides: Overrides) -> int:
    """`planned_seconds` as the whole minutes a person is told (at least 1; a half
    minute counts as a whole one, so "about" never promises less than it takes)."""
    return max(1, math.ceil(planned_seconds(routine, overrides) / 60 - 0.25))


def nights_in_a_row(done: Collection[date], tonight: date) -> int:
    """How many nights in a row, up to tonight, are in `done`. Tonight counts once it
    is done; before that the streak still stands from last night."""
    night = tonight if tonight in done else tonight - timedelta(days=1)
    count = 0
    while night in done and count < STREAK_NIGHTS:
        count += 1
        night -= timedelta(days=1)
    return count


def after_reminder_time(now: datetime, plan: ReminderPlan) -> bool:
    """Whether `now` is past tonight's reminder time (and before the night is over),
    whether or not the reminder is on: the time the person chose for the routine."""
    zone = now.tzinfo
    assert zone is not None, "now must be aware"
    return now >= scheduled(night_of(now), plan, zone)
