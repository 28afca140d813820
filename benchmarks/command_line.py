"""The command line: `status`, `water add` and `night` from the terminal, with no app
running and handed to a running one, beside the floor, plain Python reading the same
SQLite file; medians of RUNS runs each, interleaved, in the same run.

    python -m benchmarks.command_line [--runs 20]

The goals (issue 17): at most 2x the floor with no app running, at most 1.5x handed to a
running app (started --hidden on a virtual screen with a tray host). The commands run as
a person runs them, without --data-dir: the platform's folders, pointed by XDG_*_HOME at
a month's data. One more row, plain Python importing only the libraries a command must
load to hand a request over, shows how much of that goal they leave.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks.common import (
    PLAIN_PYTHON_READ,
    ROOT,
    Row,
    a_months_data,
    compile_bytecode,
    print_table,
    screen_with_tray,
)

RUNS = 20
# What any command must load before it can hand a request over: its arguments, the
# socket's JSON, the socket, and the folders (platformdirs, which loads tempfile on 3.11).
LIBRARIES = "import argparse, json, socket, platformdirs"
APP = "bedtime-coach"  # the folders' name (coach.store.paths.APP_NAME)
COMMANDS = {
    "status": ["status"],
    "water add": ["water", "add"],
    "night": ["night", "--none"],
}


def wall_ms(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, timeout=60)
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"{command[3:]} failed: {done.stderr.decode()[-500:]}")
    return elapsed


def medians(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # once each first: caches warm for every one
        wall_ms(command, env)
    for _ in range(runs):  # interleaved, so that all see the same machine
        for name, command in commands.items():
            times[name].append(wall_ms(command, env))
    return {name: statistics.median(each) for name, each in times.items()}


@contextmanager
def running_app(config: Path, env: dict[str, str]) -> Iterator[None]:
    """The app started --hidden, answering on its socket in `config`."""
    sys.path.insert(0, str(ROOT))
    from coach.instance import Address, send

    app = subprocess.Popen(
        [sys.executable, "-m", "coach", "--hidden"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while send(Address(config), {"command": "status", "json": True}) is None:
            if app.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the app did not start answering")
            time.sleep(0.1)
        yield
    finally:
        app.terminate()
        app.wait(timeout=30)


def measure(runs: int = RUNS) -> list[Row]:
    compile_bytecode()
    rows = []
    with a_months_data() as month, screen_with_tray() as screen:
        sys.path.insert(0, str(ROOT))
        from coach.store.history import History

        history = History(month / "history.sqlite3")  # a month of use: last night answerable
        history.note_first_use(datetime.now().astimezone() - timedelta(days=31))
        history.close()
        homes = {kind: month / "home" / kind for kind in ("config", "data", "cache")}
        for kind, name in (("config", "settings.json"), ("data", "history.sqlite3")):
            (homes[kind] / APP).mkdir(parents=True, mode=0o700)
            shutil.move(month / name, homes[kind] / APP / name)
        folders = {f"XDG_{kind.upper()}_HOME": str(home) for kind, home in homes.items()}
        env = {**os.environ, **folders, "PYTHONPATH": str(ROOT)}
        env.pop("DISPLAY", None)  # from the terminal: nothing here needs one
        history_file = str(homes["data"] / APP / "history.sqlite3")
        commands = {
            "floor": [*PLAIN_PYTHON_READ, history_file],  # status's reads, in plain Python
            "libraries": [sys.executable, "-c", LIBRARIES],
            **{
                name: [sys.executable, "-m", "coach", *arguments]
                for name, arguments in COMMANDS.items()
            },
        }
        alone = medians(commands, env, runs)
        with running_app(homes["config"] / APP, {**screen, **folders}):
            handed = medians(commands, env, runs)
    floor = alone["floor"]
    for name in COMMANDS:
        rows.append(Row(f"`{name}`, no app running", alone[name], floor, "ms", limit=2.0))
    rows.append(Row("  plain Python reading the same history (floor)", floor, None, "ms"))
    floor = handed["floor"]
    for name in COMMANDS:
        label = f"`{name}`, handed to the running app"
        rows.append(Row(label, handed[name], floor, "ms", limit=1.5))
    rows.append(Row("  the same floor, with the app running (floor)", floor, None, "ms"))
    label = "  plain Python importing the same libraries"
    rows.append(Row(label, handed["libraries"], floor, "ms"))
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    print_table(measure(parser.parse_args().runs))
