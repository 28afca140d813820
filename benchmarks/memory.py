"""Memory: resident size after start and after an hour idle in the tray, beside a bare
PySide6 tray app with a menu in the same run (the hour is simulated: libfaketime runs the clocks of
both at 120 times real speed, so every timer fires as it would); then the growth over
100 routine runs in one process.

    python -m benchmarks.memory
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import (
    BARE_TRAY,
    ROOT,
    Row,
    a_months_data,
    compile_bytecode,
    growth,
    print_table,
    resident_mb,
    screen_with_tray,
)

SPEED = 120  # an hour in 30 seconds
SETTLE = 3.0
GROWTH_MB = 1.0  # what "no growth" allows: the allocator's pages come and go


def libfaketime() -> str:
    found = sorted(Path("/usr/lib").glob("*/faketime/libfaketime.so.1"))
    if not found:
        raise SystemExit("libfaketime is missing (Debian package faketime)")
    return str(found[0])


def idle_in_tray() -> list[Row]:
    compile_bytecode()
    with screen_with_tray() as env, a_months_data() as data:
        fast = {**env, "LD_PRELOAD": libfaketime(), "FAKETIME": f"+0 x{SPEED}"}
        bare = subprocess.Popen(BARE_TRAY, env=fast, cwd=ROOT)
        app = subprocess.Popen(
            [sys.executable, "-m", "coach", "--data-dir", str(data), "--hidden"], env=fast
        )
        try:
            time.sleep(SETTLE)
            started = (resident_mb(app.pid), resident_mb(bare.pid))
            time.sleep(3600 / SPEED)
            hour = (resident_mb(app.pid), resident_mb(bare.pid))
            alive = app.poll() is None and bare.poll() is None
        finally:
            for process in (app, bare):
                process.terminate()
                process.wait(timeout=30)
    if not alive:
        raise SystemExit("an app ended during the hour")
    return [
        Row("resident memory after start (--hidden)", *started, "MB", limit=1.2),
        growth("resident memory after an hour idle", started[0], hour[0], "MB", GROWTH_MB, hour[1]),
    ]


def routine_runs(runs: int = 100) -> list[Row]:
    """RSS after the 10th and the 100th run of the evening routine, played to its end."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from coach.core.clock import SystemClock
    from coach.journal import Journal
    from coach.ui.assets import shipped_routines
    from coach.ui.live_journal import LiveJournal
    from coach.ui.main_window import MainWindow

    qInstallMessageHandler(lambda *message: None)
    app = QApplication.instance() or QApplication([])
    readings = {}
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal.in_folder(Path(folder), SystemClock(), shipped_routines())
        window = MainWindow(LiveJournal(journal))
        window.show()
        for run in range(1, runs + 1):
            window.start_routine("evening")
            session = window.player.session
            assert session is not None
            while session.is_active:  # every step shown, its frames painted, then the next
                app.processEvents()
                window.player.skip()
            app.processEvents()
            if run in (10, runs):
                readings[run] = resident_mb(os.getpid())
        window.close()
        journal.close()
    return [
        Row("resident memory after 10 routine runs", readings[10], None, "MB"),
        growth(f"resident memory after {runs} routine runs", readings[10], readings[runs], "MB",
               GROWTH_MB),
    ]  # fmt: skip


def measure() -> list[Row]:
    return idle_in_tray() + routine_runs()


if __name__ == "__main__":
    print_table(measure())
