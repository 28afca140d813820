"""The walking log, for calf pain on walking that eases with rest, and a gentle plan.

The plan follows the guidelines for this kind of pain once a doctor has seen it: walk
until the pain is moderate, rest until it goes, walk on; build up towards 30-45 minutes
at least 3 times a week. It suggests a little more each week, never a leap.

What claudication programmes track is the pain-free walking distance (or time): how far
one walks before the pain begins. A walk keeps its minutes, and may keep its distance and
the distance at which the pain began; `pain_free` reads either.
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
MAX_METRES = 100_000  # 100 km in one walk is a slip of the keyboard
CHART_MINUTES = 60  # the weekly chart's scale reaches at least this: one walk is no wall


class WalkError(ValueError):
    """A walk that cannot be logged; the message says what is allowed."""


@dataclass(frozen=True)
class Walk:
    walked_at: datetime
    total_minutes: float
    minutes_to_pain: float | None = None  # None: no pain on this walk
    rests_needed: bool = False
    id: int | None = None
    distance_metres: float | None = None  # None: not measured
    metres_to_pain: float | None = None  # None: no pain, or not measured

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
        if self.distance_metres is not None and not 0 < self.distance_metres <= MAX_METRES:
            message = translate("Walking", "A walk's distance is more than 0 and at most {most} m.")
            raise WalkError(message.format(most=MAX_METRES))
        if self.metres_to_pain is not None and not (
            0 <= self.metres_to_pain <= (self.distance_metres or MAX_METRES)
        ):
            raise WalkError(
                translate(
                    "Walking", "The pain must start during the walk: from 0 m to its distance."
                )
            )

    @property
    def pain(self) -> bool:
        """Whether the pain came on during this walk."""
        return self.minutes_to_pain is not None or self.metres_to_pain is not None

    @property
    def pain_free_minutes(self) -> float | None:
        """Minutes walked before the pain began; the whole walk without pain; None when the
        pain came but only its distance was noted."""
        if self.minutes_to_pain is not None:
            return self.minutes_to_pain
        return None if self.metres_to_pain is not None else self.total_minutes

    @property
    def pain_free_metres(self) -> float | None:
        """Metres walked before the pain began; the whole distance without pain; None when
        not measured."""
        if self.metres_to_pain is not None:
            return self.metres_to_pain
        return None if self.minutes_to_pain is not None else self.distance_metres


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


def weekly_minutes(walks: Iterable[Walk], now: datetime, weeks: int) -> list[float]:
    """Minutes walked in each of the last `weeks` weeks (the last one ends at `now`),
    oldest first: what the chart shows, so one walk is one week's bar, not a wall."""
    totals = [0.0] * weeks
    for walk in walks:
        ago = (now - walk.walked_at) // timedelta(days=7)
        if 0 <= ago < weeks:
            totals[weeks - 1 - ago] += walk.total_minutes
    return totals
