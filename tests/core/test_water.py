from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from coach.core.water import day_span, next_drink_reminder, water_day

LONDON = ZoneInfo("Europe/London")
FOUR = time(4, 0)


def test_a_glass_after_midnight_counts_for_the_evening_before() -> None:
    assert water_day(datetime(2026, 11, 26, 0, 30, tzinfo=LONDON), FOUR) == date(2026, 11, 25)
    assert water_day(datetime(2026, 11, 26, 4, 0, tzinfo=LONDON), FOUR) == date(2026, 11, 26)
    assert water_day(datetime(2026, 11, 26, 3, 59, tzinfo=LONDON), FOUR) == date(2026, 11, 25)


def test_a_day_is_24_hours_but_for_the_clock_changes() -> None:
    start, end = day_span(date(2026, 11, 25), FOUR, LONDON)
    assert (start, end - start) == (datetime(2026, 11, 25, 4, tzinfo=UTC), timedelta(hours=24))
    _, spring = day_span(date(2026, 3, 28), FOUR, LONDON)
    assert spring - day_span(date(2026, 3, 28), FOUR, LONDON)[0] == timedelta(hours=23)
    autumn_start, autumn_end = day_span(date(2026, 10, 24), FOUR, LONDON)
    assert autumn_end - autumn_start == timedelta(hours=25)


def test_a_day_start_inside_the_jump_starts_at_the_jump() -> None:
    start, _ = day_span(date(2026, 3, 29), time(1, 30), LONDON)
    assert start == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # 02:00 BST


def test_daytime_reminders_to_drink_every_few_hours() -> None:
    morning = datetime(2026, 11, 25, 8, 0, tzinfo=LONDON)
    assert next_drink_reminder(morning, 2, time(9), time(20)) == at(2026, 11, 25, 9)
    assert next_drink_reminder(at(2026, 11, 25, 9), 2, time(9), time(20)) == at(2026, 11, 25, 11)
    assert next_drink_reminder(at(2026, 11, 25, 19, 30), 2, time(9), time(20)) == at(
        2026, 11, 26, 9
    )
    assert next_drink_reminder(morning, 3, time(9), time(20)) == at(2026, 11, 25, 9)
    assert next_drink_reminder(morning, 2, time(20), time(9)) is None


def test_a_reminder_to_drink_in_the_jump_of_the_clocks() -> None:
    # London springs forward at 01:00 on 2026-03-29: a 01:30 slot comes at 02:00 BST.
    night = datetime(2026, 3, 29, 0, 45, tzinfo=LONDON)
    assert next_drink_reminder(night, 1, time(1, 30), time(3, 30)) == at(2026, 3, 29, 2, 0)


def at(*fields: int) -> datetime:
    return datetime(*fields, tzinfo=LONDON)  # type: ignore[misc]


def test_the_hour_repeated_when_the_clocks_go_back_belongs_to_one_day() -> None:
    new_york = ZoneInfo("America/New_York")
    # 01:15 the second time (EST), after a day start of 01:30 the first time (EDT).
    second = datetime(2026, 11, 1, 6, 15, tzinfo=UTC).astimezone(new_york)
    assert second.fold == 1
    assert water_day(second, time(1, 30)) == date(2026, 11, 1)


ZONES = [LONDON, ZoneInfo("America/New_York"), ZoneInfo("Australia/Sydney")]


@settings(max_examples=500)
@given(
    st.sampled_from(ZONES),
    st.integers(0, 23 * 60 + 59).map(lambda m: time(m // 60, m % 60)),
    st.integers(0, 365 * 24 * 60).map(
        lambda m: datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=m)
    ),
)
def test_every_instant_falls_in_the_span_of_its_water_day(
    zone: ZoneInfo, day_start: time, instant: datetime
) -> None:
    local = instant.astimezone(zone)
    day = water_day(local, day_start)
    start, end = day_span(day, day_start, zone)
    assert start <= instant < end
    # Days follow one another with no gap and no overlap, 23 to 25 hours long.
    assert day_span(day + timedelta(days=1), day_start, zone)[0] == end
    assert timedelta(hours=22) <= end - start <= timedelta(hours=26)
