"""The real app on a virtual X screen, driven by real key presses (xdotool)."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.system.conftest import coach_command, need

# Short holds, so that a real run takes seconds; written as a person's settings file.
QUICK = {"version": 1, "routine": {"hold_seconds": 1, "rest_seconds": 1, "reps": 1}}


def wait_for(condition: Callable[[], object], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {condition}")
        time.sleep(0.05)


class RunningApp:
    def __init__(self, process: subprocess.Popen[bytes], display: str, data: Path) -> None:
        self.process = process
        self.display = display
        self.data = data
        self.window = ""

    def xdotool(self, *arguments: str) -> str:
        result = subprocess.run(
            [need("xdotool", "xdotool"), *arguments],
            env={"DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        )
        return result.stdout.strip()

    def keys(self, *names: str) -> None:
        for name in names:
            self.xdotool("key", "--window", self.window, name)

    def screenshot(self, path: Path) -> QImage:
        subprocess.run(
            [need("import", "imagemagick"), "-display", self.display, "-window", "root", path],
            check=True,
            timeout=30,
        )
        return QImage(str(path))

    def runs(self) -> list[tuple[str, int, int, str]]:
        with closing(sqlite3.connect(self.data / "history.sqlite3")) as db:
            return db.execute(
                "SELECT routine_id, steps_completed, steps_total, outcome FROM routine_runs"
            ).fetchall()

    def quit(self) -> tuple[int, str]:
        self.process.send_signal(signal.SIGTERM)
        _, stderr = self.process.communicate(timeout=30)
        return self.process.returncode, stderr.decode()


@pytest.fixture
def start_app(
    xvfb: str, app_env: dict[str, str], tmp_path: Path
) -> Iterator[Callable[[dict[str, object] | bytes | None], RunningApp]]:
    need("xdotool", "xdotool")
    started: list[RunningApp] = []

    def start(settings: dict[str, object] | bytes | None = None) -> RunningApp:
        data = tmp_path / "data"
        data.mkdir(exist_ok=True)
        if settings is not None:
            content = settings if isinstance(settings, bytes) else json.dumps(settings).encode()
            (data / "settings.json").write_bytes(content)
        process = subprocess.Popen(
            coach_command("--data-dir", str(data)),
            env={**app_env, "DISPLAY": xvfb},
            stderr=subprocess.PIPE,
        )
        app = RunningApp(process, xvfb, data)
        started.append(app)
        app.window = app.xdotool("search", "--sync", "--onlyvisible", "--name", "Bedtime Coach")
        app.xdotool("windowfocus", "--sync", app.window)
        return app

    yield start
    for app in started:
        if app.process.poll() is None:
            app.process.kill()
            app.process.communicate()


def distinct_colours(image: QImage) -> int:
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    )


def test_a_routine_run_with_the_keyboard_lands_in_history(
    start_app: Callable[..., RunningApp], tmp_path: Path
) -> None:
    app = start_app(QUICK)
    assert distinct_colours(app.screenshot(tmp_path / "chooser.png")) > 8
    app.keys("Return")  # Start the evening routine
    time.sleep(5)  # both legs' 1 s hold and 1 s rest run out in real time
    app.keys("Right", "Right", "Right")  # skip the walk and both massages
    app.keys("Return")  # the bedtime tip: Done
    wait_for(app.runs)
    assert app.runs() == [("evening", 3, 6, "completed")]
    assert distinct_colours(app.screenshot(tmp_path / "summary.png")) > 8
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
    [line] = stderr.splitlines()
    assert "could not be used" in line
    assert str(kept) in line
