"""Fixtures for the Qt tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach.core.clock import FakeClock
from coach.core.settings import Settings
from coach.journal import Journal
from coach.ui.assets import shipped_routines
from coach.ui.desktop import DesktopApp
from coach.ui.style import apply_theme

LONDON = ZoneInfo("Europe/London")


class FakeNotifier(QObject):
    """The desktop's notification service, as coach.ui.notifications.Notifier offers it;
    a person's answer is `answered.emit(kind, key)`. (The real one, with dunst, is in
    tests/system.)"""

    answered = Signal(str, str)
    closed = Signal(str)

    def __init__(self, capabilities: frozenset[str] = frozenset({"actions", "body"})) -> None:
        super().__init__()
        self.capabilities = set(capabilities)
        self.shown: dict[str, tuple[str, str, list[tuple[str, str]]]] = {}  # kind: on show
        self.is_inhibited = False

    def show(self, kind: str, title: str, body: str, actions=(), default="", stays=False) -> bool:
        offered = [("default", default)] if default else []
        if "actions" in self.capabilities:
            offered += list(actions)
        self.shown[kind] = (title, body, offered)
        return True

    @property
    def has_actions(self) -> bool:
        return "actions" in self.capabilities

    def withdraw(self, kind: str) -> None:
        self.shown.pop(kind, None)

    def inhibited(self) -> bool:
        return self.is_inhibited

    def close(self) -> None:
        pass


@pytest.fixture(autouse=True)
def voice_found(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether a voice speaks: here, yes, without asking (and starting) the machine's own
    speech-dispatcher; tests/ui/test_voice.py asks a fake one."""
    from coach.ui import voice

    monkeypatch.setattr(voice, "probe", lambda language: "")
    monkeypatch.setattr(voice, "_CHECK", None)


@pytest.fixture
def make_app(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # Never the test machine's own desktop (its windows, its Do Not Disturb).
    monkeypatch.setattr("coach.ui.busy.run", lambda command: "")
    made: list[DesktopApp] = []

    def make(
        with_tray: bool = True,
        at: datetime | None = None,
        tray_available: Callable[[], bool] | None = None,
        notifier: FakeNotifier | None = None,
        open_notifier: Callable[[], FakeNotifier | None] | None = None,
    ) -> DesktopApp:
        clock = FakeClock(at or datetime(2026, 11, 25, 21, 0, tzinfo=LONDON))
        journal = Journal.in_folder(tmp_path / "data", clock, shipped_routines())
        journal.change_settings(Settings(app_welcomed=True))
        journal.running = True
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        available = tray_available or (lambda: with_tray)
        desktop = DesktopApp(app, journal, with_tray, available, notifier, open_notifier)  # type: ignore[arg-type]
        made.append(desktop)  # its window, made when first needed, closed after the test
        return desktop

    yield make
    for desktop in made:
        desktop.close()
        if desktop.window_made:
            desktop.window.close()
            desktop.window.deleteLater()
    apply_theme(QApplication.instance(), "system")  # the palette is the application's
    QApplication.instance().setQuitOnLastWindowClosed(True)  # type: ignore[union-attr]
