"""`make bench`: every benchmark, one table. Start-up, idle and memory run their own
virtual screen with a tray host (Xvfb, trayer); the whole run has one D-Bus session bus,
ended after it; the timer benchmark plays a routine for ten minutes in real time, so the
whole takes about a quarter of an hour. Each goal's row says whether it is met.

    python -m benchmarks [--quick]   (--quick: 3 start-ups, 10 s idle, a 1-minute routine)
"""

from __future__ import annotations

import argparse
import os
import platform

from benchmarks import animation, idle, memory, startup, timers
from benchmarks.common import print_table, session_bus


def machine() -> str:
    with open("/proc/cpuinfo") as info:
        names = [line.split(":", 1)[1].strip() for line in info if "model name" in line]
    cpu = names[0] if names else platform.processor()
    import PySide6

    return (
        f"{cpu}, {os.cpu_count()} cores; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, PySide6 {PySide6.__version__}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    quick = parser.parse_args().quick
    with session_bus():
        rows = startup.measure(3 if quick else startup.RUNS)
        rows += idle.measure(10 if quick else 60)
        rows += memory.measure()
        rows += animation.measure(5 if quick else 15)
        rows += timers.measure(1 if quick else 10)
        rows += __import__("benchmarks.command_line").command_line.measure(3 if quick else 20)
    print(machine())
    print_table(rows)


if __name__ == "__main__":
    main()
