from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from coach.core.clock import FakeClock
from coach.core.schedule import ReminderPlan, Tonight, next_reminder
from coach.ui.reminder import ReminderTimer

LONDON = ZoneInfo("Europe/London")


def make(clock: FakeClock, tonight: Tonight | None = None, plan: ReminderPlan | None = None):
    return ReminderTimer(
        clock, lambda now: next_reminder(now, plan or ReminderPlan(), tonight or Tonight())
    )


def test_one_timer_aimed_at_the_next_reminder(qtbot: QtBot) -> None:
    clock = FakeClock(datetime(2026, 11, 25, 21, 0, tzinfo=LONDON))
    reminder = make(clock)
    reminder.rearm()
    assert reminder.next_due == datetime(2026, 11, 25, 22, 0, tzinfo=LONDON)
    assert 3_599_000 <= reminder.armed_ms <= 3_600_000


def test_it_fires_at_the_instant(qtbot: QtBot) -> None:
    clock = FakeClock(datetime(2026, 11, 25, 21, 59, 59, 900_000, tzinfo=LONDON))
    reminder = make(clock)
    reminder.rearm()
    clock.advance(0.1)
    with qtbot.waitSignal(reminder.due, timeout=2000) as fired:
        pass
    assert fired.args == [datetime(2026, 11, 25, 22, 0, tzinfo=LONDON)]


def test_a_jump_of_the_wall_clock_or_the_zone_re_aims_it(qtbot: QtBot) -> None:
    clock = FakeClock(datetime(2026, 11, 25, 21, 0, tzinfo=LONDON))
    reminder = make(clock)
    reminder.rearm()
    clock.set_now(datetime(2026, 11, 25, 21, 50, tzinfo=LONDON))  # slept 50 minutes
    reminder._check_clocks()
    assert 599_000 <= reminder.armed_ms <= 600_000
    # Flown to New York: 16:50 there; its 22:00 is 5 h 10 min away.
    clock.set_now(datetime(2026, 11, 25, 16, 50, tzinfo=ZoneInfo("America/New_York")))
    reminder._check_clocks()
    assert reminder.next_due == datetime(2026, 11, 25, 22, 0, tzinfo=ZoneInfo("America/New_York"))


def test_nothing_to_wait_for_means_no_timers(qtbot: QtBot) -> None:
    clock = FakeClock(datetime(2026, 11, 25, 21, 0, tzinfo=LONDON))
    reminder = make(clock, plan=ReminderPlan(enabled=False))
    reminder.rearm()
    assert reminder.armed_ms == -1
    assert not reminder._check.isActive()
    done = make(clock, tonight=Tonight(done=frozenset({date(2026, 11, 25)})))
    done.rearm()
    assert done.next_due == datetime(2026, 11, 26, 22, 0, tzinfo=LONDON)
    assert ReminderPlan().at == time(22, 0)
