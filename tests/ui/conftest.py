"""Fixtures for the Qt tests."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach.assets import shipped_routines
from coach.commands import Files
from coach.core.clock import FakeClock
from coach.core.settings import Settings
from coach.store.history import History
from coach.store.paths import Paths
from coach.ui.desktop import DesktopApp

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def make_app(qtbot: QtBot, tmp_path: Path):
    made: list[DesktopApp] = []

    def make(with_tray: bool = True, at: datetime | None = None) -> DesktopApp:
        paths = Paths.in_folder(tmp_path / "data")
        paths.create()
        clock = FakeClock(at or datetime(2026, 11, 25, 21, 0, tzinfo=LONDON))
        files = Files(paths, clock, History(paths.history_file), running=True)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        desktop = DesktopApp(app, files, shipped_routines(), Settings(app_welcomed=True), with_tray)
        qtbot.addWidget(desktop.window)
        made.append(desktop)
        return desktop

    yield make
    for desktop in made:
        desktop.window.player.stop()
        desktop.reminder.stop()
        if desktop.tray is not None:
            desktop.tray.hide()
        desktop.sound.shutdown()
        desktop._history.close()
    QApplication.instance().setQuitOnLastWindowClosed(True)  # type: ignore[union-attr]
