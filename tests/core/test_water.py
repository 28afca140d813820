from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from coach.core.water import day_span, water_day

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
