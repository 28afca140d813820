"""Faults: killed at random moments, two launches at once. Nothing reported is ever lost.

COACH_KILLS and COACH_APP_KILLS set how many kills (defaults keep `make test` short; the
README gives the numbers of a longer run).
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from coach.core.settings import from_json
from coach.store.paths import Paths
from coach.ui.instance import Address, send
from tests.system.conftest import ROOT, coach_command, wait_for

KILLS = int(os.environ.get("COACH_KILLS", "200"))
APP_KILLS = int(os.environ.get("COACH_APP_KILLS", "12"))


@dataclass
class Ledger:
    """What the killed processes reported done, and what they may have done unreported."""

    glasses: int = 0
    unreported_glasses: int = 0
    goal: str = "8"
    tried_goal: str | None = None

    def read(self, lines: list[str]) -> None:
        for line in lines:
            match line.split():
                case ["try", "goal", goal]:
                    self.tried_goal = goal
                case ["goal", goal]:
                    self.goal, self.tried_goal = goal, None
                case ["try", "glass"]:
                    self.unreported_glasses += 1
                case ["glass"]:
                    self.glasses += 1
                    self.unreported_glasses -= 1

    def check(self, data: Path) -> None:
        """The files are whole and hold every change reported; then they are the truth."""
        settings_file = data / "settings.json"
        if settings_file.exists():
            goal = str(from_json(json.loads(settings_file.read_bytes())).water_goal)
            assert goal in (self.goal, self.tried_goal)
            self.goal, self.tried_goal = goal, None
        with sqlite3.connect(data / "history.sqlite3") as db:
            assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            count = db.execute("SELECT count(*) FROM water_glasses").fetchone()[0]
        db.close()
        assert self.glasses <= count <= self.glasses + self.unreported_glasses
        self.glasses, self.unreported_glasses = count, 0


def leftovers(data: Path) -> list[str]:
    return sorted(path.name for path in data.glob(".*.tmp"))


def test_killed_while_saving_settings_and_history_hundreds_of_times(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ledger = Ledger()
    chance = random.Random(20261125)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for kill in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.system.writer", str(data), str(kill)],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        first = writer.stdout.readline()  # it has started changing things
        time.sleep(chance.uniform(0, 0.05))
        writer.kill()
        rest = writer.stdout.read()  # not communicate(): it would skip what readline buffered
        writer.stdout.close()
        writer.wait(timeout=30)
        lines = (first + rest).splitlines(keepends=True)
        ledger.read([line for line in lines if line.endswith("\n")])  # the last may be cut
        ledger.check(data)
    assert ledger.glasses > KILLS / 2  # the kills did land among the writes
    # A temporary file of a killed writer is cleared by the next save.
    subprocess.run(
        coach_command("--data-dir", str(data), "config", "set", "water.goal", "7"),
        env=env,
        check=True,
        capture_output=True,
    )
    assert leftovers(data) == []


def test_the_running_app_killed_while_it_saves_loses_nothing_it_reported(
    app_env: dict[str, str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    name = Address(Paths.in_folder(data).config_dir)
    ledger = Ledger()
    chance = random.Random(7)
    for _ in range(APP_KILLS):
        app = subprocess.Popen(
            coach_command("--data-dir", str(data), "--hidden"),
            env={**app_env, "QT_QPA_PLATFORM": "offscreen"},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(lambda: send(name, {"command": "ping"}) is not None)
        lines: list[str] = []
        stop = threading.Event()

        def client(lines: list[str] = lines, stop: threading.Event = stop) -> None:
            requests = random.Random(len(lines))
            while not stop.is_set():
                if requests.random() < 0.5:
                    goal = str(requests.randint(1, 30))
                    request = {"command": "config-set", "key": "water.goal", "value": goal}
                    tried, done = f"try goal {goal}\n", f"goal {goal}\n"
                else:
                    request = {"command": "water-add", "count": 1}
                    tried, done = "try glass\n", "glass\n"
                lines.append(tried)
                reply = send(name, request)
                if reply is None or reply["code"] != 0:
                    return  # the app is gone: this one may or may not have been done
                lines.append(done)

        talking = threading.Thread(target=client)
        talking.start()
        time.sleep(chance.uniform(0.05, 0.5))
        app.kill()
        app.wait(timeout=30)
        stop.set()
        talking.join(timeout=30)
        ledger.read(lines)
        ledger.check(data)
    assert ledger.glasses > 0


def test_two_launches_at_the_same_instant_leave_exactly_one_app(
    app_env: dict[str, str], tmp_path: Path
) -> None:
    env = {**app_env, "QT_QPA_PLATFORM": "offscreen"}
    for launch in range(5):
        data = tmp_path / f"data-{launch}"
        at = time.time() + 1.5  # both past their imports, then go together
        code = (
            f"import time; from coach.cli import main; time.sleep(max(0, {at} - time.time())); "
            f"raise SystemExit(main(['--data-dir', {str(data)!r}, '--hidden']))"
        )
        apps = [
            subprocess.Popen(
                [sys.executable, "-c", code],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for _ in range(2)
        ]
        try:
            wait_for(lambda apps=apps: any(app.poll() is not None for app in apps))
            time.sleep(1.0)  # time for a second app, if there were one, to settle in
            exited = [app.returncode for app in apps if app.poll() is not None]
            assert exited == [0], "one hands over and exits; the other stays"
            assert send(Address(Paths.in_folder(data).config_dir), {"command": "ping"}) is not None
        finally:
            for app in apps:
                app.kill()
                app.wait(timeout=30)
