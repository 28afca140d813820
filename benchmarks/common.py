"""What the benchmarks share: a virtual screen with a tray host, one session bus for the
run, process readings, the floors every start-up compares with, and the one table they
print."""

from __future__ import annotations

import compileall
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The bare PySide6 app the tray measures compare with: an icon in the tray with a
# ten-item menu (the "bare tray app with a menu"), nothing more.
BARE_TRAY = [
    sys.executable,
    "-c",
    "from PySide6.QtWidgets import QApplication\n"
    "from benchmarks.first_paint import bare_tray_with_menu\n"
    "bare_tray_with_menu(QApplication)",
]
# The floor of the command line: plain Python reading the history file the app's
# `status` reads (glasses today, the last routine, the last cramp), and printing them.
PLAIN_PYTHON_READ = [
    sys.executable,
    "-c",
    "import sqlite3, sys\n"
    "from datetime import date\n"
    "db = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True)\n"
    "today = date.today().isoformat()\n"
    "glasses = db.execute('SELECT count(*) FROM water_glasses WHERE drunk_at >= ?', (today,))\n"
    "run = db.execute('SELECT routine_id, ended_at FROM routine_runs ORDER BY started_at DESC"
    " LIMIT 1')\n"
    "cramp = db.execute('SELECT started_at FROM cramps ORDER BY started_at DESC LIMIT 1')\n"
    "print(glasses.fetchone()[0], run.fetchone(), cramp.fetchone())\n",
]


@dataclass(frozen=True)
class Row:
    """One measure: Bedtime Coach's value beside its floor (a bare program's, measured in
    the same run), and the goal. With `limit`, the goal is a ratio the row must stay
    under, and the table says whether it does and by how much it does not."""

    measure: str
    app: float
    bare: float | None = None  # None: nothing to compare with
    unit: str = ""
    goal: str = ""
    limit: float | None = None  # the goal as a ratio: at most this many times the floor

    @property
    def ratio(self) -> float | None:
        return None if not self.bare else self.app / self.bare

    @property
    def verdict(self) -> str:
        if self.limit is None or self.ratio is None:
            return self.goal
        gap = self.ratio - self.limit
        said = f"{self.goal}: " if self.goal else f"at most {self.limit:g}x: "
        return said + ("met" if gap <= 0 else f"{gap:.2f} over")


def growth(
    measure: str, first: float, last: float, unit: str, allowed: float, bare: float | None = None
) -> Row:
    """A "no growth" goal: the last reading (beside the floor's, if given) against the
    first, met within `allowed`."""
    grown = last - first
    said = "met" if grown <= allowed else f"grew {grown:.1f} {unit}"
    return Row(measure, last, bare, unit, f"no growth: {said}")


def print_table(rows: list[Row]) -> None:
    print(f"{'measure':<50}{'Bedtime Coach':>15}{'floor':>14}{'ratio':>8}  goal")
    for row in rows:
        bare = "" if row.bare is None else f"{row.bare:.1f} {row.unit}"
        ratio = "" if row.ratio is None else f"{row.ratio:.2f}"
        value = f"{row.app:>11.1f} {row.unit:<3}"
        print(f"{row.measure:<50}{value}{bare:>14}{ratio:>8}  {row.verdict}".rstrip())


def median_ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000


def seconds_to_exit(command: list[str], env: dict[str, str]) -> float:
    """Wall-clock seconds from starting `command` to its end (it must succeed)."""
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, timeout=60)
    return time.perf_counter() - started


def plain_python_read_ms(data: Path, env: dict[str, str], runs: int) -> float:
    """The command line's floor: median ms for plain Python to read the history file."""
    command = [*PLAIN_PYTHON_READ, str(data / "history.sqlite3")]
    return median_ms([seconds_to_exit(command, env) for _ in range(runs)])


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def compile_bytecode() -> None:
    """The app's modules compiled, as they are once installed (pip compiles them, and
    Python caches them on a first run). Where PYTHONDONTWRITEBYTECODE is set, as on some
    build machines, every start would compile the app from source and measure that."""
    compileall.compile_dir(ROOT / "coach", quiet=1)


@contextmanager
def session_bus() -> Iterator[str]:
    """One D-Bus session bus for the benchmark run, ended after it; its address is in
    os.environ (so in every measured process's environment) while it runs. Without one,
    each measured start would launch a bus of its own that outlives it. Nested, the
    outer bus is used."""
    if os.environ.get("BEDTIME_BENCH_BUS"):
        yield os.environ["DBUS_SESSION_BUS_ADDRESS"]
        return
    started = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        check=True,
        capture_output=True,
        text=True,
    )
    address, pid = started.stdout.split()
    saved = {
        name: os.environ.get(name) for name in ("DBUS_SESSION_BUS_ADDRESS", "BEDTIME_BENCH_BUS")
    }
    os.environ.update(DBUS_SESSION_BUS_ADDRESS=address, BEDTIME_BENCH_BUS=pid)
    try:
        yield address
    finally:
        os.kill(int(pid), signal.SIGTERM)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextmanager
def screen_with_tray() -> Iterator[dict[str, str]]:
    """A virtual X screen (Xvfb) with a tray host (trayer) and the run's session bus;
    the environment to use them."""
    with session_bus(), _screen_with_tray() as env:
        yield env


@contextmanager
def _screen_with_tray() -> Iterator[dict[str, str]]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        display = ":" + pipe.readline().strip()
    env = {**os.environ, "DISPLAY": display, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    tray = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "32"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1)
    try:
        yield env
    finally:
        for process in (tray, server):
            process.terminate()
            process.wait(timeout=10)


@contextmanager
def a_months_data() -> Iterator[Path]:
    """A data folder as a person's looks after a month: settings and history."""
    sys.path.insert(0, str(ROOT))
    from coach.core.diary import Cramp
    from coach.core.runs import RunRecord
    from coach.store.history import History

    with tempfile.TemporaryDirectory(prefix="bedtime-coach-bench-") as folder:
        data = Path(folder)
        (data / "settings.json").write_text(json.dumps({"version": 1, "app": {"welcomed": True}}))
        history = History(data / "history.sqlite3")
        now = datetime.now().astimezone()
        for day in range(30):
            evening = now - timedelta(days=day, hours=2)
            history.record_run(
                RunRecord("evening", evening, evening + timedelta(minutes=8), 6, 6, True)
            )
            history.add_glasses(evening - timedelta(hours=8), 6)
            if day % 4 == 0:
                history.add_cramp(Cramp(evening + timedelta(hours=5), "left", 4))
        history.close()
        yield data
