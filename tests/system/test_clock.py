"""The clock jumps under the running app (libfaketime, a file it re-reads), the machine
sleeps through the reminder, the time zone changes: no crash, no double reminder, no lost
glass. The monotonic clock stays real, as it does when a clock is set or a laptop wakes.

Three apps run side by side, one per case, so the whole takes one minute and a half: the
app checks its clocks once a minute.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from coach.store.paths import Paths
from coach.ui.instance import Address, send
from tests.system.conftest import Coach, coach_command, wait_for
from tests.system.test_tray import libfaketime

LONDON = ZoneInfo("Europe/London")
ZONES = Path("/usr/share/zoneinfo")


class FakeTimeApp:
    """The app in a process whose wall clock reads what `set_clock` says."""

    def __init__(self, folder: Path, env: dict[str, str], zone: str, start: datetime) -> None:
        self.data = folder / "data"
        self.data.mkdir(parents=True)
        (self.data / "settings.json").write_text(
            json.dumps({"version": 1, "app": {"welcomed": True}})
        )
        self.clock_file = folder / "faketime"
        self.zone_file = folder / "localtime"
        self.set_zone(zone)
        self.set_clock(start)
        self.env = {
            **env,
            "QT_QPA_PLATFORM": "offscreen",
            "LD_PRELOAD": libfaketime(),
            "FAKETIME_TIMESTAMP_FILE": str(self.clock_file),
            "FAKETIME_NO_CACHE": "1",
            "DONT_FAKE_MONOTONIC": "1",
            "TZ": f":{self.zone_file}",
        }
        self.process = subprocess.Popen(
            coach_command("--data-dir", str(self.data), "--hidden"),
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.name = Address(Paths.in_folder(self.data).config_dir)
        wait_for(lambda: send(self.name, {"command": "ping"}) is not None)

    def set_clock(self, wall: datetime) -> None:
        """From now on the wall clock reads `wall` and runs on; monotonic time goes on."""
        offset = round(wall.timestamp() - time.time())
        temporary = self.clock_file.with_suffix(".new")
        temporary.write_text(f"{offset:+d}\n")
        temporary.replace(self.clock_file)

    def set_zone(self, zone: str) -> None:
        temporary = self.zone_file.with_suffix(".new")
        shutil.copyfile(ZONES / zone, temporary)
        temporary.replace(self.zone_file)  # a new file: glibc's tzset reads it again

    def shown(self) -> list[str]:
        with sqlite3.connect(self.data / "history.sqlite3") as db:
            rows = db.execute("SELECT night FROM reminder_events WHERE kind = 'shown'").fetchall()
        db.close()
        return [night for (night,) in rows]

    def glasses(self) -> int:
        with sqlite3.connect(self.data / "history.sqlite3") as db:
            count: int = db.execute("SELECT count(*) FROM water_glasses").fetchone()[0]
        db.close()
        return count

    def alive(self) -> bool:
        return self.process.poll() is None and send(self.name, {"command": "ping"}) is not None


def test_clock_jumps_sleep_and_a_new_time_zone(app_env: dict[str, str], tmp_path: Path) -> None:
    def at(hours: int, minutes: int, seconds: int = 0) -> datetime:
        return datetime(2026, 11, 25, hours, minutes, seconds, tzinfo=LONDON)

    apps: list[FakeTimeApp] = []
    try:
        # Back: the reminder is shown at 22:00, then the clock is set back past 22:00.
        back = FakeTimeApp(tmp_path / "back", app_env, "Europe/London", at(21, 59, 55))
        apps.append(back)
        # Sleep: at 19:00 the lid closes; it opens at 22:00:30, within the grace period.
        asleep = FakeTimeApp(tmp_path / "asleep", app_env, "Europe/London", at(19, 0))
        apps.append(asleep)
        # Zone: 80 s before 22:00 in London the computer moves to New York (16:58 there).
        moved = FakeTimeApp(tmp_path / "moved", app_env, "Europe/London", at(21, 58, 40))
        apps.append(moved)
        london_22 = time.monotonic() + 80
        helper = Coach(app_env, asleep.data)
        assert helper.run("water", "add").returncode == 0  # the app adds it, at 19:00

        wait_for(lambda: back.shown() == ["2026-11-25"])
        back.set_clock(at(19, 0))  # three hours back...
        moved.set_zone("America/New_York")
        asleep.set_clock(at(22, 0, 30))  # ...and three hours forward
        assert helper.run("water", "add").returncode == 0
        time.sleep(30)
        back.set_clock(at(21, 59, 50))  # and 22:00 comes round a second time
        wait_for(lambda: asleep.shown() == ["2026-11-25"], timeout=90)  # within a minute
        time.sleep(max(0.0, london_22 + 15 - time.monotonic()))  # past 22:00 in London

        assert back.shown() == ["2026-11-25"]  # once, not twice
        assert asleep.shown() == ["2026-11-25"]
        assert asleep.glasses() == 2
        assert moved.shown() == []  # 22:00 in London passed; in New York it is 17:00
        assert all(app.alive() for app in apps)
    finally:
        for app in apps:
            app.process.kill()
            app.process.wait(timeout=30)
