"""The real app on a virtual X screen, driven by real key presses (xdotool)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from tests.system.conftest import QUICK, RunningApp, wait_for


def test_a_routine_run_with_the_keyboard_lands_in_history(
    start_app: Callable[..., RunningApp], tmp_path: Path
) -> None:
    app = start_app(QUICK)
    wait_for(lambda: app.drawn(tmp_path / "chooser.png"))
    app.keys("Return")  # Start the evening routine
    time.sleep(5)  # both legs' 1 s hold and 1 s rest run out in real time
    app.keys("Right", "Right", "Right")  # skip the walk and both massages
    app.keys("Return")  # the bedtime tip: Done
    wait_for(app.runs)
    assert app.runs() == [("evening", 3, 6, "completed")]
    wait_for(lambda: app.drawn(tmp_path / "summary.png"))
    code, stderr = app.quit()
    assert (code, stderr) == (0, "")


def test_quitting_mid_run_records_it_as_stopped(start_app: Callable[..., RunningApp]) -> None:
    app = start_app(QUICK)
    app.keys("Return")
    time.sleep(2.5)  # the left leg's hold and rest are done
    code, _ = app.quit()
    assert code == 0
    assert app.runs() == [("evening", 1, 6, "stopped")]


def test_a_hand_broken_settings_file_is_kept_aside_and_reported(
    start_app: Callable[..., RunningApp],
) -> None:
    broken = b'{"version": 1, "routine": {"hold_seconds": 10,}}'
    app = start_app(broken)
    [kept] = app.data.glob("settings.json.corrupt-*")
    assert kept.read_bytes() == broken
    assert json.loads((app.data / "settings.json").read_text())["version"] == 1
    code, stderr = app.quit()
    assert code == 0
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    [line] = lines
    assert "could not be used" in line
    assert str(kept) in line
