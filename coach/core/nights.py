"""Recorded nights: a night is data only once the person recorded it.

The diary used to take a night with no entry as a night with no cramps, and counted the
nights before the app was installed too: seven nights with the routine and one cramp
each then "compared" against 23 empty nights told people the routine gave them cramps.
Here a night is recorded by a morning check-in ("no cramps", or the cramps, or "don't
know / slept elsewhere", which excludes it), or by a cramp logged during it; every other
night, and every night before the first use of the app, is "not recorded": never zero.

This is a module of its own rather than more of `diary.py`: `diary.nights` and
`diary.compare` are what the journal and the pages use today, and they keep working
unchanged until the journal moves over to these records (see DEVELOPERS.md).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from coach.core.diary import LEGS, Cramp, DiaryError, check_minutes
from coach.core.schedule import local_instant, night_of
from coach.core.text import translate
from coach.core.water import water_day

MAX_CRAMPS_A_NIGHT = 50  # more is a slip of the keyboard, never a night
MAX_SCORE = 10  # how bad, and how well one slept: 0 to 10
ANSWERABLE_NIGHTS = 7  # the check-in can be given or changed for the last seven nights


class CheckInError(DiaryError):
    """A check-in that cannot be kept; the message says what is allowed."""


class Answer(StrEnum):
    """What a morning check-in says of the night before."""

    NO_CRAMPS = "no-cramps"
    CRAMPS = "cramps"
    EXCLUDED = "excluded"  # "don't know / slept elsewhere": the night is left out


@dataclass(frozen=True)
class CheckIn:
    """The morning's answer for one night (named, as everywhere, by its evening's date).

    One per night: a later answer for the same night replaces the earlier one. Only
    `cramps` is needed for a night with cramps; how bad (the worst, 0-10), how long (the
    longest cramp, in minutes: more than 10 is a warning sign) and which leg may be left
    out. How well one slept (0-10) may go with any answer.
    """

    night: date
    answer: Answer
    cramps: int = 0
    severity: int | None = None
    minutes: float | None = None
    leg: str | None = None
    sleep: int | None = None

    @classmethod
    def no_cramps(cls, night: date, sleep: int | None = None) -> CheckIn:
        return cls(night, Answer.NO_CRAMPS, sleep=sleep)

    @classmethod
    def excluded(cls, night: date, sleep: int | None = None) -> CheckIn:
        return cls(night, Answer.EXCLUDED, sleep=sleep)

    @classmethod
    def with_cramps(
        cls,
        night: date,
        cramps: int,
        severity: int | None = None,
        minutes: float | None = None,
        leg: str | None = None,
        sleep: int | None = None,
    ) -> CheckIn:
        return cls(night, Answer.CRAMPS, cramps, severity, minutes, leg, sleep)

    def __post_init__(self) -> None:
        if not isinstance(self.answer, Answer):
            raise CheckInError(translate("Diary", "A check-in must say how the night was."))
        if self.answer == Answer.CRAMPS:
            if not _whole(self.cramps, 1, MAX_CRAMPS_A_NIGHT):
                message = translate(
                    "Diary",
                    "How many cramps must be a whole number from 1 to {most}; {value} is not.",
                )
                raise CheckInError(message.format(most=MAX_CRAMPS_A_NIGHT, value=repr(self.cramps)))
        elif (self.cramps, self.severity, self.minutes, self.leg) != (0, None, None, None):
            raise CheckInError(
                translate(
                    "Diary", "Only a night with cramps can say how many, how bad or how long."
                )
            )
        if self.severity is not None and not _whole(self.severity, 0, MAX_SCORE):
            message = translate(
                "Diary", "How bad must be a whole number from 0 to 10; {value} is not."
            )
            raise CheckInError(message.format(value=repr(self.severity)))
        check_minutes(self.minutes, CheckInError)
        if self.leg is not None and self.leg not in LEGS:
            message = translate("Diary", "The leg must be one of {legs}; '{leg}' is not.")
            raise CheckInError(message.format(legs=", ".join(LEGS), leg=self.leg))
        if self.sleep is not None and not _whole(self.sleep, 0, MAX_SCORE):
            message = translate(
                "Diary", "How well you slept must be a whole number from 0 to 10; {value} is not."
            )
            raise CheckInError(message.format(value=repr(self.sleep)))


def _whole(value: object, low: int, high: int) -> bool:
    return not isinstance(value, bool) and isinstance(value, int) and low <= value <= high


def answerable_nights(now: datetime, day_start: time) -> tuple[date, ...]:
    """The nights a check-in may be given or changed for at `now`, latest first: the
    last seven whose morning has come (the day, as `water.day_start` begins it, after
    the night's evening). At 02:00 last night is not over, so it is not yet among them."""
    latest = water_day(now, day_start) - timedelta(days=1)
    return tuple(latest - timedelta(days=n) for n in range(ANSWERABLE_NIGHTS))


CHECK_IN_AT = time(8, 0)  # the morning's check-in reminder: after waking, before the day


def next_check_in(now: datetime, day_start: time) -> datetime:
    """When the morning check-in is next offered: 08:00, or when the day starts if that
    is later (someone whose day starts at 10:00 is asked then), next after `now`."""
    zone = now.tzinfo
    assert zone is not None  # aware local time, as the clock gives
    at = max(CHECK_IN_AT, day_start)
    today = local_instant(now.date(), at, zone)
    return today if today > now else local_instant(now.date() + timedelta(days=1), at, zone)


class NightState(StrEnum):
    RECORDED = "recorded"
    EXCLUDED = "excluded"  # the person said: don't know, or slept elsewhere
    NOT_RECORDED = "not-recorded"  # never a night without cramps


@dataclass(frozen=True)
class NightRecord:
    """One night as every view and statistic sees it.

    `cramps`, `severity`, `minutes` and `sleep` are None unless the night is recorded
    (and severity, minutes and sleep may be None then too: they were not given). The
    routine and the water are facts of the evening and the day, known for every night
    from the first use of the app on, so the check-in can show them beside the question;
    before it they are None ("not recorded", never "not done" or 0). Only recorded
    nights are ever counted in a statistic.
    """

    night: date
    state: NightState
    cramps: int | None
    severity: int | None
    minutes: float | None
    sleep: int | None
    routine_done: bool | None  # None: before the app was in use, so not known
    glasses: int | None
    water_at_goal: bool | None
    unrated: int = 0  # cramps logged that night whose how bad was not said
    day_cramps: int = 0  # cramps logged in the day (`in_the_day`) by this night: not counted
    logged: int = 0  # cramps logged during the night (kept in the diary even if left out)

    @property
    def recorded(self) -> bool:
        return self.state == NightState.RECORDED


def first_day_in_use(first_use: datetime, day_start: time) -> date:
    """The first day whose water and evening routine the app kept: the day (as
    `water.day_start` begins it) of the first use; its night is the first one whose
    routine and water are known."""
    return water_day(first_use, day_start)


def first_recordable_night(first_use: datetime | None, day_start: time) -> date | None:
    """The first night a check-in may record, for a first use at `first_use` (local
    time): the night before the first day in use, which was "last night" when the app
    was first started. Someone who installs the app in the afternoon after a bad night
    can still record that night (remembered the next day, it is a recorded night), as
    can someone who installs it that morning. Nights before it are "not recorded". None:
    no first use kept yet (then the first check-in is the first use)."""
    if first_use is None:
        return None
    return first_day_in_use(first_use, day_start) - timedelta(days=1)


DAY_ENDS = time(18, 0)  # the evening: a cramp from the morning to here came in the day


def in_the_day(at: datetime, day_start: time) -> bool:
    """Whether a cramp at `at` (local time) came in the day, not the night: from the
    morning (the check-in's 08:00, or the day's start, `water.day_start`, if later) to
    18:00. Night cramps come at rest, at night; a cramp in the day is not counted as a
    night cramp (a cramp at 16:40 would count against the routine done at 22:00), is
    kept in the diary, and is worth mentioning to a doctor (see HEALTH.md)."""
    return max(CHECK_IN_AT, day_start) <= at.time() < DAY_ENDS


def nights_of(instants: Iterable[datetime], zone: tzinfo) -> frozenset[date]:
    """The nights some instants fall in (the starts of the runs that count as the
    routine done, say), by the wall clock of `zone`."""
    return frozenset(night_of(at.astimezone(zone)) for at in instants)


def record_nights(
    first: date,
    last: date,
    zone: tzinfo,
    *,
    check_ins: Iterable[CheckIn],
    cramps: Iterable[Cramp],
    routine_nights: Collection[date],
    glasses: Iterable[datetime],
    day_start: time,
    water_goal: int,
    first_use: datetime | None,
) -> list[NightRecord]:
    """Every night from `first` to `last`, each recorded, excluded or not recorded.

    - A check-in records its night; "don't know / slept elsewhere" excludes it, even
      with a cramp logged in it (the person has said the night's record is not whole).
    - A cramp logged during a night records that night too; one logged in the day
      (`in_the_day`) does not: it is no night cramp, and is only counted in
      `day_cramps` of the night `night_of` gives it. With a check-in as well,
      the check-in is the morning's count of the whole night, made with the night's
      logged cramps shown beside it; the larger count and the worse severity win, so a
      cramp logged at 3 a.m. is never lost to a hurried "no cramps". How bad is the
      worst of what was said (the cramps' and the check-in's); a cramp logged without
      it adds nothing, so a check-in that says 3 gives 3, and none said gives None.
    - Nights before `first_recordable_night` ("last night" at the app's first start)
      are not recorded, whatever was entered for them; with no first use, none is
      recorded. Before the first day in use the routine and the water were not kept by
      the app, so they are None (not recorded), never "not done" or 0.
    - `routine_nights` are the nights whose routine counts as done (runs judged by
      `coach.core.followed`, and "already done" answers); `glasses` are the instants
      of each glass, counted for the day `day_start` begins, which is the day before
      the night of the same date.
    """
    if first_use is None:
        return [_unrecorded(day, routine_nights, Counter(), water_goal, known=False)
                for day in _days(first, last)]  # fmt: skip
    in_use = first_day_in_use(first_use.astimezone(zone), day_start)
    since = in_use - timedelta(days=1)  # as `first_recordable_night`
    answers = {check_in.night: check_in for check_in in check_ins}  # the last one wins
    logged: defaultdict[date, list[Cramp]] = defaultdict(list)
    in_the_days: Counter[date] = Counter()
    for cramp in cramps:
        local = cramp.started_at.astimezone(zone)
        if in_the_day(local, day_start):
            in_the_days[night_of(local)] += 1
        else:
            logged[night_of(local)].append(cramp)
    water = Counter(water_day(at.astimezone(zone), day_start) for at in glasses)
    result: list[NightRecord] = []
    for day in _days(first, last):
        check_in = answers.get(day)
        in_night = logged.get(day, [])
        known = day >= in_use
        if day < since or (check_in is None and not in_night):
            result.append(_unrecorded(day, routine_nights, water, water_goal, known=known))
            continue
        done: bool | None = day in routine_nights
        glasses_that_day: int | None = water[day]
        at_goal: bool | None = water[day] >= water_goal
        if not known:
            done, glasses_that_day, at_goal = None, None, None
        if check_in is not None and check_in.answer == Answer.EXCLUDED:
            result.append(NightRecord(day, NightState.EXCLUDED, None, None, None,
                                      check_in.sleep, done, glasses_that_day, at_goal,
                                      logged=len(in_night)))  # fmt: skip
            continue
        counted = check_in.cramps if check_in is not None else 0
        # How bad: the worst that was said; a cramp logged unrated says nothing.
        severities = [c.severity for c in in_night if c.severity is not None]
        lengths = [c.minutes for c in in_night if c.minutes is not None]
        if check_in is not None and check_in.severity is not None:
            severities.append(check_in.severity)
        if check_in is not None and check_in.minutes is not None:
            lengths.append(check_in.minutes)
        result.append(
            NightRecord(
                day,
                NightState.RECORDED,
                cramps=max(counted, len(in_night)),
                severity=max(severities) if severities else None,
                minutes=max(lengths) if lengths else None,
                sleep=check_in.sleep if check_in is not None else None,
                routine_done=done,
                glasses=glasses_that_day,
                water_at_goal=at_goal,
                unrated=sum(c.severity is None for c in in_night),
                logged=len(in_night),
            )
        )
    return [
        replace(record, day_cramps=in_the_days[record.night])
        if in_the_days[record.night] and record.night >= since
        else record
        for record in result
    ]


def _days(first: date, last: date) -> Iterable[date]:
    return (first + timedelta(days=n) for n in range(max(0, (last - first).days + 1)))


def _unrecorded(
    day: date, routine_nights: Collection[date], water: Counter[date], goal: int, *, known: bool
) -> NightRecord:
    if not known:  # before the app was in use: nothing of the night is known
        return NightRecord(day, NightState.NOT_RECORDED, None, None, None, None,
                           None, None, None)  # fmt: skip
    return NightRecord(day, NightState.NOT_RECORDED, None, None, None, None,
                       day in routine_nights, water[day], water[day] >= goal)  # fmt: skip
