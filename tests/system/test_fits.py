"""The window fits the screen at every text size, as a person sees it: a real X screen
of the size chosen, a window manager (openbox) framing the window, and QT_FONT_DPI for
150% and 200% text. The window's real geometry is read from the X server; every page,
dialog and step of the player is checked for overlapping widgets and cut text
(coach.ui.layout_check, run in the app's own process by tests/system/layout_walk.py)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.system.conftest import coach_command, need, wait_for

WM_CHECK = "_NET_SUPPORTING_WM_CHECK"  # set on the root window by a running window manager
SIZES = ["1024x600", "1280x800"]
DPIS = {"100%": "96", "150%": "144", "200%": "192"}
TITLE = "Bedtime Coach"


def x(display: str, *command: str) -> str:
    result = subprocess.run(
        list(command), env={"DISPLAY": display}, capture_output=True, text=True, timeout=30
    )
    return result.stdout


PANEL = 40  # px: a panel across the top of the screen, as on many desktops
PANEL_SCRIPT = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
panel = QWidget()
panel.setWindowTitle("test panel")
panel.setWindowFlags(Qt.WindowType.FramelessWindowHint)
panel.setGeometry(0, 0, int(sys.argv[1]), int(sys.argv[2]))
panel.show()
app.exec()
"""


@contextmanager
def top_panel(display: str, size: str) -> Iterator[None]:
    """A window that keeps the top PANEL pixels to itself (a strut), as a desktop's panel
    does: the screen's free part (availableGeometry) begins below it."""
    width = size.split("x")[0]
    env = {**os.environ, "DISPLAY": display, "QT_FONT_DPI": "96"}
    env.pop("QT_QPA_PLATFORM", None)
    panel = subprocess.Popen(
        [sys.executable, "-c", PANEL_SCRIPT, width, str(PANEL)],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    try:
        found = x(display, "xdotool", "search", "--sync", "--onlyvisible", "--name", "test panel")
        window = found.split()[0]
        strut = f"0, 0, {PANEL}, 0, 0, 0, 0, 0, 0, {int(width) - 1}, 0, 0"
        x(
            display,
            "xprop",
            "-id",
            window,
            "-f",
            "_NET_WM_STRUT_PARTIAL",
            "32c",
            "-set",
            "_NET_WM_STRUT_PARTIAL",
            strut,
        )
        x(
            display,
            "xprop",
            "-id",
            window,
            "-f",
            "_NET_WM_STRUT",
            "32c",
            "-set",
            "_NET_WM_STRUT",
            f"0, 0, {PANEL}, 0",
        )
        wait_for(lambda: f", {PANEL}," in x(display, "xprop", "-root", "_NET_WORKAREA"))
        yield
    finally:
        panel.terminate()
        panel.wait(timeout=10)


@contextmanager
def desktop(size: str) -> Iterator[tuple[str, str]]:
    """An Xvfb screen of `size` with openbox managing it, and a session bus of its own
    (else every Qt start launches one that outlives it); DISPLAY and the bus address."""
    server = need("Xvfb", "xvfb")
    need("openbox", "openbox")
    need("xdotool", "xdotool")
    need("xwininfo", "x11-utils")
    read_end, write_end = os.pipe()
    screen = subprocess.Popen(
        [server, "-displayfd", str(write_end), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        display = f":{pipe.readline().strip()}"
    try:
        manager = start_openbox(display)
    except BaseException:
        screen.terminate()
        screen.wait(timeout=10)
        raise
    bus = subprocess.Popen(
        [need("dbus-daemon", "dbus"), "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        yield display, address
    finally:
        for process in (bus, manager, screen):
            process.terminate()
            process.wait(timeout=10)
        if bus.stdout is not None:
            bus.stdout.close()


def start_openbox(display: str, tries: int = 3) -> subprocess.Popen[bytes]:
    """openbox managing `display`; tried again if it ends at its start (seen now and
    then here, with several X screens starting at once)."""
    for _ in range(tries):
        manager = subprocess.Popen(
            ["openbox", "--sm-disable"],
            env={**os.environ, "DISPLAY": display},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(lambda m=manager: m.poll() is not None or managed(display), timeout=30)
        if manager.poll() is None:
            return manager
    raise AssertionError(f"openbox did not start on {display}")


def managed(display: str) -> bool:
    """Whether a window manager runs on `display` (it names its window on the root)."""
    return "window id" in x(display, "xprop", "-root", WM_CHECK)


def session_env(app_env: dict[str, str], session: tuple[str, str], dpi: str) -> dict[str, str]:
    display, bus = session
    return {**app_env, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": bus, "QT_FONT_DPI": dpi}


def frame_of(display: str, window: str) -> tuple[int, int, int, int]:
    """The window with the frame openbox drew round it: x, y, width, height on the screen
    (the frame is the client's parent; `xwininfo -frame` gave the client's own place)."""
    tree = x(display, "xwininfo", "-tree", "-id", window)
    parent = re.search(r"Parent window id: (0x[0-9a-f]+)(.*)", tree)
    if parent is not None and "(the root window)" not in parent.group(2):
        window = parent.group(1)
    info = x(display, "xwininfo", "-id", window)
    values = {
        key: int(value)
        for key, value in re.findall(r"(Absolute upper-left [XY]|Width|Height):\s+(-?\d+)", info)
    }
    return (
        values["Absolute upper-left X"],
        values["Absolute upper-left Y"],
        values["Width"],
        values["Height"],
    )


def within(frame: tuple[int, int, int, int], size: str, below: int = 0) -> bool:
    """Whether `frame` is on the screen, and below a panel `below` pixels high."""
    width, height = (int(n) for n in size.split("x"))
    left, top, wide, tall = frame
    return left >= 0 and top >= below and left + wide <= width and top + tall <= height


@pytest.mark.parametrize("text", DPIS)
@pytest.mark.parametrize("size", SIZES)
def test_the_window_opens_within_the_screen_and_comes_back_where_it_was(
    app_env: dict[str, str], tmp_path: Path, size: str, text: str
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"version": 1, "app": {"welcomed": True}}))
    with desktop(size) as session, top_panel(session[0], size):
        display = session[0]
        env = session_env(app_env, session, DPIS[text])

        def start() -> tuple[subprocess.Popen[bytes], str]:
            app = subprocess.Popen(
                coach_command("--data-dir", str(data)),
                env=env,
                stderr=subprocess.DEVNULL,
            )
            window = x(display, "xdotool", "search", "--sync", "--onlyvisible", "--name", TITLE)
            return app, window.split()[0]

        app, window = start()
        try:
            time.sleep(1)  # the app brings its frame within the screen once it is framed
            first = frame_of(display, window)
            assert within(first, size, below=PANEL), (first, size)  # the title bar in sight
            # The person makes it smaller and moves it; the next start has it there.
            x(display, "xdotool", "windowsize", window, "600", "400")
            x(display, "xdotool", "windowmove", window, "20", str(PANEL + 30))
            wait_for(lambda: frame_of(display, window)[2:] != first[2:])
            time.sleep(0.5)
            moved = frame_of(display, window)
        finally:
            app.terminate()
            app.wait(timeout=30)
        assert (data / "window.json").exists()
        app, window = start()
        try:
            time.sleep(1)
            again = frame_of(display, window)
            assert within(again, size, below=PANEL)
            assert abs(again[0] - moved[0]) <= 2
            assert abs(again[1] - moved[1]) <= 2, ((data / "window.json").read_text(), moved, again)
            assert again[2:] == moved[2:]
        finally:
            app.terminate()
            app.wait(timeout=30)


@pytest.mark.parametrize(("kept_at", "opened_at"), [("200%", "100%"), ("150%", "100%")])
def test_the_size_and_place_kept_at_one_text_size_come_back_at_another(
    app_env: dict[str, str], tmp_path: Path, kept_at: str, opened_at: str
) -> None:
    """Kept in the screen's pixels: 800x450 at 200% text came back as 400x225 at 100%;
    and the title bar came back where it was, not a title bar higher."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"version": 1, "app": {"welcomed": True}}))
    size = "1280x800"
    with desktop(size) as session:
        display = session[0]

        def start(text: str) -> tuple[subprocess.Popen[bytes], str]:
            app = subprocess.Popen(
                coach_command("--data-dir", str(data)),
                env=session_env(app_env, session, DPIS[text]),
                stderr=subprocess.DEVNULL,
            )
            window = x(display, "xdotool", "search", "--sync", "--onlyvisible", "--name", TITLE)
            return app, window.split()[0]

        def inside(window: str) -> tuple[int, int]:
            info = x(display, "xwininfo", "-id", window)
            found = dict(re.findall(r"(Width|Height):\s+(\d+)", info))
            return int(found["Width"]), int(found["Height"])

        app, window = start(kept_at)
        try:
            time.sleep(1)
            x(display, "xdotool", "windowsize", window, "960", "600")
            x(display, "xdotool", "windowmove", window, "40", "100")
            # (Qt rounds to its own pixels at 150%: a pixel either way)
            wait_for(lambda: abs(inside(window)[0] - 960) <= 2)
            time.sleep(0.5)
            moved, wide, tall = frame_of(display, window), *inside(window)
        finally:
            app.terminate()
            app.wait(timeout=30)
        for text in (opened_at, opened_at):  # and once more: it stays where it was
            app, window = start(text)
            try:
                time.sleep(1)
                again = frame_of(display, window)
                kept = (data / "window.json").read_text()
                assert abs(inside(window)[0] - wide) <= 2, kept
                assert abs(inside(window)[1] - tall) <= 2, kept
                assert abs(again[0] - moved[0]) <= 2, (kept, moved, again)
                assert abs(again[1] - moved[1]) <= 2, (kept, moved, again)
            finally:
                app.terminate()
                app.wait(timeout=30)


@pytest.mark.parametrize("look", ["light", "night"])
@pytest.mark.parametrize("text", DPIS)
@pytest.mark.parametrize("size", SIZES)
def test_every_page_dialog_and_step_fits_with_nothing_overlapping_or_cut(
    app_env: dict[str, str], tmp_path: Path, size: str, text: str, look: str
) -> None:
    out = tmp_path / "layout.json"
    with desktop(size) as session, top_panel(session[0], size):
        walk = subprocess.run(
            [sys.executable, "-m", "tests.system.layout_walk", str(out), look],
            env={**session_env(app_env, session, DPIS[text]), "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=180,
        )
    assert walk.returncode == 0, walk.stderr[-2000:]
    found = json.loads(out.read_text())
    windows = ("window", "settings-window", "cramp-window", "check-in-window", "welcome-window")
    for name in windows:
        frame = tuple(found.pop(name)["frame"])
        assert within(frame, size, below=PANEL), (name, frame)  # title bars in sight
    problems = {name: problems for name, problems in found.items() if problems}
    assert problems == {}
