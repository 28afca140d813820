"""The benchmark's first frame is a painted frame, seen the same way for the app and the
bare programs; its session bus ends with it; its goals say by how much they are missed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks import first_paint, idle, startup
from benchmarks.common import ROOT, Row, a_months_data, growth, screen_with_tray, session_bus
from tests.system.conftest import need

# The measuring program with its moment taken at the first Paint, before the paint:
# the verification must refuse it, or it checks nothing.
TOO_EARLY = """
import sys
from PySide6.QtCore import QEvent
import benchmarks.first_paint as fp

def too_early(self, watched, event):
    if self._widget is None and event.type() == QEvent.Type.Paint:
        self._widget = watched
        self._done()
    return False

fp.PaintWatch.eventFilter = too_early
what = sys.argv[1]
program = fp.bare_window if what == "window" else fp.bare_tray
program(fp.timed_application(what))
"""


@pytest.fixture
def tools() -> None:
    need("Xvfb", "xvfb")
    need("trayer", "trayer")
    need("dbus-daemon", "dbus-daemon")


@pytest.mark.usefixtures("tools")
def test_every_measured_first_frame_is_painted_on_the_x_server() -> None:
    with screen_with_tray() as env, a_months_data() as data:
        startup.verify(env, data)  # raises, saying which, where a frame is missing


@pytest.mark.usefixtures("tools")
@pytest.mark.parametrize("what", ["window", "tray"])
def test_a_moment_taken_before_the_paint_is_refused(what: str) -> None:
    with screen_with_tray() as env:
        done = subprocess.run(
            [sys.executable, "-c", TOO_EARLY, what],
            env={**env, "BEDTIME_BENCH_VERIFY": "1"},
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == first_paint.NOT_PAINTED, done.stderr
    assert "not painted" in done.stderr


@pytest.mark.usefixtures("tools")
def test_one_session_bus_for_the_run_ended_after_it() -> None:
    with session_bus() as address:
        pid = int(os.environ["BEDTIME_BENCH_BUS"])
        with session_bus() as inner:  # a benchmark inside the run uses the run's bus
            assert inner == address
        assert os.environ["DBUS_SESSION_BUS_ADDRESS"] == address
        os.kill(pid, 0)  # alive
    assert ends_soon(pid)
    assert os.environ.get("DBUS_SESSION_BUS_ADDRESS") != address


def ends_soon(pid: int) -> bool:
    """Whether the process is gone (or a zombie) within five seconds."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except FileNotFoundError:
            return True
        if state == "Z":
            return True
        time.sleep(0.05)
    return False


def test_a_goal_says_whether_it_is_met_and_by_how_much() -> None:
    assert Row("tray", 130.0, 100.0, "ms", limit=1.3).verdict == "at most 1.3x: met"
    assert Row("tray", 155.0, 100.0, "ms", limit=1.3).verdict == "at most 1.3x: 0.25 over"
    named = Row("walk", 50.0, 20.0, "ms", "at most 2x a bare repaint", 2.0)
    assert named.verdict == "at most 2x a bare repaint: 0.50 over"
    assert growth("rss", 70.0, 70.4, "MB", 1.0).goal == "no growth: met"
    assert growth("rss", 70.0, 73.0, "MB", 1.0).goal == "no growth: grew 3.0 MB"
    assert idle.as_bare(2.0, 0.0, 6, "") == "as bare: met"
    assert idle.as_bare(126.0, 2.0, 6, "") == "as bare: 124 more"
