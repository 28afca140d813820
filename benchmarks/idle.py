"""The app idle in the tray, beside a bare PySide6 tray app in the same run.

    python -m benchmarks.idle [--seconds 60]

Starts its own virtual screen (Xvfb) and tray host (trayer), starts both apps hidden in
the tray, lets them settle, then measures CPU time and context switches (all threads)
over the window, per minute.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import (
    BARE_TRAY,
    ROOT,
    Row,
    a_months_data,
    compile_bytecode,
    print_table,
    screen_with_tray,
)

SETTLE_SECONDS = 5


def tick_seconds() -> float:
    return 1 / os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * tick_seconds()  # utime + stime


def context_switches(pid: int) -> int:
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        for line in (task / "status").read_text().splitlines():
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                total += int(line.split()[1])
    return total


def measure(seconds: float = 60.0) -> list[Row]:
    compile_bytecode()
    with screen_with_tray() as env, a_months_data() as data:
        bare = subprocess.Popen(BARE_TRAY, env=env, cwd=ROOT)
        app = subprocess.Popen(
            [sys.executable, "-m", "coach", "--data-dir", str(data), "--hidden"], env=env
        )
        try:
            time.sleep(SETTLE_SECONDS)
            before = {p.pid: (cpu_seconds(p.pid), context_switches(p.pid)) for p in (bare, app)}
            time.sleep(seconds)
            after = {p.pid: (cpu_seconds(p.pid), context_switches(p.pid)) for p in (bare, app)}
        finally:
            for process in (bare, app):
                process.terminate()
                process.wait(timeout=30)

    def used(process: subprocess.Popen[bytes]) -> tuple[float, float]:
        (cpu0, switches0), (cpu1, switches1) = before[process.pid], after[process.pid]
        return (cpu1 - cpu0) * 1000 / seconds * 60, (switches1 - switches0) * 60 / seconds

    (app_cpu, app_switches), (bare_cpu, bare_switches) = used(app), used(bare)
    return [
        Row("CPU idle in the tray, per minute", app_cpu, bare_cpu, "ms",
            as_bare(app_cpu, bare_cpu, tick_seconds() * 1000 * 2, " ms")),
        Row("context switches idle, per minute", app_switches, bare_switches, "",
            as_bare(app_switches, bare_switches, 6, "")),
    ]  # fmt: skip


def as_bare(app: float, bare: float, allowed: float, unit: str) -> str:
    """The "as bare" goal: met within `allowed` (a reading's own jitter), else how much more."""
    return "as bare: met" if app - bare <= allowed else f"as bare: {app - bare:.0f}{unit} more"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    print_table(measure(parser.parse_args().seconds))
