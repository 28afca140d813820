from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from coach.core.at_a_glance import (
    after_reminder_time,
    nights_in_a_row,
    planned_minutes,
    planned_seconds,
)
from coach.core.routine import Routine, load_routine
from coach.core.schedule import ReminderPlan
from coach.core.session import Overrides
from coach.core.settings import Settings
from tests.conftest import ROUTINES

LONDON = ZoneInfo("Europe/London")


def routine(name: str) -> Routine:
    return load_routine((ROUTINES / f"{name}.toml").read_text(), name)


def test_the_evening_routine_takes_its_phases_and_the_time_to_read_its_tip() -> None:
    evening = routine("evening")
    # 2 legs x 3 x (10 + 5) s, a 60 s walk, 2 x 60 s massage, and a tip read in 30 s.
    assert planned_seconds(evening, Overrides.for_routine(evening, Settings())) == 360
    assert planned_minutes(evening, Overrides.for_routine(evening, Settings())) == 6


def test_the_length_follows_hold_rest_repetitions_and_rounds() -> None:
    evening = routine("evening")
    short = replace(Settings(), routine_hold_seconds=2, routine_rest_seconds=2, routine_reps=2)
    # 2 legs x 2 x (2 + 2) s = 16 s instead of 90 s.
    assert planned_seconds(evening, Overrides.for_routine(evening, short)) == 360 - 90 + 16
    assert planned_minutes(evening, Overrides.for_routine(evening, short)) == 5
    long = replace(Settings(), routine_hold_seconds=60, routine_rounds=2)
    # 2 rounds x 2 legs x 3 x (60 + 5) s = 780 s instead of 90 s.
    assert planned_minutes(evening, Overrides.for_routine(evening, long)) == 18


def test_a_routine_run_as_written_keeps_its_own_length() -> None:
    trial = routine("trial")
    long = replace(Settings(), routine_hold_seconds=60)
    assert planned_minutes(trial, Overrides.for_routine(trial, long)) == 4


def test_nights_in_a_row_count_back_from_tonight_or_last_night() -> None:
    tonight = date(2026, 11, 25)
    done = {date(2026, 11, 22), date(2026, 11, 23), date(2026, 11, 24)}
    assert nights_in_a_row(done, tonight) == 3  # tonight not done yet: the streak stands
    assert nights_in_a_row(done | {tonight}, tonight) == 4
    assert nights_in_a_row({date(2026, 11, 23)}, tonight) == 0  # last night was missed
    assert nights_in_a_row(set(), tonight) == 0


def test_after_the_reminder_time_until_the_night_is_over() -> None:
    plan = ReminderPlan(at=time(22, 0))
    assert not after_reminder_time(datetime(2026, 11, 25, 21, 59, tzinfo=LONDON), plan)
    assert after_reminder_time(datetime(2026, 11, 25, 22, 0, tzinfo=LONDON), plan)
    assert after_reminder_time(datetime(2026, 11, 26, 2, 0, tzinfo=LONDON), plan)
    assert not after_reminder_time(datetime(2026, 11, 26, 12, 30, tzinfo=LONDON), plan)
    late = ReminderPlan(at=time(0, 30))  # a reminder after midnight
    assert not after_reminder_time(datetime(2026, 11, 25, 23, 0, tzinfo=LONDON), late)
    assert after_reminder_time(datetime(2026, 11, 26, 0, 45, tzinfo=LONDON), late)
