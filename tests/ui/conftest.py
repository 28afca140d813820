"""Fixtures for the Qt tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach.core.clock import FakeClock
from coach.core.settings import Settings
from coach.journal import Journal
from coach.ui.assets import shipped_routines
from coach.ui.desktop import DesktopApp
from coach.ui.style import apply_theme

LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def make_app(qtbot: QtBot, tmp_path: Path):
    made: list[DesktopApp] = []

    def make(
        with_tray: bool = True,
        at: datetime | None = None,
        tray_available: Callable[[], bool] = lambda: False,
    ) -> DesktopApp:
        clock = FakeClock(at or datetime(2026, 11, 25, 21, 0, tzinfo=LONDON))
        journal = Journal.in_folder(tmp_path / "data", clock, shipped_routines())
        journal.change_settings(Settings(app_welcomed=True))
        journal.running = True
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        desktop = DesktopApp(app, journal, with_tray, tray_available)
        qtbot.addWidget(desktop.window)
        made.append(desktop)
        return desktop

    yield make
    for desktop in made:
        desktop.close()
    apply_theme(QApplication.instance(), "system")  # the palette is the application's
    QApplication.instance().setQuitOnLastWindowClosed(True)  # type: ignore[union-attr]
