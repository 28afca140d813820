"""The walking log, for calf pain on walking that eases with rest, and a gentle plan.

The plan follows the guidelines for this kind of pain once a doctor has seen it: walk
until the pain is moderate, rest until it goes, walk on; build up towards 30-45 minutes
at least 3 times a week. It suggests a little more each week, never a leap.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from coach.core.clock import within_range
from coach.core.text import translate

GOAL_LOW, GOAL_HIGH = 30, 45  # minutes a walk
TIMES_A_WEEK = 3
START_MINUTES = 10
STEP_MINUTES = 5  # more a week, at most
MAX_MINUTES = 24 * 60


class WalkError(ValueError):
    """A walk that cannot be logged; the message says what is allowed."""


@dataclass(frozen=True)
class Walk:
    walked_at: datetime
    total_minutes: float
    minutes_to_pain: float | None = None  # None: no pain on this walk
    rests_needed: bool = False
    id: int | None = None

    def __post_init__(self) -> None:
        if self.walked_at.tzinfo is None:
            raise WalkError(translate("Walking", "A walk's time needs its time zone."))
        if not within_range(self.walked_at):
            raise WalkError(translate("Walking", "A walk's time must be from 1970 to 2100."))
        if not 0 < self.total_minutes <= MAX_MINUTES:
            raise WalkError(
                translate("Walking", "A walk lasts more than 0 minutes and at most a day.")
            )
        if self.minutes_to_pain is not None and not (
            0 <= self.minutes_to_pain <= self.total_minutes
        ):
            raise WalkError(
                translate("Walking", "The pain must start during the walk: from 0 to its length.")
            )


@dataclass(frozen=True)
class Plan:
    minutes: int  # a walk this week
    times: int  # walks a week
    walks_last_week: int

    def sentence(self) -> str:
        if self.minutes >= GOAL_LOW:
            message = translate(
                "Walking",
                "Keep to walks of about {minutes} minutes, at least {times} times a week: walk "
                "until the pain is moderate, rest until it goes, then go on.",
            )
            return message.format(minutes=self.minutes, times=self.times)
        message = translate(
            "Walking",
            "This week: walk about {minutes} minutes, at least {times} times. Walk until the "
            "pain is moderate, rest until it goes, then go on. Little by little, the aim is "
            "{low}-{high} minutes.",
        )
        return message.format(minutes=self.minutes, times=self.times, low=GOAL_LOW, high=GOAL_HIGH)


def plan(walks: Iterable[Walk], now: datetime) -> Plan:
    """What to aim for this week, from the walks of the week before now."""
    since = now - timedelta(days=7)
    last_week = [walk.total_minutes for walk in walks if since <= walk.walked_at <= now]
    if not last_week:
        return Plan(START_MINUTES, TIMES_A_WEEK, 0)
    usual = round(_median(last_week))
    if len(last_week) >= TIMES_A_WEEK:
        usual += STEP_MINUTES  # a good week: a little more
    return Plan(max(START_MINUTES, min(GOAL_HIGH, usual)), TIMES_A_WEEK, len(last_week))


def _median(values: list[float]) -> float:
    """As statistics.median, without importing it (and its imports) at start-up."""
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
