"""What differs when the app runs as installed (a PyInstaller bundle, the Debian package)
rather than from a checkout: its icon comes from the bundle, start at login names the
program that runs, and the sound helper gets the system's libraries, not the bundle's.

Run them against a bundle with `COACH_BINARY=dist/bedtime-coach/bedtime-coach`, or
against the Debian package with `COACH_BINARY=/usr/bin/bedtime-coach`; without it, they
check the same of the checkout.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from coach import __version__
from tests.system.conftest import (
    QUICK,
    RunningApp,
    coach_command,
    distinct_colours,
    need,
    screen,
    wait_for,
)
from tests.system.test_sound import ASOUNDRC, helpers_of
from tests.system.test_tray import docked_icons, tray_ready, x

TRAYER = ["--edge", "top", "--align", "right", "--widthtype", "request", "--height", "32"]


@pytest.fixture
def panel(tmp_path: Path) -> Iterator[str]:
    """A screen of its own with a tray host, as a desktop has at login."""
    screens = screen()
    display = next(screens)
    log = tmp_path / "trayer.log"
    host = None
    try:
        for _ in range(3):  # once in a while trayer shows no panel: start it again
            with log.open("ab") as output:
                host = subprocess.Popen(
                    [need("trayer", "trayer"), *TRAYER],
                    env={"DISPLAY": display},
                    stdout=output,
                    stderr=subprocess.STDOUT,
                )
            try:
                wait_for(lambda: x(display, "xdotool", "search", "--name", "^panel$"), 10)
                wait_for(lambda: tray_ready(display), 10)
                break
            except AssertionError:
                host.kill()
                host.wait(timeout=10)
        else:
            pytest.fail(f"trayer showed no panel: {log.read_text()!r}, exit {host.returncode}")
        yield display
    finally:
        if host is not None and host.poll() is None:
            host.terminate()
            host.wait(timeout=10)
        screens.close()


def test_it_starts_in_the_tray_with_its_icon_drawn(
    panel: str, app_env: dict[str, str], tmp_path: Path
) -> None:
    """The icon is an SVG from the compiled resources: a bundle without Qt's SVG plugins
    docks an empty square."""
    need("xwininfo", "x11-utils")
    app = subprocess.Popen(
        coach_command("--data-dir", str(tmp_path / "data"), "--hidden"),
        env={**app_env, "DISPLAY": panel},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for(lambda: docked_icons(panel), timeout=20)
        [icon] = docked_icons(panel)
        shot = tmp_path / "icon.png"

        def drawn() -> bool:
            subprocess.run(
                [need("import", "imagemagick"), "-display", panel, "-window", icon, shot],
                check=True,
                timeout=30,
            )
            return distinct_colours(QImage(str(shot))) >= 4

        wait_for(drawn, timeout=10)
    finally:
        app.terminate()
        _, stderr = app.communicate(timeout=30)
    assert (app.returncode, stderr.decode()) == (0, "")


def test_start_at_login_names_the_program_that_runs(
    app_env: dict[str, str], tmp_path: Path
) -> None:
    config = tmp_path / "config"
    env = {**app_env, "XDG_CONFIG_HOME": str(config)}
    data = tmp_path / "data"
    command = coach_command("--data-dir", str(data), "config", "set", "app.start_at_login", "on")
    subprocess.run(command, env=env, capture_output=True, timeout=60, check=True)
    entry = (config / "autostart" / "bedtime-coach.desktop").read_text()
    [exec_line] = [line for line in entry.splitlines() if line.startswith("Exec=")]
    launch = shlex.split(exec_line.removeprefix("Exec="))
    assert launch[-1] == "--hidden"
    if os.environ.get("COACH_BINARY"):
        # The bundle's program; for the Debian package, its link in /usr/bin.
        assert launch[0] == coach_command()[0]
    # What the desktop will run at login works (asked for its version, not started).
    result = subprocess.run(
        [*launch[:-1], "--version"], env=env, capture_output=True, text=True, timeout=60
    )
    assert (result.returncode, result.stdout) == (0, f"bedtime-coach {__version__}\n")


def test_the_sound_helper_gets_the_persons_library_path(
    start_app: Callable[..., RunningApp], app_env: dict[str, str], tmp_path: Path
) -> None:
    """A bundle's launcher puts its own folder first in LD_LIBRARY_PATH; the system's
    gst-play-1.0 would then load the bundle's glib, which need not fit it."""
    need("gst-play-1.0", "gstreamer1.0-plugins-base-apps")
    home = Path(app_env["HOME"])
    home.mkdir(parents=True, exist_ok=True)
    sink = tmp_path / "sink.raw"
    os.mkfifo(sink)  # nobody reads it: the helper stays, to be looked at
    (home / ".asoundrc").write_text(ASOUNDRC.format(sink=sink))
    persons = str(tmp_path / "the-persons-own-libraries")
    app_env["LD_LIBRARY_PATH"] = persons
    app = start_app({**QUICK, "sound": {"enabled": True, "volume": 100}})
    app.keys("Return")
    wait_for(lambda: helpers_of(app.process.pid), timeout=10)
    helper = helpers_of(app.process.pid)[0]
    environ = dict(
        line.split(b"=", 1)
        for line in Path(f"/proc/{helper}/environ").read_bytes().split(b"\0")
        if b"=" in line
    )
    assert environ.get(b"LD_LIBRARY_PATH") == persons.encode()
    code, _ = app.quit()
    assert code == 0
