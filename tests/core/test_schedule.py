from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from coach.core.runs import RunRecord
from coach.core.schedule import (
    ReminderPlan,
    Tonight,
    local_instant,
    next_reminder,
    night_of,
    night_to_skip,
    scheduled,
    snooze_ends,
    tonight,
)
from coach.core.settings import WEEKDAYS, Settings

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
SYDNEY = ZoneInfo("Australia/Sydney")
ZONES = [LONDON, NEW_YORK, SYDNEY]


def at(zone: ZoneInfo, *fields: int, fold: int = 0) -> datetime:
    return datetime(*fields, tzinfo=zone, fold=fold)  # type: ignore[misc]


def test_the_plan_comes_from_the_settings() -> None:
    settings = Settings().with_text("reminder.time", "21:15").with_text("reminder.days", "mon")
    plan = ReminderPlan.from_settings(settings)
    assert (plan.at, plan.days, plan.snooze_minutes, plan.grace_minutes) == (
        time(21, 15),
        ("monday",),
        10,
        120,
    )


def test_a_time_the_clocks_jump_over_is_due_at_the_jump() -> None:
    # London springs forward on 2026-03-29: 01:00 becomes 02:00, 01:30 never happens.
    assert local_instant(date(2026, 3, 29), time(1, 30), LONDON) == at(LONDON, 2026, 3, 29, 2, 0)
    assert local_instant(date(2026, 3, 8), time(2, 30), NEW_YORK) == at(NEW_YORK, 2026, 3, 8, 3)
    # Sydney springs forward on 2026-10-04 at 02:00.
    assert local_instant(date(2026, 10, 4), time(2, 15), SYDNEY) == at(SYDNEY, 2026, 10, 4, 3)


def test_a_time_that_happens_twice_is_due_at_the_first() -> None:
    # New York falls back on 2026-11-01: 01:30 happens at -04:00, then at -05:00.
    first = local_instant(date(2026, 11, 1), time(1, 30), NEW_YORK)
    assert first.utcoffset() == timedelta(hours=-4)
    assert first.astimezone(UTC) == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)


def test_the_next_reminder_tonight_then_tomorrow() -> None:
    plan = ReminderPlan()
    assert next_reminder(at(LONDON, 2026, 11, 25, 21), plan, Tonight()) == at(
        LONDON, 2026, 11, 25, 22
    )
    shown = Tonight(shown=frozenset({date(2026, 11, 25)}))
    assert next_reminder(at(LONDON, 2026, 11, 25, 22, 0, 5), plan, shown) == at(
        LONDON, 2026, 11, 26, 22
    )


def test_no_reminder_on_a_silent_night_of_the_personal_trial() -> None:
    """A "no stretching" week of the trial: the reminder comes back after it, and a
    snooze running into such a night does not bring it back either."""
    plan = ReminderPlan()
    week = frozenset(date(2026, 11, 25) + timedelta(days=n) for n in range(7))
    silent = Tonight(silent=week)
    assert next_reminder(at(LONDON, 2026, 11, 25, 21), plan, silent) == at(LONDON, 2026, 12, 2, 22)
    snoozed = Tonight(silent=week, snoozed_until=at(LONDON, 2026, 11, 25, 22, 10))
    now = at(LONDON, 2026, 11, 25, 22, 5)
    assert next_reminder(now, plan, snoozed) == at(LONDON, 2026, 12, 2, 22)
    # Nothing to skip tonight: not the reminder a week on (its night is not tonight).
    assert night_to_skip(now, plan, silent) is None
    assert night_to_skip(at(LONDON, 2026, 11, 24, 20), plan, silent) == date(2026, 11, 24)
    done = Tonight(done=frozenset({date(2026, 11, 24)}), silent=week)
    assert night_to_skip(at(LONDON, 2026, 11, 24, 23), plan, done) is None


def test_a_missed_reminder_shows_within_the_grace_period_only() -> None:
    plan = ReminderPlan(grace_minutes=120)
    late = at(LONDON, 2026, 11, 25, 23, 30)  # woke from sleep 90 minutes late
    assert next_reminder(late, plan, Tonight()) == at(LONDON, 2026, 11, 25, 22)
    too_late = at(LONDON, 2026, 11, 26, 0, 1)
    assert next_reminder(too_late, plan, Tonight()) == at(LONDON, 2026, 11, 26, 22)
    done = Tonight(done=frozenset({date(2026, 11, 25)}))
    assert next_reminder(late, plan, done) == at(LONDON, 2026, 11, 26, 22)


def test_snooze_and_skip_tonight() -> None:
    plan = ReminderPlan()
    now = at(LONDON, 2026, 11, 25, 22, 1)
    snoozed = Tonight(
        shown=frozenset({date(2026, 11, 25)}), snoozed_until=now + timedelta(minutes=10)
    )
    assert next_reminder(now, plan, snoozed) == at(LONDON, 2026, 11, 25, 22, 11)
    skipped = Tonight(skipped=frozenset({date(2026, 11, 25)}), snoozed_until=snoozed.snoozed_until)
    assert next_reminder(now, plan, skipped) == at(LONDON, 2026, 11, 26, 22)
    # A snooze left from long ago is forgotten.
    stale = Tonight(snoozed_until=at(LONDON, 2026, 11, 20, 22, 10))
    assert next_reminder(now, plan, stale) == at(LONDON, 2026, 11, 25, 22)


def run(start: datetime, completed: bool = True) -> RunRecord:
    return RunRecord("evening", start, start + timedelta(minutes=8), 6 if completed else 2, 6,
                     completed)  # fmt: skip


def test_tonight_from_the_reminder_events_and_the_runs() -> None:
    # Was History.tonight: the history now only lists the events and the runs.
    now = at(LONDON, 2026, 11, 25, 22, 0)
    assert tonight([], [], now) == Tonight()
    shown = tonight([(date(2026, 11, 25), "shown", None)], [], now)
    assert shown == Tonight(shown=frozenset({date(2026, 11, 25)}))
    snooze = at(LONDON, 2026, 11, 25, 22, 10)
    events = [
        (date(2026, 11, 23), "skipped", None),
        (date(2026, 11, 24), "shown", None),
        (date(2026, 11, 25), "shown", None),
        (date(2026, 11, 25), "snoozed", snooze),
    ]
    snoozed = tonight(events, [], now)
    assert snoozed.shown == {date(2026, 11, 24), date(2026, 11, 25)}
    assert snoozed.skipped == {date(2026, 11, 23)}
    assert snoozed.snoozed_until == snooze
    # The snoozed reminder came back: the snooze is over.
    back = tonight([*events, (date(2026, 11, 25), "shown", None)], [], now)
    assert back.snoozed_until is None
    assert back.shown == snoozed.shown


def test_tonight_counts_the_completed_runs_by_their_night() -> None:
    now = at(LONDON, 2026, 11, 25, 22, 0)
    runs = [
        run(at(LONDON, 2026, 11, 24, 0, 30)),  # after midnight: the night before
        run(at(LONDON, 2026, 11, 24, 21, 30), completed=False),  # stopped: not done
        run(datetime(2026, 11, 25, 21, 0, tzinfo=UTC)),  # read in the zone of now
    ]
    assert tonight([], runs, now).done == {date(2026, 11, 23), date(2026, 11, 25)}
    # Every completed run it is given counts: which are the routine is the journal's call.
    relief = RunRecord("cramp-relief", now, now + timedelta(minutes=3), 4, 4, True)
    assert tonight([], [relief], now).done == {date(2026, 11, 25)}
    # A routine done tonight closes tonight's reminder.
    done = tonight([], runs, at(LONDON, 2026, 11, 25, 21, 30))
    assert next_reminder(at(LONDON, 2026, 11, 25, 21, 30), ReminderPlan(), done) == at(
        LONDON, 2026, 11, 26, 22
    )


def test_skip_applies_to_the_reminder_on_show_else_the_next() -> None:
    plan = ReminderPlan()  # 22:00, a grace of two hours
    tonight = date(2026, 11, 25)
    shown = Tonight(shown=frozenset({tonight}))
    assert night_to_skip(at(LONDON, 2026, 11, 25, 20, 0), plan, Tonight()) == tonight
    assert night_to_skip(at(LONDON, 2026, 11, 25, 22, 30), plan, shown) == tonight  # on show
    after = at(LONDON, 2026, 11, 26, 0, 30)  # its grace is over: the next one
    assert night_to_skip(after, plan, shown) == date(2026, 11, 26)
    assert night_to_skip(after, ReminderPlan(enabled=False), shown) is None


def test_found_skip_tonight_pressed_twice_meant_tomorrow() -> None:
    plan = ReminderPlan()
    now = at(LONDON, 2026, 11, 25, 20, 0)
    skipped = Tonight(skipped=frozenset({date(2026, 11, 25)}))
    assert night_to_skip(now, plan, skipped) == date(2026, 11, 25)  # the same night


def test_a_snooze_ends_after_its_minutes() -> None:
    now = at(LONDON, 2026, 11, 25, 22, 1)
    assert snooze_ends(now, ReminderPlan()) == at(LONDON, 2026, 11, 25, 22, 11)
    assert snooze_ends(now, ReminderPlan(snooze_minutes=60)) == at(LONDON, 2026, 11, 25, 23, 1)


def test_weekdays_are_the_nights_days() -> None:
    plan = ReminderPlan(at=time(0, 30), days=("friday",))
    # Friday night's reminder at 00:30 falls early on Saturday.
    assert next_reminder(at(LONDON, 2026, 11, 25, 12), plan, Tonight()) == at(
        LONDON, 2026, 11, 28, 0, 30
    )
    assert night_of(at(LONDON, 2026, 11, 28, 0, 30)) == date(2026, 11, 27)


def test_disabled_means_none() -> None:
    assert (
        next_reminder(at(LONDON, 2026, 11, 25, 12), ReminderPlan(enabled=False), Tonight()) is None
    )


# -- properties across daylight-saving changes ----------------------------------------

# The year's DST changes of the three zones, and ordinary days, with times around them.
dates = st.sampled_from(
    [
        date(2026, 3, 29),
        date(2026, 10, 25),
        date(2026, 3, 8),
        date(2026, 11, 1),
        date(2026, 4, 5),
        date(2026, 10, 4),
        date(2026, 6, 15),
        date(2026, 12, 31),
    ]
).flatmap(lambda d: st.integers(-3, 3).map(lambda k: d + timedelta(days=k)))
times = st.one_of(
    st.sampled_from([time(0, 30), time(1, 30), time(2, 0), time(2, 30), time(3, 0), time(22, 0)]),
    st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45])),
)
plans = st.builds(
    ReminderPlan,
    enabled=st.just(True),
    at=times,
    days=st.sets(st.sampled_from(WEEKDAYS), min_size=1).map(
        lambda chosen: tuple(d for d in WEEKDAYS if d in chosen)
    ),
    snooze_minutes=st.integers(1, 60),
    grace_minutes=st.integers(0, 240),
)
instants = st.builds(
    lambda zone, day, minutes: (
        datetime.combine(day, time()).replace(tzinfo=zone).astimezone(UTC)
        + timedelta(minutes=minutes)
    ).astimezone(zone),
    st.sampled_from(ZONES),
    dates,
    st.integers(0, 48 * 60),
)


def is_plan_time(instant: datetime, plan: ReminderPlan) -> bool:
    """The instant shows the plan's time, or is the first instant after a jump over it."""
    zone = instant.tzinfo
    wall = instant.replace(tzinfo=None)
    if wall.time() == plan.at:
        return True
    before = (instant.astimezone(UTC) - timedelta(seconds=1)).astimezone(zone)
    return before.replace(tzinfo=None).time() < plan.at < wall.time()


@settings(max_examples=300)
@given(instants, plans)
def test_the_next_reminder_is_a_plan_time_and_none_is_skipped(
    now: datetime, plan: ReminderPlan
) -> None:
    due = next_reminder(now, plan, Tonight())
    assert due is not None
    assert is_plan_time(due, plan)
    assert WEEKDAYS[night_of(due).weekday()] in plan.days
    now_utc, due_utc = now.astimezone(UTC), due.astimezone(UTC)
    if due_utc <= now_utc:
        assert now_utc - due_utc < timedelta(minutes=plan.grace_minutes)
    # Every planned night before the one returned was missed for good (past its grace).
    grace = timedelta(minutes=plan.grace_minutes)
    night = night_of(now) - timedelta(days=1)
    while night < night_of(due):
        if WEEKDAYS[night.weekday()] in plan.days:
            other = scheduled(night, plan, now.tzinfo).astimezone(UTC)  # type: ignore[arg-type]
            assert other <= now_utc - grace
        night += timedelta(days=1)


@settings(max_examples=150)
@given(instants, plans, st.lists(st.integers(1, 600), min_size=1, max_size=40))
def test_never_twice_in_one_night_never_after_the_routine(
    start: datetime, plan: ReminderPlan, waits: list[int]
) -> None:
    zone = start.tzinfo
    now = start.astimezone(UTC)
    tonight = Tonight()
    shown: list[date] = []
    for wait in waits:
        due = next_reminder(now.astimezone(zone), plan, tonight)
        assert due is not None
        if due.astimezone(UTC) <= now:  # it shows: the person may do the routine
            night = night_of(due)
            assert night not in shown
            assert night not in tonight.done
            shown.append(night)
            tonight = Tonight(shown=tonight.shown | {night}, done=tonight.done)
            if wait % 2:
                tonight = Tonight(shown=tonight.shown, done=tonight.done | {night})
        now += timedelta(minutes=wait)
