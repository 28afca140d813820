"""The two desktops of tests/system/desktops.py work with real programs, not the app:
notify-send's actions come back through dunst, and a bare Qt tray icon, its menu and a
window show in sway and waybar."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.system.desktops import (
    BAR_HEIGHT,
    Desktop,
    NotificationSession,
    WaylandDesktop,
    need,
    wait_until,
    without_qt_noise,
)

# A bare Qt app: a tray icon with a menu of three entries, each writing its label to the
# file named by the first argument when triggered, and a green window.
PROBE = """
import sys
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QSystemTrayIcon

app = QApplication(sys.argv[:1])
app.setApplicationName("desktop-probe")
app.setDesktopFileName("desktop-probe")
pixmap = QPixmap(32, 32)
pixmap.fill(QColor("#e04040"))
tray = QSystemTrayIcon(QIcon(pixmap))
tray.setToolTip("Desktop probe")
menu = QMenu()
for label in ("Open", "Snooze", "Quit"):
    action = menu.addAction(label)
    action.triggered.connect(
        lambda _=False, label=label: open(sys.argv[1], "a").write(label + "\\n")
    )
tray.setContextMenu(menu)
tray.show()
window = QLabel("Desktop probe")
window.setWindowTitle("Desktop probe")
window.setStyleSheet("background: #40c040; font-size: 30px;")
window.resize(500, 300)
window.show()
print("tray", QSystemTrayIcon.isSystemTrayAvailable(), flush=True)
sys.exit(app.exec())
"""

GREEN = QColor("#40c040").rgb()
BAR = QColor("#203050").rgb()


@pytest.fixture(scope="module")
def wayland() -> Iterator[WaylandDesktop]:
    with WaylandDesktop() as desktop:
        print(f"\nwayland desktop ready in {desktop.started_in:.2f} s")
        yield desktop


@pytest.fixture(scope="module")
def x11() -> Iterator[NotificationSession]:
    with NotificationSession() as session:
        print(f"\nX11 notification session ready in {session.started_in:.2f} s")
        yield session


@pytest.fixture(params=["wayland", "x11"])
def desktop(request: pytest.FixtureRequest) -> Desktop:
    chosen: Desktop = request.getfixturevalue(request.param)
    chosen.reset()
    return chosen


def notify_send(desktop: Desktop, *arguments: str) -> subprocess.Popen[str]:
    """notify-send --wait: it prints the key of the action invoked, then ends."""
    need("notify-send", "libnotify-bin")
    count = desktop.displayed_count()
    process = desktop.popen(
        ["notify-send", "--wait", *arguments],
        env={"PATH": os.environ["PATH"], "LANG": "C.UTF-8"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until(lambda: desktop.displayed_count() > count, 10, "the notification")
    except TimeoutError:
        process.kill()
        message = f"not shown: {process.communicate()}; {desktop.log('dunst')}"
        raise AssertionError(message) from None
    return process


def answer(process: subprocess.Popen[str]) -> str:
    stdout, stderr = process.communicate(timeout=10)
    assert stderr == ""
    return stdout.strip()


def test_both_start_quickly(wayland: WaylandDesktop, x11: NotificationSession) -> None:
    assert wayland.started_in < 10
    assert x11.started_in < 10


def test_an_action_chosen_in_dunst_reaches_the_sender(desktop: Desktop) -> None:
    sender = notify_send(desktop, "-A", "start=Start", "-A", "snooze=Snooze", "Title", "Body")
    [shown] = desktop.notifications()
    assert shown["appname"] == "notify-send"
    assert (shown["summary"], shown["body"]) == ("Title", "Body")
    assert shown["displayed"] is True
    assert shown["actions"] == {"start": "Start", "snooze": "Snooze"}
    assert desktop.actions() == {"start": "Start", "snooze": "Snooze"}

    desktop.invoke("Snooze")

    assert answer(sender) == "snooze"
    [closed] = desktop.notifications()
    assert closed["id"] == shown["id"]
    assert closed["displayed"] is False


def test_an_action_can_be_named_by_its_key(desktop: Desktop) -> None:
    sender = notify_send(desktop, "-A", "start=Start", "-A", "snooze=Snooze", "Title", "Body")
    desktop.invoke("start")
    assert answer(sender) == "start"


def test_an_action_not_offered_is_refused(desktop: Desktop) -> None:
    sender = notify_send(desktop, "-A", "start=Start", "Title", "Body")
    with pytest.raises(LookupError, match="Later"):
        desktop.invoke("Later")
    desktop.invoke("Start")  # dunst's menu is free again
    assert answer(sender) == "start"


def test_a_click_invokes_the_default_action(desktop: Desktop) -> None:
    sender = notify_send(desktop, "-A", "default=Open", "-A", "later=Later", "Title", "Body")
    desktop.click_default()
    assert answer(sender) == "default"


def test_a_click_goes_to_the_newest_of_several(x11: NotificationSession) -> None:
    """On X11 only: on Wayland dunst 1.9 segfaults in about one run of three when the
    newest of two notifications closes right after an action picked in its menu."""
    desktop = x11
    desktop.reset()
    older = notify_send(desktop, "-A", "default=Open", "First", "One")
    newer = notify_send(desktop, "-A", "default=Open", "Second", "Two")
    assert [shown["summary"] for shown in desktop.notifications()] == ["First", "Second"]

    desktop.click_default()
    assert answer(newer) == "default"
    assert older.poll() is None  # still waiting: its notification is still on screen
    assert [shown["displayed"] for shown in desktop.notifications()] == [True, False]

    desktop.click_default()
    assert answer(older) == "default"


def test_the_x11_session_has_no_tray(x11: NotificationSession, tmp_path: Path) -> None:
    assert "org.kde.StatusNotifierWatcher" not in x11.bus_names()
    probe = x11.popen(
        [sys.executable, "-c", PROBE, str(tmp_path / "clicked")],
        env={"PATH": os.environ["PATH"], "HOME": str(tmp_path), "LANG": "C.UTF-8"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert probe.stdout is not None
    assert probe.stdout.readline() == "tray False\n"
    probe.terminate()
    _, stderr = probe.communicate(timeout=10)
    assert stderr == ""


def test_a_qt_tray_icon_its_menu_and_a_window_on_wayland(
    wayland: WaylandDesktop, tmp_path: Path
) -> None:
    clicked = tmp_path / "clicked"
    began = time.monotonic()
    probe = wayland.popen(
        [sys.executable, "-c", PROBE, str(clicked)],
        env={"PATH": os.environ["PATH"], "HOME": str(tmp_path), "LANG": "C.UTF-8"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until(wayland.sni_items, 20, "the tray icon")
        docked = time.monotonic() - began
        [item] = wayland.sni_items()
        assert wayland.sni_property(item, "Status") == "Active"
        assert wayland.sni_property(item, "Title") == "desktop-probe"
        assert wayland.menu_labels(item) == ["Open", "Snooze", "Quit"]

        wayland.menu_click(item, "Snooze")
        wait_until(clicked.exists, 10, "the menu entry's action")
        assert clicked.read_text() == "Snooze\n"
        with pytest.raises(LookupError, match="Later"):
            wayland.menu_click(item, "Later")

        wait_until(wayland.windows, 10, "the window")
        [window] = wayland.windows()
        assert window["app_id"] == "desktop-probe"
        assert window["name"] == "Desktop probe"
        assert window["visible"] is True
        assert window["pid"] == probe.pid
        assert window["rect"]["y"] >= BAR_HEIGHT  # sway keeps the bar's place

        time.sleep(0.5)  # the first frame
        shot = QImage(str(wayland.screenshot(tmp_path / "screen.png")))
        assert (shot.width(), shot.height()) == (1280, 800)
        assert shot.pixel(10, BAR_HEIGHT // 2) == BAR  # waybar's bar, from our style
        assert shot.pixel(640, 400) == GREEN  # the window
        print(f"\nthe tray icon docked {docked:.2f} s after the start")
    finally:
        probe.terminate()
        _, stderr = probe.communicate(timeout=10)
    assert without_qt_noise(stderr) == ""
    wait_until(lambda: not wayland.sni_items(), 10, "the icon to go with the app")
