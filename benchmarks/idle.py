"""The app idle in the tray, beside a bare PySide6 tray app in the same run.

    python benchmarks/idle.py [--seconds 60]

Starts its own virtual screen (Xvfb) and tray host (trayer), starts both apps hidden in
the tray, lets them settle, then measures over the window: CPU seconds, context switches
per minute (all threads) and resident memory, with the ratios app / bare.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_TRAY_APP = """
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
app = QApplication([])
app.setQuitOnLastWindowClosed(False)
pixmap = QPixmap(22, 22)
pixmap.fill(QColor("navy"))
icon = QSystemTrayIcon(QIcon(pixmap))
icon.show()
app.exec()
"""
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


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def start_screen() -> tuple[subprocess.Popen[bytes], str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        return server, ":" + pipe.readline().strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    seconds = parser.parse_args().seconds
    server, display = start_screen()
    env = {**os.environ, "DISPLAY": display}
    env.pop("QT_QPA_PLATFORM", None)
    tray = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request", "--height", "32"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        quiet = {**env, "HOME": str(home)}
        bare = subprocess.Popen([sys.executable, "-c", BARE_TRAY_APP], env=quiet)
        app = subprocess.Popen(
            [sys.executable, "-m", "coach", "--data-dir", str(home / "data"), "--hidden"],
            env=quiet,
        )
        try:
            time.sleep(SETTLE_SECONDS)
            before = {p.pid: (cpu_seconds(p.pid), context_switches(p.pid)) for p in (bare, app)}
            time.sleep(seconds)
            rows = {}
            for name, process in (("bare PySide6 tray app", bare), ("Bedtime Coach --hidden", app)):
                cpu0, switches0 = before[process.pid]
                rows[name] = (
                    cpu_seconds(process.pid) - cpu0,
                    (context_switches(process.pid) - switches0) * 60 / seconds,
                    resident_mb(process.pid),
                )
        finally:
            for process in (bare, app, tray):
                process.terminate()
                process.wait(timeout=30)
            server.terminate()
            server.wait(timeout=10)

    print(f"idle in the tray for {seconds:.0f} s")
    print(f"{'':<26}{'CPU s':>10}{'switches/min':>14}{'RSS MB':>10}")
    for name, (cpu, switches, rss) in rows.items():
        print(f"{name:<26}{cpu:>10.3f}{switches:>14.1f}{rss:>10.1f}")
    (bare_cpu, bare_sw, bare_rss), (cpu, sw, rss) = rows.values()
    print(
        f"{'ratio app / bare':<26}{cpu / max(bare_cpu, tick_seconds()):>10.1f}"
        f"{sw / max(bare_sw, 1):>14.1f}{rss / bare_rss:>10.2f}"
    )


if __name__ == "__main__":
    main()
