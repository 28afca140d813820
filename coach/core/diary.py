"""The diary: cramps, and what each night knew of the routine, the water and the cramps.

The question a person asks is "does the routine help me?". `compare` answers only with
what the numbers show: cramps per night after the routine and on other nights, with the
number of nights behind each, and no figure at all below a week of nights on either side.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from coach.core.clock import within_range
from coach.core.runs import RunRecord
from coach.core.schedule import night_of
from coach.core.text import translate
from coach.core.water import water_day

LEGS = ("left", "right", "both")
MAX_MINUTES = 600.0
MAX_NOTE = 1000
MIN_NIGHTS = 7  # fewer nights than this on either side: not enough to compare


class DiaryError(ValueError):
    """A diary entry that cannot be kept; the message says what is allowed."""


def check_minutes(minutes: object, error: type[DiaryError]) -> None:
    """How long a cramp lasted, when given: more than 0 and at most MAX_MINUTES (a cramp
    and a morning's check-in ask it alike)."""
    if minutes is not None and (
        isinstance(minutes, bool)
        or not isinstance(minutes, int | float)
        or not 0 < minutes <= MAX_MINUTES
    ):
        message = translate(
            "Diary", "How long must be more than 0 and at most {most} minutes; {value} is not."
        )
        raise error(message.format(most=f"{MAX_MINUTES:.0f}", value=repr(minutes)))


def check_not_future(started_at: datetime, now: datetime) -> None:
    """A cramp is logged once it has happened: DiaryError for a time after `now`."""
    if started_at > now:
        message = translate("Diary", "A cramp cannot be logged in the future; it is {now} now.")
        raise DiaryError(message.format(now=now.strftime("%H:%M")))  # today, of course


MAX_SEVERITY = 10


@dataclass(frozen=True)
class Cramp:
    """A cramp logged in the diary. How bad (1-10) is None where it was not said: a
    cramp logged at 3 a.m. in one tap is not a "5 of 10" nobody gave, and everything that
    reads it takes None as unknown, never as a number."""

    started_at: datetime
    leg: str = "both"
    severity: int | None = None
    minutes: float | None = None
    note: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        if self.started_at.tzinfo is None:
            raise DiaryError(translate("Diary", "A cramp's time needs its time zone."))
        if not within_range(self.started_at):
            raise DiaryError(translate("Diary", "A cramp's time must be from 1970 to 2100."))
        if self.leg not in LEGS:
            message = translate("Diary", "The leg must be one of {legs}; '{leg}' is not.")
            raise DiaryError(message.format(legs=", ".join(LEGS), leg=self.leg))
        if self.severity is not None and (
            isinstance(self.severity, bool)
            or not isinstance(self.severity, int)
            or not (1 <= self.severity <= MAX_SEVERITY)
        ):
            message = translate(
                "Diary", "How bad must be a whole number from 1 to 10; {value} is not."
            )
            raise DiaryError(message.format(value=repr(self.severity)))
        check_minutes(self.minutes, DiaryError)
        if len(self.note) > MAX_NOTE:
            message = translate("Diary", "A note can be at most {most} characters long.")
            raise DiaryError(message.format(most=MAX_NOTE))


@dataclass(frozen=True)
class Night:
    night: date
    routine_done: bool
    glasses: int
    cramps: int


def nights(
    first: date,
    last: date,
    zone: tzinfo,
    runs: Iterable[RunRecord],
    glasses: Iterable[datetime],
    cramps: Iterable[datetime],
    day_start: time,
) -> list[Night]:
    """Every night from `first` to `last`: routine done that evening (`runs` are the
    runs of the routine; each counts by what it followed, `RunRecord.routine_done`),
    glasses drunk that day, cramps that night."""
    done = {night_of(run.started_at.astimezone(zone)) for run in runs if run.routine_done}
    water = Counter(water_day(at.astimezone(zone), day_start) for at in glasses)
    cramped = Counter(night_of(at.astimezone(zone)) for at in cramps)
    days = (last - first).days + 1
    return [
        Night(day, day in done, water[day], cramped[day])
        for day in (first + timedelta(days=n) for n in range(max(0, days)))
    ]


@dataclass(frozen=True)
class Comparison:
    after: float | None  # cramps a night after the routine; None: not enough nights
    after_nights: int
    other: float | None  # cramps a night on other nights
    other_nights: int

    @property
    def enough(self) -> bool:
        return self.after is not None and self.other is not None

    def sentence(self) -> str:
        if not self.enough:
            message = translate(
                "Diary",
                "Not enough nights yet to compare: {after} after the routine and {other} "
                "without it; at least {least} of each are needed.",
            )
            return message.format(
                after=self.after_nights, other=self.other_nights, least=MIN_NIGHTS
            )
        message = translate(
            "Diary",
            "Nights after the routine: {after} cramps a night ({after_nights} nights); "
            "other nights: {other} ({other_nights} nights).",
        )
        return message.format(
            after=f"{self.after:.1f}",
            after_nights=self.after_nights,
            other=f"{self.other:.1f}",
            other_nights=self.other_nights,
        )


def compare(history: Iterable[Night]) -> Comparison:
    after = [night.cramps for night in history if night.routine_done]
    other = [night.cramps for night in history if not night.routine_done]
    return Comparison(
        sum(after) / len(after) if len(after) >= MIN_NIGHTS else None,
        len(after),
        sum(other) / len(other) if len(other) >= MIN_NIGHTS else None,
        len(other),
    )


def goal_streak(glasses_by_day: Mapping[date, int], goal: int, today: date) -> int:
    """Days in a row that met the water goal, up to today (or yesterday, while today
    is still under way and short of it)."""
    day = today if glasses_by_day.get(today, 0) >= goal else today - timedelta(days=1)
    streak = 0
    while glasses_by_day.get(day, 0) >= goal:
        streak += 1
        day -= timedelta(days=1)
    return streak
