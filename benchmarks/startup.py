"""Start-up: from process start to the main window's first painted frame, and to the
tray icon shown with --hidden, beside a bare PySide6 window and tray icon in the same
run; medians of RUNS runs each. Needs Xvfb and trayer.

    python -m benchmarks.startup [--runs 10]

Two more rows tell where the difference goes: the first screen's widgets in plain PySide6,
and the first screen as the app makes it without the rest of the running app.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

from benchmarks.common import (
    ROOT,
    Row,
    a_months_data,
    compile_bytecode,
    print_table,
    screen_with_tray,
)

RUNS = 10


def seconds_to_first_paint(env: dict[str, str], what: str, which: str, *arguments: str) -> float:
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.first_paint", what, which, *arguments],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if not done.stdout.strip():
        raise RuntimeError(f"{what} {which} painted nothing: {done.stderr[-500:]}")
    return float(done.stdout) - started


# Programs of first_paint.py that show where a window start-up goes, with their rows.
PARTS = {
    "widgets": "  the same widgets in plain PySide6",
    "chooser": "  the first screen alone, as the app makes it",
}


def measure(runs: int = RUNS) -> list[Row]:
    rows = []
    compile_bytecode()
    with screen_with_tray() as env, a_months_data() as data:
        for what, label, extra, parts in (
            ("window", "start-up to the window's first frame", (), tuple(PARTS)),
            ("tray", "start-up to the tray icon (--hidden)", ("--hidden",), ()),
        ):
            times: dict[str, list[float]] = {"app": [], "bare": [], **{p: [] for p in parts}}
            for _ in range(runs):  # interleaved, so that all see the same machine
                for which in times:
                    arguments = ("--data-dir", str(data), *extra) if which == "app" else ()
                    times[which].append(seconds_to_first_paint(env, what, which, *arguments))
            bare = median_ms(times["bare"])
            rows.append(Row(label, median_ms(times["app"]), bare, "ms", "at most 1.3x"))
            rows += [Row(PARTS[part], median_ms(times[part]), bare, "ms") for part in parts]
    return rows


def median_ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    print_table(measure(parser.parse_args().runs))
