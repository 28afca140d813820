"""`bedtime-coach snapshot DIR` draws the main screens with no display."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from tests.conftest import ROOT

PAGES = ("water", "diary", "history", "walking", "walking-log", "health")


def test_snapshot_draws_every_main_screen(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "coach", "snapshot", str(tmp_path), "--theme", "night"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    names = {Path(line).stem for line in result.stdout.splitlines()}
    assert {
        "chooser",
        "evening-calf-left-hold",
        "evening-calf-left-rest",
        "evening-calf-right-hold",
        "evening-walk",
        "evening-massage-left",
        "evening-bedtime-tip",
        "summary",
        "trial-hamstring-right-hold",
        "cramp-relief-towel-stretch-rest",
        *PAGES,
        *(f"settings-{section}" for section in ("reminder", "routine", "sound", "water", "app")),
        *(f"welcome-{number}" for number in (1, 2, 3)),
    } <= names
    # Each page is drawn on show, not the chooser behind its tab.
    chooser = QImage(str(tmp_path / "chooser.png"))
    for page in PAGES:
        assert QImage(str(tmp_path / f"{page}.png")) != chooser, page
    hold = QImage(str(tmp_path / "evening-calf-left-hold.png"))
    rest = QImage(str(tmp_path / "evening-calf-left-rest.png"))
    assert (hold.width(), hold.height()) == (900, 640)
    assert hold != rest
    # The night look: a dark, warm window.
    corner = QColor(hold.pixel(5, hold.height() - 5))
    assert corner.lightness() < 40
    assert corner.red() >= corner.blue()
