import shutil
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coach.core.clock import FakeClock, SystemClock


def test_system_clock_is_aware_and_monotonic() -> None:
    clock = SystemClock()
    assert clock.now().tzinfo is not None
    first = clock.monotonic()
    assert clock.monotonic() >= first


def test_fake_clock_moves_both_clocks_together() -> None:
    clock = FakeClock(datetime(2026, 11, 25, 22, 0, tzinfo=UTC), monotonic_start=50.0)
    clock.advance(90)
    assert clock.now() == datetime(2026, 11, 25, 22, 1, 30, tzinfo=UTC)
    assert clock.monotonic() == 140.0


def test_fake_clock_advances_in_real_time_across_a_dst_change() -> None:
    london = ZoneInfo("Europe/London")
    clock = FakeClock(datetime(2026, 3, 29, 0, 30, tzinfo=london))
    clock.advance(3600)  # 00:30 GMT + 1 h is 02:30 BST: 01:30 does not exist that night
    assert clock.now().replace(tzinfo=None) == datetime(2026, 3, 29, 2, 30)
    assert clock.now().utcoffset() == timedelta(hours=1)


def test_fake_clock_jumps_the_wall_clock_alone() -> None:
    clock = FakeClock(datetime(2026, 11, 25, 22, 0, tzinfo=UTC))
    clock.set_now(datetime(2026, 11, 25, 20, 0, tzinfo=UTC))
    assert clock.now().hour == 20
    assert clock.monotonic() == 1000.0


def test_fake_clock_refuses_naive_times_and_time_running_backwards() -> None:
    with pytest.raises(ValueError, match="aware"):
        FakeClock(datetime(2026, 1, 1))
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    with pytest.raises(ValueError, match="backwards"):
        clock.advance(-1)


def test_system_clock_notices_a_new_time_zone_at_once(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    zone_file = tmp_path / "localtime"
    shutil.copyfile("/usr/share/zoneinfo/Europe/London", zone_file)
    monkeypatch.setenv("TZ", f":{zone_file}")
    clock = SystemClock()
    winter = datetime.now(UTC).replace(month=1, day=15)
    assert clock.now().tzinfo.utcoffset(winter) == timedelta(0)
    moved = tmp_path / "new"
    shutil.copyfile("/usr/share/zoneinfo/America/New_York", moved)
    moved.replace(zone_file)  # as a system's settings do: a new file in its place
    assert clock.now().tzinfo.utcoffset(winter) == timedelta(hours=-5)
    assert str(clock.now().tzinfo) == str(zone_file)


def test_system_clock_takes_a_zone_name_and_knows_its_summer_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "Europe/London")
    zone = SystemClock().now().tzinfo
    assert zone == ZoneInfo("Europe/London")  # a zone, not a fixed offset: DST is known
