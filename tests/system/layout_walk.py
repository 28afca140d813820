"""Walk the real app's window through every page, dialog and step of the player on the
screen it runs on (an Xvfb screen with a window manager, at the text size QT_FONT_DPI
sets), and write what `coach.ui.layout_check` finds on each, with the window's geometry.

`python -m tests.system.layout_walk OUT.json [light|night]`; tests/system/test_fits.py runs
it. A fake clock steps through the routines, so it takes seconds, not minutes.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QPushButton, QTabWidget, QWidget

from coach.core.clock import FakeClock
from coach.core.diary import Cramp
from coach.core.routine import StepKind
from coach.core.settings import Settings
from coach.ui.desktop import DesktopApp
from coach.ui.diary_page import CrampDialog
from coach.ui.layout_check import layout_problems
from coach.ui.snapshot import at_step, example_journal
from coach.ui.style import apply_theme

SETTLE_SECONDS = 0.3  # for the window manager to frame and place a window


def settle(app: QApplication, seconds: float = SETTLE_SECONDS) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def geometry(widget: QWidget) -> dict[str, object]:
    """The window's frame on the screen, in the screen's own pixels."""
    ratio = widget.devicePixelRatioF()
    frame = widget.frameGeometry()
    screen = widget.screen().geometry()
    return {
        "frame": [round(value * ratio) for value in frame.getRect()],
        "screen": [round(value * ratio) for value in screen.getRect()],
        "ratio": ratio,
    }


def out_of_sight(window: QWidget, player: QWidget) -> list[str]:
    """The player's ring and buttons that are not wholly in sight: outside the window,
    or scrolled out of the part of the page the window shows."""
    scroller = window.tonight  # type: ignore[attr-defined]
    viewport = scroller.viewport()
    seen = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
    seen = seen.intersected(window.rect())
    wanted = [player.ring, *player.findChildren(QPushButton)]  # type: ignore[attr-defined]
    problems = []
    for widget in wanted:
        if not widget.isVisibleTo(player):
            continue
        place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not seen.contains(place):
            name = widget.text() if isinstance(widget, QPushButton) else "the ring"
            problems.append(f"not in sight: {name} at {place.getRect()} of {seen.getRect()}")
    return problems


def walk(out: Path, theme: str) -> None:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    found: dict[str, object] = {}

    shots = os.environ.get("LAYOUT_WALK_SHOTS")  # a folder for a picture of each, to look at

    def look(name: str, root: QWidget, settle_for: float = 0.05) -> None:
        settle(app, settle_for)
        problems = layout_problems(root)
        if name.startswith("player-"):
            problems += out_of_sight(root, root.player)  # type: ignore[attr-defined]
        found[name] = problems
        if shots:
            root.grab().save(str(Path(shots) / f"{name}.png"))

    clock = FakeClock(datetime(2026, 11, 25, 22, 30, tzinfo=ZoneInfo("Europe/London")))
    with tempfile.TemporaryDirectory(prefix="bedtime-coach-layout-") as scratch:
        journal = example_journal(Path(scratch), clock)
        journal.change_settings(Settings(app_welcomed=True, app_theme=theme))
        desktop = DesktopApp(app, journal, with_tray=False)
        apply_theme(app, theme)
        window = desktop.window
        desktop.show_window()
        settle(app, 1.0)
        found["window"] = geometry(window)
        look("tonight", window)
        for index in range(1, window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            look(f"tab-{window.tabs.tabText(index)}", window, 0.2)
        walking = window.page("walking")
        walking.go_on.click()  # type: ignore[attr-defined]
        look("walking-log", window)
        window.show_page(window.pages)
        for routine in journal.routines.values():
            for index, step in enumerate(routine.steps):
                session = at_step(window, routine.id, index)
                player = window.player
                name = f"player-{routine.id}-{step.id}"
                if step.kind == StepKind.HOLD_REST:
                    clock.advance(4.0)
                    player.refresh()
                    look(f"{name}-hold", window)
                    clock.advance(session.phase.duration - 2.0)
                    player.refresh()
                    look(f"{name}-rest", window)
                else:
                    clock.advance(2.0)
                    player.refresh()
                    look(name, window)
                player.stop()
                if index == 0:
                    look(f"summary-{routine.id}", window)
        dialogs: list[tuple[str, Callable[[], QWidget]]] = [
            ("settings", desktop.dialogs.open_settings),
        ]
        for name, open_dialog in dialogs:
            dialog = open_dialog()
            settle(app, 0.5)
            found[f"{name}-window"] = geometry(dialog)
            tabs = dialog.findChild(QTabWidget)
            assert tabs is not None
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                look(f"{name}-{tabs.tabText(index)}", dialog)
            dialog.close()
        cramp = CrampDialog(Cramp(clock.now()), ZoneInfo("Europe/London"), window)
        cramp.show()
        settle(app, 0.5)
        found["cramp-window"] = geometry(cramp)
        look("cramp", cramp)
        cramp.close()
        check_in = window.show_check_in()  # its frame: where its title bar is
        settle(app, 0.5)
        found["check-in-window"] = geometry(check_in)
        check_in.close()
        journal.change_settings(Settings(app_welcomed=False, app_theme=theme))
        desktop.dialogs.offer_welcome()
        wizard = desktop.dialogs.welcome  # type: ignore[attr-defined]
        settle(app, 0.5)
        found["welcome-window"] = geometry(wizard)
        for number in range(1, 4):
            look(f"welcome-{number}", wizard)
            wizard.understood.setChecked(True)
            wizard.next()
        wizard.close()
        desktop.close()
    out.write_text(json.dumps(found, indent=1), encoding="utf-8")


if __name__ == "__main__":
    walk(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "light")
