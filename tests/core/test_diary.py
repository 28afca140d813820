from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.core.diary import (
    MIN_NIGHTS,
    Cramp,
    DiaryError,
    Night,
    compare,
    goal_streak,
    nights,
)
from coach.core.runs import RunRecord

LONDON = ZoneInfo("Europe/London")


def at(*fields: int) -> datetime:
    return datetime(*fields, tzinfo=LONDON)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"leg": "middle"}, "The leg must be one of left, right, both; 'middle' is not."),
        ({"severity": 11}, "How bad must be a whole number from 1 to 10; 11 is not."),
        ({"severity": 0}, "How bad must be a whole number from 1 to 10; 0 is not."),
        ({"minutes": 0.0}, "How long must be more than 0 and at most 600 minutes; 0.0 is not."),
        ({"note": "x" * 1001}, "A note can be at most 1000 characters long."),
    ],
)
def test_a_cramp_is_refused_with_what_is_allowed(fields: dict, message: str) -> None:
    with pytest.raises(DiaryError) as caught:
        Cramp(at(2026, 11, 26, 3, 0), **fields)
    assert str(caught.value) == message


@pytest.mark.parametrize("severity", [True, 5.0, "5", 0, 11])
def test_how_bad_is_a_whole_number_from_1_to_10_or_not_said(severity: object) -> None:
    with pytest.raises(DiaryError):
        Cramp(at(2026, 11, 26, 3, 0), severity=severity)  # type: ignore[arg-type]


def test_a_cramp_logged_without_how_bad_says_nothing_of_it() -> None:
    """Issue 14, point 3: a cramp logged at 3 a.m. in one tap was "5 of 10", a number
    nobody gave. Now how bad is not said (None) until the person says it."""
    assert Cramp(at(2026, 11, 26, 3, 10), "left").severity is None
    assert Cramp(at(2026, 11, 26, 3, 10), "left", None).severity is None
    assert Cramp(at(2026, 11, 26, 3, 10), "left", 1).severity == 1
    assert Cramp(at(2026, 11, 26, 3, 10), "left", 10).severity == 10


RELIEF = RunRecord("cramp-relief", at(2026, 11, 26, 2, 0), at(2026, 11, 26, 2, 3), 4, 4, True)


def test_each_night_knows_its_routine_water_and_cramps() -> None:
    # The runs that count as the routine: the journal leaves out the relief routines'
    # (RELIEF, in the night of the 25th; see tests/test_journal.py).
    runs = [
        RunRecord("evening", at(2026, 11, 24, 21, 40), at(2026, 11, 24, 21, 48), 6, 6, True),
        RunRecord("evening", at(2026, 11, 25, 21, 40), at(2026, 11, 25, 21, 41), 1, 6, False),
    ]
    glasses = [at(2026, 11, 24, 9), at(2026, 11, 25, 0, 30), at(2026, 11, 25, 10)]
    cramps = [at(2026, 11, 25, 3, 10), at(2026, 11, 26, 2, 0), at(2026, 11, 26, 5, 0)]
    result = nights(date(2026, 11, 24), date(2026, 11, 25), LONDON, runs, glasses, cramps, time(4))
    assert result == [
        Night(date(2026, 11, 24), routine_done=True, glasses=2, cramps=1),
        Night(date(2026, 11, 25), routine_done=False, glasses=1, cramps=2),
    ]


def test_every_completed_run_it_is_given_counts_whatever_its_routine() -> None:
    # Which runs are the routine is the journal's to say (a routine's purpose), not the
    # diary's: it knows no routine ids.
    stopped = RunRecord("evening", at(2026, 11, 24, 21, 40), at(2026, 11, 24, 21, 41), 1, 6, False)
    result = nights(date(2026, 11, 24), date(2026, 11, 25), LONDON, [stopped, RELIEF], [], [],
                    time(4))  # fmt: skip
    assert [night.routine_done for night in result] == [False, True]
    assert nights(date(2026, 11, 25), date(2026, 11, 24), LONDON, [RELIEF], [], [], time(4)) == []


def test_a_comparison_needs_a_week_of_nights_on_each_side() -> None:
    few = [Night(date(2026, 11, d), d % 2 == 0, 8, 1) for d in range(1, 13)]
    result = compare(few)
    assert not result.enough
    assert result.sentence() == (
        "Not enough nights yet to compare: 6 after the routine and 6 without it; "
        "at least 7 of each are needed."
    )
    enough = [Night(date(2026, 11, 1) + timedelta(days=d), d < 8, 8, 0 if d < 8 else 2)
              for d in range(16)]  # fmt: skip
    result = compare(enough)
    assert (result.after, result.after_nights, result.other, result.other_nights) == (0, 8, 2, 8)
    assert result.sentence() == (
        "Nights after the routine: 0.0 cramps a night (8 nights); other nights: 2.0 (8 nights)."
    )


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 5)), max_size=60))
def test_the_comparison_is_only_the_means_behind_it(history: list[tuple[bool, int]]) -> None:
    nightly = [Night(date(2026, 1, 1) + timedelta(days=i), done, 8, cramps)
               for i, (done, cramps) in enumerate(history)]  # fmt: skip
    result = compare(nightly)
    after = [c for done, c in history if done]
    other = [c for done, c in history if not done]
    assert (result.after_nights, result.other_nights) == (len(after), len(other))
    if len(after) >= MIN_NIGHTS:
        assert result.after == pytest.approx(sum(after) / len(after))
    else:
        assert result.after is None
    assert result.enough == (len(after) >= MIN_NIGHTS and len(other) >= MIN_NIGHTS)


@given(st.lists(st.integers(0, 12), min_size=1, max_size=30), st.integers(1, 10))
def test_a_streak_counts_the_days_in_a_row_that_met_the_goal(counts: list[int], goal: int) -> None:
    today = date(2026, 11, 25)
    by_day = {today - timedelta(days=i): n for i, n in enumerate(counts)}
    streak = goal_streak(by_day, goal, today)
    start = 0 if counts[0] >= goal else 1
    expected = 0
    for n in counts[start:]:
        if n < goal:
            break
        expected += 1
    assert streak == expected
