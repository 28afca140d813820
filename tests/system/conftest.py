"""System tests run the real app on a real (virtual) X screen.

They skip where a tool is missing, saying which; with CI=true a skip is a failure,
since CI installs every tool (.ci/run).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from coach.store.paths import Paths
from coach.ui.instance import Address
from tests.conftest import ROOT
from tests.system.desktops import notification_session, wayland_desktop  # noqa: F401 (fixtures)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("CI") == "true":
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.longrepr = f"CI=true and a system test would skip: {reason}"


def need(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is missing (Debian package {package})")
    return path


@pytest.fixture(scope="session")
def xvfb() -> Iterator[str]:
    """A virtual X screen of 1280x800 for this test session; its DISPLAY value."""
    yield from screen()


def screen() -> Iterator[str]:
    """A virtual X screen of 1280x800 while the generator runs; its DISPLAY value."""
    server = need("Xvfb", "xvfb")
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        [server, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()  # Xvfb writes the display number once it is ready
    if not number:
        process.kill()
        pytest.fail("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def app_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a person's session: their own home, no test settings."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
        and not key.startswith("XDG_")
    }
    env["HOME"] = str(tmp_path / "home")
    env["PYTHONPATH"] = str(ROOT)
    env["LANG"] = "C.UTF-8"  # English, unless a test asks for another language
    return env


def coach_command(*arguments: str) -> list[str]:
    """The app under test: this checkout through this Python, or with COACH_BINARY set, an
    installed program (`COACH_BINARY=dist/bedtime-coach/bedtime-coach`, the bundle)."""
    binary = os.environ.get("COACH_BINARY")
    if binary:
        return [str(Path(binary).absolute()), *arguments]
    return [sys.executable, "-m", "coach", *arguments]


# Short holds, so that a real run takes seconds; written as a person's settings file.
QUICK = {
    "version": 1,
    "routine": {"hold_seconds": 1, "rest_seconds": 1, "reps": 1},
    "app": {"welcomed": True},  # the first start's welcome was seen before
}


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

    def drawn(self, path: Path, colours: int = 8) -> bool:
        """Whether the screen shows more than `colours` colours: a window is mapped before
        it is painted, so a screenshot taken at once can be one flat colour."""
        return distinct_colours(self.screenshot(path)) > colours

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


class Coach:
    """The app's command line against one data folder, the GUI drawn offscreen."""

    def __init__(self, env: dict[str, str], data: Path) -> None:
        self.env = {**env, "QT_QPA_PLATFORM": "offscreen"}
        self.data = data
        self.apps: list[subprocess.Popen[bytes]] = []

    def run(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            coach_command("--data-dir", str(self.data), *arguments),
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )

    def start(self, files: int | None = None) -> subprocess.Popen[bytes]:
        """Start the app; with `files`, as under `ulimit -n files`."""

        def limit() -> None:
            if files is not None:
                resource.setrlimit(resource.RLIMIT_NOFILE, (files, files))

        app = subprocess.Popen(
            coach_command("--data-dir", str(self.data)),
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=limit,
        )
        self.apps.append(app)
        wait_for(self.running)
        return app

    def running(self) -> bool:
        return bool(json.loads(self.run("status", "--json").stdout)["running"])

    @property
    def socket_path(self) -> Path:
        return Path(Address(Paths.in_folder(self.data).config_dir).name)


@pytest.fixture
def coach(app_env: dict[str, str], tmp_path: Path) -> Iterator[Coach]:
    helper = Coach(app_env, tmp_path / "data")
    yield helper
    for app in helper.apps:
        if app.poll() is None:
            app.terminate()
            app.wait(timeout=30)
