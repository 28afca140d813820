"""SIGTERM (a logout) and SIGINT (Ctrl+C) end the app cleanly, even when they come while
it is still starting."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SCRIPT = """
import os, signal, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from coach.app import quit_on_signals

app = QApplication([])
quit_on_signals(app)
os.kill(os.getpid(), signal.{name})  # before the event loop runs, as at a start
QTimer.singleShot(10_000, lambda: app.exit(3))  # the signal was lost
sys.exit(app.exec())
"""


@pytest.mark.parametrize("name", ["SIGTERM", "SIGINT"])
def test_a_signal_before_the_event_loop_runs_ends_it_as_soon_as_it_starts(name: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(name=name)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (result.returncode, result.stderr) == (0, "")
