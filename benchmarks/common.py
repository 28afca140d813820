"""What the benchmarks share: a virtual screen with a tray host, process readings, and
the one table they print."""

from __future__ import annotations

import compileall
import json
import os
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
# The bare PySide6 app the tray measures compare with: an icon in the tray, nothing more.
BARE_TRAY = [
    sys.executable,
    "-c",
    "from PySide6.QtWidgets import QApplication\n"
    "from benchmarks.first_paint import bare_tray\n"
    "bare_tray(QApplication)",
]


@dataclass(frozen=True)
class Row:
    """One measure: Bedtime Coach's value beside a bare PySide6 app's, and the goal."""

    measure: str
    app: float
    bare: float | None = None  # None: nothing to compare with
    unit: str = ""
    goal: str = ""

    @property
    def ratio(self) -> float | None:
        return None if not self.bare else self.app / self.bare


def print_table(rows: list[Row]) -> None:
    print(f"{'measure':<48}{'Bedtime Coach':>15}{'bare PySide6':>14}{'ratio':>8}  goal")
    for row in rows:
        bare = "" if row.bare is None else f"{row.bare:.1f} {row.unit}"
        ratio = "" if row.ratio is None else f"{row.ratio:.2f}"
        line = f"{row.measure:<48}{row.app:>11.1f} {row.unit:<3}{bare:>14}{ratio:>8}  {row.goal}"
        print(line.rstrip())


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
def screen_with_tray() -> Iterator[dict[str, str]]:
    """A virtual X screen (Xvfb) with a tray host (trayer); the environment to use it."""
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
    from coach.core.session import RunRecord
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
