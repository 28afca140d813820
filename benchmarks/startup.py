"""Start-up: from process start to the main window's first painted frame, and to the
tray icon shown with --hidden, beside the floors in the same run (a bare PySide6 window;
a bare tray icon with a ten-item menu); medians of RUNS runs each. Needs Xvfb and trayer.

    python -m benchmarks.startup [--runs 10] [--verify]

Every program is first run once with its frame read back from the X server, so a
moment is only measured where it shows a painted frame (first_paint.py says how it is
seen); --verify does only that. The indented rows are the floors and where the
difference goes: the first screen's widgets in plain PySide6, the first screen as the
app makes it without the rest of the running app, and plain Python reading the history
file (the floor of the command line's rows).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import (
    ROOT,
    Row,
    a_months_data,
    compile_bytecode,
    median_ms,
    plain_python_read_ms,
    print_table,
    screen_with_tray,
)

RUNS = 10
WINDOW = ("window", ("app", "bare", "widgets", "chooser"))
TRAY = ("tray", ("app", "menu", "bare"))


def seconds_to_first_paint(
    env: dict[str, str], what: str, which: str, *arguments: str, verify: bool = False
) -> float:
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.first_paint", what, which, *arguments],
        env={**env, "BEDTIME_BENCH_VERIFY": "1"} if verify else env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if done.returncode or not done.stdout.strip():
        raise RuntimeError(f"{what} {which} showed no painted frame: {done.stderr[-500:]}")
    return float(done.stdout) - started


def arguments_for(what: str, which: str, data: Path) -> tuple[str, ...]:
    if which != "app":
        return ()
    return ("--data-dir", str(data), *(("--hidden",) if what == "tray" else ()))


def verify(env: dict[str, str], data: Path) -> None:
    """Each program once, its moment checked against the pixels the X server has."""
    for what, programs in (WINDOW, TRAY):
        for which in programs:
            seconds_to_first_paint(env, what, which, *arguments_for(what, which, data), verify=True)


def measure(runs: int = RUNS) -> list[Row]:
    compile_bytecode()
    times: dict[tuple[str, str], list[float]] = {}
    with screen_with_tray() as env, a_months_data() as data:
        verify(env, data)
        for what, programs in (WINDOW, TRAY):
            for _ in range(runs):  # interleaved, so that all see the same machine
                for which in programs:
                    seconds = seconds_to_first_paint(
                        env, what, which, *arguments_for(what, which, data)
                    )
                    times.setdefault((what, which), []).append(seconds)
        plain = plain_python_read_ms(data, env, runs)
    ms = {key: median_ms(seconds) for key, seconds in times.items()}
    window, tray = ms["window", "bare"], ms["tray", "menu"]
    return [
        Row("start-up to the window's first frame", ms["window", "app"], window, "ms", limit=1.5),
        Row("  the same widgets in plain PySide6 (floor)", ms["window", "widgets"], window, "ms"),
        Row("  the first screen alone, as the app makes it", ms["window", "chooser"], window, "ms"),
        Row("  a bare window (floor)", window, None, "ms"),
        Row("start-up to the tray icon (--hidden)", ms["tray", "app"], tray, "ms", limit=1.3),
        Row("  a bare tray icon with a menu (floor)", tray, ms["tray", "bare"], "ms"),
        Row("  a bare tray icon (floor)", ms["tray", "bare"], None, "ms"),
        Row("plain Python reading the history file (floor)", plain, None, "ms"),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--verify", action="store_true", help="only check each first frame")
    options = parser.parse_args()
    if options.verify:
        compile_bytecode()
        with screen_with_tray() as env, a_months_data() as data:
            verify(env, data)
        print("every first frame was painted when it was measured")
    else:
        print_table(measure(options.runs))
