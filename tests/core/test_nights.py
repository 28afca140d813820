from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.core.diary import Cramp, DiaryError
from coach.core.nights import (
    Answer,
    CheckIn,
    CheckInError,
    NightRecord,
    NightState,
    answerable_nights,
    first_recordable_night,
    in_the_day,
    nights_of,
    record_nights,
)

LONDON = ZoneInfo("Europe/London")
DAY_START = time(4)


def at(*fields: int) -> datetime:
    return datetime(*fields, tzinfo=LONDON)  # type: ignore[misc]


NIGHT = date(2026, 11, 25)


CRAMPS = Answer.CRAMPS
REFUSALS = [
    ({"cramps": 0}, "How many cramps must be a whole number from 1 to 50; 0 is not."),
    ({"cramps": True}, "How many cramps must be a whole number from 1 to 50; True is not."),
    ({"severity": 11}, "How bad must be a whole number from 0 to 10; 11 is not."),
    ({"minutes": 0}, "How long must be more than 0 and at most 600 minutes; 0 is not."),
    ({"leg": "middle"}, "The leg must be one of left, right, both; 'middle' is not."),
    ({"sleep": -1}, "How well you slept must be a whole number from 0 to 10; -1 is not."),
    (
        {"answer": Answer.NO_CRAMPS, "cramps": 2},
        "Only a night with cramps can say how many, how bad or how long.",
    ),
    (
        {"answer": Answer.EXCLUDED, "cramps": 0, "severity": 3},
        "Only a night with cramps can say how many, how bad or how long.",
    ),
    ({"answer": "maybe"}, "A check-in must say how the night was."),
]


@pytest.mark.parametrize(("fields", "message"), REFUSALS)
def test_a_check_in_is_refused_with_what_is_allowed(fields: dict, message: str) -> None:
    given = {"night": NIGHT, "answer": CRAMPS, "cramps": 2} | fields
    with pytest.raises(CheckInError) as caught:
        CheckIn(**given)
    assert str(caught.value) == message
    assert isinstance(caught.value, DiaryError)  # the journal's refusals catch them all


def test_a_check_in_with_cramps_needs_only_how_many() -> None:
    check_in = CheckIn.with_cramps(NIGHT, 2)
    assert (check_in.severity, check_in.minutes, check_in.leg, check_in.sleep) == (None,) * 4
    assert CheckIn.with_cramps(NIGHT, 1, severity=0, minutes=2.5, leg="left", sleep=7).sleep == 7


def test_the_check_in_covers_the_last_seven_nights_whose_morning_has_come() -> None:
    morning = answerable_nights(at(2026, 11, 26, 9, 0), DAY_START)
    assert morning[0] == date(2026, 11, 25)
    assert morning[-1] == date(2026, 11, 19)
    assert len(morning) == 7
    # At 2 a.m. the night is not over: the latest night answerable is the one before.
    assert answerable_nights(at(2026, 11, 26, 2, 0), DAY_START)[0] == date(2026, 11, 24)


def record(**given: object) -> list[NightRecord]:
    fields: dict[str, object] = {
        "check_ins": [],
        "cramps": [],
        "routine_nights": frozenset(),
        "glasses": [],
        "day_start": DAY_START,
        "water_goal": 2,
        "first_use": at(2026, 11, 20, 14, 0),
    }
    fields.update(given)
    first = fields.pop("first", date(2026, 11, 18))
    last = fields.pop("last", date(2026, 11, 26))
    return record_nights(first, last, LONDON, **fields)  # type: ignore[arg-type]


def by_night(records: list[NightRecord]) -> dict[date, NightRecord]:
    return {r.night: r for r in records}


def test_a_night_nobody_recorded_is_not_a_night_without_cramps() -> None:
    result = record(check_ins=[CheckIn.no_cramps(date(2026, 11, 21), sleep=8)])
    states = {r.night.day: r.state for r in result}
    assert states[21] == NightState.RECORDED
    assert by_night(result)[date(2026, 11, 21)].cramps == 0
    assert by_night(result)[date(2026, 11, 21)].sleep == 8
    for day in (18, 19, 20, 22, 23, 24, 25, 26):
        assert states[day] == NightState.NOT_RECORDED
    assert all(r.cramps is None for r in result if not r.recorded)


def test_nights_before_the_first_use_are_not_recorded_whatever_was_entered() -> None:
    entered = [CheckIn.with_cramps(date(2026, 11, d), 2) for d in (18, 19, 20)]
    result = by_night(record(check_ins=entered))
    assert result[date(2026, 11, 18)].state == NightState.NOT_RECORDED
    # First started at 14:00 on the 20th, after a bad night: that night (the 19th,
    # "last night" then) can be recorded, remembered the next day; its night counts.
    assert result[date(2026, 11, 19)].state == NightState.RECORDED
    assert result[date(2026, 11, 20)].state == NightState.RECORDED
    # Installed in the morning and asked about last night: that night counts, the one
    # before does not.
    morning = by_night(record(check_ins=entered, first_use=at(2026, 11, 20, 8, 0)))
    assert morning[date(2026, 11, 19)].state == NightState.RECORDED
    assert morning[date(2026, 11, 18)].state == NightState.NOT_RECORDED
    assert all(
        r.state == NightState.NOT_RECORDED for r in record(check_ins=entered, first_use=None)
    )


def test_a_cramp_logged_in_the_night_records_that_night() -> None:
    cramps = [
        Cramp(at(2026, 11, 22, 3, 10), "left", 6, 4.0),
        Cramp(at(2026, 11, 22, 5, 0), "left", 8),
    ]
    night = by_night(record(cramps=cramps))[date(2026, 11, 21)]
    assert (night.state, night.cramps, night.severity, night.minutes) == (
        NightState.RECORDED, 2, 8, 4.0)  # fmt: skip


def test_the_check_in_and_the_cramps_logged_that_night_lose_nothing() -> None:
    cramps = [Cramp(at(2026, 11, 22, 3, 10), "left", 9, 12.0)]
    hurried = by_night(record(cramps=cramps, check_ins=[CheckIn.no_cramps(date(2026, 11, 21))]))
    assert hurried[date(2026, 11, 21)].cramps == 1
    assert hurried[date(2026, 11, 21)].severity == 9
    counted = CheckIn.with_cramps(date(2026, 11, 21), 3, severity=5, minutes=2, sleep=4)
    night = by_night(record(cramps=cramps, check_ins=[counted]))[date(2026, 11, 21)]
    assert (night.cramps, night.severity, night.minutes, night.sleep) == (3, 9, 12.0, 4)


def test_a_cramp_logged_without_how_bad_leaves_it_to_what_was_said() -> None:
    """Issue 14, point 3: a cramp logged at 3 a.m. with no "how bad" made the night
    "5 of 10". The night's severity is the worst of what was said: the morning's 3, or
    nothing at all; never a number for the unrated cramp."""
    unrated = [Cramp(at(2026, 11, 22, 3, 10), "left")]
    alone = by_night(record(cramps=unrated))[date(2026, 11, 21)]
    assert (alone.state, alone.cramps, alone.severity) == (NightState.RECORDED, 1, None)
    assert alone.unrated == 1  # the check-in asks how bad
    said = CheckIn.with_cramps(date(2026, 11, 21), 1, severity=3)
    morning = by_night(record(cramps=unrated, check_ins=[said]))[date(2026, 11, 21)]
    assert (morning.cramps, morning.severity) == (1, 3)
    hurried = by_night(record(cramps=unrated, check_ins=[CheckIn.no_cramps(date(2026, 11, 21))]))
    assert (hurried[date(2026, 11, 21)].cramps, hurried[date(2026, 11, 21)].severity) == (1, None)
    # One rated and one not: the rated one's, whichever the morning says less.
    both = [*unrated, Cramp(at(2026, 11, 22, 5, 0), "left", 2)]
    night = by_night(record(cramps=both, check_ins=[said]))[date(2026, 11, 21)]
    assert (night.cramps, night.severity) == (2, 3)
    night = by_night(record(cramps=both))[date(2026, 11, 21)]
    assert (night.severity, night.unrated) == (2, 1)


def test_slept_elsewhere_leaves_the_night_out_even_with_a_cramp_logged() -> None:
    cramps = [Cramp(at(2026, 11, 22, 3, 10))]
    night = by_night(record(cramps=cramps, check_ins=[CheckIn.excluded(date(2026, 11, 21))]))
    assert night[date(2026, 11, 21)].state == NightState.EXCLUDED
    assert night[date(2026, 11, 21)].cramps is None


def test_the_last_check_in_for_a_night_wins() -> None:
    changed = [CheckIn.with_cramps(date(2026, 11, 21), 2), CheckIn.no_cramps(date(2026, 11, 21))]
    assert by_night(record(check_ins=changed))[date(2026, 11, 21)].cramps == 0


def test_every_night_knows_its_routine_and_water() -> None:
    glasses = [at(2026, 11, 21, 9), at(2026, 11, 22, 0, 30), at(2026, 11, 22, 10)]
    runs = nights_of([at(2026, 11, 21, 21, 40), at(2026, 11, 23, 0, 40)], LONDON)
    assert runs == {date(2026, 11, 21), date(2026, 11, 22)}
    result = by_night(record(glasses=glasses, routine_nights=runs))
    assert result[date(2026, 11, 21)].routine_done
    assert result[date(2026, 11, 21)].glasses == 2
    assert result[date(2026, 11, 21)].water_at_goal
    assert not result[date(2026, 11, 22)].water_at_goal
    assert result[date(2026, 11, 22)].routine_done
    assert not result[date(2026, 11, 23)].routine_done
    assert record(first=date(2026, 11, 26), last=date(2026, 11, 25)) == []


@given(
    st.lists(st.sampled_from(["none", "cramps", "out", "blank"]), min_size=1, max_size=40),
    st.lists(st.integers(0, 45), max_size=20),
)
def test_only_what_was_recorded_is_counted(answers: list[str], logged: list[int]) -> None:
    start = date(2026, 1, 1)
    check_ins = []
    for n, kind in enumerate(answers):
        night = start + timedelta(days=n)
        if kind == "none":
            check_ins.append(CheckIn.no_cramps(night))
        elif kind == "cramps":
            check_ins.append(CheckIn.with_cramps(night, 1 + n % 3))
        elif kind == "out":
            check_ins.append(CheckIn.excluded(night))
    cramps = [Cramp(datetime(2026, 1, 1, 23, tzinfo=LONDON) + timedelta(days=n)) for n in logged]
    result = record_nights(start, start + timedelta(days=len(answers) - 1), LONDON,
                           check_ins=check_ins, cramps=cramps, routine_nights=frozenset(),
                           glasses=[], day_start=DAY_START, water_goal=8,
                           first_use=datetime(2026, 1, 1, 12, tzinfo=LONDON))  # fmt: skip
    logged_nights = {start + timedelta(days=n) for n in logged}
    for n, (kind, night) in enumerate(zip(answers, result, strict=True)):
        if kind == "out":
            assert night.state == NightState.EXCLUDED
        elif kind == "blank" and night.night not in logged_nights:
            assert night.state == NightState.NOT_RECORDED
            assert night.cramps is None
        else:
            assert night.state == NightState.RECORDED
            assert night.cramps is not None
            assert night.cramps >= (1 + n % 3 if kind == "cramps" else 0)


def test_the_first_recordable_night_is_last_night_at_the_first_use() -> None:
    # Installed in the afternoon after a bad night, in the morning, or at 2 a.m.
    assert first_recordable_night(at(2026, 11, 30, 16, 40), DAY_START) == date(2026, 11, 29)
    assert first_recordable_night(at(2026, 11, 30, 9, 0), DAY_START) == date(2026, 11, 29)
    assert first_recordable_night(at(2026, 11, 30, 2, 0), DAY_START) == date(2026, 11, 28)
    assert first_recordable_night(None, DAY_START) is None
    # Always the latest night the check-in could answer then.
    for hour in range(24):
        first_use = at(2026, 11, 30, hour, 0)
        assert (
            first_recordable_night(first_use, DAY_START)
            == answerable_nights(first_use, DAY_START)[0]
        )


def test_before_the_app_was_in_use_the_routine_and_water_are_not_known() -> None:
    # A run and a glass on the 19th (imported, say) and a check-in for it: the 19th is
    # recorded (last night when the app was first started on the 20th) but its routine
    # and water were not kept by the app; the 18th is not recorded at all.
    result = by_night(
        record(
            check_ins=[CheckIn.with_cramps(date(2026, 11, 19), 1)],
            routine_nights=frozenset({date(2026, 11, 18), date(2026, 11, 20)}),
            glasses=[at(2026, 11, 20, 15, 0)],
        )
    )
    for day in (18, 19):
        night = result[date(2026, 11, day)]
        assert (night.routine_done, night.glasses, night.water_at_goal) == (None, None, None)
    assert result[date(2026, 11, 19)].cramps == 1
    assert result[date(2026, 11, 20)].routine_done is True
    assert result[date(2026, 11, 20)].glasses == 1
    assert result[date(2026, 11, 21)].routine_done is False  # in use: not done, a fact
    assert result[date(2026, 11, 21)].glasses == 0


def test_a_cramp_in_the_day_is_not_a_night_cramp() -> None:
    # 16:40 on the 22nd: before the evening, before the routine; and 05:00 on the 23rd,
    # in bed: a night cramp of the 22nd.
    cramps = [Cramp(at(2026, 11, 22, 16, 40), "left", 5), Cramp(at(2026, 11, 23, 5, 0), "left")]
    result = by_night(record(cramps=cramps, routine_nights=frozenset({date(2026, 11, 22)})))
    night = result[date(2026, 11, 22)]
    assert (night.state, night.cramps, night.day_cramps) == (NightState.RECORDED, 1, 1)
    only_the_day = by_night(record(cramps=cramps[:1]))[date(2026, 11, 22)]
    assert only_the_day.state == NightState.NOT_RECORDED
    assert only_the_day.day_cramps == 1
    assert in_the_day(at(2026, 11, 22, 8, 0), DAY_START)
    assert in_the_day(at(2026, 11, 22, 17, 59), DAY_START)
    assert not in_the_day(at(2026, 11, 22, 18, 0), DAY_START)
    assert not in_the_day(at(2026, 11, 22, 7, 59), DAY_START)
    assert not in_the_day(at(2026, 11, 22, 9, 0), time(10, 0))  # their day starts at 10


def test_a_night_left_out_still_knows_its_logged_cramps() -> None:
    night = date(2026, 11, 22)
    cramps = [Cramp(at(2026, 11, 23, 3, 0), "left"), Cramp(at(2026, 11, 23, 4, 0), "left")]
    result = by_night(record(cramps=cramps, check_ins=[CheckIn.excluded(night)]))
    assert (result[night].state, result[night].logged) == (NightState.EXCLUDED, 2)
