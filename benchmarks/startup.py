"""Start-up: from process start to the main window's first painted frame, and to the
tray icon shown with --hidden, beside a bare PySide6 window and tray icon in the same
run; medians of RUNS runs each. Needs Xvfb and trayer.

    python -m benchmarks.startup [--runs 10]
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


def measure(runs: int = RUNS) -> list[Row]:
    rows = []
    compile_bytecode()
    with screen_with_tray() as env, a_months_data() as data:
        for what, label, extra in (
            ("window", "start-up to the window's first frame", ()),
            ("tray", "start-up to the tray icon (--hidden)", ("--hidden",)),
        ):
            app, bare = [], []
            for _ in range(runs):  # interleaved, so that both see the same machine
                bare.append(seconds_to_first_paint(env, what, "bare"))
                app.append(
                    seconds_to_first_paint(env, what, "app", "--data-dir", str(data), *extra)
                )
            rows.append(
                Row(
                    label,
                    statistics.median(app) * 1000,
                    statistics.median(bare) * 1000,
                    "ms",
                    "at most 1.3x",
                )
            )
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    print_table(measure(parser.parse_args().runs))
