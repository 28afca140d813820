from datetime import UTC, datetime, timedelta

import pytest

from coach.core.walking import GOAL_HIGH, START_MINUTES, Walk, WalkError, plan

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


def walks(*minutes: float, days_ago: float = 1) -> list[Walk]:
    return [Walk(NOW - timedelta(days=days_ago, hours=i), m) for i, m in enumerate(minutes)]


def test_no_walks_yet_starts_gently() -> None:
    first = plan([], NOW)
    assert (first.minutes, first.times) == (START_MINUTES, 3)
    assert first.sentence().startswith("This week: walk about 10 minutes, at least 3 times.")


def test_a_good_week_suggests_a_little_more() -> None:
    assert plan(walks(15, 15, 16), NOW).minutes == 20
    assert plan(walks(15, 16), NOW).minutes == 16  # fewer than three walks: the same again
    assert plan(walks(15, 15, 15, days_ago=9), NOW).minutes == START_MINUTES  # too long ago


def test_the_plan_stops_at_the_guideline() -> None:
    steady = plan(walks(44, 45, 45), NOW)
    assert steady.minutes == GOAL_HIGH
    assert steady.sentence().startswith("Keep to walks of about 45 minutes, at least 3 times")


@pytest.mark.parametrize(
    ("total", "pain", "message"),
    [
        (0, None, "A walk lasts more than 0 minutes and at most a day."),
        (10, 12, "The pain must start during the walk: from 0 to its length."),
    ],
)
def test_a_walk_that_cannot_be(total: float, pain: float | None, message: str) -> None:
    with pytest.raises(WalkError, match=message):
        Walk(NOW, total, pain)
